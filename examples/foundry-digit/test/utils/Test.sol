// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The few cheatcodes these tests use. A project with network access uses forge-std's Test
/// instead; this one runs offline in CI, where forge-std cannot be fetched.
interface Vm {
    function prank(address sender) external;
    function deal(address account, uint256 balance) external;
    function expectRevert(bytes calldata revertData) external;
    function assume(bool condition) external;
}

abstract contract Test {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function assertEq(uint256 a, uint256 b, string memory what) internal pure {
        require(a == b, what);
    }

    function assertEq(int256 a, int256 b, string memory what) internal pure {
        require(a == b, what);
    }

    function assertTrue(bool ok, string memory what) internal pure {
        require(ok, what);
    }
}
