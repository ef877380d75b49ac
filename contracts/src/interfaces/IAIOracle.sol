// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IModelRegistry} from "./IModelRegistry.sol";

/// @title IAIOracle
/// @notice The dApp-facing side of the Auspex oracle: request an inference, pay its fee, receive the
/// result in a callback (IInferenceCallback) or read it back once it is final.
interface IAIOracle {
    enum RequestStatus {
        None,
        Pending, // waiting for a proposal until its deadline
        Proposed, // a result or an error was proposed; challengeable until the model's window ends
        Finalized, // delivered; fees split
        Refunded // no answer: no proposal before the deadline, or every allowed proposal slashed
    }

    /// @notice A request as stored. The input is not stored: the request id commits to it (see
    /// computeRequestId). Slot 1 stays empty for requests without a callback. The model's challenge
    /// window and mode are copied from the registry (where they never change) so proposing and
    /// finalizing need no registry call; slot 2 (fee and terms) is cleared once the fee is paid out.
    /// `paid` is the fee held for the request (a surplus sent with it was credited to the requester
    /// at once); `keeperPayGwei` is the part of it, in whole gwei, that goes to whoever ends the
    /// request (finalize, proveResult or refund). 80 bits of wei are 1.2M ETH; 40 bits of gwei, 1,099 ETH.
    struct Request {
        // slot 0
        address requester;
        uint40 deadline;
        uint32 modelId;
        RequestStatus status;
        uint16 batchSize;
        // slot 1
        address callback;
        uint32 callbackGasLimit;
        // slot 2
        uint80 paid;
        uint80 modelFee;
        uint40 keeperPayGwei;
        uint16 protocolFeeBps;
        uint32 challengeWindow;
        IModelRegistry.VerificationMode mode;
        // slot 3+
        bytes callbackData;
    }

    /// @notice A proposal as stored. `nonce` numbers the request's proposals from 1; a dispute game
    /// binds the nonce it challenged, so a game outlives neither its proposal nor another's. A slash
    /// clears the proposal but keeps its nonce (the count of proposals made). A proposal carries no
    /// trace commitment: the proposer commits to its trace in a dispute game, by its first reveal
    /// (docs/DISPUTE.md), so an unchallenged request never pays for one.
    struct Proposal {
        address proposer;
        uint40 proposedAt;
        bool isError;
        uint16 errorCode;
        uint32 nonce;
        bytes output;
    }

    /// @notice What a dispute game reads of a request and its current proposal (AIOracle.disputeTerms).
    struct DisputeTerms {
        RequestStatus status;
        uint16 batchSize;
        uint40 challengeEnd; // the proposal's window ends (exclusive)
        address proposer;
        uint32 nonce;
        bool isError;
        uint16 errorCode;
        bytes32 outputHash; // keccak256 of the proposed output
        bytes32 layoutRoot; // the model's registered layout
    }

    /// @notice Protocol-wide fee and timing parameters, one storage slot (64 + 64 + 40 + 16 + 32 + 40
    /// bits: fees up to 18.4 ETH, a callback gas price up to 1,099 gwei).
    struct Config {
        uint64 operatorFee; // wei per inference, to the operator whose result is finalized
        uint64 keeperFee; // wei per request, to whoever ends it (finalize, proveResult, refund)
        uint40 callbackGasPrice; // floor of the wei per unit of callback gas paid to the keeper
        uint16 protocolFeeBps; // cut of the model fee that goes to the treasury
        uint32 requestTimeout; // seconds from request to deadline
        uint40 nonce; // requests made so far; each request's id commits to its nonce
    }

    event InferenceRequested(
        uint256 indexed requestId,
        uint256 indexed modelId,
        address indexed requester,
        uint256 nonce,
        address callback,
        uint32 callbackGasLimit,
        uint16 batchSize,
        uint40 deadline,
        uint256 fee,
        bytes input,
        bytes callbackData
    );
    /// @notice `nonce` is the proposal's number for this request (Proposal.nonce): a proposal made
    /// after a slash has a new one.
    event ResultProposed(
        uint256 indexed requestId, address indexed proposer, uint32 nonce, bytes output, uint256 finalizableAt
    );
    event ErrorProposed(
        uint256 indexed requestId, address indexed proposer, uint32 nonce, uint16 code, uint256 finalizableAt
    );
    /// @notice A request ended with a result or an error. `keeper` (the finalizer, or the prover)
    /// was credited `keeperShare` (the request's keeper pay: it paid for the callback's gas and the
    /// transaction), the proposer `operatorShare`; a proposer that finalizes its own proposal gets
    /// both.
    event InferenceFinalized(
        uint256 indexed requestId,
        address indexed proposer,
        address indexed keeper,
        bool isError,
        bool callbackSucceeded,
        uint256 operatorShare,
        uint256 keeperShare,
        uint256 modelShare,
        uint256 protocolShare
    );
    event ResultProven(uint256 indexed requestId, address indexed prover, bytes output);
    event CallbackFailed(uint256 indexed requestId, address indexed callback);
    /// @notice A request ended without an answer: the requester was credited `amount` (what
    /// onInferenceRefunded receives) and `keeper`, who called refund, `keeperShare`; a requester that
    /// refunds itself gets everything (`keeperShare` 0).
    event RequestRefunded(
        uint256 indexed requestId, address indexed requester, address indexed keeper, uint256 amount, uint256 keeperShare
    );
    /// @notice A proposal lost a dispute: `reward` went to the dispute game (for the challengers who
    /// disputed it), `burned` to the treasury; `reopened` is false when the request took its last
    /// allowed proposal and is now refundable.
    event ProposalSlashed(
        uint256 indexed requestId,
        address indexed proposer,
        uint32 indexed nonce,
        uint256 reward,
        uint256 burned,
        bool reopened
    );
    event ProtocolFeesWithdrawn(address indexed treasury, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event ConfigUpdated(
        uint64 operatorFee, uint64 keeperFee, uint40 callbackGasPrice, uint16 protocolFeeBps, uint32 requestTimeout
    );
    event TreasuryUpdated(address indexed treasury);
    event DisputeGameUpdated(address indexed disputeGame, address indexed previous);

    error DisputeOpen(uint256 requestId);
    error WrongStatus(uint256 requestId, RequestStatus status);
    error FeeTooLow(uint256 required, uint256 provided);
    error EmptyInput();
    error BatchSizeOutOfRange(uint256 size);
    error CallbackGasLimitTooHigh(uint256 limit, uint256 max);
    error CallbackGasWithoutCallback();
    error ZeroCallbackGasLimit();
    error OutputTooLarge(uint256 length, uint256 max);
    error ModelIsDeprecated(uint256 modelId);
    error ModelUnavailable(uint256 modelId);
    error ModelIdOutOfRange(uint256 modelId);
    error DeadlinePassed(uint256 requestId, uint256 deadline);
    error DeadlineNotReached(uint256 requestId, uint256 deadline);
    error ChallengeWindowOpen(uint256 requestId, uint256 finalizableAt);
    error ZkProofRequired(uint256 modelId);
    error ZkNotEnabled(uint256 modelId);
    error ZkBatchUnsupported(uint256 modelId);
    error InputMismatch(uint256 requestId);
    error ZkProofInvalid(uint256 requestId);
    error EmptyOutput();
    error InvalidErrorCode(uint16 code);
    error NothingToWithdraw(address account);
    error NotDisputeGame(address caller);
    error ProtocolFeeTooHigh(uint16 bps);
    error ZeroTimeout();
    error ZeroAddress();
    error InsufficientGasForCallback();
    error NotFinalized(uint256 requestId);
    error ResultIsError(uint256 requestId, uint16 code);
    error ProposalsExhausted(uint256 requestId);
    error NoOpenDispute(uint256 requestId);
    error NotRefundable(uint256 requestId);
    error InsufficientBalance(address account, uint256 balance, uint256 amount);

    /// @notice The fee for one inference of `modelId` with a callback of `callbackGasLimit` gas (and no
    /// callbackData) at the current block: model fee + operator fee + keeper pay, where the keeper pay
    /// is keeperFee + (KEEPER_TX_GAS + callbackGasLimit) × max(callbackGasPrice, 2 × block.basefee),
    /// rounded up to whole gwei. A
    /// request in a later block may need more when the base fee rises: send a margin, the surplus is
    /// credited to the requester's balance.
    function estimateFee(uint256 modelId, uint32 callbackGasLimit) external view returns (uint256);

    /// @notice The fee for a batch of `batchSize` inputs sharing one callback (no callbackData).
    function estimateBatchFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit)
        external
        view
        returns (uint256);

    /// @notice The fee for a request of `batchSize` inputs (1: requestInference) whose callbackData is
    /// `callbackDataLength` bytes long: the keeper pay covers reading it back (estimateFee and
    /// estimateBatchFee assume none).
    function estimateRequestFee(
        uint256 modelId,
        uint256 batchSize,
        uint32 callbackGasLimit,
        uint256 callbackDataLength
    ) external view returns (uint256);

    /// @notice Requests one inference; msg.value must be at least estimateFee(modelId, callbackGasLimit)
    /// in the block it runs in (FeeTooLow otherwise); the surplus is credited to the caller's balance.
    /// @param modelId The registered model.
    /// @param input The model input (see docs/ENCODING.md); only its hash is stored, the bytes are in the event.
    /// @param callback The contract that receives the result, or zero for pull-only (then callbackGasLimit = 0).
    /// @param callbackGasLimit The exact gas the callback gets; not zero when there is a callback.
    /// @param callbackData Opaque bytes handed back to the callback.
    /// @return requestId A fresh id, unique even for identical requests in one block.
    function requestInference(
        uint256 modelId,
        bytes calldata input,
        address callback,
        uint32 callbackGasLimit,
        bytes calldata callbackData
    ) external payable returns (uint256 requestId);

    /// @notice Requests inferences on several inputs as one request with one callback; the input bytes are
    /// abi.encode(inputs) and the output delivered is abi.encode(bytes[] outputs), one per input.
    /// msg.value must be at least estimateBatchFee(modelId, inputs.length, callbackGasLimit); the surplus
    /// is credited to the caller's balance.
    function requestBatchInference(
        uint256 modelId,
        bytes[] calldata inputs,
        address callback,
        uint32 callbackGasLimit,
        bytes calldata callbackData
    ) external payable returns (uint256 requestId);

    /// @notice The id of the request with `nonce` whose input bytes hash to `inputHash`:
    /// keccak256(abi.encode(chainid, oracle, nonce, inputHash)). Unique per request, and a commitment
    /// to its input that disputes check inputs against.
    function computeRequestId(uint256 nonce, bytes32 inputHash) external view returns (uint256);

    /// @notice Whether the request is finalized (with a result or an error).
    function isFinalized(uint256 requestId) external view returns (bool);

    /// @notice The final output of a request; reverts unless it is finalized with a result.
    function getResult(uint256 requestId) external view returns (bytes memory output);

    /// @notice Sends `amount` of the caller's balance (refunds, returned model fees, fee surpluses,
    /// keeper pay, model revenue, slash rewards; not operator earnings) to `to`: how a requesting
    /// contract passes a refund on to the user it belongs to.
    function withdrawTo(address to, uint256 amount) external;
}
