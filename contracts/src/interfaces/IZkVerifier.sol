// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IZkVerifier
/// @notice What a ZK-mode model registers as its verifier: given a prover, a request's input bytes and an
/// output, tells whether the proof shows the model's program maps the one to the other and was made
/// for that prover.
interface IZkVerifier {
    /// @notice Whether `proof` proves that the model's program gives `output` for `input`, made for
    /// `prover`. It must be false for a proof made for any other account: AIOracle passes the
    /// submitter (msg.sender), so a proof copied from another's transaction earns nothing.
    /// @param prover The account submitting the proof (credited the operator's share).
    /// @param input The request's input bytes (docs/ENCODING.md).
    /// @param output The output bytes.
    /// @param proof The validity proof.
    function verify(address prover, bytes calldata input, bytes calldata output, bytes calldata proof)
        external
        view
        returns (bool);
}
