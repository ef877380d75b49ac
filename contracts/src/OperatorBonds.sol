// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title OperatorBonds
/// @notice Operator accounts of the oracle: a bond that backs proposals (deposit, withdrawal after a
/// delay), one fixed proposal bond locked per open proposal, and the fees the operator has earned.
/// Slashing takes a locked proposal bond; only the dispute contract may trigger it (through the
/// inheriting oracle).
/// @dev One storage slot per operator holds the bond, the open-proposal count and the earnings, so
/// finalization releases the bond and pays the operator with a single write. A requested withdrawal
/// leaves `bonded` at once (it no longer backs anything) and waits `withdrawalDelay` in `pending`.
abstract contract OperatorBonds {
    struct Operator {
        uint96 bonded; // total bond, including the part locked by open proposals
        uint32 openProposals; // each locks `proposalBond`
        uint128 earnings; // fees earned, withdrawable at once
    }

    struct PendingWithdrawal {
        uint96 amount;
        uint64 availableAt;
    }

    /// @notice The bond locked by each open proposal.
    uint96 public immutable proposalBond;
    /// @notice Seconds between requesting and executing a bond withdrawal.
    uint64 public immutable withdrawalDelay;

    mapping(address operator => Operator) private _operators;
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
        Operator storage o = _operators[msg.sender];
        uint96 bonded = o.bonded + SafeCast.toUint96(msg.value);
        o.bonded = bonded;
        emit BondDeposited(msg.sender, msg.value, bonded);
    }

    /// @notice Moves `amount` of the caller's free (unlocked) bond into a pending withdrawal that can
    /// be executed after `withdrawalDelay`. A new request adds to the pending amount and restarts
    /// the delay.
    function requestBondWithdrawal(uint96 amount) external {
        if (amount == 0) revert ZeroAmount();
        Operator storage o = _operators[msg.sender];
        uint256 free = _free(o);
        if (amount > free) revert InsufficientFreeBond(msg.sender, free, amount);
        o.bonded -= amount;
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

    /// @notice An operator's account: its bond, the part locked by open proposals, a pending bond
    /// withdrawal and the fees it can withdraw.
    function operatorOf(address operator)
        external
        view
        returns (uint256 bonded, uint256 locked, uint256 pendingAmount, uint256 pendingAvailableAt, uint256 earnings)
    {
        Operator memory o = _operators[operator];
        PendingWithdrawal memory p = _pending[operator];
        return (o.bonded, uint256(o.openProposals) * proposalBond, p.amount, p.availableAt, o.earnings);
    }

    /// @dev Locks one proposal bond of `operator`, reverting if its free bond is short.
    function _lockBond(address operator) internal {
        Operator storage o = _operators[operator];
        uint256 free = _free(o);
        if (free < proposalBond) revert InsufficientFreeBond(operator, free, proposalBond);
        o.openProposals += 1;
    }

    /// @dev Releases one proposal bond of `operator` and credits it `fee`, in one write.
    function _releaseBond(address operator, uint256 fee) internal {
        Operator storage o = _operators[operator];
        o.openProposals -= 1;
        o.earnings += SafeCast.toUint128(fee);
    }

    /// @dev Credits `operator` `fee` without a bond (a result proven valid risked none).
    function _credit(address operator, uint256 fee) internal {
        _operators[operator].earnings += SafeCast.toUint128(fee);
    }

    /// @dev Removes one locked proposal bond from `operator` and returns its amount.
    function _seizeBond(address operator) internal returns (uint256) {
        Operator storage o = _operators[operator];
        o.openProposals -= 1;
        o.bonded -= proposalBond;
        return proposalBond;
    }

    /// @dev Zeroes and returns `operator`'s earnings.
    function _takeEarnings(address operator) internal returns (uint256 amount) {
        Operator storage o = _operators[operator];
        amount = o.earnings;
        if (amount != 0) o.earnings = 0;
    }

    function _free(Operator storage o) private view returns (uint256) {
        return o.bonded - uint256(o.openProposals) * proposalBond;
    }
}
