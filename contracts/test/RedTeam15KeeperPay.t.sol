// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AIOracle} from "../src/AIOracle.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {IAIOracle} from "../src/interfaces/IAIOracle.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {IInferenceCallback} from "../src/interfaces/IInferenceCallback.sol";

interface VmRT15 {
    function warp(uint256) external;
    function prank(address) external;
    function deal(address, uint256) external;
    function fee(uint256) external;
    function cool(address) external;
}

/// @dev A callback that does nothing (its gas is whatever the requester bought).
contract NopCallbackRT15 is IInferenceCallback {
    function onInferenceResult(uint256, bytes calldata, bytes calldata) external {}
    function onInferenceError(uint256, uint16, bytes calldata) external {}
    function onInferenceRefunded(uint256, uint256, bytes calldata) external {}
}

/// @notice Red team, issue 15: the keeper pay does not pay for the transaction that earns it.
/// docs/SECURITY.md (Liveness) says the finalizer / refunder "is credited the request's keeper pay
/// (keeperFee + callback gas × max(callbackGasPrice, 2 × base fee at request time)): it pays the
/// callback's gas and its own transaction", and the node's keeper ends every request it can without
/// comparing its gas to that pay. Two gaps:
///  1. keeperFee is a flat wei amount, not priced at the base fee: with the devnet's parameters a
///     refund of an ordinary request (no callback) costs the keeper more than it earns as soon as the
///     base fee is ~2.5 gwei, even when the base fee never moved between request and refund.
///  2. The requester chooses `callbackData`, which the oracle stores and reads back (cold SLOADs)
///     into the callback payload on finalize/refund; none of that is priced. A requester buying 1 gas
///     of callback with 32 KiB of callbackData makes whoever ends the request — the keeper, or the
///     honest proposer finalizing its own proposal to release its bond — pay ~2.2M gas for ~0.0012 ETH.
/// Each test measures the gas of the ending call (plus the 21,000 intrinsic gas of its transaction,
/// calldata not counted) and asserts the pay covers it at the base fee the request itself paid.
contract RedTeam15KeeperPayTest {
    VmRT15 internal constant vm = VmRT15(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant BASEFEE_MODERATE = 20 gwei;
    uint256 internal constant BASEFEE_LOW = 1 gwei;
    uint96 internal constant BOND = 0.1 ether;

    ModelRegistry internal registry;
    AIOracle internal oracle;
    NopCallbackRT15 internal cb;
    uint256 internal modelId;

    address internal constant REQUESTER = address(0xA11CE);
    address internal constant KEEPER = address(0xBEEF);
    address internal constant PROPOSER = address(0x0B0B);

    uint256 internal plainRequest; // no callback, made at 20 gwei
    uint256 internal griefRefund; // 1 gas of callback, 32 KiB callbackData, made at 1 gwei
    uint256 internal griefFinalize; // same, proposed by an honest operator

    function setUp() public {
        registry = new ModelRegistry(60, 1 days);
        // The devnet's protocol parameters (configs/devnet.yaml).
        IAIOracle.Config memory c = IAIOracle.Config({
            operatorFee: 1e15,
            keeperFee: 2e14,
            callbackGasPrice: 2 gwei,
            protocolFeeBps: 500,
            requestTimeout: 3600,
            nonce: 0
        });
        oracle = new AIOracle(IModelRegistry(address(registry)), address(this), address(0x7EA5), c, BOND, 7 days);
        cb = new NopCallbackRT15();
        bytes memory file = "a one-chunk model file";
        modelId = registry.registerModel(
            keccak256(bytes.concat(file, bytes32(0))), keccak256("p"), keccak256("l"), "", "file://m", 0,
            IModelRegistry.VerificationMode.OPML, 600, address(0), bytes32(0), ""
        );
        registry.publishModelData(modelId, file, bytes32(0));

        vm.deal(REQUESTER, 100 ether);
        vm.fee(BASEFEE_MODERATE);
        vm.prank(REQUESTER);
        plainRequest = oracle.requestInference{value: 1 ether}(modelId, hex"01", address(0), 0, "");

        vm.fee(BASEFEE_LOW);
        bytes memory data = new bytes(32 * 1024);
        for (uint256 i; i < data.length; i += 32) {
            data[i] = 0x01; // non-zero words: every slot is written and read back
        }
        vm.prank(REQUESTER);
        griefRefund = oracle.requestInference{value: 1 ether}(modelId, hex"02", address(cb), 1, data);
        vm.prank(REQUESTER);
        griefFinalize = oracle.requestInference{value: 1 ether}(modelId, hex"03", address(cb), 1, data);

        vm.deal(PROPOSER, 1 ether);
        vm.prank(PROPOSER);
        oracle.depositBond{value: 1 ether}();
        vm.prank(PROPOSER);
        oracle.proposeResult(griefFinalize, hex"aa");
    }

    /// @dev Gas of `call` as the keeper's transaction would pay it (intrinsic gas included).
    function _gasOf(bytes memory call) internal returns (uint256 used) {
        vm.cool(address(oracle));
        uint256 g = gasleft();
        (bool ok,) = address(oracle).call(call);
        used = g - gasleft() + 21_000;
        require(ok, "call reverted");
    }

    /// Finding 1: a keeper refunding an expired request with no callback, at the base fee the
    /// request paid (20 gwei), is paid 0.0002 ETH and spends more than that on gas.
    function testKeeperRefundAtTheRequestsOwnBaseFeeIsPaidForItsGas() public {
        uint256 pay = uint256(oracle.getRequest(plainRequest).keeperPayGwei) * 1 gwei;
        vm.warp(block.timestamp + 3601);
        vm.fee(BASEFEE_MODERATE);
        vm.prank(KEEPER);
        uint256 used = _gasOf(abi.encodeCall(AIOracle.refund, (plainRequest)));
        uint256 cost = used * BASEFEE_MODERATE;
        require(oracle.balances(KEEPER) == pay, "keeper credited its pay");
        require(cost <= pay, string.concat("keeper loses: gas ", _s(used), " x 20 gwei = ", _s(cost), " wei > pay ", _s(pay)));
    }

    /// Finding 2a: callbackData the requester stored makes the keeper's refund cost many times the
    /// keeper pay, at 1 gwei (where an ordinary refund is profitable).
    function testKeeperRefundWithLargeCallbackDataIsPaidForItsGas() public {
        uint256 pay = uint256(oracle.getRequest(griefRefund).keeperPayGwei) * 1 gwei;
        vm.warp(block.timestamp + 3601);
        vm.fee(BASEFEE_LOW);
        vm.prank(KEEPER);
        uint256 used = _gasOf(abi.encodeCall(AIOracle.refund, (griefRefund)));
        uint256 cost = used * BASEFEE_LOW;
        require(cost <= pay, string.concat("keeper loses: gas ", _s(used), " x 1 gwei = ", _s(cost), " wei > pay ", _s(pay)));
    }

    /// Finding 2b: the honest proposer must finalize (or leave its bond locked); with 32 KiB of
    /// callbackData its finalize costs more than its operator share and keeper pay together.
    function testHonestProposerFinalizingDoesNotLose() public {
        IAIOracle.Request memory r = oracle.getRequest(griefFinalize);
        uint256 earned = uint256(r.paid) - r.modelFee; // operator share + keeper pay
        vm.warp(block.timestamp + 601);
        vm.fee(BASEFEE_LOW);
        vm.prank(PROPOSER);
        uint256 used = _gasOf(abi.encodeCall(AIOracle.finalize, (griefFinalize)));
        uint256 cost = used * BASEFEE_LOW;
        require(cost <= earned, string.concat("proposer loses: gas ", _s(used), " x 1 gwei = ", _s(cost), " wei > earned ", _s(earned)));
    }

    function _s(uint256 v) internal pure returns (string memory) {
        if (v == 0) return "0";
        bytes memory b;
        while (v != 0) {
            b = bytes.concat(bytes1(uint8(48 + v % 10)), b);
            v /= 10;
        }
        return string(b);
    }
}
