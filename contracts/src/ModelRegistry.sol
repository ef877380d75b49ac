// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IModelRegistry} from "./interfaces/IModelRegistry.sol";

/// @title ModelRegistry
/// @notice Permissionless registry of the ONNX models Auspex serves. A model is pinned by two hashes:
/// the ONNX file's and the compiled fixed-point program's; nodes refuse a file or program that does not
/// match. Model owners may change the fee, URI and receiver, transfer ownership and deprecate; the
/// hashes, mode, challenge window and verifier never change (a new version is a new model).
contract ModelRegistry is IModelRegistry {
    /// @notice Shortest allowed challenge window for optimistic modes, in seconds.
    uint32 public immutable minChallengeWindow;
    /// @notice Longest allowed challenge window for optimistic modes, in seconds.
    uint32 public immutable maxChallengeWindow;
    /// @notice Number of models registered; ids run from 1 to modelCount.
    uint32 public modelCount;

    mapping(uint256 modelId => Model) private _models;

    /// @param minChallengeWindow_ Protocol lower bound of a model's challenge window.
    /// @param maxChallengeWindow_ Protocol upper bound of a model's challenge window.
    constructor(uint32 minChallengeWindow_, uint32 maxChallengeWindow_) {
        if (minChallengeWindow_ == 0 || minChallengeWindow_ > maxChallengeWindow_) {
            revert ChallengeWindowOutOfBounds(minChallengeWindow_, minChallengeWindow_, maxChallengeWindow_);
        }
        minChallengeWindow = minChallengeWindow_;
        maxChallengeWindow = maxChallengeWindow_;
    }

    modifier onlyModelOwner(uint256 modelId) {
        address owner = _models[modelId].owner;
        if (owner == address(0)) revert ModelNotFound(modelId);
        if (owner != msg.sender) revert NotModelOwner(modelId, msg.sender);
        _;
    }

    /// @inheritdoc IModelRegistry
    /// @dev ZK-only models finalize with proofs, so their challenge window must be zero; optimistic
    /// modes need one within [minChallengeWindow, maxChallengeWindow].
    function registerModel(
        bytes32 onnxHash,
        bytes32 programHash,
        bytes32 layoutRoot,
        string calldata uri,
        uint96 fee,
        VerificationMode mode,
        uint32 challengeWindow,
        address zkVerifier
    ) external returns (uint256 modelId) {
        if (onnxHash == bytes32(0) || programHash == bytes32(0)) revert ZeroHash();
        if (layoutRoot == bytes32(0) && mode != VerificationMode.ZK) revert ZeroHash();
        if (bytes(uri).length == 0) revert EmptyURI();
        if (mode == VerificationMode.ZK) {
            if (challengeWindow != 0) revert ChallengeWindowOutOfBounds(challengeWindow, 0, 0);
        } else if (challengeWindow < minChallengeWindow || challengeWindow > maxChallengeWindow) {
            revert ChallengeWindowOutOfBounds(challengeWindow, minChallengeWindow, maxChallengeWindow);
        }
        if (mode == VerificationMode.OPML) {
            if (zkVerifier != address(0)) revert VerifierNotAllowed();
        } else {
            if (zkVerifier == address(0)) revert VerifierRequired();
            if (zkVerifier.code.length == 0) revert VerifierHasNoCode(zkVerifier);
        }

        modelId = ++modelCount;
        Model storage m = _models[modelId];
        m.owner = msg.sender;
        m.receiver = msg.sender;
        m.zkVerifier = zkVerifier;
        m.onnxHash = onnxHash;
        m.programHash = programHash;
        m.layoutRoot = layoutRoot;
        m.uri = uri;
        m.terms = ModelTerms({
            fee: fee, challengeWindow: challengeWindow, mode: mode, deprecated: false, registered: true
        });
        emit ModelRegistered(
            modelId, msg.sender, onnxHash, programHash, layoutRoot, uri, fee, mode, challengeWindow, zkVerifier
        );
    }

    /// @notice Sets the model's fee per inference; requests already made keep the fee they paid.
    function setFee(uint256 modelId, uint96 fee) external onlyModelOwner(modelId) {
        _models[modelId].terms.fee = fee;
        emit ModelFeeUpdated(modelId, fee);
    }

    /// @notice Moves the model file to a new URI; its content must still hash to onnxHash.
    function setURI(uint256 modelId, string calldata uri) external onlyModelOwner(modelId) {
        if (bytes(uri).length == 0) revert EmptyURI();
        _models[modelId].uri = uri;
        emit ModelURIUpdated(modelId, uri);
    }

    /// @notice Sets where the model's fee share is credited (e.g. its ERC-7641 token).
    function setReceiver(uint256 modelId, address receiver) external onlyModelOwner(modelId) {
        if (receiver == address(0)) revert ZeroAddress();
        _models[modelId].receiver = receiver;
        emit ModelReceiverUpdated(modelId, receiver);
    }

    /// @notice Hands the model to a new owner; the receiver stays as it is.
    function transferModelOwnership(uint256 modelId, address newOwner) external onlyModelOwner(modelId) {
        if (newOwner == address(0)) revert ZeroAddress();
        _models[modelId].owner = newOwner;
        emit ModelOwnershipTransferred(modelId, msg.sender, newOwner);
    }

    /// @notice Stops new requests for the model, for good; open requests complete normally.
    function deprecate(uint256 modelId) external onlyModelOwner(modelId) {
        ModelTerms storage t = _models[modelId].terms;
        if (t.deprecated) revert AlreadyDeprecated(modelId);
        t.deprecated = true;
        emit ModelDeprecated(modelId);
    }

    /// @inheritdoc IModelRegistry
    function modelTerms(uint256 modelId) external view returns (ModelTerms memory terms) {
        terms = _models[modelId].terms;
        if (!terms.registered) revert ModelNotFound(modelId);
    }

    /// @inheritdoc IModelRegistry
    function receiverOf(uint256 modelId) external view returns (address receiver) {
        receiver = _models[modelId].receiver;
        if (receiver == address(0)) revert ModelNotFound(modelId);
    }

    /// @inheritdoc IModelRegistry
    function zkVerifierOf(uint256 modelId) external view returns (address) {
        Model storage m = _models[modelId];
        if (!m.terms.registered) revert ModelNotFound(modelId);
        return m.zkVerifier;
    }

    /// @inheritdoc IModelRegistry
    function getModel(uint256 modelId) external view returns (Model memory m) {
        m = _models[modelId];
        if (!m.terms.registered) revert ModelNotFound(modelId);
    }
}
