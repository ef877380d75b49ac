// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IModelRegistry
/// @notice The registry of ONNX models that Auspex serves: their content and program hashes, the input
/// shapes the program is compiled for, fee, verification mode and fee receiver. The oracle reads model terms from here on every request.
interface IModelRegistry {
    /// @notice How results of a model become final.
    /// OPML: optimistic, after a challenge window. ZK: at once with a validity proof.
    /// OPML_AND_ZK: either path.
    enum VerificationMode {
        OPML,
        ZK,
        OPML_AND_ZK
    }

    /// @notice The terms the oracle needs on its hot path, packed into one storage slot. `available`:
    /// the model file's bytes are published on-chain (publishModelData), so any verifier can re-execute
    /// it; the oracle takes requests for a model that can be settled optimistically only once it is.
    struct ModelTerms {
        uint96 fee;
        uint32 challengeWindow;
        VerificationMode mode;
        bool deprecated;
        bool registered;
        bool available;
    }

    /// @notice Everything the registry stores about a model. `inputShapes`: the input-shape binding
    /// the program is compiled with, in its canonical encoding (docs/ENCODING.md "Input shapes"); empty
    /// when the model's inputs need none. `zkKeysHash` / `zkKeysUri`: a ZK-mode model's proving-key
    /// bundle and where to fetch it (zero and empty for OPML).
    struct Model {
        address owner;
        address receiver;
        address zkVerifier;
        bytes32 onnxHash;
        bytes32 programHash;
        bytes32 layoutRoot;
        bytes inputShapes;
        string uri;
        ModelTerms terms;
        bytes32 zkKeysHash;
        string zkKeysUri;
    }

    event ModelRegistered(
        uint256 indexed modelId,
        address indexed owner,
        bytes32 onnxHash,
        bytes32 programHash,
        bytes32 layoutRoot,
        bytes inputShapes,
        string uri,
        uint96 fee,
        VerificationMode mode,
        uint32 challengeWindow,
        address zkVerifier,
        bytes32 zkKeysHash,
        string zkKeysUri
    );
    event ModelFeeUpdated(uint256 indexed modelId, uint96 fee);
    event ModelURIUpdated(uint256 indexed modelId, string uri);
    event ZkKeysURIUpdated(uint256 indexed modelId, string uri);
    event ModelReceiverUpdated(uint256 indexed modelId, address receiver);
    event ModelOwnershipTransferred(uint256 indexed modelId, address indexed previousOwner, address indexed newOwner);
    event ModelDeprecated(uint256 indexed modelId);
    event TokenizerSet(address indexed tokenizer);
    event ModelTokenized(uint256 indexed modelId, address indexed token);
    event ModelFeeChangeAnnounced(uint256 indexed modelId, uint96 fee, uint40 effectiveAt);
    event ModelFeeChangeCancelled(uint256 indexed modelId);
    event ModelDeprecationAnnounced(uint256 indexed modelId, uint40 effectiveAt);
    event ModelDeprecationCancelled(uint256 indexed modelId);
    /// @notice Chunk `index` of model `modelId`'s file, checked against its onnxHash: verifiers
    /// reassemble the file from these logs when its URI fails (docs/AVAILABILITY.md).
    event ModelDataPublished(uint256 indexed modelId, uint256 indexed index, bytes chunk);
    /// @notice Every chunk of model `modelId`'s file is published: the oracle now takes its requests.
    event ModelDataAvailable(uint256 indexed modelId);

    error ModelNotFound(uint256 modelId);
    error NotModelOwner(uint256 modelId, address caller);
    error ZeroHash();
    error EmptyURI();
    error ZeroAddress();
    error ChallengeWindowOutOfBounds(uint32 window, uint32 min, uint32 max);
    error VerifierRequired();
    error VerifierNotAllowed();
    error VerifierHasNoCode(address verifier);
    error ZkKeysRequired();
    error ZkKeysNotAllowed();
    error AlreadyDeprecated(uint256 modelId);
    error NotDeployer(address caller);
    error TokenizerAlreadySet(address tokenizer);
    error TokenizerHasNoCode(address tokenizer);
    error NotTokenizer(address caller);
    error AlreadyTokenized(uint256 modelId);
    error NotTokenized(uint256 modelId);
    error ZeroFee(uint256 modelId);
    error ReceiverLocked(uint256 modelId);
    error FeeChangeOutOfBounds(uint96 fee, uint96 min, uint96 max);
    error NoFeeChangePending(uint256 modelId);
    error DeprecationPending(uint256 modelId, uint40 effectiveAt);
    error NoDeprecationPending(uint256 modelId);
    error DataAlreadyAvailable(uint256 modelId);
    error DataChunkLength(uint256 modelId, uint256 index, uint256 length);
    error DataChunkMismatch(uint256 modelId, uint256 index, bytes32 expected, bytes32 actual);

    /// @notice Registers a model; the caller becomes its owner and its fee receiver.
    /// @param onnxHash The ONNX file's data commitment: the head of a keccak256 hash chain over its
    /// 64 KiB chunks (h_n = 0, h_i = keccak256(chunk_i ‖ h_(i+1)), onnxHash = h_0; docs/AVAILABILITY.md),
    /// which publishModelData checks chunk by chunk.
    /// @param programHash keccak256 of the canonical encoding of the compiled fixed-point program.
    /// @param layoutRoot The program's layout commitment (step descriptions and constant commitments,
    /// docs/DISPUTE.md) that disputes check one step against; required unless the mode is ZK.
    /// @param inputShapes The shapes of the model's inputs that the file leaves open (symbolic or
    /// unknown dimensions), in their canonical encoding (docs/ENCODING.md "Input shapes"): every node
    /// compiles the file with exactly these to get programHash. Empty when the inputs need none (it is
    /// then not stored). Kept as given: a node refuses a model whose bytes are not canonical or do not
    /// compile to programHash, as it refuses a wrong programHash.
    /// @param uri Where the ONNX file can be fetched (file://, https://, ipfs://); nodes check onnxHash.
    /// @param fee The model's fee per inference, in wei, paid to its receiver.
    /// @param mode The verification mode.
    /// @param challengeWindow Seconds a proposal stays challengeable (within the protocol bounds).
    /// @param zkVerifier The model's validity-proof verifier; required for ZK modes, zero for OPML.
    /// @param zkKeysHash sha256 of the model's proving-key bundle (the circuit and the Groth16 keys
    /// behind zkVerifier, as `auspex zk setup` packs them; docs/ZK.md): required for ZK modes, so that
    /// any operator can serve the model, and zero for OPML. It never changes.
    /// @param zkKeysUri Where the bundle can be fetched (file://, https://, ipfs://); nodes check
    /// zkKeysHash. Required with zkKeysHash, empty for OPML; the owner may move it (setZkKeysURI).
    /// @return modelId The new model's id, starting at 1.
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
    ) external returns (uint256 modelId);

    /// @notice Publishes the next chunk of model `modelId`'s file in a ModelDataPublished event, so the
    /// file stays retrievable from the chain when its URI fails. Anyone may publish, in order from
    /// chunk 0, until the model is available: keccak256(chunk ‖ rest) must be the hash the model
    /// expects next (onnxHash first, then the previous chunk's `rest`); a chunk followed by others
    /// (rest non-zero) is exactly DATA_CHUNK_SIZE bytes, the last (rest zero) 1..DATA_CHUNK_SIZE,
    /// and publishing it makes the model available.
    /// @param modelId The model.
    /// @param chunk The chunk's bytes.
    /// @param rest The commitment to the chunks after it (zero for the last chunk).
    function publishModelData(uint256 modelId, bytes calldata chunk, bytes32 rest) external;

    /// @notice How far model `modelId`'s publication has come: the hash the next chunk must have
    /// (zero once available), the number of chunks published, and whether it is complete. Reverts
    /// if the model does not exist.
    function dataProgress(uint256 modelId) external view returns (bytes32 next, uint32 published, bool available);

    /// @notice The blocks of model `modelId`'s first and latest published chunk (zero: none yet), the
    /// range a verifier queries for ModelDataPublished logs. Reverts if the model does not exist.
    function dataBlocks(uint256 modelId) external view returns (uint64 first, uint64 last);

    /// @notice The hot-path terms of a model; reverts if the model does not exist.
    function modelTerms(uint256 modelId) external view returns (ModelTerms memory);

    /// @notice Where the model's share of each fee goes; reverts if the model does not exist.
    function receiverOf(uint256 modelId) external view returns (address);

    /// @notice The whole model record; reverts if the model does not exist.
    function getModel(uint256 modelId) external view returns (Model memory);

    /// @notice The verifier of a ZK or OPML_AND_ZK model (an IZkVerifier); zero for OPML models.
    function zkVerifierOf(uint256 modelId) external view returns (address);

    /// @notice Locks model `modelId`'s revenue route to `token` for good (its ERC-7641 token): from
    /// then on the receiver cannot change, and fee changes and deprecation are bounded and announced
    /// ahead. Only the tokenizer (the IMO factory), once per model; the model must charge a fee and
    /// not be deprecated.
    function tokenize(uint256 modelId, address token) external;

    /// @notice Whether the model's revenue route is locked to its token.
    function isTokenized(uint256 modelId) external view returns (bool);

    /// @notice A tokenized model's announced changes: the fee that takes effect at `feeEffectiveAt`
    /// and the time its deprecation takes effect (zero: none announced). Once past, they are in force
    /// (`modelTerms` shows them) without another transaction.
    function pendingChanges(uint256 modelId)
        external
        view
        returns (uint96 fee, uint40 feeEffectiveAt, uint40 deprecationEffectiveAt);
}
