// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IInferenceCallback} from "../interfaces/IInferenceCallback.sol";

interface IOracleForProbe {
    function finalize(uint256 requestId) external;
    function withdraw() external;
    function requestInference(uint256, bytes calldata, address, uint32, bytes calldata)
        external
        payable
        returns (uint256);
}

/// @title CallbackProbe
/// @notice Test-only callback receiver with configurable misbehaviour: it records what it got, or
/// reverts, burns all its gas, returns a huge buffer, or re-enters the oracle. Not for deployment.
contract CallbackProbe is IInferenceCallback {
    enum Mode {
        Record,
        Revert,
        BurnGas,
        ReturnBomb,
        ReenterFinalize,
        ReenterWithdraw,
        ReenterRequest
    }

    Mode public mode;
    IOracleForProbe public immutable oracle;
    uint256 public reenterTarget;
    uint256 public calls;
    uint256 public lastRequestId;
    bytes public lastOutput;
    bytes public lastCallbackData;
    uint16 public lastErrorCode;
    uint256 public lastRefundAmount;
    uint256 public refunds;
    uint256 public gasAtEntry;
    bool public reentrySucceeded;

    constructor(IOracleForProbe oracle_) payable {
        oracle = oracle_;
    }

    receive() external payable {}

    function setMode(Mode mode_, uint256 reenterTarget_) external {
        mode = mode_;
        reenterTarget = reenterTarget_;
    }

    function onInferenceResult(uint256 requestId, bytes calldata output, bytes calldata callbackData) external {
        gasAtEntry = gasleft();
        _misbehave();
        calls++;
        lastRequestId = requestId;
        lastOutput = output;
        lastCallbackData = callbackData;
    }

    function onInferenceError(uint256 requestId, uint16 code, bytes calldata callbackData) external {
        gasAtEntry = gasleft();
        _misbehave();
        calls++;
        lastRequestId = requestId;
        lastErrorCode = code;
        lastCallbackData = callbackData;
    }

    function onInferenceRefunded(uint256 requestId, uint256 amount, bytes calldata callbackData) external {
        gasAtEntry = gasleft();
        _misbehave();
        calls++;
        refunds++;
        lastRequestId = requestId;
        lastRefundAmount = amount;
        lastCallbackData = callbackData;
    }

    function _misbehave() private {
        Mode m = mode;
        if (m == Mode.Revert) revert("probe: revert");
        if (m == Mode.BurnGas) {
            while (true) {}
        }
        if (m == Mode.ReturnBomb) {
            assembly {
                return(0, 100000)
            }
        }
        if (m == Mode.ReenterFinalize) {
            (bool ok,) = address(oracle).call(abi.encodeCall(IOracleForProbe.finalize, (reenterTarget)));
            reentrySucceeded = ok;
        }
        if (m == Mode.ReenterWithdraw) {
            (bool ok,) = address(oracle).call(abi.encodeCall(IOracleForProbe.withdraw, ()));
            reentrySucceeded = ok;
        }
        if (m == Mode.ReenterRequest) {
            // A chained request from inside a callback is legitimate (reenterTarget = model id, fee
            // covered by this contract's ETH).
            (bool ok,) = address(oracle).call{value: address(this).balance}(
                abi.encodeCall(IOracleForProbe.requestInference, (reenterTarget, hex"01", address(0), 0, ""))
            );
            reentrySucceeded = ok;
        }
    }
}
