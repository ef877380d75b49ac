// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAIOracle} from "../interfaces/IAIOracle.sol";
import {IInferenceCallback} from "../interfaces/IInferenceCallback.sol";

/// @notice The oracle's request views this dApp reads to find what it is owed for a request.
interface IAIOracleRequests {
    /// @notice A request as stored.
    function getRequest(uint256 requestId) external view returns (IAIOracle.Request memory);
    /// @notice The request's (last) proposal; kept after finalization.
    function getProposal(uint256 requestId) external view returns (IAIOracle.Proposal memory);
}

/// @title DigitClassifier
/// @notice Example dApp: asks the Auspex oracle to classify a 28×28 MNIST image and stores the digit.
/// The input is the 784 raw pixels (uint8, row-major); the output is the model's 10 logits, each a
/// big-endian int64 fixed-point value (docs/ENCODING.md); the digit is their argmax.
/// The dApp is the oracle's requester, so what the oracle gives back for a request that ends without
/// a result — the fee less the refunder's keeper pay on a refund, the model fee on an error — is
/// credited to the dApp; it keeps who paid for each request and passes that money on to them
/// (`claimRefund`). A user who calls the oracle's `refund` itself earns the keeper pay too.
contract DigitClassifier is IInferenceCallback {
    /// @notice Gas the callback is bought with: decoding 10 logits and two stores fit easily.
    uint32 public constant CALLBACK_GAS_LIMIT = 100_000;
    uint256 public constant IMAGE_BYTES = 784;
    uint256 public constant CLASSES = 10;

    struct Classification {
        address requester; // who paid
        bool done;
        bool failed; // finalized with an error (errorCode)
        bool refunded; // the oracle refunded the request
        bool refundClaimed;
        uint8 digit;
        uint16 errorCode;
        uint96 paid; // returned on a refund: the fee less the keeper pay of whoever refunds
        uint96 modelFee; // returned on an error
    }

    IAIOracle public immutable oracle;
    uint256 public immutable modelId;

    mapping(uint256 requestId => Classification) public classifications;

    event DigitRequested(uint256 indexed requestId, address indexed requester);
    event DigitClassified(uint256 indexed requestId, uint8 digit);
    event ClassificationFailed(uint256 indexed requestId, uint16 code);
    event ClassificationRefunded(uint256 indexed requestId, uint256 amount);
    event RefundClaimed(uint256 indexed requestId, address indexed requester, uint256 amount);

    error NotOracle(address caller);
    error BadImageLength(uint256 length);
    error BadOutputLength(uint256 length);
    error NothingToRefund(uint256 requestId);
    error SurplusNotReturned(uint256 amount);

    constructor(IAIOracle oracle_, uint256 modelId_) {
        oracle = oracle_;
        modelId = modelId_;
    }

    /// @notice The fee classify takes in this block. It follows the base fee (the callback's gas is
    /// priced at it): send a margin, classify returns the surplus.
    function fee() external view returns (uint256) {
        return oracle.estimateFee(modelId, CALLBACK_GAS_LIMIT);
    }

    /// @notice Requests the classification of `image`, paying the oracle's fee in this block out of
    /// msg.value (at least fee()) and sending the surplus back to the caller.
    /// @param image 784 pixel bytes, 0..255.
    /// @return requestId The oracle's request id.
    function classify(bytes calldata image) external payable returns (uint256 requestId) {
        if (image.length != IMAGE_BYTES) revert BadImageLength(image.length);
        uint256 required = oracle.estimateFee(modelId, CALLBACK_GAS_LIMIT);
        if (msg.value < required) revert IAIOracle.FeeTooLow(required, msg.value);
        requestId = oracle.requestInference{value: required}(modelId, image, address(this), CALLBACK_GAS_LIMIT, "");
        Classification storage c = classifications[requestId];
        c.requester = msg.sender;
        // What a refund returns and the model fee are what the oracle snapshot for the request, read
        // back rather than recomputed; both are below the fee, which fits 80 bits there.
        IAIOracle.Request memory r = IAIOracleRequests(address(oracle)).getRequest(requestId);
        c.paid = uint96(required - uint256(r.keeperPayGwei) * 1 gwei);
        c.modelFee = r.modelFee;
        emit DigitRequested(requestId, msg.sender);
        if (msg.value > required) {
            // Last, after every effect: a re-entering caller finds its request recorded.
            (bool ok,) = msg.sender.call{value: msg.value - required}("");
            if (!ok) revert SurplusNotReturned(msg.value - required);
        }
    }

    /// @notice What `claimRefund(requestId)` would pay now: the fee less the keeper pay of a refunded
    /// request, the model fee of one finalized with an error, zero otherwise or once claimed. Read
    /// from the oracle, so it holds even if the refund or error callback failed.
    function refundable(uint256 requestId) public view returns (uint256) {
        Classification storage c = classifications[requestId];
        if (c.requester == address(0) || c.refundClaimed) return 0;
        IAIOracle.RequestStatus status = IAIOracleRequests(address(oracle)).getRequest(requestId).status;
        if (status == IAIOracle.RequestStatus.Refunded) return c.paid;
        if (status == IAIOracle.RequestStatus.Finalized) {
            if (IAIOracleRequests(address(oracle)).getProposal(requestId).isError) return c.modelFee;
        }
        return 0;
    }

    /// @notice Sends what the oracle returned for a request that ended without a result to the user
    /// who paid for it, out of this dApp's oracle balance. Anyone may call; the money goes to the
    /// requester, once.
    function claimRefund(uint256 requestId) external {
        uint256 amount = refundable(requestId);
        if (amount == 0) revert NothingToRefund(requestId);
        Classification storage c = classifications[requestId];
        c.refundClaimed = true;
        address requester = c.requester;
        emit RefundClaimed(requestId, requester, amount);
        oracle.withdrawTo(requester, amount);
    }

    /// @inheritdoc IInferenceCallback
    function onInferenceResult(uint256 requestId, bytes calldata output, bytes calldata) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        if (output.length != CLASSES * 8) revert BadOutputLength(output.length);
        uint8 best = 0;
        int64 bestLogit = type(int64).min;
        for (uint256 i; i < CLASSES; ++i) {
            int64 logit = int64(uint64(bytes8(output[i * 8:i * 8 + 8])));
            if (logit > bestLogit) {
                bestLogit = logit;
                best = uint8(i);
            }
        }
        Classification storage c = classifications[requestId];
        c.done = true;
        c.digit = best;
        emit DigitClassified(requestId, best);
    }

    /// @inheritdoc IInferenceCallback
    /// @dev The model fee is back in this dApp's oracle balance; the user takes it with claimRefund.
    function onInferenceError(uint256 requestId, uint16 code, bytes calldata) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        Classification storage c = classifications[requestId];
        c.done = true;
        c.failed = true;
        c.errorCode = code;
        emit ClassificationFailed(requestId, code);
    }

    /// @inheritdoc IInferenceCallback
    /// @dev The fee is back in this dApp's oracle balance; the user takes it with claimRefund. The
    /// callback cannot pass it on itself: the oracle's withdrawals are closed while it calls back.
    function onInferenceRefunded(uint256 requestId, uint256 amount, bytes calldata) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        Classification storage c = classifications[requestId];
        c.done = true;
        c.refunded = true;
        emit ClassificationRefunded(requestId, amount);
    }
}
