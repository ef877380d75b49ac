// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IModelRegistry} from "./interfaces/IModelRegistry.sol";

/// @title ModelRegistry
/// @notice Permissionless registry of the ONNX models Auspex serves. A model is pinned by two hashes:
/// the ONNX file's and the compiled fixed-point program's, with the input shapes the file is compiled
/// for; nodes refuse a file or program that does not match. The file's bytes are published on-chain (publishModelData) before the oracle takes requests
/// for the model, so an honest verifier can always re-execute it (docs/AVAILABILITY.md). Model owners may change the fee, URI and receiver, transfer ownership and deprecate; the
/// hashes, input shapes, mode, challenge window and verifier never change (a new version is a new model).
/// Once a model is tokenized (an Initial Model Offering, docs/IMO.md) its holders bought a share of
/// its fees, so the owner can no longer revoke it: the receiver is its token for good, a fee change
/// moves the fee at most ×2 up or ÷2 down and takes effect FEE_CHANGE_DELAY after it is announced,
/// and a deprecation takes effect DEPRECATION_DELAY after it is announced.
contract ModelRegistry is IModelRegistry {
    /// @notice Seconds between announcing a tokenized model's fee change and its effect: a week for
    /// holders to see it (pendingChanges, ModelFeeChangeAnnounced) and sell, claim or burn first.
    uint256 public constant FEE_CHANGE_DELAY = 7 days;
    /// @notice Seconds between announcing a tokenized model's deprecation and its effect: it ends the
    /// holders' revenue, so it gets the longer notice.
    uint256 public constant DEPRECATION_DELAY = 30 days;
    /// @notice The most one fee change of a tokenized model may multiply or divide its fee by.
    uint256 public constant MAX_FEE_FACTOR = 2;
    /// @notice Bytes per published chunk of a model file (only the last may be shorter). 64 KiB keeps
    /// a publishing transaction (chunk + ABI framing) at about half of geth's 128 KiB transaction-size
    /// limit, so it relays through ordinary mempools; larger chunks would save little gas (calldata
    /// and log bytes dominate).
    uint256 public constant DATA_CHUNK_SIZE = 65_536;

    /// @notice Shortest allowed challenge window for optimistic modes, in seconds.
    uint32 public immutable minChallengeWindow;
    /// @notice Longest allowed challenge window for optimistic modes, in seconds.
    uint32 public immutable maxChallengeWindow;
    /// @notice The account that may set the tokenizer, once (the registry's deployer).
    address public immutable deployer;
    /// @notice The one contract that may tokenize models (the IMOFactory); zero until set.
    address public tokenizer;
    /// @notice Number of models registered; ids run from 1 to modelCount.
    uint32 public modelCount;

    /// @dev ModelTerms plus a tokenized model's lock, in one slot: `modelTerms`, the oracle's read on
    /// every request, stays one storage read whatever the model's state.
    struct StoredTerms {
        uint96 fee;
        uint32 challengeWindow;
        VerificationMode mode;
        bool deprecated;
        bool registered;
        bool tokenized;
        uint40 feeEffectiveAt; // zero: no fee change announced
        uint40 deprecationEffectiveAt; // zero: no deprecation announced
        bool available; // every chunk of the file is published
    }

    /// @dev A model's publication: the hash the next chunk must have (zero until the first chunk
    /// arrives: onnxHash is read from the record instead, which spares registration a write; zero
    /// again once complete), how many chunks are in, and the blocks of the first and latest (the
    /// block range verifiers query, so an RPC's log-range limit is no obstacle).
    struct DataProgress {
        bytes32 next;
        uint32 published;
        uint64 firstBlock;
        uint64 lastBlock;
    }

    /// @dev Model, with StoredTerms in place of ModelTerms; inputShapes last, so the slots before it
    /// keep their places, and written only when not empty.
    struct Record {
        address owner;
        address receiver;
        address zkVerifier;
        bytes32 onnxHash;
        bytes32 programHash;
        bytes32 layoutRoot;
        string uri;
        StoredTerms terms;
        bytes inputShapes;
        bytes32 zkKeysHash;
        string zkKeysUri;
    }

    mapping(uint256 modelId => Record) private _models;
    /// @dev The announced fee of a tokenized model; read only once its effective time is set.
    mapping(uint256 modelId => uint96) private _pendingFee;
    mapping(uint256 modelId => DataProgress) private _data;

    /// @param minChallengeWindow_ Protocol lower bound of a model's challenge window.
    /// @param maxChallengeWindow_ Protocol upper bound of a model's challenge window.
    constructor(uint32 minChallengeWindow_, uint32 maxChallengeWindow_) {
        if (minChallengeWindow_ == 0 || minChallengeWindow_ > maxChallengeWindow_) {
            revert ChallengeWindowOutOfBounds(minChallengeWindow_, minChallengeWindow_, maxChallengeWindow_);
        }
        minChallengeWindow = minChallengeWindow_;
        maxChallengeWindow = maxChallengeWindow_;
        deployer = msg.sender;
    }

    modifier onlyModelOwner(uint256 modelId) {
        address owner = _models[modelId].owner;
        if (owner == address(0)) revert ModelNotFound(modelId);
        if (owner != msg.sender) revert NotModelOwner(modelId, msg.sender);
        _;
    }

    /// @notice Names the IMO factory, the one contract that may tokenize models. The deployer only,
    /// once: the factory is deployed after the registry (it needs its address), and a registry whose
    /// tokenizer could be replaced would let that replacement re-route tokenized models.
    /// @param tokenizer_ The IMOFactory.
    function setTokenizer(address tokenizer_) external {
        if (msg.sender != deployer) revert NotDeployer(msg.sender);
        if (tokenizer != address(0)) revert TokenizerAlreadySet(tokenizer);
        if (tokenizer_.code.length == 0) revert TokenizerHasNoCode(tokenizer_);
        tokenizer = tokenizer_;
        emit TokenizerSet(tokenizer_);
    }

    /// @inheritdoc IModelRegistry
    /// @dev ZK-only models finalize with proofs, so their challenge window must be zero; optimistic
    /// modes need one within [minChallengeWindow, maxChallengeWindow]. The input shapes are opaque
    /// here (nodes decode them); an empty encoding costs no storage write. A ZK mode needs its
    /// proving keys published (hash and URI) along with its verifier: a model only its creator's
    /// node could prove would not be an oracle's.
    function registerModel(
        bytes32 onnxHash,
        bytes32 programHash,
        bytes32 layoutRoot,
        bytes calldata inputShapes,
        string calldata uri,
        uint96 fee,
        VerificationMode mode,
        uint32 challengeWindow,
        address zkVerifier,
        bytes32 zkKeysHash,
        string calldata zkKeysUri
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
            if (zkKeysHash != bytes32(0) || bytes(zkKeysUri).length != 0) revert ZkKeysNotAllowed();
        } else {
            if (zkVerifier == address(0)) revert VerifierRequired();
            if (zkVerifier.code.length == 0) revert VerifierHasNoCode(zkVerifier);
            if (zkKeysHash == bytes32(0) || bytes(zkKeysUri).length == 0) revert ZkKeysRequired();
        }

        modelId = ++modelCount;
        Record storage m = _models[modelId];
        m.owner = msg.sender;
        m.receiver = msg.sender;
        m.zkVerifier = zkVerifier;
        m.onnxHash = onnxHash;
        m.programHash = programHash;
        m.layoutRoot = layoutRoot;
        m.uri = uri;
        if (inputShapes.length != 0) m.inputShapes = inputShapes;
        if (zkKeysHash != bytes32(0)) {
            m.zkKeysHash = zkKeysHash;
            m.zkKeysUri = zkKeysUri;
        }
        m.terms = StoredTerms({
            fee: fee,
            challengeWindow: challengeWindow,
            mode: mode,
            deprecated: false,
            registered: true,
            tokenized: false,
            feeEffectiveAt: 0,
            deprecationEffectiveAt: 0,
            available: false
        });
        emit ModelRegistered(
            modelId,
            msg.sender,
            onnxHash,
            programHash,
            layoutRoot,
            inputShapes,
            uri,
            fee,
            mode,
            challengeWindow,
            zkVerifier,
            zkKeysHash,
            zkKeysUri
        );
    }

    /// @inheritdoc IModelRegistry
    /// @dev The hash chain runs backwards (h_i = keccak256(chunk_i ‖ h_(i+1))) so that each chunk is
    /// checked as it arrives against one stored hash, in a transaction of its own: a plain keccak256 of
    /// a multi-megabyte file could be checked only with the whole file in one call, which no block
    /// holds. The chunk is logged, not stored: logs cost 8 gas a byte against storage's 20,000 a word,
    /// and verifiers read them from the chain's history.
    function publishModelData(uint256 modelId, bytes calldata chunk, bytes32 rest) external {
        Record storage m = _models[modelId];
        StoredTerms storage t = m.terms;
        if (!t.registered) revert ModelNotFound(modelId);
        if (t.available) revert DataAlreadyAvailable(modelId);
        DataProgress storage p = _data[modelId];
        uint32 index = p.published;
        uint256 length = chunk.length;
        if (length == 0 || length > DATA_CHUNK_SIZE || (rest != bytes32(0) && length != DATA_CHUNK_SIZE)) {
            revert DataChunkLength(modelId, index, length);
        }
        bytes32 expected = index == 0 ? m.onnxHash : p.next;
        bytes32 actual = keccak256(bytes.concat(chunk, rest));
        if (actual != expected) revert DataChunkMismatch(modelId, index, expected, actual);
        p.next = rest;
        p.published = index + 1;
        if (index == 0) p.firstBlock = uint64(block.number);
        p.lastBlock = uint64(block.number);
        emit ModelDataPublished(modelId, index, chunk);
        if (rest == bytes32(0)) {
            t.available = true;
            emit ModelDataAvailable(modelId);
        }
    }

    /// @notice Sets the model's fee per inference; requests already made keep the fee they paid. For
    /// a tokenized model this announces the change: the fee must lie within ÷2..×2 of the fee in
    /// force, takes effect FEE_CHANGE_DELAY later and replaces any change announced before.
    function setFee(uint256 modelId, uint96 fee) external onlyModelOwner(modelId) {
        StoredTerms storage t = _models[modelId].terms;
        if (!t.tokenized) {
            t.fee = fee;
            emit ModelFeeUpdated(modelId, fee);
            return;
        }
        _applyDue(modelId, t);
        (uint96 lo, uint96 hi) = _feeBounds(t.fee);
        if (fee < lo || fee > hi) revert FeeChangeOutOfBounds(fee, lo, hi);
        uint40 effectiveAt = uint40(block.timestamp + FEE_CHANGE_DELAY);
        _pendingFee[modelId] = fee;
        t.feeEffectiveAt = effectiveAt;
        emit ModelFeeChangeAnnounced(modelId, fee, effectiveAt);
    }

    /// @notice Withdraws a tokenized model's announced fee change before it takes effect.
    function cancelFeeChange(uint256 modelId) external onlyModelOwner(modelId) {
        StoredTerms storage t = _models[modelId].terms;
        _applyDue(modelId, t);
        if (t.feeEffectiveAt == 0) revert NoFeeChangePending(modelId);
        t.feeEffectiveAt = 0;
        delete _pendingFee[modelId];
        emit ModelFeeChangeCancelled(modelId);
    }

    /// @notice Moves the model file to a new URI; its content must still hash to onnxHash.
    function setURI(uint256 modelId, string calldata uri) external onlyModelOwner(modelId) {
        if (bytes(uri).length == 0) revert EmptyURI();
        _models[modelId].uri = uri;
        emit ModelURIUpdated(modelId, uri);
    }

    /// @notice Moves a ZK-mode model's proving-key bundle to a new URI; its content must still hash
    /// to zkKeysHash, which never changes.
    function setZkKeysURI(uint256 modelId, string calldata uri) external onlyModelOwner(modelId) {
        if (bytes(uri).length == 0) revert EmptyURI();
        Record storage m = _models[modelId];
        if (m.zkKeysHash == bytes32(0)) revert ZkKeysNotAllowed();
        m.zkKeysUri = uri;
        emit ZkKeysURIUpdated(modelId, uri);
    }

    /// @notice Sets where the model's fee share is credited; refused once the model is tokenized
    /// (its token is then the receiver for good).
    function setReceiver(uint256 modelId, address receiver) external onlyModelOwner(modelId) {
        if (receiver == address(0)) revert ZeroAddress();
        Record storage m = _models[modelId];
        if (m.terms.tokenized) revert ReceiverLocked(modelId);
        m.receiver = receiver;
        emit ModelReceiverUpdated(modelId, receiver);
    }

    /// @notice Hands the model to a new owner; the receiver stays as it is.
    function transferModelOwnership(uint256 modelId, address newOwner) external onlyModelOwner(modelId) {
        if (newOwner == address(0)) revert ZeroAddress();
        _models[modelId].owner = newOwner;
        emit ModelOwnershipTransferred(modelId, msg.sender, newOwner);
    }

    /// @notice Stops new requests for the model, for good; open requests complete normally. For a
    /// tokenized model this announces the deprecation, which takes effect DEPRECATION_DELAY later.
    function deprecate(uint256 modelId) external onlyModelOwner(modelId) {
        StoredTerms storage t = _models[modelId].terms;
        _applyDue(modelId, t);
        if (t.deprecated) revert AlreadyDeprecated(modelId);
        if (!t.tokenized) {
            t.deprecated = true;
            emit ModelDeprecated(modelId);
            return;
        }
        if (t.deprecationEffectiveAt != 0) revert DeprecationPending(modelId, t.deprecationEffectiveAt);
        uint40 effectiveAt = uint40(block.timestamp + DEPRECATION_DELAY);
        t.deprecationEffectiveAt = effectiveAt;
        emit ModelDeprecationAnnounced(modelId, effectiveAt);
    }

    /// @notice Withdraws a tokenized model's announced deprecation before it takes effect.
    function cancelDeprecation(uint256 modelId) external onlyModelOwner(modelId) {
        StoredTerms storage t = _models[modelId].terms;
        _applyDue(modelId, t);
        if (t.deprecated) revert AlreadyDeprecated(modelId);
        if (t.deprecationEffectiveAt == 0) revert NoDeprecationPending(modelId);
        t.deprecationEffectiveAt = 0;
        emit ModelDeprecationCancelled(modelId);
    }

    /// @inheritdoc IModelRegistry
    /// @dev A model with no fee share to sell (fee zero) is refused: the fee bounds are relative, so
    /// its fee could never rise. A deprecated model takes no requests, so it earns nothing either.
    function tokenize(uint256 modelId, address token) external {
        if (msg.sender != tokenizer) revert NotTokenizer(msg.sender);
        if (token == address(0)) revert ZeroAddress();
        Record storage m = _models[modelId];
        StoredTerms storage t = m.terms;
        if (!t.registered) revert ModelNotFound(modelId);
        if (t.tokenized) revert AlreadyTokenized(modelId);
        if (t.deprecated) revert AlreadyDeprecated(modelId);
        if (t.fee == 0) revert ZeroFee(modelId);
        t.tokenized = true;
        m.receiver = token;
        emit ModelReceiverUpdated(modelId, token);
        emit ModelTokenized(modelId, token);
    }

    /// @inheritdoc IModelRegistry
    /// @dev The oracle's read on every request: one storage slot unless the model is tokenized; the
    /// same as _termsInForce, written out because the shared helper is not inlined (~170 gas).
    function modelTerms(uint256 modelId) external view returns (ModelTerms memory terms) {
        StoredTerms storage t = _models[modelId].terms;
        terms.fee = t.fee;
        terms.challengeWindow = t.challengeWindow;
        terms.mode = t.mode;
        terms.deprecated = t.deprecated;
        terms.registered = t.registered;
        terms.available = t.available;
        if (!terms.registered) revert ModelNotFound(modelId);
        if (t.tokenized) {
            if (_due(t.feeEffectiveAt)) terms.fee = _pendingFee[modelId];
            if (_due(t.deprecationEffectiveAt)) terms.deprecated = true;
        }
    }

    /// @inheritdoc IModelRegistry
    function receiverOf(uint256 modelId) external view returns (address receiver) {
        receiver = _models[modelId].receiver;
        if (receiver == address(0)) revert ModelNotFound(modelId);
    }

    /// @inheritdoc IModelRegistry
    function zkVerifierOf(uint256 modelId) external view returns (address) {
        Record storage m = _models[modelId];
        if (!m.terms.registered) revert ModelNotFound(modelId);
        return m.zkVerifier;
    }

    /// @inheritdoc IModelRegistry
    function getModel(uint256 modelId) external view returns (Model memory m) {
        m.terms = _termsInForce(modelId);
        Record storage r = _models[modelId];
        m.owner = r.owner;
        m.receiver = r.receiver;
        m.zkVerifier = r.zkVerifier;
        m.onnxHash = r.onnxHash;
        m.programHash = r.programHash;
        m.layoutRoot = r.layoutRoot;
        m.inputShapes = r.inputShapes;
        m.uri = r.uri;
        m.zkKeysHash = r.zkKeysHash;
        m.zkKeysUri = r.zkKeysUri;
    }

    /// @inheritdoc IModelRegistry
    function isTokenized(uint256 modelId) external view returns (bool) {
        StoredTerms memory t = _models[modelId].terms;
        if (!t.registered) revert ModelNotFound(modelId);
        return t.tokenized;
    }

    /// @inheritdoc IModelRegistry
    function pendingChanges(uint256 modelId)
        external
        view
        returns (uint96 fee, uint40 feeEffectiveAt, uint40 deprecationEffectiveAt)
    {
        StoredTerms memory t = _models[modelId].terms;
        if (!t.registered) revert ModelNotFound(modelId);
        feeEffectiveAt = t.feeEffectiveAt;
        if (feeEffectiveAt != 0) fee = _pendingFee[modelId];
        deprecationEffectiveAt = t.deprecated ? 0 : t.deprecationEffectiveAt;
    }

    /// @inheritdoc IModelRegistry
    function dataProgress(uint256 modelId) external view returns (bytes32 next, uint32 published, bool available) {
        Record storage m = _models[modelId];
        if (!m.terms.registered) revert ModelNotFound(modelId);
        DataProgress storage p = _data[modelId];
        published = p.published;
        available = m.terms.available;
        if (!available) next = published == 0 ? m.onnxHash : p.next;
    }

    /// @inheritdoc IModelRegistry
    function dataBlocks(uint256 modelId) external view returns (uint64 first, uint64 last) {
        if (!_models[modelId].terms.registered) revert ModelNotFound(modelId);
        DataProgress storage p = _data[modelId];
        return (p.firstBlock, p.lastBlock);
    }

    /// @dev The terms in force now: announced changes whose time has come apply without a write.
    /// Reverts for an unknown model.
    function _termsInForce(uint256 modelId) private view returns (ModelTerms memory terms) {
        StoredTerms memory t = _models[modelId].terms;
        if (!t.registered) revert ModelNotFound(modelId);
        terms = ModelTerms({
            fee: t.fee,
            challengeWindow: t.challengeWindow,
            mode: t.mode,
            deprecated: t.deprecated,
            registered: true,
            available: t.available
        });
        if (_due(t.feeEffectiveAt)) terms.fee = _pendingFee[modelId];
        if (_due(t.deprecationEffectiveAt)) terms.deprecated = true;
    }

    /// @dev Whether an announced change (effective at `effectiveAt`, zero: none) is in force.
    function _due(uint40 effectiveAt) private view returns (bool) {
        return effectiveAt != 0 && block.timestamp >= effectiveAt;
    }

    /// @dev Writes announced changes whose time has come into storage, so the next change is bounded
    /// by (and announced against) the terms actually in force.
    function _applyDue(uint256 modelId, StoredTerms storage t) private {
        if (_due(t.feeEffectiveAt)) {
            t.fee = _pendingFee[modelId];
            t.feeEffectiveAt = 0;
            delete _pendingFee[modelId];
        }
        if (_due(t.deprecationEffectiveAt)) {
            t.deprecated = true;
            t.deprecationEffectiveAt = 0;
        }
    }

    /// @dev A tokenized model's next fee lies in [ceil(fee / 2), 2 × fee] (never zero: tokenize
    /// requires a fee), capped at the largest uint96.
    function _feeBounds(uint96 fee) private pure returns (uint96 lo, uint96 hi) {
        lo = fee - fee / uint96(MAX_FEE_FACTOR);
        uint256 up = uint256(fee) * MAX_FEE_FACTOR;
        hi = up > type(uint96).max ? type(uint96).max : uint96(up);
    }
}
