// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IInferenceCallback
/// @notice Implemented by dApps that receive Auspex results. The oracle calls exactly one of these
/// per request — a result, an error or a refund — with exactly the gas limit the request paid for.
/// A revert or out-of-gas here is recorded by the oracle and does not undo finalization, the refund
/// or fees.
interface IInferenceCallback {
    /// @notice Delivers a final inference result.
    /// @param requestId The request's id.
    /// @param output The model's output (see docs/ENCODING.md); for a batch request, abi.encode(bytes[]).
    /// @param callbackData The opaque bytes the requester attached.
    function onInferenceResult(uint256 requestId, bytes calldata output, bytes calldata callbackData) external;

    /// @notice Delivers a final error: the operator's claim that the input is invalid for the model
    /// survived the challenge window.
    /// @param requestId The request's id.
    /// @param code The error code (see IAIOracle's ERROR_* constants).
    /// @param callbackData The opaque bytes the requester attached.
    function onInferenceError(uint256 requestId, uint16 code, bytes calldata callbackData) external;

    /// @notice Reports that the request ended without an answer (no proposal before its deadline, or
    /// too many proposals slashed): `amount` wei were credited to the requester's oracle balance,
    /// which it withdraws with `withdraw` or sends on with `withdrawTo` — in a later transaction:
    /// the oracle's withdrawals are non-reentrant, so a call to them from this callback reverts.
    /// @param requestId The request's id.
    /// @param amount The wei credited to the requester.
    /// @param callbackData The opaque bytes the requester attached.
    function onInferenceRefunded(uint256 requestId, uint256 amount, bytes calldata callbackData) external;
}
