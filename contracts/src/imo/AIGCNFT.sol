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
    /// @notice The fee of one request in this block.
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
/// inference from the oracle; once the result is final anyone binds it to the token, once, with
/// `addAigcData` (the oracle keeps the final output, so no callback gas is bought).
/// `verify(prompt, aigcData, proof)` holds only for the finalized result of the request the prompt's
/// mint made — through the opML challenge window or a zk proof, whichever the model's mode — whose
/// output is exactly `aigcData`; `proof` is abi.encode(requestId, nonce). One token per prompt
/// (id = keccak256(prompt)); prompts are committed before they are revealed, so a mint seen in the
/// mempool cannot be copied by a front-runner (it would need a commitment made a block earlier), and
/// commitments are kept per committer, so no one can overwrite another's. A mint whose request ends
/// without a result (refunded, or finalized with an error) is undone by `refundMint`: the token is
/// burned and the minter gets back what the oracle returned.
contract AIGCNFT is ERC721, IERC7007 {
    IAIOracleViews public immutable oracle;
    uint256 public immutable modelId;
    /// @notice Blocks after which a commitment can no longer be revealed.
    uint256 public constant COMMIT_TTL = 256;

    /// @notice What a mint gets back, kept until its content is bound or it is refunded: the oracle
    /// returns `paid` (the fee less the keeper pay of whoever refunds; a minter that calls the
    /// oracle's refund itself earns that too) on a refund and `modelFee` on an error, to this
    /// contract (the requester).
    struct Payment {
        address minter;
        uint96 paid;
        uint96 modelFee;
    }

    /// @notice The block each committer committed each commitment in. Keyed by committer: a
    /// commitment is the committer's alone, so no one else can restart or delay its reveal.
    mapping(address committer => mapping(bytes32 commitment => uint256 blockNumber)) public commitments;
    /// @notice The oracle request the token's mint made; `verify` accepts its result only.
    mapping(uint256 tokenId => uint256) public requestOf;
    mapping(uint256 tokenId => bytes) public aigcDataOf;
    /// @notice The payment of a mint whose content is not bound yet.
    mapping(uint256 tokenId => Payment) public payments;

    event MintRefunded(uint256 indexed tokenId, uint256 indexed requestId, address indexed minter, uint256 amount);

    error NoCommitment();
    error CommitmentTooRecent();
    error CommitmentLive(bytes32 commitment, uint256 blockNumber);
    error WrongFee(uint256 required, uint256 provided);
    error SurplusNotReturned(uint256 amount);
    error NotVerified();
    error WrongToken(uint256 tokenId);
    error AigcDataAlreadyAdded(uint256 tokenId);
    error NothingToRefund(uint256 tokenId);

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

    /// @notice Step 1: commit to a prompt (commitmentOf(you, prompt, salt)). A live commitment (not
    /// yet revealed, within COMMIT_TTL blocks) cannot be made again, not even by its committer.
    function commit(bytes32 commitment) external {
        uint256 committedAt = commitments[msg.sender][commitment];
        if (committedAt != 0 && block.number <= committedAt + COMMIT_TTL) {
            revert CommitmentLive(commitment, committedAt);
        }
        commitments[msg.sender][commitment] = block.number;
    }

    /// @notice The fee `mint` takes in this block: the oracle's fee for one inference. It follows the
    /// base fee (the keeper pay prices the gas of ending the request): send a margin, mint returns
    /// the surplus.
    function mintFee() external view returns (uint256) {
        return oracle.estimateFee(modelId, 0);
    }

    /// @notice Step 2 (a later block): reveal the prompt, mint its token to the caller and request
    /// its inference, paying `mintFee()` out of msg.value and sending the surplus back.
    function mint(bytes calldata prompt, bytes32 salt) external payable returns (uint256 tokenId, uint256 requestId) {
        bytes32 c = commitmentOf(msg.sender, prompt, salt);
        uint256 committedAt = commitments[msg.sender][c];
        if (committedAt == 0 || block.number > committedAt + COMMIT_TTL) revert NoCommitment();
        if (block.number <= committedAt) revert CommitmentTooRecent();
        delete commitments[msg.sender][c];
        uint256 fee = oracle.estimateFee(modelId, 0);
        if (msg.value < fee) revert WrongFee(fee, msg.value);
        tokenId = tokenIdOf(prompt);
        requestId = oracle.requestInference{value: fee}(modelId, prompt, address(0), 0, "");
        requestOf[tokenId] = requestId;
        // What a refund returns and the model fee (returned on an error) are only known as the oracle
        // snapshots them.
        IAIOracle.Request memory r = oracle.getRequest(requestId);
        payments[tokenId] = Payment({
            minter: msg.sender, paid: uint96(fee - uint256(r.keeperPayGwei) * 1 gwei), modelFee: r.modelFee
        });
        // Last: the receiver hook of a contract minter runs after every effect, then the surplus.
        _safeMint(msg.sender, tokenId);
        if (msg.value > fee) {
            (bool ok,) = msg.sender.call{value: msg.value - fee}("");
            if (!ok) revert SurplusNotReturned(msg.value - fee);
        }
    }

    /// @inheritdoc IERC7007
    /// @dev Once per token: a bound content never changes.
    function addAigcData(uint256 tokenId, bytes calldata prompt, bytes calldata aigcData, bytes calldata proof)
        external
    {
        if (tokenId != tokenIdOf(prompt)) revert WrongToken(tokenId);
        _requireOwned(tokenId);
        // Verified content is a final oracle output, which is never empty.
        if (aigcDataOf[tokenId].length != 0) revert AigcDataAlreadyAdded(tokenId);
        if (!this.verify(prompt, aigcData, proof)) revert NotVerified();
        aigcDataOf[tokenId] = aigcData;
        delete payments[tokenId]; // the mint got its result: nothing left to refund
        emit AigcData(tokenId, prompt, aigcData, proof);
    }

    /// @notice Undoes a mint whose request ended without a result: refunded by the oracle (the mint
    /// fee less the refunder's keeper pay comes back) or finalized with an error (the model fee comes back). The token, which
    /// can never carry content, is burned — whoever holds it — and the prompt can be minted again;
    /// what the oracle returned goes to the minter, who paid. Anyone may call.
    /// @param tokenId The token of the mint.
    function refundMint(uint256 tokenId) external {
        Payment memory p = payments[tokenId];
        if (p.minter == address(0)) revert NothingToRefund(tokenId);
        uint256 requestId = requestOf[tokenId];
        IAIOracle.RequestStatus status = oracle.getRequest(requestId).status;
        uint256 amount;
        if (status == IAIOracle.RequestStatus.Refunded) {
            amount = p.paid;
        } else if (status == IAIOracle.RequestStatus.Finalized && oracle.getProposal(requestId).isError) {
            amount = p.modelFee;
        } else {
            revert NothingToRefund(tokenId);
        }
        delete payments[tokenId];
        delete requestOf[tokenId];
        _burn(tokenId);
        emit MintRefunded(tokenId, requestId, p.minter, amount);
        if (amount != 0) oracle.withdrawTo(p.minter, amount);
    }

    /// @inheritdoc IERC7007
    function verify(bytes calldata prompt, bytes calldata aigcData, bytes calldata proof)
        external
        view
        returns (bool success)
    {
        if (proof.length != 64) return false;
        (uint256 requestId, uint256 nonce) = abi.decode(proof, (uint256, uint256));
        // The mint's own request only: anyone can ask the oracle for the same prompt directly.
        if (requestId == 0 || requestId != requestOf[tokenIdOf(prompt)]) return false;
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
