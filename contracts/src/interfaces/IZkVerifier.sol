// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IZkVerifier
/// @notice What a ZK-mode model registers as its verifier: given a request's input bytes and an output,
/// tells whether the proof shows the model's program maps the one to the other.
interface IZkVerifier {
    /// @notice Whether `proof` proves that the model's program gives `output` for `input`.
    /// @param input The request's input bytes (docs/ENCODING.md).
    /// @param output The output bytes.
    /// @param proof The validity proof.
    function verify(bytes calldata input, bytes calldata output, bytes calldata proof) external view returns (bool);
}
