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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"operatorFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"callbackGasPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint48\",\"name\":\"nonce\",\"type\":\"uint48\"}],\"internalType\":\"structIAIOracle.Config\",\"name\":\"config_\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"proposalBond_\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"withdrawalDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"BatchSizeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CallbackGasLimitTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CallbackGasWithoutCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalizableAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"DisputeOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyInput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyOutput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"FeeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"InputMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientFreeBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"InvalidErrorCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelIdOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelIsDeprecated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingWithdrawal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDisputeGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"ProtocolFeeTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"}],\"name\":\"ResultIsError\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"WithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"enumIAIOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTimeout\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTraceRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZkBatchUnsupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZkNotEnabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"ZkProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ZkProofRequired\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"}],\"name\":\"BondDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"BondWithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"name\":\"CallbackFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"operatorFee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"callbackGasPrice\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"}],\"name\":\"ConfigUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"disputeGame\",\"type\":\"address\"}],\"name\":\"DisputeGameUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"finalizableAt\",\"type\":\"uint256\"}],\"name\":\"ErrorProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"isError\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"callbackSucceeded\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"operatorShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelShare\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"protocolShare\",\"type\":\"uint256\"}],\"name\":\"InferenceFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"batchSize\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"InferenceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ProposalSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ProtocolFeesWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RequestRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"finalizableAt\",\"type\":\"uint256\"}],\"name\":\"ResultProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"ResultProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"}],\"name\":\"TreasuryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ERROR_EXECUTION\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ERROR_INVALID_INPUT\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BATCH_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ERROR_CODE\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PROTOCOL_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"}],\"name\":\"computeRequestId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"operatorFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"callbackGasPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint48\",\"name\":\"nonce\",\"type\":\"uint48\"}],\"internalType\":\"structIAIOracle.Config\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositBond\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeGame\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"estimateBatchFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"estimateFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getProposal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"proposedAt\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"isError\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"errorCode\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structIAIOracle.Proposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"modelId\",\"type\":\"uint32\"},{\"internalType\":\"enumIAIOracle.RequestStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"batchSize\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"paid\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"modelFee\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"enumIModelRegistry.VerificationMode\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"internalType\":\"structIAIOracle.Request\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getResult\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"isFinalized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"openDisputes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"operatorOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingAvailableAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"earnings\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalBond\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"code\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"}],\"name\":\"proposeError\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"}],\"name\":\"proposeResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"protocolFeesAccrued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes[]\",\"name\":\"inputs\",\"type\":\"bytes[]\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"requestBatchInference\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"requestBondWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"callbackData\",\"type\":\"bytes\"}],\"name\":\"requestInference\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"operatorFee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"callbackGasPrice\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"protocolFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"requestTimeout\",\"type\":\"uint32\"},{\"internalType\":\"uint48\",\"name\":\"nonce\",\"type\":\"uint48\"}],\"internalType\":\"structIAIOracle.Config\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"setConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"disputeGame_\",\"type\":\"address\"}],\"name\":\"setDisputeGame\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"name\":\"setDisputeOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"treasury_\",\"type\":\"address\"}],\"name\":\"setTreasury\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"withdrawFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawProtocolFees\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawalDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AIOracle",
	Bin: "0x60e0604052346103ef576040516142a638819003601f8101601f191683016001600160401b038111848210176103f3578392829160405283398101039061014082126103ef578051916001600160a01b038316908184036103ef5761006660208401610426565b9060a061007560408601610426565b91605f1901126103ef576040519460a086016001600160401b038111878210176103f3576040526100a86060860161043a565b86526100b66080860161044e565b936020870194855260a08601519361ffff851685036103ef576040880194855260c08701519663ffffffff881688036103ef576060890197885260e081015165ffffffffffff811681036103ef5760808a015261012361012061011c610100840161043a565b920161044e565b906001600160601b038116156103e05760805260a0526001600160a01b031680156103cd57600380546001600160a01b031990811690915560028054918216831790556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3156103be5760c0526001600160a01b03169182156103be5760206101b5610407565b6005546001600160a01b03811680835260a09190911c929091018290528161038b575b50505f60206101e5610407565b85815201526001600160a01b038316600555604051927f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d15f80a261ffff8251166113888111610379575063ffffffff8451161561036a5793516004805495519251945160a086901b61ffff60a01b16606085811b73ffffffffffffffff000000000000000000000000166001600160d01b03199099166001600160601b03909516948517989098171760b082901b63ffffffff60b01b16179091559083526001600160401b03909116602083015261ffff909216604082015263ffffffff909116918101919091527fe4d9292be2df60de4dee2d9b8f0cb24a22e6c01d49140c8fa3d746b6656c2dd990608090a1604051613e43908161046382396080518181816108c30152818161143a01528181611ddb01528181613a110152613b11015260a0518181816109280152611fb3015260c05181818161053901528181610a910152818161102f015281816116530152818161237c01528181612bcd01526134270152f35b63b077b20b60e01b5f5260045ffd5b63536af54f60e11b5f5260045260245ffd5b5f52600a60205260405f2080549182018092116103aa57555f806101d8565b634e487b7160e01b5f52601160045260245ffd5b63d92e233d60e01b5f5260045ffd5b631e4fbdf760e01b5f525f60045260245ffd5b631f2a200560e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b60408051919082016001600160401b038111838210176103f357604052565b51906001600160a01b03821682036103ef57565b51906001600160601b03821682036103ef57565b51906001600160401b03821682036103ef5756fe6101006040526004361015610012575f80fd5b5f5f3560e01c806305261aea146130da5780630544a75314612b01578063168a169a14612a015780631c6de0a7146122535780632491bbd7146121eb578063278ecde1146120eb57806327e235e3146120b357806333727c4d1461207657806338eaf26c14611c8557806339c33215146120595780633a6a432914611f0d5780633ccfd60b14611eec5780633d82e3c114611c8a57806354b4b0bf14611c855780635fc2828b14611c0357806360d26ef3146114ae57806361d027b314611486578063636f35d31461136f57806366eb9cec146112995780636d947e4b1461127d578063715018a614611218578063741b3c391461117957806379502c55146110e457806379ba50971461105e5780637b1039991461101a5780637b48c59314610ddf5780637fabb4a814610db75780638795cccb14610ceb57806389d1fa5f14610b8c5780638da5cb5b14610b645780638f20eaee14610a52578063995e4339146109895780639eca672c1461094c578063a7ab696114610908578063b621e75a146108e7578063b756414b146108a3578063b93f863314610881578063c58343ef146105dc578063c5d51c50146104fa578063c7f758a8146103e3578063cb0f8aff146103b9578063cfdbf2541461039c578063de826fa814610380578063e30c397814610357578063f0f44260146102855763f2fde38b14610215575f80fd5b346102825760203660031901126102825761022e613529565b610236613aea565b600380546001600160a01b0319166001600160a01b039283169081179091556002549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b80fd5b50346102825760203660031901126102825761029f613529565b6102a7613aea565b6001600160a01b03168015610348576102be6137e9565b6001600160601b03602082015116908161031d575b50508160206040516102e4816135c2565b83815201526001600160a01b0381166005557f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d18280a280f35b516001600160a01b03168352600a602052604083208054909161033f916135b5565b90555f806102d3565b63d92e233d60e01b8252600482fd5b50346102825780600319360112610282576003546040516001600160a01b039091168152602090f35b5034610282578060031936011261028257602060405160018152f35b503461028257806003193601126102825760206040516101008152f35b50346102825760203660031901126102825760406020916004358152600783522054604051908152f35b503461028257602036600319011261028257604090606060a0835161040781613614565b838152836020820152838582015283838201528360808201520152600435815260096020522060405161043981613614565b6104f6600283549360018060a01b038516845261ffff602085019564ffffffffff8160a01c1687526040860160ff8260c81c161515815282606088019260d01c1682526104a36001850154946080890195865261049c604051809881930161388b565b038661362f565b60a0870194855264ffffffffff60405198899860208a5260018060a01b0390511660208a0152511660408801525115156060870152511660808501525160a08401525160c08084015260e0830190613583565b0390f35b50346102825760603660031901126102825760443563ffffffff811681036105d85760405163fdefad2960e01b8152600480359082015260a0816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156105cd5761059692916001600160601b03916020959161059e575b50511660243590610590613794565b90613ca9565b604051908152f35b6105c0915060a03d60a0116105c6575b6105b8818361362f565b81019061380f565b5f610581565b503d6105ae565b6040513d85823e3d90fd5b5080fd5b50346102825760203660031901126102825760606101806040516105ff816135f8565b83815283602082015283604082015283838201528360808201528360a08201528360c08201528360e0820152836101008201528361012082015283610140820152836101608201520152600435815260086020526040812060405191610664836135f8565b81549260018060a01b0384168152602081019364ffffffffff8160a01c1685526040820163ffffffff8260c81c16815260ff8260e81c166060840190600581101561086d578152608084019260f01c835260018601549260a085019360018060a01b038116855263ffffffff60c087019160a01c16815260028801549460e08701926001600160601b03871684526101008801946001600160601b038860601c16865261012089019661ffff8960c01c16885260ff6101408b019963ffffffff8160d01c168b5260f01c169961016081019a6003811015610859578b5260405180809e6003829101906107569161388b565b036107609161362f565b61018081019c8d526040519d8e9160208352600160a01b6001900390511660208301525164ffffffffff1690604001525163ffffffff1660608d01525160058110156108455760808c01525161ffff90811660a08c015290516001600160a01b031660c08b0152905163ffffffff90811660e08b015291516001600160601b039081166101008b0152925190921661012089015291511661014087015290511661016085015251906003821015610831575082916104f691610180840152516101a0808401526101c0830190613583565b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b8a52602160045260248afd5b634e487b7160e01b8d52602160045260248dfd5b634e487b7160e01b86526021600452602486fd5b503461028257604036600319011261028257602061059660243560043561390c565b503461028257806003193601126102825760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610282578060031936011261028257602060055460a01c604051908152f35b503461028257806003193601126102825760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461028257602036600319011261028257610976610969613529565b61097161393e565b613b47565b805f516020613e035f395f51905f525d80f35b50346102825760203660031901126102825760043590818152600860205260ff604082205460e81c166005811015610a3e57600303610a2c578181526009602052604081209182549060ff8260c81c16610a10576040516104f6906109fc816109f58160028a0161388b565b038261362f565b604051918291602083526020830190613583565b638ce39df560e01b835260045260d01c61ffff16602452604490fd5b602491635f5010c560e11b8252600452fd5b634e487b7160e01b82526021600452602482fd5b34610b60576040366003190112610b605760243563ffffffff8116809103610b605760405163fdefad2960e01b8152600480359082015260a0816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610b55576001600160601b03915f91610b36575b50511690610af2610ae0613794565b926001600160601b03845116906135b5565b80158180046001141715610b2257610b1c610596926001600160401b036020809601511690613774565b906135b5565b634e487b7160e01b5f52601160045260245ffd5b610b4f915060a03d60a0116105c6576105b8818361362f565b83610ad1565b6040513d5f823e3d90fd5b5f80fd5b34610b60575f366003190112610b60576002546040516001600160a01b039091168152602090f35b34610b605760a0366003190112610b6057610ba5613aea565b604051610bb1816135dd565b610bb961356d565b8152602435906001600160401b0382168203610b60576020810191825260443561ffff8116808203610b605760408301918252610bf461353f565b906060840191825260843565ffffffffffff81168103610b605760808501526113888111610cd9575063ffffffff81511615610cca577fe4d9292be2df60de4dee2d9b8f0cb24a22e6c01d49140c8fa3d746b6656c2dd99361ffff63ffffffff926001600160401b036001600160601b03608097511695600454945190519251948660b01b8660b01b1690888860b01b199169ffffffffffffffffffff60b01b1617168360601b8360601b16178560a01b8560a01b161717600455604051968752166020860152166040840152166060820152a1005b63b077b20b60e01b5f5260045ffd5b63536af54f60e11b5f5260045260245ffd5b34610b60575f366003190112610b6057610d0361393e565b610d0b6137e9565b602081016001600160601b0381511615610d96576001600160601b03610d849260018060a01b036005541660055560018060a01b038151167fa087657e3d85162090ffd700fbfdf5070d816f63aa5da00063f6ffd369c8a6db602084865116604051908152a251915116906001600160a01b0316613c12565b5f5f516020613e035f395f51905f525d005b5051636e34ee0b60e11b5f9081526001600160a01b03909116600452602490fd5b34610b60575f366003190112610b60576006546040516001600160a01b039091168152602090f35b34610b60576060366003190112610b60576004356024356001600160401b038111610b6057610e129036906004016134e6565b6044359291811561100b578315610ffc57610e2c83613997565b5f848152600960205260409020805464ffffffffff60a01b1933166001600160c81b0319909116174260a01b64ffffffffff60a01b16178155909190600290866001820155016001600160401b038411610fe857610e8a81546136e1565b601f8111610fa5575b505f601f8511600114610f1b5791610efd91610ee886807f5aab20ac0dda5ca2c3dd174ed1d19cf402b949ec266c4bc82fe0bc42b3e2dfb29897965f91610f10575b508160011b915f199060031b1c19161790565b90555b604051936060855260608501916136c1565b94602083015260408201528033940390a3005b90508401358b610ed5565b601f19851690825f5260205f20915f5b818110610f8d575091610efd9391877f5aab20ac0dda5ca2c3dd174ed1d19cf402b949ec266c4bc82fe0bc42b3e2dfb29897969410610f74575b5050600185811b019055610eeb565b8301355f19600388901b60f8161c191690558880610f65565b91926020600181928689013581550194019201610f2b565b84811115610e9357610fda90825f5260205f2090601f870160051c9060208810610fe0575b601f82910160051c039101613719565b86610e93565b5f9150610fca565b634e487b7160e01b5f52604160045260245ffd5b631f624f5b60e01b5f5260045ffd5b63dd82139960e01b5f5260045ffd5b34610b60575f366003190112610b60576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610b60575f366003190112610b6057600354336001600160a01b03909116036110d157600380546001600160a01b0319908116909155600280543392811683179091556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b63118cdaa760e01b5f523360045260245ffd5b34610b60575f366003190112610b60575f6080604051611103816135dd565b828152826020820152826040820152826060820152015260a0611124613794565b65ffffffffffff6080604051926001600160601b0381511684526001600160401b03602082015116602085015261ffff604082015116604085015263ffffffff60608201511660608501520151166080820152f35b5f366003190112610b6057341561120957335f525f60205260405f206111b26001600160601b038254166111ac34613c78565b90613754565b906001600160601b0382166001600160601b03198254161790556001600160601b03604051913483521660208201527f53709ba3cdfc6888ee4e1f05692566dfc3446e917fd4402db50e328307e6b39360403392a2005b631f2a200560e01b5f5260045ffd5b34610b60575f366003190112610b6057611230613aea565b600380546001600160a01b03199081169091556002805491821690555f906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610b60575f366003190112610b605760206040516113888152f35b34610b60575f366003190112610b6057335f52600160205260405f20604051906112c2826135c2565b546001600160601b0381168083526001600160401b03602084019260601c16825215611360576001600160401b0390511680421061134e5761134c6001600160601b0383335f5260016020525f6040812055818151166040519081527f0d41118e36df44efb77a471fc49fb9c0be0406d802ef95520e9fbf606e65b45560203392a2511633613c12565b005b630581a27f60e41b5f5260045260245ffd5b639121b84f60e01b5f5260045ffd5b34610b60576020366003190112610b60576001600160a01b03611390613529565b16805f525f60205260405f209060405160608101928184106001600160401b03851117610fe85760a093604052546001600160601b0381168252602082019263ffffffff8260601c168452604083019160801c82525f52600160205260405f20916001600160801b036001600160401b036001600160601b0361146063ffffffff826040519861141f8a6135c2565b54968188168a528560208b019860601c1688525116985116827f00000000000000000000000000000000000000000000000000000000000000001690613774565b955116925116925116926040519485526020850152604084015260608301526080820152f35b34610b60575f366003190112610b60576005546040516001600160a01b039091168152602090f35b60a0366003190112610b60576024356001600160401b038111610b605736602382011215610b60576001600160401b03816004013511610b6057806004013560051b903660248383010111610b6057611505613513565b9061150e61353f565b916084356001600160401b038111610b605761152e9036906004016134e6565b9060a052938260040135158015611bf4575b611bdd579293368390036042190193905f5b84600401358110156115ae5760248160051b8601013586811215610b605785016024810135906001600160401b038211610b60576044823603910113610b60571561159f57600101611552565b63a447fc5360e01b5f5260045ffd5b50848487604051928360208101966040820160208952856004013590526060808301918301019060248601935f5b87600401358110611b82575050506115fd925003601f19810185528461362f565b5f60805263ffffffff60043511611b6d57624c4b4063ffffffff821611611b4d576001600160a01b03861615918280611b3e575b611b2f5760405163fdefad2960e01b815260048035908201529160a0836024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315610b55575f93611b0e575b506060830151611af95760408301516003811015611a795760011480611aea575b611ad5576116b8613794565b936116d3828460040135876001600160601b03885116613ca9565b94853403611abe5765ffffffffffff6080820151169860018a019065ffffffffffff8211610b2257600480546001600160d01b031660d09390931b6001600160d01b031916929092179091558751902061172d908a61390c565b608052604064ffffffffff61174c63ffffffff606085015116426135b5565b6080515f9081526008602052839020805464ffffffffff60a01b1933166001600160c81b0319909116179290911660a081901b64ffffffffff60a01b169290921781559096909384546001600160f01b0364ffffffffff60c81b199091166004803560c81b63ffffffff60c81b1691909117600160e81b17919091169088013560f01b6001600160f01b03191617855515611a8d575b61188061ffff836117f28b613c78565b956001600160601b036002890197166001600160601b031988541617875561186361183361182e8c600401356001600160601b03895116613774565b613c78565b88546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16178855565b0151855461ffff60c01b1916911660c01b61ffff60c01b16178455565b6020810151835463ffffffff60d01b191660d09190911b63ffffffff60d01b1617835501516003811015611a79576118b791613973565b8661194a575b509063ffffffff61ffff9261190e9798996040519a8b5260018060a01b031660208b015216604089015260040135166060870152608086015260a085015261010060c0850152610100840190613583565b9082820360e08401525f516020613de35f395f51905f5233938061193b600435956080519560a0516136c1565b0390a460206040516080518152f35b600301976001600160401b038711610fe85761196689546136e1565b601f8111611a3f575b505f98601f88116001146119c9579163ffffffff9161ffff94936119ad8a8061190e9c9d9e5f916119bc57508160011b915f199060031b1c19161790565b90555b999897509192506118bd565b905060a05101358f610ed5565b601f198816815f5260205f20905f5b818110611a2557509163ffffffff93918a9b9c61190e9b61ffff98979510611a0a575b505060018b811b0190556119b0565b60a05101355f1960038e901b60f8161c191690558c806119fb565b60a0518d0135835560209c8d019c600190930192016119d8565b8781111561196f57611a73908a5f5260205f2090601f8a0160051c9060208b10610fe057601f82910160051c039101613719565b8961196f565b634e487b7160e01b5f52602160045260245ffd5b6001840180546001600160c01b0319166001600160a01b038e161760a087901b63ffffffff60a01b161790556117e2565b8563e106593160e01b5f526004523460245260445ffd5b63073af81960e31b5f5260043560045260245ffd5b506001826004013514156116ac565b63089c06a960e21b5f5260043560045260245ffd5b611b2891935060a03d60a0116105c6576105b8818361362f565b918861168b565b63eeaae27960e01b5f5260045ffd5b5063ffffffff82161515611631565b63ffffffff90634dc3ced360e01b5f5216600452624c4b4060245260445ffd5b6301b29c9b60e21b5f5260043560045260245ffd5b888403605f1901835291935091843583811215610b6057870190604460248301359201916001600160401b038111610b60578036038313610b6057611bcd60209283926001956136c1565b96019401910191879394926115dc565b826321cd42c760e01b5f526004013560045260245ffd5b50610100836004013511611540565b34610b60576040366003190112610b60576004356024358015158103610b60576006546001600160a01b03163303611c725715611c56575f52600760205260405f2080549060018201809211610b225755005b5f52600760205260405f208054905f198201918211610b225755005b630b0473ad60e11b5f523360045260245ffd5b613552565b34610b60576040366003190112610b60576024356001600160a01b0381169060043590829003610b60576006546001600160a01b03163303611c72578115611edd57805f52600860205260405f209060ff825460e81c166005811015611a795760028103611ec257505f8181526009602052604081208054828255600182019290925560020180546001600160a01b039092169391611d28906136e1565b9081611e7e575b5050805460ff60e81b1916600160e81b178155600454611d589060b01c63ffffffff16426135b5565b8064ffffffffff835460a01c1610611e34575b5050815f525f6020527fc4030adb78085009adbc1744c9333cd9eabe9b6ac62081f1b047e95f3565032560206001600160601b0360405f20611dd9611db963ffffffff835460601c16613bfa565b825463ffffffff60601b191660609190911b63ffffffff60601b16178255565b7f00000000000000000000000000000000000000000000000000000000000000009082611e098382845416613734565b16831982541617905516855f52600a825260405f20611e298282546135b5565b9055604051908152a4005b64ffffffffff8111611e6757815464ffffffffff60a01b191660a09190911b64ffffffffff60a01b161790558380611d6b565b6306dfcc6560e41b5f52602860045260245260445ffd5b81601f5f9311600114611e955750555b8480611d2f565b81835260208320611eb291601f0160051c84190190600101613719565b8082528160208120915555611e8e565b611ed89163a5d15e1f60e01b5f526004526135a7565b60445ffd5b63d92e233d60e01b5f5260045ffd5b34610b60575f366003190112610b6057611f0461393e565b610d8433613b47565b34610b60576020366003190112610b6057611f2661356d565b6001600160601b03811690811561120957335f525f60205260405f20611f4b81613afe565b80841161203e57506001600160601b03611f688382845416613734565b166001600160601b0319825416179055335f5260016020526001600160601b03611f9960405f209282845416613754565b166001600160601b03198254161781556001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b034216016001600160401b038111610b2257816001600160401b0392548360601b8360601b16908460601b19161790556040519283521660208201527f1fa7fca2baa5438222c57b95e85e881e4be5eb2043bf6e98b0e645583b1d62d860403392a2005b839063c4a1940760e01b5f523360045260245260445260645ffd5b34610b60575f366003190112610b60576020604051624c4b408152f35b34610b60576020366003190112610b60576004355f52600860205260ff60405f205460e81c166005811015611a7957602090600360405191148152f35b34610b60576020366003190112610b60576001600160a01b036120d4613529565b165f52600a602052602060405f2054604051908152f35b34610b60576020366003190112610b6057600435805f52600860205260405f2090815460ff8160e81c166005811015611a7957600181036121d3575064ffffffffff9060a01c16804211156121bd57508154600160ea1b60ff60e81b198216178355600290920180546001600160f81b031981169091556001600160a01b03909216917f86e8ab52e95a11dc603ce8e0a102c802eec02a52c879f8f39378e6222ca8c82c906020906001600160601b0316845f52600a825260405f206121b28282546135b5565b9055604051908152a3005b90630a476e4560e31b5f5260045260245260445ffd5b63a5d15e1f60e01b5f526004839052611ed8906135a7565b34610b60576020366003190112610b6057612204613529565b61220c613aea565b6001600160a01b03168015611edd57600680546001600160a01b031916821790557f7980127162a000509470ef1275c38eb43436cdc6982467b32223590519882ff85f80a2005b34610b605760a0366003190112610b60576004356044356001600160401b038111610b60576122869036906004016134e6565b91906064356001600160401b038111610b60576122a79036906004016134e6565b91906084356001600160401b038111610b60576122c89036906004016134e6565b91906122d261393e565b841561100b57855f52600860205260405f2092835460ff8160e81c166005811015611a7957600181036129e9575064ffffffffff8160a01c168042116129d35750600285019860ff8a5460f01c166003811015611a7957156129b75760018260f01c0361299b578861235761234836848b613650565b6020815191012060243561390c565b0361298857604051633375591360e21b815260c89290921c63ffffffff1660048301527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316966020836024818b5afa918215610b555789956020956123f3955f95612963575b509061241891612406604051998a988997889763de8f50a160e01b8952606060048a015260648901916136c1565b868103600319016024880152908c6136c1565b848103600319016044860152916136c1565b03916001600160a01b03165afa908115610b55575f91612929575b5015612916575f858152600960205260409020805464ffffffffff60a01b1933166001600160c81b0319909116174260a01b64ffffffffff60a01b161781559360028501916001600160401b038211610fe857869061249284546136e1565b601f81116128dc575b50825f601f821160011461284c57916124ed82612506937f20c235022fb9920536cdbe1457392c92aba5a1b5609e7e882e798ade1acc94c8955f9161284157508160011b915f199060031b1c19161790565b86555b60405191829160208352339660208401916136c1565b0390a3600360e81b60ff60e81b1983541617825560ff845460c81c169554936001600160601b038560601c1692612546846001600160601b038816613787565b9361255e8260020180546001600160f81b0319169055565b5f955f978a5f1461274a57505080612722575b505b6125c161257f85613db1565b335f525f60205261259860405f2091825460801c613d1b565b81546001600160801b031660809190911b6fffffffffffffffffffffffffffffffff1916179055565b60018101549060018060a01b0382169260019484612622575b50505050506040519515158652151560208601526040850152606084015260808301525f516020613e235f395f51905f5260a03393a35f5f516020613e035f395f51905f525d005b6126949495509063ffffffff92918a8c5f146126d057505061ffff612688915460d01c1661267a604051938492621fa1b360e41b60208501528d6024850152604484015260606064840152600360848401910161388b565b03601f19810183528261362f565b915b60a01c1683613d3b565b9081156126a5575b808080806125da565b857f2aa2f30cf59580d573e46b947814f9659bb093c7d40a744fd397ccee77911d4d5f80a38661269c565b909261271c925061267a906003612709604051968795633dc7f85d60e11b6020880152602487015260606044870152608486019061388b565b848103602319016064860152910161388b565b9161268a565b60018060a01b038254165f52600a60205261274260405f209182546135b5565b905588612571565b61276f92985061271091975061ffff6127679160c01c1689613774565b048097613787565b94856127b6575b508515612573576005546001600160a01b03196127a06001600160601b03891660a084901c613754565b60a01b169060018060a01b031617600555612573565b602063ffffffff835460c81c1660246040518094819363f31d8c3160e01b835260048301525afa908115610b55575f91612812575b5060018060a01b03165f52600a60205260405f2061280a8682546135b5565b905588612776565b612834915060203d60201161283a575b61282c818361362f565b810190613695565b896127eb565b503d612822565b90508301358e610ed5565b5f8681526020812092508590601f198216905b8181106128be57509161250693917f20c235022fb9920536cdbe1457392c92aba5a1b5609e7e882e798ade1acc94c89593106128a5575b5050600185811b0186556124f0565b8201355f19600388901b60f8161c191690558b80612896565b8386013585558c96506001909401936020938401938893500161285f565b8381111561249b5761291090855f5260205f2090601f860160051c9060208710610fe057601f82910160051c039101613719565b8961249b565b84630da77e7160e31b5f5260045260245ffd5b90506020813d60201161295b575b816129446020938361362f565b81010312610b6057612955906136b4565b87612433565b3d9150612937565b6124189291955061298090883d8a1161283a5761282c818361362f565b9490916123c5565b88635972115160e11b5f5260045260245ffd5b63ffffffff8263073af81960e31b5f5260c81c1660045260245ffd5b63ffffffff8263186c191f60e21b5f5260c81c1660045260245ffd5b8863041f95d160e51b5f5260045260245260445ffd5b63a5d15e1f60e01b5f526004899052611ed8906135a7565b34610b60576060366003190112610b60576004356024359061ffff821691828103610b605760443583158015612af7575b612ae457806001612a4285613997565b5f868152600960205260409020805464ffffffffff60a01b4260a090811b919091166001600160c81b03199092169085901b859003331664ffffffffff60a01b191617178155909481548360c81b9161ffff60d01b9060d01b169062ffffff60c81b1916171781550155604051938452602084015260408301527f57055037b83b6ceeffab13e0621d52f5c7f961af716b83fd0e3fd970e24f52ff60603393a3005b8363984c671360e01b5f5260045260245ffd5b5060028411612a32565b60a0366003190112610b605760043560c0526024356001600160401b038111610b6057612b329036906004016134e6565b612b3a613513565b612b4261353f565b916084356001600160401b038111610b6057612b629036906004016134e6565b9060e05293811561159f57612b78913691613650565b9263ffffffff60c051116130c55763ffffffff831691624c4b4083116130ab576001600160a01b031693841580806130a2575b611b2f5760405163fdefad2960e01b815260c05160048201529460a0866024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa958615610b55575f96613081575b50606086015161306c57604086019485516003811015611a795760011480613065575b61305057612c34613794565b92612c4c836001866001600160601b038c5116613ca9565b938434036130395765ffffffffffff608082015116976001890165ffffffffffff8111610b2257600480546001600160d01b031660d09290921b6001600160d01b03191691909117905586516020880120612ca7908a61390c565b9964ffffffffff612cc263ffffffff606086015116426135b5565b5f8d8152600860205260409020805464ffffffffff60a01b1933166001600160c81b0319909116179290911660a081901b64ffffffffff60a01b1692909217815590969094855460c0516001600160f01b0364ffffffffff60c81b1990921660c89190911b63ffffffff60c81b1617600160e81b1716600160f01b17865515613000575b50612d5087613c78565b6002850180546bffffffffffffffffffffffff19166001600160601b039283161781558251909491169081158280046001141715610b2257612e1692612df561ffff6040602094612dd8612da863ffffffff98613c78565b8b546bffffffffffffffffffffffff60601b191660609190911b6bffffffffffffffffffffffff60601b16178b55565b0151885461ffff60c01b1916911660c01b61ffff60c01b16178755565b0151845463ffffffff60d01b1916911660d01b63ffffffff60d01b16178355565b516003811015611a7957612e2991613973565b85612ea2575b50925f516020613de35f395f51905f5292612e7c92889560209a604051998a528b8a0152604089015260016060890152608088015260a087015261010060c0870152610100860190613583565b9380850360e082015280612e97339660c0519660e0516136c1565b0390a4604051908152f35b939291906001600160401b038611610fe85760209885612ec660038b9801546136e1565b601f8111612fc5575b50875f601f8211600114612f3357916003612f15835f516020613de35f395f51905f529a989694612e7c9a98965f91612f2657508160011b915f199060031b1c19161790565b9101555b9a50929550925092612e2f565b905060e05101355f610ed5565b979695949392919050601f19891697600382015f528c5f20908a5f5b8b8110612fa6575090612e7c98979695949392915f516020613de35f395f51905f529a9b10612f8b575b5050600360018b811b01910155612f19565b60e05101355f1960038d901b60f8161c191690558d80612f79565b60e05183013584558e9a50600190930192918f01918c91508f01612f4f565b88811115612ecf57612ffa90600383015f528c5f2090601f8b0160051c908e8c10610fe057601f82910160051c039101613719565b8b612ecf565b60018501805463ffffffff60a01b198f166001600160c01b03199091161760a09290921b63ffffffff60a01b169190911790558c612d46565b8463e106593160e01b5f526004523460245260445ffd5b63073af81960e31b5f5260c05160045260245ffd5b505f612c28565b63089c06a960e21b5f5260c05160045260245ffd5b61309b91965060a03d60a0116105c6576105b8818361362f565b9487612c05565b50831515612bab565b82634dc3ced360e01b5f52600452624c4b4060245260445ffd5b6301b29c9b60e21b5f5260c05160045260245ffd5b34610b60576020366003190112610b60576004356130f661393e565b805f52600860205260405f209060ff825460e81c166005811015611a795760028103611ec257505f81815260096020526040902080546002840180546001600160a01b03831695919261315c9160d01c63ffffffff169060a01c64ffffffffff166135b5565b8042106134d05750835f52600760205260405f20546134bd57600360e81b60ff60e81b1982541617815560ff835460c81c169154906001600160601b038260601c16906131b2826001600160601b038516613787565b906131ca8160020180546001600160f81b0319169055565b5f925f94865f1461337c5750905f516020613e235f395f51905f52968260a09796959493613355575b505b895f525f60205261322f60405f20613219611db963ffffffff835460601c16613bfa565b61259861322586613db1565b825460801c613d1b565b6001820154600180891b038116916001938361327b575b50505050604051941515855215156020850152604084015260608301526080820152a35f5f516020613e035f395f51905f525d005b6132dc9394509063ffffffff918c8a5f146133175761267a61ffff6132d193945460d01c1693604051948593621fa1b360e41b60208601526024850152604484015260606064840152600360848401910161388b565b915b891c1683613d3b565b9081156132ec575b808080613246565b887f2aa2f30cf59580d573e46b947814f9659bb093c7d40a744fd397ccee77911d4d5f80a3896132e4565b61267a61334f926003612709604051968795633dc7f85d60e11b6020880152602487015260606044870152600260848701910161388b565b916132d3565b600180891b038354165f52600a60205261337460405f209182546135b5565b90558a6131f3565b6127109195506133a192945061ffff6133999160c01c1686613774565b048094613787565b91826133fa575b908392915f516020613e235f395f51905f529660a09695156131f5576005546001600160601b03881b6133e66001600160601b038816838b1c613754565b891b16906001808a1b0316176005556131f5565b805460405163f31d8c3160e01b815260c89190911c63ffffffff16600482015294939291906020866024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa968715610b55575f516020613e235f395f51905f529760a0975f9161349e575b50600180891b03165f52600a60205260405f2061348f8582546135b5565b905596509091929394506133a8565b6134b7915060203d60201161283a5761282c818361362f565b8b613471565b836310d6516b60e01b5f5260045260245ffd5b8463076f615b60e41b5f5260045260245260445ffd5b9181601f84011215610b60578235916001600160401b038311610b605760208381860195010111610b6057565b604435906001600160a01b0382168203610b6057565b600435906001600160a01b0382168203610b6057565b6064359063ffffffff82168203610b6057565b34610b60575f366003190112610b6057602060405160028152f35b600435906001600160601b0382168203610b6057565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b6005811015611a7957602452565b91908201809211610b2257565b604081019081106001600160401b03821117610fe857604052565b60a081019081106001600160401b03821117610fe857604052565b6101a081019081106001600160401b03821117610fe857604052565b60c081019081106001600160401b03821117610fe857604052565b90601f801991011681019081106001600160401b03821117610fe857604052565b9291926001600160401b038211610fe85760405191613679601f8201601f19166020018461362f565b829481845281830111610b60578281602093845f960137010152565b90816020910312610b6057516001600160a01b0381168103610b605790565b51908115158203610b6057565b908060209392818452848401375f828201840152601f01601f1916010190565b90600182811c9216801561370f575b60208310146136fb57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916136f0565b5f5b82811061372757505050565b5f8282015560010161371b565b906001600160601b03809116911603906001600160601b038211610b2257565b906001600160601b03809116911601906001600160601b038211610b2257565b81810292918115918404141715610b2257565b91908203918211610b2257565b604051906137a1826135dd565b8160806004546001600160601b03811683526001600160401b038160601c16602084015261ffff8160a01c16604084015263ffffffff8160b01c16606084015260d01c910152565b604051906137f6826135c2565b6005546001600160a01b038116835260a01c6020830152565b908160a0910312610b605760405190613827826135dd565b80516001600160601b0381168103610b60578252602081015163ffffffff81168103610b6057602083015260408101516003811015610b6057613883916080916040850152613878606082016136b4565b6060850152016136b4565b608082015290565b5f929181549161389a836136e1565b80835292600181169081156138ef57506001146138b657505050565b5f9081526020812093945091925b8383106138d5575060209250010190565b6001816020929493945483858701015201910191906138c4565b915050602093945060ff929192191683830152151560051b010190565b90604051906020820192468452306040840152606083015260808201526080815261393860a08261362f565b51902090565b5f516020613e035f395f51905f525c6139645760015f516020613e035f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b906003811015611a7957815460ff60f01b191660f09190911b60ff60f01b16179055565b805f52600860205260405f2080549160ff8360e81c166005811015611a795760018103611ec2575064ffffffffff8360a01c1690814211613ad5575050600281019160ff835460f01c166003811015611a7957600114613ab95750335f525f60205260405f2091613a0783613afe565b6001600160601b037f00000000000000000000000000000000000000000000000000000000000000001690818110613aa0575050600163ffffffff845460601c16019163ffffffff8311610b2257835463ffffffff60601b191660609390931b63ffffffff60601b1692909217909255613a9d9163ffffffff91805460ff60e81b1916600160e91b1790555460d01c16426135b5565b90565b63c4a1940760e01b5f523360045260245260445260645ffd5b63ffffffff9063f757226960e01b5f5260c81c1660045260245ffd5b63041f95d160e51b5f5260045260245260445ffd5b6002546001600160a01b031633036110d157565b613a9d90546001600160601b03613b40817f00000000000000000000000000000000000000000000000000000000000000001663ffffffff8460601c16613774565b9116613787565b60018060a01b031690815f52600a602052613b8460405f205480613be7575b835f525f60205260405f2090815460801c9182613bd4575b506135b5565b8015613bc15782613bbf92937f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d56020604051858152a2613c12565b565b82636e34ee0b60e11b5f5260045260245ffd5b6001600160801b0381541690555f613b7e565b835f52600a6020525f6040812055613b66565b63ffffffff5f199116019063ffffffff8211610b2257565b814710613c61575f808093819382604051613c2e60208261362f565b526001600160a01b03165af115613c4157565b3d15613c52576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b6001600160601b038111613c92576001600160601b031690565b6306dfcc6560e41b5f52606060045260245260445ffd5b939290919384158015613d10575b613cfd579063ffffffff6001600160401b036020613cf2613a9d9798613ced610b1c976001600160601b03808b511691166135b5565b613774565b950151169116613774565b846321cd42c760e01b5f5260045260245ffd5b506101008511613cb7565b906001600160801b03809116911601906001600160801b038211610b2257565b9092915f93823b15613da9575f925a806113888111613d90575b505083613d76575b50505015613d6757565b63657989e960e01b5f5260045ffd5b5f809496508392916020829551940192f1915f8080613d5d565b6113871990810160061c90910301821093505f80613d55565b505f93505050565b6001600160801b038111613dcb576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffdfe6ccb612fa50fa7840e27ef4b4c9274a7119b926041bc08fed9c48096e7cf40989b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0062393a73b10490458f75e249adfd3d13283c737bd237bbab43eeb83f6594a6e0",
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
	if bytes.Equal(raw[:4], aIOracle.abi.Errors["FeeMismatch"].ID.Bytes()[:4]) {
		return aIOracle.UnpackFeeMismatchError(raw[4:])
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
