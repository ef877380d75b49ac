// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

/// @notice The forge cheatcodes these suites use (the names and signatures of forge-std's `Vm`).
interface Vm {
    function warp(uint256 newTimestamp) external;
    function roll(uint256 newHeight) external;
    function prank(address msgSender) external;
    function deal(address account, uint256 newBalance) external;
    function label(address account, string calldata newLabel) external;
    function fee(uint256 newBasefee) external;

    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory logs);
}

/// @notice A small stand-in for forge-std's `Test` + `StdInvariant`: forge-std is not published on the
/// registries this project installs from, so the few pieces the invariant suites need are here, with
/// forge-std's names: `vm`, `bound`, `targetContract`/`targetSelector` (forge reads `targetContracts()`
/// and `targetSelectors()` to pick what to fuzz) and assertions that revert with the values.
abstract contract InvariantTest {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    address[] private _targetedContracts;
    FuzzSelector[] private _targetedSelectors;

    function targetContract(address target) internal {
        _targetedContracts.push(target);
    }

    function targetSelector(FuzzSelector memory selector) internal {
        _targetedSelectors.push(selector);
    }

    function targetContracts() public view returns (address[] memory) {
        return _targetedContracts;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return _targetedSelectors;
    }

    function assertEq(uint256 a, uint256 b, string memory what) internal pure {
        if (a != b) {
            revert(string.concat(what, ": ", Strings.toString(a), " != ", Strings.toString(b)));
        }
    }

    function assertLe(uint256 a, uint256 b, string memory what) internal pure {
        if (a > b) {
            revert(string.concat(what, ": ", Strings.toString(a), " > ", Strings.toString(b)));
        }
    }

    function assertTrue(bool ok, string memory what) internal pure {
        if (!ok) revert(what);
    }
}

/// @notice What handlers share: forge-std's `bound` and the cheatcodes.
abstract contract HandlerBase {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @dev forge-std's `bound`: x itself when in range (so the fuzzer's edge values survive), else
    /// wrapped into [min, max].
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min + 1;
        if (x <= 3 && size > x) return min + x;
        if (x >= type(uint256).max - 3 && size > type(uint256).max - x) return max - (type(uint256).max - x);
        if (x > max) return min + (x - max - 1) % size;
        return max - (min - x - 1) % size;
    }
}
