// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IMOSale} from "../src/imo/IMOSale.sol";
import {TestToken} from "../src/testing/TestToken.sol";
import {HandlerBase, InvariantTest} from "./utils/InvariantTest.sol";

/// @notice Drives three offerings of one token (a soft cap that is easy to reach, one that needs a
/// sell-out, and none) with buyers buying exact and inexact amounts, time passing, anyone finalizing,
/// withdrawing the proceeds, claiming and refunding; every call's outcome is checked against a model.
contract IMOSaleHandler is HandlerBase {
    uint256 public constant NS = 3;
    uint256 public constant NB = 4;

    TestToken public immutable token;
    IMOSale[NS] public sales;
    address[NS] public creators;
    address[NB] public buyers;
    uint256[NS] public granularity; // least token units with a whole-wei cost

    // The model, per sale.
    uint256[NS] public gSold;
    uint256[NS] public gPaidIn; // ETH buyers paid in
    uint256[NS] public gRefunded;
    uint256[NS] public gProceeds; // ETH the creator received
    uint256[NS] public gWithdrawals; // successful withdrawProceeds calls
    uint256[NS] public gRaisedAtEnd;
    uint256[NS] public gTokensClaimed;
    uint256[NS] public gTokensReturned; // to the creator at finalize
    uint256[NS] public gRefundsOutsideFailure;
    mapping(uint256 sale => mapping(uint256 buyer => uint256)) public gPurchased;
    mapping(uint256 sale => mapping(uint256 buyer => uint256)) public gPaid;
    IMOSale.State[NS] public gState;

    uint256 public mismatches;
    string public lastMismatch;
    uint256 public buys;
    uint256 public refunds;

    constructor() {
        token = new TestToken();
        uint256[NS] memory price = [uint256(1e15), 7, 2.5e18];
        uint256[NS] memory cap = [uint256(1000e18), 50e18, 1e24];
        uint256[NS] memory softCap = [uint256(100e18), 50e18, 0];
        uint256[NS] memory duration = [uint256(36 hours), 24 hours, 8 hours];
        for (uint256 s; s < NS; ++s) {
            creators[s] = address(uint160(0xC0000 + s));
            sales[s] = new IMOSale(
                IERC20(address(token)), creators[s], price[s], cap[s], softCap[s], block.timestamp + duration[s]
            );
            token.mint(address(sales[s]), cap[s]);
            granularity[s] = 1e18 / _gcd(price[s], 1e18);
        }
        for (uint256 b; b < NB; ++b) {
            buyers[b] = address(uint160(0xB0000 + b));
        }
    }

    // ------------------------------------------------------------------ actions

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 0, 12 hours));
    }

    /// @notice Buys `amount`, mostly rounded to a whole-wei cost and paying exactly; `mode` sometimes
    /// leaves the amount inexact or pays one wei more (both refused), allows big amounts or buys the rest.
    function buy(uint256 s, uint256 b, uint256 amount, uint8 mode) external {
        bool exact = mode % 4 != 1;
        bool overpay = mode % 8 == 2;
        s = bound(s, 0, NS - 1);
        b = bound(b, 0, NB - 1);
        IMOSale sale = sales[s];
        uint256 cap = sale.cap();
        // Mostly up to an eighth of the cap (so a sale takes several buys and may miss its soft cap),
        // sometimes up to everything left and a bit more (sell-outs, and buys over the cap).
        amount = bound(amount, 0, mode % 16 == 3 ? cap - gSold[s] + granularity[s] : cap / 8);
        if (exact) amount -= amount % granularity[s];
        if (mode % 32 == 7) amount = cap - gSold[s]; // the rest: a sell-out ends the sale early
        uint256 c = amount * sale.price() / 1e18;
        bool whole = amount * sale.price() % 1e18 == 0;
        uint256 value = overpay ? c + 1 : c;
        bool expected = gState[s] == IMOSale.State.Active && block.timestamp < sale.deadline() && amount != 0
            && gSold[s] + amount <= cap && whole && !overpay;
        address buyer = buyers[b];
        vm.deal(buyer, buyer.balance + value);
        vm.prank(buyer);
        try sale.buy{value: value}(amount) {
            if (!expected) return _mismatch("buy accepted");
        } catch {
            if (expected) _mismatch("buy refused");
            return;
        }
        gSold[s] += amount;
        gPaidIn[s] += c;
        gPurchased[s][b] += amount;
        gPaid[s][b] += c;
        buys++;
    }

    function finalize(uint256 s, uint256 caller) external {
        s = bound(s, 0, NS - 1);
        IMOSale sale = sales[s];
        bool expected =
            gState[s] == IMOSale.State.Active && (block.timestamp >= sale.deadline() || gSold[s] == sale.cap());
        uint256 before = token.balanceOf(creators[s]);
        vm.prank(_anyone(caller));
        try sale.finalize() {
            if (!expected) return _mismatch("finalize accepted");
        } catch {
            if (expected) _mismatch("finalize refused");
            return;
        }
        bool ok = gSold[s] >= sale.softCap();
        gState[s] = ok ? IMOSale.State.Succeeded : IMOSale.State.Failed;
        uint256 back = ok ? sale.cap() - gSold[s] : sale.cap();
        if (token.balanceOf(creators[s]) - before != back) return _mismatch("unsold tokens returned");
        gTokensReturned[s] += back;
        gRaisedAtEnd[s] = gPaidIn[s];
    }

    /// @notice Anyone may trigger it; the proceeds go to the creator, once.
    function withdrawProceeds(uint256 s, uint256 caller) external {
        s = bound(s, 0, NS - 1);
        IMOSale sale = sales[s];
        bool expected = gState[s] == IMOSale.State.Succeeded && gWithdrawals[s] == 0 && gPaidIn[s] != 0;
        uint256 before = creators[s].balance;
        vm.prank(_anyone(caller));
        try sale.withdrawProceeds() {
            if (!expected) return _mismatch("withdrawProceeds accepted");
        } catch {
            if (expected) _mismatch("withdrawProceeds refused");
            return;
        }
        uint256 got = creators[s].balance - before;
        if (got != gPaidIn[s]) return _mismatch("proceeds amount");
        gProceeds[s] += got;
        gWithdrawals[s]++;
    }

    function claimTokens(uint256 s, uint256 b) external {
        s = bound(s, 0, NS - 1);
        b = bound(b, 0, NB - 1);
        uint256 owed = gPurchased[s][b];
        bool expected = gState[s] == IMOSale.State.Succeeded && owed != 0;
        uint256 before = token.balanceOf(buyers[b]);
        vm.prank(buyers[b]);
        try sales[s].claimTokens() {
            if (!expected) return _mismatch("claimTokens accepted");
        } catch {
            if (expected) _mismatch("claimTokens refused");
            return;
        }
        if (token.balanceOf(buyers[b]) - before != owed) return _mismatch("tokens claimed");
        gPurchased[s][b] = 0;
        gTokensClaimed[s] += owed;
    }

    function refund(uint256 s, uint256 b) external {
        s = bound(s, 0, NS - 1);
        b = bound(b, 0, NB - 1);
        uint256 owed = gPaid[s][b];
        bool expected = gState[s] == IMOSale.State.Failed && owed != 0;
        uint256 before = buyers[b].balance;
        vm.prank(buyers[b]);
        try sales[s].refund() {
            if (gState[s] != IMOSale.State.Failed) gRefundsOutsideFailure[s]++;
            if (!expected) return _mismatch("refund accepted");
        } catch {
            if (expected) _mismatch("refund refused");
            return;
        }
        if (buyers[b].balance - before != owed) return _mismatch("refund amount");
        gPaid[s][b] = 0;
        gPurchased[s][b] = 0;
        gRefunded[s] += owed;
        refunds++;
    }

    // ------------------------------------------------------------------ internals

    function _anyone(uint256 caller) internal view returns (address) {
        caller = bound(caller, 0, NB + NS);
        if (caller < NB) return buyers[caller];
        if (caller < NB + NS) return creators[caller - NB];
        return address(this);
    }

    function _gcd(uint256 a, uint256 b) internal pure returns (uint256) {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    function _mismatch(string memory what) internal {
        mismatches++;
        lastMismatch = what;
    }
}

/// @notice IMOSale conservation invariants, checked after every call.
contract IMOSaleInvariantTest is InvariantTest {
    IMOSaleHandler internal handler;
    TestToken internal token;

    function setUp() public {
        handler = new IMOSaleHandler();
        token = handler.token();
        targetContract(address(handler));
    }

    /// Tokens are conserved: held by the sale + claimed by buyers + returned to the creator == offered
    /// (cap); sold + unsold == cap; while active the sale holds all of them, after a success exactly
    /// the unclaimed purchases, after a failure none.
    function invariant_tokensConserved() public view {
        for (uint256 s; s < 3; ++s) {
            IMOSale sale = handler.sales(s);
            uint256 cap = sale.cap();
            uint256 held = token.balanceOf(address(sale));
            assertEq(
                held + handler.gTokensClaimed(s) + handler.gTokensReturned(s), cap, "held + claimed + returned != cap"
            );
            assertEq(sale.sold(), handler.gSold(s), "sold");
            assertLe(sale.sold(), cap, "sold > cap");
            uint256 outstanding;
            for (uint256 b; b < 4; ++b) {
                assertEq(sale.purchased(handler.buyers(b)), handler.gPurchased(s, b), "purchased");
                outstanding += sale.purchased(handler.buyers(b));
            }
            IMOSale.State st = sale.state();
            if (st == IMOSale.State.Active) {
                assertEq(held, cap, "active sale does not hold the cap");
            } else if (st == IMOSale.State.Succeeded) {
                assertEq(held, outstanding, "held != unclaimed purchases");
                assertEq(handler.gTokensReturned(s), cap - sale.sold(), "returned != unsold");
                assertEq(sale.sold(), handler.gTokensClaimed(s) + outstanding, "sold != claimed + unclaimed");
            } else {
                assertEq(held, 0, "failed sale holds tokens");
                assertEq(handler.gTokensReturned(s), cap, "failed sale did not return the cap");
            }
        }
    }

    /// ETH is conserved: the sale holds exactly what buyers paid less refunds and proceeds withdrawn;
    /// that is `raised` (0 once withdrawn) unless the sale failed, and Σ unrefunded payments unless it
    /// succeeded.
    function invariant_ethConserved() public view {
        for (uint256 s; s < 3; ++s) {
            IMOSale sale = handler.sales(s);
            uint256 held = address(sale).balance;
            assertEq(held, handler.gPaidIn(s) - handler.gRefunded(s) - handler.gProceeds(s), "held != in - out");
            if (sale.state() == IMOSale.State.Failed) {
                assertEq(sale.raised(), handler.gRaisedAtEnd(s), "raised changed");
            } else {
                assertEq(sale.raised(), held, "raised != held");
            }
            uint256 paid;
            for (uint256 b; b < 4; ++b) {
                assertEq(sale.paid(handler.buyers(b)), handler.gPaid(s, b), "paid");
                paid += sale.paid(handler.buyers(b));
            }
            if (sale.state() != IMOSale.State.Succeeded) assertEq(held, paid, "held != sum of unrefunded payments");
        }
    }

    /// Refunds happen only after a failed sale, and a sale fails exactly when its soft cap was missed.
    function invariant_refundsOnlyWhenSoftCapFails() public view {
        for (uint256 s; s < 3; ++s) {
            IMOSale sale = handler.sales(s);
            assertEq(handler.gRefundsOutsideFailure(s), 0, "refund outside a failed sale");
            IMOSale.State st = sale.state();
            assertTrue(uint8(st) == uint8(handler.gState(s)), "state");
            if (handler.gRefunded(s) != 0) {
                assertTrue(st == IMOSale.State.Failed, "refund from a sale that did not fail");
            }
            if (st == IMOSale.State.Failed) {
                assertTrue(sale.sold() < sale.softCap(), "failed with the soft cap reached");
            }
            if (st == IMOSale.State.Succeeded) assertLe(sale.softCap(), sale.sold(), "succeeded below the soft cap");
        }
    }

    /// The creator gets the proceeds once: its ETH is 0 or exactly what was raised at the end, from
    /// at most one withdrawal, and never from a failed sale.
    function invariant_creatorPaidOnce() public view {
        for (uint256 s; s < 3; ++s) {
            IMOSale sale = handler.sales(s);
            uint256 got = handler.creators(s).balance;
            assertLe(handler.gWithdrawals(s), 1, "proceeds withdrawn twice");
            assertEq(got, handler.gProceeds(s), "creator ETH != proceeds observed");
            if (handler.gWithdrawals(s) == 1) assertEq(got, handler.gRaisedAtEnd(s), "proceeds != raised");
            else assertEq(got, 0, "creator paid without a withdrawal");
            if (sale.state() != IMOSale.State.Succeeded) assertEq(got, 0, "creator paid from an unsuccessful sale");
        }
    }

    /// Every call succeeded exactly when the model said it must, and moved exactly the model's amounts.
    function invariant_callsMatchModel() public view {
        assertEq(handler.mismatches(), 0, handler.lastMismatch());
    }
}
