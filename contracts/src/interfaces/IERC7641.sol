// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IERC7641 — Intrinsic RevShare Token (ERC-7641)
/// @notice An ERC-20 whose holders claim a share of the revenue the token receives, per snapshot,
/// and can burn tokens for a proportional share of the redemption pool.
interface IERC7641 is IERC20 {
    /// @notice ETH claimable by `account` for snapshot `snapshotId` (0 once claimed or expired).
    function claimableRevenue(address account, uint256 snapshotId) external view returns (uint256);
    /// @notice Claims the caller's ETH for snapshot `snapshotId`.
    function claim(uint256 snapshotId) external;
    /// @notice Takes a snapshot: splits the revenue received since the last one into the claim pool
    /// of this snapshot and the redemption pool. Returns the snapshot id.
    function snapshot() external returns (uint256);
    /// @notice ETH redeemable by burning `amount` tokens now.
    function redeemableOnBurn(uint256 amount) external view returns (uint256);
    /// @notice Burns `amount` of the caller's tokens for its share of the redemption pool.
    function burn(uint256 amount) external;
}

/// @title IERC7641AltRevToken — the optional ERC-20 revenue extension of ERC-7641
interface IERC7641AltRevToken is IERC7641 {
    /// @notice Amount of revenue token `token` claimable by `account` for snapshot `snapshotId`.
    function claimableERC20(address account, uint256 snapshotId, address token) external view returns (uint256);
    /// @notice Amount of revenue token `token` redeemable by burning `amount` tokens now.
    function redeemableERC20OnBurn(uint256 amount, address token) external view returns (uint256);
}
