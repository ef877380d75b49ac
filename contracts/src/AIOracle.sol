// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IAIOracle} from "./interfaces/IAIOracle.sol";
import {IInferenceCallback} from "./interfaces/IInferenceCallback.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IZkVerifier} from "./interfaces/IZkVerifier.sol";
import {OperatorBonds} from "./OperatorBonds.sol";

/// @title AIOracle
/// @notice The Auspex oracle. A dApp requests an inference and pays its fee; a bonded operator proposes
/// the result (or claims the input invalid) with its bond locked; after the model's challenge window
/// anyone may finalize: the callback runs with exactly the gas paid for, the operator, the model's
/// receiver, the treasury and the finalizer (the keeper pay) are credited, and they withdraw (pull
/// payments). A request with no proposal by its deadline, or whose MAX_PROPOSALS proposals were all
/// slashed, is refundable by anyone, who earns the keeper pay; every request ends in exactly one
/// callback: result, error or refund (docs/SECURITY.md).
/// @dev Every wei this contract holds is owed to someone: open requests' `paid`, `balances`, operator
/// bonds, earnings and pending bond withdrawals, and the protocol's accrued fees. The
/// fee-conservation test checks exactly that after every step of random runs.
/// Gas shapes the storage layout: a request takes three slots (the input is committed to by its id,
/// not stored), the treasury address shares a slot with the protocol's accrued fees, and an
/// operator's bond, open-proposal count and earnings share one slot.
contract AIOracle is IAIOracle, OperatorBonds, Ownable2Step, ReentrancyGuardTransient {
    /// @notice The error code for an input the model cannot take (wrong length or shape).
    uint16 public constant ERROR_INVALID_INPUT = 1;
    /// @notice The error code for an input the engine gives no result for (docs/ENCODING.md).
    uint16 public constant ERROR_EXECUTION = 2;
    /// @notice Error codes above this are reserved: every code a proposer may use is disputable.
    uint16 public constant MAX_ERROR_CODE = 2;
    /// @notice Largest callback gas limit a request may buy.
    uint32 public constant MAX_CALLBACK_GAS_LIMIT = 5_000_000;
    /// @notice Largest number of inputs in one batch request.
    uint256 public constant MAX_BATCH_SIZE = 256;
    /// @notice Largest protocol cut of the model fee, in basis points.
    uint16 public constant MAX_PROTOCOL_FEE_BPS = 5_000;
    /// @notice Proposals a request takes at most: each slash reopens it (extending its deadline once)
    /// until this many were made; after the last is slashed the request is refundable. Bounds how
    /// long a liar (or a liar and its own sock challenger) can keep a request from ending.
    uint32 public constant MAX_PROPOSALS = 4;
    /// @notice Share of a slashed proposal bond that goes to the treasury, in basis points; the rest
    /// rewards the challengers. A liar that challenges itself from another account still loses it.
    uint16 public constant SLASH_TREASURY_BPS = 5_000;
    /// @notice Largest proposed or proven output, in bytes. A proposal stores its output: 22.1k gas a
    /// word, so 16 KiB costs ~11.6M gas with its calldata, under half of a 30M-gas block. Go code
    /// checks model outputs against the same number (contracts.MaxOutputBytes, tested against this).
    uint256 public constant MAX_OUTPUT_BYTES = 16 * 1024;
    /// @notice Gas the keeper pay covers for the transaction that ends a request, besides the
    /// callback: 21k intrinsic and finalize's or refund's own work (measured: ~66k for a third-party
    /// finalize of an 80-byte output, ~65k for a refund), with room for a short output read back.
    /// Without it a keeper would pay for its own transaction out of a flat keeperFee, a loss
    /// whenever gas is dear.
    uint256 public constant KEEPER_TX_GAS = 100_000;
    /// @notice Gas the keeper pay covers per 32-byte word of callbackData, which ending the request
    /// reads back from storage (a cold SLOAD) into the callback's payload: the requester chooses its
    /// length, so the requester pays for it.
    uint256 public constant CALLBACK_DATA_WORD_GAS = 2_200;
    /// @notice The callback gas of a request is priced at max(callbackGasPrice, this × block.basefee)
    /// at request time. EIP-1559 lets the base fee rise at most 12.5% a block, so 2x still covers the
    /// base fee after five full blocks in a row (1.125^5 = 1.8) between request and finalization; a
    /// longer spike than that (or a high priority fee) is what callbackGasPrice is for.
    uint256 public constant CALLBACK_BASEFEE_MULTIPLIER = 2;
    /// @dev Gas kept back in finalize for the work after the callback; covers the 63/64 rule check too.
    uint256 private constant CALLBACK_GAS_RESERVE = 5_000;

    /// @notice Where model terms come from.
    IModelRegistry public immutable registry;

    /// @dev The treasury and the protocol fees accrued for it, in one slot.
    struct Protocol {
        address treasury;
        uint96 accrued;
    }

    Config private _config;
    Protocol private _protocol;
    /// @notice The dispute game that opens new games.
    address public disputeGame;
    /// @notice Every dispute game ever set: a replaced one may still close (and slash through) the
    /// games it opened, so changing the game never strands open games and their bonds.
    mapping(address game => bool) public isDisputeGame;

    /// @notice Dispute games open on each request's current proposal; finalize waits while any is.
    /// A slash clears it: games on a slashed proposal are stale and block nothing.
    mapping(uint256 requestId => uint256) public openDisputes;

    mapping(uint256 requestId => Request) private _requests;
    mapping(uint256 requestId => Proposal) private _proposals;
    /// @notice Wei each account can withdraw besides operator earnings: model revenue, refunds,
    /// slashed bonds won.
    mapping(address account => uint256) public balances;

    /// @param registry_ The model registry.
    /// @param owner_ The protocol owner (fees, treasury, dispute game).
    /// @param treasury_ The protocol fee recipient.
    /// @param config_ Initial fees and timeout; its nonce is ignored.
    /// @param proposalBond_ The bond locked per open proposal.
    /// @param withdrawalDelay_ Seconds an operator waits to withdraw its bond.
    constructor(
        IModelRegistry registry_,
        address owner_,
        address treasury_,
        Config memory config_,
        uint96 proposalBond_,
        uint64 withdrawalDelay_
    ) OperatorBonds(proposalBond_, withdrawalDelay_) Ownable(owner_) {
        if (address(registry_) == address(0)) revert ZeroAddress();
        registry = registry_;
        _setTreasury(treasury_);
        _setConfig(config_);
    }

    // ---------------------------------------------------------------- dApp side

    /// @inheritdoc IAIOracle
    function estimateFee(uint256 modelId, uint32 callbackGasLimit) external view returns (uint256 fee) {
        (fee,) = _fee(registry.modelTerms(modelId).fee, _config, 1, callbackGasLimit, 0);
    }

    /// @inheritdoc IAIOracle
    function estimateBatchFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit)
        external
        view
        returns (uint256 fee)
    {
        (fee,) = _fee(registry.modelTerms(modelId).fee, _config, batchSize, callbackGasLimit, 0);
    }

    /// @inheritdoc IAIOracle
    function estimateRequestFee(
        uint256 modelId,
        uint256 batchSize,
        uint32 callbackGasLimit,
        uint256 callbackDataLength
    ) external view returns (uint256 fee) {
        (fee,) = _fee(registry.modelTerms(modelId).fee, _config, batchSize, callbackGasLimit, callbackDataLength);
    }

    /// @inheritdoc IAIOracle
    function requestInference(
        uint256 modelId,
        bytes calldata input,
        address callback,
        uint32 callbackGasLimit,
        bytes calldata callbackData
    ) external payable returns (uint256 requestId) {
        if (input.length == 0) revert EmptyInput();
        return _request(modelId, input, 1, callback, callbackGasLimit, callbackData);
    }

    /// @inheritdoc IAIOracle
    function requestBatchInference(
        uint256 modelId,
        bytes[] calldata inputs,
        address callback,
        uint32 callbackGasLimit,
        bytes calldata callbackData
    ) external payable returns (uint256 requestId) {
        if (inputs.length == 0 || inputs.length > MAX_BATCH_SIZE) revert BatchSizeOutOfRange(inputs.length);
        for (uint256 i; i < inputs.length; ++i) {
            if (inputs[i].length == 0) revert EmptyInput();
        }
        return _request(modelId, abi.encode(inputs), inputs.length, callback, callbackGasLimit, callbackData);
    }

    /// @notice Refunds a request that got no proposal by its deadline, or whose last allowed proposal
    /// was slashed; anyone may call, and the caller earns the request's keeper pay (it pays for the
    /// callback's gas and the transaction). The requester is credited the rest of the fee (withdraw
    /// or withdrawTo), all of it when it refunds itself, and the callback, if any, gets
    /// onInferenceRefunded with that amount and exactly its paid gas limit; a callback that fails is
    /// reported in CallbackFailed and changes nothing else.
    /// @param requestId The request.
    function refund(uint256 requestId) external nonReentrant {
        Request storage r = _requests[requestId];
        RequestStatus status = r.status;
        if (status != RequestStatus.Pending) revert WrongStatus(requestId, status);
        if (block.timestamp <= r.deadline && _proposals[requestId].nonce < MAX_PROPOSALS) {
            revert DeadlineNotReached(requestId, r.deadline);
        }
        r.status = RequestStatus.Refunded;
        address requester = r.requester;
        uint256 amount = r.paid;
        uint256 keeperShare = msg.sender == requester ? 0 : uint256(r.keeperPayGwei) * 1 gwei;
        _clearTerms(r);
        amount -= keeperShare;
        balances[requester] += amount;
        if (keeperShare != 0) balances[msg.sender] += keeperShare;
        emit RequestRefunded(requestId, requester, msg.sender, amount, keeperShare);
        address callback = r.callback;
        if (callback != address(0)) {
            bytes memory payload =
                abi.encodeCall(IInferenceCallback.onInferenceRefunded, (requestId, amount, r.callbackData));
            if (!_callWithExactGas(callback, r.callbackGasLimit, payload)) emit CallbackFailed(requestId, callback);
        }
    }

    /// @inheritdoc IAIOracle
    function isFinalized(uint256 requestId) external view returns (bool) {
        return _requests[requestId].status == RequestStatus.Finalized;
    }

    /// @inheritdoc IAIOracle
    function getResult(uint256 requestId) external view returns (bytes memory output) {
        if (_requests[requestId].status != RequestStatus.Finalized) revert NotFinalized(requestId);
        Proposal storage p = _proposals[requestId];
        if (p.isError) revert ResultIsError(requestId, p.errorCode);
        return p.output;
    }

    /// @notice A request as stored (status None if unknown).
    function getRequest(uint256 requestId) external view returns (Request memory) {
        return _requests[requestId];
    }

    /// @notice The current proposal of a request (zero but its nonce if none).
    function getProposal(uint256 requestId) external view returns (Proposal memory) {
        return _proposals[requestId];
    }

    /// @notice A request's current proposal as a dispute game reads it.
    function disputeTerms(uint256 requestId) external view returns (DisputeTerms memory t) {
        Request storage r = _requests[requestId];
        Proposal storage p = _proposals[requestId];
        t.status = r.status;
        t.batchSize = r.batchSize;
        t.challengeEnd = uint40(uint256(p.proposedAt) + r.challengeWindow);
        t.proposer = p.proposer;
        t.nonce = p.nonce;
        t.isError = p.isError;
        t.errorCode = p.errorCode;
        t.outputHash = keccak256(p.output);
        if (t.status != RequestStatus.None) t.layoutRoot = registry.getModel(r.modelId).layoutRoot;
    }

    /// @notice The output bytes of a request's current proposal.
    function proposalOutput(uint256 requestId) external view returns (bytes memory) {
        return _proposals[requestId].output;
    }

    /// @notice The nonce of the request's open proposal (challengeable or waiting to finalize), or 0:
    /// a dispute game on any other nonce is stale.
    function openProposalNonce(uint256 requestId) external view returns (uint32) {
        if (_requests[requestId].status != RequestStatus.Proposed) return 0;
        return _proposals[requestId].nonce;
    }

    /// @notice The protocol's fee and timing parameters.
    function config() external view returns (Config memory) {
        return _config;
    }

    /// @inheritdoc IAIOracle
    function computeRequestId(uint256 nonce, bytes32 inputHash) public view returns (uint256) {
        return uint256(keccak256(abi.encode(block.chainid, address(this), nonce, inputHash)));
    }

    /// @notice Where the protocol's cut of model fees goes.
    function treasury() external view returns (address) {
        return _protocol.treasury;
    }

    /// @notice Protocol fees accrued and not yet withdrawn to the treasury.
    function protocolFeesAccrued() external view returns (uint256) {
        return _protocol.accrued;
    }

    // ---------------------------------------------------------------- operator side

    /// @notice Proposes the output of a pending request, locking one proposal bond of the caller.
    /// @param requestId The request.
    /// @param output The model's output (for a batch: abi.encode(bytes[]), one per input).
    /// The execution trace behind it is committed only if a dispute game asks for it.
    function proposeResult(uint256 requestId, bytes calldata output) external {
        _checkOutput(output);
        (uint256 finalizableAt, Proposal storage p) = _startProposal(requestId);
        p.output = output;
        emit ResultProposed(requestId, msg.sender, p.nonce, output, finalizableAt);
    }

    /// @notice Claims that a pending request has no result (docs/ENCODING.md), locking one proposal
    /// bond. After the window the dApp gets onInferenceError and the model fee back.
    /// @param requestId The request.
    /// @param code ERROR_INVALID_INPUT (the input does not decode) or ERROR_EXECUTION (the engine
    /// gives no result).
    /// An ERROR_EXECUTION claim is defended, if challenged, with the trace up to the failing step.
    function proposeError(uint256 requestId, uint16 code) external {
        if (code == 0 || code > MAX_ERROR_CODE) revert InvalidErrorCode(code);
        (uint256 finalizableAt, Proposal storage p) = _startProposal(requestId);
        p.isError = true;
        p.errorCode = code;
        emit ErrorProposed(requestId, msg.sender, p.nonce, code, finalizableAt);
    }

    /// @notice Finalizes a proposal once the model's challenge window has passed; anyone may call, and
    /// the caller earns the request's keeper pay (it pays for the callback's gas and the transaction).
    /// Splits the fee, releases the proposer's bond, then calls the callback with exactly its paid gas
    /// limit. A callback that reverts or runs out of gas is reported in CallbackFailed and changes
    /// nothing else.
    /// @param requestId The request.
    function finalize(uint256 requestId) external nonReentrant {
        Request storage r = _requests[requestId];
        RequestStatus status = r.status;
        if (status != RequestStatus.Proposed) revert WrongStatus(requestId, status);
        Proposal storage p = _proposals[requestId];
        address proposer = p.proposer;
        uint256 finalizableAt = uint256(p.proposedAt) + r.challengeWindow;
        if (block.timestamp < finalizableAt) revert ChallengeWindowOpen(requestId, finalizableAt);
        if (openDisputes[requestId] != 0) revert DisputeOpen(requestId);

        _settle(requestId, r, p, proposer, true);
    }

    /// @notice Finalizes a pending request of a ZK or OPML_AND_ZK model at once with a validity proof:
    /// no bond, no challenge window. The request's input is presented with its nonce (the id commits
    /// to both); the model's registered IZkVerifier must accept the proof for that input and `output`.
    /// The prover is credited the operator's share, as a finalized proposer would be, and the keeper pay.
    /// @param requestId The request (a single request; ZK-only models take no batches).
    /// @param nonce The request's nonce (in InferenceRequested).
    /// @param input The request's input bytes.
    /// @param output The model's output for `input`.
    /// @param proof The validity proof (for Auspex's circuits: gnark's Groth16 proof, Solidity encoding).
    function proveResult(
        uint256 requestId,
        uint256 nonce,
        bytes calldata input,
        bytes calldata output,
        bytes calldata proof
    ) external nonReentrant {
        _checkOutput(output);
        Request storage r = _requests[requestId];
        RequestStatus status = r.status;
        if (status != RequestStatus.Pending) revert WrongStatus(requestId, status);
        if (block.timestamp > r.deadline) revert DeadlinePassed(requestId, r.deadline);
        if (r.mode == IModelRegistry.VerificationMode.OPML) revert ZkNotEnabled(r.modelId);
        if (r.batchSize != 1) revert ZkBatchUnsupported(r.modelId);
        if (computeRequestId(nonce, keccak256(input)) != requestId) revert InputMismatch(requestId);
        if (!IZkVerifier(registry.zkVerifierOf(r.modelId)).verify(msg.sender, input, output, proof)) {
            revert ZkProofInvalid(requestId);
        }
        Proposal storage p = _proposals[requestId];
        p.proposer = msg.sender;
        p.proposedAt = uint40(block.timestamp);
        p.nonce += 1;
        p.output = output;
        emit ResultProven(requestId, msg.sender, output);
        _settle(requestId, r, p, msg.sender, false);
    }

    /// @notice Sends the caller's balance and operator earnings to the caller.
    function withdraw() external nonReentrant {
        _withdraw(msg.sender);
    }

    /// @notice Sends `account`'s balance and operator earnings to `account`; anyone may call (e.g. for
    /// receivers that are contracts without a way to call withdraw themselves).
    function withdrawFor(address account) external nonReentrant {
        _withdraw(account);
    }

    /// @inheritdoc IAIOracle
    function withdrawTo(address to, uint256 amount) external nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 bal = balances[msg.sender];
        if (amount == 0 || amount > bal) revert InsufficientBalance(msg.sender, bal, amount);
        balances[msg.sender] = bal - amount;
        emit Withdrawn(msg.sender, amount);
        Address.sendValue(payable(to), amount);
    }

    /// @notice Sends the accrued protocol fees to the treasury; anyone may call.
    function withdrawProtocolFees() external nonReentrant {
        Protocol memory pr = _protocol;
        if (pr.accrued == 0) revert NothingToWithdraw(pr.treasury);
        _protocol.accrued = 0;
        emit ProtocolFeesWithdrawn(pr.treasury, pr.accrued);
        Address.sendValue(payable(pr.treasury), pr.accrued);
    }

    // ---------------------------------------------------------------- dispute side

    /// @notice Slashes proposal `nonce` of `requestId` if it is still the open one: its bond is seized,
    /// SLASH_TREASURY_BPS of it goes to the treasury and the rest, returned as `reward`, is sent to
    /// the calling dispute game for the challengers. The request reopens for a correct proposal (its
    /// deadline extended to one request timeout from now if shorter) unless that was its last allowed
    /// proposal, in which case it becomes refundable. Games still open on the proposal become stale.
    /// A nonce that is not the open proposal's (already slashed, or never) changes nothing and
    /// returns 0, so a game never fails to close. Only a dispute game may call.
    /// @param requestId The request whose proposal lost its dispute.
    /// @param nonce The proposal the game challenged.
    function slash(uint256 requestId, uint32 nonce) external nonReentrant returns (uint256 reward) {
        if (!isDisputeGame[msg.sender]) revert NotDisputeGame(msg.sender);
        Request storage r = _requests[requestId];
        Proposal storage p = _proposals[requestId];
        if (r.status != RequestStatus.Proposed || p.nonce != nonce) return 0;
        address proposer = p.proposer;
        // Clear the proposal but keep its nonce, the count of proposals made.
        delete _proposals[requestId];
        p.nonce = nonce;
        delete openDisputes[requestId];
        r.status = RequestStatus.Pending;
        bool reopened = nonce < MAX_PROPOSALS;
        if (reopened) {
            uint256 minDeadline = block.timestamp + _config.requestTimeout;
            if (r.deadline < minDeadline) r.deadline = SafeCast.toUint40(minDeadline);
        }
        uint256 amount = _seizeBond(proposer);
        uint256 burned = amount * SLASH_TREASURY_BPS / 10_000;
        reward = amount - burned;
        _protocol.accrued += SafeCast.toUint96(burned);
        emit ProposalSlashed(requestId, proposer, nonce, reward, burned, reopened);
        Address.sendValue(payable(msg.sender), reward);
    }

    /// @notice Records that a dispute game opened (or closed) on proposal `nonce` of `requestId`, so
    /// that finalize waits for it. Only the current dispute game opens; any dispute game ever set
    /// closes. A close for a proposal that is no longer open (slashed: its count was cleared) is
    /// ignored.
    /// @param requestId The disputed request.
    /// @param nonce The proposal the game challenged.
    /// @param open True when a game starts, false when it ends.
    function setDisputeOpen(uint256 requestId, uint32 nonce, bool open) external {
        if (!isDisputeGame[msg.sender] || (open && msg.sender != disputeGame)) revert NotDisputeGame(msg.sender);
        bool current = _requests[requestId].status == RequestStatus.Proposed && _proposals[requestId].nonce == nonce;
        if (open) {
            if (!current) revert WrongStatus(requestId, _requests[requestId].status);
            openDisputes[requestId] += 1;
        } else if (current) {
            if (openDisputes[requestId] == 0) revert NoOpenDispute(requestId);
            openDisputes[requestId] -= 1;
        }
    }

    // ---------------------------------------------------------------- owner side

    /// @notice Sets fees and the request timeout; open requests keep the terms they paid for.
    function setConfig(Config calldata c) external onlyOwner {
        _setConfig(c);
    }

    /// @notice Sets where protocol fees go; fees accrued so far are credited to the old treasury.
    function setTreasury(address treasury_) external onlyOwner {
        _setTreasury(treasury_);
    }

    /// @notice Sets the dispute game that opens new games. The previous one keeps the right to close
    /// (and slash through) the games it already opened, so none are stranded.
    function setDisputeGame(address disputeGame_) external onlyOwner {
        if (disputeGame_ == address(0)) revert ZeroAddress();
        emit DisputeGameUpdated(disputeGame_, disputeGame);
        disputeGame = disputeGame_;
        isDisputeGame[disputeGame_] = true;
    }

    // ---------------------------------------------------------------- internals

    function _request(
        uint256 modelId,
        bytes memory input,
        uint256 batchSize,
        address callback,
        uint32 callbackGasLimit,
        bytes calldata callbackData
    ) private returns (uint256 requestId) {
        if (modelId > type(uint32).max) revert ModelIdOutOfRange(modelId);
        if (callbackGasLimit > MAX_CALLBACK_GAS_LIMIT) {
            revert CallbackGasLimitTooHigh(callbackGasLimit, MAX_CALLBACK_GAS_LIMIT);
        }
        if (callback == address(0)) {
            if (callbackGasLimit != 0) revert CallbackGasWithoutCallback();
        } else if (callbackGasLimit == 0) {
            // A callback with no gas always fails: the request would end without delivering anything.
            revert ZeroCallbackGasLimit();
        }
        IModelRegistry.ModelTerms memory terms = registry.modelTerms(modelId);
        if (terms.deprecated) revert ModelIsDeprecated(modelId);
        // Optimistic settlement needs a verifier able to re-execute the model: its file must be on-chain.
        // A ZK-only model's results are proven valid, so its soundness does not rest on availability.
        if (!terms.available && terms.mode != IModelRegistry.VerificationMode.ZK) revert ModelUnavailable(modelId);
        if (terms.mode == IModelRegistry.VerificationMode.ZK && batchSize != 1) revert ZkBatchUnsupported(modelId);
        Config memory c = _config;
        (uint256 fee, uint256 keeperPayGwei) = _fee(terms.fee, c, batchSize, callbackGasLimit, callbackData.length);
        // The fee depends on the base fee of the block the request lands in: callers send a margin
        // and get the surplus back as balance.
        if (msg.value < fee) revert FeeTooLow(fee, msg.value);
        if (msg.value != fee) balances[msg.sender] += msg.value - fee;

        uint256 nonce = c.nonce;
        _config.nonce = c.nonce + 1;
        requestId = computeRequestId(nonce, keccak256(input));
        uint40 deadline = uint40(block.timestamp + c.requestTimeout);
        Request storage r = _requests[requestId];
        r.requester = msg.sender;
        r.deadline = deadline;
        r.modelId = uint32(modelId);
        r.status = RequestStatus.Pending;
        r.batchSize = uint16(batchSize);
        if (callback != address(0)) {
            // Requests without a callback leave this slot empty: 22k gas saved.
            r.callback = callback;
            r.callbackGasLimit = callbackGasLimit;
        }
        r.paid = SafeCast.toUint80(fee);
        r.modelFee = SafeCast.toUint80(uint256(terms.fee) * batchSize);
        r.keeperPayGwei = SafeCast.toUint40(keeperPayGwei);
        r.protocolFeeBps = c.protocolFeeBps;
        r.challengeWindow = terms.challengeWindow;
        r.mode = terms.mode;
        if (callbackData.length != 0) r.callbackData = callbackData;
        emit InferenceRequested(
            requestId,
            modelId,
            msg.sender,
            nonce,
            callback,
            callbackGasLimit,
            uint16(batchSize),
            deadline,
            fee,
            input,
            callbackData
        );
    }

    /// @dev Common part of proposeResult/proposeError: the request is pending, before its deadline,
    /// has proposals left and its model takes optimistic results; locks the caller's bond and starts
    /// proposal number nonce + 1. Returns when it becomes final, and the proposal to fill in.
    function _startProposal(uint256 requestId) private returns (uint256 finalizableAt, Proposal storage p) {
        Request storage r = _requests[requestId];
        RequestStatus status = r.status;
        if (status != RequestStatus.Pending) revert WrongStatus(requestId, status);
        if (block.timestamp > r.deadline) revert DeadlinePassed(requestId, r.deadline);
        // ZK-only models finalize with a validity proof, never optimistically.
        if (r.mode == IModelRegistry.VerificationMode.ZK) revert ZkProofRequired(r.modelId);
        p = _proposals[requestId];
        uint32 nonce = p.nonce;
        if (nonce >= MAX_PROPOSALS) revert ProposalsExhausted(requestId);
        _lockBond(msg.sender);
        r.status = RequestStatus.Proposed;
        p.proposer = msg.sender;
        p.proposedAt = uint40(block.timestamp);
        p.nonce = nonce + 1;
        return (block.timestamp + r.challengeWindow, p);
    }

    /// @dev Settles a final result or error: fee split, the proposer's bond released (or, for a proven
    /// result, none), the keeper pay to the caller, then the callback with exactly its paid gas, last.
    /// A proposer (or prover) ending its own request takes the keeper pay with its operator share in
    /// one write to its account, which keeps the usual finalize as cheap as before keeper pay.
    function _settle(uint256 requestId, Request storage r, Proposal storage p, address proposer, bool bonded) private {
        // Effects: status, fee split, bond.
        r.status = RequestStatus.Finalized;
        bool isError = p.isError;
        uint256 modelFee = r.modelFee;
        uint256 keeperShare = uint256(r.keeperPayGwei) * 1 gwei;
        uint256 operatorShare = r.paid - modelFee - keeperShare;
        uint256 protocolFeeBps = r.protocolFeeBps;
        _clearTerms(r);
        uint256 modelShare = 0;
        uint256 protocolShare = 0;
        if (isError) {
            // The model did not run: its fee goes back to the requester.
            if (modelFee != 0) balances[r.requester] += modelFee;
        } else {
            protocolShare = modelFee * protocolFeeBps / 10_000;
            modelShare = modelFee - protocolShare;
            if (modelShare != 0) balances[registry.receiverOf(r.modelId)] += modelShare;
            if (protocolShare != 0) _protocol.accrued += uint96(protocolShare);
        }
        uint256 proposerCredit = operatorShare;
        if (msg.sender == proposer) proposerCredit += keeperShare;
        else if (keeperShare != 0) balances[msg.sender] += keeperShare;
        if (bonded) _releaseBond(proposer, proposerCredit);
        else _credit(proposer, proposerCredit);

        // Interaction: the callback, last.
        address callback = r.callback;
        bool callbackSucceeded = true;
        if (callback != address(0)) {
            bytes memory payload = isError
                ? abi.encodeCall(IInferenceCallback.onInferenceError, (requestId, p.errorCode, r.callbackData))
                : abi.encodeCall(IInferenceCallback.onInferenceResult, (requestId, p.output, r.callbackData));
            callbackSucceeded = _callWithExactGas(callback, r.callbackGasLimit, payload);
            if (!callbackSucceeded) emit CallbackFailed(requestId, callback);
        }
        emit InferenceFinalized(
            requestId, proposer, msg.sender, isError, callbackSucceeded, operatorShare, keeperShare, modelShare, protocolShare
        );
    }

    /// @dev Zeroes slot 2 (fee and terms) once the fee has been paid out; the storage refund makes
    /// finalize and refund cheaper. The terms are only needed while the request is open.
    function _clearTerms(Request storage r) private {
        r.paid = 0;
        r.modelFee = 0;
        r.keeperPayGwei = 0;
        r.protocolFeeBps = 0;
        r.challengeWindow = 0;
        r.mode = IModelRegistry.VerificationMode.OPML;
    }

    /// @dev The fee of a request in this block and its keeper pay in whole gwei (rounded up, so that it
    /// fits 40 bits and the fee holds exactly what is paid out): (model fee + operator fee) × batch +
    /// keeper pay, with keeper pay = keeperFee + keeper gas × max(callbackGasPrice,
    /// CALLBACK_BASEFEE_MULTIPLIER × block.basefee) and keeper gas = KEEPER_TX_GAS + callbackGasLimit
    /// + CALLBACK_DATA_WORD_GAS per 32-byte word of callbackData: whoever ends the request is paid
    /// for all the gas it spends doing so, at the network's price, and keeperFee on top.
    function _fee(
        uint96 modelFee,
        Config memory c,
        uint256 batchSize,
        uint32 callbackGasLimit,
        uint256 callbackDataLength
    ) private view returns (uint256 fee, uint256 keeperPayGwei) {
        if (batchSize == 0 || batchSize > MAX_BATCH_SIZE) revert BatchSizeOutOfRange(batchSize);
        uint256 gasPrice = block.basefee * CALLBACK_BASEFEE_MULTIPLIER;
        if (gasPrice < c.callbackGasPrice) gasPrice = c.callbackGasPrice;
        uint256 keeperGas =
            KEEPER_TX_GAS + uint256(callbackGasLimit) + (callbackDataLength + 31) / 32 * CALLBACK_DATA_WORD_GAS;
        keeperPayGwei = (uint256(c.keeperFee) + keeperGas * gasPrice + (1 gwei - 1)) / 1 gwei;
        fee = (uint256(modelFee) + c.operatorFee) * batchSize + keeperPayGwei * 1 gwei;
    }

    /// @dev A proposed or proven output is not empty and fits MAX_OUTPUT_BYTES.
    function _checkOutput(bytes calldata output) private pure {
        if (output.length == 0) revert EmptyOutput();
        if (output.length > MAX_OUTPUT_BYTES) revert OutputTooLarge(output.length, MAX_OUTPUT_BYTES);
    }

    function _withdraw(address account) private {
        uint256 amount = balances[account];
        if (amount != 0) balances[account] = 0;
        amount += _takeEarnings(account);
        if (amount == 0) revert NothingToWithdraw(account);
        emit Withdrawn(account, amount);
        Address.sendValue(payable(account), amount);
    }

    function _setConfig(Config memory c) private {
        if (c.protocolFeeBps > MAX_PROTOCOL_FEE_BPS) revert ProtocolFeeTooHigh(c.protocolFeeBps);
        if (c.requestTimeout == 0) revert ZeroTimeout();
        _config.operatorFee = c.operatorFee;
        _config.keeperFee = c.keeperFee;
        _config.callbackGasPrice = c.callbackGasPrice;
        _config.protocolFeeBps = c.protocolFeeBps;
        _config.requestTimeout = c.requestTimeout;
        emit ConfigUpdated(c.operatorFee, c.keeperFee, c.callbackGasPrice, c.protocolFeeBps, c.requestTimeout);
    }

    function _setTreasury(address treasury_) private {
        if (treasury_ == address(0)) revert ZeroAddress();
        Protocol memory pr = _protocol;
        if (pr.accrued != 0) balances[pr.treasury] += pr.accrued;
        _protocol = Protocol({treasury: treasury_, accrued: 0});
        emit TreasuryUpdated(treasury_);
    }

    /// @dev Calls `target` with exactly `gasAmount` gas, copying no return data (a callback cannot
    /// grief finalize with a huge return). Reverts when fewer than `gasAmount` gas would reach the
    /// callee under EIP-150's 63/64 rule, so a finalizer cannot starve the callback to make it fail.
    /// A target without code counts as a failed callback.
    function _callWithExactGas(address target, uint256 gasAmount, bytes memory payload)
        private
        returns (bool success)
    {
        if (target.code.length == 0) return false;
        uint256 reserve = CALLBACK_GAS_RESERVE;
        bool enough;
        assembly ("memory-safe") {
            let g := gas()
            if gt(g, reserve) {
                g := sub(g, reserve)
                enough := gt(sub(g, div(g, 64)), gasAmount)
            }
            if enough {
                success := call(gasAmount, target, 0, add(payload, 0x20), mload(payload), 0, 0)
            }
        }
        if (!enough) revert InsufficientGasForCallback();
    }
}
