// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAIOracle} from "auspex/interfaces/IAIOracle.sol";
import {AIOracleConsumer} from "auspex/kit/AIOracleConsumer.sol";
import {MockAIOracle} from "auspex/kit/MockAIOracle.sol";
import {DigitBoard} from "../src/DigitBoard.sol";
import {Test} from "./utils/Test.sol";

/// @notice The digit board against MockAIOracle: each test delivers the ending it needs.
contract DigitBoardTest is Test {
    MockAIOracle internal oracle;
    DigitBoard internal board;
    address internal user = address(0xA11CE);
    bytes internal image = new bytes(784);

    function setUp() public {
        oracle = new MockAIOracle();
        board = new DigitBoard(oracle, 1);
        vm.deal(user, 1 ether);
    }

    /// @dev 10 logits, the real value `top` (in 1/100) at `digit`, −1.0 elsewhere.
    function logits(uint8 digit, int64 topCents) internal pure returns (bytes memory out) {
        for (uint256 i; i < 10; ++i) {
            int64 v = i == digit ? int64((int256(topCents) << 24) / 100) : -(int64(1) << 24);
            out = abi.encodePacked(out, v);
        }
    }

    function post() internal returns (uint256 id) {
        uint256 fee = board.fee();
        vm.prank(user);
        id = board.post{value: fee}(image);
    }

    function state(uint256 id) internal view returns (DigitBoard.State s, uint8 digit, uint16 code, int256 wad, uint256 refund) {
        (, s, digit, code, wad, refund) = board.entries(id);
    }

    function test_ResultBecomesTheDigit() public {
        uint256 id = post();
        oracle.deliverResult(id, logits(7, 250));
        (DigitBoard.State s, uint8 digit,, int256 wad,) = state(id);
        assertTrue(s == DigitBoard.State.Classified, "not classified");
        assertEq(digit, 7, "digit");
        assertEq(wad, 2.5e18, "winning logit in real units");
    }

    function test_OnlyTheOracleCallsBack() public {
        uint256 id = post();
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(AIOracleConsumer.NotOracle.selector, user));
        board.onInferenceResult(id, logits(3, 100), "");
    }

    function test_ErrorIsRecorded() public {
        uint256 id = post();
        oracle.deliverError(id, 2);
        (DigitBoard.State s,, uint16 code,,) = state(id);
        assertTrue(s == DigitBoard.State.Failed, "not failed");
        assertEq(code, 2, "error code");
    }

    function test_RefundGoesBackToThePayer() public {
        uint256 id = post();
        uint256 before = user.balance;
        oracle.deliverRefund(id);
        (DigitBoard.State s,,,, uint256 owed) = state(id);
        assertTrue(s == DigitBoard.State.Refunded, "not refunded");
        assertEq(owed, oracle.fee(), "refund owed");
        board.claimRefund(id);
        assertEq(user.balance, before + oracle.fee(), "the payer got the fee back");
        vm.expectRevert(abi.encodeWithSelector(DigitBoard.NothingOwed.selector, id));
        board.claimRefund(id);
    }

    function test_EachRequestEndsOnce() public {
        uint256 id = post();
        oracle.deliverResult(id, logits(1, 100));
        vm.expectRevert(abi.encodeWithSelector(IAIOracle.WrongStatus.selector, id, IAIOracle.RequestStatus.Finalized));
        oracle.deliverRefund(id);
    }

    function test_AnOutputOfTheWrongShapeIsRecordedNotReverted() public {
        uint256 id = post();
        oracle.deliverResult(id, hex"0000000001000000");
        (DigitBoard.State s,,,,) = state(id);
        assertTrue(s == DigitBoard.State.Failed, "a wrong shape must not be taken as a digit");
    }

    function test_BadImageAndLowFeeAreRefused() public {
        uint256 fee = board.fee();
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(DigitBoard.BadImage.selector, 783));
        board.post{value: fee}(new bytes(783));
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IAIOracle.FeeTooLow.selector, fee, fee - 1));
        board.post{value: fee - 1}(image);
    }

    /// @dev Any logits: the digit is their argmax (first on a tie) and the value its real number.
    function testFuzz_DecodesAnyLogits(int64[10] memory vs) public {
        uint256 id = post();
        bytes memory out;
        uint256 best;
        for (uint256 i; i < 10; ++i) {
            out = abi.encodePacked(out, vs[i]);
            if (vs[i] > vs[best]) best = i;
        }
        oracle.deliverResult(id, out);
        (, uint8 digit,, int256 wad,) = state(id);
        assertEq(digit, best, "argmax");
        assertEq(wad, (int256(vs[best]) * 1e18) / int256(uint256(1) << 24), "wad");
    }
}
