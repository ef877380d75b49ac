// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title MockZkVerifier
/// @notice Test-only stand-in with code, so registry tests can register ZK-mode models before the
/// gnark verifiers exist. It verifies nothing and must never be deployed outside tests.
contract MockZkVerifier {
    function verifyProof(bytes calldata, uint256[] calldata) external pure returns (bool) {
        return false;
    }
}
