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

// DisputeGameGame is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameGame struct {
	RequestId       *big.Int
	Proposer        common.Address
	Proposal        uint32
	Phase           uint8
	ProposerWon     bool
	ErrorClaim      bool
	Failure         bool
	Failing         bool
	BatchSize       uint16
	BatchIndex      uint16
	Challenger      common.Address
	ProposerClock   uint64
	ChallengerClock uint64
	LastMoveAt      uint64
	NSteps          uint32
	TraceRoot       [32]byte
	LayoutRoot      [32]byte
	Step            uint32
	NSlots          uint32
	OutSlot         uint32
	OutLen          uint64
	Pre             [32]byte
	Post            [32]byte
	StepLeaf        [32]byte
	Node            [32]byte
	NodeIndex       uint64
	Height          uint8
	ChildBits       uint8
	ChildrenHash    [32]byte
	OutputHash      [32]byte
	Element         uint64
	Claimed         int64
	Lo              uint64
	Hi              uint64
	AccLo           *big.Int
	AccHi           *big.Int
	PointsHash      [32]byte
}

// DisputeGameTally is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameTally struct {
	Open    uint64
	Slashed bool
	Share   *big.Int
}

// GameProofsInput is an auto generated low-level Go binding around an user-defined struct.
type GameProofsInput struct {
	Slot  uint32
	Len   uint64
	Scale uint8
	IsInt bool
	Dtype uint8
}

// GameProofsLayout is an auto generated low-level Go binding around an user-defined struct.
type GameProofsLayout struct {
	StepsRoot  [32]byte
	SlotsRoot  [32]byte
	NSteps     uint32
	NSlots     uint32
	Outputs    []GameProofsOutput
	Inputs     []GameProofsInput
	TablesRoot [32]byte
	NTables    uint32
}

// GameProofsLeafOpening is an auto generated low-level Go binding around an user-defined struct.
type GameProofsLeafOpening struct {
	Input  uint8
	Leaf   uint64
	Values [4]int64
	Proof  [][32]byte
}

// GameProofsOutput is an auto generated low-level Go binding around an user-defined struct.
type GameProofsOutput struct {
	Slot uint32
	Len  uint64
}

// GameProofsSlotOpening is an auto generated low-level Go binding around an user-defined struct.
type GameProofsSlotOpening struct {
	Commitment [32]byte
	Proof      [][32]byte
}

// GameProofsTableOpening is an auto generated low-level Go binding around an user-defined struct.
type GameProofsTableOpening struct {
	Lo            int64
	Shift         uint8
	OverflowAbove bool
	Len           uint64
	ValuesRoot    [32]byte
	Proof         [][32]byte
}

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"contractOneStepVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"clock_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumDisputeGame.Proof\",\"name\":\"what\",\"type\":\"uint8\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"BondMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"NotStale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"StaleGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"}],\"name\":\"AccumulatorsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"BatchRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"}],\"name\":\"ChildPicked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Outcome\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GameStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"NodesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"SlotsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"StatesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"StepPicked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FANOUT_BITS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OVERFLOWED\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"closeStale\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"disputeBias\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"gap\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"gapProof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeEnd\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"first\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"firstProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"disputeInitialState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"disputeInvalidInputClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"last\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"disputeOutput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"proposal\",\"type\":\"uint32\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"errorClaim\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failure\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failing\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"batchSize\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"batchIndex\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"proposerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMoveAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outSlot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"outLen\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nodeIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"childBits\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"childrenHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"int64\",\"name\":\"claimed\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"accLo\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"accHi\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"pointsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16\",\"name\":\"item\",\"type\":\"uint16\"}],\"name\":\"pickBatchItem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"}],\"name\":\"pickChild\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"pickSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"}],\"name\":\"pickStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"preProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"postProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"name\":\"pickStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proofs\",\"outputs\":[{\"internalType\":\"contractGameProofs\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"proveOneStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"proveSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"int64\",\"name\":\"lo\",\"type\":\"int64\"},{\"internalType\":\"uint8\",\"name\":\"shift\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"overflowAbove\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"valuesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.TableOpening\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"proveTableStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"}],\"name\":\"revealAccumulators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"revealBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"revealNodes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"revealSlots\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"revealStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"proposal\",\"type\":\"uint32\"}],\"name\":\"tallyOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"open\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"},{\"internalType\":\"uint128\",\"name\":\"share\",\"type\":\"uint128\"}],\"internalType\":\"structDisputeGame.Tally\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "DisputeGame",
	Bin: "0x6101003461022957601f61a0bb38819003918201601f19168301916001600160401b038311848410176101fe578084926080946040528339810103126102295780516001600160a01b03811691908281036102295760208201516001600160a01b0381169190829003610229576040830151606090930151936001600160401b038516850361022957158015610221575b6102125760805260405190613eb98083016001600160401b038111848210176101fe576020928492616202843981520301905ff080156101f35760a05260c05260e052604051615fd4908161022e8239608051818181601a01528181610a680152818161160f01528181611a2a01528181611df201528181611e4c01528181613a5d01528181613c610152818161459901528181614d7401528181614e6e015281816154b101528181615bfd0152615ee2015260a0518181816103d60152818161083701528181611ba70152818161231b0152818161262601528181612a6e01528181612ce101528181613247015281816138ab01528181613fa7015281816141a3015281816142e1015281816146ac01528181614966015281816156810152615e3b015260c051818181610b19015281816119e5015281816120eb01528181614e44015281816153bc01526155d6015260e0518181816115d50152611d000152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b63d92e233d60e01b5f5260045ffd5b508115610090565b5f80fdfe6080604052600436101561005d575b3615610018575f80fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361004a57005b63037d3e0960e61b5f523360045260245ffd5b5f5f3560e01c8063029f055c146130d25780630554d0031461302b57806308148f7a1461300f57806317c829e514612f7857806320c3f2e614612f1a57806321fa2ead14612b4457806326a5f04c146128c457806327e235e3146128885780632b6bd39e146128715780633526cfab1461269f5780633ccfd60b14612655578063435d53f21461261157806348e61080146125295780634aae3077146123e35780634b4e2dfc146123c75780634b6c5abe1461212b5780634d1975b41461210e57806352305151146120d357806368b9da37146119b35780636be4dd91146116e75780636d8160911461163e5780637dc0d1d0146115f957806391ddadf4146115b5578063949d8bac1461134e5780639beb5bd4146112da578063a084500a14611258578063a2f77bcc14610cce578063a41ac3391461069d578063c14fdd5914610611578063db535aa4146105ee578063db647a66146105d3578063e8b157a81461056e5763ee853f49146101d3575061000e565b3461056b573660031901906080821261056b576004356024356001600160401b03811161045457610100906003199036030112610569576064356001600160401b0381116104545761022990369060040161333c565b90938284526001602052600c60ff600160408720015460c01c1661024c816133fc565b1491821561056157600c905b84865260016020526040862096600188019260ff845460c01c169061027c816133fc565b610285826133fc565b8103610541575060028801805460101c6001600160a01b03163303610529576102ad89615491565b610515576001600160401b0342169060038a019081546102d96001600160401b038260401c1685613e33565b908b1561048157506001600160401b03825460b01c16806001600160401b0383161161046d578b9c946103589461032761ffff99959d9e9d61032160059a9661034f96613e33565b90614252565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b60443584615ead565b0154915460e81c169260405193602085019283526040850152606084015260608352610385608084613498565b36600411610469576103d2602084869551826040519586938285019863341c3cf360e21b8a526004602487013736850190838201908b8252519283915e0101908152038084520182613498565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa903d15610461573d91610412836134b9565b926104206040519485613498565b83523d84602085013e5b15610458576020828051810103126104545761044b602061045193016136ca565b90614f8e565b80f35b8280fd5b50602081519101fd5b60609161042a565b8380fd5b63292daabd60e21b8c5260048b905260248cfd5b6001600160401b039192509b969798999a9b16806001600160401b03831611610502579361034f8c9a99989794610358946001600160401b036104ca61ffff9a9660059a613e33565b166001600160401b03198254161781559067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b8a63292daabd60e21b5f5260045260245ffd5b632312c3f560e01b88526004879052602488fd5b631e30388760e31b8852600487905233602452604488fd5b876044918863041d44f960e11b835260045261055c816133fc565b602452fd5b600a90610258565b505b80fd5b503461056b5761057d366133c5565b9161058784614bf9565b93600b85015460ff808260481c169160401c16146105c457918493916001956105af94615cd1565b01805460ff60c01b1916600160c01b17905580f35b63779ffa5760e11b8652600486fd5b503461056b578060031936011261056b576020604051818152f35b503461056b578060031936011261056b576040516001600160ff1b038152602090f35b503461056b5760a036600319011261056b5761062b6133af565b6044356001600160401b0381116104545761064a90369060040161333c565b906064356001600160401b0381116106995761066a90369060040161330c565b5050608435926001600160401b0384116106995761068f61045194369060040161330c565b5050600435614936565b8480fd5b503461056b573660031901610120811261056957600435906106bd613369565b90604435916064356001600160401b038111610cca576106e190369060040161330c565b9390926084359360a4356001600160401b038111610cc65761070790369060040161330c565b60c4979197356001600160401b038111610cbe57610100906003199036030112610cc25760e4356001600160401b038111610cbe5761074a90369060040161333c565b5050610104356001600160401b038111610cbe5761076c90369060040161330c565b505061077789614bf9565b9763ffffffff8060038b015460801c16971696871015610caf578515610c9b576107b36107a38a615dd3565b809460048c0154968a8a89615df2565b15938415610c5e575b50505050610c4a5786906005860154906040519160208301908152602083526107e6604084613498565b36600411610469576108336020848695518260405195869382850198632c290ee160e21b8a526004602487013736850190838201908b8252519283915e0101908152038084520182613498565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa3d15610c42573d90610872826134b9565b916108806040519384613498565b82523d88602084013e5b15610c3a57608081805181010312610c365785927fb41533e15513d134fc3bdaf148911ff35ccd8fee65b8651fdfecf8d4bab6d1d2928260206060940151906108d560408201614241565b906108ed60806108e6888401614241565b9201614922565b906bffffffff000000000000000060068c019367ffffffff000000008554946001600160401b038b1b908b1b1694896001600160401b038c1b19916bffffffffffffffffffffffff191617169160201b16179160401b161717905581600789015586600889015560098801556040519182526020820152846040820152a21561098857600101805460ff60c01b1916600360c01b1790555080f35b6001019060ff825460d81c165f146109af5750805460ff60c01b1916600d60c01b17905580f35b9050808252600160205260408220906001820191600960c01b61ffff60c01b198454161780935563ffffffff81549360a01c169183855260026020526040852063ffffffff84165f5260205260405f20916001600160401b03835416905f19820192828411610c225784546001600160401b0319166001600160401b0385161785556040515f516020615fb45f395f51905f529080610a5060038c83614c5b565b0390a26002015460101c6001600160a01b03908116957f000000000000000000000000000000000000000000000000000000000000000090911694853b15610c13578760405163393d96ed60e01b81528360048201528260248201528160448201528181606481838c5af18015610c1757610bfe575b506020926044916040519889948593635dcb5b2f60e11b8552600485015260248401525af1938415610bf3578694610bb7575b5090610b3d84610b0f610b4394610b4997614c76565b9481610b65575b507f000000000000000000000000000000000000000000000000000000000000000061351a565b92614c94565b90614c4e565b9082526003602052610b606040832091825461351a565b905580f35b805478ffffffffffffffffffffffffffffffffff00000000000000001916604887901b78ffffffffffffffffffffffffffffffff0000000000000000001617680100000000000000001790555f610b16565b9350906020843d602011610beb575b81610bd360209383613498565b81010312610be75792519290610b3d610af9565b5f80fd5b3d9150610bc6565b6040513d88823e3d90fd5b81610c0891613498565b610c1357875f610ac6565b8780fd5b6040513d84823e3d90fd5b634e487b7160e01b88526011600452602488fd5b8680fd5b602081519101fd5b60609061088a565b63381c2d2160e01b87526004879052602487fd5b90919293506001870190818811610c87579088610c7d95949392615df2565b155f8080806107bc565b634e487b7160e01b8c52601160045260248cfd5b63381c2d2160e01b8b52600360045260248bfd5b63779ffa5760e11b8b5260048bfd5b8a80fd5b8980fd5b8880fd5b8580fd5b503461056b57602036600319011261056b576040816104a0926104808351610cf58161347c565b82815282602082015282858201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152826102c0820152826102e08201528261030082015282610320820152826103408201528261036082015282610380820152826103a0820152826103c0820152826103e08201528261040082015282610420820152826104408201528261046082015201526004358152600160205220601160405191610e018361347c565b8054835260018101546001600160a01b038116602085015260a081901c63ffffffff16604085015261ffff9060c081901c60ff16610e3e816133fc565b606086015260ff8160c81c161515608086015260ff8160d01c16151560a086015260ff8160d81c16151560c086015260ff8160e01c16151560e086015260e81c166101008401526001600160401b03600282015461ffff811661012086015260018060a01b038160101c1661014086015260b01c1661016084015263ffffffff60038201546001600160401b0381166101808601526001600160401b038160401c166101a086015260801c166101c084015260048101546101e084015260058101546102008401526001600160401b03600682015463ffffffff811661022086015263ffffffff8160201c1661024086015263ffffffff8160401c1661026086015260601c1661028084015260078101546102a084015260088101546102c084015260098101546102e0840152600a81015461030084015260ff600b8201546001600160401b038116610320860152818160401c1661034086015260481c16610360840152600c810154610380840152600d8101546103a0840152600e8101546001600160401b0381166103c08501528060401c60070b6103e08501526001600160401b038160801c1661040085015260c01c610420840152600f81015461044084015260108101546104608401520154610480820152610480604051918051835260018060a01b03602082015116602084015263ffffffff60408201511660408401526060810151611050816133fc565b606084015260808101511515608084015260a0810151151560a084015260c0810151151560c084015260e0810151151560e084015261ffff6101008201511661010084015261ffff6101208201511661012084015260018060a01b03610140820151166101408401526001600160401b03610160820151166101608401526001600160401b03610180820151166101808401526001600160401b036101a0820151166101a084015263ffffffff6101c0820151166101c08401526101e08101516101e084015261020081015161020084015263ffffffff6102208201511661022084015263ffffffff6102408201511661024084015263ffffffff610260820151166102608401526001600160401b03610280820151166102808401526102a08101516102a08401526102c08101516102c08401526102e08101516102e08401526103008101516103008401526001600160401b036103208201511661032084015260ff6103408201511661034084015260ff610360820151166103608401526103808101516103808401526103a08101516103a08401526001600160401b036103c0820151166103c08401526103e081015160070b6103e08401526001600160401b03610400820151166104008401526001600160401b03610420820151166104208401526104408101516104408401526104608101516104608401520151610480820152f35b503461056b5760a036600319011261056b576044356001600160401b0381116105695761128990369060040161330c565b6064356001600160401b0381116104695761010090600319903603011261045457608435916001600160401b038311610469576112cd61045193369060040161330c565b5050602435600435614531565b503461056b576112f96113006112ef366133c5565b9294909194614b4b565b938461575a565b60206001600160401b03611321600e840154828160801c169060c01c613e33565b16111561133f57600101805460ff60c01b1916600760c01b17905580f35b63779ffa5760e11b8252600482fd5b503461056b5761135d3661337c565b8284526001602081905260408520908101805491959493929160c081901c60ff16611387816133fc565b6001810361158657506001600160a01b0316330361156e576113a886615491565b61155a576001600160401b034216600387016113d16001600160401b03825460401c1683613e33565b60028901906001600160401b03825460b01c16806001600160401b03831611611546579161032161032792611407969594613e33565b6004860195865415600b82019060ff825460401c16600681105f1461153d57985b600160ff8b161b860361152e5761143f8688615654565b91156114e65790807f8e163fb447c81b49e166afcca0b92f7603c31dfe6daf2965839e33567055e19598999a9255600a8401555b60ff60481b82549160481b169060ff60481b1916179055600c60405160208101906114b1816114a384898b613e53565b03601f198101835282613498565b519020910155805460ff60c01b1916600160c11b1790556040516020808252909283926114e0928401916136a6565b0390a280f35b50600a8301540361151a577f8e163fb447c81b49e166afcca0b92f7603c31dfe6daf2965839e33567055e195959697611473565b63381c2d2160e01b87526007600452602487fd5b63779ffa5760e11b8952600489fd5b50600698611428565b63292daabd60e21b8a52600489905260248afd5b632312c3f560e01b85526004849052602485fd5b631e30388760e31b8552600484905233602452604485fd5b866044918763041d44f960e11b835260045261055c816133fc565b634e487b7160e01b5f52602160045260245ffd5b503461056b578060031936011261056b5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461056b578060031936011261056b576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461056b5760e036600319011261056b576044356001600160401b0381116105695761166f90369060040161330c565b906064356001600160401b03811161046957610100906003199036030112610454576084356001600160401b038111610469576116b090369060040161330c565b505060c435916001600160401b038311610469576116d561045193369060040161333c565b92909160a43591602435600435614291565b503461056b57606036600319011261056b57600435906024356001600160401b0381116105695761171c90369060040161330c565b60443561ffff811692838203610699578585526001602081905260408620908101805490959060c01c60ff16611751816133fc565b600c8103611998575060028201805490989060101c6001600160a01b031633036119825761177e83615491565b611970576001600160401b0342169060038401908154906117ab6001600160401b038360401c1685613e33565b918b1561192c57506001600160401b038c5460b01c1690816001600160401b0384161161191a57506117e56117eb94939261032792613e33565b8c614252565b6040516020810190611802816114a3848a89613e53565b51902097600c830198895403611906578582108015906118f3575b6118e45791600a611854838a9b94956118889a9b9661ffff19825416179055611847818a8961350a565b356004850155888761350a565b359101555560ff855460d01c16928361189c575b5050835460ff60d81b191691151560d81b60ff60d81b1691909117835550565b805460ff60c01b1916600160c01b17905580f35b82935061ffff6118ad82939461427d565b16149283156118c2575b5050505f8080611868565b6118da93506118d361ffff9161427d565b169161350a565b35155f80806118b7565b63779ffa5760e11b8852600488fd5b506118ff82878661350a565b351561181d565b63381c2d2160e01b88526002600452602488fd5b63292daabd60e21b8c5260045260248bfd5b6001600160401b031690816001600160401b0384161161195e57506104ca6117eb9493926001600160401b0392613e33565b63292daabd60e21b5f5260045260245ffd5b632312c3f560e01b8852600452602487fd5b631e30388760e31b885260045233602452604487fd5b876044918a63041d44f960e11b835260045261055c816133fc565b503660031901906040821261056b576024356001600160401b0381116105695761010090600319903603011261056b577f00000000000000000000000000000000000000000000000000000000000000008034036120bc57506040516326622a8d60e01b81526004803590820152610120816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610c17578291611fbf575b5080516005811015611fab5760011901611f705760a0810151151580611f98575b80611f85575b611f705764ffffffffff604082015116421015611f70578154915f198314611f5c576001838101808355825260208181526040808420600435815560608601519381018054608088015163ffffffff60a01b60a09190911b166001600160a01b039096166001600160c01b031982168117871790925560028301805462010000600160b01b033360101b1662010000600160b01b031990911617905560e0880151600d84015561010088015160058401559251939891949293909190611b4f8a82613498565b86815236600411610c365786918a611ba381848695518260405195869381850198630f048e9360e31b8a5260046024870137368501908282018b8152815193849201905e0101908152038084520182613498565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa913d15611f54573d92611be3846134b9565b93611bf16040519586613498565b84523d878b86013e5b15611f4d57604083805181010312610cca57611c1c60408a8501519401614241565b9261010088015103611f395763ffffffff611cf693611ccd60ff611cd8958b611cd3968f8c6003808201548a60801b8a60801b16908b60801b19161791015582019a61ffff60e81b8c5160e81b169260a081015115159081611f26575b5060ff60d81b19600166ffff000000000160c01b031990921690941760d086811b199190911692909217929092179215158416811b92909217908116911c909116151560d81b60ff60d81b16176001890155565b166136d7565b6156eb565b600b84019060ff60401b82549160401b169060ff60401b1916179055565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000611d2c8160028601614252565b6003840180546fffffffffffffffff00000000000000001993909216929092166fffffffffffffffffffffffffffffffff19909116174260401b67ffffffffffffffff60401b1617905560a0840151151580611f14575b15611ee75750600101805460ff60c01b1916600560c11b1790555b6004358152600284526040812063ffffffff80608085015116165f52845260405f206001600160401b03611dd4818354166136d7565b82546001600160401b0319169116179055608082015163ffffffff167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b156105695760405163393d96ed60e01b815260048035908201526024810191909152600160448201528181606481837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af18015610c1757611ed2575b5050606001516040516001600160a01b03909116815233906004359060018401907f9f0b80476ce7b05cfe8b0800d21f0b0f2704c8eb948fa5d5e87997ec901f96d1908690a4600160405191018152f35b611edd828092613498565b61056b5780611e81565b90600161ffff611f06935116115f14611f0b576001600b915b016136f5565b611d9e565b60018091611f00565b50600161ffff60c08601511614611d83565b60c0015161ffff1660021490508f611c79565b63381c2d2160e01b86526006600452602486fd5b8251898401fd5b606092611bfa565b634e487b7160e01b81526011600452602490fd5b638d48783f60e01b8252600480359052602482fd5b50600261ffff60c0830151161415611a89565b50600161ffff60c0830151161415611a83565b634e487b7160e01b83526021600452602483fd5b9050610120813d82116120b4575b81611fdb6101209383613498565b81010312610569576040519061012082018281106001600160401b038211176120a0576040528051600581101561046957825261201a60208201614232565b6020830152604081015164ffffffffff8116810361046957604083015260608101516001600160a01b03811681036104695760608301526101009061206160808201614241565b608084015261207260a082016136ca565b60a084015261208360c08201614232565b60c084015260e081015160e084015201516101008201525f611a62565b634e487b7160e01b84526041600452602484fd5b3d9150611fcd565b634ba85a6b60e11b82526004523460245260449150fd5b503461056b578060031936011261056b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b503461056b578060031936011261056b5760209054604051908152f35b503461056b5760c036600319011261056b576004356044356024356064356001600160401b0381116106995761216590369060040161330c565b9260843560a4356001600160401b038111610c135761218890369060040161330c565b92909561219488614bf9565b9482156123b8576121b8906121a887615dd3565b9283918960048a01549687615df2565b156123a457836122a457505050506121f691925060ff600163ffffffff600384015460801c1692015460d81c165f1461229b5760ff855b169061351a565b1161133f575b808252600160205260408220906001820191600960c01b61ffff60c01b198454161780935563ffffffff81549360a01c169183855260026020526040852063ffffffff84165f5260205260405f20916001600160401b03835416905f19820192828411610c225784546001600160401b0319166001600160401b0385161785556040515f516020615fb45f395f51905f529080610a5060048c83614c5b565b60ff60016121ef565b918094509490929410948515956122d3575b5050505050156121fc5763381c2d2160e01b825260048052602482fd5b602094955061230f90604051968795869563289a6e9760e11b875260048701528a6024870152604486015260a0606486015260a48501916136a6565b608483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561239957839161235f575b50155f808080806122b6565b90506020813d602011612391575b8161237a60209383613498565b810103126104545761238b906136ca565b5f612353565b3d915061236d565b6040513d85823e3d90fd5b63381c2d2160e01b89526004899052602489fd5b63779ffa5760e11b8a5260048afd5b503461056b578060031936011261056b57602060405160068152f35b34610be7576123f1366133c5565b835f52600160205260405f2091600183019360ff855460c01c16600e600510156115a15761241e816133fc565b600581036125095750600284015460101c6001600160a01b031633036124f25761244784615491565b6124df576001600160401b0342166003850180546001600160401b03612472818360401c1685613e33565b9116806001600160401b038316116124cc57966124c2996124ab600b98958398956001600160401b036104ca6124b09a9760ff9e613e33565b615cd1565b015460401c166124c4576006906136f5565b005b6004906136f5565b8963292daabd60e21b5f5260045260245ffd5b85632312c3f560e01b5f5260045260245ffd5b85631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f526004879052612521816133fc565b60245260445ffd5b34610be757610100366003190112610be7576125436133af565b6044356001600160401b038111610be75761256290369060040161333c565b906064356001600160401b038111610be757610100906003199036030112610be7576084356001600160401b038111610be7576040906003199036030112610be75760a4356001600160401b038111610be75760e0906003199036030112610be75760c4356001600160401b038111610be75760c0906003199036030112610be75760e435926001600160401b038411610be7576126076124c294369060040161330c565b50506004356140f9565b34610be7575f366003190112610be7576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610be7575f366003190112610be757335f52600360205260405f20548015612690576124c290335f5260036020525f60408120553361583b565b630686827b60e51b5f5260045ffd5b34610be7576126ad3661337c565b90825f52600160205260405f209160018301805460ff8160c01c16600e600410156115a1576126db816133fc565b6004810361250957506001600160a01b0316330361285a576126fc84615491565b612847576001600160401b03421660038501906127266001600160401b03835460401c1682613e33565b9160028701926001600160401b03845460b01c1693846001600160401b038316116124cc576103216103279261275b96613e33565b600b84019360ff855460401c16600681105f1461283e57945b600160ff87161b840361282f5761278b8486615654565b600a8301540361281b577f4c1fd9fa392a9ebad90cd5b7b6c047fd8fa8976cddb459034b3ea169a2d6156d9560ff60481b82549160481b169060ff60481b1916179055600c60405160208101906127e7816114a384898b613e53565b519020910155805460ff60c01b1916600560c01b179055604051602080825290928392612816928401916136a6565b0390a2005b63381c2d2160e01b5f52600760045260245ffd5b63779ffa5760e11b5f5260045ffd5b50600694612774565b84632312c3f560e01b5f5260045260245ffd5b84631e30388760e31b5f526004523360245260445ffd5b34610be7576124c26128823661337c565b91613e6e565b34610be7576020366003190112610be7576004356001600160a01b03811690819003610be7575f526003602052602060405f2054604051908152f35b34610be757366003190160c08112610be7576004356024356001600160401b038111610be7576128f890369060040161330c565b92906064356001600160401b038111610be75761291990369060040161333c565b9290916084356001600160401b038111610be75761293b90369060040161330c565b505060a435906001600160401b038211610be75761296061297692369060040161330c565b505061296b86614b4b565b96604435918861575a565b600e8501548060c01c936001600160401b038260801c169360206001600160401b036129a28789613e33565b161161282f576129b39136916134d4565b60208151910120600987015403612b305760078601549363ffffffff600688015460201c16936001600160401b03600f8901549360405196602088019889526040880152166060860152608085015260a084015260c083015260c08252612a1b60e083613498565b36600411610be7575f92612a6a6020848695518260405195869382850198636120303f60e01b8a526004602487013736850190838201908b8252519283915e0101908152038084520182613498565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa3d15612b28573d90612aa9826134b9565b91612ab76040519384613498565b82523d5f602084013e5b15610c3a57604081805181010312610be7576124c2926040612ae5602084016136ca565b9201519115612af957601001541490614ede565b600181015460e01c60ff16915081612b13575b5090614ede565b601001546001600160ff1b0314905083612b0c565b606090612ac1565b63381c2d2160e01b5f52600160045260245ffd5b34610be7576060366003190112610be7576004356024356001600160401b038111610be757612b7790369060040161330c565b906044356001600160401b038111610be757612b9790369060040161333c565b5f858152600160208190526040909120908101805493959391929160c081901c60ff16612bc3816133fc565b60078103612f0257506001600160a01b03163303612eeb57612be483615491565b612ed8576001600160401b0342166003840190612c0e6001600160401b03835460401c1682613e33565b9160028601926001600160401b03845460b01c1693846001600160401b03831611612ec55761032161032792612c4396613e33565b600e830154916001600160401b038360801c16928060c01c97612c668986615735565b9060018201808311612eb157880361282f5760118701968754155f14612e43576009612c933687856134d4565b6020815191012091015403612b3057612cd593612cb36040938a8c61350a565b358351958693849363098596a560e21b85528660048601526044850191613e13565b602483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015612e38575f925f91612e03575b50835460e01c60ff1615612ddb5750505b612dc75783925b6040516020810190612d4b816114a3888b8d8a88613406565b5190209055600160c31b60ff60c01b198254161790556040519460608601918652602086015260606040860152526080830191905f5b818110612db157857fde0a9f87f990316a5c3a3904063985c4f761dbb1112a265fd40161526591cdd586860387a2005b8235845260209384019390920191600101612d81565b63381c2d2160e01b5f52600a60045260245ffd5b909115918215612ded575b5050612d2b565b90915060401c60070b9060070b14158880612de6565b9050612e2891925060403d604011612e31575b612e208183613498565b810190613dec565b9190918a612d1a565b503d612e16565b6040513d5f823e3d90fd5b92505091508515612e9d57600f81015487351491821592612e80575b5050612e6c578392612d32565b63381c2d2160e01b5f52600c60045260245ffd5b6010919250612e9090878961350a565b3591015414158880612e5f565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8b63292daabd60e21b5f5260045260245ffd5b86632312c3f560e01b5f5260045260245ffd5b86631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f526004899052612521816133fc565b34610be7576060366003190112610be7576024356001600160401b038111610be757612f4a90369060040161330c565b604435916001600160401b038311610be757612f6d6124c293369060040161330c565b929091600435613719565b34610be7576020366003190112610be757600435805f52600160205260405f2060ff600182015460c01c16612fac816133fc565b80158015612ffc575b612fe45750612fc381615491565b15612fd1576124c291615546565b50636f85922160e01b5f5260045260245ffd5b63041d44f960e11b5f526004839052612521816133fc565b50613006816133fc565b60098114612fb5565b34610be7576020366003190112610be7576124c2600435613527565b34610be7576040366003190112610be757613044613369565b5f604080516130528161344d565b82815282602082015201526004355f52600260205263ffffffff60405f2091165f52602052606060405f206001600160801b03604051916130928361344d565b546001600160401b03811692838152826040602083019260ff85831c1615158452019260481c168252604051938452511515602084015251166040820152f35b34610be757366003190160a08112610be7576004356024356001600160401b038111610be75761310690369060040161330c565b90926044356001600160401b038111610be75761312790369060040161333c565b916064356001600160401b038111610be75761314790369060040161330c565b50506084356001600160401b038111610be75761316890369060040161330c565b505061317385614b4b565b92600e840154926001600160401b038460801c168015908115916132de575b506132ca576131a29136916134d4565b60208151910120600984015403612b30576001600160401b0363ffffffff6006600786015495015460201c169260405193602085019586526040850152166060830152606082526131f4608083613498565b36600411610be7575f92613243602084869551826040519586938285019863af37de3360e01b8a526004602487013736850190838201908b8252519283915e0101908152038084520182613498565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa3d156132c2573d90613282826134b9565b916132906040519384613498565b82523d5f602084013e5b15610c3a57602081805181010312610be757602001519015612e9d576124c292351490614ca7565b60609061329a565b63381c2d2160e01b5f52600b60045260245ffd5b90506040516132fc816114a38a8d60208401968b60c01c9088613406565b5190206011860154141589613192565b9181601f84011215610be7578235916001600160401b038311610be7576020808501948460051b010111610be757565b9181601f84011215610be7578235916001600160401b038311610be75760208381860195010111610be757565b6024359063ffffffff82168203610be757565b906040600319830112610be75760043591602435906001600160401b038211610be7576133ab9160040161330c565b9091565b602435906001600160401b0382168203610be757565b906060600319830112610be75760043591602435906001600160401b038211610be7576133f49160040161330c565b909160443590565b600e11156115a157565b6001600160c01b031960c092831b811682529290911b9091166008820152601001915f5b8181106134375750505090565b823584526020938401939092019160010161342a565b606081019081106001600160401b0382111761346857604052565b634e487b7160e01b5f52604160045260245ffd5b6104a081019081106001600160401b0382111761346857604052565b90601f801991011681019081106001600160401b0382111761346857604052565b6001600160401b03811161346857601f01601f191660200190565b9291926134e0826134b9565b916134ee6040519384613498565b829481845281830111610be7578281602093845f960137010152565b9190811015612e9d5760051b0190565b91908201809211612eb157565b805f52600160205260405f2060ff600182015460c01c1690613548826133fc565b81158015613693575b61367b5761355e81615491565b6136705761356b826133fc565b6001821491821561365b575b8215613646575b8215613631575b821561361c575b8215613602575b506135c39082156135eb576001600160401b0380600381600285015460b01c16935b015460401c1691169061351a565b4211156135d857906135d691159061503e565b565b50631c6b034960e01b5f5260045260245ffd5b6001600160401b03806003818185015416936135b5565b6135c3919250600d90613614816133fc565b149190613593565b9150613627826133fc565b600b82149161358c565b915061363c826133fc565b6007821491613585565b9150613651826133fc565b600482149161357e565b9150613666826133fc565b6003821491613577565b90506135d691615546565b509063041d44f960e11b5f52600452612521816133fc565b5061369d826133fc565b60098214613551565b81835290916001600160fb1b038311610be75760209260051b809284830137010190565b51908115158203610be757565b6001600160401b036001911601906001600160401b038211612eb157565b906136ff816133fc565b815460ff60c01b191660c09190911b60ff60c01b16179055565b949390855f52600160205260405f2091600183019485549760ff8960c01c16600e600310156115a15761374b816133fc565b60038103613dd557505f986001600160a01b03163303613dbf5761376e85615491565b613dad576001600160401b034216600386016137976001600160401b03825460401c1683613e33565b60028801906001600160401b03825460b01c16806001600160401b03831611613d9a5791610321610327926137cd969594613e33565b6006850195865463ffffffff8160201c1680831490811591613d8f575b5061282f576137f98287615654565b600788015414801590613d78575b613d645763ffffffff90837fe00f2dd49818c2db240dad3862c6e5bf435a938affc22717741f96028d917f36604051604081528061385c61384d8c8960408501916136a6565b82810360208401528b8b6136a6565b0390a260401c1694604051630b98a6bf60e21b815260606004820152602081806138a061388d6064830188886136a6565b8281036003190160248401528a8a6136a6565b604482018b905203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115612e38575f91613d2a575b5015613ba0576138f491869161350a565b3561399e5750926139126001600160401b0393600b9360039661350a565b35600a8201550192811984541684555460601c16016001600160401b03811161398a576135d6939491613975613956673fffffffffffffff60ff9460021c166156eb565b825468ff0000000000000000191660409190911b60ff60401b16178255565b5460401c16151590506124c4576006906136f5565b634e487b7160e01b85526011600452602485fd5b9697955050505050508181526001602052604081206001810192600960c01b61ffff60c01b198554161780945563ffffffff82549460a01c169380845260026020526040842063ffffffff86165f5260205260405f20926001600160401b03845416905f19820193828511613b8c5785546001600160401b0319166001600160401b0386161786556040515f516020615fb45f395f51905f529080613a45600a8b83614c5b565b0390a26002015460101c6001600160a01b03908116967f000000000000000000000000000000000000000000000000000000000000000090911692833b15610c365760405163393d96ed60e01b8152816004820152826024820152876044820152878160648183895af18015613b8157908891613b6c575b50602092916044916040519687948593635dcb5b2f60e11b8552600485015260248401525af1918215613b61578592613b23575b5092610b43613b1f9593610b3d84610b0f604098613b0e97614c76565b93815260036020522091825461351a565b9055565b91509391926020823d602011613b59575b81613b4160209383613498565b81010312610be7579051919390929190610b43613af1565b3d9150613b34565b6040513d87823e3d90fd5b81613b7691613498565b610c3657865f613abd565b6040513d8a823e3d90fd5b634e487b7160e01b87526011600452602487fd5b5050969795505050505050815f52600160205260405f206001810192600960c01b61ffff60c01b198554161780945563ffffffff82549460a01c1693805f52600260205260405f2063ffffffff86165f5260205260405f20926001600160401b03845416905f19820193828511612eb15785546001600160401b0319166001600160401b0386161786556040515f516020615fb45f395f51905f529080613c4960095f83614c5b565b0390a26002015460101c6001600160a01b03908116967f000000000000000000000000000000000000000000000000000000000000000090911692833b15610be75760405163393d96ed60e01b81528160048201528260248201525f60448201525f8160648183895af18015612e3857613d0e575b50906044602092886040519687948593635dcb5b2f60e11b8552600485015260248401525af1918215613b61578592613b23575092610b43613b1f9593610b3d84610b0f604098613b0e97614c76565b6020929197505f613d1e91613498565b60445f97919250613cbe565b90506020813d602011613d5c575b81613d4560209383613498565b81010312610be757613d56906136ca565b5f6138e3565b3d9150613d38565b63381c2d2160e01b5f52600960045260245ffd5b50613d838585615654565b60088801541415613807565b90508514155f6137ea565b8563292daabd60e21b5f5260045260245ffd5b632312c3f560e01b5f5260045260245ffd5b631e30388760e31b5f526004523360245260445ffd5b9063041d44f960e11b5f52600452612521816133fc565b9190826040910312610be7576020613e03836136ca565b9201518060070b8103610be75790565b908060209392818452848401375f828201840152601f01601f1916010190565b906001600160401b03809116911603906001600160401b038211612eb157565b91906001600160fb1b038111610be75760051b809282370190565b9091815f52600160205260405f2090600182019384549360ff8560c01c16600e600b10156115a157613e9f816133fc565b600b8103613dd557505f946001600160a01b03163303613dbf57613ec284615491565b613dad576001600160401b03421660038501613eeb6001600160401b03825460401c1683613e33565b60028701906001600160401b03825460b01c16806001600160401b03831611613d9a579161032161032792613f21969594613e33565b855461ffff8160e81c16840361282f57817fc6ac99ab2a5f055cfdca14e36d416de952f42f17f97eb7d966f835b5e46f66b26040516020815280613f696020820189896136a6565b0390a260206040518080936370f2ba4960e01b82526040600483015260ff613f95604484018a8a6136a6565b60d09290921c161515602483015203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115612e38575f916140bf575b501561401c5750906114a3614002600c9360405192839160208301958691613e53565b51902091015550805460ff60c01b1916600360c21b179055565b9450505050815f52600160205260405f206001810192600960c01b61ffff60c01b198554161780945563ffffffff82549460a01c1693805f52600260205260405f2063ffffffff86165f5260205260405f20926001600160401b03845416905f19820193828511612eb15785546001600160401b0319166001600160401b0386161786556040515f516020615fb45f395f51905f529080613c4960025f83614c5b565b90506020813d6020116140f1575b816140da60209383613498565b81010312610be7576140eb906136ca565b5f613fdf565b3d91506140cd565b9392909161410792856158a1565b92909261422b576007810154600563ffffffff600684015460201c169201546040519260208401928352604084015260608301526060825261414a608083613498565b36600411610be75781602061419f815f9594869551604051948592818401976305797d0f60e41b895260031936016004602487013736850190838201908b8252519283915e0101908152038084520182613498565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa933d15614223573d946141df866134b9565b956141ed6040519788613498565b86523d5f602088013e5b1561421b57614213856020806135d69798518301019101613dec565b929091615b25565b845160208601fd5b6060946141f7565b5050509050565b519061ffff82168203610be757565b519063ffffffff82168203610be757565b805467ffffffffffffffff60b01b191660b09290921b67ffffffffffffffff60b01b16919091179055565b61ffff60019116019061ffff8211612eb157565b94959390939291925f966142a487614bf9565b9460206004870154956142b688615dd3565b60405163289a6e9760e11b81526004810198909852602488018a90525f604489015260a060648901527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169793849283929161431e9160a48501916136a6565b9060848301520381885afa908115612e38575f916144f7575b50156144e4576143479285615ead565b60058201549061ffff600281600186015460e81c169401541660405193602085019384526040850152606084015260608352614384608084613498565b36600411610be7578260206143d9815f96958796516040519485928184019763b3a13ef360e01b895260031936016004602487013736850190838201908c8252519283915e0101908152038084520182613498565b51915afa3d156144dc573d906143ee826134b9565b916143fc6040519384613498565b82523d5f602084013e5b15610c3a57604081805181010312610be7576040614426602083016136ca565b910151901561443b576135d6935014906150ed565b505090815f52600160205260405f206001810192600960c01b61ffff60c01b198554161780945563ffffffff82549460a01c1693805f52600260205260405f2063ffffffff86165f5260205260405f20926001600160401b03845416905f19820193828511612eb15785546001600160401b0319166001600160401b0386161786556040515f516020615fb45f395f51905f529080613c4960075f83614c5b565b606090614406565b63381c2d2160e01b5f525f60045260245ffd5b90506020813d602011614529575b8161451260209383613498565b81010312610be757614523906136ca565b5f614337565b3d9150614505565b9091925f9261453f83614bf9565b9160018301549560ff8760d01c16614902579061457b929160048501549263ffffffff600387015460801c169061457587615dd3565b94615df2565b156144e4578054604051631ff4f5c360e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031694905f81602481895afa908115612e38575f91614889575b5080519060208101918220600d850154036128475783926146539260c09261ffff6002600582990154970154166040519788946020860198895260e81c16604085015260608401526080808401525180918160a08501528484015e5f838284010152601f801991011681010301601f198101845283613498565b36600411610be7578160206146a8815f959486955160405194859281840197639f368c3760e01b895260031936016004602487013736850190838201908b8252519283915e0101908152038084520182613498565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa913d15614881573d926146e8846134b9565b936146f66040519586613498565b84523d5f602086013e5b1561487957604083805181010312610be75761472a6040614723602086016136ca565b94016136ca565b921561473b57506135d6925061519d565b9150805f52600160205260405f20906001820193600960c01b61ffff60c01b198654161780955563ffffffff83549560a01c1692855f52600260205260405f2063ffffffff85165f5260205260405f20936001600160401b03855416915f19830194838611612eb15786546001600160401b0319166001600160401b0387161787556040515f516020615fb45f395f51905f5290806147dc60055f83614c5b565b0390a26002015460101c6001600160a01b031696833b15610be75760405163393d96ed60e01b81528160048201528260248201525f60448201525f8160648183895af18015612e3857613d0e5750906044602092886040519687948593635dcb5b2f60e11b8552600485015260248401525af1918215613b61578592613b23575092610b43613b1f9593610b3d84610b0f604098613b0e97614c76565b825160208401fd5b606092614700565b90503d805f833e61489a8183613498565b810190602081830312610be7578051906001600160401b038211610be7570181601f82011215610be7578051906148d0826134b9565b926148de6040519485613498565b82845260208383010111610be757815f9260208093018386015e830101525f6145d9565b63041d44f960e11b5f52600485905260c087901c60ff16612521816133fc565b51906001600160401b0382168203610be757565b9392919091614947818385886158a1565b9591949095614b4157604051630a19d1bd60e31b8152602060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031694909291606091849182916149a891602484019190613e13565b0381875afa918215612e38575f92614aeb575b5060206001600160401b03831611614a6d57505063ffffffff6006600783015492015460201c16916040519260208401928352604084015260408352614a02606084613498565b36600411610be757826020614a57815f969587965160405194859281840197630edd9c3960e41b895260031936016004602487013736850190838201908c8252519283915e0101908152038084520182613498565b51915afa933d15614223573d946141df866134b9565b60018301805460ff60e01b191695151560e01b60ff60e01b1695909517855567ffffffffffffffff60401b60409690961b959095166001600160401b039095169490941760c09490941b6001600160c01b03191693909317600e90930192909255919250614ad89050565b805460ff60c01b1916600760c01b179055565b9091506060813d606011614b39575b81614b0760609383613498565b81010312610be757604081614b1e614b3293614241565b50614b2b60208201614922565b5001614922565b905f6149bb565b3d9150614afa565b5050505050509050565b90815f52600160205260405f209160ff600184015460c01c16600e600810156115a157614b77816133fc565b60088103613dd55750600283015460101c6001600160a01b03163303613dbf57614ba083615491565b613dad576001600160401b0342169060038401908154906001600160401b03614bce818460401c1686613e33565b921690816001600160401b0384161161195e57506104ca6135d69493926001600160401b0392613e33565b90815f52600160205260405f209160ff600184015460c01c16600e600210156115a157614c25816133fc565b60028103613dd55750600283015460101c6001600160a01b03163303613dbf57614ba083615491565b91908203918211612eb157565b90151581526040810192919060128210156115a15760200152565b8115614c80570490565b634e487b7160e01b5f52601260045260245ffd5b81810292918115918404141715612eb157565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612eb15787546001600160401b0319166001600160401b0388161788556040515f516020615fb45f395f51905f529080614d57600c8683614c5b565b0390a2614e2357506002015460101c6001600160a01b03908116967f000000000000000000000000000000000000000000000000000000000000000090911692833b15610c365760405163393d96ed60e01b8152816004820152826024820152876044820152878160648183895af18015613b8157908891613b6c5750602092916044916040519687948593635dcb5b2f60e11b8552600485015260248401525af1918215613b61578592613b23575092610b43613b1f9593610b3d84610b0f604098613b0e97614c76565b9450505092505060018060a01b039054165f52600360205260405f20614e6a7f0000000000000000000000000000000000000000000000000000000000000000825461351a565b90557f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b15610be75760645f9283604051958694859363393d96ed60e01b8552600485015260248401528160448401525af18015612e3857614ed45750565b5f6135d691613498565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612eb15787546001600160401b0319166001600160401b0388161788556040515f516020615fb45f395f51905f529080614d57600b8683614c5b565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612eb15787546001600160401b0319166001600160401b0388161788556040515f516020615fb45f395f51905f529080614d5760018683614c5b565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612eb15787546001600160401b0319166001600160401b0388161788556040515f516020615fb45f395f51905f529080614d575f8683614c5b565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612eb15787546001600160401b0319166001600160401b0388161788556040515f516020615fb45f395f51905f529080614d5760088683614c5b565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612eb15787546001600160401b0319166001600160401b0388161788556040515f516020615fb45f395f51905f529080614d5760068683614c5b565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612eb15787546001600160401b0319166001600160401b0388161788556040515f516020615fb45f395f51905f529080614d57600d8683614c5b565b805f52600160205260405f206001810163ffffffff61010960c01b61ffff60c01b198354161792838355549260a01c1692825f52600260205260405f2063ffffffff85165f5260205260405f206001600160401b038154165f198101908111612eb1576001600160401b03809116166001600160401b03198254161790555f516020615fb45f395f51905f526040518061539a600e600183614c5b565b0390a2546001600160a01b03165f9081526003602052604090208054614e6a907f00000000000000000000000000000000000000000000000000000000000000009061351a565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612eb15787546001600160401b0319166001600160401b0388161788556040515f516020615fb45f395f51905f529080614d5760108683614c5b565b805460405163016cf5e360e41b81526004810191909152906020826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215612e38575f92615500575b5063ffffffff60018192015460a01c169116141590565b9091506020813d60201161553e575b8161551c60209383613498565b81010312610be75763ffffffff60016155358293614241565b939250506154e9565b3d915061550f565b9060018101600960c01b60ff60c01b198254161780915581545f52600260205263ffffffff8060405f209260a01c16165f5260205260405f206001600160401b038154165f19016001600160401b038111612eb1576001600160401b03166001600160401b03198254161781555460ff8160401c165f14615642576001600160801b03806155fa9260481c165b167f000000000000000000000000000000000000000000000000000000000000000061351a565b90600260018060a01b0391015460101c165f52600360205261562160405f2091825461351a565b90555f516020615fb45f395f51905f52604080515f815260116020820152a2565b506155fa6001600160801b035f6155d3565b60209061567d926040519384928392632347a98f60e11b845285600485015260248401916136a6565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115612e38575f916156bc575090565b90506020813d6020116156e3575b816156d760209383613498565b81010312610be7575190565b3d91506156ca565b5f91906001600160401b031660015b816001600160401b0382161061570e575050565b67fffffffffffffffe60ff9160019593951b16911660ff8114612eb15760010192906156fa565b615747906001600160401b0392613e33565b1660108110156157545790565b50601090565b92919091600e8401918254936001600160401b038560801c169460c01c6040516020810190615790816114a38787878d88613406565b5190206011880154036132ca575f198301838111612eb15784101561282f576157ba848288615f6b565b855467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161785556001840193848111612eb157615823615835966158038761582a9560109b615f6b565b81546001600160c01b031660c09190911b6001600160c01b031916179055565b838361350a565b35600f87015561350a565b35910155565b81471061588a575f808093819382604051615857602082613498565b526001600160a01b03165af11561586a57565b3d1561587b576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b909192935f91805f526001602052600d60ff600160405f20015460c01c166158c8816133fc565b14948515615b1d57600d905b825f52600160205260405f209160018301549060ff8260c01c16906158f8816133fc565b615901826133fc565b8103615b0557508715615aee576001600160a01b03165b6001600160a01b03163303615ad75761593082615491565b615ac4576001600160401b03421660038301805461595a6001600160401b038260401c1684613e33565b908a15615a7d575060028501906001600160401b03825460b01c16806001600160401b03831611615a6a576159a595949261032161599c959361032793613e33565b829836916134d4565b60208151910120600982015403612b305785615a3d5750600b8601546001600160401b0316600285901c673fffffffffffffff160361282f57600a86015460c08560061b1660c0039060c08211612eb1576001600160401b03911c1660070b936001600160401b0380600689015460601c1691161015615a225750565b909492809450615a349250159061524d565b915f9190600190565b6001600160401b0393508392965080955060069150015460601c169116101561282f57906001905f905f90565b8763292daabd60e21b5f5260045260245ffd5b6001600160401b0316806001600160401b03831611615ab157916001600160401b036104ca6159a596959361599c95613e33565b8663292daabd60e21b5f5260045260245ffd5b82632312c3f560e01b5f5260045260245ffd5b82631e30388760e31b5f526004523360245260445ffd5b50600282015460101c6001600160a01b0316615918565b63041d44f960e11b5f526004859052612521816133fc565b6006906158d4565b929190615cac5715615b43576135d69260070b9060070b14906153e1565b509050805f52600160205260405f20906001820190600960c01b61ffff60c01b198354161780925563ffffffff83549260a01c1690825f52600260205260405f2063ffffffff83165f5260205260405f20916001600160401b03835416945f19860192868411612eb15784546001600160401b0319166001600160401b0385161785556040515f516020615fb45f395f51905f529080615be5600f5f83614c5b565b0390a26002015460101c6001600160a01b03908116957f000000000000000000000000000000000000000000000000000000000000000090911691823b15610be7576040519563393d96ed60e01b87528060048801528160248801525f965f60448201525f8160648183895af18015612e3857613d0e5750906044602092886040519687948593635dcb5b2f60e11b8552600485015260248401525af1918215613b61578592613b23575092610b43613b1f9593610b3d84610b0f604098613b0e97614c76565b91925050615cbd576135d6906152fd565b63381c2d2160e01b5f52600d60045260245ffd5b93929190916040516020810190615ced816114a3848688613e53565b519020600c84015403615dbf578084101561282f5783615d0f91600b9361350a565b3591600a810192835501916001600160401b038354818084169160ff8282169160481c161b1617166001600160401b0319845416178355825460ff808260481c169160401c16039260ff8411612eb15760ff606093615da47f2d46eb748c91816a93a15d9fea5c38bf4956b5dc75eb5594dda0d4bb9cf13ea596849060ff60401b82549160401b169060ff60401b1916179055565b54915460401c169060405192835260208301526040820152a2565b63381c2d2160e01b5f52600860045260245ffd5b615dee611cd363ffffffff600360ff94015460801c166136d7565b1690565b91949092615e2f90602095604051978896879663289a6e9760e11b885260048801526024870152604486015260a0606486015260a48501916136a6565b608483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115612e38575f91615e76575090565b90506020813d602011615ea5575b81615e9160209383613498565b81010312610be757615ea2906136ca565b90565b3d9150615e84565b91615eba919336916134d4565b805160209182012060405163b93f863360e01b815260048101949094526024840152826044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215612e38575f92615f37575b505403615f2357565b63381c2d2160e01b5f52600560045260245ffd5b9091506020813d602011615f63575b81615f5360209383613498565b81010312610be75751905f615f1a565b3d9150615f46565b91615f9e6001600160401b0392615f98615f91859485615f8b8986613e33565b16614c94565b9186615735565b90614c76565b169116016001600160401b038111612eb1579056fec7faeef506ccb3ed22134420d9a9c9a491d3f466b6abba27563302e16d195a4a60a03461008d57601f613eb938819003918201601f19168301916001600160401b038311848410176100915780849260209460405283398101031261008d57516001600160a01b038116810361008d57608052604051613e1390816100a68239608051818181610c1401528181611139015281816112d201528181611a19015281816122d101526125fe0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806319be318c146113a057806326165a94146113645780632884aeaf146113015780632b7ac3f3146112bd5780632e629afc1461125c578063468f531e146111dc57806350ce8de81461107d5780635134dd2e146110365780635797d0f014610f425780636120303f14610e93578063629fddd614610e4c57806370f2ba4914610df95780637750aacc14610d7a5780637824749814610d1c5780639f368c3714610c89578063af37de3314610b13578063b0a43b84146108b1578063b388dce2146105a1578063b3a13ef3146104ed578063b6ac930714610483578063d070f3cc1461028b578063edd9c390146101f05763fe113a5814610116575f80fd5b346101ec5760203660031901126101ec576004356001600160401b0381116101ec57610146903690600401611400565b8101906020818303126101ec578035906001600160401b0382116101ec570181601f820112156101ec57803561017b816115fd565b9161018960405193846115dc565b81835260208084019260051b820101918483116101ec5760208201905b8382106101bf57604051806101bb87826114c9565b0390f35b81356001600160401b0381116101ec576020916101e188848094880101612a65565b8152019101906101a6565b5f80fd5b346101ec5760a03660031901126101ec57610209611481565b6044356001600160401b0381116101ec57610228903690600401611400565b916064356001600160401b0381116101ec57610248903690600401611451565b90608435946001600160401b0386116101ec5761026c610274963690600401611451565b959094612f9d565b60408051921515835260079190910b602083015290f35b346101ec5760803660031901126101ec576024356001600160401b0381116101ec57806004019061010060031982360301126101ec57606435916001600160401b0383116101ec576102e36060933690600401611400565b92906102ed613407565b90809691810103126101ec5760208501359161030b604087016114ab565b9535610316856126e7565b03610454576001831115610432575091610353916103656020946040519687958695632884aeaf60e01b8752606060048801526064870190611b47565b85810360031901602487015291612d8d565b9060448301520381305afa908115610427575f916103ed575b50905b80806103e6575b6103ab576020911590816103a2575b506040519015158152f35b90501582610397565b6040516369a5669f60e01b81526020600482015260126024820152711d1a194818985d18da081a5cc81d985b1a5960721b6044820152606490fd5b5081610388565b90506020813d60201161041f575b81610408602093836115dc565b810103126101ec5761041990611a9c565b8261037e565b3d91506103fb565b6040513d5f823e3d90fd5b6104479192509260a461044d959401906126b2565b9061372e565b5090610381565b6040516369a5669f60e01b81526020600482015260066024820152651b185e5bdd5d60d21b6044820152606490fd5b346101ec5760403660031901126101ec576004356001600160401b0381116101ec5761010060031982360301126101ec57602435906001600160401b0382116101ec57610447610397916104dd6020943690600401611400565b92909160a48101906004016126b2565b346101ec5760e03660031901126101ec576044356001600160401b0381116101ec5761051d903690600401611451565b50506064356001600160401b0381116101ec5761010060031982360301126101ec576084356001600160401b0381116101ec5761055e903690600401611451565b9160c435926001600160401b0384116101ec5761058261058d943690600401611400565b939092600401612dfc565b604080519215158352602083019190915290f35b346101ec5760803660031901126101ec576024356004356001600160401b0382116101ec578160040161010060031984360301126101ec576044356001600160401b0381116101ec576105f8903690600401611451565b9190936064356001600160401b0381116101ec5761061a903690600401611400565b608483969296019661062c888661267d565b905086036108a2575f95865b6106428a8861267d565b9050881015610688576106806001916001600160401b0361067960206106738f61066d8f918f61267d565b90612dad565b01611e1d565b1690611e6b565b970196610638565b89959689918060031b9080820460081490151715610780578514966106be63ffffffff6106b860645f9c01611e5a565b1661342e565b5f995b858b106106d55760208a6040519015158152f35b6107278263ffffffff898c8f61071d610713828e61070d6107088f968f61066d9061070183878e612dbd565b359961267d565b611e5a565b96612dbd565b6020810190611de8565b9490931691613338565b1561086e5761073f60206106738d61066d878961267d565b8a8061079c575b610794575b60031b906807fffffffffffffff867fffffffffffffff88316921682036107805760019161077891611e6b565b9a01996106c1565b634e487b7160e01b5f52601160045260245ffd5b5f9a5061074b565b506001600160401b03811680610857576107b66001612875565b905f5b8181106107de5750506107cb90613252565b6107d68d898b612dbd565b351415610746565b8060031b81810460081482151715610780576107fa9086611e6b565b60088101908181116107805761081b91610815918f8d6133ef565b906136f8565b60c01c9060c08160061b1660c00360c08111610780576108506001938360021c921b6108478388611549565b51179186611549565b52016107b9565b60038101808211610780576107b69060021c612875565b6040516369a5669f60e01b815260206004820152600b60248201526a1bdd5d1c1d5d081cdb1bdd60aa1b6044820152606490fd5b63399d2d9b60e01b5f5260045ffd5b346101ec576101203660031901126101ec5760243563ffffffff81168091036101ec576064356001600160401b0381116101ec576108f3903690600401611451565b505060a4356001600160401b0381116101ec57610914903690600401611451565b505060c435906001600160401b0382116101ec578160040161010060031984360301126101ec5760e4356001600160401b0381116101ec5761095a903690600401611400565b9091610104356001600160401b0381116101ec5761097c903690600401611451565b6109878392936126e7565b6020610991613407565b90809291810103126101ec57350361045457604487019263ffffffff6109b685611e5a565b168710156108a2576106b8966109ef946109e863ffffffff6109d9368a8c612a2f565b602081519101209a8b93611e5a565b9435613338565b15610ae757604051630a19d1bd60e31b8152602060048201529160609183918291610a1f91602484019190612d8d565b0381305afa908115610427575f905f92610a6d575b509063ffffffff6001600160401b039281610a53606460809801611e5a565b604051968752166020860152166040840152166060820152f35b9150506060813d606011610adf575b81610a89606093836115dc565b810103126101ec5780519263ffffffff841684036101ec5763ffffffff8281610a536064608098610ad06040610ac960206001600160401b039b01611dd4565b9601611dd4565b50939650505050919450610a34565b3d9150610a7c565b60646040516369a5669f60e01b81526020600482015260046024820152630737465760e41b6044820152fd5b346101ec5760a03660031901126101ec576024356001600160401b0381116101ec57610b43903690600401611451565b50506044356001600160401b0381116101ec57610b64903690600401611400565b6064356001600160401b0381116101ec57610b83903690600401611451565b608492919235906001600160401b0382116101ec57610ba86060923690600401611451565b91610bb1613407565b90809591810103126101ec5760209584610be8610bd289610bf198016114b8565b99610bdf60408401611497565b98810190611724565b9889913561352e565b92610c1060405194859384936367d6931b60e01b855260048501612d5b565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610427575f90610c56575b602090604051908152f35b506020813d602011610c81575b81610c70602093836115dc565b810103126101ec5760209051610c4b565b3d9150610c63565b346101ec5760a03660031901126101ec576044356001600160401b0381116101ec57610cb9903690600401611451565b50506064356001600160401b0381116101ec5761010060031982360301126101ec576084356001600160401b0381116101ec57604091610d00610d0c923690600401611451565b91600401602435612b1e565b8251911515825215156020820152f35b346101ec5760403660031901126101ec576024356001600160401b0381116101ec5761010060031982360301126101ec578063ffffffff610d6d6044610d666040956004016126e7565b9301611e5a565b8351928352166020820152f35b346101ec5760603660031901126101ec576004356001600160401b0381116101ec5761010060031982360301126101ec576024356001600160401b0381116101ec57610dca903690600401611451565b91604435926001600160401b0384116101ec57610dee61058d943690600401611400565b9390926004016128b7565b346101ec5760403660031901126101ec576004356001600160401b0381116101ec57610e29903690600401611451565b9060243580151581036101ec57602092610e4292612816565b6040519015158152f35b346101ec5760203660031901126101ec576004356001600160401b0381116101ec5761010060031982360301126101ec57610e8b6020916004016126e7565b604051908152f35b346101ec5760c03660031901126101ec576024356001600160401b0381116101ec57610ec3903690600401611451565b50506064356001600160401b0381116101ec57610ee4903690600401611400565b6084356001600160401b0381116101ec57610f03903690600401611451565b91909260a435926001600160401b0384116101ec57604094610f2c610f34953690600401611451565b949093612522565b825191151582526020820152f35b346101ec576101003660031901126101ec57610f5c611481565b6044356001600160401b0381116101ec57610f7b903690600401611400565b916064356001600160401b0381116101ec5761010060031982360301126101ec576084356001600160401b0381116101ec57604060031982360301126101ec5760a435916001600160401b0383116101ec5760e060031984360301126101ec5760c435936001600160401b0385116101ec5760c060031986360301126101ec5760e435966001600160401b0388116101ec5761101e610274983690600401611451565b97909660040195600401946004019360040192611fcd565b346101ec5760a03660031901126101ec576064356001600160401b0381116101ec57610e4261106b6020923690600401611451565b60843591604435602435600435613338565b346101ec5760203660031901126101ec576004356001600160401b0381116101ec576110b06110b8913690600401611400565b810190611724565b5f6060820160015b6080825101518051841015611103576110e1846001600160401b0392611549565b5181169116026001600160401b038116908103610780576001909201916110c0565b50815151604051631ff1b32560e01b815260206004820181905263ffffffff909216918180611135602482018a6118ed565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610427575f91611193575b506001600160401b039081606094604051948552166020840152166040820152f35b90506020813d6020116111d4575b816111ae602093836115dc565b810103126101ec576060926001600160401b036111cb8193611dd4565b92505092611171565b3d91506111a1565b346101ec5760203660031901126101ec576004356001600160401b0381116101ec5761120c903690600401611451565b611215816115fd565b61122260405191826115dc565b818152602081019160051b8301913683116101ec57602093905b83821061124d5784610e8b84613252565b8135815290840190840161123c565b346101ec5760603660031901126101ec576004356001600160401b0381116101ec5761128c903690600401611451565b90602435906001600160401b0382116101ec576020926112b3610e42933690600401611451565b9160443593611d7c565b346101ec575f3660031901126101ec576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346101ec5760603660031901126101ec576004356001600160401b0381116101ec5761010060031982360301126101ec576024356001600160401b0381116101ec57602091611357610e42923690600401611400565b9060443592600401611c85565b346101ec5760403660031901126101ec576004356001600160401b0381116101ec57611397610274913690600401611400565b602435916119d3565b346101ec5760603660031901126101ec576004356001600160401b0381116101ec576113d36113e1913690600401611400565b90604435916024359161155d565b906101bb6040519283921515835260406020840152604083019061142d565b9181601f840112156101ec578235916001600160401b0383116101ec57602083818601950101116101ec57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f840112156101ec578235916001600160401b0383116101ec576020808501948460051b0101116101ec57565b602435906001600160401b03821682036101ec57565b35906001600160401b03821682036101ec57565b359081151582036101ec57565b359063ffffffff821682036101ec57565b602081016020825282518091526040820191602060408360051b8301019401925f915b8383106114fb57505050505090565b9091929394602080611519600193603f19868203018752895161142d565b970193019301919392906114ec565b8051156115355760200190565b634e487b7160e01b5f52603260045260245ffd5b80518210156115355760209160051b010190565b906115679161302e565b9290159081156115a1575b8115611596575b5061158d5761158791611549565b51600191565b50505f90606090565b90508110155f611579565b83518114159150611572565b606081019081106001600160401b038211176115c857604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b038211176115c857604052565b6001600160401b0381116115c85760051b60200190565b35908160070b82036101ec57565b9080601f830112156101ec578135611639816115fd565b9261164760405194856115dc565b81845260208085019260051b8201019283116101ec57602001905b82821061166f5750505090565b6020809161167c84611614565b815201910190611662565b359060ff821682036101ec57565b919060a0838203126101ec576040519060a082018281106001600160401b038211176115c85760405281936116c9816114b8565b83526116d760208201611687565b60208401526116e8604082016114ab565b60408401526116f960608201611687565b60608401526080810135916001600160401b0383116101ec5760809261171f9201611622565b910152565b6020818303126101ec578035906001600160401b0382116101ec57016080818303126101ec5760405191608083018381106001600160401b038211176115c857604052813561ffff811681036101ec57835260208201356001600160401b0381116101ec5781611795918401611622565b602084015260408201356001600160401b0381116101ec57820181601f820112156101ec5780356117c5816115fd565b916117d360405193846115dc565b81835260208084019260051b820101918483116101ec5760208201905b8382106118255750505050604084015260608201356001600160401b0381116101ec5761181d9201611695565b606082015290565b81356001600160401b0381116101ec5760209161184788848094880101611695565b8152019101906117f0565b908160209103126101ec57518060070b81036101ec5790565b90602080835192838152019201905f5b8181106118885750505090565b825160070b84526020938401939092019160010161187b565b9060a060806118ea9363ffffffff815116845260ff602082015116602085015260408101511515604085015260ff6060820151166060850152015191816080820152019061186b565b90565b919061ffff8351168152611910602084015160806020840152608083019061186b565b906040840151918181036040830152825180825260208201916020808360051b8301019501925f915b83831061195c57505050505060606118ea939401519060608184039101526118a1565b909192939560208061197a600193601f198682030187528a516118a1565b98019301930191939290611939565b6001600160401b0381116115c857601f01601f191660200190565b3d156119ce573d906119b582611989565b916119c360405193846115dc565b82523d5f602084013e565b606090565b9290916020611a0d6119ea5f965f96810190611724565b604051938492839263b7c0f87d60e01b84526040600485015260448401906118ed565b602483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f9181611a6b575b50611a635750611a61611a5c6119a4565b61317a565b565b600193509150565b611a8e91925060203d602011611a95575b611a8681836115dc565b810190611852565b905f611a4b565b503d611a7c565b519081151582036101ec57565b906001600160401b03611ad1602060409463ffffffff611ac8826114b8565b16855201611497565b1660208201520190565b9060ff611b3d608060a09463ffffffff611af4826114b8565b1685526001600160401b03611b0b60208301611497565b16602086015283611b1e60408301611687565b166040860152611b30606082016114ab565b1515606086015201611687565b1660808201520190565b90610100810191803582526020810135602083015263ffffffff611b6d604083016114b8565b16604083015263ffffffff611b84606083016114b8565b16606083015236819003601e19016080820135818112156101ec578201602081359101946001600160401b0382116101ec578160061b360386136101ec578190610100608087015252610120840194905f5b818110611c6a5750505060a0820135908112156101ec578101602081359101936001600160401b0382116101ec5760a08202360385136101ec5783810360a085015281815260200193905f5b818110611c4f5750505063ffffffff611c4860e08360c08295013560c0870152016114b8565b1691015290565b90919460a0611c6060019288611adb565b9601929101611c22565b9091956040611c7b60019289611aa9565b9701929101611bd6565b91611c8f9161302e565b929015908115611d60575b50611d5a575f5b8251811015611d5257611cf16020611cb98386611549565b516040518093819263b6ac930760e01b835260406004840152611cdf6044840189611b47565b8381036003190160248501529061142d565b0381305afa908115610427575f91611d19575b5015611d1257600101611ca1565b5050505f90565b90506020813d8211611d4a575b81611d33602093836115dc565b810103126101ec57611d4490611a9c565b5f611d04565b3d9150611d26565b505050600190565b50505f90565b9050825114155f611c9a565b91908110156115355760051b0190565b929390935f5b858110611d9457505050505050600190565b8281141580611db4575b611daa57600101611d82565b5050505050505f90565b50611dc0818787611d6c565b35611dcc828487611d6c565b351415611d9e565b51906001600160401b03821682036101ec57565b903590601e19813603018212156101ec57018035906001600160401b0382116101ec57602001918160051b360383136101ec57565b356001600160401b03811681036101ec5790565b358060070b81036101ec5790565b3560ff811681036101ec5790565b3580151581036101ec5790565b3563ffffffff811681036101ec5790565b9190820180921161078057565b90611e82826115fd565b611e8f60405191826115dc565b8281528092611ea0601f19916115fd565b01905f5b828110611eb057505050565b602090604051611ebf816115ad565b5f808252838201526040516080611ed681836115dc565b368237604082015282828501015201611ea4565b91908110156115355760051b8101359060de19813603018212156101ec570190565b919060405192611f1d6080856115dc565b8390608081019283116101ec57905b828210611f3857505050565b60208091611f4584611614565b815201910190611f2c565b90602080835192838152019201905f5b818110611f6d5750505090565b9091926040845160ff81511683526001600160401b036020820151166020840152015160408201905f915b60048310611fb45750505060c001926020019190600101611f60565b602080600192845160070b815201920192019190611f98565b92606094999795929891935f9a5f9a611fe4613407565b90809991810103126101ec57611ffc602089016114b8565b96604089013561200b866126e7565b036104545761201c91810190611724565b9560408701976001895151148015906124fd575b6108a25763ffffffff61206b92848b6109e8612062856120549935998a9451611528565b515116936020810190611de8565b9590941661342e565b156124ca576020850161207d81611e1d565b6001600160401b03673fffffffffffffff8560021c169116036108a2576120db886120eb936120b76120b160408b01613451565b94611e1d565b936001600160401b036120e360806120d260c08e018e611de8565b97909651611528565b5101516134d4565b951691613338565b1561249757612135936120fd89611e31565b9160208a01988a6121be6121108c611e3f565b9560408301966001600160401b0361212789611e4d565b946080606082019d8e611e1d565b9101359560ff60405194602086019660070b8752166040850152151560608401521660808201528360a082015260a0815261217160c0826115dc565b519020968d60208c019861219d6001600160401b036121908c51611528565b51169260a0810190611de8565b92909160c06121b663ffffffff6106b860e08901611e5a565b950135613338565b15612469576001600160401b036121d489611e1d565b1660038101809111610780576121ec9060021c61342e565b906121f688611e78565b975f5b81811061238e57505050505060046003821610156115355761222a6040601a93606061ffff9460051b160101611e31565b96511603612313575051918251600110156115355760209560ff6001600160401b039261228361227d612277848c61226d60406122cd9c015160070b9d51611528565b510151169c611e31565b94611e3f565b91611e1d565b926040519a8b998a996364ec9b8f60e01b8b5260070b60048b015260248a0152604489015260070b60648801521660848601521660a484015260e060c484015260e4830190611f50565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f9181611a6b5750611a635750611a61611a5c6119a4565b9660209695506001600160401b0391509261234561227d61233f6123396122cd97611e31565b98611e3f565b99611e4d565b9060ff604051998a9889986326d9100760e11b8a5260070b60048a015260070b60248901521660448701521515606486015216608484015260c060a484015260c4830190611f50565b612399818387611eea565b90604082016123db866001600160401b036123b384613451565b9560208101966123d06123c589611e1d565b9260c0810190611de8565b93909216908a613338565b15612435576124146123ee600194611e1d565b916001600160401b0360405193612404856115ad565b5f85521660208401523690611f0c565b6040820152612423828d611549565b5261242e818c611549565b50016121f9565b6040516369a5669f60e01b815260206004820152600b60248201526a7461626c6520656e74727960a81b6044820152606490fd5b6040516369a5669f60e01b81526020600482015260056024820152647461626c6560d81b6044820152606490fd5b6040516369a5669f60e01b815260206004820152600a60248201526934b7383aba103632b0b360b11b6044820152606490fd5b6040516369a5669f60e01b815260206004820152600a6024820152691a5b9c1d5d081cdb1bdd60b21b6044820152606490fd5b5061ffff885116600d8114159081612516575b50612030565b601a915014155f612510565b9295939560c05f975f97612534613407565b90809491810103126101ec5761254c602084016114b8565b9161255960408501611497565b9461256660608601611497565b9861257360808701611497565b97810161257f91611724565b978886359561258d9661352e565b92604051958695634ac6a6cb60e01b87526004870160c0905260c487016125b3916118ed565b936001600160401b031660248701526001600160401b031660448601526001600160401b0316606485015260a0013560848401526003198382030160a48401526125fc91611f50565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691839103815a93602094fa5f91816126495750611a635750611a61611a5c6119a4565b9091506020813d602011612675575b81612665602093836115dc565b810103126101ec5751905f611a4b565b3d9150612658565b903590601e19813603018212156101ec57018035906001600160401b0382116101ec57602001918160061b360383136101ec57565b903590601e19813603018212156101ec57018035906001600160401b0382116101ec576020019160a08202360383136101ec57565b63ffffffff80916126fa60408201611e5a565b9061270760608201611e5a565b90612715608082018261267d565b919061272460a08301836126b2565b9190938061273460e08601611e5a565b97604051998a9860208a019c8d936101208c01948a35905260208a013560408d01521660608b015216608089015261010060a089015252610140860191905f5b8181106127ef57505050848103601f190160c086015281815260200192905f5b8181106127cc575050506127c69360c063ffffffff92013560e08501521661010083015203601f1981018352826115dc565b51902090565b91959450919260a06127e060019288611adb565b96019101918694959392612794565b9193949597965091604061280560019286611aa9565b940191019188969795949392612774565b9181925f5b8381106128335750501561282f5750151590565b1490565b61283e818584611d6c565b3561285d57838514612855575b6001905b0161281b565b93508361284b565b83850361286c5760019061284f565b50505050505f90565b9061287f826115fd565b61288c60405191826115dc565b828152809261289d601f19916115fd565b0190602036910137565b91908110156115355760a0020190565b94939092919263ffffffff6128ce60608801611e5a565b1684036108a2576128de84612875565b5f5b8581106129e757506128f190613252565b6020870135036129b55761290484612875565b935f5b8181106129955750505061292a9060a086019261292484886126b2565b906139dc565b901561298a575f5b815181101561297757808661297063ffffffff612969610708856129638a61295c60019a8c611549565b51976126b2565b906128a7565b1687611549565b5201612932565b505050612985919250613252565b600191565b50505090505f905f90565b806129a36001928486611d6c565b356129ae8289611549565b5201612907565b6040516369a5669f60e01b8152602060048201526009602482015268636f6e7374616e747360b81b6044820152606490fd5b806129f56001928886611d6c565b35604051602081019163ffffffff84168352604082015260408152612a1b6060826115dc565b519020612a288285611549565b52016128e0565b929192612a3b82611989565b91612a4960405193846115dc565b8294818452818301116101ec578281602093845f960137010152565b9080601f830112156101ec578160206118ea93359101612a2f565b81601f820112156101ec57805190612a9782611989565b92612aa560405194856115dc565b828452602083830101116101ec57815f9260208093018386015e8301015290565b9190916040818403126101ec57612adc81611a9c565b9260208201516001600160401b0381116101ec576118ea9201612a80565b81835290916001600160fb1b0383116101ec5760209260051b809284830137010190565b9392612b28613407565b810192906080818503126101ec576020810135936060820135906001600160401b0382116101ec57612b5b918301612a65565b938135612b67846126e7565b036104545760018111612ccd575b5050949192612ba36040519687946359c46e7160e11b86526004860152608060248601526084850190611b47565b916003198484030160448501528083526020830160208260051b85010193835f91603e1982360301905b858410612c4a5750505050505050612bf4829160209460031984830301606485015261142d565b0381305afa918215610427575f92612c0e575b5060019190565b9091506020813d602011612c42575b81612c2a602093836115dc565b810103126101ec57612c3b90611a9c565b905f612c07565b3d9150612c1d565b919395989750919395601f198282030186528835838112156101ec578401803582526020810135601e19823603018112156101ec5701602081359101906001600160401b0381116101ec578060051b360382136101ec57612cba6020928392604086818660019901520191612afa565b9a0196019401918a979896949391612bcd565b6040945f92612cf8928751978894859463066f8c6360e21b865260606004870152606486019061142d565b920135602484015260448301520381305afa8015610427575f935f91612d33575b509215612d27575f80612b75565b5050505090505f905f90565b9050612d529193503d805f833e612d4a81836115dc565b810190612ac6565b9290925f612d19565b6001600160401b03612d796118ea95936060845260608401906118ed565b931660208201526040818403910152611f50565b908060209392818452848401375f828201840152601f01601f1916010190565b91908110156115355760061b0190565b91908110156115355760051b81013590603e19813603018212156101ec570190565b91908260409103126101ec576020612df683611a9c565b92015190565b92909194936060612e0b613407565b90809291810103126101ec5760208101358135612e27876126e7565b03610454576001811115612f465791612e629493915f9360408051978895869563066f8c6360e21b8752606060048801526064870191612d8d565b920135602484015260448301520381305afa918215610427575f905f93612f27575b501561298a5791612ede612eba92612ecc60409586519889968796631dd42ab360e21b8852606060048901526064880190611b47565b86810360031901602488015291612afa565b8381036003190160448501529061142d565b0381305afa918215610427575f905f93612ef757509190565b9050612f1c91925060403d604011612f20575b612f1481836115dc565b810190612ddf565b9091565b503d612f0a565b9050612f3e9192503d805f833e612d4a81836115dc565b91905f612e84565b505060409391612ede91612f8b612f79958751998a978897631dd42ab360e21b8952606060048a01526064890190611b47565b87810360031901602489015291612afa565b84810360031901604486015291612d8d565b9193969495604093965f985f98612fb2613407565b90809891810103126101ec5786610be8612fdc96612fd36020809b016114b8565b9a810190611724565b926122cd604051948593849363fbf4f2f160e01b855260048501612d5b565b6040519061300a6020836115dc565b5f80835282815b82811061301d57505050565b806060602080938501015201613011565b604051631fc2274b60e31b8152602060048201529291905f8480613056602482018686612d8d565b0381305afa5f94816130c7575b506130785750509050613074612ffb565b5f91565b6130ab9060405160208101906130a08161309289856114c9565b03601f1981018352826115dc565b519020923691612a2f565b60208151910120036130bd5760019190565b9050613074612ffb565b9094503d805f833e6130d981836115dc565b8101906020818303126101ec578051906001600160401b0382116101ec57019080601f830112156101ec57815161310f816115fd565b9261311d60405194856115dc565b81845260208085019260051b820101918383116101ec5760208201905b83821061314d575050505050935f613063565b81516001600160401b0381116101ec5760209161316f87848094880101612a80565b81520191019061313a565b9060208251920190815163ffffffff60e01b81169060048510613232575b5063ffffffff60e01b16631a93c68960e11b8114908115613221575b8115613210575b81156131ff575b81156131ee575b81156131dd575b506131d85750fd5b915050565b630f50d75d60e01b1490505f6131d0565b63405b7f5760e11b811491506131c9565b631390f2a160e01b811491506131c2565b6323d359a360e01b811491506131bb565b63d2c0367760e01b811491506131b4565b6001600160e01b0319600486900360031b81901b9091161690505f613198565b9060019082515b80831061332e575061326a82612875565b905f5b8451811015613295578061328360019287611549565b5161328e8286611549565b520161326d565b509250905b600181116132b057506132ac90611528565b5190565b60011c5f5b8181106132c2575061329a565b600181901b906001600160ff1b0381168103610780576132e28285611549565b5160018301809311610780576132fa60019386611549565b51604051906020820192835260408201526040815261331a6060826115dc565b5190206133278286611549565b52016132b5565b9160011b91613259565b9492908385148015906133e4575b611daa57939192915f91905b8383106133625750505050501490565b9091929394600190818716155f146133b05761337f858486611d6c565b35604051906020820192835260408201526040815261339f6060826115dc565b5190205b95811c9493019190613352565b6133bb858486611d6c565b359060405190602082019283526040820152604081526133dc6060826115dc565b5190206133a3565b5082841c1515613346565b909392938483116101ec5784116101ec578101920390565b601f193601903682116107805781353603601f19019182116107805736829003601f190190565b905f915b806001841b1061343f5750565b915f1981146107805760010191613432565b61345a81611e31565b9061346760208201611e31565b90613480606061347960408401611e31565b9201611e31565b9060405192602084019460c01b855260c01b602884015260c01b603083015260c01b6038820152602081526134b66040826115dc565b51905190602081106134c6575090565b5f199060200360031b1b1690565b5f919060015b8151841015613513576001600160401b036134f58584611549565b511690818102918183041490151715610780576001909301926134da565b9192505060038101809111610780576118ea9060021c61342e565b929391604090979697019081515183036108a25763ffffffff613551911661342e565b9261355b836115fd565b9361356960405195866115dc565b838552601f19613578856115fd565b013660208701375f5b848110613693575050505061359586611e78565b955f5b8181106135a757505050505050565b6135b2818388611eea565b908360ff6135bf84611e3f565b1610156108a2576135dc60ff6135d484611e3f565b168588612dbd565b3560408301926136346135ee85613451565b61362b89602085019561360087611e1d565b936001600160401b0361361660c0890189611de8565b95909460ff6136248b611e3f565b1690611549565b51951691613338565b15612497576001936001600160401b036136536120b161367294611e3f565b60ff60405195613662876115ad565b1685521660208401523690611f0c565b6040820152613681828b611549565b5261368c818a611549565b5001613598565b6136cf8288866136c6610713868b63ffffffff6136bd836136b581858b612dbd565b359751611549565b51511695612dbd565b92909188613338565b156124ca57806136e760806120db6001948851611549565b6136f18289611549565b5201613581565b356001600160c01b0319811692919060088210613713575050565b6001600160c01b031960089290920360031b82901b16169150565b909193925f905f5b8481106139b6575061374784612875565b958260031b838104600814841517156107805782149283159081613998575b5061398e575f94855b818710613783575050505050505060019190565b61378e8783886128a7565b61379a60208201611e1d565b6001600160401b03811691878061397c575b6137f9575b5086156137eb576807fffffffffffffff89060031b169080820460081490151715610780576001916137e39190611e6b565b96019561376f565b506001916137e39190611e6b565b82613965576138086001612875565b5f5b8481106138185750506137b1565b89156138ee57600381901b6001600160fd1b0382168203610780576138476138408289611e6b565b9188611e6b565b90600882018092116107805761386291610815918c8c6133ef565b60c01d9061387260608501611e4d565b806138d2575b6138c0575b60c08160061b1660c0039160c08311610780576138b96001936001600160401b038460021c9316901b6138b08387611549565b51179185611549565b520161380a565b505050505050505050505050505f9190565b506138e8826138e360808701611e3f565b613c77565b15613878565b6138f88187611e6b565b898110156115355788013560f81c61391260608501611e4d565b156139215760070b5b9061387d565b60ff61392f60408601611e3f565b161b8060011b90808204600214901517156107805760ff8101809111610780576101fe6001600160401b0391041660070b61391b565b60038301808411610780576138089060021c612875565b5061398960608201611e4d565b6137ac565b50505050505f9190565b600187149150816139ac575b50155f613766565b905082145f6139a4565b916139d56001916001600160401b036106796020610673888b8b6128a7565b9201613736565b90919392935f945f5b848110613c5157506139f684612875565b958060031b818104600814821517156107805782149081159081613c33575b5061398e575f94855b818710613a32575050505050505060019190565b613a3d8783886128a7565b613a4960208201611e1d565b6001600160401b03811691821591908215613c18578c8b613a6a6001612875565b925f5b878110613acf575050613a83613a899293613252565b92611549565b528515613ac0576807fffffffffffffff89060031b16918204600814171561078057600191613ab89190611e6b565b960195613a1e565b5050600191613ab89190611e6b565b91509150885f14613ba157600381901b6001600160fd1b038216820361078057613b03613afc828a611e6b565b9189611e6b565b906008820180921161078057613b1e91610815918d8f6133ef565b60c01d90613b2e60608401611e4d565b80613b8a575b613b77575b60c08160061b1660c0039160c0831161078057613b6c6001936001600160401b038460021c9316901b6108478388611549565b52018e918d91613a6d565b50505050505050505050505050505f9190565b50613b9b826138e360808601611e3f565b15613b34565b613bab8188611e6b565b8a811015611535578b013560f81c613bc560608401611e4d565b15613bd45760070b5b90613b39565b60ff613be260408501611e3f565b161b8060011b90808204600214901517156107805760ff8101809111610780576101fe6001600160401b0391041660070b613bce565b6003840180851161078057613a6a9060021c8e918d91612875565b60018714915081613c47575b50155f613a15565b905082145f613c3f565b95613c706001916001600160401b0361067960206106738c8b8b6128a7565b96016139e5565b60ff1660028114613df85760038114613ddb5760048114613dbf5760058114613da05760068114613d7d57600c8114613d5f5760098114613d465760158114613d2b5760168114613d0e5760198114613cf357601a14613cd75750600190565b60070b6001198112159081613cea575090565b60019150131590565b5060070b5f8112159081613d05575090565b60039150131590565b5060070b6007198112159081613d22575090565b60079150131590565b5060070b5f8112159081613d3d575090565b600f9150131590565b5060070b8015908115613d57575090565b600191501490565b5060070b5f8112159081613d71575090565b63ffffffff9150131590565b5060070b637fffffff198112159081613d94575090565b637fffffff9150131590565b5060070b617fff198112159081613db5575090565b617fff9150131590565b5060070b5f8112159081613dd1575090565b61ffff9150131590565b5060070b607f198112159081613def575090565b607f9150131590565b5060070b5f8112159081613e0a575090565b60ff915013159056",
}

// DisputeGame is an auto generated Go binding around an Ethereum contract.
type DisputeGame struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DisputeGame) GetABI() abi.ABI {
	return c.abi
}

// NewDisputeGame creates a new instance of DisputeGame.
func NewDisputeGame() *DisputeGame {
	parsed, err := DisputeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_, address verifier_, uint256 challengeBond_, uint64 clock_) returns()
func (disputeGame *DisputeGame) PackConstructor(oracle_ common.Address, verifier_ common.Address, challengeBond_ *big.Int, clock_ uint64) []byte {
	enc, err := disputeGame.abi.Pack("", oracle_, verifier_, challengeBond_, clock_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackFANOUTBITS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4e2dfc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FANOUT_BITS() view returns(uint256)
func (disputeGame *DisputeGame) PackFANOUTBITS() []byte {
	enc, err := disputeGame.abi.Pack("FANOUT_BITS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFANOUTBITS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4e2dfc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FANOUT_BITS() view returns(uint256)
func (disputeGame *DisputeGame) TryPackFANOUTBITS() ([]byte, error) {
	return disputeGame.abi.Pack("FANOUT_BITS")
}

// UnpackFANOUTBITS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b4e2dfc.
//
// Solidity: function FANOUT_BITS() view returns(uint256)
func (disputeGame *DisputeGame) UnpackFANOUTBITS(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("FANOUT_BITS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTERMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb647a66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TERMS() view returns(uint256)
func (disputeGame *DisputeGame) PackMAXTERMS() []byte {
	enc, err := disputeGame.abi.Pack("MAX_TERMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTERMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb647a66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TERMS() view returns(uint256)
func (disputeGame *DisputeGame) TryPackMAXTERMS() ([]byte, error) {
	return disputeGame.abi.Pack("MAX_TERMS")
}

// UnpackMAXTERMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb647a66.
//
// Solidity: function MAX_TERMS() view returns(uint256)
func (disputeGame *DisputeGame) UnpackMAXTERMS(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("MAX_TERMS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOVERFLOWED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb535aa4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OVERFLOWED() view returns(int256)
func (disputeGame *DisputeGame) PackOVERFLOWED() []byte {
	enc, err := disputeGame.abi.Pack("OVERFLOWED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOVERFLOWED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb535aa4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OVERFLOWED() view returns(int256)
func (disputeGame *DisputeGame) TryPackOVERFLOWED() ([]byte, error) {
	return disputeGame.abi.Pack("OVERFLOWED")
}

// UnpackOVERFLOWED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb535aa4.
//
// Solidity: function OVERFLOWED() view returns(int256)
func (disputeGame *DisputeGame) UnpackOVERFLOWED(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("OVERFLOWED", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balances(address account) view returns(uint256)
func (disputeGame *DisputeGame) PackBalances(account common.Address) []byte {
	enc, err := disputeGame.abi.Pack("balances", account)
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
func (disputeGame *DisputeGame) TryPackBalances(account common.Address) ([]byte, error) {
	return disputeGame.abi.Pack("balances", account)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address account) view returns(uint256)
func (disputeGame *DisputeGame) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("balances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68b9da37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 requestId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) ) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) PackChallenge(requestId *big.Int, arg1 GameProofsLayout) []byte {
	enc, err := disputeGame.abi.Pack("challenge", requestId, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68b9da37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 requestId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) ) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) TryPackChallenge(requestId *big.Int, arg1 GameProofsLayout) ([]byte, error) {
	return disputeGame.abi.Pack("challenge", requestId, arg1)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68b9da37.
//
// Solidity: function challenge(uint256 requestId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) ) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) UnpackChallenge(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("challenge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52305151.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeBond() view returns(uint256)
func (disputeGame *DisputeGame) PackChallengeBond() []byte {
	enc, err := disputeGame.abi.Pack("challengeBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52305151.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeBond() view returns(uint256)
func (disputeGame *DisputeGame) TryPackChallengeBond() ([]byte, error) {
	return disputeGame.abi.Pack("challengeBond")
}

// UnpackChallengeBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52305151.
//
// Solidity: function challengeBond() view returns(uint256)
func (disputeGame *DisputeGame) UnpackChallengeBond(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("challengeBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint64)
func (disputeGame *DisputeGame) PackClock() []byte {
	enc, err := disputeGame.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint64)
func (disputeGame *DisputeGame) TryPackClock() ([]byte, error) {
	return disputeGame.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint64)
func (disputeGame *DisputeGame) UnpackClock(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("clock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCloseStale is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17c829e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeStale(uint256 gameId) returns()
func (disputeGame *DisputeGame) PackCloseStale(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("closeStale", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseStale is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17c829e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeStale(uint256 gameId) returns()
func (disputeGame *DisputeGame) TryPackCloseStale(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("closeStale", gameId)
}

// PackDisputeBias is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x029f055c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeBias(uint256 gameId, int256[] points, bytes desc, (bytes32,bytes32[])[] , (uint8,uint64,int64[4],bytes32[])[] ) returns()
func (disputeGame *DisputeGame) PackDisputeBias(gameId *big.Int, points []*big.Int, desc []byte, arg3 []GameProofsSlotOpening, arg4 []GameProofsLeafOpening) []byte {
	enc, err := disputeGame.abi.Pack("disputeBias", gameId, points, desc, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeBias is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x029f055c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeBias(uint256 gameId, int256[] points, bytes desc, (bytes32,bytes32[])[] , (uint8,uint64,int64[4],bytes32[])[] ) returns()
func (disputeGame *DisputeGame) TryPackDisputeBias(gameId *big.Int, points []*big.Int, desc []byte, arg3 []GameProofsSlotOpening, arg4 []GameProofsLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("disputeBias", gameId, points, desc, arg3, arg4)
}

// PackDisputeEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b6c5abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeEnd(uint256 gameId, uint256 index, bytes32 state, bytes32[] proof, uint256 gap, bytes32[] gapProof) returns()
func (disputeGame *DisputeGame) PackDisputeEnd(gameId *big.Int, index *big.Int, state [32]byte, proof [][32]byte, gap *big.Int, gapProof [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("disputeEnd", gameId, index, state, proof, gap, gapProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b6c5abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeEnd(uint256 gameId, uint256 index, bytes32 state, bytes32[] proof, uint256 gap, bytes32[] gapProof) returns()
func (disputeGame *DisputeGame) TryPackDisputeEnd(gameId *big.Int, index *big.Int, state [32]byte, proof [][32]byte, gap *big.Int, gapProof [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("disputeEnd", gameId, index, state, proof, gap, gapProof)
}

// PackDisputeInitialState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d816091.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeInitialState(uint256 gameId, bytes32 first, bytes32[] firstProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) , bytes32[] , uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) PackDisputeInitialState(gameId *big.Int, first [32]byte, firstProof [][32]byte, arg3 GameProofsLayout, arg4 [][32]byte, nonce *big.Int, input []byte) []byte {
	enc, err := disputeGame.abi.Pack("disputeInitialState", gameId, first, firstProof, arg3, arg4, nonce, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeInitialState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d816091.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeInitialState(uint256 gameId, bytes32 first, bytes32[] firstProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) , bytes32[] , uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) TryPackDisputeInitialState(gameId *big.Int, first [32]byte, firstProof [][32]byte, arg3 GameProofsLayout, arg4 [][32]byte, nonce *big.Int, input []byte) ([]byte, error) {
	return disputeGame.abi.Pack("disputeInitialState", gameId, first, firstProof, arg3, arg4, nonce, input)
}

// PackDisputeInvalidInputClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee853f49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeInvalidInputClaim(uint256 gameId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) , uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) PackDisputeInvalidInputClaim(gameId *big.Int, arg1 GameProofsLayout, nonce *big.Int, input []byte) []byte {
	enc, err := disputeGame.abi.Pack("disputeInvalidInputClaim", gameId, arg1, nonce, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeInvalidInputClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee853f49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeInvalidInputClaim(uint256 gameId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) , uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) TryPackDisputeInvalidInputClaim(gameId *big.Int, arg1 GameProofsLayout, nonce *big.Int, input []byte) ([]byte, error) {
	return disputeGame.abi.Pack("disputeInvalidInputClaim", gameId, arg1, nonce, input)
}

// PackDisputeOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa084500a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeOutput(uint256 gameId, bytes32 last, bytes32[] lastProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) , (bytes32,bytes32[])[] ) returns()
func (disputeGame *DisputeGame) PackDisputeOutput(gameId *big.Int, last [32]byte, lastProof [][32]byte, arg3 GameProofsLayout, arg4 []GameProofsSlotOpening) []byte {
	enc, err := disputeGame.abi.Pack("disputeOutput", gameId, last, lastProof, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa084500a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeOutput(uint256 gameId, bytes32 last, bytes32[] lastProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) , (bytes32,bytes32[])[] ) returns()
func (disputeGame *DisputeGame) TryPackDisputeOutput(gameId *big.Int, last [32]byte, lastProof [][32]byte, arg3 GameProofsLayout, arg4 []GameProofsSlotOpening) ([]byte, error) {
	return disputeGame.abi.Pack("disputeOutput", gameId, last, lastProof, arg3, arg4)
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) PackGameCount() []byte {
	enc, err := disputeGame.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) TryPackGameCount() ([]byte, error) {
	return disputeGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint32,uint8,bool,bool,bool,bool,uint16,uint16,address,uint64,uint64,uint64,uint32,bytes32,bytes32,uint32,uint32,uint32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,uint64,int64,uint64,uint64,int256,int256,bytes32))
func (disputeGame *DisputeGame) PackGetGame(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("getGame", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f77bcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint32,uint8,bool,bool,bool,bool,uint16,uint16,address,uint64,uint64,uint64,uint32,bytes32,bytes32,uint32,uint32,uint32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,uint64,int64,uint64,uint64,int256,int256,bytes32))
func (disputeGame *DisputeGame) TryPackGetGame(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getGame", gameId)
}

// UnpackGetGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f77bcc.
//
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint32,uint8,bool,bool,bool,bool,uint16,uint16,address,uint64,uint64,uint64,uint32,bytes32,bytes32,uint32,uint32,uint32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint8,uint8,bytes32,bytes32,uint64,int64,uint64,uint64,int256,int256,bytes32))
func (disputeGame *DisputeGame) UnpackGetGame(data []byte) (DisputeGameGame, error) {
	out, err := disputeGame.abi.Unpack("getGame", data)
	if err != nil {
		return *new(DisputeGameGame), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameGame)).(*DisputeGameGame)
	return out0, nil
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (disputeGame *DisputeGame) PackOracle() []byte {
	enc, err := disputeGame.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (disputeGame *DisputeGame) TryPackOracle() ([]byte, error) {
	return disputeGame.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (disputeGame *DisputeGame) UnpackOracle(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPickBatchItem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6be4dd91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pickBatchItem(uint256 gameId, bytes32[] roots, uint16 item) returns()
func (disputeGame *DisputeGame) PackPickBatchItem(gameId *big.Int, roots [][32]byte, item uint16) []byte {
	enc, err := disputeGame.abi.Pack("pickBatchItem", gameId, roots, item)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPickBatchItem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6be4dd91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pickBatchItem(uint256 gameId, bytes32[] roots, uint16 item) returns()
func (disputeGame *DisputeGame) TryPackPickBatchItem(gameId *big.Int, roots [][32]byte, item uint16) ([]byte, error) {
	return disputeGame.abi.Pack("pickBatchItem", gameId, roots, item)
}

// PackPickChild is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4aae3077.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pickChild(uint256 gameId, bytes32[] children, uint256 child) returns()
func (disputeGame *DisputeGame) PackPickChild(gameId *big.Int, children [][32]byte, child *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("pickChild", gameId, children, child)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPickChild is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4aae3077.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pickChild(uint256 gameId, bytes32[] children, uint256 child) returns()
func (disputeGame *DisputeGame) TryPackPickChild(gameId *big.Int, children [][32]byte, child *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("pickChild", gameId, children, child)
}

// PackPickSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9beb5bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pickSegment(uint256 gameId, int256[] points, uint256 k) returns()
func (disputeGame *DisputeGame) PackPickSegment(gameId *big.Int, points []*big.Int, k *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("pickSegment", gameId, points, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPickSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9beb5bd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pickSegment(uint256 gameId, int256[] points, uint256 k) returns()
func (disputeGame *DisputeGame) TryPackPickSegment(gameId *big.Int, points []*big.Int, k *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("pickSegment", gameId, points, k)
}

// PackPickStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8b157a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pickStates(uint256 gameId, bytes32[] roots, uint256 child) returns()
func (disputeGame *DisputeGame) PackPickStates(gameId *big.Int, roots [][32]byte, child *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("pickStates", gameId, roots, child)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPickStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8b157a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pickStates(uint256 gameId, bytes32[] roots, uint256 child) returns()
func (disputeGame *DisputeGame) TryPackPickStates(gameId *big.Int, roots [][32]byte, child *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("pickStates", gameId, roots, child)
}

// PackPickStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa41ac339.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pickStep(uint256 gameId, uint32 step, bytes32 pre, bytes32[] preProof, bytes32 post, bytes32[] postProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) , bytes , bytes32[] ) returns()
func (disputeGame *DisputeGame) PackPickStep(gameId *big.Int, step uint32, pre [32]byte, preProof [][32]byte, post [32]byte, postProof [][32]byte, arg6 GameProofsLayout, arg7 []byte, arg8 [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("pickStep", gameId, step, pre, preProof, post, postProof, arg6, arg7, arg8)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPickStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa41ac339.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pickStep(uint256 gameId, uint32 step, bytes32 pre, bytes32[] preProof, bytes32 post, bytes32[] postProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) , bytes , bytes32[] ) returns()
func (disputeGame *DisputeGame) TryPackPickStep(gameId *big.Int, step uint32, pre [32]byte, preProof [][32]byte, post [32]byte, postProof [][32]byte, arg6 GameProofsLayout, arg7 []byte, arg8 [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("pickStep", gameId, step, pre, preProof, post, postProof, arg6, arg7, arg8)
}

// PackProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x435d53f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proofs() view returns(address)
func (disputeGame *DisputeGame) PackProofs() []byte {
	enc, err := disputeGame.abi.Pack("proofs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x435d53f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proofs() view returns(address)
func (disputeGame *DisputeGame) TryPackProofs() ([]byte, error) {
	return disputeGame.abi.Pack("proofs")
}

// UnpackProofs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x435d53f2.
//
// Solidity: function proofs() view returns(address)
func (disputeGame *DisputeGame) UnpackProofs(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("proofs", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProveOneStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc14fdd59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveOneStep(uint256 gameId, uint64 j, bytes desc, (bytes32,bytes32[])[] , (uint8,uint64,int64[4],bytes32[])[] ) returns()
func (disputeGame *DisputeGame) PackProveOneStep(gameId *big.Int, j uint64, desc []byte, arg3 []GameProofsSlotOpening, arg4 []GameProofsLeafOpening) []byte {
	enc, err := disputeGame.abi.Pack("proveOneStep", gameId, j, desc, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveOneStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc14fdd59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveOneStep(uint256 gameId, uint64 j, bytes desc, (bytes32,bytes32[])[] , (uint8,uint64,int64[4],bytes32[])[] ) returns()
func (disputeGame *DisputeGame) TryPackProveOneStep(gameId *big.Int, j uint64, desc []byte, arg3 []GameProofsSlotOpening, arg4 []GameProofsLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("proveOneStep", gameId, j, desc, arg3, arg4)
}

// PackProveSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26a5f04c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveSegment(uint256 gameId, int256[] points, uint256 k, bytes desc, (bytes32,bytes32[])[] , (uint8,uint64,int64[4],bytes32[])[] ) returns()
func (disputeGame *DisputeGame) PackProveSegment(gameId *big.Int, points []*big.Int, k *big.Int, desc []byte, arg4 []GameProofsSlotOpening, arg5 []GameProofsLeafOpening) []byte {
	enc, err := disputeGame.abi.Pack("proveSegment", gameId, points, k, desc, arg4, arg5)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26a5f04c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveSegment(uint256 gameId, int256[] points, uint256 k, bytes desc, (bytes32,bytes32[])[] , (uint8,uint64,int64[4],bytes32[])[] ) returns()
func (disputeGame *DisputeGame) TryPackProveSegment(gameId *big.Int, points []*big.Int, k *big.Int, desc []byte, arg4 []GameProofsSlotOpening, arg5 []GameProofsLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("proveSegment", gameId, points, k, desc, arg4, arg5)
}

// PackProveTableStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48e61080.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveTableStep(uint256 gameId, uint64 j, bytes desc, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) , (bytes32,bytes32[]) , (uint8,uint64,int64[4],bytes32[]) , (int64,uint8,bool,uint64,bytes32,bytes32[]) , (uint8,uint64,int64[4],bytes32[])[] ) returns()
func (disputeGame *DisputeGame) PackProveTableStep(gameId *big.Int, j uint64, desc []byte, arg3 GameProofsLayout, arg4 GameProofsSlotOpening, arg5 GameProofsLeafOpening, arg6 GameProofsTableOpening, arg7 []GameProofsLeafOpening) []byte {
	enc, err := disputeGame.abi.Pack("proveTableStep", gameId, j, desc, arg3, arg4, arg5, arg6, arg7)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveTableStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48e61080.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveTableStep(uint256 gameId, uint64 j, bytes desc, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) , (bytes32,bytes32[]) , (uint8,uint64,int64[4],bytes32[]) , (int64,uint8,bool,uint64,bytes32,bytes32[]) , (uint8,uint64,int64[4],bytes32[])[] ) returns()
func (disputeGame *DisputeGame) TryPackProveTableStep(gameId *big.Int, j uint64, desc []byte, arg3 GameProofsLayout, arg4 GameProofsSlotOpening, arg5 GameProofsLeafOpening, arg6 GameProofsTableOpening, arg7 []GameProofsLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("proveTableStep", gameId, j, desc, arg3, arg4, arg5, arg6, arg7)
}

// PackRevealAccumulators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21fa2ead.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealAccumulators(uint256 gameId, int256[] points, bytes desc) returns()
func (disputeGame *DisputeGame) PackRevealAccumulators(gameId *big.Int, points []*big.Int, desc []byte) []byte {
	enc, err := disputeGame.abi.Pack("revealAccumulators", gameId, points, desc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealAccumulators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21fa2ead.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealAccumulators(uint256 gameId, int256[] points, bytes desc) returns()
func (disputeGame *DisputeGame) TryPackRevealAccumulators(gameId *big.Int, points []*big.Int, desc []byte) ([]byte, error) {
	return disputeGame.abi.Pack("revealAccumulators", gameId, points, desc)
}

// PackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b6bd39e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealBatch(uint256 gameId, bytes32[] roots) returns()
func (disputeGame *DisputeGame) PackRevealBatch(gameId *big.Int, roots [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("revealBatch", gameId, roots)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b6bd39e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealBatch(uint256 gameId, bytes32[] roots) returns()
func (disputeGame *DisputeGame) TryPackRevealBatch(gameId *big.Int, roots [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("revealBatch", gameId, roots)
}

// PackRevealNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3526cfab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealNodes(uint256 gameId, bytes32[] children) returns()
func (disputeGame *DisputeGame) PackRevealNodes(gameId *big.Int, children [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("revealNodes", gameId, children)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3526cfab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealNodes(uint256 gameId, bytes32[] children) returns()
func (disputeGame *DisputeGame) TryPackRevealNodes(gameId *big.Int, children [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("revealNodes", gameId, children)
}

// PackRevealSlots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c3f2e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealSlots(uint256 gameId, bytes32[] pre, bytes32[] post) returns()
func (disputeGame *DisputeGame) PackRevealSlots(gameId *big.Int, pre [][32]byte, post [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("revealSlots", gameId, pre, post)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealSlots is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c3f2e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealSlots(uint256 gameId, bytes32[] pre, bytes32[] post) returns()
func (disputeGame *DisputeGame) TryPackRevealSlots(gameId *big.Int, pre [][32]byte, post [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("revealSlots", gameId, pre, post)
}

// PackRevealStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x949d8bac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealStates(uint256 gameId, bytes32[] roots) returns()
func (disputeGame *DisputeGame) PackRevealStates(gameId *big.Int, roots [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("revealStates", gameId, roots)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealStates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x949d8bac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealStates(uint256 gameId, bytes32[] roots) returns()
func (disputeGame *DisputeGame) TryPackRevealStates(gameId *big.Int, roots [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("revealStates", gameId, roots)
}

// PackTallyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0554d003.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tallyOf(uint256 requestId, uint32 proposal) view returns((uint64,bool,uint128))
func (disputeGame *DisputeGame) PackTallyOf(requestId *big.Int, proposal uint32) []byte {
	enc, err := disputeGame.abi.Pack("tallyOf", requestId, proposal)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTallyOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0554d003.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tallyOf(uint256 requestId, uint32 proposal) view returns((uint64,bool,uint128))
func (disputeGame *DisputeGame) TryPackTallyOf(requestId *big.Int, proposal uint32) ([]byte, error) {
	return disputeGame.abi.Pack("tallyOf", requestId, proposal)
}

// UnpackTallyOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0554d003.
//
// Solidity: function tallyOf(uint256 requestId, uint32 proposal) view returns((uint64,bool,uint128))
func (disputeGame *DisputeGame) UnpackTallyOf(data []byte) (DisputeGameTally, error) {
	out, err := disputeGame.abi.Unpack("tallyOf", data)
	if err != nil {
		return *new(DisputeGameTally), err
	}
	out0 := *abi.ConvertType(out[0], new(DisputeGameTally)).(*DisputeGameTally)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 gameId) returns()
func (disputeGame *DisputeGame) PackTimeout(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("timeout", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 gameId) returns()
func (disputeGame *DisputeGame) TryPackTimeout(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("timeout", gameId)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (disputeGame *DisputeGame) PackWithdraw() []byte {
	enc, err := disputeGame.abi.Pack("withdraw")
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
func (disputeGame *DisputeGame) TryPackWithdraw() ([]byte, error) {
	return disputeGame.abi.Pack("withdraw")
}

// DisputeGameAccumulatorsRevealed represents a AccumulatorsRevealed event raised by the DisputeGame contract.
type DisputeGameAccumulatorsRevealed struct {
	GameId *big.Int
	Lo     uint64
	Hi     uint64
	Points []*big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameAccumulatorsRevealedEventName = "AccumulatorsRevealed"

// ContractEventName returns the user-defined event name.
func (DisputeGameAccumulatorsRevealed) ContractEventName() string {
	return DisputeGameAccumulatorsRevealedEventName
}

// UnpackAccumulatorsRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccumulatorsRevealed(uint256 indexed gameId, uint64 lo, uint64 hi, int256[] points)
func (disputeGame *DisputeGame) UnpackAccumulatorsRevealedEvent(log *types.Log) (*DisputeGameAccumulatorsRevealed, error) {
	event := "AccumulatorsRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameAccumulatorsRevealed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameBatchRevealed represents a BatchRevealed event raised by the DisputeGame contract.
type DisputeGameBatchRevealed struct {
	GameId *big.Int
	Roots  [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameBatchRevealedEventName = "BatchRevealed"

// ContractEventName returns the user-defined event name.
func (DisputeGameBatchRevealed) ContractEventName() string {
	return DisputeGameBatchRevealedEventName
}

// UnpackBatchRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchRevealed(uint256 indexed gameId, bytes32[] roots)
func (disputeGame *DisputeGame) UnpackBatchRevealedEvent(log *types.Log) (*DisputeGameBatchRevealed, error) {
	event := "BatchRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameBatchRevealed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameChildPicked represents a ChildPicked event raised by the DisputeGame contract.
type DisputeGameChildPicked struct {
	GameId *big.Int
	Child  *big.Int
	Node   [32]byte
	Height uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameChildPickedEventName = "ChildPicked"

// ContractEventName returns the user-defined event name.
func (DisputeGameChildPicked) ContractEventName() string {
	return DisputeGameChildPickedEventName
}

// UnpackChildPickedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChildPicked(uint256 indexed gameId, uint256 child, bytes32 node, uint8 height)
func (disputeGame *DisputeGame) UnpackChildPickedEvent(log *types.Log) (*DisputeGameChildPicked, error) {
	event := "ChildPicked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameChildPicked)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameGameResolved represents a GameResolved event raised by the DisputeGame contract.
type DisputeGameGameResolved struct {
	GameId      *big.Int
	ProposerWon bool
	Reason      uint8
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameResolvedEventName = "GameResolved"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameResolved) ContractEventName() string {
	return DisputeGameGameResolvedEventName
}

// UnpackGameResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameResolved(uint256 indexed gameId, bool proposerWon, uint8 reason)
func (disputeGame *DisputeGame) UnpackGameResolvedEvent(log *types.Log) (*DisputeGameGameResolved, error) {
	event := "GameResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameGameResolved)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameGameStarted represents a GameStarted event raised by the DisputeGame contract.
type DisputeGameGameStarted struct {
	GameId     *big.Int
	RequestId  *big.Int
	Challenger common.Address
	Proposer   common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameStartedEventName = "GameStarted"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameStarted) ContractEventName() string {
	return DisputeGameGameStartedEventName
}

// UnpackGameStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameStarted(uint256 indexed gameId, uint256 indexed requestId, address indexed challenger, address proposer)
func (disputeGame *DisputeGame) UnpackGameStartedEvent(log *types.Log) (*DisputeGameGameStarted, error) {
	event := "GameStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameGameStarted)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameNodesRevealed represents a NodesRevealed event raised by the DisputeGame contract.
type DisputeGameNodesRevealed struct {
	GameId   *big.Int
	Children [][32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGameNodesRevealedEventName = "NodesRevealed"

// ContractEventName returns the user-defined event name.
func (DisputeGameNodesRevealed) ContractEventName() string {
	return DisputeGameNodesRevealedEventName
}

// UnpackNodesRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodesRevealed(uint256 indexed gameId, bytes32[] children)
func (disputeGame *DisputeGame) UnpackNodesRevealedEvent(log *types.Log) (*DisputeGameNodesRevealed, error) {
	event := "NodesRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameNodesRevealed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameSlotsRevealed represents a SlotsRevealed event raised by the DisputeGame contract.
type DisputeGameSlotsRevealed struct {
	GameId *big.Int
	Pre    [][32]byte
	Post   [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameSlotsRevealedEventName = "SlotsRevealed"

// ContractEventName returns the user-defined event name.
func (DisputeGameSlotsRevealed) ContractEventName() string {
	return DisputeGameSlotsRevealedEventName
}

// UnpackSlotsRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotsRevealed(uint256 indexed gameId, bytes32[] pre, bytes32[] post)
func (disputeGame *DisputeGame) UnpackSlotsRevealedEvent(log *types.Log) (*DisputeGameSlotsRevealed, error) {
	event := "SlotsRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameSlotsRevealed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameStatesRevealed represents a StatesRevealed event raised by the DisputeGame contract.
type DisputeGameStatesRevealed struct {
	GameId *big.Int
	Roots  [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameStatesRevealedEventName = "StatesRevealed"

// ContractEventName returns the user-defined event name.
func (DisputeGameStatesRevealed) ContractEventName() string {
	return DisputeGameStatesRevealedEventName
}

// UnpackStatesRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StatesRevealed(uint256 indexed gameId, bytes32[] roots)
func (disputeGame *DisputeGame) UnpackStatesRevealedEvent(log *types.Log) (*DisputeGameStatesRevealed, error) {
	event := "StatesRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameStatesRevealed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameStepPicked represents a StepPicked event raised by the DisputeGame contract.
type DisputeGameStepPicked struct {
	GameId *big.Int
	Step   uint32
	Pre    [32]byte
	Post   [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameStepPickedEventName = "StepPicked"

// ContractEventName returns the user-defined event name.
func (DisputeGameStepPicked) ContractEventName() string {
	return DisputeGameStepPickedEventName
}

// UnpackStepPickedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepPicked(uint256 indexed gameId, uint32 step, bytes32 pre, bytes32 post)
func (disputeGame *DisputeGame) UnpackStepPickedEvent(log *types.Log) (*DisputeGameStepPicked, error) {
	event := "StepPicked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisputeGameStepPicked)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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
func (disputeGame *DisputeGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadOpening"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadOpeningError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BondMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBondMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return disputeGame.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidOpening"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidOpeningError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotChallengeable"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotChallengeableError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotOracle"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotStale"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotStaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotYourMove"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotYourMoveError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["StaleGame"].ID.Bytes()[:4]) {
		return disputeGame.UnpackStaleGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return disputeGame.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeGameBadIndex represents a BadIndex error raised by the DisputeGame contract.
type DisputeGameBadIndex struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex()
func DisputeGameBadIndexErrorID() common.Hash {
	return common.HexToHash("0xef3ff4ae98adc6e91ac3ae5100013214d21e590d7c770722dde1c75c6d6371bd")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex()
func (disputeGame *DisputeGame) UnpackBadIndexError(raw []byte) (*DisputeGameBadIndex, error) {
	out := new(DisputeGameBadIndex)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadOpening represents a BadOpening error raised by the DisputeGame contract.
type DisputeGameBadOpening struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOpening(string what)
func DisputeGameBadOpeningErrorID() common.Hash {
	return common.HexToHash("0x69a5669f4a643110c5d579937a36ff5d317375cd30003ecc4cfb281cf7dc0458")
}

// UnpackBadOpeningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOpening(string what)
func (disputeGame *DisputeGame) UnpackBadOpeningError(raw []byte) (*DisputeGameBadOpening, error) {
	out := new(DisputeGameBadOpening)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadOpening", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadProof represents a BadProof error raised by the DisputeGame contract.
type DisputeGameBadProof struct {
	What uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof(uint8 what)
func DisputeGameBadProofErrorID() common.Hash {
	return common.HexToHash("0x381c2d213f35ff38f950ff4ae05448e9ed10c41d8f902fc8508c18894d56a9a3")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof(uint8 what)
func (disputeGame *DisputeGame) UnpackBadProofError(raw []byte) (*DisputeGameBadProof, error) {
	out := new(DisputeGameBadProof)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBondMismatch represents a BondMismatch error raised by the DisputeGame contract.
type DisputeGameBondMismatch struct {
	Required *big.Int
	Provided *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondMismatch(uint256 required, uint256 provided)
func DisputeGameBondMismatchErrorID() common.Hash {
	return common.HexToHash("0x9750b4d662061c3fb78672c808ddb0b13d653b48576615ce11bafb4e52ac8e1d")
}

// UnpackBondMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondMismatch(uint256 required, uint256 provided)
func (disputeGame *DisputeGame) UnpackBondMismatchError(raw []byte) (*DisputeGameBondMismatch, error) {
	out := new(DisputeGameBondMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BondMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockExpired represents a ClockExpired error raised by the DisputeGame contract.
type DisputeGameClockExpired struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint256 gameId)
func DisputeGameClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xa4b6aaf4e5cc5be6e08f2b344c5c736d737f908dcd8dc031d8aa7290f48b1283")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint256 gameId)
func (disputeGame *DisputeGame) UnpackClockExpiredError(raw []byte) (*DisputeGameClockExpired, error) {
	out := new(DisputeGameClockExpired)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockRunning represents a ClockRunning error raised by the DisputeGame contract.
type DisputeGameClockRunning struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(uint256 gameId)
func DisputeGameClockRunningErrorID() common.Hash {
	return common.HexToHash("0x1c6b0349a438c16a525f1ac31d96bf659af9c473d2529f379e54c39ed3fbe663")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(uint256 gameId)
func (disputeGame *DisputeGame) UnpackClockRunningError(raw []byte) (*DisputeGameClockRunning, error) {
	out := new(DisputeGameClockRunning)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFailedCall represents a FailedCall error raised by the DisputeGame contract.
type DisputeGameFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func DisputeGameFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (disputeGame *DisputeGame) UnpackFailedCallError(raw []byte) (*DisputeGameFailedCall, error) {
	out := new(DisputeGameFailedCall)
	if err := disputeGame.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInsufficientBalance represents a InsufficientBalance error raised by the DisputeGame contract.
type DisputeGameInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func DisputeGameInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (disputeGame *DisputeGame) UnpackInsufficientBalanceError(raw []byte) (*DisputeGameInsufficientBalance, error) {
	out := new(DisputeGameInsufficientBalance)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInvalidOpening represents a InvalidOpening error raised by the DisputeGame contract.
type DisputeGameInvalidOpening struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOpening()
func DisputeGameInvalidOpeningErrorID() common.Hash {
	return common.HexToHash("0x399d2d9b53a26dc663ba55834acf43b5446f5f8b6dae32f76627a2cd208dab66")
}

// UnpackInvalidOpeningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOpening()
func (disputeGame *DisputeGame) UnpackInvalidOpeningError(raw []byte) (*DisputeGameInvalidOpening, error) {
	out := new(DisputeGameInvalidOpening)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InvalidOpening", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotChallengeable represents a NotChallengeable error raised by the DisputeGame contract.
type DisputeGameNotChallengeable struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotChallengeable(uint256 requestId)
func DisputeGameNotChallengeableErrorID() common.Hash {
	return common.HexToHash("0x8d48783fb8e2b3460be6874b2c185972b78285118cc379cec6b36b1c96f6aec4")
}

// UnpackNotChallengeableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotChallengeable(uint256 requestId)
func (disputeGame *DisputeGame) UnpackNotChallengeableError(raw []byte) (*DisputeGameNotChallengeable, error) {
	out := new(DisputeGameNotChallengeable)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotChallengeable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotOracle represents a NotOracle error raised by the DisputeGame contract.
type DisputeGameNotOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOracle(address caller)
func DisputeGameNotOracleErrorID() common.Hash {
	return common.HexToHash("0xdf4f82405d961fcad9f2ba02ce8e436cf5eedd191691916020e727d24df31ee4")
}

// UnpackNotOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOracle(address caller)
func (disputeGame *DisputeGame) UnpackNotOracleError(raw []byte) (*DisputeGameNotOracle, error) {
	out := new(DisputeGameNotOracle)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotStale represents a NotStale error raised by the DisputeGame contract.
type DisputeGameNotStale struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStale(uint256 gameId)
func DisputeGameNotStaleErrorID() common.Hash {
	return common.HexToHash("0x6f8592217015c09772de11cfee84e89fc7d965ec482b4cc3049d6436cdd2456c")
}

// UnpackNotStaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStale(uint256 gameId)
func (disputeGame *DisputeGame) UnpackNotStaleError(raw []byte) (*DisputeGameNotStale, error) {
	out := new(DisputeGameNotStale)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotStale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotYourMove represents a NotYourMove error raised by the DisputeGame contract.
type DisputeGameNotYourMove struct {
	GameId *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourMove(uint256 gameId, address caller)
func DisputeGameNotYourMoveErrorID() common.Hash {
	return common.HexToHash("0xf181c43836ddb4852f74b50641af03a84d294f336cc2ceb4e93f29acd3891f6a")
}

// UnpackNotYourMoveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourMove(uint256 gameId, address caller)
func (disputeGame *DisputeGame) UnpackNotYourMoveError(raw []byte) (*DisputeGameNotYourMove, error) {
	out := new(DisputeGameNotYourMove)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotYourMove", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNothingToWithdraw represents a NothingToWithdraw error raised by the DisputeGame contract.
type DisputeGameNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func DisputeGameNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (disputeGame *DisputeGame) UnpackNothingToWithdrawError(raw []byte) (*DisputeGameNothingToWithdraw, error) {
	out := new(DisputeGameNothingToWithdraw)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameStaleGame represents a StaleGame error raised by the DisputeGame contract.
type DisputeGameStaleGame struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleGame(uint256 gameId)
func DisputeGameStaleGameErrorID() common.Hash {
	return common.HexToHash("0x2312c3f529ea0e1dfb12974a079fe232e3cd253ee6d5f44c69787e31ef7e6632")
}

// UnpackStaleGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleGame(uint256 gameId)
func (disputeGame *DisputeGame) UnpackStaleGameError(raw []byte) (*DisputeGameStaleGame, error) {
	out := new(DisputeGameStaleGame)
	if err := disputeGame.abi.UnpackIntoInterface(out, "StaleGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongPhase represents a WrongPhase error raised by the DisputeGame contract.
type DisputeGameWrongPhase struct {
	GameId *big.Int
	Phase  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func DisputeGameWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x083a89f234e0317d5ce7ed572bfc6b4676dca2826b7b9120222ca6b80bfc9c27")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func (disputeGame *DisputeGame) UnpackWrongPhaseError(raw []byte) (*DisputeGameWrongPhase, error) {
	out := new(DisputeGameWrongPhase)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameZeroAddress represents a ZeroAddress error raised by the DisputeGame contract.
type DisputeGameZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DisputeGameZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (disputeGame *DisputeGame) UnpackZeroAddressError(raw []byte) (*DisputeGameZeroAddress, error) {
	out := new(DisputeGameZeroAddress)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
