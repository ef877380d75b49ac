// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAIOracle} from "../interfaces/IAIOracle.sol";
import {IInferenceCallback} from "../interfaces/IInferenceCallback.sol";

/// @title AIOracleConsumer
/// @notice A base for contracts that ask the Auspex oracle for inferences and take the answer in a
/// callback. It checks that callbacks come from the oracle, pays the fee (the surplus of a margin
/// stays in this contract's oracle balance: `_withdrawTo` sends it on), and routes the one callback
/// each request ends with — a result, an error or a refund — to the hook the dApp overrides.
/// Decode outputs with AuspexOutputs. The oracle calls back with exactly the gas the request paid
/// for; a hook that reverts or runs out of gas is recorded by the oracle (CallbackFailed) and the
/// request still ends, so keep hooks small and never let them revert on expected input.
abstract contract AIOracleConsumer is IInferenceCallback {
    IAIOracle public immutable aiOracle;

    error NotOracle(address caller);

    modifier onlyOracle() {
        if (msg.sender != address(aiOracle)) revert NotOracle(msg.sender);
        _;
    }

    constructor(IAIOracle oracle_) {
        aiOracle = oracle_;
    }

    /// @notice The fee a request of `modelId` with a `callbackGasLimit` callback and `dataLength`
    /// bytes of callback data takes in this block.
    function _fee(uint256 modelId, uint32 callbackGasLimit, uint256 dataLength) internal view returns (uint256) {
        return aiOracle.estimateRequestFee(modelId, 1, callbackGasLimit, dataLength);
    }

    /// @notice Requests an inference whose answer comes back to this contract, paying `fee` wei
    /// from this contract's ETH (at least `_fee(...)` in this block; the surplus is credited to
    /// this contract's oracle balance).
    function _request(uint256 modelId, bytes memory input, uint32 callbackGasLimit, bytes memory data, uint256 fee)
        internal
        returns (uint256 requestId)
    {
        return aiOracle.requestInference{value: fee}(modelId, input, address(this), callbackGasLimit, data);
    }

    /// @notice Sends `amount` of this contract's oracle balance (refunds, returned model fees, fee
    /// surpluses) to `to`. Not from inside a hook: the oracle's withdrawals are non-reentrant.
    function _withdrawTo(address to, uint256 amount) internal {
        aiOracle.withdrawTo(to, amount);
    }

    /// @inheritdoc IInferenceCallback
    function onInferenceResult(uint256 requestId, bytes calldata output, bytes calldata callbackData)
        external
        onlyOracle
    {
        _onResult(requestId, output, callbackData);
    }

    /// @inheritdoc IInferenceCallback
    function onInferenceError(uint256 requestId, uint16 code, bytes calldata callbackData) external onlyOracle {
        _onError(requestId, code, callbackData);
    }

    /// @inheritdoc IInferenceCallback
    function onInferenceRefunded(uint256 requestId, uint256 amount, bytes calldata callbackData)
        external
        onlyOracle
    {
        _onRefund(requestId, amount, callbackData);
    }

    /// @notice The request's result: the model's output (docs/ENCODING.md).
    function _onResult(uint256 requestId, bytes calldata output, bytes calldata callbackData) internal virtual;

    /// @notice The request ended with an error: code 1 (the input is not one the model takes) or
    /// 2 (the engine gives no result for it); the model fee is back in this contract's oracle balance.
    function _onError(uint256 requestId, uint16 code, bytes calldata callbackData) internal virtual {}

    /// @notice The request ended without an answer: `amount` wei are back in this contract's
    /// oracle balance.
    function _onRefund(uint256 requestId, uint256 amount, bytes calldata callbackData) internal virtual {}
}
