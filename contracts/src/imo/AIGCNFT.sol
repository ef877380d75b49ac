// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

import {IAIOracle} from "../interfaces/IAIOracle.sol";
import {IERC7007} from "../interfaces/IERC7007.sol";

/// @notice The oracle views this contract reads.
interface IAIOracleViews is IAIOracle {
    /// @notice A request as stored.
    function getRequest(uint256 requestId) external view returns (Request memory);
    /// @notice The request's (last) proposal; kept after finalization.
    function getProposal(uint256 requestId) external view returns (Proposal memory);
    /// @notice The id a request with this nonce and input hash has.
    function computeRequestId(uint256 nonce, bytes32 inputHash) external view returns (uint256);
    /// @notice The exact fee of one request.
    function estimateFee(uint256 modelId, uint32 callbackGasLimit) external view returns (uint256);
    /// @notice Requests one inference.
    function requestInference(
        uint256 modelId,
        bytes calldata input,
        address callback,
        uint32 callbackGasLimit,
        bytes calldata callbackData
    ) external payable returns (uint256 requestId);
}

/// @title AIGCNFT
/// @notice An ERC-7007 collection of one model's outputs (docs/IMO.md). Minting a prompt requests an
/// inference from the oracle; once the result is final anyone binds it to the token with
/// `addAigcData` (the oracle keeps the final output, so no callback gas is bought).
/// `verify(prompt, aigcData, proof)` holds only for a finalized oracle result — through the opML
/// challenge window or a zk proof, whichever the model's mode — of this model on exactly `prompt`,
/// whose output is exactly `aigcData`; `proof` is abi.encode(requestId, nonce). One token per prompt
/// (id = keccak256(prompt)); prompts are committed before they are revealed, so a mint seen in the
/// mempool cannot be copied by a front-runner (it would need a commitment made a block earlier).
contract AIGCNFT is ERC721, IERC7007 {
    IAIOracleViews public immutable oracle;
    uint256 public immutable modelId;
    /// @notice Blocks after which a commitment can no longer be revealed.
    uint256 public constant COMMIT_TTL = 256;

    mapping(bytes32 commitment => uint256 blockNumber) public commitments;
    mapping(uint256 tokenId => uint256) public requestOf;
    mapping(uint256 tokenId => bytes) public aigcDataOf;

    error NoCommitment();
    error CommitmentTooRecent();
    error WrongFee(uint256 required, uint256 provided);
    error NotVerified();
    error WrongToken(uint256 tokenId);

    constructor(string memory name_, string memory symbol_, IAIOracleViews oracle_, uint256 modelId_)
        ERC721(name_, symbol_)
    {
        oracle = oracle_;
        modelId = modelId_;
    }

    /// @notice The token a prompt mints.
    function tokenIdOf(bytes calldata prompt) public pure returns (uint256) {
        return uint256(keccak256(prompt));
    }

    /// @notice What to commit before minting `prompt`: binds it to the minter and a secret salt.
    function commitmentOf(address minter, bytes calldata prompt, bytes32 salt) public pure returns (bytes32) {
        return keccak256(abi.encode(minter, keccak256(prompt), salt));
    }

    /// @notice Step 1: commit to a prompt (commitmentOf(you, prompt, salt)).
    function commit(bytes32 commitment) external {
        commitments[commitment] = block.number;
    }

    /// @notice The fee `mint` takes: the oracle's fee for one inference (no callback).
    function mintFee() external view returns (uint256) {
        return oracle.estimateFee(modelId, 0);
    }

    /// @notice Step 2 (a later block): reveal the prompt, mint its token to the caller and request
    /// its inference, paying exactly `mintFee()`.
    function mint(bytes calldata prompt, bytes32 salt) external payable returns (uint256 tokenId, uint256 requestId) {
        bytes32 c = commitmentOf(msg.sender, prompt, salt);
        uint256 committedAt = commitments[c];
        if (committedAt == 0 || block.number > committedAt + COMMIT_TTL) revert NoCommitment();
        if (block.number <= committedAt) revert CommitmentTooRecent();
        delete commitments[c];
        uint256 fee = oracle.estimateFee(modelId, 0);
        if (msg.value != fee) revert WrongFee(fee, msg.value);
        tokenId = tokenIdOf(prompt);
        _safeMint(msg.sender, tokenId);
        requestId = oracle.requestInference{value: msg.value}(modelId, prompt, address(0), 0, "");
        requestOf[tokenId] = requestId;
    }

    /// @inheritdoc IERC7007
    function addAigcData(uint256 tokenId, bytes calldata prompt, bytes calldata aigcData, bytes calldata proof)
        external
    {
        if (tokenId != tokenIdOf(prompt)) revert WrongToken(tokenId);
        _requireOwned(tokenId);
        if (!this.verify(prompt, aigcData, proof)) revert NotVerified();
        aigcDataOf[tokenId] = aigcData;
        emit AigcData(tokenId, prompt, aigcData, proof);
    }

    /// @inheritdoc IERC7007
    function verify(bytes calldata prompt, bytes calldata aigcData, bytes calldata proof)
        external
        view
        returns (bool success)
    {
        if (proof.length != 64) return false;
        (uint256 requestId, uint256 nonce) = abi.decode(proof, (uint256, uint256));
        if (oracle.computeRequestId(nonce, keccak256(prompt)) != requestId) return false;
        IAIOracle.Request memory r = oracle.getRequest(requestId);
        if (r.status != IAIOracle.RequestStatus.Finalized || r.modelId != modelId || r.batchSize > 1) return false;
        IAIOracle.Proposal memory p = oracle.getProposal(requestId);
        return !p.isError && keccak256(p.output) == keccak256(aigcData);
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, IERC165) returns (bool) {
        return interfaceId == type(IERC7007).interfaceId || super.supportsInterface(interfaceId);
    }
}
