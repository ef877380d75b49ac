// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title OperatorBonds
/// @notice Operator collateral for the oracle: deposit, withdrawal after a delay, a fixed bond locked
/// per open proposal. Slashing takes a locked proposal bond; only the dispute contract may trigger it
/// (through the inheriting oracle).
/// @dev Accounting per operator: `bonded` is held for the operator and backs proposals; `locked` is the
/// part of it backing open proposals; a requested withdrawal leaves `bonded` at once (it no longer backs
/// anything) and waits `withdrawalDelay` in `pending`.
abstract contract OperatorBonds {
    struct Bond {
        uint96 bonded;
        uint96 locked;
    }

    struct PendingWithdrawal {
        uint96 amount;
        uint64 availableAt;
    }

    /// @notice The bond locked by each open proposal.
    uint96 public immutable proposalBond;
    /// @notice Seconds between requesting and executing a bond withdrawal.
    uint64 public immutable withdrawalDelay;

    mapping(address operator => Bond) private _bonds;
    mapping(address operator => PendingWithdrawal) private _pending;

    event BondDeposited(address indexed operator, uint256 amount, uint256 bonded);
    event BondWithdrawalRequested(address indexed operator, uint256 amount, uint256 availableAt);
    event BondWithdrawn(address indexed operator, uint256 amount);

    error ZeroAmount();
    error InsufficientFreeBond(address operator, uint256 free, uint256 required);
    error WithdrawalNotReady(uint256 availableAt);
    error NoPendingWithdrawal();

    constructor(uint96 proposalBond_, uint64 withdrawalDelay_) {
        if (proposalBond_ == 0) revert ZeroAmount();
        proposalBond = proposalBond_;
        withdrawalDelay = withdrawalDelay_;
    }

    /// @notice Adds msg.value to the caller's bond.
    function depositBond() external payable {
        if (msg.value == 0) revert ZeroAmount();
        Bond storage b = _bonds[msg.sender];
        uint96 bonded = b.bonded + SafeCast.toUint96(msg.value);
        b.bonded = bonded;
        emit BondDeposited(msg.sender, msg.value, bonded);
    }

    /// @notice Moves `amount` of the caller's free (unlocked) bond into a pending withdrawal that can be
    /// executed after `withdrawalDelay`. A new request adds to the pending amount and restarts the delay.
    function requestBondWithdrawal(uint96 amount) external {
        if (amount == 0) revert ZeroAmount();
        Bond storage b = _bonds[msg.sender];
        uint256 free = b.bonded - b.locked;
        if (amount > free) revert InsufficientFreeBond(msg.sender, free, amount);
        b.bonded -= amount;
        PendingWithdrawal storage p = _pending[msg.sender];
        p.amount += amount;
        uint64 availableAt = uint64(block.timestamp) + withdrawalDelay;
        p.availableAt = availableAt;
        emit BondWithdrawalRequested(msg.sender, amount, availableAt);
    }

    /// @notice Sends the caller's pending withdrawal once its delay has passed.
    function withdrawBond() external {
        PendingWithdrawal memory p = _pending[msg.sender];
        if (p.amount == 0) revert NoPendingWithdrawal();
        if (block.timestamp < p.availableAt) revert WithdrawalNotReady(p.availableAt);
        delete _pending[msg.sender];
        emit BondWithdrawn(msg.sender, p.amount);
        Address.sendValue(payable(msg.sender), p.amount);
    }

    /// @notice An operator's bond: total backing proposals, the locked part, and any pending withdrawal.
    function bondOf(address operator)
        external
        view
        returns (uint256 bonded, uint256 locked, uint256 pendingAmount, uint256 pendingAvailableAt)
    {
        Bond memory b = _bonds[operator];
        PendingWithdrawal memory p = _pending[operator];
        return (b.bonded, b.locked, p.amount, p.availableAt);
    }

    /// @dev Locks one proposal bond of `operator`, reverting if its free bond is short.
    function _lockBond(address operator) internal {
        Bond storage b = _bonds[operator];
        uint96 locked = b.locked;
        uint256 free = b.bonded - locked;
        if (free < proposalBond) revert InsufficientFreeBond(operator, free, proposalBond);
        b.locked = locked + proposalBond;
    }

    /// @dev Releases one proposal bond of `operator`.
    function _unlockBond(address operator) internal {
        _bonds[operator].locked -= proposalBond;
    }

    /// @dev Removes one locked proposal bond from `operator` and returns its amount.
    function _seizeBond(address operator) internal returns (uint96) {
        Bond storage b = _bonds[operator];
        b.locked -= proposalBond;
        b.bonded -= proposalBond;
        return proposalBond;
    }
}
