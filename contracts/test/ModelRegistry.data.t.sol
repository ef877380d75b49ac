// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ModelRegistry} from "../src/ModelRegistry.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {HandlerBase, Vm} from "./utils/InvariantTest.sol";

/// @notice Model data publication (issue 15, docs/AVAILABILITY.md): random files, split into
/// DATA_CHUNK_SIZE chunks with the backward hash chain, publish and make the model available; a file
/// with any one byte changed is refused, whichever rests its publisher sends. The exact reverts of
/// each malformed publication are in internal/contracts (TestPublishModelData*).
contract ModelRegistryDataTest is HandlerBase {
    uint256 internal constant CHUNK = 65_536;

    ModelRegistry internal registry;

    function setUp() public {
        registry = new ModelRegistry(60, 1 days);
    }

    /// forge-config: default.fuzz.runs = 48
    function testFuzz_PublishedInOrderBecomesAvailable(uint256 seed, uint256 length) public {
        bytes[] memory chunks = _chunks(seed, bound(length, 1, 3 * CHUNK + 100));
        bytes32[] memory rests = _rests(chunks);
        uint256 id = _register(_head(chunks, rests));
        for (uint256 i; i < chunks.length; ++i) {
            (, uint32 published, bool available) = registry.dataProgress(id);
            require(published == i && !available, "progress before");
            registry.publishModelData(id, chunks[i], rests[i]);
        }
        (bytes32 next, uint32 done, bool avail) = registry.dataProgress(id);
        require(next == bytes32(0) && done == chunks.length && avail, "progress after");
        require(registry.modelTerms(id).available, "terms.available");
        try registry.publishModelData(id, chunks[0], rests[0]) {
            revert("republished");
        } catch (bytes memory err) {
            require(bytes4(err) == IModelRegistry.DataAlreadyAvailable.selector, "republish error");
        }
    }

    /// forge-config: default.fuzz.runs = 48
    function testFuzz_AnySingleByteChangeIsRefused(uint256 seed, uint256 length, uint256 where, uint8 flip) public {
        bytes[] memory chunks = _chunks(seed, bound(length, 1, 3 * CHUNK + 100));
        bytes32[] memory rests = _rests(chunks);
        uint256 id = _register(_head(chunks, rests));

        uint256 total = (chunks.length - 1) * CHUNK + chunks[chunks.length - 1].length;
        uint256 pos = bound(where, 0, total - 1);
        uint256 k = pos / CHUNK;
        uint8 delta = flip == 0 ? 1 : flip;
        chunks[k][pos % CHUNK] = bytes1(uint8(chunks[k][pos % CHUNK]) ^ delta);

        // The changed file's own hash chain: its head is not the registered one, so chunk 0 fails.
        bytes32[] memory own = _rests(chunks);
        try registry.publishModelData(id, chunks[0], own[0]) {
            revert("changed file's chunk 0 accepted");
        } catch (bytes memory err) {
            require(bytes4(err) == IModelRegistry.DataChunkMismatch.selector, "own rests: error");
        }
        // The honest rests: every chunk before the changed one goes in, the changed one is refused.
        for (uint256 i; i < k; ++i) {
            registry.publishModelData(id, chunks[i], rests[i]);
        }
        try registry.publishModelData(id, chunks[k], rests[k]) {
            revert("changed chunk accepted");
        } catch (bytes memory err) {
            require(bytes4(err) == IModelRegistry.DataChunkMismatch.selector, "honest rests: error");
        }
        (, uint32 published, bool available) = registry.dataProgress(id);
        require(published == k && !available, "progress");
    }

    /// @notice A model's input shapes (issue 17) are recorded as given: returned by getModel and
    /// emitted in ModelRegistered, byte for byte; the canonical encoding is checked by the nodes that
    /// decode it (inference.DecodeInputShapes), not here.
    /// forge-config: default.fuzz.runs = 64
    function testFuzz_InputShapesRoundTrip(bytes calldata inputShapes) public {
        vm.recordLogs();
        uint256 id = registry.registerModel(
            keccak256("file"), keccak256("program"), keccak256("layout"), inputShapes, "file://m.onnx", 0,
            IModelRegistry.VerificationMode.OPML, 60, address(0), bytes32(0), ""
        );
        require(keccak256(registry.getModel(id).inputShapes) == keccak256(inputShapes), "getModel.inputShapes");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        require(logs.length == 1 && logs[0].topics[0] == IModelRegistry.ModelRegistered.selector, "one ModelRegistered");
        (,,, bytes memory emitted,,,,,,,) = abi.decode(
            logs[0].data, (bytes32, bytes32, bytes32, bytes, string, uint96, uint8, uint32, address, bytes32, string)
        );
        require(keccak256(emitted) == keccak256(inputShapes), "ModelRegistered.inputShapes");
        // The next model's record is its own: nothing of this one's shapes leaks into it.
        uint256 next = _register(keccak256("file 2"));
        require(registry.getModel(next).inputShapes.length == 0, "empty shapes");
    }

    function _register(bytes32 onnxHash) internal returns (uint256) {
        return registry.registerModel(
            onnxHash, keccak256("program"), keccak256("layout"), "", "file://m.onnx", 0,
            IModelRegistry.VerificationMode.OPML, 60, address(0), bytes32(0), ""
        );
    }

    /// @dev Pseudo-random file bytes from `seed`, already split: all chunks full but the last.
    function _chunks(uint256 seed, uint256 length) internal pure returns (bytes[] memory chunks) {
        uint256 n = (length + CHUNK - 1) / CHUNK;
        chunks = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            uint256 len = i + 1 < n ? CHUNK : length - i * CHUNK;
            bytes memory c = new bytes(len);
            for (uint256 w; w < len; w += 32) {
                bytes32 word = keccak256(abi.encode(seed, i, w));
                // A word at a time (a byte loop is 32 times slower); `new bytes` allocates whole
                // words, so the last word stays inside `c`'s allocation.
                assembly ("memory-safe") {
                    mstore(add(add(c, 32), w), word)
                }
            }
            chunks[i] = c;
        }
    }

    /// @dev rests[i] = h_(i+1): the commitment to the chunks after chunk i (zero after the last).
    function _rests(bytes[] memory chunks) internal pure returns (bytes32[] memory rests) {
        rests = new bytes32[](chunks.length);
        bytes32 h;
        for (uint256 i = chunks.length; i > 0; --i) {
            rests[i - 1] = h;
            h = keccak256(bytes.concat(chunks[i - 1], h));
        }
    }

    function _head(bytes[] memory chunks, bytes32[] memory rests) internal pure returns (bytes32) {
        return keccak256(bytes.concat(chunks[0], rests[0]));
    }
}
