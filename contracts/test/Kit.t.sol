// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AIOracle} from "../src/AIOracle.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {IAIOracle} from "../src/interfaces/IAIOracle.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {AIOracleConsumer} from "../src/kit/AIOracleConsumer.sol";
import {AuspexOutputs} from "../src/kit/AuspexOutputs.sol";
import {MockAIOracle} from "../src/kit/MockAIOracle.sol";

interface VmKit {
    function warp(uint256) external;
    function prank(address) external;
    function deal(address, uint256) external;
    function expectRevert(bytes calldata) external;
}

/// @dev A consumer on the kit that records how each request ended.
contract KitProbe is AIOracleConsumer {
    using AuspexOutputs for bytes;

    struct Ending {
        uint8 kind; // 1 result, 2 error, 3 refund
        uint256 top;
        int256 topWad;
        uint16 code;
        uint256 amount;
        bytes data;
    }

    mapping(uint256 requestId => Ending) public endings;
    uint256 public calls;

    constructor(IAIOracle oracle_) AIOracleConsumer(oracle_) {}

    receive() external payable {}

    function ask(uint256 modelId, bytes calldata input, bytes calldata data) external returns (uint256) {
        return _request(modelId, input, 200_000, data, _fee(modelId, 200_000, data.length));
    }

    function pass(address to, uint256 amount) external {
        _withdrawTo(to, amount);
    }

    function _onResult(uint256 id, bytes calldata output, bytes calldata data) internal override {
        bytes memory out = output;
        uint256 top = out.argmax();
        endings[id] = Ending(1, top, out.wadAt(top, AuspexOutputs.DEFAULT_SCALE), 0, 0, data);
        ++calls;
    }

    function _onError(uint256 id, uint16 code, bytes calldata data) internal override {
        endings[id] = Ending(2, 0, 0, code, 0, data);
        ++calls;
    }

    function _onRefund(uint256 id, uint256 amount, bytes calldata data) internal override {
        endings[id] = Ending(3, 0, 0, 0, amount, data);
        ++calls;
    }
}

/// @notice The Solidity kit against the real AIOracle, and MockAIOracle against it: the same
/// request ends the same way, with the same callback arguments, through either.
contract KitTest {
    VmKit internal constant vm = VmKit(address(uint160(uint256(keccak256("hevm cheat code")))));
    address internal constant PROPOSER = address(0x0B0B);

    ModelRegistry internal registry;
    AIOracle internal oracle;
    MockAIOracle internal mock;
    KitProbe internal onReal;
    KitProbe internal onMock;
    uint256 internal modelId;

    function setUp() public {
        registry = new ModelRegistry(60, 1 days);
        IAIOracle.Config memory c = IAIOracle.Config({
            operatorFee: 1e15, keeperFee: 2e14, callbackGasPrice: 2 gwei, protocolFeeBps: 500, requestTimeout: 3600, nonce: 0
        });
        oracle = new AIOracle(IModelRegistry(address(registry)), address(this), address(0x7EA5), c, 0.1 ether, 7 days);
        bytes memory file = "a one-chunk model file";
        modelId = registry.registerModel(
            keccak256(bytes.concat(file, bytes32(0))), keccak256("p"), keccak256("l"), "", "file://m", 0,
            IModelRegistry.VerificationMode.OPML, 600, address(0), bytes32(0), ""
        );
        registry.publishModelData(modelId, file, bytes32(0));
        mock = new MockAIOracle();
        onReal = new KitProbe(oracle);
        onMock = new KitProbe(mock);
        vm.deal(address(onReal), 10 ether);
        vm.deal(address(onMock), 10 ether);
        vm.deal(PROPOSER, 1 ether);
        vm.prank(PROPOSER);
        oracle.depositBond{value: 1 ether}();
    }

    function logits() internal pure returns (bytes memory out) {
        for (uint256 i; i < 10; ++i) {
            int64 v = i == 4 ? int64(3) << 23 : -int64(int256(i));
            out = abi.encodePacked(out, v);
        }
    }

    function same(uint256 realId, uint256 mockId) internal view {
        (uint8 k1, uint256 t1, int256 w1, uint16 c1,, bytes memory d1) = onReal.endings(realId);
        (uint8 k2, uint256 t2, int256 w2, uint16 c2,, bytes memory d2) = onMock.endings(mockId);
        require(k1 != 0 && k1 == k2 && t1 == t2 && w1 == w2 && c1 == c2, "the real and the mock oracle ended it differently");
        require(keccak256(d1) == keccak256(d2), "callback data differs");
        require(onReal.calls() == 1 && onMock.calls() == 1, "one callback per request");
    }

    function test_ResultThroughTheRealOracleAndTheMock() public {
        uint256 id = onReal.ask(modelId, hex"0102", hex"c0ffee");
        uint256 mid = onMock.ask(modelId, hex"0102", hex"c0ffee");
        vm.prank(PROPOSER);
        oracle.proposeResult(id, logits());
        vm.warp(block.timestamp + 601);
        oracle.finalize(id);
        mock.deliverResult(mid, logits());
        same(id, mid);
        (, uint256 top, int256 wad,,,) = onReal.endings(id);
        require(top == 4 && wad == 1.5e18, "decoded: class 4 at 1.5");
    }

    function test_ErrorThroughTheRealOracleAndTheMock() public {
        uint256 id = onReal.ask(modelId, hex"01", "");
        uint256 mid = onMock.ask(modelId, hex"01", "");
        vm.prank(PROPOSER);
        oracle.proposeError(id, 2);
        vm.warp(block.timestamp + 601);
        oracle.finalize(id);
        mock.deliverError(mid, 2);
        same(id, mid);
    }

    function test_RefundThroughTheRealOracleIsPassedOn() public {
        uint256 id = onReal.ask(modelId, hex"01", "");
        vm.warp(block.timestamp + 3601);
        vm.prank(address(0xBEEF));
        oracle.refund(id);
        (uint8 kind,,,, uint256 amount,) = onReal.endings(id);
        require(kind == 3 && amount != 0 && oracle.balances(address(onReal)) >= amount, "refund credited");
        address user = address(0xA11CE);
        onReal.pass(user, amount);
        require(user.balance == amount, "passed on to the user");
    }

    /// A request the real oracle refuses, the mock refuses with the same error: a dApp's tests
    /// against the mock do not pass what the chain would revert.
    function test_TheMockRefusesWhatTheOracleRefuses() public {
        require(mock.MAX_BATCH_SIZE() == oracle.MAX_BATCH_SIZE(), "batch bound");
        bytes[] memory none = new bytes[](0);
        bytes[] memory tooMany = new bytes[](oracle.MAX_BATCH_SIZE() + 1);
        bytes[] memory emptyItem = new bytes[](2);
        emptyItem[0] = hex"01";
        for (uint256 i; i < tooMany.length; ++i) {
            tooMany[i] = hex"01";
        }
        bytes[][3] memory batches = [none, tooMany, emptyItem];
        for (uint256 i; i < batches.length; ++i) {
            bytes memory realErr;
            bytes memory mockErr;
            try oracle.requestBatchInference{value: 1 ether}(modelId, batches[i], address(0), 0, "") {
                revert("the oracle took a malformed batch");
            } catch (bytes memory err) {
                realErr = err;
            }
            try mock.requestBatchInference{value: 1 ether}(modelId, batches[i], address(0), 0, "") {
                revert("the mock took a batch the oracle refuses");
            } catch (bytes memory err) {
                mockErr = err;
            }
            require(keccak256(realErr) == keccak256(mockErr), "different errors");
        }
        bytes memory realEmpty;
        try oracle.requestInference{value: 1 ether}(modelId, "", address(0), 0, "") {
            revert("the oracle took an empty input");
        } catch (bytes memory err) {
            realEmpty = err;
        }
        try mock.requestInference{value: 1 ether}(modelId, "", address(0), 0, "") {
            revert("the mock took an empty input");
        } catch (bytes memory err) {
            require(keccak256(err) == keccak256(realEmpty), "different empty-input errors");
        }
    }

    function test_OnlyTheOracleEndsARequest() public {
        uint256 id = onReal.ask(modelId, hex"01", "");
        vm.prank(address(0xBAD));
        vm.expectRevert(abi.encodeWithSelector(AIOracleConsumer.NotOracle.selector, address(0xBAD)));
        onReal.onInferenceResult(id, logits(), "");
    }
}
