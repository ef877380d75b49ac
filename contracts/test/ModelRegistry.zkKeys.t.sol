// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ModelRegistry} from "../src/ModelRegistry.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {MockZkVerifier} from "../src/testing/MockZkVerifier.sol";
import {HandlerBase} from "./utils/InvariantTest.sol";

/// @notice A ZK model's published proving keys (issue 19, docs/SECURITY.md "Published ZK keys"):
/// registration takes a keys hash and URI exactly for the ZK modes; the hash never changes; only
/// the model's owner of the moment moves the URI, whoever else calls, with whatever URI.
contract ModelRegistryZkKeysTest is HandlerBase {
    ModelRegistry internal registry;
    address internal verifier;
    address internal constant CREATOR = address(0xC0FFEE);

    function setUp() public {
        registry = new ModelRegistry(60, 1 days);
        verifier = address(new MockZkVerifier());
    }

    /// forge-config: default.fuzz.runs = 256
    function testFuzz_RegisterTakesKeysExactlyForZkModes(uint8 modeSeed, bytes32 keysHash, bool withUri) public {
        IModelRegistry.VerificationMode mode = IModelRegistry.VerificationMode(modeSeed % 3);
        bool zk = mode != IModelRegistry.VerificationMode.OPML;
        string memory uri = withUri ? "ipfs://keys" : "";
        bool ok = zk ? keysHash != bytes32(0) && withUri : keysHash == bytes32(0) && !withUri;
        vm.prank(CREATOR);
        try registry.registerModel(
            keccak256("file"),
            keccak256("program"),
            keccak256("layout"),
            "",
            "file://m.onnx",
            0,
            mode,
            mode == IModelRegistry.VerificationMode.ZK ? 0 : 600,
            zk ? verifier : address(0),
            keysHash,
            uri
        ) returns (uint256 id) {
            require(ok, "registered against the keys rules");
            IModelRegistry.Model memory m = registry.getModel(id);
            require(m.zkKeysHash == keysHash && keccak256(bytes(m.zkKeysUri)) == keccak256(bytes(uri)), "keys recorded");
        } catch (bytes memory err) {
            require(!ok, "refused within the keys rules");
            bytes4 want = zk ? IModelRegistry.ZkKeysRequired.selector : IModelRegistry.ZkKeysNotAllowed.selector;
            require(bytes4(err) == want, "keys error");
        }
    }

    /// forge-config: default.fuzz.runs = 256
    function testFuzz_OnlyTheOwnerMovesKeysAndTheHashStays(address caller, string calldata uri, bytes32 keysHash) public {
        if (keysHash == bytes32(0)) keysHash = keccak256("keys"); // a ZK model always has one
        uint256 id = _registerZk(keysHash);
        vm.prank(caller);
        try registry.setZkKeysURI(id, uri) {
            require(caller == CREATOR && bytes(uri).length != 0, "moved by a non-owner or to nothing");
            require(keccak256(bytes(registry.getModel(id).zkKeysUri)) == keccak256(bytes(uri)), "uri moved");
        } catch (bytes memory err) {
            bytes4 want = caller != CREATOR ? IModelRegistry.NotModelOwner.selector : IModelRegistry.EmptyURI.selector;
            require(bytes4(err) == want, "move error");
            require(keccak256(bytes(registry.getModel(id).zkKeysUri)) == keccak256("ipfs://keys"), "uri kept");
        }
        require(registry.getModel(id).zkKeysHash == keysHash, "hash changed");
    }

    /// After an ownership transfer the new owner alone moves the keys; an OPML model has none to move.
    function test_TheNewOwnerAloneMovesKeys() public {
        uint256 id = _registerZk(keccak256("keys"));
        address next = address(0xBEEF);
        vm.prank(CREATOR);
        registry.transferModelOwnership(id, next);
        vm.prank(CREATOR);
        try registry.setZkKeysURI(id, "https://old-owner") {
            revert("the former owner moved the keys");
        } catch (bytes memory err) {
            require(bytes4(err) == IModelRegistry.NotModelOwner.selector, "former owner error");
        }
        vm.prank(next);
        registry.setZkKeysURI(id, "https://new-owner");
        require(keccak256(bytes(registry.getModel(id).zkKeysUri)) == keccak256("https://new-owner"), "new owner's uri");

        vm.prank(CREATOR);
        uint256 opml = registry.registerModel(
            keccak256("file"), keccak256("p"), keccak256("l"), "", "file://m", 0, IModelRegistry.VerificationMode.OPML, 600,
            address(0), bytes32(0), ""
        );
        vm.prank(CREATOR);
        try registry.setZkKeysURI(opml, "https://keys") {
            revert("keys given to an OPML model");
        } catch (bytes memory err) {
            require(bytes4(err) == IModelRegistry.ZkKeysNotAllowed.selector, "opml error");
        }
    }

    function _registerZk(bytes32 keysHash) internal returns (uint256 id) {
        vm.prank(CREATOR);
        id = registry.registerModel(
            keccak256("file"), keccak256("program"), bytes32(0), "", "file://m.onnx", 0, IModelRegistry.VerificationMode.ZK, 0,
            verifier, keysHash, "ipfs://keys"
        );
    }
}
