// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAIOracle} from "../interfaces/IAIOracle.sol";
import {IInferenceCallback} from "../interfaces/IInferenceCallback.sol";

/// @title MockAIOracle
/// @notice The Auspex oracle's requester side, for a dApp's own unit tests (forge test): requests
/// are recorded and the test delivers the ending it wants — a result, an error or a refund — as
/// the real oracle does: exactly one per request, to the request's callback with exactly the gas
/// limit it paid for, a callback that reverts or runs out of gas recorded (CallbackFailed) without
/// undoing the ending. Fees are a fixed `fee` per request (setFee); what the real oracle credits to
/// a requester (a fee surplus, a refund, the model fee after an error) is credited here too and
/// withdrawn with withdrawTo. No node, window or dispute: the real oracle's timing is not modelled.
contract MockAIOracle is IAIOracle {
    struct MockRequest {
        address requester;
        address callback;
        uint32 callbackGasLimit;
        RequestStatus status;
        uint256 modelId;
        uint256 paid;
        bytes input;
        bytes callbackData;
        bytes output;
        uint16 errorCode;
    }

    /// @notice The most inputs one batch takes: the real AIOracle's MAX_BATCH_SIZE, so a request the
    /// oracle refuses is refused here too.
    uint256 public constant MAX_BATCH_SIZE = 256;

    /// @notice The fee every request takes (model fee included: an error returns `modelFee`).
    uint256 public fee = 0.001 ether;
    uint256 public modelFee = 0.0004 ether;
    uint256 public requestCount;
    mapping(uint256 requestId => MockRequest) internal _mock;
    mapping(address account => uint256) public balances;

    error UnknownRequest(uint256 requestId);

    /// @notice Sets the fee and its model-fee part.
    function setFee(uint256 fee_, uint256 modelFee_) external {
        (fee, modelFee) = (fee_, modelFee_);
    }

    /// @notice The request as recorded (its input and callback data included).
    function mockRequest(uint256 requestId) external view returns (MockRequest memory) {
        return _mock[requestId];
    }

    // ------------------------------------------------------------ what a test delivers

    /// @notice Ends `requestId` with `output`: the callback gets onInferenceResult.
    function deliverResult(uint256 requestId, bytes calldata output) external {
        MockRequest storage r = _end(requestId, RequestStatus.Finalized);
        r.output = output;
        bool ok = _call(requestId, r, abi.encodeCall(IInferenceCallback.onInferenceResult, (requestId, output, r.callbackData)));
        emit InferenceFinalized(requestId, address(this), msg.sender, false, ok, 0, 0, 0, 0);
    }

    /// @notice Ends `requestId` with error `code` (1: invalid input, 2: execution error); the model
    /// fee is credited back to the requester.
    function deliverError(uint256 requestId, uint16 code) external {
        if (code == 0 || code > MAX_ERROR_CODE) revert InvalidErrorCode(code);
        MockRequest storage r = _end(requestId, RequestStatus.Finalized);
        r.errorCode = code;
        balances[r.requester] += modelFee;
        bool ok = _call(requestId, r, abi.encodeCall(IInferenceCallback.onInferenceError, (requestId, code, r.callbackData)));
        emit InferenceFinalized(requestId, address(this), msg.sender, true, ok, 0, 0, 0, 0);
    }

    /// @notice Ends `requestId` without an answer: the fee is credited back to the requester.
    function deliverRefund(uint256 requestId) external {
        MockRequest storage r = _end(requestId, RequestStatus.Refunded);
        balances[r.requester] += r.paid;
        emit RequestRefunded(requestId, r.requester, msg.sender, r.paid, 0);
        _call(requestId, r, abi.encodeCall(IInferenceCallback.onInferenceRefunded, (requestId, r.paid, r.callbackData)));
    }

    // ------------------------------------------------------------ IAIOracle

    uint16 public constant MAX_ERROR_CODE = 2;

    /// @inheritdoc IAIOracle
    function estimateFee(uint256, uint32) external view returns (uint256) {
        return fee;
    }

    /// @inheritdoc IAIOracle
    function estimateBatchFee(uint256, uint256 batchSize, uint32) external view returns (uint256) {
        return fee * batchSize;
    }

    /// @inheritdoc IAIOracle
    function estimateRequestFee(uint256, uint256 batchSize, uint32, uint256) external view returns (uint256) {
        return fee * batchSize;
    }

    /// @inheritdoc IAIOracle
    function requestInference(
        uint256 modelId,
        bytes calldata input,
        address callback,
        uint32 callbackGasLimit,
        bytes calldata callbackData
    ) external payable returns (uint256 requestId) {
        return _request(modelId, input, 1, callback, callbackGasLimit, callbackData);
    }

    /// @inheritdoc IAIOracle
    function requestBatchInference(
        uint256 modelId,
        bytes[] calldata inputs,
        address callback,
        uint32 callbackGasLimit,
        bytes calldata callbackData
    ) external payable returns (uint256 requestId) {
        if (inputs.length == 0 || inputs.length > MAX_BATCH_SIZE) revert BatchSizeOutOfRange(inputs.length);
        for (uint256 i; i < inputs.length; ++i) {
            if (inputs[i].length == 0) revert EmptyInput();
        }
        return _request(modelId, abi.encode(inputs), inputs.length, callback, callbackGasLimit, callbackData);
    }

    /// @inheritdoc IAIOracle
    function computeRequestId(uint256 nonce, bytes32 inputHash) public view returns (uint256) {
        return uint256(keccak256(abi.encode(block.chainid, address(this), nonce, inputHash)));
    }

    /// @inheritdoc IAIOracle
    function isFinalized(uint256 requestId) external view returns (bool) {
        return _mock[requestId].status == RequestStatus.Finalized;
    }

    /// @inheritdoc IAIOracle
    function getResult(uint256 requestId) external view returns (bytes memory) {
        MockRequest storage r = _mock[requestId];
        if (r.status != RequestStatus.Finalized) revert NotFinalized(requestId);
        if (r.errorCode != 0) revert ResultIsError(requestId, r.errorCode);
        return r.output;
    }

    /// @inheritdoc IAIOracle
    function withdrawTo(address to, uint256 amount) external {
        uint256 b = balances[msg.sender];
        if (amount > b) revert InsufficientBalance(msg.sender, b, amount);
        balances[msg.sender] = b - amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = to.call{value: amount}("");
        require(ok, "MockAIOracle: transfer failed");
    }

    // ------------------------------------------------------------ internals

    function _request(
        uint256 modelId,
        bytes memory input,
        uint256 batchSize,
        address callback,
        uint32 callbackGasLimit,
        bytes calldata callbackData
    ) internal returns (uint256 requestId) {
        if (input.length == 0) revert EmptyInput();
        if (callback == address(0) && callbackGasLimit != 0) revert CallbackGasWithoutCallback();
        if (callback != address(0) && callbackGasLimit == 0) revert ZeroCallbackGasLimit();
        uint256 required = fee * batchSize;
        if (msg.value < required) revert FeeTooLow(required, msg.value);
        balances[msg.sender] += msg.value - required;
        uint256 nonce = ++requestCount;
        requestId = computeRequestId(nonce, keccak256(input));
        MockRequest storage r = _mock[requestId];
        (r.requester, r.callback, r.callbackGasLimit, r.status) = (msg.sender, callback, callbackGasLimit, RequestStatus.Pending);
        (r.modelId, r.paid, r.input, r.callbackData) = (modelId, required, input, callbackData);
        _emitRequested(requestId, nonce, uint16(batchSize));
    }

    /// @dev Apart from _request, which has no stack left for it without via-IR.
    function _emitRequested(uint256 requestId, uint256 nonce, uint16 batchSize) internal {
        MockRequest storage r = _mock[requestId];
        emit InferenceRequested(
            requestId, r.modelId, r.requester, nonce, r.callback, r.callbackGasLimit, batchSize,
            uint40(block.timestamp + 1 hours), r.paid, r.input, r.callbackData
        );
    }

    function _end(uint256 requestId, RequestStatus status) internal returns (MockRequest storage r) {
        r = _mock[requestId];
        if (r.requester == address(0)) revert UnknownRequest(requestId);
        if (r.status != RequestStatus.Pending) revert WrongStatus(requestId, r.status);
        r.status = status;
    }

    /// @dev Calls the callback with exactly its gas limit, as the oracle does; a failure is recorded.
    function _call(uint256 requestId, MockRequest storage r, bytes memory data) internal returns (bool ok) {
        if (r.callback == address(0)) return true;
        (ok,) = r.callback.call{gas: r.callbackGasLimit}(data);
        if (!ok) emit CallbackFailed(requestId, r.callback);
    }
}
