// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IAIOracle} from "../interfaces/IAIOracle.sol";
import {IInferenceCallback} from "../interfaces/IInferenceCallback.sol";

/// @title DigitClassifier
/// @notice Example dApp: asks the Auspex oracle to classify a 28×28 MNIST image and stores the digit.
/// The input is the 784 raw pixels (uint8, row-major); the output is the model's 10 logits, each a
/// big-endian int64 fixed-point value (docs/ENCODING.md); the digit is their argmax.
contract DigitClassifier is IInferenceCallback {
    /// @notice Gas the callback is bought with: decoding 10 logits and two stores fit easily.
    uint32 public constant CALLBACK_GAS_LIMIT = 100_000;
    uint256 public constant IMAGE_BYTES = 784;
    uint256 public constant CLASSES = 10;

    struct Classification {
        address requester;
        bool done;
        bool failed;
        uint8 digit;
        uint16 errorCode;
    }

    IAIOracle public immutable oracle;
    uint256 public immutable modelId;

    mapping(uint256 requestId => Classification) public classifications;

    event DigitRequested(uint256 indexed requestId, address indexed requester);
    event DigitClassified(uint256 indexed requestId, uint8 digit);
    event ClassificationFailed(uint256 indexed requestId, uint16 code);

    error NotOracle(address caller);
    error BadImageLength(uint256 length);
    error BadOutputLength(uint256 length);

    constructor(IAIOracle oracle_, uint256 modelId_) {
        oracle = oracle_;
        modelId = modelId_;
    }

    /// @notice The fee to send with classify.
    function fee() external view returns (uint256) {
        return oracle.estimateFee(modelId, CALLBACK_GAS_LIMIT);
    }

    /// @notice Requests the classification of `image`; msg.value must equal fee().
    /// @param image 784 pixel bytes, 0..255.
    /// @return requestId The oracle's request id.
    function classify(bytes calldata image) external payable returns (uint256 requestId) {
        if (image.length != IMAGE_BYTES) revert BadImageLength(image.length);
        requestId = oracle.requestInference{value: msg.value}(modelId, image, address(this), CALLBACK_GAS_LIMIT, "");
        classifications[requestId].requester = msg.sender;
        emit DigitRequested(requestId, msg.sender);
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
    function onInferenceError(uint256 requestId, uint16 code, bytes calldata) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        Classification storage c = classifications[requestId];
        c.done = true;
        c.failed = true;
        c.errorCode = code;
        emit ClassificationFailed(requestId, code);
    }
}
