// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IZkVerifier} from "../interfaces/IZkVerifier.sol";

/// @title MockZkVerifier
/// @notice Test-only stand-in with code, so registry tests can register ZK-mode models without a
/// circuit. It accepts nothing and must never be deployed outside tests.
contract MockZkVerifier is IZkVerifier {
    function verify(address, bytes calldata, bytes calldata, bytes calldata) external pure returns (bool) {
        return false;
    }
}
