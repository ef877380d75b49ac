// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IAIOracleConfig is an auto generated low-level Go binding around an user-defined struct.
type IAIOracleConfig struct {
	OperatorFee      uint64
	KeeperFee        uint64
	CallbackGasPrice *big.Int
	ProtocolFeeBps   uint16
	RequestTimeout   uint32
	Nonce            *big.Int
}

// IAIOracleDisputeTerms is an auto generated low-level Go binding around an user-defined struct.
type IAIOracleDisputeTerms struct {
	Status       uint8
	BatchSize    uint16
	ChallengeEnd *big.Int
	Proposer     common.Address
	Nonce        uint32
	IsError      bool
	ErrorCode    uint16
	OutputHash   [32]byte
	LayoutRoot   [32]byte
}

// IAIOracleProposal is an auto generated low-level Go binding around an user-defined struct.
type IAIOracleProposal struct {
	Proposer   common.Address
	ProposedAt *big.Int
	IsError    bool
	ErrorCode  uint16
	Nonce      uint32
	Output     []byte
}

// IAIOracleRequest is an auto generated low-level Go binding around an user-defined struct.
type IAIOracleRequest struct {
	Requester        common.Address
	Deadline         *big.Int
	ModelId          uint32
	Status           uint8
	BatchSize        uint16
	Callback         common.Address
	CallbackGasLimit uint32
	Paid             *big.Int
	ModelFee         *big.Int
	KeeperPayGwei    *big.Int
	ProtocolFeeBps   uint16
	ChallengeWindow  uint32
	Mode             uint8
	CallbackData     []byte
}

// AIOracleMetaData contains all meta data concerning the AIOracle contract.
var AIOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"operatorFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"keeperFee\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"callbackGasPrice\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"nonce\",\"type\":\"uint40\"}],\"internalType\":\"structIAIOracle.Config\",\"name\":\"config_\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"proposalBond_\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"withdrawalDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BatchSizeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CallbackGasLimitTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallbackGasWithoutCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalizableAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"DisputeOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyOutput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"FeeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"InputMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"InvalidErrorCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelIdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelIsDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NoOpenDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingWithdrawal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDisputeGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotRefundable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OutputTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"ProposalsExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"ProtocolFeeTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"ResultIsError\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumIAIOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCallbackGasLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTimeout\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZkBatchUnsupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZkNotEnabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"ZkProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZkProofRequired\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"}],\"name\":\"BondDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"BondWithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"name\":\"CallbackFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"operatorFee\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"keeperFee\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"callbackGasPrice\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"}],\"name\":\"ConfigUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"disputeGame\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"}],\"name\":\"DisputeGameUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"finalizableAt\",\"type\":\"uint256\"}],\"name\":\"ErrorProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"isError\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"callbackSucceeded\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"operatorShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"keeperShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"protocolShare\",\"type\":\"uint256\"}],\"name\":\"InferenceFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"batchSize\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"InferenceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"reopened\",\"type\":\"bool\"}],\"name\":\"ProposalSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ProtocolFeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"keeperShare\",\"type\":\"uint256\"}],\"name\":\"RequestRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"finalizableAt\",\"type\":\"uint256\"}],\"name\":\"ResultProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"ResultProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasuryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CALLBACK_BASEFEE_MULTIPLIER\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CALLBACK_DATA_WORD_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ERROR_EXECUTION\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ERROR_INVALID_INPUT\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KEEPER_TX_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ERROR_CODE\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OUTPUT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROPOSALS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROTOCOL_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLASH_TREASURY_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"}],\"name\":\"computeRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"operatorFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"keeperFee\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"callbackGasPrice\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"nonce\",\"type\":\"uint40\"}],\"internalType\":\"structIAIOracle.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositBond\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeGame\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"disputeTerms\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIAIOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"batchSize\",\"type\":\"uint16\"},{\"internalType\":\"uint40\",\"name\":\"challengeEnd\",\"type\":\"uint40\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"isError\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"errorCode\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structIAIOracle.DisputeTerms\",\"name\":\"t\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"estimateBatchFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"estimateFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"callbackDataLength\",\"type\":\"uint256\"}],\"name\":\"estimateRequestFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getProposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"proposedAt\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"isError\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"errorCode\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structIAIOracle.Proposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"enumIAIOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"batchSize\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint80\",\"name\":\"paid\",\"type\":\"uint80\"},{\"internalType\":\"uint80\",\"name\":\"modelFee\",\"type\":\"uint80\"},{\"internalType\":\"uint40\",\"name\":\"keeperPayGwei\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"internalType\":\"structIAIOracle.Request\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getResult\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"game\",\"type\":\"address\"}],\"name\":\"isDisputeGame\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"openDisputes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"openProposalNonce\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"operatorOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingAvailableAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"earnings\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalBond\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"proposalOutput\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"proposeError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"proposeResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocolFeesAccrued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes[]\",\"name\":\"inputs\",\"type\":\"bytes[]\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"requestBatchInference\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"requestBondWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"requestInference\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"operatorFee\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"keeperFee\",\"type\":\"uint64\"},{\"internalType\":\"uint40\",\"name\":\"callbackGasPrice\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"nonce\",\"type\":\"uint40\"}],\"internalType\":\"structIAIOracle.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"setConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"disputeGame_\",\"type\":\"address\"}],\"name\":\"setDisputeGame\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"name\":\"setDisputeOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"withdrawFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawProtocolFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AIOracle",
	Bin: "0x60e0604052346104255760405161530838819003601f8101601f191683016001600160401b038111848210176104295783928291604052833981010361016081126104255781516001600160a01b03811690818103610425576100646020850161045c565b9060c06100736040870161045c565b94605f190112610425576040519360c085016001600160401b03811186821017610429576040526100a660608701610470565b85526100b460808701610470565b91602086019283526100c860a08801610484565b946040870195865260c08801519461ffff86168603610425576060880195865260e08901519863ffffffff8a168a036104255760808901998a5261010f6101008201610484565b60a08a01526101208101516001600160601b03811691828203610425576101406101399101610470565b91156104165760805260a0526001600160a01b0316801561040357600380546001600160a01b031990811690915560028054918216831790556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3156103f45760c0526001600160a01b03169283156103f45760206101c161043d565b6005546001600160a01b03811680835260a09190911c92909101829052816103c1575b50505f60206101f161043d565b86815201526001600160a01b038416600555604051937f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d15f80a261ffff83511661138881116103af575063ffffffff865116156103a057935160048054925195519351965160a888901b61ffff60a81b16608086811b64ffffffffff60801b166001600160d81b03199096166001600160401b0395861690811760408b811b6fffffffffffffffff00000000000000001691909117979097179290921760b884901b63ffffffff60b81b1617909355865295909116602085015264ffffffffff929092169083015261ffff93909316606082015263ffffffff91909116918101919091527f5fb8b6b0898933ff57390f16a5dd52ecbeb999b1b27934aa331922e7e8316ecd9060a090a1604051614e7190816104978239608051818181610bc00152818161155d0152818161463c015281816149680152614ae2015260a051818181610c250152612201015260c0518181816106c701528181610da401528181610e9f015281816111410152818161177f015281816128b001528181612d61015281816135900152613ef00152f35b63b077b20b60e01b5f5260045ffd5b63536af54f60e11b5f5260045260245ffd5b5f52600b60205260405f2080549182018092116103e057555f806101e4565b634e487b7160e01b5f52601160045260245ffd5b63d92e233d60e01b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b631f2a200560e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b60408051919082016001600160401b0381118382101761042957604052565b51906001600160a01b038216820361042557565b51906001600160401b038216820361042557565b519064ffffffffff821682036104255756fe6101006040526004361015610012575f80fd5b5f5f3560e01c806305261aea14613b495780630544a753146134c157806316cf5e30146134955780631c6de0a714612c365780631ff4f5c314612bff578063205c287814612b405780632491bbd714612aa55780632619fc1e14612a6857806326622a8d14612701578063278ecde1146124ad57806327e235e31461247557806333727c4d1461243857806334cad9281461241c57806338eaf26c14612133578063393d96ed146122c457806339c33215146122a75780633a6a4329146121595780633ccfd60b1461213857806354b4b0bf1461213357806357d24a4914611f715780635dcd56f114611dc157806360d26ef3146115e557806361d027b3146115bd578063636f35d31461149257806366eb9cec146113bc5780636d947e4b1461045a5780636dd95d37146113a0578063715018a61461133b578063741b3c391461129c57806379502c55146111f657806379ba5097146111705780637b1039991461112c5780637fabb4a8146111045780638795cccb146110385780638da5cb5b146110105780638f20eaee14610e6957806390359d0914610d6b57806391751c1314610d4f578063995e433914610c865780639eca672c14610c49578063a7ab696114610c05578063b621e75a14610be4578063b756414b14610ba0578063b93f863314610b7e578063bb96b65e14610b36578063c58343ef14610894578063c5d51c5014610689578063c7f758a814610570578063cb0f8aff14610546578063cb606cca1461047c578063cfdbf2541461045f578063d9c652e61461045a578063de826fa81461043e578063e28cd30e14610420578063e30c3978146103f7578063f0283335146103db578063f0f44260146103095763f2fde38b14610299575f80fd5b34610306576020366003190112610306576102b261400a565b6102ba6148d3565b600380546001600160a01b0319166001600160a01b039283169081179091556002549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b80fd5b50346103065760203660031901126103065761032361400a565b61032b6148d3565b6001600160a01b031680156103cc576103426144b9565b6001600160601b0360208201511690816103a1575b5050816020604051610368816140f7565b83815201526001600160a01b0381166005557f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d18280a280f35b516001600160a01b03168352600b60205260408320805490916103c3916140cf565b90555f80610357565b63d92e233d60e01b8252600482fd5b5034610306578060031936011261030657602060405160028152f35b50346103065780600319360112610306576003546040516001600160a01b039091168152602090f35b50346103065780600319360112610306576020604051620186a08152f35b5034610306578060031936011261030657602060405160018152f35b6140b3565b503461030657806003193601126103065760206040516101008152f35b5034610306576040366003190112610306576004356024359061ffff8216918281036105425782158015610538575b610524576104b882614a4f565b805462ffffff60c81b191660d09390931b61ffff60d01b1692909217600160c81b17918290556040805160e09390931c835260208301949094529281019290925233917f84d37bdf1c23c84e06afa222265e8d3cfb1090c0a3185d3684f2e8cf11d1863790606090a380f35b63984c671360e01b84526004839052602484fd5b50600283116104ab565b8380fd5b50346103065760203660031901126103065760406020916004358152600883522054604051908152f35b503461030657602036600319011261030657604090606060a08351610594816140dc565b8381528360208201528385820152838382015283608082015201526004358152600a602052206040516105c6816140dc565b610685600163ffffffff8454828060a01b038116855261ffff602086019664ffffffffff8360a01c1688526040870160ff8460c81c16151581526106316060890192848660d01c16845260808a019560e01c865261062a6040518099819301614286565b038761412e565b60a0880195865264ffffffffff604051998a9960208b5260018060a01b0390511660208b015251166040890152511515606088015251166080860152511660a08401525160c08084015260e0830190614059565b0390f35b503461030657606036600319011261030657602435906106a7614046565b60405163fdefad2960e01b8152600480359082015290929060c0816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610889578390610848575b6001600160601b0391505116610712614454565b938215801561083d575b610829574860011b904882046002144815171561080957604086015164ffffffffff1680831061081d575b5063ffffffff16620186a0019081620186a011610809579061077a610780926001600160401b0360208901511692614401565b906140cf565b633b9ac9ff81018091116107f5576107b392916001600160401b03633b9aca006107ae9304965116906140cf565b614401565b90633b9aca00830292808404633b9aca0014901517156107e15760206107d984846140cf565b604051908152f35b634e487b7160e01b81526011600452602490fd5b634e487b7160e01b84526011600452602484fd5b634e487b7160e01b85526011600452602485fd5b915063ffffffff610747565b6321cd42c760e01b84526004839052602484fd5b50610100831161071c565b5060c03d60c011610882575b61085e818361412e565b81019060c081830312610542576001600160601b039161087d91614373565b6106fe565b503d610854565b6040513d85823e3d90fd5b50346103065760203660031901126103065760606101a06040516108b781614112565b83815283602082015283604082015283838201528360808201528360a08201528360c08201528360e08201528361010082015283610120820152836101408201528361016082015283610180820152015260043581526009602052604081206040519161092383614112565b81549260018060a01b0384168152602081019364ffffffffff8160a01c168552604082019163ffffffff8260c81c1683526060810161096860ff8460e81c1682614314565b608082019260f01c835260018601549260a0830160018060a01b038516815263ffffffff60c085019560a01c16855260028801549460e08501916001600160501b03871683526101008601936001600160501b038860501c16855261012087019564ffffffffff8960a01c16875261014088019761ffff8a60c81c16895261016081019963ffffffff8160d81c168b5260f81c9a61018082019b6003811015610b22578c52604051809e81600381920190610a2291614286565b03610a2c9161412e565b6101a082019d8e526040519e8f9260208452600160a01b6001900390511660208401525164ffffffffff1660408301525163ffffffff1690606001525160808d01610a769161408b565b5161ffff1660a08c0152600160a01b6001900390511660c08b01525163ffffffff1660e08a0152516001600160501b0316610100890152516001600160501b03166101208801525164ffffffffff166101408701525161ffff166101608601525163ffffffff1661018085015251906003821015610b0e57508291610685916101a0840152516101c0808401526101e0830190614059565b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b8e52602160045260248efd5b503461030657604036600319011261030657602090610b66610b56614033565b610b5e6147d4565b600435614511565b905f516020614e515f395f51905f525d604051908152f35b50346103065760403660031901126103065760206107d96024356004356144df565b503461030657806003193601126103065760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610306578060031936011261030657602060055460a01c604051908152f35b503461030657806003193601126103065760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461030657602036600319011261030657610c73610c6661400a565b610c6e6147d4565b61499e565b805f516020614e515f395f51905f525d80f35b50346103065760203660031901126103065760043590818152600960205260ff604082205460e81c166005811015610d3b57600303610d2957818152600a602052604081209182549060ff8260c81c16610d0d5760405161068590610cf981610cf28160018a01614286565b038261412e565b604051918291602083526020830190614059565b638ce39df560e01b835260045260d01c61ffff16602452604490fd5b602491635f5010c560e11b8252600452fd5b634e487b7160e01b82526021600452602482fd5b5034610306578060031936011261030657602060405160048152f35b503461030657608036600319011261030657610d85614046565b60405163fdefad2960e01b81526004803590820152909160c0826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610e5c578192610e0d575b6020610e04856001600160601b03865116906064359160243590610dfe614454565b90614c4e565b50604051908152f35b90915060c03d60c011610e55575b610e25818361412e565b81019160c0828403126103065750916001600160601b03610e4b610e0493602095614373565b9250819350610ddc565b503d610e1b565b50604051903d90823e3d90fd5b34610ffa576040366003190112610ffa57610e82614033565b60405163fdefad2960e01b8152600480359082015260c0816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015611005575f90610fc0575b6001600160601b0391505116610eea614454565b914860011b9048820460021448151715610fa057604084015164ffffffffff16808310610fb4575b5063ffffffff16620186a00180620186a011610fa05761077a610f43926001600160401b0360208701511692614401565b90633b9ac9ff8201809211610fa0576001600160401b03633b9aca00610f6d9304935116906140cf565b80158180046001141715610fa057633b9aca00820291808304633b9aca001490151715610fa0576020916107d9916140cf565b634e487b7160e01b5f52601160045260245ffd5b915063ffffffff610f12565b5060c03d60c011610ffe575b610fd6818361412e565b81019060c081830312610ffa576001600160601b0391610ff591614373565b610ed6565b5f80fd5b503d610fcc565b6040513d5f823e3d90fd5b34610ffa575f366003190112610ffa576002546040516001600160a01b039091168152602090f35b34610ffa575f366003190112610ffa576110506147d4565b6110586144b9565b602081016001600160601b03815116156110e3576001600160601b036110d19260018060a01b036005541660055560018060a01b038151167fa087657e3d85162090ffd700fbfdf5070d816f63aa5da00063f6ffd369c8a6db602084865116604051908152a251915116906001600160a01b031661486d565b5f5f516020614e515f395f51905f525d005b5051636e34ee0b60e11b5f9081526001600160a01b03909116600452602490fd5b34610ffa575f366003190112610ffa576006546040516001600160a01b039091168152602090f35b34610ffa575f366003190112610ffa576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610ffa575f366003190112610ffa57600354336001600160a01b03909116036111e357600380546001600160a01b0319908116909155600280543392811683179091556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b63118cdaa760e01b5f523360045260245ffd5b34610ffa575f366003190112610ffa575f60a0604051611215816140dc565b828152826020820152826040820152826060820152826080820152015260c061123c614454565b64ffffffffff60a0604051926001600160401b0381511684526001600160401b03602082015116602085015282604082015116604085015261ffff606082015116606085015263ffffffff608082015116608085015201511660a0820152f35b5f366003190112610ffa57341561132c57335f525f60205260405f206112d56001600160601b038254166112cf34614c1d565b90614434565b906001600160601b0382166001600160601b03198254161790556001600160601b03604051913483521660208201527f53709ba3cdfc6888ee4e1f05692566dfc3446e917fd4402db50e328307e6b39360403392a2005b631f2a200560e01b5f5260045ffd5b34610ffa575f366003190112610ffa576113536148d3565b600380546001600160a01b03199081169091556002805491821690555f906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610ffa575f366003190112610ffa5760206040516108988152f35b34610ffa575f366003190112610ffa57335f52600160205260405f20604051906113e5826140f7565b546001600160601b0381168083526001600160401b03602084019260601c16825215611483576001600160401b039051168042106114715761146f6001600160601b0383335f5260016020525f6040812055818151166040519081527f0d41118e36df44efb77a471fc49fb9c0be0406d802ef95520e9fbf606e65b45560203392a251163361486d565b005b630581a27f60e41b5f5260045260245ffd5b639121b84f60e01b5f5260045ffd5b34610ffa576020366003190112610ffa576001600160a01b036114b361400a565b16805f525f60205260405f209060405160608101928184106001600160401b038511176115a95760a093604052546001600160601b0381168252602082019263ffffffff8260601c168452604083019160801c82525f52600160205260405f20916001600160801b036001600160401b036001600160601b0361158363ffffffff82604051986115428a6140f7565b54968188168a528560208b019860601c1688525116985116827f00000000000000000000000000000000000000000000000000000000000000001690614401565b955116925116925116926040519485526020850152604084015260608301526080820152f35b634e487b7160e01b5f52604160045260245ffd5b34610ffa575f366003190112610ffa576005546040516001600160a01b039091168152602090f35b60a0366003190112610ffa576024356001600160401b038111610ffa5736602382011215610ffa578060040135906001600160401b038211610ffa578160051b903660248383010111610ffa5761163a613ff4565b611642614020565b936084356001600160401b038111610ffa57611662903690600401613fc7565b9060a0529080158015611db6575b611da4579394368490036042190194905f5b828110156116da5760248160051b8701013587811215610ffa5786016024810135906001600160401b038211610ffa576044823603910113610ffa57156116cb57600101611682565b63a447fc5360e01b5f5260045ffd5b509091939594929560405180946020820197856040840160208b52526060808401918401019160248501945f905b888210611d475750505050611726925003601f19810185528461412e565b5f60805263ffffffff60043511611d325763ffffffff811691624c4b408311611d18576001600160a01b03871615928315611d045780611cf5575b60405163fdefad2960e01b815260048035908201529360c0856024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa948515611005575f95611cba575b506060850151611ca55760a08501511580611c8d575b611c7857604085019485516003811015611bcd5760011480611c6d575b611c58576117f6614454565b9561180e8987878a6001600160601b03875116614c4e565b929097883410611c4157883403611c19575b64ffffffffff60a0820151169b60018d019064ffffffffff8211610fa057600480546001600160d81b031660d89390931b6001600160d81b031916929092179091558a519020611870908d6144df565b6080528c64ffffffffff61188e63ffffffff608085015116426140cf565b6080515f908152600960205260409020805464ffffffffff60a01b1933166001600160c81b0319909116179290911660a081901b64ffffffffff60a01b169290921781559099909687546001600160f01b0364ffffffffff60c81b1990911660043560c81b63ffffffff60c81b1617600160e81b171660f08b901b6001600160f01b03191617885515611be1575b505061192789614dce565b9360028601946001600160501b03166001600160501b03198654161785558783516001600160601b03169061195b91614401565b61196490614dce565b855469ffffffffffffffffffff60501b191660509190911b69ffffffffffffffffffff60501b1617855561199790614d69565b845464ffffffffff60a01b191660a09190911b64ffffffffff60a01b1617845560600151835461ffff60c81b191660c89190911b61ffff60c81b1617835560200151825463ffffffff60d81b191660d89190911b63ffffffff60d81b16178255516003811015611bcd57611a0a91614809565b86611a93575b509061ffff91611a57969798604051998a5260018060a01b031660208a01526040890152166060870152608086015260a085015261010060c0850152610100840190614059565b9082820360e08401525f516020614e315f395f51905f52339380611a84600435956080519560a0516141fb565b0390a460206040516080518152f35b976001600160401b0387116115a957611aaf60038a0154614233565b601f8111611b87575b505f98601f8811600114611b10579061ffff9392916003611af48a80611a579c9d9e5f91611b03575b508160011b915f199060031b1c19161790565b9101555b989796509091611a10565b905060a05101358f611ae1565b601f198816600382015f5260205f20905f5b818110611b6d575090899a9b611a579a61ffff979695949310611b52575b5050600360018b811b01910155611af8565b60a05101355f1960038d901b60f8161c191690558b80611b40565b60a0518d0135835560209c8d019c60019093019201611b22565b87811115611ab857611bbf9060038b015f5260205f2090601f8a0160051c9060208b10611bc5575b601f82910160051c03910161426b565b89611ab8565b5f9150611baf565b634e487b7160e01b5f52602160045260245ffd5b6001870180546001600160c01b0319166001600160a01b039093169290921760a09190911b63ffffffff60a01b161790558c8e61191c565b611c238934614307565b335f52600b602052611c3a60405f209182546140cf565b9055611820565b886378279ed960e11b5f526004523460245260445ffd5b63073af81960e31b5f5260043560045260245ffd5b5060018414156117ea565b63166fac9760e01b5f5260043560045260245ffd5b5060408501516003811015611bcd57600114156117cd565b63089c06a960e21b5f5260043560045260245ffd5b90945060c03d60c011611cee575b611cd2818361412e565b810160c082820312610ffa57611ce791614373565b93896117b7565b503d611cc8565b63eeaae27960e01b5f5260045ffd5b8061176157631a868e5160e01b5f5260045ffd5b82634dc3ced360e01b5f52600452624c4b4060245260445ffd5b6301b29c9b60e21b5f5260043560045260245ffd5b919390929450605f19898203018552853584811215610ffa57820190604460248301359201916001600160401b038111610ffa578036038313610ffa57611d9460209283926001956141fb565b9701950192018894959391611708565b6321cd42c760e01b5f5260045260245ffd5b506101008111611670565b34610ffa5760c0366003190112610ffa57611dda6148d3565b604051611de6816140dc565b6004356001600160401b0381168103610ffa5781526024356001600160401b0381168103610ffa576020820190815260443564ffffffffff81168103610ffa57604083019081526064359261ffff841692838503610ffa57606082019485526084359363ffffffff85168503610ffa576080830194855260a43564ffffffffff81168103610ffa5760a08401526113888111611f5f575063ffffffff84511615611f505761ffff60a09464ffffffffff7f5fb8b6b0898933ff57390f16a5dd52ecbeb999b1b27934aa331922e7e8316ecd976001600160401b038063ffffffff975116976004549651905192519451968860b81b8860b81b16908960b81b19908b8960a81b19916affffffffffffffffffffff60a81b1617166fffffffffffffffff00000000000000008460401b1617168560801b8560801b16178760a81b8760a81b161717600455604051988952166020880152166040860152166060840152166080820152a1005b63b077b20b60e01b5f5260045ffd5b63536af54f60e11b5f5260045260245ffd5b34610ffa576040366003190112610ffa576004356024356001600160401b038111610ffa57611fa4903690600401613fc7565b91611faf8383614833565b611fb881614a4f565b93909260018501946001600160401b0383116115a957611fd88654614233565b601f81116120f9575b505f95601f841160011461206f5790612056929161203785807f78e5eb87796f0e6f00aef03403ce5a845dfee58dd8a585aa34c394f5afba645b98999a5f9161206457508160011b915f199060031b1c19161790565b90555b5460e01c926040519384526060602085015260608401916141fb565b9360408201528033940390a3005b90508501358b611ae1565b601f198416815f5260205f20905f5b8181106120e15750907f78e5eb87796f0e6f00aef03403ce5a845dfee58dd8a585aa34c394f5afba645b9697988661205696959493106120c8575b5050600185811b01905561203a565b8401355f19600388901b60f8161c1916905588806120b9565b858a013583556020998a01996001909301920161207e565b83811115611fe15761212d90875f5260205f2090601f860160051c9060208710611bc557601f82910160051c03910161426b565b86611fe1565b614098565b34610ffa575f366003190112610ffa576121506147d4565b6110d13361499e565b34610ffa576020366003190112610ffa576004356001600160601b03811690818103610ffa57811561132c57335f525f60205260405f2061219981614955565b80841161228c57506001600160601b036121b68382845416614414565b166001600160601b0319825416179055335f5260016020526001600160601b036121e760405f209282845416614434565b166001600160601b03198254161781556001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b034216016001600160401b038111610fa057816001600160401b0392548360601b8360601b16908460601b19161790556040519283521660208201527f1fa7fca2baa5438222c57b95e85e881e4be5eb2043bf6e98b0e645583b1d62d860403392a2005b839063c4a1940760e01b5f523360045260245260445260645ffd5b34610ffa575f366003190112610ffa576020604051624c4b408152f35b34610ffa576060366003190112610ffa576004356122e0614033565b6044358015158103610ffa57335f52600760205260ff60405f2054161580156123ff575b6123ec57825f52600960205260ff60405f205460e81c166005811015611bcd5760021491826123ca575b50156123845715612355575f52600860205260405f2080549060018201809211610fa05755005b8061237f915f52600960205260ff60405f205460e81c169063a5d15e1f60e01b5f5260045261407d565b60445ffd5b61238a57005b805f52600860205260405f2054156123b8575f52600860205260405f208054905f198201918211610fa05755005b633136432160e21b5f5260045260245ffd5b909150825f52600a60205263ffffffff60405f205460e01c911614908361232e565b630b0473ad60e11b5f523360045260245ffd5b5080801561230457506006546001600160a01b0316331415612304565b34610ffa575f366003190112610ffa5760206040516140008152f35b34610ffa576020366003190112610ffa576004355f52600960205260ff60405f205460e81c166005811015611bcd57602090600360405191148152f35b34610ffa576020366003190112610ffa576001600160a01b0361249661400a565b165f52600b602052602060405f2054604051908152f35b34610ffa576020366003190112610ffa576004356124c96147d4565b805f52600960205260405f2090815460ff8160e81c166005811015611bcd57600181036126e9575064ffffffffff9060a01c1680421115806126d0575b6126ba5750815460ff60e81b198116600160ea1b17835560028301546001600160a01b039091169290338403612681576125536001600160501b03915f9283915b5f600287015516614307565b93805f52600b60205260405f2061256b8682546140cf565b905581612663575b604051918583526020830152837fe1b2f7697f2fb64fd320165224a21469125c414f86d17b3c83283ba593b122ea60403394a460018101546001600160a01b03811693909190846125d0575f5f516020614e515f395f51905f525d005b61262a9261262063ffffffff926126126040519586926368f629cb60e11b60208501528960248501526044840152606060648401526003608484019101614286565b03601f19810185528461412e565b60a01c16846148e7565b15612638575b8080806110d1565b7f2aa2f30cf59580d573e46b947814f9659bb093c7d40a744fd397ccee77911d4d5f80a38080612630565b335f52600b60205260405f2061267a8382546140cf565b9055612573565b64ffffffffff8160a01c16633b9aca00810290808204633b9aca001490151715610fa0576001600160501b039161255391928391612547565b90630a476e4560e31b5f5260045260245260445ffd5b50815f52600a602052600460405f205460e01c10612506565b63a5d15e1f60e01b5f52600483905261237f9061407d565b34610ffa576020366003190112610ffa5760043560405161012081018181106001600160401b038211176115a9576040525f815260208101915f835260408201925f845260608301935f8552608084015f815260a08501955f875260c08601925f845260e08701945f86528760016128098b61ffff61010085019b5f8d52805f52600960205260405f20905f52600a60205260405f20926127ab82549760ff8960e81c1690614314565b8660f01c885264ffffffffff6127d563ffffffff6002875495015460d81c16828560a01c166140cf565b168952858060a01b0382168a528160e01c8b5260ff8260c81c161515905260d01c168952610cf26040518094819301614286565b60208151910120875288516005811015611bcd5761288b575b5092610120989264ffffffffff63ffffffff9361ffff809897612849604051809e5161408b565b511660208c0152511660408a0152516001600160a01b031660608901525116608087015251151560a0860152511660c08401525160e083015251610100820152f35b604051631b4d85a560e21b815260c89190911c63ffffffff1660048201525f816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611005575f916128f7575b5060a001518752610120612822565b959491999390503d805f883e61290d818861412e565b860195602081880312610ffa578051906001600160401b038211610ffa570161020081880312610ffa576040519361016085018581106001600160401b038211176115a95760405261295e826141da565b855261296c602083016141da565b602086015261297d604083016141da565b6040860152606082015160608601526080820151608086015260a082015160a086015260c08201516001600160401b038111610ffa57820188601f82011215610ffa57888160206129d093519101614320565b60c086015260e08201516001600160401b038111610ffa57886129f4918401614356565b60e0860152612a07886101008401614373565b6101008601526101c08201516101208601526101e0820151976001600160401b038911610ffa576101209c60a063ffffffff97612a5161ffff9c948d9564ffffffffff9801614356565b61014082015295989e5050949798505093506128e8565b34610ffa576020366003190112610ffa576001600160a01b03612a8961400a565b165f526007602052602060ff60405f2054166040519015158152f35b34610ffa576020366003190112610ffa57612abe61400a565b612ac66148d3565b6001600160a01b03168015612b315760065481906001600160a01b038116827fe709fe0c74ffa6135d8d02f639dc4d54f0385deada03bf06b205f6b61d399e315f80a36001600160a01b031916176006555f908152600760205260409020805460ff19166001179055005b63d92e233d60e01b5f5260045ffd5b34610ffa576040366003190112610ffa57612b5961400a565b60243590612b656147d4565b6001600160a01b0316908115612b3157335f52600b60205260405f20549181158015612bf6575b612bdb57612b9d826110d194614307565b335f52600b60205260405f20556040518281527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a261486d565b509063db42144d60e01b5f523360045260245260445260645ffd5b50828211612b8c565b34610ffa576020366003190112610ffa576004355f52600a602052610685610cf2610cf9600160405f200160405192838092614286565b34610ffa5760a0366003190112610ffa576004356044356001600160401b038111610ffa57612c69903690600401613fc7565b906064356001600160401b038111610ffa57612c89903690600401613fc7565b6084929192356001600160401b038111610ffa57612cab903690600401613fc7565b9092612cb56147d4565b612cbf8386614833565b865f52600960205260405f209182549160ff8360e81c166005811015611bcd576001810361347d575064ffffffffff8360a01c1680421161346757506002840197885460f81c6003811015611bcd571561344b5760018460f01c0361342f5789612d3c612d2d36848661416a565b602081519101206024356144df565b0361341c57604051633375591360e21b815260c89490941c63ffffffff1660048501527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316966020856024818b5afa9384156110055787955f956133cc575b5091612e04612de0949260209694612df28d6040519a8b998a988998636cfcf5cd60e11b8a523360048b0152608060248b015260848a01916141fb565b878103600319016044890152916141fb565b848103600319016064860152916141fb565b03916001600160a01b03165afa908115611005575f91613392575b501561337f575f868152600a60205260409020805464ffffffffff60a01b1933166001600160c81b0319909116174260a01b64ffffffffff60a01b1617815591612e8f612e6f845460e01c61421b565b84546001600160e01b031660e09190911b6001600160e01b031916178455565b60018301946001600160401b0382116115a9578790612eae8754614233565b601f8111613345575b50825f601f82116001146132b55791612f0982612f22937f20c235022fb9920536cdbe1457392c92aba5a1b5609e7e882e798ade1acc94c8955f916132aa57508160011b915f199060031b1c19161790565b89555b60405191829160208352339660208401916141fb565b0390a3600360e81b60ff60e81b1982541617815560ff825460c81c169454936001600160501b038560501c169164ffffffffff8660a01c1693633b9aca00850294808604633b9aca001490151715610fa057612f9085612f8b866001600160501b038b16614307565b614307565b5f6002840155935f965f988a5f146131a857505080613180575b505b613003612fc1612fbc87876140cf565b614dff565b335f525f602052612fda60405f2091825460801c614dae565b81546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff1916179055565b60018281015490926001600160a01b03821692908b84613082575b5050505050905060405195151586521515602086015260408501526060840152608083015260a082015233917f9c39d789e7b8c1f5235c98d50021015b5d514da291d06d664d5086f03e95bfa260c03393a45f5f516020614e515f395f51905f525d005b6130f2955063ffffffff9394968c5f1461313057506130d861ffff6130e693945460d01c1693604051948593621fa1b360e41b602086015260248501526044840152606060648401526003608484019101614286565b03601f19810183528261412e565b915b60a01c16836148e7565b908115613105575b80808084938b61301e565b877f2aa2f30cf59580d573e46b947814f9659bb093c7d40a744fd397ccee77911d4d5f80a3876130fa565b92506130d861317a926003613167604051968795633dc7f85d60e11b60208801526024870152606060448701526084860190614286565b8481036023190160648601529101614286565b916130e8565b60018060a01b038354165f52600b6020526131a060405f209182546140cf565b905589612faa565b6131cd92995061271091985061ffff6131c59160c81c168a614401565b048098614307565b9586613214575b508615612fac576005546001600160a01b03196131fe6001600160601b038a1660a084901c614434565b60a01b169060018060a01b031617600555612fac565b602063ffffffff845460c81c1660246040518094819363f31d8c3160e01b835260048301525afa908115611005575f91613270575b5060018060a01b03165f52600b60205260405f206132688782546140cf565b9055896131d4565b90506020813d6020116132a2575b8161328b6020938361412e565b81010312610ffa5761329c906141da565b8a613249565b3d915061327e565b90508301358e611ae1565b5f8981526020812092508590601f198216905b818110613327575091612f2293917f20c235022fb9920536cdbe1457392c92aba5a1b5609e7e882e798ade1acc94c895931061330e575b5050600185811b018955612f0c565b8201355f19600388901b60f8161c191690558b806132ff565b8386013585558d9650600190940193602093840193889350016132c8565b83811115612eb75761337990885f5260205f2090601f860160051c9060208710611bc557601f82910160051c03910161426b565b89612eb7565b85630da77e7160e31b5f5260045260245ffd5b90506020813d6020116133c4575b816133ad6020938361412e565b81010312610ffa576133be906141ee565b87612e1f565b3d91506133a0565b9450919450916020843d602011613414575b816133eb6020938361412e565b81010312610ffa578694612e04612de0946134076020976141da565b9650929450929092612da3565b3d91506133de565b89635972115160e11b5f5260045260245ffd5b63ffffffff8463073af81960e31b5f5260c81c1660045260245ffd5b63ffffffff8463186c191f60e21b5f5260c81c1660045260245ffd5b8963041f95d160e51b5f5260045260245260445ffd5b63a5d15e1f60e01b5f5260048a905261237f9061407d565b34610ffa576020366003190112610ffa5760206134b36004356141a0565b63ffffffff60405191168152f35b60a0366003190112610ffa5760043560c0526024356001600160401b038111610ffa576134f2903690600401613fc7565b6134fa613ff4565b613502614020565b916084356001600160401b038111610ffa57613522903690600401613fc7565b9060e0529381156116cb5761353891369161416a565b9263ffffffff60c05111613b345763ffffffff831691624c4b408311611d18576001600160a01b0316938415928315613b205780611cf5575b60405163fdefad2960e01b815260c080516004830152909590866024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa958615611005575f96613ae5575b506060860151613ad05760a08601511580613ab8575b613aa357604086019182516003811015611bcd5760011480613a9c575b613a8757613607614454565b95613620868460018a6001600160601b038d5116614c4e565b989094853410613a7057853403613a48575b64ffffffffff60a08a0151169860018a0164ffffffffff8111610fa057600480546001600160d81b031660d89290921b6001600160d81b03191691909117905587516020890120613683908b6144df565b9a8c64ffffffffff61369f63ffffffff608086015116426140cf565b5f8f8152600960205260409020805464ffffffffff60a01b1933166001600160c81b0319909116179290911660a081901b64ffffffffff60a01b1692909217815590989096875460c0516001600160f01b0364ffffffffff60c81b1990921660c89190911b63ffffffff60c81b1617600160e81b1716600160f01b17885515613a0d575b505061372e88614dce565b936001600160501b036002870195166001600160501b03198654161785556001600160601b0381511690600182029180830460011490151715610fa05761380261ffff6060613823966137e56137c363ffffffff986137be8d61379260209b614dce565b815469ffffffffffffffffffff60501b191660509190911b69ffffffffffffffffffff60501b16179055565b614d69565b8b5464ffffffffff60a01b191660a09190911b64ffffffffff60a01b16178b55565b0151885461ffff60c81b1916911660c81b61ffff60c81b16178755565b0151845463ffffffff60d81b1916911660d81b63ffffffff60d81b16178355565b516003811015611bcd5761383691614809565b856138af575b50925f516020614e315f395f51905f529261388992889560209a604051998a528b8a0152604089015260016060890152608088015260a087015261010060c0870152610100860190614059565b9380850360e0820152806138a4339660c0519660e0516141fb565b0390a4604051908152f35b939291906001600160401b0386116115a957602098856138d360038b980154614233565b601f81116139d2575b50875f601f821160011461394057916003613922835f516020614e315f395f51905f529a9896946138899a98965f9161393357508160011b915f199060031b1c19161790565b9101555b9a5092955092509261383c565b905060e05101355f611ae1565b979695949392919050601f19891697600382015f528c5f20908a5f5b8b81106139b357509061388998979695949392915f516020614e315f395f51905f529a9b10613998575b5050600360018b811b01910155613926565b60e05101355f1960038d901b60f8161c191690558d80613986565b60e05183013584558e9a50600190930192918f01918c91508f0161395c565b888111156138dc57613a0790600383015f528c5f2090601f8b0160051c908e8c10611bc557601f82910160051c03910161426b565b8b6138dc565b60018701805463ffffffff60a01b199093166001600160c01b03199093169290921760a09190911b63ffffffff60a01b161790558c8e613723565b613a528634614307565b335f52600b602052613a6960405f209182546140cf565b9055613632565b856378279ed960e11b5f526004523460245260445ffd5b63073af81960e31b5f5260c05160045260245ffd5b505f6135fb565b63166fac9760e01b5f5260c05160045260245ffd5b5060408601516003811015611bcd57600114156135de565b63089c06a960e21b5f5260c05160045260245ffd5b90955060c03d60c011613b19575b613afd818361412e565b810160c082820312610ffa57613b1291614373565b94876135c8565b503d613af3565b8061357157631a868e5160e01b5f5260045ffd5b6301b29c9b60e21b5f5260c05160045260245ffd5b34610ffa576020366003190112610ffa57600435613b656147d4565b805f52600960205260405f209060ff825460e81c166005811015611bcd5760028103613fb15750805f52600a60205260405f209081549260018060a01b03841692613bc9600283019564ffffffffff63ffffffff885460d81c169160a01c166140cf565b804210613f9b5750825f52600860205260405f2054613f8857600360e81b60ff60e81b1983541617825560ff815460c81c169454916001600160501b038360501c169164ffffffffff8460a01c1691633b9aca00830292808404633b9aca001490151715610fa057613c4883612f8b866001600160501b038916614307565b5f6002830155915f945f968a5f14613e5d575080613e35575b505b82338903613e0d5750613ccb613c7985856140cf565b895f525f602052612fda613cc160405f2092612fbc613ca163ffffffff865460601c16614d96565b855463ffffffff60601b191660609190911b63ffffffff60601b16178555565b825460801c614dae565b60018281015490926001600160a01b038216929083613d44575b5050505060405197151588521515602088015260408701526060860152608085015260a08401527f9c39d789e7b8c1f5235c98d50021015b5d514da291d06d664d5086f03e95bfa260c03394a45f5f516020614e515f395f51905f525d005b613d9a9394509063ffffffff918a8d5f14613dd5576130d861ffff6130e693945460d01c1693604051948593621fa1b360e41b602086015260248501526044840152606060648401526003608484019101614286565b908115613daa575b808080613ce5565b867f2aa2f30cf59580d573e46b947814f9659bb093c7d40a744fd397ccee77911d4d5f80a388613da2565b6130d861317a926003613167604051968795633dc7f85d60e11b60208801526024870152606060448701526001608487019101614286565b613ccb908515613c7957335f52600b60205260405f20613e2e8782546140cf565b9055613c79565b60018060a01b038354165f52600b602052613e5560405f209182546140cf565b905589613c61565b612710919750613e8292965061ffff613e7a9160c81c1688614401565b048096614307565b9384613ec8575b8515613c63576005546001600160a01b0319613eb26001600160601b03891660a084901c614434565b60a01b169060018060a01b031617600555613c63565b815460405163f31d8c3160e01b815260c89190911c63ffffffff1660048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115611005575f91613f4e575b5060018060a01b03165f52600b60205260405f20613f478682546140cf565b9055613e89565b90506020813d602011613f80575b81613f696020938361412e565b81010312610ffa57613f7a906141da565b8a613f28565b3d9150613f5c565b826310d6516b60e01b5f5260045260245ffd5b8363076f615b60e41b5f5260045260245260445ffd5b61237f9163a5d15e1f60e01b5f5260045261407d565b9181601f84011215610ffa578235916001600160401b038311610ffa5760208381860195010111610ffa57565b604435906001600160a01b0382168203610ffa57565b600435906001600160a01b0382168203610ffa57565b6064359063ffffffff82168203610ffa57565b6024359063ffffffff82168203610ffa57565b6044359063ffffffff82168203610ffa57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b6005811015611bcd57602452565b906005821015611bcd5752565b34610ffa575f366003190112610ffa57602060405160028152f35b34610ffa575f366003190112610ffa5760206040516113888152f35b91908201809211610fa057565b60c081019081106001600160401b038211176115a957604052565b604081019081106001600160401b038211176115a957604052565b6101c081019081106001600160401b038211176115a957604052565b90601f801991011681019081106001600160401b038211176115a957604052565b6001600160401b0381116115a957601f01601f191660200190565b9291926141768261414f565b91614184604051938461412e565b829481845281830111610ffa578281602093845f960137010152565b805f52600960205260ff60405f205460e81c166005811015611bcd576002036141d5575f52600a60205260405f205460e01c90565b505f90565b51906001600160a01b0382168203610ffa57565b51908115158203610ffa57565b908060209392818452848401375f828201840152601f01601f1916010190565b63ffffffff60019116019063ffffffff8211610fa057565b90600182811c92168015614261575b602083101461424d57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691614242565b5f5b82811061427957505050565b5f8282015560010161426d565b5f929181549161429583614233565b80835292600181169081156142ea57506001146142b157505050565b5f9081526020812093945091925b8383106142d0575060209250010190565b6001816020929493945483858701015201910191906142bf565b915050602093945060ff929192191683830152151560051b010190565b91908203918211610fa057565b6005821015611bcd5752565b92919261432c8261414f565b9161433a604051938461412e565b829481845281830111610ffa578281602093845f96015e010152565b9080601f83011215610ffa57815161437092602001614320565b90565b91908260c0910312610ffa5760405161438b816140dc565b809280516001600160601b0381168103610ffa578252602081015163ffffffff81168103610ffa5760208301526040810151906003821015610ffa5760a06143fc91819360408601526143e0606082016141ee565b60608601526143f1608082016141ee565b6080860152016141ee565b910152565b81810292918115918404141715610fa057565b906001600160601b03809116911603906001600160601b038211610fa057565b906001600160601b03809116911601906001600160601b038211610fa057565b60405190614461826140dc565b8160a06004546001600160401b03811683526001600160401b038160401c16602084015264ffffffffff8160801c16604084015261ffff8160a81c16606084015263ffffffff8160b81c16608084015260d81c910152565b604051906144c6826140f7565b6005546001600160a01b038116835260a01c6020830152565b90604051906020820192468452306040840152606083015260808201526080815261450b60a08261412e565b51902090565b919091335f52600760205260ff60405f205416156123ec57805f52600960205260405f2092815f52600a60205260405f209060ff855460e81c166005811015611bcd576002148015906147c0575b6147b857806145c063ffffffff9260018060a01b0385541694865f52600a602052600160405f205f8155016145948154614233565b9081614774575b505080546001600160e01b031660e09290921b6001600160e01b031916919091179055565b5f84815260086020526040812055855460ff60e81b1916600160e81b178655600491169081109490929085614710575b50815f525f6020526001600160601b0360405f2061463a61461a63ffffffff835460601c16614d96565b825463ffffffff60601b191660609190911b63ffffffff60601b16178255565b7f0000000000000000000000000000000000000000000000000000000000000000908261466a8382845416614414565b1683198254161790551661138881028181046113881482151715610fa0577f33c588e5fecddf6a6b43328d9b36dee33bdc59ea041256c2123a57e9e0f86896916146bb612710606093048092614307565b976146c582614c1d565b600554906146e16001600160601b0360a01b918360a01c614434565b60a01b169060018060a01b0316176005556040519189835260208301526040820152a461470e823361486d565b565b61472563ffffffff60045460b81c16426140cf565b908164ffffffffff825460a01c161061473f575b506145f0565b61474b61476d92614d69565b815464ffffffffff60a01b191660a09190911b64ffffffffff60a01b16179055565b5f80614739565b81601f5f931160011461478b5750555b5f8061459b565b818352602083206147a891601f0160051c8419019060010161426b565b8082528160208120915555614784565b505f93505050565b50815460e01c63ffffffff8216141561455f565b5f516020614e515f395f51905f525c6147fa5760015f516020614e515f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b906003811015611bcd5781546001600160f81b031660f89190911b6001600160f81b031916179055565b50801561485e5761400081116148465750565b6372cd7bff60e01b5f5260045261400060245260445ffd5b63dd82139960e01b5f5260045ffd5b8147106148bc575f80809381938260405161488960208261412e565b526001600160a01b03165af11561489c57565b3d156148ad576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b6002546001600160a01b031633036111e357565b9092915f93823b156147b8575f925a80611388811161493c575b505083614922575b5050501561491357565b63657989e960e01b5f5260045ffd5b5f809496508392916020829551940192f1915f8080614909565b6113871990810160061c90910301821093505f80614901565b61437090546001600160601b03614997817f00000000000000000000000000000000000000000000000000000000000000001663ffffffff8460601c16614401565b9116614307565b60018060a01b031690815f52600b6020526149db60405f205480614a3c575b835f525f60205260405f2090815460801c9182614a29575b506140cf565b8015614a16578261470e92937f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d56020604051858152a261486d565b82636e34ee0b60e11b5f5260045260245ffd5b6001600160801b0381541690555f6149d5565b835f52600b6020525f60408120556149bd565b90815f52600960205260405f209182549060ff8260e81c166005811015611bcd5760018103613fb1575064ffffffffff8260a01c16804211614c0757506002840191825460f81c6003811015611bcd57600114614beb5750805f52600a60205260405f2093845460e01c916004831015614bda5750335f525f60205260405f20614ad881614955565b6001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690818110614bc1575050614b9263ffffffff93614bbd9593614b5084614b3088614bb2975460601c1661421b565b815463ffffffff60601b191660609190911b63ffffffff60601b16179055565b805460ff60e81b1916600160e91b179055875464ffffffffff60a01b1933166001600160c81b0319909116174260a01b64ffffffffff60a01b1617885561421b565b86546001600160e01b031660e09190911b6001600160e01b031916178655565b5460d81c16426140cf565b9190565b63c4a1940760e01b5f523360045260245260445260645ffd5b6289860b60e61b5f5260045260245ffd5b63ffffffff9063f757226960e01b5f5260c81c1660045260245ffd5b9063041f95d160e51b5f5260045260245260445ffd5b6001600160601b038111614c37576001600160601b031690565b6306dfcc6560e41b5f52606060045260245260445ffd5b9293909382158015614d5e575b614d4b574860011b9048820460021448151715610fa057604086015164ffffffffff16808310614d3f575b5063ffffffff16620186a0019182620186a011610fa057601f8101809111610fa05760051c6108988102908082046108981490151715610fa057614cd061077a91614ce5946140cf565b916001600160401b0360208801511692614401565b633b9ac9ff8101809111610fa057614d1b926001600160601b036001600160401b03633b9aca006107ae940496511691166140cf565b633b9aca008202828104633b9aca001483151715610fa057614d3c916140cf565b91565b915063ffffffff614c86565b826321cd42c760e01b5f5260045260245ffd5b506101008311614c5b565b64ffffffffff8111614d7f5764ffffffffff1690565b6306dfcc6560e41b5f52602860045260245260445ffd5b63ffffffff5f199116019063ffffffff8211610fa057565b906001600160801b03809116911601906001600160801b038211610fa057565b6001600160501b038111614de8576001600160501b031690565b6306dfcc6560e41b5f52605060045260245260445ffd5b6001600160801b038111614e19576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffdfe6ccb612fa50fa7840e27ef4b4c9274a7119b926041bc08fed9c48096e7cf40989b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
}

// AIOracle is an auto generated Go binding around an Ethereum contract.
type AIOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AIOracle) GetABI() abi.ABI {
	return c.abi
}

// NewAIOracle creates a new instance of AIOracle.
func NewAIOracle() *AIOracle {
	parsed, err := AIOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AIOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AIOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address owner_, address treasury_, (uint64,uint64,uint40,uint16,uint32,uint40) config_, uint96 proposalBond_, uint64 withdrawalDelay_) returns()
func (aIOracle *AIOracle) PackConstructor(registry_ common.Address, owner_ common.Address, treasury_ common.Address, config_ IAIOracleConfig, proposalBond_ *big.Int, withdrawalDelay_ uint64) []byte {
	enc, err := aIOracle.abi.Pack("", registry_, owner_, treasury_, config_, proposalBond_, withdrawalDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKBASEFEEMULTIPLIER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0283335.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_BASEFEE_MULTIPLIER() view returns(uint256)
func (aIOracle *AIOracle) PackCALLBACKBASEFEEMULTIPLIER() []byte {
	enc, err := aIOracle.abi.Pack("CALLBACK_BASEFEE_MULTIPLIER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKBASEFEEMULTIPLIER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0283335.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_BASEFEE_MULTIPLIER() view returns(uint256)
func (aIOracle *AIOracle) TryPackCALLBACKBASEFEEMULTIPLIER() ([]byte, error) {
	return aIOracle.abi.Pack("CALLBACK_BASEFEE_MULTIPLIER")
}

// UnpackCALLBACKBASEFEEMULTIPLIER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0283335.
//
// Solidity: function CALLBACK_BASEFEE_MULTIPLIER() view returns(uint256)
func (aIOracle *AIOracle) UnpackCALLBACKBASEFEEMULTIPLIER(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("CALLBACK_BASEFEE_MULTIPLIER", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCALLBACKDATAWORDGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dd95d37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_DATA_WORD_GAS() view returns(uint256)
func (aIOracle *AIOracle) PackCALLBACKDATAWORDGAS() []byte {
	enc, err := aIOracle.abi.Pack("CALLBACK_DATA_WORD_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKDATAWORDGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dd95d37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_DATA_WORD_GAS() view returns(uint256)
func (aIOracle *AIOracle) TryPackCALLBACKDATAWORDGAS() ([]byte, error) {
	return aIOracle.abi.Pack("CALLBACK_DATA_WORD_GAS")
}

// UnpackCALLBACKDATAWORDGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6dd95d37.
//
// Solidity: function CALLBACK_DATA_WORD_GAS() view returns(uint256)
func (aIOracle *AIOracle) UnpackCALLBACKDATAWORDGAS(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("CALLBACK_DATA_WORD_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackERROREXECUTION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38eaf26c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ERROR_EXECUTION() view returns(uint16)
func (aIOracle *AIOracle) PackERROREXECUTION() []byte {
	enc, err := aIOracle.abi.Pack("ERROR_EXECUTION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackERROREXECUTION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38eaf26c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ERROR_EXECUTION() view returns(uint16)
func (aIOracle *AIOracle) TryPackERROREXECUTION() ([]byte, error) {
	return aIOracle.abi.Pack("ERROR_EXECUTION")
}

// UnpackERROREXECUTION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38eaf26c.
//
// Solidity: function ERROR_EXECUTION() view returns(uint16)
func (aIOracle *AIOracle) UnpackERROREXECUTION(data []byte) (uint16, error) {
	out, err := aIOracle.abi.Unpack("ERROR_EXECUTION", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackERRORINVALIDINPUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde826fa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ERROR_INVALID_INPUT() view returns(uint16)
func (aIOracle *AIOracle) PackERRORINVALIDINPUT() []byte {
	enc, err := aIOracle.abi.Pack("ERROR_INVALID_INPUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackERRORINVALIDINPUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde826fa8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ERROR_INVALID_INPUT() view returns(uint16)
func (aIOracle *AIOracle) TryPackERRORINVALIDINPUT() ([]byte, error) {
	return aIOracle.abi.Pack("ERROR_INVALID_INPUT")
}

// UnpackERRORINVALIDINPUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde826fa8.
//
// Solidity: function ERROR_INVALID_INPUT() view returns(uint16)
func (aIOracle *AIOracle) UnpackERRORINVALIDINPUT(data []byte) (uint16, error) {
	out, err := aIOracle.abi.Unpack("ERROR_INVALID_INPUT", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackKEEPERTXGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe28cd30e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KEEPER_TX_GAS() view returns(uint256)
func (aIOracle *AIOracle) PackKEEPERTXGAS() []byte {
	enc, err := aIOracle.abi.Pack("KEEPER_TX_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKEEPERTXGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe28cd30e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KEEPER_TX_GAS() view returns(uint256)
func (aIOracle *AIOracle) TryPackKEEPERTXGAS() ([]byte, error) {
	return aIOracle.abi.Pack("KEEPER_TX_GAS")
}

// UnpackKEEPERTXGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe28cd30e.
//
// Solidity: function KEEPER_TX_GAS() view returns(uint256)
func (aIOracle *AIOracle) UnpackKEEPERTXGAS(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("KEEPER_TX_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXBATCHSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdbf254.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (aIOracle *AIOracle) PackMAXBATCHSIZE() []byte {
	enc, err := aIOracle.abi.Pack("MAX_BATCH_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCHSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcfdbf254.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (aIOracle *AIOracle) TryPackMAXBATCHSIZE() ([]byte, error) {
	return aIOracle.abi.Pack("MAX_BATCH_SIZE")
}

// UnpackMAXBATCHSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcfdbf254.
//
// Solidity: function MAX_BATCH_SIZE() view returns(uint256)
func (aIOracle *AIOracle) UnpackMAXBATCHSIZE(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("MAX_BATCH_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCALLBACKGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39c33215.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CALLBACK_GAS_LIMIT() view returns(uint32)
func (aIOracle *AIOracle) PackMAXCALLBACKGASLIMIT() []byte {
	enc, err := aIOracle.abi.Pack("MAX_CALLBACK_GAS_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCALLBACKGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39c33215.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CALLBACK_GAS_LIMIT() view returns(uint32)
func (aIOracle *AIOracle) TryPackMAXCALLBACKGASLIMIT() ([]byte, error) {
	return aIOracle.abi.Pack("MAX_CALLBACK_GAS_LIMIT")
}

// UnpackMAXCALLBACKGASLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39c33215.
//
// Solidity: function MAX_CALLBACK_GAS_LIMIT() view returns(uint32)
func (aIOracle *AIOracle) UnpackMAXCALLBACKGASLIMIT(data []byte) (uint32, error) {
	out, err := aIOracle.abi.Unpack("MAX_CALLBACK_GAS_LIMIT", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXERRORCODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54b4b0bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ERROR_CODE() view returns(uint16)
func (aIOracle *AIOracle) PackMAXERRORCODE() []byte {
	enc, err := aIOracle.abi.Pack("MAX_ERROR_CODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXERRORCODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54b4b0bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ERROR_CODE() view returns(uint16)
func (aIOracle *AIOracle) TryPackMAXERRORCODE() ([]byte, error) {
	return aIOracle.abi.Pack("MAX_ERROR_CODE")
}

// UnpackMAXERRORCODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54b4b0bf.
//
// Solidity: function MAX_ERROR_CODE() view returns(uint16)
func (aIOracle *AIOracle) UnpackMAXERRORCODE(data []byte) (uint16, error) {
	out, err := aIOracle.abi.Unpack("MAX_ERROR_CODE", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXOUTPUTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34cad928.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OUTPUT_BYTES() view returns(uint256)
func (aIOracle *AIOracle) PackMAXOUTPUTBYTES() []byte {
	enc, err := aIOracle.abi.Pack("MAX_OUTPUT_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOUTPUTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34cad928.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OUTPUT_BYTES() view returns(uint256)
func (aIOracle *AIOracle) TryPackMAXOUTPUTBYTES() ([]byte, error) {
	return aIOracle.abi.Pack("MAX_OUTPUT_BYTES")
}

// UnpackMAXOUTPUTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34cad928.
//
// Solidity: function MAX_OUTPUT_BYTES() view returns(uint256)
func (aIOracle *AIOracle) UnpackMAXOUTPUTBYTES(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("MAX_OUTPUT_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPROPOSALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91751c13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PROPOSALS() view returns(uint32)
func (aIOracle *AIOracle) PackMAXPROPOSALS() []byte {
	enc, err := aIOracle.abi.Pack("MAX_PROPOSALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPROPOSALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91751c13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PROPOSALS() view returns(uint32)
func (aIOracle *AIOracle) TryPackMAXPROPOSALS() ([]byte, error) {
	return aIOracle.abi.Pack("MAX_PROPOSALS")
}

// UnpackMAXPROPOSALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91751c13.
//
// Solidity: function MAX_PROPOSALS() view returns(uint32)
func (aIOracle *AIOracle) UnpackMAXPROPOSALS(data []byte) (uint32, error) {
	out, err := aIOracle.abi.Unpack("MAX_PROPOSALS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXPROTOCOLFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d947e4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PROTOCOL_FEE_BPS() view returns(uint16)
func (aIOracle *AIOracle) PackMAXPROTOCOLFEEBPS() []byte {
	enc, err := aIOracle.abi.Pack("MAX_PROTOCOL_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPROTOCOLFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d947e4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PROTOCOL_FEE_BPS() view returns(uint16)
func (aIOracle *AIOracle) TryPackMAXPROTOCOLFEEBPS() ([]byte, error) {
	return aIOracle.abi.Pack("MAX_PROTOCOL_FEE_BPS")
}

// UnpackMAXPROTOCOLFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d947e4b.
//
// Solidity: function MAX_PROTOCOL_FEE_BPS() view returns(uint16)
func (aIOracle *AIOracle) UnpackMAXPROTOCOLFEEBPS(data []byte) (uint16, error) {
	out, err := aIOracle.abi.Unpack("MAX_PROTOCOL_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSLASHTREASURYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9c652e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SLASH_TREASURY_BPS() view returns(uint16)
func (aIOracle *AIOracle) PackSLASHTREASURYBPS() []byte {
	enc, err := aIOracle.abi.Pack("SLASH_TREASURY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSLASHTREASURYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9c652e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SLASH_TREASURY_BPS() view returns(uint16)
func (aIOracle *AIOracle) TryPackSLASHTREASURYBPS() ([]byte, error) {
	return aIOracle.abi.Pack("SLASH_TREASURY_BPS")
}

// UnpackSLASHTREASURYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9c652e6.
//
// Solidity: function SLASH_TREASURY_BPS() view returns(uint16)
func (aIOracle *AIOracle) UnpackSLASHTREASURYBPS(data []byte) (uint16, error) {
	out, err := aIOracle.abi.Unpack("SLASH_TREASURY_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (aIOracle *AIOracle) PackAcceptOwnership() []byte {
	enc, err := aIOracle.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (aIOracle *AIOracle) TryPackAcceptOwnership() ([]byte, error) {
	return aIOracle.abi.Pack("acceptOwnership")
}

// PackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balances(address account) view returns(uint256)
func (aIOracle *AIOracle) PackBalances(account common.Address) []byte {
	enc, err := aIOracle.abi.Pack("balances", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balances(address account) view returns(uint256)
func (aIOracle *AIOracle) TryPackBalances(account common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("balances", account)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address account) view returns(uint256)
func (aIOracle *AIOracle) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("balances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackComputeRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb93f8633.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function computeRequestId(uint256 nonce, bytes32 inputHash) view returns(uint256)
func (aIOracle *AIOracle) PackComputeRequestId(nonce *big.Int, inputHash [32]byte) []byte {
	enc, err := aIOracle.abi.Pack("computeRequestId", nonce, inputHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackComputeRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb93f8633.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function computeRequestId(uint256 nonce, bytes32 inputHash) view returns(uint256)
func (aIOracle *AIOracle) TryPackComputeRequestId(nonce *big.Int, inputHash [32]byte) ([]byte, error) {
	return aIOracle.abi.Pack("computeRequestId", nonce, inputHash)
}

// UnpackComputeRequestId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb93f8633.
//
// Solidity: function computeRequestId(uint256 nonce, bytes32 inputHash) view returns(uint256)
func (aIOracle *AIOracle) UnpackComputeRequestId(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("computeRequestId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((uint64,uint64,uint40,uint16,uint32,uint40))
func (aIOracle *AIOracle) PackConfig() []byte {
	enc, err := aIOracle.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((uint64,uint64,uint40,uint16,uint32,uint40))
func (aIOracle *AIOracle) TryPackConfig() ([]byte, error) {
	return aIOracle.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((uint64,uint64,uint40,uint16,uint32,uint40))
func (aIOracle *AIOracle) UnpackConfig(data []byte) (IAIOracleConfig, error) {
	out, err := aIOracle.abi.Unpack("config", data)
	if err != nil {
		return *new(IAIOracleConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(IAIOracleConfig)).(*IAIOracleConfig)
	return out0, nil
}

// PackDepositBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741b3c39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositBond() payable returns()
func (aIOracle *AIOracle) PackDepositBond() []byte {
	enc, err := aIOracle.abi.Pack("depositBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741b3c39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositBond() payable returns()
func (aIOracle *AIOracle) TryPackDepositBond() ([]byte, error) {
	return aIOracle.abi.Pack("depositBond")
}

// PackDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fabb4a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeGame() view returns(address)
func (aIOracle *AIOracle) PackDisputeGame() []byte {
	enc, err := aIOracle.abi.Pack("disputeGame")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fabb4a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeGame() view returns(address)
func (aIOracle *AIOracle) TryPackDisputeGame() ([]byte, error) {
	return aIOracle.abi.Pack("disputeGame")
}

// UnpackDisputeGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fabb4a8.
//
// Solidity: function disputeGame() view returns(address)
func (aIOracle *AIOracle) UnpackDisputeGame(data []byte) (common.Address, error) {
	out, err := aIOracle.abi.Unpack("disputeGame", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDisputeTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26622a8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeTerms(uint256 requestId) view returns((uint8,uint16,uint40,address,uint32,bool,uint16,bytes32,bytes32) t)
func (aIOracle *AIOracle) PackDisputeTerms(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("disputeTerms", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26622a8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeTerms(uint256 requestId) view returns((uint8,uint16,uint40,address,uint32,bool,uint16,bytes32,bytes32) t)
func (aIOracle *AIOracle) TryPackDisputeTerms(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("disputeTerms", requestId)
}

// UnpackDisputeTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26622a8d.
//
// Solidity: function disputeTerms(uint256 requestId) view returns((uint8,uint16,uint40,address,uint32,bool,uint16,bytes32,bytes32) t)
func (aIOracle *AIOracle) UnpackDisputeTerms(data []byte) (IAIOracleDisputeTerms, error) {
	out, err := aIOracle.abi.Unpack("disputeTerms", data)
	if err != nil {
		return *new(IAIOracleDisputeTerms), err
	}
	out0 := *abi.ConvertType(out[0], new(IAIOracleDisputeTerms)).(*IAIOracleDisputeTerms)
	return out0, nil
}

// PackEstimateBatchFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5d51c50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function estimateBatchFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit) view returns(uint256 fee)
func (aIOracle *AIOracle) PackEstimateBatchFee(modelId *big.Int, batchSize *big.Int, callbackGasLimit uint32) []byte {
	enc, err := aIOracle.abi.Pack("estimateBatchFee", modelId, batchSize, callbackGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEstimateBatchFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5d51c50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function estimateBatchFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit) view returns(uint256 fee)
func (aIOracle *AIOracle) TryPackEstimateBatchFee(modelId *big.Int, batchSize *big.Int, callbackGasLimit uint32) ([]byte, error) {
	return aIOracle.abi.Pack("estimateBatchFee", modelId, batchSize, callbackGasLimit)
}

// UnpackEstimateBatchFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5d51c50.
//
// Solidity: function estimateBatchFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit) view returns(uint256 fee)
func (aIOracle *AIOracle) UnpackEstimateBatchFee(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("estimateBatchFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEstimateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f20eaee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function estimateFee(uint256 modelId, uint32 callbackGasLimit) view returns(uint256 fee)
func (aIOracle *AIOracle) PackEstimateFee(modelId *big.Int, callbackGasLimit uint32) []byte {
	enc, err := aIOracle.abi.Pack("estimateFee", modelId, callbackGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEstimateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f20eaee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function estimateFee(uint256 modelId, uint32 callbackGasLimit) view returns(uint256 fee)
func (aIOracle *AIOracle) TryPackEstimateFee(modelId *big.Int, callbackGasLimit uint32) ([]byte, error) {
	return aIOracle.abi.Pack("estimateFee", modelId, callbackGasLimit)
}

// UnpackEstimateFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f20eaee.
//
// Solidity: function estimateFee(uint256 modelId, uint32 callbackGasLimit) view returns(uint256 fee)
func (aIOracle *AIOracle) UnpackEstimateFee(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("estimateFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEstimateRequestFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90359d09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function estimateRequestFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit, uint256 callbackDataLength) view returns(uint256 fee)
func (aIOracle *AIOracle) PackEstimateRequestFee(modelId *big.Int, batchSize *big.Int, callbackGasLimit uint32, callbackDataLength *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("estimateRequestFee", modelId, batchSize, callbackGasLimit, callbackDataLength)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEstimateRequestFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90359d09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function estimateRequestFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit, uint256 callbackDataLength) view returns(uint256 fee)
func (aIOracle *AIOracle) TryPackEstimateRequestFee(modelId *big.Int, batchSize *big.Int, callbackGasLimit uint32, callbackDataLength *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("estimateRequestFee", modelId, batchSize, callbackGasLimit, callbackDataLength)
}

// UnpackEstimateRequestFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90359d09.
//
// Solidity: function estimateRequestFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit, uint256 callbackDataLength) view returns(uint256 fee)
func (aIOracle *AIOracle) UnpackEstimateRequestFee(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("estimateRequestFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 requestId) returns()
func (aIOracle *AIOracle) PackFinalize(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("finalize", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 requestId) returns()
func (aIOracle *AIOracle) TryPackFinalize(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("finalize", requestId)
}

// PackGetProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7f758a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposal(uint256 requestId) view returns((address,uint40,bool,uint16,uint32,bytes))
func (aIOracle *AIOracle) PackGetProposal(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("getProposal", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7f758a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposal(uint256 requestId) view returns((address,uint40,bool,uint16,uint32,bytes))
func (aIOracle *AIOracle) TryPackGetProposal(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("getProposal", requestId)
}

// UnpackGetProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7f758a8.
//
// Solidity: function getProposal(uint256 requestId) view returns((address,uint40,bool,uint16,uint32,bytes))
func (aIOracle *AIOracle) UnpackGetProposal(data []byte) (IAIOracleProposal, error) {
	out, err := aIOracle.abi.Unpack("getProposal", data)
	if err != nil {
		return *new(IAIOracleProposal), err
	}
	out0 := *abi.ConvertType(out[0], new(IAIOracleProposal)).(*IAIOracleProposal)
	return out0, nil
}

// PackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint40,uint32,uint8,uint16,address,uint32,uint80,uint80,uint40,uint16,uint32,uint8,bytes))
func (aIOracle *AIOracle) PackGetRequest(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("getRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint40,uint32,uint8,uint16,address,uint32,uint80,uint80,uint40,uint16,uint32,uint8,bytes))
func (aIOracle *AIOracle) TryPackGetRequest(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("getRequest", requestId)
}

// UnpackGetRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc58343ef.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint40,uint32,uint8,uint16,address,uint32,uint80,uint80,uint40,uint16,uint32,uint8,bytes))
func (aIOracle *AIOracle) UnpackGetRequest(data []byte) (IAIOracleRequest, error) {
	out, err := aIOracle.abi.Unpack("getRequest", data)
	if err != nil {
		return *new(IAIOracleRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(IAIOracleRequest)).(*IAIOracleRequest)
	return out0, nil
}

// PackGetResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x995e4339.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getResult(uint256 requestId) view returns(bytes output)
func (aIOracle *AIOracle) PackGetResult(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("getResult", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x995e4339.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getResult(uint256 requestId) view returns(bytes output)
func (aIOracle *AIOracle) TryPackGetResult(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("getResult", requestId)
}

// UnpackGetResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x995e4339.
//
// Solidity: function getResult(uint256 requestId) view returns(bytes output)
func (aIOracle *AIOracle) UnpackGetResult(data []byte) ([]byte, error) {
	out, err := aIOracle.abi.Unpack("getResult", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackIsDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2619fc1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDisputeGame(address game) view returns(bool)
func (aIOracle *AIOracle) PackIsDisputeGame(game common.Address) []byte {
	enc, err := aIOracle.abi.Pack("isDisputeGame", game)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2619fc1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDisputeGame(address game) view returns(bool)
func (aIOracle *AIOracle) TryPackIsDisputeGame(game common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("isDisputeGame", game)
}

// UnpackIsDisputeGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2619fc1e.
//
// Solidity: function isDisputeGame(address game) view returns(bool)
func (aIOracle *AIOracle) UnpackIsDisputeGame(data []byte) (bool, error) {
	out, err := aIOracle.abi.Unpack("isDisputeGame", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (aIOracle *AIOracle) PackIsFinalized(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("isFinalized", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33727c4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (aIOracle *AIOracle) TryPackIsFinalized(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("isFinalized", requestId)
}

// UnpackIsFinalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33727c4d.
//
// Solidity: function isFinalized(uint256 requestId) view returns(bool)
func (aIOracle *AIOracle) UnpackIsFinalized(data []byte) (bool, error) {
	out, err := aIOracle.abi.Unpack("isFinalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOpenDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb0f8aff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDisputes(uint256 requestId) view returns(uint256)
func (aIOracle *AIOracle) PackOpenDisputes(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("openDisputes", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDisputes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb0f8aff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDisputes(uint256 requestId) view returns(uint256)
func (aIOracle *AIOracle) TryPackOpenDisputes(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("openDisputes", requestId)
}

// UnpackOpenDisputes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb0f8aff.
//
// Solidity: function openDisputes(uint256 requestId) view returns(uint256)
func (aIOracle *AIOracle) UnpackOpenDisputes(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("openDisputes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenProposalNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16cf5e30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openProposalNonce(uint256 requestId) view returns(uint32)
func (aIOracle *AIOracle) PackOpenProposalNonce(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("openProposalNonce", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenProposalNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16cf5e30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openProposalNonce(uint256 requestId) view returns(uint32)
func (aIOracle *AIOracle) TryPackOpenProposalNonce(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("openProposalNonce", requestId)
}

// UnpackOpenProposalNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16cf5e30.
//
// Solidity: function openProposalNonce(uint256 requestId) view returns(uint32)
func (aIOracle *AIOracle) UnpackOpenProposalNonce(data []byte) (uint32, error) {
	out, err := aIOracle.abi.Unpack("openProposalNonce", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOperatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x636f35d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorOf(address operator) view returns(uint256 bonded, uint256 locked, uint256 pendingAmount, uint256 pendingAvailableAt, uint256 earnings)
func (aIOracle *AIOracle) PackOperatorOf(operator common.Address) []byte {
	enc, err := aIOracle.abi.Pack("operatorOf", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x636f35d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorOf(address operator) view returns(uint256 bonded, uint256 locked, uint256 pendingAmount, uint256 pendingAvailableAt, uint256 earnings)
func (aIOracle *AIOracle) TryPackOperatorOf(operator common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("operatorOf", operator)
}

// OperatorOfOutput serves as a container for the return parameters of contract
// method OperatorOf.
type OperatorOfOutput struct {
	Bonded             *big.Int
	Locked             *big.Int
	PendingAmount      *big.Int
	PendingAvailableAt *big.Int
	Earnings           *big.Int
}

// UnpackOperatorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x636f35d3.
//
// Solidity: function operatorOf(address operator) view returns(uint256 bonded, uint256 locked, uint256 pendingAmount, uint256 pendingAvailableAt, uint256 earnings)
func (aIOracle *AIOracle) UnpackOperatorOf(data []byte) (OperatorOfOutput, error) {
	out, err := aIOracle.abi.Unpack("operatorOf", data)
	outstruct := new(OperatorOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Bonded = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Locked = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.PendingAmount = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.PendingAvailableAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Earnings = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (aIOracle *AIOracle) PackOwner() []byte {
	enc, err := aIOracle.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (aIOracle *AIOracle) TryPackOwner() ([]byte, error) {
	return aIOracle.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (aIOracle *AIOracle) UnpackOwner(data []byte) (common.Address, error) {
	out, err := aIOracle.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (aIOracle *AIOracle) PackPendingOwner() []byte {
	enc, err := aIOracle.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (aIOracle *AIOracle) TryPackPendingOwner() ([]byte, error) {
	return aIOracle.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (aIOracle *AIOracle) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := aIOracle.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb756414b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalBond() view returns(uint96)
func (aIOracle *AIOracle) PackProposalBond() []byte {
	enc, err := aIOracle.abi.Pack("proposalBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb756414b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalBond() view returns(uint96)
func (aIOracle *AIOracle) TryPackProposalBond() ([]byte, error) {
	return aIOracle.abi.Pack("proposalBond")
}

// UnpackProposalBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb756414b.
//
// Solidity: function proposalBond() view returns(uint96)
func (aIOracle *AIOracle) UnpackProposalBond(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("proposalBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ff4f5c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalOutput(uint256 requestId) view returns(bytes)
func (aIOracle *AIOracle) PackProposalOutput(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("proposalOutput", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ff4f5c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalOutput(uint256 requestId) view returns(bytes)
func (aIOracle *AIOracle) TryPackProposalOutput(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("proposalOutput", requestId)
}

// UnpackProposalOutput is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ff4f5c3.
//
// Solidity: function proposalOutput(uint256 requestId) view returns(bytes)
func (aIOracle *AIOracle) UnpackProposalOutput(data []byte) ([]byte, error) {
	out, err := aIOracle.abi.Unpack("proposalOutput", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackProposeError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb606cca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeError(uint256 requestId, uint16 code) returns()
func (aIOracle *AIOracle) PackProposeError(requestId *big.Int, code uint16) []byte {
	enc, err := aIOracle.abi.Pack("proposeError", requestId, code)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb606cca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeError(uint256 requestId, uint16 code) returns()
func (aIOracle *AIOracle) TryPackProposeError(requestId *big.Int, code uint16) ([]byte, error) {
	return aIOracle.abi.Pack("proposeError", requestId, code)
}

// PackProposeResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d24a49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeResult(uint256 requestId, bytes output) returns()
func (aIOracle *AIOracle) PackProposeResult(requestId *big.Int, output []byte) []byte {
	enc, err := aIOracle.abi.Pack("proposeResult", requestId, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d24a49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeResult(uint256 requestId, bytes output) returns()
func (aIOracle *AIOracle) TryPackProposeResult(requestId *big.Int, output []byte) ([]byte, error) {
	return aIOracle.abi.Pack("proposeResult", requestId, output)
}

// PackProtocolFeesAccrued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb621e75a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function protocolFeesAccrued() view returns(uint256)
func (aIOracle *AIOracle) PackProtocolFeesAccrued() []byte {
	enc, err := aIOracle.abi.Pack("protocolFeesAccrued")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProtocolFeesAccrued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb621e75a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function protocolFeesAccrued() view returns(uint256)
func (aIOracle *AIOracle) TryPackProtocolFeesAccrued() ([]byte, error) {
	return aIOracle.abi.Pack("protocolFeesAccrued")
}

// UnpackProtocolFeesAccrued is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb621e75a.
//
// Solidity: function protocolFeesAccrued() view returns(uint256)
func (aIOracle *AIOracle) UnpackProtocolFeesAccrued(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("protocolFeesAccrued", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c6de0a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveResult(uint256 requestId, uint256 nonce, bytes input, bytes output, bytes proof) returns()
func (aIOracle *AIOracle) PackProveResult(requestId *big.Int, nonce *big.Int, input []byte, output []byte, proof []byte) []byte {
	enc, err := aIOracle.abi.Pack("proveResult", requestId, nonce, input, output, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c6de0a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveResult(uint256 requestId, uint256 nonce, bytes input, bytes output, bytes proof) returns()
func (aIOracle *AIOracle) TryPackProveResult(requestId *big.Int, nonce *big.Int, input []byte, output []byte, proof []byte) ([]byte, error) {
	return aIOracle.abi.Pack("proveResult", requestId, nonce, input, output, proof)
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 requestId) returns()
func (aIOracle *AIOracle) PackRefund(requestId *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("refund", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 requestId) returns()
func (aIOracle *AIOracle) TryPackRefund(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("refund", requestId)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (aIOracle *AIOracle) PackRegistry() []byte {
	enc, err := aIOracle.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (aIOracle *AIOracle) TryPackRegistry() ([]byte, error) {
	return aIOracle.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (aIOracle *AIOracle) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := aIOracle.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (aIOracle *AIOracle) PackRenounceOwnership() []byte {
	enc, err := aIOracle.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (aIOracle *AIOracle) TryPackRenounceOwnership() ([]byte, error) {
	return aIOracle.abi.Pack("renounceOwnership")
}

// PackRequestBatchInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60d26ef3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestBatchInference(uint256 modelId, bytes[] inputs, address callback, uint32 callbackGasLimit, bytes callbackData) payable returns(uint256 requestId)
func (aIOracle *AIOracle) PackRequestBatchInference(modelId *big.Int, inputs [][]byte, callback common.Address, callbackGasLimit uint32, callbackData []byte) []byte {
	enc, err := aIOracle.abi.Pack("requestBatchInference", modelId, inputs, callback, callbackGasLimit, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestBatchInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60d26ef3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestBatchInference(uint256 modelId, bytes[] inputs, address callback, uint32 callbackGasLimit, bytes callbackData) payable returns(uint256 requestId)
func (aIOracle *AIOracle) TryPackRequestBatchInference(modelId *big.Int, inputs [][]byte, callback common.Address, callbackGasLimit uint32, callbackData []byte) ([]byte, error) {
	return aIOracle.abi.Pack("requestBatchInference", modelId, inputs, callback, callbackGasLimit, callbackData)
}

// UnpackRequestBatchInference is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60d26ef3.
//
// Solidity: function requestBatchInference(uint256 modelId, bytes[] inputs, address callback, uint32 callbackGasLimit, bytes callbackData) payable returns(uint256 requestId)
func (aIOracle *AIOracle) UnpackRequestBatchInference(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("requestBatchInference", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestBondWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a6a4329.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestBondWithdrawal(uint96 amount) returns()
func (aIOracle *AIOracle) PackRequestBondWithdrawal(amount *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("requestBondWithdrawal", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestBondWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a6a4329.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestBondWithdrawal(uint96 amount) returns()
func (aIOracle *AIOracle) TryPackRequestBondWithdrawal(amount *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("requestBondWithdrawal", amount)
}

// PackRequestInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0544a753.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestInference(uint256 modelId, bytes input, address callback, uint32 callbackGasLimit, bytes callbackData) payable returns(uint256 requestId)
func (aIOracle *AIOracle) PackRequestInference(modelId *big.Int, input []byte, callback common.Address, callbackGasLimit uint32, callbackData []byte) []byte {
	enc, err := aIOracle.abi.Pack("requestInference", modelId, input, callback, callbackGasLimit, callbackData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0544a753.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestInference(uint256 modelId, bytes input, address callback, uint32 callbackGasLimit, bytes callbackData) payable returns(uint256 requestId)
func (aIOracle *AIOracle) TryPackRequestInference(modelId *big.Int, input []byte, callback common.Address, callbackGasLimit uint32, callbackData []byte) ([]byte, error) {
	return aIOracle.abi.Pack("requestInference", modelId, input, callback, callbackGasLimit, callbackData)
}

// UnpackRequestInference is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0544a753.
//
// Solidity: function requestInference(uint256 modelId, bytes input, address callback, uint32 callbackGasLimit, bytes callbackData) payable returns(uint256 requestId)
func (aIOracle *AIOracle) UnpackRequestInference(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("requestInference", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dcd56f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfig((uint64,uint64,uint40,uint16,uint32,uint40) c) returns()
func (aIOracle *AIOracle) PackSetConfig(c IAIOracleConfig) []byte {
	enc, err := aIOracle.abi.Pack("setConfig", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dcd56f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfig((uint64,uint64,uint40,uint16,uint32,uint40) c) returns()
func (aIOracle *AIOracle) TryPackSetConfig(c IAIOracleConfig) ([]byte, error) {
	return aIOracle.abi.Pack("setConfig", c)
}

// PackSetDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2491bbd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeGame(address disputeGame_) returns()
func (aIOracle *AIOracle) PackSetDisputeGame(disputeGame common.Address) []byte {
	enc, err := aIOracle.abi.Pack("setDisputeGame", disputeGame)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2491bbd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDisputeGame(address disputeGame_) returns()
func (aIOracle *AIOracle) TryPackSetDisputeGame(disputeGame common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("setDisputeGame", disputeGame)
}

// PackSetDisputeOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x393d96ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeOpen(uint256 requestId, uint32 nonce, bool open) returns()
func (aIOracle *AIOracle) PackSetDisputeOpen(requestId *big.Int, nonce uint32, open bool) []byte {
	enc, err := aIOracle.abi.Pack("setDisputeOpen", requestId, nonce, open)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDisputeOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x393d96ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDisputeOpen(uint256 requestId, uint32 nonce, bool open) returns()
func (aIOracle *AIOracle) TryPackSetDisputeOpen(requestId *big.Int, nonce uint32, open bool) ([]byte, error) {
	return aIOracle.abi.Pack("setDisputeOpen", requestId, nonce, open)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address treasury_) returns()
func (aIOracle *AIOracle) PackSetTreasury(treasury common.Address) []byte {
	enc, err := aIOracle.abi.Pack("setTreasury", treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address treasury_) returns()
func (aIOracle *AIOracle) TryPackSetTreasury(treasury common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("setTreasury", treasury)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb96b65e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(uint256 requestId, uint32 nonce) returns(uint256 reward)
func (aIOracle *AIOracle) PackSlash(requestId *big.Int, nonce uint32) []byte {
	enc, err := aIOracle.abi.Pack("slash", requestId, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb96b65e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(uint256 requestId, uint32 nonce) returns(uint256 reward)
func (aIOracle *AIOracle) TryPackSlash(requestId *big.Int, nonce uint32) ([]byte, error) {
	return aIOracle.abi.Pack("slash", requestId, nonce)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb96b65e.
//
// Solidity: function slash(uint256 requestId, uint32 nonce) returns(uint256 reward)
func (aIOracle *AIOracle) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (aIOracle *AIOracle) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := aIOracle.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (aIOracle *AIOracle) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("transferOwnership", newOwner)
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (aIOracle *AIOracle) PackTreasury() []byte {
	enc, err := aIOracle.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (aIOracle *AIOracle) TryPackTreasury() ([]byte, error) {
	return aIOracle.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (aIOracle *AIOracle) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := aIOracle.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (aIOracle *AIOracle) PackWithdraw() []byte {
	enc, err := aIOracle.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (aIOracle *AIOracle) TryPackWithdraw() ([]byte, error) {
	return aIOracle.abi.Pack("withdraw")
}

// PackWithdrawBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66eb9cec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawBond() returns()
func (aIOracle *AIOracle) PackWithdrawBond() []byte {
	enc, err := aIOracle.abi.Pack("withdrawBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66eb9cec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawBond() returns()
func (aIOracle *AIOracle) TryPackWithdrawBond() ([]byte, error) {
	return aIOracle.abi.Pack("withdrawBond")
}

// PackWithdrawFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9eca672c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFor(address account) returns()
func (aIOracle *AIOracle) PackWithdrawFor(account common.Address) []byte {
	enc, err := aIOracle.abi.Pack("withdrawFor", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9eca672c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFor(address account) returns()
func (aIOracle *AIOracle) TryPackWithdrawFor(account common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("withdrawFor", account)
}

// PackWithdrawProtocolFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8795cccb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawProtocolFees() returns()
func (aIOracle *AIOracle) PackWithdrawProtocolFees() []byte {
	enc, err := aIOracle.abi.Pack("withdrawProtocolFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawProtocolFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8795cccb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawProtocolFees() returns()
func (aIOracle *AIOracle) TryPackWithdrawProtocolFees() ([]byte, error) {
	return aIOracle.abi.Pack("withdrawProtocolFees")
}

// PackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x205c2878.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawTo(address to, uint256 amount) returns()
func (aIOracle *AIOracle) PackWithdrawTo(to common.Address, amount *big.Int) []byte {
	enc, err := aIOracle.abi.Pack("withdrawTo", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x205c2878.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawTo(address to, uint256 amount) returns()
func (aIOracle *AIOracle) TryPackWithdrawTo(to common.Address, amount *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("withdrawTo", to, amount)
}

// PackWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ab6961.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalDelay() view returns(uint64)
func (aIOracle *AIOracle) PackWithdrawalDelay() []byte {
	enc, err := aIOracle.abi.Pack("withdrawalDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ab6961.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalDelay() view returns(uint64)
func (aIOracle *AIOracle) TryPackWithdrawalDelay() ([]byte, error) {
	return aIOracle.abi.Pack("withdrawalDelay")
}

// UnpackWithdrawalDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7ab6961.
//
// Solidity: function withdrawalDelay() view returns(uint64)
func (aIOracle *AIOracle) UnpackWithdrawalDelay(data []byte) (uint64, error) {
	out, err := aIOracle.abi.Unpack("withdrawalDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// AIOracleBondDeposited represents a BondDeposited event raised by the AIOracle contract.
type AIOracleBondDeposited struct {
	Operator common.Address
	Amount   *big.Int
	Bonded   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AIOracleBondDepositedEventName = "BondDeposited"

// ContractEventName returns the user-defined event name.
func (AIOracleBondDeposited) ContractEventName() string {
	return AIOracleBondDepositedEventName
}

// UnpackBondDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondDeposited(address indexed operator, uint256 amount, uint256 bonded)
func (aIOracle *AIOracle) UnpackBondDepositedEvent(log *types.Log) (*AIOracleBondDeposited, error) {
	event := "BondDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleBondDeposited)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleBondWithdrawalRequested represents a BondWithdrawalRequested event raised by the AIOracle contract.
type AIOracleBondWithdrawalRequested struct {
	Operator    common.Address
	Amount      *big.Int
	AvailableAt *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const AIOracleBondWithdrawalRequestedEventName = "BondWithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (AIOracleBondWithdrawalRequested) ContractEventName() string {
	return AIOracleBondWithdrawalRequestedEventName
}

// UnpackBondWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondWithdrawalRequested(address indexed operator, uint256 amount, uint256 availableAt)
func (aIOracle *AIOracle) UnpackBondWithdrawalRequestedEvent(log *types.Log) (*AIOracleBondWithdrawalRequested, error) {
	event := "BondWithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleBondWithdrawalRequested)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleBondWithdrawn represents a BondWithdrawn event raised by the AIOracle contract.
type AIOracleBondWithdrawn struct {
	Operator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AIOracleBondWithdrawnEventName = "BondWithdrawn"

// ContractEventName returns the user-defined event name.
func (AIOracleBondWithdrawn) ContractEventName() string {
	return AIOracleBondWithdrawnEventName
}

// UnpackBondWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondWithdrawn(address indexed operator, uint256 amount)
func (aIOracle *AIOracle) UnpackBondWithdrawnEvent(log *types.Log) (*AIOracleBondWithdrawn, error) {
	event := "BondWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleBondWithdrawn)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleCallbackFailed represents a CallbackFailed event raised by the AIOracle contract.
type AIOracleCallbackFailed struct {
	RequestId *big.Int
	Callback  common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleCallbackFailedEventName = "CallbackFailed"

// ContractEventName returns the user-defined event name.
func (AIOracleCallbackFailed) ContractEventName() string {
	return AIOracleCallbackFailedEventName
}

// UnpackCallbackFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackFailed(uint256 indexed requestId, address indexed callback)
func (aIOracle *AIOracle) UnpackCallbackFailedEvent(log *types.Log) (*AIOracleCallbackFailed, error) {
	event := "CallbackFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleCallbackFailed)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleConfigUpdated represents a ConfigUpdated event raised by the AIOracle contract.
type AIOracleConfigUpdated struct {
	OperatorFee      uint64
	KeeperFee        uint64
	CallbackGasPrice *big.Int
	ProtocolFeeBps   uint16
	RequestTimeout   uint32
	Raw              *types.Log // Blockchain specific contextual infos
}

const AIOracleConfigUpdatedEventName = "ConfigUpdated"

// ContractEventName returns the user-defined event name.
func (AIOracleConfigUpdated) ContractEventName() string {
	return AIOracleConfigUpdatedEventName
}

// UnpackConfigUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigUpdated(uint64 operatorFee, uint64 keeperFee, uint40 callbackGasPrice, uint16 protocolFeeBps, uint32 requestTimeout)
func (aIOracle *AIOracle) UnpackConfigUpdatedEvent(log *types.Log) (*AIOracleConfigUpdated, error) {
	event := "ConfigUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleConfigUpdated)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleDisputeGameUpdated represents a DisputeGameUpdated event raised by the AIOracle contract.
type AIOracleDisputeGameUpdated struct {
	DisputeGame common.Address
	Previous    common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const AIOracleDisputeGameUpdatedEventName = "DisputeGameUpdated"

// ContractEventName returns the user-defined event name.
func (AIOracleDisputeGameUpdated) ContractEventName() string {
	return AIOracleDisputeGameUpdatedEventName
}

// UnpackDisputeGameUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeGameUpdated(address indexed disputeGame, address indexed previous)
func (aIOracle *AIOracle) UnpackDisputeGameUpdatedEvent(log *types.Log) (*AIOracleDisputeGameUpdated, error) {
	event := "DisputeGameUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleDisputeGameUpdated)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleErrorProposed represents a ErrorProposed event raised by the AIOracle contract.
type AIOracleErrorProposed struct {
	RequestId     *big.Int
	Proposer      common.Address
	Nonce         uint32
	Code          uint16
	FinalizableAt *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const AIOracleErrorProposedEventName = "ErrorProposed"

// ContractEventName returns the user-defined event name.
func (AIOracleErrorProposed) ContractEventName() string {
	return AIOracleErrorProposedEventName
}

// UnpackErrorProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ErrorProposed(uint256 indexed requestId, address indexed proposer, uint32 nonce, uint16 code, uint256 finalizableAt)
func (aIOracle *AIOracle) UnpackErrorProposedEvent(log *types.Log) (*AIOracleErrorProposed, error) {
	event := "ErrorProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleErrorProposed)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleInferenceFinalized represents a InferenceFinalized event raised by the AIOracle contract.
type AIOracleInferenceFinalized struct {
	RequestId         *big.Int
	Proposer          common.Address
	Keeper            common.Address
	IsError           bool
	CallbackSucceeded bool
	OperatorShare     *big.Int
	KeeperShare       *big.Int
	ModelShare        *big.Int
	ProtocolShare     *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const AIOracleInferenceFinalizedEventName = "InferenceFinalized"

// ContractEventName returns the user-defined event name.
func (AIOracleInferenceFinalized) ContractEventName() string {
	return AIOracleInferenceFinalizedEventName
}

// UnpackInferenceFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceFinalized(uint256 indexed requestId, address indexed proposer, address indexed keeper, bool isError, bool callbackSucceeded, uint256 operatorShare, uint256 keeperShare, uint256 modelShare, uint256 protocolShare)
func (aIOracle *AIOracle) UnpackInferenceFinalizedEvent(log *types.Log) (*AIOracleInferenceFinalized, error) {
	event := "InferenceFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleInferenceFinalized)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleInferenceRequested represents a InferenceRequested event raised by the AIOracle contract.
type AIOracleInferenceRequested struct {
	RequestId        *big.Int
	ModelId          *big.Int
	Requester        common.Address
	Nonce            *big.Int
	Callback         common.Address
	CallbackGasLimit uint32
	BatchSize        uint16
	Deadline         *big.Int
	Fee              *big.Int
	Input            []byte
	CallbackData     []byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const AIOracleInferenceRequestedEventName = "InferenceRequested"

// ContractEventName returns the user-defined event name.
func (AIOracleInferenceRequested) ContractEventName() string {
	return AIOracleInferenceRequestedEventName
}

// UnpackInferenceRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceRequested(uint256 indexed requestId, uint256 indexed modelId, address indexed requester, uint256 nonce, address callback, uint32 callbackGasLimit, uint16 batchSize, uint40 deadline, uint256 fee, bytes input, bytes callbackData)
func (aIOracle *AIOracle) UnpackInferenceRequestedEvent(log *types.Log) (*AIOracleInferenceRequested, error) {
	event := "InferenceRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleInferenceRequested)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the AIOracle contract.
type AIOracleOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AIOracleOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (AIOracleOwnershipTransferStarted) ContractEventName() string {
	return AIOracleOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (aIOracle *AIOracle) UnpackOwnershipTransferStartedEvent(log *types.Log) (*AIOracleOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleOwnershipTransferred represents a OwnershipTransferred event raised by the AIOracle contract.
type AIOracleOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AIOracleOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (AIOracleOwnershipTransferred) ContractEventName() string {
	return AIOracleOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (aIOracle *AIOracle) UnpackOwnershipTransferredEvent(log *types.Log) (*AIOracleOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleProposalSlashed represents a ProposalSlashed event raised by the AIOracle contract.
type AIOracleProposalSlashed struct {
	RequestId *big.Int
	Proposer  common.Address
	Nonce     uint32
	Reward    *big.Int
	Burned    *big.Int
	Reopened  bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleProposalSlashedEventName = "ProposalSlashed"

// ContractEventName returns the user-defined event name.
func (AIOracleProposalSlashed) ContractEventName() string {
	return AIOracleProposalSlashedEventName
}

// UnpackProposalSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalSlashed(uint256 indexed requestId, address indexed proposer, uint32 indexed nonce, uint256 reward, uint256 burned, bool reopened)
func (aIOracle *AIOracle) UnpackProposalSlashedEvent(log *types.Log) (*AIOracleProposalSlashed, error) {
	event := "ProposalSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleProposalSlashed)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleProtocolFeesWithdrawn represents a ProtocolFeesWithdrawn event raised by the AIOracle contract.
type AIOracleProtocolFeesWithdrawn struct {
	Treasury common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AIOracleProtocolFeesWithdrawnEventName = "ProtocolFeesWithdrawn"

// ContractEventName returns the user-defined event name.
func (AIOracleProtocolFeesWithdrawn) ContractEventName() string {
	return AIOracleProtocolFeesWithdrawnEventName
}

// UnpackProtocolFeesWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProtocolFeesWithdrawn(address indexed treasury, uint256 amount)
func (aIOracle *AIOracle) UnpackProtocolFeesWithdrawnEvent(log *types.Log) (*AIOracleProtocolFeesWithdrawn, error) {
	event := "ProtocolFeesWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleProtocolFeesWithdrawn)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleRequestRefunded represents a RequestRefunded event raised by the AIOracle contract.
type AIOracleRequestRefunded struct {
	RequestId   *big.Int
	Requester   common.Address
	Keeper      common.Address
	Amount      *big.Int
	KeeperShare *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const AIOracleRequestRefundedEventName = "RequestRefunded"

// ContractEventName returns the user-defined event name.
func (AIOracleRequestRefunded) ContractEventName() string {
	return AIOracleRequestRefundedEventName
}

// UnpackRequestRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestRefunded(uint256 indexed requestId, address indexed requester, address indexed keeper, uint256 amount, uint256 keeperShare)
func (aIOracle *AIOracle) UnpackRequestRefundedEvent(log *types.Log) (*AIOracleRequestRefunded, error) {
	event := "RequestRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleRequestRefunded)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleResultProposed represents a ResultProposed event raised by the AIOracle contract.
type AIOracleResultProposed struct {
	RequestId     *big.Int
	Proposer      common.Address
	Nonce         uint32
	Output        []byte
	FinalizableAt *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const AIOracleResultProposedEventName = "ResultProposed"

// ContractEventName returns the user-defined event name.
func (AIOracleResultProposed) ContractEventName() string {
	return AIOracleResultProposedEventName
}

// UnpackResultProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultProposed(uint256 indexed requestId, address indexed proposer, uint32 nonce, bytes output, uint256 finalizableAt)
func (aIOracle *AIOracle) UnpackResultProposedEvent(log *types.Log) (*AIOracleResultProposed, error) {
	event := "ResultProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleResultProposed)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleResultProven represents a ResultProven event raised by the AIOracle contract.
type AIOracleResultProven struct {
	RequestId *big.Int
	Prover    common.Address
	Output    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleResultProvenEventName = "ResultProven"

// ContractEventName returns the user-defined event name.
func (AIOracleResultProven) ContractEventName() string {
	return AIOracleResultProvenEventName
}

// UnpackResultProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultProven(uint256 indexed requestId, address indexed prover, bytes output)
func (aIOracle *AIOracle) UnpackResultProvenEvent(log *types.Log) (*AIOracleResultProven, error) {
	event := "ResultProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleResultProven)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleTreasuryUpdated represents a TreasuryUpdated event raised by the AIOracle contract.
type AIOracleTreasuryUpdated struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AIOracleTreasuryUpdatedEventName = "TreasuryUpdated"

// ContractEventName returns the user-defined event name.
func (AIOracleTreasuryUpdated) ContractEventName() string {
	return AIOracleTreasuryUpdatedEventName
}

// UnpackTreasuryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryUpdated(address indexed treasury)
func (aIOracle *AIOracle) UnpackTreasuryUpdatedEvent(log *types.Log) (*AIOracleTreasuryUpdated, error) {
	event := "TreasuryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleTreasuryUpdated)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AIOracleWithdrawn represents a Withdrawn event raised by the AIOracle contract.
type AIOracleWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AIOracleWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (AIOracleWithdrawn) ContractEventName() string {
	return AIOracleWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (aIOracle *AIOracle) UnpackWithdrawnEvent(log *types.Log) (*AIOracleWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aIOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AIOracleWithdrawn)
	if len(log.Data) > 0 {
		if err := aIOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aIOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (aIOracle *AIOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["BatchSizeOutOfRange"].ID.Bytes()[:4]) {
		return aIOracle.UnpackBatchSizeOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["CallbackGasLimitTooHigh"].ID.Bytes()[:4]) {
		return aIOracle.UnpackCallbackGasLimitTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["CallbackGasWithoutCallback"].ID.Bytes()[:4]) {
		return aIOracle.UnpackCallbackGasWithoutCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return aIOracle.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return aIOracle.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return aIOracle.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["DisputeOpen"].ID.Bytes()[:4]) {
		return aIOracle.UnpackDisputeOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["EmptyInput"].ID.Bytes()[:4]) {
		return aIOracle.UnpackEmptyInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["EmptyOutput"].ID.Bytes()[:4]) {
		return aIOracle.UnpackEmptyOutputError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return aIOracle.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["FeeTooLow"].ID.Bytes()[:4]) {
		return aIOracle.UnpackFeeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["InputMismatch"].ID.Bytes()[:4]) {
		return aIOracle.UnpackInputMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return aIOracle.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["InsufficientFreeBond"].ID.Bytes()[:4]) {
		return aIOracle.UnpackInsufficientFreeBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["InsufficientGasForCallback"].ID.Bytes()[:4]) {
		return aIOracle.UnpackInsufficientGasForCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["InvalidErrorCode"].ID.Bytes()[:4]) {
		return aIOracle.UnpackInvalidErrorCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ModelIdOutOfRange"].ID.Bytes()[:4]) {
		return aIOracle.UnpackModelIdOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ModelIsDeprecated"].ID.Bytes()[:4]) {
		return aIOracle.UnpackModelIsDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ModelUnavailable"].ID.Bytes()[:4]) {
		return aIOracle.UnpackModelUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NoOpenDispute"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNoOpenDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NoPendingWithdrawal"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNoPendingWithdrawalError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotDisputeGame"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotDisputeGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotFinalized"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotRefundable"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotRefundableError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["OutputTooLarge"].ID.Bytes()[:4]) {
		return aIOracle.UnpackOutputTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return aIOracle.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return aIOracle.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ProposalsExhausted"].ID.Bytes()[:4]) {
		return aIOracle.UnpackProposalsExhaustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ProtocolFeeTooHigh"].ID.Bytes()[:4]) {
		return aIOracle.UnpackProtocolFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return aIOracle.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ResultIsError"].ID.Bytes()[:4]) {
		return aIOracle.UnpackResultIsErrorError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return aIOracle.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["WithdrawalNotReady"].ID.Bytes()[:4]) {
		return aIOracle.UnpackWithdrawalNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return aIOracle.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return aIOracle.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return aIOracle.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ZeroCallbackGasLimit"].ID.Bytes()[:4]) {
		return aIOracle.UnpackZeroCallbackGasLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ZeroTimeout"].ID.Bytes()[:4]) {
		return aIOracle.UnpackZeroTimeoutError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ZkBatchUnsupported"].ID.Bytes()[:4]) {
		return aIOracle.UnpackZkBatchUnsupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ZkNotEnabled"].ID.Bytes()[:4]) {
		return aIOracle.UnpackZkNotEnabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ZkProofInvalid"].ID.Bytes()[:4]) {
		return aIOracle.UnpackZkProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ZkProofRequired"].ID.Bytes()[:4]) {
		return aIOracle.UnpackZkProofRequiredError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AIOracleBatchSizeOutOfRange represents a BatchSizeOutOfRange error raised by the AIOracle contract.
type AIOracleBatchSizeOutOfRange struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchSizeOutOfRange(uint256 size)
func AIOracleBatchSizeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x21cd42c71f153bd68948d2f8e0ccf90f42753b70cd8393bbc6941f74ec556b24")
}

// UnpackBatchSizeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchSizeOutOfRange(uint256 size)
func (aIOracle *AIOracle) UnpackBatchSizeOutOfRangeError(raw []byte) (*AIOracleBatchSizeOutOfRange, error) {
	out := new(AIOracleBatchSizeOutOfRange)
	if err := aIOracle.abi.UnpackIntoInterface(out, "BatchSizeOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleCallbackGasLimitTooHigh represents a CallbackGasLimitTooHigh error raised by the AIOracle contract.
type AIOracleCallbackGasLimitTooHigh struct {
	Limit *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasLimitTooHigh(uint256 limit, uint256 max)
func AIOracleCallbackGasLimitTooHighErrorID() common.Hash {
	return common.HexToHash("0x4dc3ced3b7c20cc55ac25e9b6ef941b09a29b068e349ecb58f6fd5a4f868a2e0")
}

// UnpackCallbackGasLimitTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasLimitTooHigh(uint256 limit, uint256 max)
func (aIOracle *AIOracle) UnpackCallbackGasLimitTooHighError(raw []byte) (*AIOracleCallbackGasLimitTooHigh, error) {
	out := new(AIOracleCallbackGasLimitTooHigh)
	if err := aIOracle.abi.UnpackIntoInterface(out, "CallbackGasLimitTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleCallbackGasWithoutCallback represents a CallbackGasWithoutCallback error raised by the AIOracle contract.
type AIOracleCallbackGasWithoutCallback struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasWithoutCallback()
func AIOracleCallbackGasWithoutCallbackErrorID() common.Hash {
	return common.HexToHash("0xeeaae279e489412f90f87b3d823000a81fcb663c1e02ceadcbe35a4ca13f7de9")
}

// UnpackCallbackGasWithoutCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasWithoutCallback()
func (aIOracle *AIOracle) UnpackCallbackGasWithoutCallbackError(raw []byte) (*AIOracleCallbackGasWithoutCallback, error) {
	out := new(AIOracleCallbackGasWithoutCallback)
	if err := aIOracle.abi.UnpackIntoInterface(out, "CallbackGasWithoutCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleChallengeWindowOpen represents a ChallengeWindowOpen error raised by the AIOracle contract.
type AIOracleChallengeWindowOpen struct {
	RequestId     *big.Int
	FinalizableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(uint256 requestId, uint256 finalizableAt)
func AIOracleChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x76f615b00a3ec6e9519258ee929d9e8422f067dfc91c8334beba4c9318def0a0")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(uint256 requestId, uint256 finalizableAt)
func (aIOracle *AIOracle) UnpackChallengeWindowOpenError(raw []byte) (*AIOracleChallengeWindowOpen, error) {
	out := new(AIOracleChallengeWindowOpen)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleDeadlineNotReached represents a DeadlineNotReached error raised by the AIOracle contract.
type AIOracleDeadlineNotReached struct {
	RequestId *big.Int
	Deadline  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(uint256 requestId, uint256 deadline)
func AIOracleDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0x523b7228f899a933c6fb48d8c9fcb0758d81eb12e04fcbd55e55d87e2468d12c")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(uint256 requestId, uint256 deadline)
func (aIOracle *AIOracle) UnpackDeadlineNotReachedError(raw []byte) (*AIOracleDeadlineNotReached, error) {
	out := new(AIOracleDeadlineNotReached)
	if err := aIOracle.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleDeadlinePassed represents a DeadlinePassed error raised by the AIOracle contract.
type AIOracleDeadlinePassed struct {
	RequestId *big.Int
	Deadline  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 requestId, uint256 deadline)
func AIOracleDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x83f2ba20b77c67656c85ef54103e25e4c03a482a8919c6010a4781ea13974bb7")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 requestId, uint256 deadline)
func (aIOracle *AIOracle) UnpackDeadlinePassedError(raw []byte) (*AIOracleDeadlinePassed, error) {
	out := new(AIOracleDeadlinePassed)
	if err := aIOracle.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleDisputeOpen represents a DisputeOpen error raised by the AIOracle contract.
type AIOracleDisputeOpen struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeOpen(uint256 requestId)
func AIOracleDisputeOpenErrorID() common.Hash {
	return common.HexToHash("0x10d6516b12bad92f59df1f504971a822ce87106539e4f2635e4884ab445fb2f6")
}

// UnpackDisputeOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeOpen(uint256 requestId)
func (aIOracle *AIOracle) UnpackDisputeOpenError(raw []byte) (*AIOracleDisputeOpen, error) {
	out := new(AIOracleDisputeOpen)
	if err := aIOracle.abi.UnpackIntoInterface(out, "DisputeOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleEmptyInput represents a EmptyInput error raised by the AIOracle contract.
type AIOracleEmptyInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyInput()
func AIOracleEmptyInputErrorID() common.Hash {
	return common.HexToHash("0xa447fc5303268219526dd4deae74cc23857477d20b4f03eb9a0b85d017ef6fbf")
}

// UnpackEmptyInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyInput()
func (aIOracle *AIOracle) UnpackEmptyInputError(raw []byte) (*AIOracleEmptyInput, error) {
	out := new(AIOracleEmptyInput)
	if err := aIOracle.abi.UnpackIntoInterface(out, "EmptyInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleEmptyOutput represents a EmptyOutput error raised by the AIOracle contract.
type AIOracleEmptyOutput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyOutput()
func AIOracleEmptyOutputErrorID() common.Hash {
	return common.HexToHash("0xdd821399c48e57f6698b37ca971e8fd47a88e810f00d4fe25c0c64d340a090e7")
}

// UnpackEmptyOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyOutput()
func (aIOracle *AIOracle) UnpackEmptyOutputError(raw []byte) (*AIOracleEmptyOutput, error) {
	out := new(AIOracleEmptyOutput)
	if err := aIOracle.abi.UnpackIntoInterface(out, "EmptyOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleFailedCall represents a FailedCall error raised by the AIOracle contract.
type AIOracleFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func AIOracleFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (aIOracle *AIOracle) UnpackFailedCallError(raw []byte) (*AIOracleFailedCall, error) {
	out := new(AIOracleFailedCall)
	if err := aIOracle.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleFeeTooLow represents a FeeTooLow error raised by the AIOracle contract.
type AIOracleFeeTooLow struct {
	Required *big.Int
	Provided *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooLow(uint256 required, uint256 provided)
func AIOracleFeeTooLowErrorID() common.Hash {
	return common.HexToHash("0xf04f3db281357fe66c8cdb6010552fb4fc5fa45b6647fc12b290172e5583e248")
}

// UnpackFeeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooLow(uint256 required, uint256 provided)
func (aIOracle *AIOracle) UnpackFeeTooLowError(raw []byte) (*AIOracleFeeTooLow, error) {
	out := new(AIOracleFeeTooLow)
	if err := aIOracle.abi.UnpackIntoInterface(out, "FeeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleInputMismatch represents a InputMismatch error raised by the AIOracle contract.
type AIOracleInputMismatch struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputMismatch(uint256 requestId)
func AIOracleInputMismatchErrorID() common.Hash {
	return common.HexToHash("0xb2e422a24b2a833f6a1aa695b4e6295e81fdd92a2fac2fa10fe752cc8672e6a2")
}

// UnpackInputMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputMismatch(uint256 requestId)
func (aIOracle *AIOracle) UnpackInputMismatchError(raw []byte) (*AIOracleInputMismatch, error) {
	out := new(AIOracleInputMismatch)
	if err := aIOracle.abi.UnpackIntoInterface(out, "InputMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleInsufficientBalance represents a InsufficientBalance error raised by the AIOracle contract.
type AIOracleInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func AIOracleInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (aIOracle *AIOracle) UnpackInsufficientBalanceError(raw []byte) (*AIOracleInsufficientBalance, error) {
	out := new(AIOracleInsufficientBalance)
	if err := aIOracle.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleInsufficientFreeBond represents a InsufficientFreeBond error raised by the AIOracle contract.
type AIOracleInsufficientFreeBond struct {
	Operator common.Address
	Free     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientFreeBond(address operator, uint256 free, uint256 required)
func AIOracleInsufficientFreeBondErrorID() common.Hash {
	return common.HexToHash("0xc4a1940759a29ae58ef1abee7a7634d8bf054d1d891a92e034ea78bfa54f1e3a")
}

// UnpackInsufficientFreeBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientFreeBond(address operator, uint256 free, uint256 required)
func (aIOracle *AIOracle) UnpackInsufficientFreeBondError(raw []byte) (*AIOracleInsufficientFreeBond, error) {
	out := new(AIOracleInsufficientFreeBond)
	if err := aIOracle.abi.UnpackIntoInterface(out, "InsufficientFreeBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleInsufficientGasForCallback represents a InsufficientGasForCallback error raised by the AIOracle contract.
type AIOracleInsufficientGasForCallback struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGasForCallback()
func AIOracleInsufficientGasForCallbackErrorID() common.Hash {
	return common.HexToHash("0x657989e91dba522901e1aaf566e4670dd60f8c49325c20011d16fb58380befd1")
}

// UnpackInsufficientGasForCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGasForCallback()
func (aIOracle *AIOracle) UnpackInsufficientGasForCallbackError(raw []byte) (*AIOracleInsufficientGasForCallback, error) {
	out := new(AIOracleInsufficientGasForCallback)
	if err := aIOracle.abi.UnpackIntoInterface(out, "InsufficientGasForCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleInvalidErrorCode represents a InvalidErrorCode error raised by the AIOracle contract.
type AIOracleInvalidErrorCode struct {
	Code uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidErrorCode(uint16 code)
func AIOracleInvalidErrorCodeErrorID() common.Hash {
	return common.HexToHash("0x984c67135bcb0b72d9a960af8dcf8c98818d6ebdca2f75ecd16bfb6cef4a020e")
}

// UnpackInvalidErrorCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidErrorCode(uint16 code)
func (aIOracle *AIOracle) UnpackInvalidErrorCodeError(raw []byte) (*AIOracleInvalidErrorCode, error) {
	out := new(AIOracleInvalidErrorCode)
	if err := aIOracle.abi.UnpackIntoInterface(out, "InvalidErrorCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleModelIdOutOfRange represents a ModelIdOutOfRange error raised by the AIOracle contract.
type AIOracleModelIdOutOfRange struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelIdOutOfRange(uint256 modelId)
func AIOracleModelIdOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x06ca726cbaa741e889a000b6cd8ba15c3c745981ad180a6bf920c2c195f598ec")
}

// UnpackModelIdOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelIdOutOfRange(uint256 modelId)
func (aIOracle *AIOracle) UnpackModelIdOutOfRangeError(raw []byte) (*AIOracleModelIdOutOfRange, error) {
	out := new(AIOracleModelIdOutOfRange)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ModelIdOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleModelIsDeprecated represents a ModelIsDeprecated error raised by the AIOracle contract.
type AIOracleModelIsDeprecated struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelIsDeprecated(uint256 modelId)
func AIOracleModelIsDeprecatedErrorID() common.Hash {
	return common.HexToHash("0x22701aa4a0a37d92c1cab32da80e769d281ef0968a2dd6cc94c1d9afe261b888")
}

// UnpackModelIsDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelIsDeprecated(uint256 modelId)
func (aIOracle *AIOracle) UnpackModelIsDeprecatedError(raw []byte) (*AIOracleModelIsDeprecated, error) {
	out := new(AIOracleModelIsDeprecated)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ModelIsDeprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleModelUnavailable represents a ModelUnavailable error raised by the AIOracle contract.
type AIOracleModelUnavailable struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelUnavailable(uint256 modelId)
func AIOracleModelUnavailableErrorID() common.Hash {
	return common.HexToHash("0x166fac9780a09de40249bc3666d78bc59ae851f764fc41076dd7bc885cf7666f")
}

// UnpackModelUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelUnavailable(uint256 modelId)
func (aIOracle *AIOracle) UnpackModelUnavailableError(raw []byte) (*AIOracleModelUnavailable, error) {
	out := new(AIOracleModelUnavailable)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ModelUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNoOpenDispute represents a NoOpenDispute error raised by the AIOracle contract.
type AIOracleNoOpenDispute struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoOpenDispute(uint256 requestId)
func AIOracleNoOpenDisputeErrorID() common.Hash {
	return common.HexToHash("0xc4d90c84f855d163b8624f28f9a1332fb5f1bfa134a877ec5e9db3264fa01a3a")
}

// UnpackNoOpenDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoOpenDispute(uint256 requestId)
func (aIOracle *AIOracle) UnpackNoOpenDisputeError(raw []byte) (*AIOracleNoOpenDispute, error) {
	out := new(AIOracleNoOpenDispute)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NoOpenDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNoPendingWithdrawal represents a NoPendingWithdrawal error raised by the AIOracle contract.
type AIOracleNoPendingWithdrawal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingWithdrawal()
func AIOracleNoPendingWithdrawalErrorID() common.Hash {
	return common.HexToHash("0x9121b84fef8b7ad3edb5da7d906b6c78e7e08853cf5c604523e64bca5a8c4166")
}

// UnpackNoPendingWithdrawalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingWithdrawal()
func (aIOracle *AIOracle) UnpackNoPendingWithdrawalError(raw []byte) (*AIOracleNoPendingWithdrawal, error) {
	out := new(AIOracleNoPendingWithdrawal)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NoPendingWithdrawal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotDisputeGame represents a NotDisputeGame error raised by the AIOracle contract.
type AIOracleNotDisputeGame struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputeGame(address caller)
func AIOracleNotDisputeGameErrorID() common.Hash {
	return common.HexToHash("0x1608e75a8a6902d0013c33463774dbb62cd825226962958a28954131ade4a831")
}

// UnpackNotDisputeGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputeGame(address caller)
func (aIOracle *AIOracle) UnpackNotDisputeGameError(raw []byte) (*AIOracleNotDisputeGame, error) {
	out := new(AIOracleNotDisputeGame)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotDisputeGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotFinalized represents a NotFinalized error raised by the AIOracle contract.
type AIOracleNotFinalized struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinalized(uint256 requestId)
func AIOracleNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0xbea0218a7a73f523dfdd8f610bf4e825d5648ed1e9b38565c15a3fa338c22958")
}

// UnpackNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinalized(uint256 requestId)
func (aIOracle *AIOracle) UnpackNotFinalizedError(raw []byte) (*AIOracleNotFinalized, error) {
	out := new(AIOracleNotFinalized)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNotRefundable represents a NotRefundable error raised by the AIOracle contract.
type AIOracleNotRefundable struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRefundable(uint256 requestId)
func AIOracleNotRefundableErrorID() common.Hash {
	return common.HexToHash("0xfda10c426a11978b887145c723a575d4e1fc1c4b48639722b8555b939daf7c50")
}

// UnpackNotRefundableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRefundable(uint256 requestId)
func (aIOracle *AIOracle) UnpackNotRefundableError(raw []byte) (*AIOracleNotRefundable, error) {
	out := new(AIOracleNotRefundable)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NotRefundable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleNothingToWithdraw represents a NothingToWithdraw error raised by the AIOracle contract.
type AIOracleNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func AIOracleNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (aIOracle *AIOracle) UnpackNothingToWithdrawError(raw []byte) (*AIOracleNothingToWithdraw, error) {
	out := new(AIOracleNothingToWithdraw)
	if err := aIOracle.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleOutputTooLarge represents a OutputTooLarge error raised by the AIOracle contract.
type AIOracleOutputTooLarge struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputTooLarge(uint256 length, uint256 max)
func AIOracleOutputTooLargeErrorID() common.Hash {
	return common.HexToHash("0x72cd7bff3ac25a1f3ea0692b84d4cab047392e906802e482d203ce1621686439")
}

// UnpackOutputTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputTooLarge(uint256 length, uint256 max)
func (aIOracle *AIOracle) UnpackOutputTooLargeError(raw []byte) (*AIOracleOutputTooLarge, error) {
	out := new(AIOracleOutputTooLarge)
	if err := aIOracle.abi.UnpackIntoInterface(out, "OutputTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the AIOracle contract.
type AIOracleOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func AIOracleOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (aIOracle *AIOracle) UnpackOwnableInvalidOwnerError(raw []byte) (*AIOracleOwnableInvalidOwner, error) {
	out := new(AIOracleOwnableInvalidOwner)
	if err := aIOracle.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the AIOracle contract.
type AIOracleOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func AIOracleOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (aIOracle *AIOracle) UnpackOwnableUnauthorizedAccountError(raw []byte) (*AIOracleOwnableUnauthorizedAccount, error) {
	out := new(AIOracleOwnableUnauthorizedAccount)
	if err := aIOracle.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleProposalsExhausted represents a ProposalsExhausted error raised by the AIOracle contract.
type AIOracleProposalsExhausted struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalsExhausted(uint256 requestId)
func AIOracleProposalsExhaustedErrorID() common.Hash {
	return common.HexToHash("0x226182c06080ffec24d9a0ee7f89e30a003487af11bb5397413bafa328561d65")
}

// UnpackProposalsExhaustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalsExhausted(uint256 requestId)
func (aIOracle *AIOracle) UnpackProposalsExhaustedError(raw []byte) (*AIOracleProposalsExhausted, error) {
	out := new(AIOracleProposalsExhausted)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ProposalsExhausted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleProtocolFeeTooHigh represents a ProtocolFeeTooHigh error raised by the AIOracle contract.
type AIOracleProtocolFeeTooHigh struct {
	Bps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProtocolFeeTooHigh(uint16 bps)
func AIOracleProtocolFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0xa6d5ea9e79f2525732dd09f0251dba36ee5f24c6ab104d02b882ccdee0b8e275")
}

// UnpackProtocolFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProtocolFeeTooHigh(uint16 bps)
func (aIOracle *AIOracle) UnpackProtocolFeeTooHighError(raw []byte) (*AIOracleProtocolFeeTooHigh, error) {
	out := new(AIOracleProtocolFeeTooHigh)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ProtocolFeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the AIOracle contract.
type AIOracleReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func AIOracleReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (aIOracle *AIOracle) UnpackReentrancyGuardReentrantCallError(raw []byte) (*AIOracleReentrancyGuardReentrantCall, error) {
	out := new(AIOracleReentrancyGuardReentrantCall)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleResultIsError represents a ResultIsError error raised by the AIOracle contract.
type AIOracleResultIsError struct {
	RequestId *big.Int
	Code      uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResultIsError(uint256 requestId, uint16 code)
func AIOracleResultIsErrorErrorID() common.Hash {
	return common.HexToHash("0x8ce39df50696ae22fe610a55a16adb4fe738e6ba7495ad9410b68111570f1103")
}

// UnpackResultIsErrorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResultIsError(uint256 requestId, uint16 code)
func (aIOracle *AIOracle) UnpackResultIsErrorError(raw []byte) (*AIOracleResultIsError, error) {
	out := new(AIOracleResultIsError)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ResultIsError", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the AIOracle contract.
type AIOracleSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func AIOracleSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (aIOracle *AIOracle) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*AIOracleSafeCastOverflowedUintDowncast, error) {
	out := new(AIOracleSafeCastOverflowedUintDowncast)
	if err := aIOracle.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleWithdrawalNotReady represents a WithdrawalNotReady error raised by the AIOracle contract.
type AIOracleWithdrawalNotReady struct {
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalNotReady(uint256 availableAt)
func AIOracleWithdrawalNotReadyErrorID() common.Hash {
	return common.HexToHash("0x581a27f0926ffd123b426b20c91a079b24c048f6b54619a1f5e03c4019a80d05")
}

// UnpackWithdrawalNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalNotReady(uint256 availableAt)
func (aIOracle *AIOracle) UnpackWithdrawalNotReadyError(raw []byte) (*AIOracleWithdrawalNotReady, error) {
	out := new(AIOracleWithdrawalNotReady)
	if err := aIOracle.abi.UnpackIntoInterface(out, "WithdrawalNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleWrongStatus represents a WrongStatus error raised by the AIOracle contract.
type AIOracleWrongStatus struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(uint256 requestId, uint8 status)
func AIOracleWrongStatusErrorID() common.Hash {
	return common.HexToHash("0xa5d15e1f94e40302e3f7050760870a95f04eb9d943cd2cb333833178258083d6")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(uint256 requestId, uint8 status)
func (aIOracle *AIOracle) UnpackWrongStatusError(raw []byte) (*AIOracleWrongStatus, error) {
	out := new(AIOracleWrongStatus)
	if err := aIOracle.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleZeroAddress represents a ZeroAddress error raised by the AIOracle contract.
type AIOracleZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func AIOracleZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (aIOracle *AIOracle) UnpackZeroAddressError(raw []byte) (*AIOracleZeroAddress, error) {
	out := new(AIOracleZeroAddress)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleZeroAmount represents a ZeroAmount error raised by the AIOracle contract.
type AIOracleZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func AIOracleZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (aIOracle *AIOracle) UnpackZeroAmountError(raw []byte) (*AIOracleZeroAmount, error) {
	out := new(AIOracleZeroAmount)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleZeroCallbackGasLimit represents a ZeroCallbackGasLimit error raised by the AIOracle contract.
type AIOracleZeroCallbackGasLimit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCallbackGasLimit()
func AIOracleZeroCallbackGasLimitErrorID() common.Hash {
	return common.HexToHash("0x1a868e51ec5dad9d2b4e9b501519eba1fa269bd32852c3ed79d0e3c44aea3558")
}

// UnpackZeroCallbackGasLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCallbackGasLimit()
func (aIOracle *AIOracle) UnpackZeroCallbackGasLimitError(raw []byte) (*AIOracleZeroCallbackGasLimit, error) {
	out := new(AIOracleZeroCallbackGasLimit)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ZeroCallbackGasLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleZeroTimeout represents a ZeroTimeout error raised by the AIOracle contract.
type AIOracleZeroTimeout struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTimeout()
func AIOracleZeroTimeoutErrorID() common.Hash {
	return common.HexToHash("0xb077b20bd22098a8c809066f635cdc4f26c6b356998b0b7a73dec55042f09543")
}

// UnpackZeroTimeoutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTimeout()
func (aIOracle *AIOracle) UnpackZeroTimeoutError(raw []byte) (*AIOracleZeroTimeout, error) {
	out := new(AIOracleZeroTimeout)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ZeroTimeout", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleZkBatchUnsupported represents a ZkBatchUnsupported error raised by the AIOracle contract.
type AIOracleZkBatchUnsupported struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZkBatchUnsupported(uint256 modelId)
func AIOracleZkBatchUnsupportedErrorID() common.Hash {
	return common.HexToHash("0x39d7c0c88f43b3e255b32edba7bdd54a77a1fb656b45fe8a02c1b2f2e43f8e84")
}

// UnpackZkBatchUnsupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZkBatchUnsupported(uint256 modelId)
func (aIOracle *AIOracle) UnpackZkBatchUnsupportedError(raw []byte) (*AIOracleZkBatchUnsupported, error) {
	out := new(AIOracleZkBatchUnsupported)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ZkBatchUnsupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleZkNotEnabled represents a ZkNotEnabled error raised by the AIOracle contract.
type AIOracleZkNotEnabled struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZkNotEnabled(uint256 modelId)
func AIOracleZkNotEnabledErrorID() common.Hash {
	return common.HexToHash("0x61b0647cfd58f0d902964c60df69fc3bf992bc0f50331998d77ede72c34efdef")
}

// UnpackZkNotEnabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZkNotEnabled(uint256 modelId)
func (aIOracle *AIOracle) UnpackZkNotEnabledError(raw []byte) (*AIOracleZkNotEnabled, error) {
	out := new(AIOracleZkNotEnabled)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ZkNotEnabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleZkProofInvalid represents a ZkProofInvalid error raised by the AIOracle contract.
type AIOracleZkProofInvalid struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZkProofInvalid(uint256 requestId)
func AIOracleZkProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x6d3bf388bdae1c9c8e292cb0dff1f859bf10ae5b75345a5b4cb194c2cc892dcb")
}

// UnpackZkProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZkProofInvalid(uint256 requestId)
func (aIOracle *AIOracle) UnpackZkProofInvalidError(raw []byte) (*AIOracleZkProofInvalid, error) {
	out := new(AIOracleZkProofInvalid)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ZkProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AIOracleZkProofRequired represents a ZkProofRequired error raised by the AIOracle contract.
type AIOracleZkProofRequired struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZkProofRequired(uint256 modelId)
func AIOracleZkProofRequiredErrorID() common.Hash {
	return common.HexToHash("0xf7572269a8260900475ae6a9ebbfdd29a4eee8dbb250f72c443d5e92063b58d4")
}

// UnpackZkProofRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZkProofRequired(uint256 modelId)
func (aIOracle *AIOracle) UnpackZkProofRequiredError(raw []byte) (*AIOracleZkProofRequired, error) {
	out := new(AIOracleZkProofRequired)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ZkProofRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}
