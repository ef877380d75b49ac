// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAIOracle} from "../interfaces/IAIOracle.sol";
import {IInferenceCallback} from "../interfaces/IInferenceCallback.sol";

/// @title ResultStore
/// @notice Example consumer for any model: anyone may name it as the callback of a request; it keeps
/// each final result (or error code, or refund) by request id and counts deliveries, so a dApp, a
/// script or a test can read what the oracle delivered. `auspex request` uses it on the devnet. It is
/// only named as the callback, not the requester: a refund (or an error's returned model fee) is
/// credited to whoever made the request, so nothing is ever owed to the store.
contract ResultStore is IInferenceCallback {
    struct Delivery {
        uint32 count; // how many times the oracle called back for this id (1 when all is well)
        bool failed;
        uint16 errorCode;
        bool refunded;
        uint96 refundAmount; // credited to the request's requester at the oracle
        bytes output;
    }

    IAIOracle public immutable oracle;
    uint256 public deliveries;
    mapping(uint256 requestId => Delivery) private _results;

    event ResultStored(uint256 indexed requestId, bytes output);
    event ErrorStored(uint256 indexed requestId, uint16 code);
    event RefundStored(uint256 indexed requestId, uint256 amount);

    error NotOracle(address caller);

    constructor(IAIOracle oracle_) {
        oracle = oracle_;
    }

    /// @notice What the oracle delivered for `requestId` (count 0: nothing yet).
    function resultOf(uint256 requestId) external view returns (Delivery memory) {
        return _results[requestId];
    }

    /// @inheritdoc IInferenceCallback
    function onInferenceResult(uint256 requestId, bytes calldata output, bytes calldata) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        Delivery storage d = _results[requestId];
        d.count += 1;
        d.output = output;
        deliveries += 1;
        emit ResultStored(requestId, output);
    }

    /// @inheritdoc IInferenceCallback
    function onInferenceError(uint256 requestId, uint16 code, bytes calldata) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        Delivery storage d = _results[requestId];
        d.count += 1;
        d.failed = true;
        d.errorCode = code;
        deliveries += 1;
        emit ErrorStored(requestId, code);
    }

    /// @inheritdoc IInferenceCallback
    function onInferenceRefunded(uint256 requestId, uint256 amount, bytes calldata) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        Delivery storage d = _results[requestId];
        d.count += 1;
        d.refunded = true;
        // A request's fee was paid as a uint96, so its refund fits.
        d.refundAmount = uint96(amount);
        deliveries += 1;
        emit RefundStored(requestId, amount);
    }
}
