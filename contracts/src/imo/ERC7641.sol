// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";

import {IERC7641, IERC7641AltRevToken} from "../interfaces/IERC7641.sol";

/// @notice Where revenue waits to be pulled (AIOracle credits a model's receiver; anyone may pull).
interface IRevenueSource {
    /// @notice Sends `account` what it is owed.
    function withdrawFor(address account) external;
}

/// @title ERC7641
/// @notice An ERC-7641 revenue-share token (docs/IMO.md): revenue (ETH, and the ERC-20 revenue tokens
/// fixed at creation) received between snapshots is split at each snapshot — `percentClaimable`% into
/// that snapshot's claim pool, paid pro rata to the balances at the snapshot, the rest into the
/// redemption pool, paid pro rata to tokens burned. Balances and supply are OpenZeppelin checkpoints
/// (OZ 5 has no ERC20Snapshot) keyed by block number; a snapshot reads them at the previous block, so
/// nothing done in the snapshot's own block (a flash loan) counts. The EIP's gaps are closed: revenue
/// that arrives while the supply is zero waits for a snapshot with holders; rounding dust and claims
/// never made (pools, lost keys) expire after `claimPeriod` snapshots and roll forward into the next
/// snapshot's split; snapshots are at least `snapshotInterval` apart and anyone may take them.
contract ERC7641 is ERC20, ERC20Permit, IERC7641AltRevToken, IERC165, ReentrancyGuardTransient {
    using Checkpoints for Checkpoints.Trace208;
    using SafeERC20 for IERC20;

    /// @notice The revenue "token" address that stands for ETH in the per-token views.
    address public constant ETH = address(0);
    /// @notice Most ERC-20 revenue tokens a token accepts (each snapshot, claim and burn loops over them).
    uint256 public constant MAX_REVENUE_TOKENS = 4;

    /// @notice Percent (0–100) of each snapshot's new revenue that its holders claim; the rest is redeemable.
    uint256 public immutable percentClaimable;
    /// @notice Least seconds between two snapshots.
    uint256 public immutable snapshotInterval;
    /// @notice Snapshots during which a snapshot's claims stay open; then what is left rolls forward.
    uint256 public immutable claimPeriod;
    /// @notice Pulled at each snapshot when set (the oracle holding the model's fee share).
    address public immutable revenueSource;

    struct Snap {
        uint48 timepoint; // block whose end-state balances count
        uint64 time;
    }

    address[] private _altTokens;
    uint256 public snapshotCount;
    uint256 public lastSnapshotAt;
    mapping(uint256 snapshotId => Snap) private _snaps;

    /// @notice Revenue held for the pools (open claim pools' remainders and the redemption pool).
    mapping(address token => uint256) public accounted;
    /// @notice Revenue redeemable by burning.
    mapping(address token => uint256) public redemptionPool;
    /// @notice Each snapshot's claim pool and what was claimed from it.
    mapping(uint256 snapshotId => mapping(address token => uint256)) public claimPool;
    mapping(uint256 snapshotId => mapping(address token => uint256)) public claimedFrom;
    mapping(uint256 snapshotId => mapping(address token => mapping(address account => bool))) public hasClaimed;
    /// @notice Totals paid out, for accounting (revenue received = claimed + redeemed + balance).
    mapping(address token => uint256) public totalClaimed;
    mapping(address token => uint256) public totalRedeemed;
    /// @notice Totals rolled forward from expired claim pools.
    mapping(address token => uint256) public totalRolledForward;

    Checkpoints.Trace208 private _supplyCk;
    mapping(address account => Checkpoints.Trace208) private _balanceCk;

    event Snapshot(uint256 indexed snapshotId, uint48 timepoint);
    event RevenueSplit(uint256 indexed snapshotId, address indexed token, uint256 claimable, uint256 redeemable);
    event RevenueClaimed(uint256 indexed snapshotId, address indexed account, address indexed token, uint256 amount);
    event Redeemed(address indexed account, uint256 burned);
    event RevenueRedeemed(address indexed account, address indexed token, uint256 amount);
    event RolledForward(uint256 indexed snapshotId, address indexed token, uint256 amount);

    error SnapshotTooSoon(uint256 nextAt);
    error ClaimClosed(uint256 snapshotId);
    error NothingToClaim(uint256 snapshotId, address token);
    error NotARevenueToken(address token);
    error InvalidParameters();
    error LengthMismatch();

    /// @param holders_ Who receives the initial supply, and `amounts_` how much each.
    /// @param revenueTokens_ ERC-20 revenue tokens besides ETH (≤ MAX_REVENUE_TOKENS, distinct, not zero).
    constructor(
        string memory name_,
        string memory symbol_,
        address[] memory holders_,
        uint256[] memory amounts_,
        uint256 percentClaimable_,
        uint256 snapshotInterval_,
        uint256 claimPeriod_,
        address revenueSource_,
        address[] memory revenueTokens_
    ) ERC20(name_, symbol_) ERC20Permit(name_) {
        if (percentClaimable_ > 100 || snapshotInterval_ == 0 || claimPeriod_ == 0) revert InvalidParameters();
        if (revenueTokens_.length > MAX_REVENUE_TOKENS) revert InvalidParameters();
        if (holders_.length != amounts_.length) revert LengthMismatch();
        for (uint256 i; i < revenueTokens_.length; ++i) {
            if (revenueTokens_[i] == address(0) || revenueTokens_[i] == address(this)) revert InvalidParameters();
            for (uint256 k; k < i; ++k) {
                if (revenueTokens_[k] == revenueTokens_[i]) revert InvalidParameters();
            }
        }
        percentClaimable = percentClaimable_;
        snapshotInterval = snapshotInterval_;
        claimPeriod = claimPeriod_;
        revenueSource = revenueSource_;
        _altTokens = revenueTokens_;
        for (uint256 i; i < holders_.length; ++i) {
            _mint(holders_[i], amounts_[i]);
        }
        // Checkpoints hold 208 bits; nothing is minted after construction.
        if (totalSupply() > type(uint208).max) revert InvalidParameters();
    }

    /// @notice ETH revenue arrives here (model fees, pulled from the oracle, or sent by anyone).
    receive() external payable {}

    /// @notice The ERC-20 revenue tokens (ETH is always accepted).
    function revenueTokens() external view returns (address[] memory) {
        return _altTokens;
    }

    /// @notice Block numbers key the checkpoints.
    function clock() public view returns (uint48) {
        return uint48(block.number);
    }

    /// @notice The block (end state) and time of snapshot `snapshotId`.
    function snapshotAt(uint256 snapshotId) external view returns (uint48 timepoint, uint64 time) {
        Snap memory s = _snaps[snapshotId];
        return (s.timepoint, s.time);
    }

    /// @notice `account`'s balance at snapshot `snapshotId`.
    function balanceOfAt(address account, uint256 snapshotId) public view returns (uint256) {
        return _balanceCk[account].upperLookupRecent(_snaps[snapshotId].timepoint);
    }

    /// @notice The total supply at snapshot `snapshotId`.
    function totalSupplyAt(uint256 snapshotId) public view returns (uint256) {
        return _supplyCk.upperLookupRecent(_snaps[snapshotId].timepoint);
    }

    /// @notice Whether snapshot `snapshotId`'s claims are open (it is one of the last `claimPeriod`).
    function claimOpen(uint256 snapshotId) public view returns (bool) {
        return snapshotId != 0 && snapshotId <= snapshotCount && snapshotId + claimPeriod > snapshotCount;
    }

    // ---------------------------------------------------------------- ERC-7641

    /// @inheritdoc IERC7641
    function snapshot() external nonReentrant returns (uint256 id) {
        if (snapshotCount != 0 && block.timestamp < lastSnapshotAt + snapshotInterval) {
            revert SnapshotTooSoon(lastSnapshotAt + snapshotInterval);
        }
        if (revenueSource != address(0)) {
            // Best effort: revenue not pulled now is counted at the next snapshot.
            try IRevenueSource(revenueSource).withdrawFor(address(this)) {} catch {}
        }
        id = ++snapshotCount;
        uint48 tp = clock() - 1;
        _snaps[id] = Snap({timepoint: tp, time: uint64(block.timestamp)});
        lastSnapshotAt = block.timestamp;
        // The snapshot that just left the claim window gives back what was not claimed.
        uint256 expired = id > claimPeriod ? id - claimPeriod : 0;
        bool holders = _supplyCk.upperLookupRecent(tp) != 0;
        _split(id, expired, ETH, holders);
        uint256 n = _altTokens.length;
        for (uint256 i; i < n; ++i) {
            _split(id, expired, _altTokens[i], holders);
        }
        emit Snapshot(id, tp);
    }

    /// @inheritdoc IERC7641
    function claimableRevenue(address account, uint256 snapshotId) external view returns (uint256) {
        return _claimable(account, snapshotId, ETH);
    }

    /// @inheritdoc IERC7641AltRevToken
    function claimableERC20(address account, uint256 snapshotId, address token) external view returns (uint256) {
        _checkToken(token);
        return _claimable(account, snapshotId, token);
    }

    /// @inheritdoc IERC7641
    function claim(uint256 snapshotId) external nonReentrant {
        _claim(snapshotId, ETH);
    }

    /// @notice Claims the caller's share of ERC-20 revenue token `token` for snapshot `snapshotId`.
    function claimERC20(uint256 snapshotId, address token) external nonReentrant {
        _checkToken(token);
        _claim(snapshotId, token);
    }

    /// @inheritdoc IERC7641
    function redeemableOnBurn(uint256 amount) external view returns (uint256) {
        return _redeemable(amount, ETH);
    }

    /// @inheritdoc IERC7641AltRevToken
    function redeemableERC20OnBurn(uint256 amount, address token) external view returns (uint256) {
        _checkToken(token);
        return _redeemable(amount, token);
    }

    /// @inheritdoc IERC7641
    /// @dev Pays ETH and every ERC-20 revenue token's share of the redemption pool.
    function burn(uint256 amount) external nonReentrant {
        uint256 n = _altTokens.length;
        uint256[] memory out = new uint256[](n + 1);
        out[0] = _redeemable(amount, ETH);
        for (uint256 i; i < n; ++i) {
            out[i + 1] = _redeemable(amount, _altTokens[i]);
        }
        _burn(msg.sender, amount);
        emit Redeemed(msg.sender, amount);
        for (uint256 i; i <= n; ++i) {
            address t = i == 0 ? ETH : _altTokens[i - 1];
            uint256 r = out[i];
            if (r == 0) continue;
            redemptionPool[t] -= r;
            accounted[t] -= r;
            totalRedeemed[t] += r;
            emit RevenueRedeemed(msg.sender, t, r);
            _pay(t, msg.sender, r);
        }
    }

    /// @notice Revenue of `token` received since the last snapshot (not yet split).
    function pendingRevenue(address token) public view returns (uint256) {
        return _balance(token) - accounted[token];
    }

    /// @notice What `token`'s pools hold: the unclaimed remainders of open claim pools, the
    /// redemption pool and the revenue not yet split. With the totals paid out they account for
    /// every unit received: received = totalClaimed + totalRedeemed + openClaims + redemption + pending.
    function pools(address token) external view returns (uint256 openClaims, uint256 redemption, uint256 pending) {
        uint256 first = snapshotCount > claimPeriod ? snapshotCount - claimPeriod + 1 : 1;
        for (uint256 s = first; s <= snapshotCount; ++s) {
            openClaims += claimPool[s][token] - claimedFrom[s][token];
        }
        return (openClaims, redemptionPool[token], pendingRevenue(token));
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == type(IERC7641).interfaceId || interfaceId == type(IERC7641AltRevToken).interfaceId
            || interfaceId == type(IERC20).interfaceId || interfaceId == type(IERC165).interfaceId;
    }

    // ---------------------------------------------------------------- internals

    /// @dev One token's split at snapshot `id`: the expired snapshot's remainder rolls back into the
    /// new revenue, which (when anyone holds tokens) goes percentClaimable% to this snapshot's pool.
    function _split(uint256 id, uint256 expired, address t, bool holders) private {
        if (expired != 0) {
            uint256 rest = claimPool[expired][t] - claimedFrom[expired][t];
            if (rest != 0) {
                // Closing the pool: nothing more can be claimed from it.
                claimedFrom[expired][t] = claimPool[expired][t];
                accounted[t] -= rest;
                totalRolledForward[t] += rest;
                emit RolledForward(expired, t, rest);
            }
        }
        uint256 fresh = _balance(t) - accounted[t];
        if (fresh == 0 || !holders) return; // with no holders it waits for a snapshot that has some
        uint256 share = fresh * percentClaimable / 100;
        claimPool[id][t] = share;
        redemptionPool[t] += fresh - share;
        accounted[t] += fresh;
        emit RevenueSplit(id, t, share, fresh - share);
    }

    function _claimable(address account, uint256 id, address t) private view returns (uint256) {
        if (!claimOpen(id) || hasClaimed[id][t][account]) return 0;
        uint256 supply = totalSupplyAt(id);
        if (supply == 0) return 0;
        // Rounds down: the dust stays in the pool and rolls forward when the pool expires.
        return claimPool[id][t] * balanceOfAt(account, id) / supply;
    }

    function _claim(uint256 id, address t) private {
        if (!claimOpen(id)) revert ClaimClosed(id);
        uint256 amount = _claimable(msg.sender, id, t);
        if (amount == 0) revert NothingToClaim(id, t);
        hasClaimed[id][t][msg.sender] = true;
        claimedFrom[id][t] += amount;
        accounted[t] -= amount;
        totalClaimed[t] += amount;
        emit RevenueClaimed(id, msg.sender, t, amount);
        _pay(t, msg.sender, amount);
    }

    function _redeemable(uint256 amount, address t) private view returns (uint256) {
        uint256 supply = totalSupply();
        if (supply == 0 || amount > supply) return 0;
        return redemptionPool[t] * amount / supply;
    }

    function _checkToken(address t) private view {
        uint256 n = _altTokens.length;
        for (uint256 i; i < n; ++i) {
            if (_altTokens[i] == t) return;
        }
        revert NotARevenueToken(t);
    }

    function _balance(address t) private view returns (uint256) {
        return t == ETH ? address(this).balance : IERC20(t).balanceOf(address(this));
    }

    function _pay(address t, address to, uint256 amount) private {
        if (t == ETH) Address.sendValue(payable(to), amount);
        else IERC20(t).safeTransfer(to, amount);
    }

    /// @dev Every balance change is checkpointed (and the supply on mint and burn).
    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        uint48 t = clock();
        if (from == address(0) || to == address(0)) _supplyCk.push(t, uint208(totalSupply()));
        if (from != address(0)) _balanceCk[from].push(t, uint208(balanceOf(from)));
        if (to != address(0)) _balanceCk[to].push(t, uint208(balanceOf(to)));
    }
}
