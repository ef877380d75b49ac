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
	OperatorFee      *big.Int
	CallbackGasPrice uint64
	ProtocolFeeBps   uint16
	RequestTimeout   uint32
	Nonce            *big.Int
}

// IAIOracleProposal is an auto generated low-level Go binding around an user-defined struct.
type IAIOracleProposal struct {
	Proposer   common.Address
	ProposedAt *big.Int
	IsError    bool
	ErrorCode  uint16
	TraceRoot  [32]byte
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
	ProtocolFeeBps   uint16
	ChallengeWindow  uint32
	Mode             uint8
	CallbackData     []byte
}

// AIOracleMetaData contains all meta data concerning the AIOracle contract.
var AIOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"operatorFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"callbackGasPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint48\",\"name\":\"nonce\",\"type\":\"uint48\"}],\"internalType\":\"structIAIOracle.Config\",\"name\":\"config_\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"proposalBond_\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"withdrawalDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BatchSizeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CallbackGasLimitTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallbackGasWithoutCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalizableAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"DisputeOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyOutput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"FeeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"InvalidErrorCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelIdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelIsDeprecated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingWithdrawal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDisputeGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"ProtocolFeeTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"ResultIsError\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumIAIOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTimeout\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTraceRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZkProofRequired\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"}],\"name\":\"BondDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"BondWithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"name\":\"CallbackFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"operatorFee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"callbackGasPrice\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"}],\"name\":\"ConfigUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"disputeGame\",\"type\":\"address\"}],\"name\":\"DisputeGameUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"finalizableAt\",\"type\":\"uint256\"}],\"name\":\"ErrorProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"isError\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"callbackSucceeded\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"operatorShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"protocolShare\",\"type\":\"uint256\"}],\"name\":\"InferenceFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"batchSize\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"InferenceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ProposalSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ProtocolFeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RequestRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"finalizableAt\",\"type\":\"uint256\"}],\"name\":\"ResultProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasuryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ERROR_EXECUTION\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ERROR_INVALID_INPUT\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ERROR_CODE\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROTOCOL_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"}],\"name\":\"computeRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"operatorFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"callbackGasPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint48\",\"name\":\"nonce\",\"type\":\"uint48\"}],\"internalType\":\"structIAIOracle.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositBond\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeGame\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"estimateBatchFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"estimateFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getProposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"proposedAt\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"isError\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"errorCode\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structIAIOracle.Proposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"enumIAIOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"batchSize\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"paid\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"modelFee\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"internalType\":\"structIAIOracle.Request\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getResult\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"openDisputes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"operatorOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingAvailableAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"earnings\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalBond\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"}],\"name\":\"proposeError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"}],\"name\":\"proposeResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocolFeesAccrued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes[]\",\"name\":\"inputs\",\"type\":\"bytes[]\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"requestBatchInference\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"requestBondWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"requestInference\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"operatorFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"callbackGasPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint48\",\"name\":\"nonce\",\"type\":\"uint48\"}],\"internalType\":\"structIAIOracle.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"setConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"disputeGame_\",\"type\":\"address\"}],\"name\":\"setDisputeGame\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"name\":\"setDisputeOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"withdrawFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawProtocolFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AIOracle",
	Bin: "0x60e0604052346103e857604051613a4438819003601f8101601f191683016001600160401b038111848210176103ec578392829160405283398101039061014082126103e8578051916001600160a01b038316908184036103e8576100666020840161041f565b9060a06100756040860161041f565b91605f1901126103e8576040519460a086016001600160401b038111878210176103ec576040526100a860608601610433565b86526100b660808601610447565b936020870194855260a08601519361ffff851685036103e8576040880194855260c08701519663ffffffff881688036103e8576060890197885260e081015165ffffffffffff811681036103e85760808a015261012361012061011c6101008401610433565b9201610447565b906001600160601b038116156103d95760805260a0526001600160a01b031680156103c657600380546001600160a01b031990811690915560028054918216831790556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3156103b75760c0526001600160a01b03169182156103b75760206101b5610400565b6005546001600160a01b03811680835260a09190911c9290910182905281610384575b50505f60206101e5610400565b85815201526001600160a01b038316600555604051927f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d15f80a261ffff8251166113888111610372575063ffffffff845116156103635793516004805495519251945160a086901b61ffff60a01b16606085811b73ffffffffffffffff000000000000000000000000166001600160d01b03199099166001600160601b03909516948517989098171760b082901b63ffffffff60b01b16179091559083526001600160401b03909116602083015261ffff909216604082015263ffffffff909116918101919091527fe4d9292be2df60de4dee2d9b8f0cb24a22e6c01d49140c8fa3d746b6656c2dd990608090a16040516135e8908161045c8239608051818181610896015281816113fd01528181611d47015281816132b701526133b7015260a0518181816108fb0152611f1f015260c05181818161051d01528181610a5401528181610ff20152818161160d015281816123bf0152612bf90152f35b63b077b20b60e01b5f5260045ffd5b63536af54f60e11b5f5260045260245ffd5b5f52600a60205260405f2080549182018092116103a357555f806101d8565b634e487b7160e01b5f52601160045260245ffd5b63d92e233d60e01b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b631f2a200560e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b60408051919082016001600160401b038111838210176103ec57604052565b51906001600160a01b03821682036103e857565b51906001600160601b03821682036103e857565b51906001600160401b03821682036103e85756fe60e06040526004361015610011575f80fd5b5f5f3560e01c806305261aea1461281e5780630544a753146122bf578063168a169a146121bf5780632491bbd714612157578063278ecde11461205757806327e235e31461201f57806333727c4d14611fe257806338eaf26c14611bf157806339c3321514611fc55780633a6a432914611e795780633ccfd60b14611e585780633d82e3c114611bf657806354b4b0bf14611bf15780635fc2828b14611b6f57806360d26ef31461147157806361d027b314611449578063636f35d31461133257806366eb9cec1461125c5780636d947e4b14611240578063715018a6146111db578063741b3c391461113c57806379502c55146110a757806379ba5097146110215780637b10399914610fdd5780637b48c59314610da25780637fabb4a814610d7a5780638795cccb14610cae57806389d1fa5f14610b4f5780638da5cb5b14610b275780638f20eaee14610a15578063995e43391461095c5780639eca672c1461091f578063a7ab6961146108db578063b621e75a146108ba578063b756414b14610876578063b93f863314610854578063c58343ef146105c0578063c5d51c50146104de578063c7f758a8146103d7578063cb0f8aff146103ad578063cfdbf25414610390578063de826fa814610374578063e30c39781461034b578063f0f44260146102795763f2fde38b14610209575f80fd5b3461027657602036600319011261027657610222612d05565b61022a613390565b600380546001600160a01b0319166001600160a01b039283169081179091556002549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b80fd5b503461027657602036600319011261027657610293612d05565b61029b613390565b6001600160a01b0316801561033c576102b2612fd5565b6001600160601b036020820151169081610311575b50508160206040516102d881612dbe565b83815201526001600160a01b0381166005557f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d18280a280f35b516001600160a01b03168352600a602052604083208054909161033391612d91565b90555f806102c7565b63d92e233d60e01b8252600482fd5b50346102765780600319360112610276576003546040516001600160a01b039091168152602090f35b5034610276578060031936011261027657602060405160018152f35b503461027657806003193601126102765760206040516101008152f35b50346102765760203660031901126102765760406020916004358152600783522054604051908152f35b503461027657602036600319011261027657604090606060a083516103fb81612e10565b838152836020820152838582015283838201528360808201520152600435815260096020522060405161042d81612e10565b6104da825460018060a01b0381168352602083019364ffffffffff8260a01c16855261ffff604085019260ff8160c81c161515845281606087019160d01c16815261048660026001850154946080890195865201613084565b9360a0870194855264ffffffffff60405198899860208a5260018060a01b0390511660208a0152511660408801525115156060870152511660808501525160a08401525160c08084015260e0830190612d5f565b0390f35b50346102765760603660031901126102765760443563ffffffff811681036105bc5760405163fdefad2960e01b8152600480359082015260a0816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156105b15761057a92916001600160601b039160209591610582575b50511660243590610574612f80565b90613535565b604051908152f35b6105a4915060a03d60a0116105aa575b61059c8183612e2b565b810190613008565b5f610565565b503d610592565b6040513d85823e3d90fd5b5080fd5b50346102765760203660031901126102765760606101806040516105e381612df4565b83815283602082015283604082015283838201528360808201528360a08201528360c08201528360e08201528361010082015283610120820152836101408201528361016082015201526004358152600860205260408120906040519061064982612df4565b82549260018060a01b0384168352602083019364ffffffffff8160a01c1685526040840163ffffffff8260c81c16815260ff8260e81c1660608601906005811015610840578152608086019260f01c835260018401549260a087019360018060a01b038116855263ffffffff60c089019160a01c16815260028601549460e08901926001600160601b03871684526101008a01946001600160601b038860601c1686526101208b019661ffff8960c01c16885260ff6101408d019963ffffffff8160d01c168b5260f01c16996101608d019a600381101561082c578b5260030161073290613084565b9b61018081019c8d526040519d8e9160208352600160a01b6001900390511660208301525164ffffffffff1690604001525163ffffffff1660608d01525160058110156108185760808c01525161ffff90811660a08c015290516001600160a01b031660c08b0152905163ffffffff90811660e08b015291516001600160601b039081166101008b0152925190921661012089015291511661014087015290511661016085015251906003821015610804575082916104da91610180840152516101a0808401526101c0830190612d5f565b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b8a52602160045260248afd5b634e487b7160e01b8d52602160045260248dfd5b634e487b7160e01b86526021600452602486fd5b503461027657604036600319011261027657602061057a602435600435613124565b503461027657806003193601126102765760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610276578060031936011261027657602060055460a01c604051908152f35b503461027657806003193601126102765760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346102765760203660031901126102765761094961093c612d05565b610944613156565b6133ed565b805f5160206135c85f395f51905f525d80f35b50346102765760203660031901126102765760043590818152600860205260ff604082205460e81c166005811015610a01576003036109ef578181526009602052604081209182549060ff8260c81c166109d3576104da6109bf60028601613084565b604051918291602083526020830190612d5f565b638ce39df560e01b835260045260d01c61ffff16602452604490fd5b602491635f5010c560e11b8252600452fd5b634e487b7160e01b82526021600452602482fd5b34610b23576040366003190112610b235760243563ffffffff8116809103610b235760405163fdefad2960e01b8152600480359082015260a0816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610b18576001600160601b03915f91610af9575b50511690610ab5610aa3612f80565b926001600160601b0384511690612d91565b80158180046001141715610ae557610adf61057a926001600160401b036020809601511690612dab565b90612d91565b634e487b7160e01b5f52601160045260245ffd5b610b12915060a03d60a0116105aa5761059c8183612e2b565b83610a94565b6040513d5f823e3d90fd5b5f80fd5b34610b23575f366003190112610b23576002546040516001600160a01b039091168152602090f35b34610b235760a0366003190112610b2357610b68613390565b604051610b7481612dd9565b610b7c612d49565b8152602435906001600160401b0382168203610b23576020810191825260443561ffff8116808203610b235760408301918252610bb7612d1b565b906060840191825260843565ffffffffffff81168103610b235760808501526113888111610c9c575063ffffffff81511615610c8d577fe4d9292be2df60de4dee2d9b8f0cb24a22e6c01d49140c8fa3d746b6656c2dd99361ffff63ffffffff926001600160401b036001600160601b03608097511695600454945190519251948660b01b8660b01b1690888860b01b199169ffffffffffffffffffff60b01b1617168360601b8360601b16178560a01b8560a01b161717600455604051968752166020860152166040840152166060820152a1005b63b077b20b60e01b5f5260045ffd5b63536af54f60e11b5f5260045260245ffd5b34610b23575f366003190112610b2357610cc6613156565b610cce612fd5565b602081016001600160601b0381511615610d59576001600160601b03610d479260018060a01b036005541660055560018060a01b038151167fa087657e3d85162090ffd700fbfdf5070d816f63aa5da00063f6ffd369c8a6db602084865116604051908152a251915116906001600160a01b031661349e565b5f5f5160206135c85f395f51905f525d005b5051636e34ee0b60e11b5f9081526001600160a01b03909116600452602490fd5b34610b23575f366003190112610b23576006546040516001600160a01b039091168152602090f35b34610b23576060366003190112610b23576004356024356001600160401b038111610b2357610dd5903690600401612cc2565b60443592918115610fce578315610fbf57610def8361323d565b5f848152600960205260409020805464ffffffffff60a01b1933166001600160c81b0319909116174260a01b64ffffffffff60a01b16178155909190600290866001820155016001600160401b038411610fab57610e4d8154612e6c565b601f8111610f68575b505f601f8511600114610ede5791610ec091610eab86807f5aab20ac0dda5ca2c3dd174ed1d19cf402b949ec266c4bc82fe0bc42b3e2dfb29897965f91610ed3575b508160011b915f199060031b1c19161790565b90555b60405193606085526060850191612f60565b94602083015260408201528033940390a3005b90508401358b610e98565b601f19851690825f5260205f20915f5b818110610f50575091610ec09391877f5aab20ac0dda5ca2c3dd174ed1d19cf402b949ec266c4bc82fe0bc42b3e2dfb29897969410610f37575b5050600185811b019055610eae565b8301355f19600388901b60f8161c191690558880610f28565b91926020600181928689013581550194019201610eee565b84811115610e5657610f9d90825f5260205f2090601f870160051c9060208810610fa3575b601f82910160051c039101612f45565b86610e56565b5f9150610f8d565b634e487b7160e01b5f52604160045260245ffd5b631f624f5b60e01b5f5260045ffd5b63dd82139960e01b5f5260045ffd5b34610b23575f366003190112610b23576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610b23575f366003190112610b2357600354336001600160a01b039091160361109457600380546001600160a01b0319908116909155600280543392811683179091556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b63118cdaa760e01b5f523360045260245ffd5b34610b23575f366003190112610b23575f60806040516110c681612dd9565b828152826020820152826040820152826060820152015260a06110e7612f80565b65ffffffffffff6080604051926001600160601b0381511684526001600160401b03602082015116602085015261ffff604082015116604085015263ffffffff60608201511660608501520151166080820152f35b5f366003190112610b235734156111cc57335f525f60205260405f206111756001600160601b0382541661116f34613504565b90612e4c565b906001600160601b0382166001600160601b03198254161790556001600160601b03604051913483521660208201527f53709ba3cdfc6888ee4e1f05692566dfc3446e917fd4402db50e328307e6b39360403392a2005b631f2a200560e01b5f5260045ffd5b34610b23575f366003190112610b23576111f3613390565b600380546001600160a01b03199081169091556002805491821690555f906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610b23575f366003190112610b235760206040516113888152f35b34610b23575f366003190112610b2357335f52600160205260405f206040519061128582612dbe565b546001600160601b0381168083526001600160401b03602084019260601c16825215611323576001600160401b039051168042106113115761130f6001600160601b0383335f5260016020525f6040812055818151166040519081527f0d41118e36df44efb77a471fc49fb9c0be0406d802ef95520e9fbf606e65b45560203392a251163361349e565b005b630581a27f60e41b5f5260045260245ffd5b639121b84f60e01b5f5260045ffd5b34610b23576020366003190112610b23576001600160a01b03611353612d05565b16805f525f60205260405f209060405160608101928184106001600160401b03851117610fab5760a093604052546001600160601b0381168252602082019263ffffffff8260601c168452604083019160801c82525f52600160205260405f20916001600160801b036001600160401b036001600160601b0361142363ffffffff82604051986113e28a612dbe565b54968188168a528560208b019860601c1688525116985116827f00000000000000000000000000000000000000000000000000000000000000001690612dab565b955116925116925116926040519485526020850152604084015260608301526080820152f35b34610b23575f366003190112610b23576005546040516001600160a01b039091168152602090f35b60a0366003190112610b23576024356001600160401b038111610b235736602382011215610b23578060040135906001600160401b038211610b23578160051b903660248383010111610b23576114c6612cef565b926114cf612d1b565b906084356001600160401b038111610b23576114ef903690600401612cc2565b9060c0529080158015611b64575b611b52579394368490036042190194905f5b828110156115675760248160051b8701013587811215610b235786016024810135906001600160401b038211610b23576044823603910113610b2357156115585760010161150f565b63a447fc5360e01b5f5260045ffd5b509091939594929560405180946020820197856040840160208b52526060808401918401019160248501945f905b888210611af557505050506115b3925003601f198101855284612e2b565b5f60a05263ffffffff60043511611ae057624c4b4063ffffffff871611611ac0576001600160a01b0316608081905215908180611ab1575b611aa25760405163fdefad2960e01b815260048035908201529060a0826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610b18575f92611a81575b506060820151611a6c57611657612f80565b9261166e8883866001600160601b03875116613535565b93843403611a555765ffffffffffff60808201511697600189019065ffffffffffff8211610ae557600480546001600160d01b031660d09390931b6001600160d01b03191692909217909155865190206116c89089613124565b60a052604064ffffffffff6116e763ffffffff60608501511642612d91565b60a080515f9081526008602052849020805464ffffffffff60a01b1933166001600160c81b031990911617939092169081901b64ffffffffff60a01b169290921781559095909384546001600160f01b0364ffffffffff60c81b1990911660043560c81b63ffffffff60c81b1617600160e81b171660f087901b6001600160f01b03191617855515611a1a575b61180e61ffff836117848a613504565b956001600160601b036002890197166001600160601b03198854161787556117f16117c16117bc8b6001600160601b03895116612dab565b613504565b88546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16178855565b0151855461ffff60c01b1916911660c01b61ffff60c01b16178455565b6020810151835463ffffffff60d01b191660d09190911b63ffffffff60d01b1617835501516003811015611a06576118459161318b565b856118ce575b5061ffff9063ffffffff611892969798604051998a5260805160208b0152166040890152166060870152608086015260a085015261010060c0850152610100840190612d5f565b9082820360e08401525f5160206135a85f395f51905f523393806118bf6004359560a0519560c051612f60565b0390a4602060405160a0518152f35b966001600160401b038611610fab576118ea6003890154612e6c565b601f81116119c9575b505f97601f871160011461194e5761ffff929163ffffffff9160036119328a806118929c9d9e5f9161194157508160011b915f199060031b1c19161790565b9101555b98979650509061184b565b905060c05101358f610e98565b601f198716600382015f5260205f20905f5b8181106119af57509161ffff949391899a9b6118929a63ffffffff9510611994575b5050600360018b811b01910155611936565b60c05101355f1960038d901b60f8161c191690558b80611982565b60c0518c0135835560209b8c019b60019093019201611960565b868111156118f357611a009060038a015f5260205f2090601f890160051c9060208a10610fa357601f82910160051c039101612f45565b886118f3565b634e487b7160e01b5f52602160045260245ffd5b60805160018501805463ffffffff60a01b199092166001600160c01b03199092169190911760a08d901b63ffffffff60a01b16179055611774565b8463e106593160e01b5f526004523460245260445ffd5b63089c06a960e21b5f5260043560045260245ffd5b611a9b91925060a03d60a0116105aa5761059c8183612e2b565b9087611645565b63eeaae27960e01b5f5260045ffd5b5063ffffffff861615156115eb565b63ffffffff86634dc3ced360e01b5f5216600452624c4b4060245260445ffd5b6301b29c9b60e21b5f5260043560045260245ffd5b919390929450605f19898203018552853584811215610b2357820190604460248301359201916001600160401b038111610b23578036038313610b2357611b426020928392600195612f60565b9701950192018894959391611595565b6321cd42c760e01b5f5260045260245ffd5b5061010081116114fd565b34610b23576040366003190112610b23576004356024358015158103610b23576006546001600160a01b03163303611bde5715611bc2575f52600760205260405f2080549060018201809211610ae55755005b5f52600760205260405f208054905f198201918211610ae55755005b630b0473ad60e11b5f523360045260245ffd5b612d2e565b34610b23576040366003190112610b23576024356001600160a01b0381169060043590829003610b23576006546001600160a01b03163303611bde578115611e4957805f52600860205260405f209060ff825460e81c166005811015611a065760028103611e2e57505f8181526009602052604081208054828255600182019290925560020180546001600160a01b039092169391611c9490612e6c565b9081611dea575b5050805460ff60e81b1916600160e81b178155600454611cc49060b01c63ffffffff1642612d91565b8064ffffffffff835460a01c1610611da0575b5050815f525f6020527fc4030adb78085009adbc1744c9333cd9eabe9b6ac62081f1b047e95f3565032560206001600160601b0360405f20611d45611d2563ffffffff835460601c166131af565b825463ffffffff60601b191660609190911b63ffffffff60601b16178255565b7f00000000000000000000000000000000000000000000000000000000000000009082611d758382845416612f25565b16831982541617905516855f52600a825260405f20611d95828254612d91565b9055604051908152a4005b64ffffffffff8111611dd357815464ffffffffff60a01b191660a09190911b64ffffffffff60a01b161790558380611cd7565b6306dfcc6560e41b5f52602860045260245260445ffd5b81601f5f9311600114611e015750555b8480611c9b565b81835260208320611e1e91601f0160051c84190190600101612f45565b8082528160208120915555611dfa565b611e449163a5d15e1f60e01b5f52600452612d83565b60445ffd5b63d92e233d60e01b5f5260045ffd5b34610b23575f366003190112610b2357611e70613156565b610d47336133ed565b34610b23576020366003190112610b2357611e92612d49565b6001600160601b0381169081156111cc57335f525f60205260405f20611eb7816133a4565b808411611faa57506001600160601b03611ed48382845416612f25565b166001600160601b0319825416179055335f5260016020526001600160601b03611f0560405f209282845416612e4c565b166001600160601b03198254161781556001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b034216016001600160401b038111610ae557816001600160401b0392548360601b8360601b16908460601b19161790556040519283521660208201527f1fa7fca2baa5438222c57b95e85e881e4be5eb2043bf6e98b0e645583b1d62d860403392a2005b839063c4a1940760e01b5f523360045260245260445260645ffd5b34610b23575f366003190112610b23576020604051624c4b408152f35b34610b23576020366003190112610b23576004355f52600860205260ff60405f205460e81c166005811015611a0657602090600360405191148152f35b34610b23576020366003190112610b23576001600160a01b03612040612d05565b165f52600a602052602060405f2054604051908152f35b34610b23576020366003190112610b2357600435805f52600860205260405f2090815460ff8160e81c166005811015611a06576001810361213f575064ffffffffff9060a01c168042111561212957508154600160ea1b60ff60e81b198216178355600290920180546001600160f81b031981169091556001600160a01b03909216917f86e8ab52e95a11dc603ce8e0a102c802eec02a52c879f8f39378e6222ca8c82c906020906001600160601b0316845f52600a825260405f2061211e828254612d91565b9055604051908152a3005b90630a476e4560e31b5f5260045260245260445ffd5b63a5d15e1f60e01b5f526004839052611e4490612d83565b34610b23576020366003190112610b2357612170612d05565b612178613390565b6001600160a01b03168015611e4957600680546001600160a01b031916821790557f7980127162a000509470ef1275c38eb43436cdc6982467b32223590519882ff85f80a2005b34610b23576060366003190112610b23576004356024359061ffff821691828103610b2357604435831580156122b5575b6122a2578060016122008561323d565b5f868152600960205260409020805464ffffffffff60a01b4260a090811b919091166001600160c81b03199092169085901b859003331664ffffffffff60a01b191617178155909481548360c81b9161ffff60d01b9060d01b169062ffffff60c81b1916171781550155604051938452602084015260408301527f57055037b83b6ceeffab13e0621d52f5c7f961af716b83fd0e3fd970e24f52ff60603393a3005b8363984c671360e01b5f5260045260245ffd5b50600284116121f0565b60a0366003190112610b23576024356001600160401b038111610b23576122ea903690600401612cc2565b906122f3612cef565b916122fc612d1b565b916084356001600160401b038111610b235761231c903690600401612cc2565b9290918115611558576001600160401b038211610fab576040519161234b601f8201601f191660200184612e2b565b80835260208301913682820111610b2357815f9260209285378401015263ffffffff60043511611ae05763ffffffff851695624c4b408711612804576001600160a01b031680159590929086806127fb575b611aa25760405163fdefad2960e01b815260048035908201529060a0826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215610b18575f926127da575b506060820151611a6c57612409612f80565b976124218260018b6001600160601b03875116613535565b928334036127c35765ffffffffffff60808b01511695600187019065ffffffffffff8211610ae557600480546001600160d01b031660d09390931b6001600160d01b031916929092179091558551902061247b9087613124565b9964ffffffffff61249663ffffffff60608401511642612d91565b5f8d8152600860205260409020805464ffffffffff60a01b1933166001600160c81b0319909116179290911660a081901b64ffffffffff60a01b169290921781559094909384546001600160f01b0364ffffffffff60c81b1990911660043560c81b63ffffffff60c81b1617600160e81b1716600160f01b1785551561278a575b5061252185613504565b6002840180546bffffffffffffffffffffffff19166001600160601b0392831617815583519093911680158180046001141715610ae55761ffff604080946117f16117c161256e95613504565b6020810151835463ffffffff60d01b191660d09190911b63ffffffff60d01b1617835501516003811015611a06576125a59161318b565b8761261c575b506125fe8895935f5160206135a85f395f51905f5295936126119360209c60405197889788528e880152604087015260016060870152608086015260a085015261010060c0850152610100840190612d5f565b82810360e0840152339760043597612f60565b0390a4604051908152f35b60039095939194929501936001600160401b038811610fab57602099856126448b9754612e6c565b601f8111612752575b50895f8a601f83116001146126b55792612698836125fe97946126119997945f5160206135a85f395f51905f529d9e975f926126aa575b50508160011b915f199060031b1c19161790565b90555b9c5093509395509395506125ab565b013590505f8f612684565b909150601f198c1691835f528c8f5f20935f5b8181106127215750925f5160206135a85f395f51905f529b9c9592826125fe9996936126119b999610612707575b91505060018092501b01905561269b565b60f85f199160031b161c199101351690558f8c818f6126f6565b94602093809798999a9c9e9b9d5084935060019295013581550194019201918c8c928f9b999c9a98979695946126c8565b8a81111561264d5761278490825f528b8e5f20918f601f830160051c9210610fa357601f82910160051c039101612f45565b8c61264d565b60018401805463ffffffff60a01b198b166001600160c01b03199091161760a09290921b63ffffffff60a01b169190911790558c612517565b8363e106593160e01b5f526004523460245260445ffd5b6127f491925060a03d60a0116105aa5761059c8183612e2b565b90896123f7565b5087151561239d565b86634dc3ced360e01b5f52600452624c4b4060245260445ffd5b34610b23576020366003190112610b235760043561283a613156565b805f52600860205260405f209060ff825460e81c166005811015611a065760028103611e2e57505f81815260096020526040902080546002840180546001600160a01b0383169593926128a09160d01c63ffffffff169060a01c64ffffffffff16612d91565b804210612cac5750835f52600760205260405f2054612c9957600360e81b60ff60e81b1984541617835560ff825460c81c1690546001600160601b038160601c166128f4816001600160601b038416612d9e565b61290b8660020180546001600160f81b0319169055565b5f915f93855f14612b66575080612b3e575b505b875f525f60205260405f209561296161294163ffffffff895460601c166131af565b885463ffffffff60601b191660609190911b63ffffffff60601b16178855565b6001600160801b038211612b26576001600160801b038216875460801c01956001600160801b038711610ae55787546001600160801b031660809790971b6fffffffffffffffffffffffffffffffff1916969096179096556001868101547f62393a73b10490458f75e249adfd3d13283c737bd237bbab43eeb83f6594a6e09760a0976001600160a01b038316929183612a2b575b50505050604051941515855215156020850152604084015260608301526080820152a35f5f5160206135c85f395f51905f525d005b612a9a9394509063ffffffff918c8a5f14612ad557612a8161ffff612a8f93945460d01c1693604051948593621fa1b360e41b602086015260248501526044840152606060648401526003608484019101612ea4565b03601f198101835282612e2b565b915b891c16836131c7565b908115612aaa575b8080806129f6565b887f2aa2f30cf59580d573e46b947814f9659bb093c7d40a744fd397ccee77911d4d5f80a389612aa2565b612a81612b20926003612b0d604051968795633dc7f85d60e11b60208801526024870152606060448701526002608487019101612ea4565b8481036023190160648601529101612ea4565b91612a91565b506306dfcc6560e41b5f52608060045260245260445ffd5b60018060a01b038754165f52600a602052612b5e60405f20918254612d91565b90558861291d565b612710919450612b8b92935061ffff612b839160c01c1685612dab565b048093612d9e565b9081612bd1575b821561291f576005546001600160a01b0319612bbb6001600160601b03861660a084901c612e4c565b60a01b169060018060a01b03161760055561291f565b855460405163f31d8c3160e01b815260c89190911c63ffffffff1660048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610b18575f91612c57575b5060018060a01b03165f52600a60205260405f20612c50838254612d91565b9055612b92565b90506020813d602011612c91575b81612c7260209383612e2b565b81010312610b2357516001600160a01b0381168103610b235789612c31565b3d9150612c65565b836310d6516b60e01b5f5260045260245ffd5b8463076f615b60e41b5f5260045260245260445ffd5b9181601f84011215610b23578235916001600160401b038311610b235760208381860195010111610b2357565b604435906001600160a01b0382168203610b2357565b600435906001600160a01b0382168203610b2357565b6064359063ffffffff82168203610b2357565b34610b23575f366003190112610b2357602060405160028152f35b600435906001600160601b0382168203610b2357565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b6005811015611a0657602452565b91908201809211610ae557565b91908203918211610ae557565b81810292918115918404141715610ae557565b604081019081106001600160401b03821117610fab57604052565b60a081019081106001600160401b03821117610fab57604052565b6101a081019081106001600160401b03821117610fab57604052565b60c081019081106001600160401b03821117610fab57604052565b90601f801991011681019081106001600160401b03821117610fab57604052565b906001600160601b03809116911601906001600160601b038211610ae557565b90600182811c92168015612e9a575b6020831014612e8657565b634e487b7160e01b5f52602260045260245ffd5b91607f1691612e7b565b5f9291815491612eb383612e6c565b8083529260018116908115612f085750600114612ecf57505050565b5f9081526020812093945091925b838310612eee575060209250010190565b600181602092949394548385870101520191019190612edd565b915050602093945060ff929192191683830152151560051b010190565b906001600160601b03809116911603906001600160601b038211610ae557565b5f5b828110612f5357505050565b5f82820155600101612f47565b908060209392818452848401375f828201840152601f01601f1916010190565b60405190612f8d82612dd9565b8160806004546001600160601b03811683526001600160401b038160601c16602084015261ffff8160a01c16604084015263ffffffff8160b01c16606084015260d01c910152565b60405190612fe282612dbe565b6005546001600160a01b038116835260a01c6020830152565b51908115158203610b2357565b908160a0910312610b23576040519061302082612dd9565b80516001600160601b0381168103610b23578252602081015163ffffffff81168103610b2357602083015260408101516003811015610b235761307c91608091604085015261307160608201612ffb565b606085015201612ffb565b608082015290565b9060405191825f82549261309784612e6c565b808452936001811690811561310257506001146130be575b506130bc92500383612e2b565b565b90505f9291925260205f20905f915b8183106130e65750509060206130bc928201015f6130af565b60209193508060019154838589010152019101909184926130cd565b9050602092506130bc94915060ff191682840152151560051b8201015f6130af565b90604051906020820192468452306040840152606083015260808201526080815261315060a082612e2b565b51902090565b5f5160206135c85f395f51905f525c61317c5760015f5160206135c85f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b906003811015611a0657815460ff60f01b191660f09190911b60ff60f01b16179055565b63ffffffff5f199116019063ffffffff8211610ae557565b9092915f93823b15613235575f925a80611388811161321c575b505083613202575b505050156131f357565b63657989e960e01b5f5260045ffd5b5f809496508392916020829551940192f1915f80806131e9565b6113871990810160061c90910301821093505f806131e1565b505f93505050565b805f52600860205260405f2080549160ff8360e81c166005811015611a065760018103611e2e575064ffffffffff8360a01c169081421161337b575050600281019160ff835460f01c166003811015611a065760011461335f5750335f525f60205260405f20916132ad836133a4565b6001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690818110613346575050600163ffffffff845460601c16019163ffffffff8311610ae557835463ffffffff60601b191660609390931b63ffffffff60601b16929092179092556133439163ffffffff91805460ff60e81b1916600160e91b1790555460d01c1642612d91565b90565b63c4a1940760e01b5f523360045260245260445260645ffd5b63ffffffff9063f757226960e01b5f5260c81c1660045260245ffd5b63041f95d160e51b5f5260045260245260445ffd5b6002546001600160a01b0316330361109457565b61334390546001600160601b036133e6817f00000000000000000000000000000000000000000000000000000000000000001663ffffffff8460601c16612dab565b9116612d9e565b60018060a01b031690815f52600a60205261342a60405f20548061348b575b835f525f60205260405f2090815460801c9182613478575b50612d91565b801561346557826130bc92937f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d56020604051858152a261349e565b82636e34ee0b60e11b5f5260045260245ffd5b6001600160801b0381541690555f613424565b835f52600a6020525f604081205561340c565b8147106134ed575f8080938193826040516134ba602082612e2b565b526001600160a01b03165af1156134cd57565b3d156134de576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b6001600160601b03811161351e576001600160601b031690565b6306dfcc6560e41b5f52606060045260245260445ffd5b93929091938415801561359c575b613589579063ffffffff6001600160401b03602061357e6133439798613579610adf976001600160601b03808b51169116612d91565b612dab565b950151169116612dab565b846321cd42c760e01b5f5260045260245ffd5b50610100851161354356fe6ccb612fa50fa7840e27ef4b4c9274a7119b926041bc08fed9c48096e7cf40989b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
// Solidity: constructor(address registry_, address owner_, address treasury_, (uint96,uint64,uint16,uint32,uint48) config_, uint96 proposalBond_, uint64 withdrawalDelay_) returns()
func (aIOracle *AIOracle) PackConstructor(registry_ common.Address, owner_ common.Address, treasury_ common.Address, config_ IAIOracleConfig, proposalBond_ *big.Int, withdrawalDelay_ uint64) []byte {
	enc, err := aIOracle.abi.Pack("", registry_, owner_, treasury_, config_, proposalBond_, withdrawalDelay_)
	if err != nil {
		panic(err)
	}
	return enc
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
// Solidity: function config() view returns((uint96,uint64,uint16,uint32,uint48))
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
// Solidity: function config() view returns((uint96,uint64,uint16,uint32,uint48))
func (aIOracle *AIOracle) TryPackConfig() ([]byte, error) {
	return aIOracle.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((uint96,uint64,uint16,uint32,uint48))
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

// PackEstimateBatchFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5d51c50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function estimateBatchFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit) view returns(uint256)
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
// Solidity: function estimateBatchFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit) view returns(uint256)
func (aIOracle *AIOracle) TryPackEstimateBatchFee(modelId *big.Int, batchSize *big.Int, callbackGasLimit uint32) ([]byte, error) {
	return aIOracle.abi.Pack("estimateBatchFee", modelId, batchSize, callbackGasLimit)
}

// UnpackEstimateBatchFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5d51c50.
//
// Solidity: function estimateBatchFee(uint256 modelId, uint256 batchSize, uint32 callbackGasLimit) view returns(uint256)
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
// Solidity: function estimateFee(uint256 modelId, uint32 callbackGasLimit) view returns(uint256)
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
// Solidity: function estimateFee(uint256 modelId, uint32 callbackGasLimit) view returns(uint256)
func (aIOracle *AIOracle) TryPackEstimateFee(modelId *big.Int, callbackGasLimit uint32) ([]byte, error) {
	return aIOracle.abi.Pack("estimateFee", modelId, callbackGasLimit)
}

// UnpackEstimateFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f20eaee.
//
// Solidity: function estimateFee(uint256 modelId, uint32 callbackGasLimit) view returns(uint256)
func (aIOracle *AIOracle) UnpackEstimateFee(data []byte) (*big.Int, error) {
	out, err := aIOracle.abi.Unpack("estimateFee", data)
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
// Solidity: function getProposal(uint256 requestId) view returns((address,uint40,bool,uint16,bytes32,bytes))
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
// Solidity: function getProposal(uint256 requestId) view returns((address,uint40,bool,uint16,bytes32,bytes))
func (aIOracle *AIOracle) TryPackGetProposal(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("getProposal", requestId)
}

// UnpackGetProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7f758a8.
//
// Solidity: function getProposal(uint256 requestId) view returns((address,uint40,bool,uint16,bytes32,bytes))
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
// Solidity: function getRequest(uint256 requestId) view returns((address,uint40,uint32,uint8,uint16,address,uint32,uint96,uint96,uint16,uint32,uint8,bytes))
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
// Solidity: function getRequest(uint256 requestId) view returns((address,uint40,uint32,uint8,uint16,address,uint32,uint96,uint96,uint16,uint32,uint8,bytes))
func (aIOracle *AIOracle) TryPackGetRequest(requestId *big.Int) ([]byte, error) {
	return aIOracle.abi.Pack("getRequest", requestId)
}

// UnpackGetRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc58343ef.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint40,uint32,uint8,uint16,address,uint32,uint96,uint96,uint16,uint32,uint8,bytes))
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

// PackProposeError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x168a169a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeError(uint256 requestId, uint16 code, bytes32 traceRoot) returns()
func (aIOracle *AIOracle) PackProposeError(requestId *big.Int, code uint16, traceRoot [32]byte) []byte {
	enc, err := aIOracle.abi.Pack("proposeError", requestId, code, traceRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x168a169a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeError(uint256 requestId, uint16 code, bytes32 traceRoot) returns()
func (aIOracle *AIOracle) TryPackProposeError(requestId *big.Int, code uint16, traceRoot [32]byte) ([]byte, error) {
	return aIOracle.abi.Pack("proposeError", requestId, code, traceRoot)
}

// PackProposeResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b48c593.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeResult(uint256 requestId, bytes output, bytes32 traceRoot) returns()
func (aIOracle *AIOracle) PackProposeResult(requestId *big.Int, output []byte, traceRoot [32]byte) []byte {
	enc, err := aIOracle.abi.Pack("proposeResult", requestId, output, traceRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b48c593.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeResult(uint256 requestId, bytes output, bytes32 traceRoot) returns()
func (aIOracle *AIOracle) TryPackProposeResult(requestId *big.Int, output []byte, traceRoot [32]byte) ([]byte, error) {
	return aIOracle.abi.Pack("proposeResult", requestId, output, traceRoot)
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
// the contract method with ID 0x89d1fa5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setConfig((uint96,uint64,uint16,uint32,uint48) c) returns()
func (aIOracle *AIOracle) PackSetConfig(c IAIOracleConfig) []byte {
	enc, err := aIOracle.abi.Pack("setConfig", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89d1fa5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setConfig((uint96,uint64,uint16,uint32,uint48) c) returns()
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
// the contract method with ID 0x5fc2828b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeOpen(uint256 requestId, bool open) returns()
func (aIOracle *AIOracle) PackSetDisputeOpen(requestId *big.Int, open bool) []byte {
	enc, err := aIOracle.abi.Pack("setDisputeOpen", requestId, open)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDisputeOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fc2828b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDisputeOpen(uint256 requestId, bool open) returns()
func (aIOracle *AIOracle) TryPackSetDisputeOpen(requestId *big.Int, open bool) ([]byte, error) {
	return aIOracle.abi.Pack("setDisputeOpen", requestId, open)
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
// the contract method with ID 0x3d82e3c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(uint256 requestId, address recipient) returns()
func (aIOracle *AIOracle) PackSlash(requestId *big.Int, recipient common.Address) []byte {
	enc, err := aIOracle.abi.Pack("slash", requestId, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d82e3c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(uint256 requestId, address recipient) returns()
func (aIOracle *AIOracle) TryPackSlash(requestId *big.Int, recipient common.Address) ([]byte, error) {
	return aIOracle.abi.Pack("slash", requestId, recipient)
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
	OperatorFee      *big.Int
	CallbackGasPrice uint64
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
// Solidity: event ConfigUpdated(uint96 operatorFee, uint64 callbackGasPrice, uint16 protocolFeeBps, uint32 requestTimeout)
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
// Solidity: event DisputeGameUpdated(address indexed disputeGame)
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
	Code          uint16
	TraceRoot     [32]byte
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
// Solidity: event ErrorProposed(uint256 indexed requestId, address indexed proposer, uint16 code, bytes32 traceRoot, uint256 finalizableAt)
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
	IsError           bool
	CallbackSucceeded bool
	OperatorShare     *big.Int
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
// Solidity: event InferenceFinalized(uint256 indexed requestId, address indexed proposer, bool isError, bool callbackSucceeded, uint256 operatorShare, uint256 modelShare, uint256 protocolShare)
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
	Recipient common.Address
	Amount    *big.Int
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
// Solidity: event ProposalSlashed(uint256 indexed requestId, address indexed proposer, address indexed recipient, uint256 amount)
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
	RequestId *big.Int
	Requester common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AIOracleRequestRefundedEventName = "RequestRefunded"

// ContractEventName returns the user-defined event name.
func (AIOracleRequestRefunded) ContractEventName() string {
	return AIOracleRequestRefundedEventName
}

// UnpackRequestRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestRefunded(uint256 indexed requestId, address indexed requester, uint256 amount)
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
	Output        []byte
	TraceRoot     [32]byte
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
// Solidity: event ResultProposed(uint256 indexed requestId, address indexed proposer, bytes output, bytes32 traceRoot, uint256 finalizableAt)
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
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["FeeMismatch"].ID.Bytes()[:4]) {
		return aIOracle.UnpackFeeMismatchError(raw[4:])
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
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NoPendingWithdrawal"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNoPendingWithdrawalError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotDisputeGame"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotDisputeGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NotFinalized"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return aIOracle.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return aIOracle.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return aIOracle.UnpackOwnableUnauthorizedAccountError(raw[4:])
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
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ZeroTimeout"].ID.Bytes()[:4]) {
		return aIOracle.UnpackZeroTimeoutError(raw[4:])
	}
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["ZeroTraceRoot"].ID.Bytes()[:4]) {
		return aIOracle.UnpackZeroTraceRootError(raw[4:])
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

// AIOracleFeeMismatch represents a FeeMismatch error raised by the AIOracle contract.
type AIOracleFeeMismatch struct {
	Required *big.Int
	Provided *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeMismatch(uint256 required, uint256 provided)
func AIOracleFeeMismatchErrorID() common.Hash {
	return common.HexToHash("0xe1065931dd6f6c8e3d9368e314508b3c4bd24c8d21b94b92ef90145d559e1e5c")
}

// UnpackFeeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeMismatch(uint256 required, uint256 provided)
func (aIOracle *AIOracle) UnpackFeeMismatchError(raw []byte) (*AIOracleFeeMismatch, error) {
	out := new(AIOracleFeeMismatch)
	if err := aIOracle.abi.UnpackIntoInterface(out, "FeeMismatch", raw); err != nil {
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

// AIOracleZeroTraceRoot represents a ZeroTraceRoot error raised by the AIOracle contract.
type AIOracleZeroTraceRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTraceRoot()
func AIOracleZeroTraceRootErrorID() common.Hash {
	return common.HexToHash("0x1f624f5bbfa829e40f4072304f9b06f7ea7d6e72ac3af9273e23d7a9fef52494")
}

// UnpackZeroTraceRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTraceRoot()
func (aIOracle *AIOracle) UnpackZeroTraceRootError(raw []byte) (*AIOracleZeroTraceRoot, error) {
	out := new(AIOracleZeroTraceRoot)
	if err := aIOracle.abi.UnpackIntoInterface(out, "ZeroTraceRoot", raw); err != nil {
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
