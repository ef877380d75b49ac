// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAIOracle} from "auspex/interfaces/IAIOracle.sol";
import {AIOracleConsumer} from "auspex/kit/AIOracleConsumer.sol";
import {AuspexOutputs} from "auspex/kit/AuspexOutputs.sol";

/// @notice A dApp on the Auspex kit: anyone posts a 28×28 MNIST image and pays the fee; the oracle's
/// mnist-8 answer (10 logits) becomes the board's digit for it, with the winning logit in real
/// units. Errors and refunds are recorded, and a refund goes back to whoever paid.
contract DigitBoard is AIOracleConsumer {
    using AuspexOutputs for bytes;

    uint32 public constant CALLBACK_GAS = 150_000;
    uint256 public constant IMAGE_BYTES = 784;

    enum State {
        None,
        Pending,
        Classified,
        Failed,
        Refunded
    }

    struct Entry {
        address requester;
        State state;
        uint8 digit;
        uint16 errorCode;
        int256 logitWad; // the winning logit, 1e18 = 1.0
        uint256 refund; // wei owed to the requester after a refund
    }

    uint256 public immutable modelId;
    mapping(uint256 requestId => Entry) public entries;

    event Classified(uint256 indexed requestId, uint8 digit, int256 logitWad);
    event Failed(uint256 indexed requestId, uint16 code);

    error BadImage(uint256 length);
    error NothingOwed(uint256 requestId);

    constructor(IAIOracle oracle_, uint256 modelId_) AIOracleConsumer(oracle_) {
        modelId = modelId_;
    }

    /// @notice The fee to send with post() in this block.
    function fee() external view returns (uint256) {
        return _fee(modelId, CALLBACK_GAS, 0);
    }

    /// @notice Asks the oracle to classify `image` (784 pixel bytes), paying msg.value as the fee.
    function post(bytes calldata image) external payable returns (uint256 requestId) {
        if (image.length != IMAGE_BYTES) revert BadImage(image.length);
        requestId = _request(modelId, image, CALLBACK_GAS, "", msg.value);
        entries[requestId] = Entry(msg.sender, State.Pending, 0, 0, 0, 0);
    }

    /// @notice Sends a refunded request's fee back to whoever paid it.
    function claimRefund(uint256 requestId) external {
        Entry storage e = entries[requestId];
        uint256 amount = e.refund;
        if (amount == 0) revert NothingOwed(requestId);
        e.refund = 0;
        _withdrawTo(e.requester, amount);
    }

    function _onResult(uint256 requestId, bytes calldata output, bytes calldata) internal override {
        Entry storage e = entries[requestId];
        bytes memory logits = output;
        // A hook never reverts on what the model may send: a wrong shape is recorded instead.
        if (logits.length != 80) {
            e.state = State.Failed;
            emit Failed(requestId, 0);
            return;
        }
        uint256 d = logits.argmax();
        (e.state, e.digit, e.logitWad) = (State.Classified, uint8(d), logits.wadAt(d, AuspexOutputs.DEFAULT_SCALE));
        emit Classified(requestId, uint8(d), e.logitWad);
    }

    function _onError(uint256 requestId, uint16 code, bytes calldata) internal override {
        Entry storage e = entries[requestId];
        (e.state, e.errorCode) = (State.Failed, code);
        emit Failed(requestId, code);
    }

    function _onRefund(uint256 requestId, uint256 amount, bytes calldata) internal override {
        Entry storage e = entries[requestId];
        (e.state, e.refund) = (State.Refunded, amount);
    }
}
