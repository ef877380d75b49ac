// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC7641} from "../src/imo/ERC7641.sol";
import {TestToken} from "../src/testing/TestToken.sol";
import {HandlerBase, InvariantTest} from "./utils/InvariantTest.sol";

/// @notice The revenue source the token pulls from at each snapshot (AIOracle.withdrawFor's shape);
/// it can be switched to revert, which the token must survive (the pull is best effort).
contract MockRevenueSource {
    mapping(address account => uint256) public owed;
    bool public failing;

    function credit(address account) external payable {
        owed[account] += msg.value;
    }

    function setFailing(bool f) external {
        failing = f;
    }

    function withdrawFor(address account) external {
        require(!failing, "source down");
        uint256 amount = owed[account];
        owed[account] = 0;
        (bool ok,) = account.call{value: amount}("");
        require(ok, "send failed");
    }
}

/// @notice Drives an ERC7641 with several holders transferring, snapshotting, claiming and burning in
/// random order across blocks and time, and keeps an independent model of every pool: what each
/// snapshot must hold, what each claim and burn must pay to the wei, what each checkpoint must read.
contract ERC7641Handler is HandlerBase {
    uint256 internal constant N = 5; // holders
    uint256 internal constant NT = 2; // revenue tokens: 0 = ETH, 1 = the ERC-20
    uint256 public constant PCT = 60;
    uint256 public constant INTERVAL = 1 hours;
    uint256 public constant PERIOD = 3;

    ERC7641 public immutable token;
    TestToken public immutable rev;
    MockRevenueSource public immutable source;
    address[N] internal holders;

    // Balances now and at the end of the previous block (what a snapshot taken now reads).
    uint256[N] public bal;
    uint256[N] internal prevBal;
    uint256 public supply;
    uint256 internal prevSupply;
    uint256 public initialSupply;
    uint256 public burned;

    // The model, per revenue token.
    uint256[NT] public received; // arrived at the token (sent, minted, pulled from the source)
    uint256[NT] public paidClaims; // observed at the holders
    uint256[NT] public paidRedeemed;
    uint256[NT] public mPending;
    uint256[NT] public mRedemption;
    mapping(uint256 id => uint256[NT]) internal mPool;
    mapping(uint256 id => uint256[NT]) internal mClaimed;
    mapping(uint256 id => mapping(uint256 t => mapping(uint256 holder => bool))) internal mHasClaimed;
    uint256 public snapCount;
    uint256 public lastSnapAt;
    mapping(uint256 id => uint256) public snapSupply;
    mapping(uint256 id => uint256[N]) internal snapBal;
    uint256 public sourceOwed;

    // Every disagreement between the token and the model (must stay 0).
    uint256 public mismatches;
    string public lastMismatch;
    // Coverage.
    uint256 public claims;
    uint256 public burns;
    uint256 public rollovers;

    constructor() {
        source = new MockRevenueSource();
        rev = new TestToken();
        address[] memory hs = new address[](N);
        uint256[] memory amounts = new uint256[](N);
        uint256[N] memory initial = [uint256(400e18), 333e18, 266e18, 1e18 - 7, 7];
        for (uint256 i; i < N; ++i) {
            holders[i] = address(uint160(0xA0000 + i));
            hs[i] = holders[i];
            amounts[i] = initial[i];
            bal[i] = initial[i];
            supply += initial[i];
        }
        initialSupply = supply;
        address[] memory revTokens = new address[](1);
        revTokens[0] = address(rev);
        token = new ERC7641("Model", "MDL", hs, amounts, PCT, INTERVAL, PERIOD, address(source), revTokens);
        // prevBal / prevSupply stay 0: before this block nothing was minted.
    }

    // ------------------------------------------------------------------ actions

    /// @notice Moves to a later block and time (a snapshot reads the end of the block before its own).
    function advance(uint256 blocks, uint256 secs) external {
        _roll(bound(blocks, 1, 5));
        vm.warp(block.timestamp + bound(secs, 0, 2 * INTERVAL));
    }

    function depositEth(uint256 amount) external {
        amount = bound(amount, 0, 100 ether);
        vm.deal(address(this), amount);
        (bool ok,) = address(token).call{value: amount}("");
        require(ok);
        received[0] += amount;
        mPending[0] += amount;
    }

    function depositErc20(uint256 amount) external {
        amount = bound(amount, 0, 1e30);
        rev.mint(address(token), amount);
        received[1] += amount;
        mPending[1] += amount;
    }

    /// @notice Revenue credited at the source reaches the token only when a snapshot pulls it.
    function creditSource(uint256 amount) external {
        amount = bound(amount, 0, 100 ether);
        vm.deal(address(this), amount);
        source.credit{value: amount}(address(token));
        sourceOwed += amount;
    }

    function setSourceFailing(bool failing) external {
        source.setFailing(failing);
    }

    function transfer(uint256 from, uint256 to, uint256 amount) external {
        from = bound(from, 0, N - 1);
        to = bound(to, 0, N - 1);
        amount = bound(amount, 0, bal[from]);
        vm.prank(holders[from]);
        token.transfer(holders[to], amount);
        bal[from] -= amount;
        bal[to] += amount;
    }

    function snapshot(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 0, INTERVAL));
        bool tooSoon = snapCount != 0 && block.timestamp < lastSnapAt + INTERVAL;
        try token.snapshot() returns (uint256 got) {
            if (tooSoon) return _mismatch("snapshot taken too soon");
            if (got != snapCount + 1) return _mismatch("snapshot id");
        } catch {
            if (!tooSoon) _mismatch("snapshot refused");
            return;
        }
        if (!source.failing() && sourceOwed != 0) {
            received[0] += sourceOwed;
            mPending[0] += sourceOwed;
            sourceOwed = 0;
        }
        uint256 id = ++snapCount;
        lastSnapAt = block.timestamp;
        snapSupply[id] = prevSupply;
        snapBal[id] = prevBal;
        uint256 expired = id > PERIOD ? id - PERIOD : 0;
        for (uint256 t; t < NT; ++t) {
            if (expired != 0) {
                uint256 rest = mPool[expired][t] - mClaimed[expired][t];
                if (rest != 0) rollovers++;
                mClaimed[expired][t] = mPool[expired][t];
                mPending[t] += rest;
            }
            if (mPending[t] != 0 && prevSupply != 0) {
                uint256 share = mPending[t] * PCT / 100;
                mPool[id][t] = share;
                mRedemption[t] += mPending[t] - share;
                mPending[t] = 0;
            }
        }
    }

    function claim(uint256 holder, uint256 id, bool erc20) external {
        holder = bound(holder, 0, N - 1);
        // Mostly open snapshots, sometimes the one that just expired, 0 or the next (all refused).
        id = bound(id, snapCount > PERIOD ? snapCount - PERIOD : 0, snapCount + 1);
        uint256 t = erc20 ? 1 : 0;
        address h = holders[holder];
        uint256 expected = _expectedClaim(holder, id, t);
        uint256 view_ = erc20 ? token.claimableERC20(h, id, address(rev)) : token.claimableRevenue(h, id);
        if (view_ != expected) return _mismatch("claimable view");
        uint256 before = _balanceOf(t, h);
        vm.prank(h);
        bool ok;
        if (erc20) {
            try token.claimERC20(id, address(rev)) {
                ok = true;
            } catch {}
        } else {
            try token.claim(id) {
                ok = true;
            } catch {}
        }
        if (ok != (expected != 0)) return _mismatch(ok ? "claim paid nothing owed" : "claim refused");
        if (!ok) return;
        if (_balanceOf(t, h) - before != expected) return _mismatch("claim amount");
        mHasClaimed[id][t][holder] = true;
        mClaimed[id][t] += expected;
        paidClaims[t] += expected;
        claims++;
    }

    function burn(uint256 holder, uint256 amount) external {
        holder = bound(holder, 0, N - 1);
        amount = bound(amount, 0, bal[holder]);
        address h = holders[holder];
        uint256[NT] memory expected;
        uint256[NT] memory before;
        for (uint256 t; t < NT; ++t) {
            expected[t] = supply == 0 ? 0 : mRedemption[t] * amount / supply;
            before[t] = _balanceOf(t, h);
        }
        if (token.redeemableOnBurn(amount) != expected[0]) return _mismatch("redeemable view");
        vm.prank(h);
        token.burn(amount);
        for (uint256 t; t < NT; ++t) {
            if (_balanceOf(t, h) - before[t] != expected[t]) return _mismatch("burn payout");
            mRedemption[t] -= expected[t];
            paidRedeemed[t] += expected[t];
        }
        bal[holder] -= amount;
        supply -= amount;
        burned += amount;
        burns++;
    }

    // ------------------------------------------------------------------ views for the invariants

    function holderAt(uint256 i) external view returns (address) {
        return holders[i];
    }

    function revenueToken(uint256 t) public view returns (address) {
        return t == 0 ? address(0) : address(rev);
    }

    function modelPool(uint256 id, uint256 t) external view returns (uint256 pool, uint256 claimed) {
        return (mPool[id][t], mClaimed[id][t]);
    }

    function snapBalance(uint256 id, uint256 i) external view returns (uint256) {
        return snapBal[id][i];
    }

    // ------------------------------------------------------------------ internals

    function _expectedClaim(uint256 holder, uint256 id, uint256 t) internal view returns (uint256) {
        bool open = id != 0 && id <= snapCount && id + PERIOD > snapCount;
        if (!open || mHasClaimed[id][t][holder] || snapSupply[id] == 0) return 0;
        return mPool[id][t] * snapBal[id][holder] / snapSupply[id];
    }

    function _roll(uint256 blocks) internal {
        prevBal = bal;
        prevSupply = supply;
        vm.roll(block.number + blocks);
    }

    function _balanceOf(uint256 t, address a) internal view returns (uint256) {
        return t == 0 ? a.balance : rev.balanceOf(a);
    }

    function _mismatch(string memory what) internal {
        mismatches++;
        lastMismatch = what;
    }
}

/// @notice ERC-7641 accounting invariants (docs/IMO.md "conservation"), checked after every call.
contract ERC7641InvariantTest is InvariantTest {
    ERC7641Handler internal handler;
    ERC7641 internal token;

    function setUp() public {
        handler = new ERC7641Handler();
        token = handler.token();
        targetContract(address(handler));
    }

    /// Every unit the token holds is in one of its pools: ETH held == open claims + redemption pool +
    /// pending, and == what arrived less what was observed paid out (ETH and the ERC-20, to the wei).
    function invariant_revenueHeldIsAccounted() public view {
        for (uint256 t; t < 2; ++t) {
            address rt = handler.revenueToken(t);
            (uint256 openClaims, uint256 redemption, uint256 pending) = token.pools(rt);
            uint256 held = t == 0 ? address(token).balance : handler.rev().balanceOf(address(token));
            assertEq(held, openClaims + redemption + pending, "held != open claims + redemption + pending");
            assertEq(held, handler.received(t) - handler.paidClaims(t) - handler.paidRedeemed(t), "held != in - out");
            assertEq(token.accounted(rt), openClaims + redemption, "accounted != open claims + redemption");
        }
    }

    /// received = totalClaimed + totalRedeemed + open claims + redemption + pending; the totals match
    /// what holders actually received; nothing is paid out beyond what came in.
    function invariant_revenueConservation() public view {
        for (uint256 t; t < 2; ++t) {
            address rt = handler.revenueToken(t);
            (uint256 openClaims, uint256 redemption, uint256 pending) = token.pools(rt);
            uint256 claimed = token.totalClaimed(rt);
            uint256 redeemed = token.totalRedeemed(rt);
            assertEq(handler.received(t), claimed + redeemed + openClaims + redemption + pending, "conservation");
            assertEq(claimed, handler.paidClaims(t), "totalClaimed != observed claims");
            assertEq(redeemed, handler.paidRedeemed(t), "totalRedeemed != observed redemptions");
            assertLe(claimed + redeemed, handler.received(t), "paid out more than received");
        }
    }

    /// Each snapshot's pool is exactly the model's split (percentClaimable% of the revenue since the
    /// last split, expired remainders rolled forward) and is never over-claimed; the redemption pool
    /// and the pending revenue match the model.
    function invariant_poolsMatchModel() public view {
        uint256 n = token.snapshotCount();
        assertEq(n, handler.snapCount(), "snapshot count");
        for (uint256 t; t < 2; ++t) {
            address rt = handler.revenueToken(t);
            assertEq(token.redemptionPool(rt), handler.mRedemption(t), "redemption pool");
            assertEq(token.pendingRevenue(rt), handler.mPending(t), "pending revenue");
            for (uint256 id = 1; id <= n; ++id) {
                (uint256 pool, uint256 claimed) = handler.modelPool(id, t);
                assertEq(token.claimPool(id, rt), pool, "claim pool");
                assertEq(token.claimedFrom(id, rt), claimed, "claimed from pool");
                assertLe(claimed, pool, "pool over-claimed");
            }
        }
    }

    /// Every claim paid exactly claimPool × balanceAt(snapshot) / supplyAt(snapshot) (rounded down), at
    /// most once per holder, snapshot and token, only while open; every burn paid exactly
    /// redemptionPool × amount / totalSupply of each token; the views agreed; nothing owed was refused.
    function invariant_claimsAndBurnsArePaidProRata() public view {
        assertEq(handler.mismatches(), 0, handler.lastMismatch());
    }

    /// Supply is conserved across transfers and burns: totalSupply == initial − burned == Σ balances,
    /// each balance as the model says.
    function invariant_supplyConservation() public view {
        uint256 sum;
        for (uint256 i; i < 5; ++i) {
            uint256 b = token.balanceOf(handler.holderAt(i));
            assertEq(b, handler.bal(i), "balance");
            sum += b;
        }
        assertEq(token.totalSupply(), handler.initialSupply() - handler.burned(), "supply != initial - burned");
        assertEq(token.totalSupply(), sum, "supply != sum of balances");
    }

    /// Each snapshot reads balances and supply at the end of the block before its own.
    function invariant_snapshotsReadPreviousBlock() public view {
        uint256 n = token.snapshotCount();
        for (uint256 id = 1; id <= n; ++id) {
            assertEq(token.totalSupplyAt(id), handler.snapSupply(id), "supply at snapshot");
            for (uint256 i; i < 5; ++i) {
                assertEq(token.balanceOfAt(handler.holderAt(i), id), handler.snapBalance(id, i), "balance at snapshot");
            }
        }
    }
}
