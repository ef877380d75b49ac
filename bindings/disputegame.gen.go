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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"contractOneStepVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"clock_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumDisputeGame.Proof\",\"name\":\"what\",\"type\":\"uint8\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"BondMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracle\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"NotStale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"StaleGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"}],\"name\":\"AccumulatorsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"BatchRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"}],\"name\":\"ChildPicked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Outcome\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GameStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"NodesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"SlotsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"StatesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"StepPicked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FANOUT_BITS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OVERFLOWED\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"closeStale\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"disputeBias\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"gap\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"gapProof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeEnd\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"first\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"firstProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"disputeInitialState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"disputeInvalidInputClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"last\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"disputeOutput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"proposal\",\"type\":\"uint32\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"errorClaim\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failure\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failing\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"batchSize\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"batchIndex\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"proposerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMoveAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outSlot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"outLen\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nodeIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"childBits\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"childrenHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"int64\",\"name\":\"claimed\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"accLo\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"accHi\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"pointsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16\",\"name\":\"item\",\"type\":\"uint16\"}],\"name\":\"pickBatchItem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"}],\"name\":\"pickChild\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"pickSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"}],\"name\":\"pickStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"preProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"postProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"name\":\"pickStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"positionOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proofs\",\"outputs\":[{\"internalType\":\"contractGameProofs\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"proveOneStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"proveSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"int64\",\"name\":\"lo\",\"type\":\"int64\"},{\"internalType\":\"uint8\",\"name\":\"shift\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"overflowAbove\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"valuesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.TableOpening\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"proveTableStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"}],\"name\":\"revealAccumulators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"revealBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"revealNodes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"revealSlots\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"revealStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"proposal\",\"type\":\"uint32\"}],\"name\":\"tallyOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"open\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"slashed\",\"type\":\"bool\"},{\"internalType\":\"uint128\",\"name\":\"share\",\"type\":\"uint128\"}],\"internalType\":\"structDisputeGame.Tally\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "DisputeGame",
	Bin: "0x6101003461022957601f619eb338819003918201601f19168301916001600160401b038311848410176101fe578084926080946040528339810103126102295780516001600160a01b03811691908281036102295760208201516001600160a01b0381169190829003610229576040830151606090930151936001600160401b038516850361022957158015610221575b6102125760805260405190613d118083016001600160401b038111848210176101fe5760209284926161a2843981520301905ff080156101f35760a05260c05260e052604051615f74908161022e8239608051818181601a01528181610a8f015281816115400152818161196701528181611d5201528181611dac0152818161393201528181613b36015281816144a601528181614cc901528181614dc30152818161540601528181615be50152615eca015260a0518181816103aa0152818161085e01528181611af201528181612289015281816125810152818161293401528181612bb60152818161311c0152818161378001528181613ea0015281816140b0015281816141ee015281816145b901528181614873015281816155d60152615e23015260c051818181610b40015281816119220152818161205901528181614d9901528181615311015261552b015260e0518181816115060152611c610152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b63d92e233d60e01b5f5260045ffd5b508115610090565b5f80fdfe6080604052600436101561005d575b3615610018575f80fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316330361004a57005b63037d3e0960e61b5f523360045260245ffd5b5f5f3560e01c8063029f055c14612fa75780630554d00314612f0057806308148f7a14612ee457806317c829e514612e4d57806320c3f2e614612def57806321fa2ead14612a1957806326a5f04c1461278a57806327e235e31461274e5780632b6bd39e146127375780633526cfab146125fa5780633ccfd60b146125b0578063435d53f21461256c57806348e61080146124845780634aae3077146123515780634b4e2dfc146123355780634b6c5abe146120995780634d1975b41461207c578063523051511461204157806368b9da37146118f25780636be4dd91146116185780636d8160911461156f5780637dc0d1d01461152a57806391ddadf4146114e6578063949d8bac146113755780639beb5bd414611301578063a084500a1461127f578063a2f77bcc14610cf5578063a41ac339146106c4578063c14fdd5914610638578063d125aa5a146105ea578063db535aa4146105c7578063db647a66146105ac578063e8b157a8146105475763ee853f49146101de575061000e565b346105445736600319016080811261054257600435906024356001600160401b03811161043e57610100906003199036030112610429576064356001600160401b03811161043e57610234903690600401613211565b838552600160208190526040862090810180549094939192919060c01c60ff1661025d816132d1565b600a810361050e575060028301805460101c6001600160a01b031633036104f657610287846153e6565b6104e2576001600160401b03421690600385019081546102b36001600160401b038260401c1685613d08565b908b1561045657506001600160401b03825460b01c16806001600160401b03831611610442578b999897946103319461030061ffff99956102fa60059a9661032896613d08565b9061415f565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b60443584615e95565b0154925460e81c1691604051926020840191825260408401526040835261035960608461336d565b3660041161043e576103a6602084869551826040519586938285019863341c3cf360e21b8a526004602487013736850190838201908b8252519283915e010190815203808452018261336d565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa903d15610436573d916103e68361338e565b926103f4604051948561336d565b83523d84602085013e5b1561042d576020828051810103126104295761041f6020610426930161359f565b1590614ee3565b80f35b8280fd5b50602081519101fd5b6060916103fe565b8380fd5b63292daabd60e21b8c5260048b905260248cfd5b6001600160401b0391925016806001600160401b038316116104cf57936103288b99989794610331946001600160401b0361049761ffff9a9660059a613d08565b166001600160401b03198254161781559067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b8963292daabd60e21b5f5260045260245ffd5b632312c3f560e01b88526004879052602488fd5b631e30388760e31b8852600487905233602452604488fd5b876044918863041d44f960e11b8352600452610529816132d1565b602452fd5b634e487b7160e01b5f52602160045260245ffd5b505b80fd5b5034610544576105563661329a565b9161056084614b7f565b93600b85015460ff808260481c169160401c161461059d579184939160019561058894615cb9565b01805460ff60c01b1916600160c01b17905580f35b63779ffa5760e11b8652600486fd5b50346105445780600319360112610544576020604051818152f35b50346105445780600319360112610544576040516001600160ff1b038152602090f35b503461054457606036600319011261054457600435906001600160401b03821682036105445760206106278361061e613284565b60443591614a89565b6001600160401b0360405191168152f35b50346105445760a036600319011261054457610652613284565b6044356001600160401b03811161042957610671903690600401613211565b906064356001600160401b0381116106c0576106919036906004016131e1565b5050608435926001600160401b0384116106c0576106b66104269436906004016131e1565b5050600435614843565b8480fd5b5034610544573660031901610120811261054257600435906106e461323e565b90604435916064356001600160401b038111610cf1576107089036906004016131e1565b9390926084359360a4356001600160401b038111610ced5761072e9036906004016131e1565b60c4979197356001600160401b038111610ce557610100906003199036030112610ce95760e4356001600160401b038111610ce557610771903690600401613211565b5050610104356001600160401b038111610ce5576107939036906004016131e1565b505061079e89614b7f565b9763ffffffff8060038b015460801c16971696871015610cd6578515610cc2576107da6107ca8a615dbb565b809460048c0154968a8a89615dda565b15938415610c85575b50505050610c7157869060058601549060405191602083019081526020835261080d60408461336d565b3660041161043e5761085a6020848695518260405195869382850198632c290ee160e21b8a526004602487013736850190838201908b8252519283915e010190815203808452018261336d565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa3d15610c69573d906108998261338e565b916108a7604051938461336d565b82523d88602084013e5b15610c6157608081805181010312610c5d5785927fb41533e15513d134fc3bdaf148911ff35ccd8fee65b8651fdfecf8d4bab6d1d2928260206060940151906108fc6040820161414e565b90610914608061090d88840161414e565b920161482f565b906bffffffff000000000000000060068c019367ffffffff000000008554946001600160401b038b1b908b1b1694896001600160401b038c1b19916bffffffffffffffffffffffff191617169160201b16179160401b161717905581600789015586600889015560098801556040519182526020820152846040820152a2156109af57600101805460ff60c01b1916600360c01b1790555080f35b6001019060ff825460d81c165f146109d65750805460ff60c01b1916600d60c01b17905580f35b9050808252600160205260408220906001820191600960c01b61ffff60c01b198454161780935563ffffffff81549360a01c169183855260026020526040852063ffffffff84165f5260205260405f20916001600160401b03835416905f19820192828411610c495784546001600160401b0319166001600160401b0385161785556040515f516020615f545f395f51905f529080610a7760038c83614be1565b0390a26002015460101c6001600160a01b03908116957f000000000000000000000000000000000000000000000000000000000000000090911694853b15610c3a578760405163393d96ed60e01b81528360048201528260248201528160448201528181606481838c5af18015610c3e57610c25575b506020926044916040519889948593635dcb5b2f60e11b8552600485015260248401525af1938415610c1a578694610bde575b5090610b6484610b36610b6a94610b7097614a6b565b9481610b8c575b507f00000000000000000000000000000000000000000000000000000000000000006133ef565b92614a58565b90614bd4565b9082526003602052610b87604083209182546133ef565b905580f35b805478ffffffffffffffffffffffffffffffffff00000000000000001916604887901b78ffffffffffffffffffffffffffffffff0000000000000000001617680100000000000000001790555f610b3d565b9350906020843d602011610c12575b81610bfa6020938361336d565b81010312610c0e5792519290610b64610b20565b5f80fd5b3d9150610bed565b6040513d88823e3d90fd5b81610c2f9161336d565b610c3a57875f610aed565b8780fd5b6040513d84823e3d90fd5b634e487b7160e01b88526011600452602488fd5b8680fd5b602081519101fd5b6060906108b1565b63381c2d2160e01b87526004879052602487fd5b90919293506001870190818811610cae579088610ca495949392615dda565b155f8080806107e3565b634e487b7160e01b8c52601160045260248cfd5b63381c2d2160e01b8b52600360045260248bfd5b63779ffa5760e11b8b5260048bfd5b8a80fd5b8980fd5b8880fd5b8580fd5b5034610544576020366003190112610544576040816104a0926104808351610d1c81613351565b82815282602082015282858201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152826102c0820152826102e08201528261030082015282610320820152826103408201528261036082015282610380820152826103a0820152826103c0820152826103e08201528261040082015282610420820152826104408201528261046082015201526004358152600160205220601160405191610e2883613351565b8054835260018101546001600160a01b038116602085015260a081901c63ffffffff16604085015261ffff9060c081901c60ff16610e65816132d1565b606086015260ff8160c81c161515608086015260ff8160d01c16151560a086015260ff8160d81c16151560c086015260ff8160e01c16151560e086015260e81c166101008401526001600160401b03600282015461ffff811661012086015260018060a01b038160101c1661014086015260b01c1661016084015263ffffffff60038201546001600160401b0381166101808601526001600160401b038160401c166101a086015260801c166101c084015260048101546101e084015260058101546102008401526001600160401b03600682015463ffffffff811661022086015263ffffffff8160201c1661024086015263ffffffff8160401c1661026086015260601c1661028084015260078101546102a084015260088101546102c084015260098101546102e0840152600a81015461030084015260ff600b8201546001600160401b038116610320860152818160401c1661034086015260481c16610360840152600c810154610380840152600d8101546103a0840152600e8101546001600160401b0381166103c08501528060401c60070b6103e08501526001600160401b038160801c1661040085015260c01c610420840152600f81015461044084015260108101546104608401520154610480820152610480604051918051835260018060a01b03602082015116602084015263ffffffff60408201511660408401526060810151611077816132d1565b606084015260808101511515608084015260a0810151151560a084015260c0810151151560c084015260e0810151151560e084015261ffff6101008201511661010084015261ffff6101208201511661012084015260018060a01b03610140820151166101408401526001600160401b03610160820151166101608401526001600160401b03610180820151166101808401526001600160401b036101a0820151166101a084015263ffffffff6101c0820151166101c08401526101e08101516101e084015261020081015161020084015263ffffffff6102208201511661022084015263ffffffff6102408201511661024084015263ffffffff610260820151166102608401526001600160401b03610280820151166102808401526102a08101516102a08401526102c08101516102c08401526102e08101516102e08401526103008101516103008401526001600160401b036103208201511661032084015260ff6103408201511661034084015260ff610360820151166103608401526103808101516103808401526103a08101516103a08401526001600160401b036103c0820151166103c08401526103e081015160070b6103e08401526001600160401b03610400820151166104008401526001600160401b03610420820151166104208401526104408101516104408401526104608101516104608401520151610480820152f35b50346105445760a0366003190112610544576044356001600160401b038111610542576112b09036906004016131e1565b6064356001600160401b03811161043e5761010090600319903603011261042957608435916001600160401b03831161043e576112f46104269336906004016131e1565b505060243560043561443e565b5034610544576113206113276113163661329a565b9294909194614ad1565b93846156af565b60206001600160401b03611348600e840154828160801c169060c01c613d08565b16111561136657600101805460ff60c01b1916600760c01b17905580f35b63779ffa5760e11b8252600482fd5b50346105445761138436613251565b8284526001602081905260408520908101805491959493929160c081901c60ff166113ae816132d1565b600181036114cb57506001600160a01b031633036114b3576113cf866153e6565b61149f576001600160401b034216600387016113f86001600160401b03825460401c1683613d08565b60028901906001600160401b03825460b01c16806001600160401b0383161161148b5761145c9487946103008a956102fa7f8e163fb447c81b49e166afcca0b92f7603c31dfe6daf2965839e33567055e1959d9e9f9661145796613d08565b615790565b805460ff60c01b1916600160c11b1790556040516020808252909283926114859284019161357b565b0390a280f35b63292daabd60e21b8a52600489905260248afd5b632312c3f560e01b85526004849052602485fd5b631e30388760e31b8552600484905233602452604485fd5b866044918763041d44f960e11b8352600452610529816132d1565b503461054457806003193601126105445760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346105445780600319360112610544576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346105445760e0366003190112610544576044356001600160401b038111610542576115a09036906004016131e1565b906064356001600160401b03811161043e57610100906003199036030112610429576084356001600160401b03811161043e576115e19036906004016131e1565b505060c435916001600160401b03831161043e57611606610426933690600401613211565b92909160a4359160243560043561419e565b503461054457606036600319011261054457600435906024356001600160401b0381116105425761164d9036906004016131e1565b60443561ffff8116928382036106c0578585526001602081905260408620908101805490959060c01c60ff16611682816132d1565b600c81036118d7575060028201805490989060101c6001600160a01b031633036118c1576116af836153e6565b6118af576001600160401b0342169060038401908154906116dc6001600160401b038360401c1685613d08565b918b1561186b57506001600160401b038c5460b01c1690816001600160401b03841611611859575061171661171c94939261030092613d08565b8c61415f565b604051602081019061174181611733848a89613d28565b03601f19810183528261336d565b51902097600c83019889540361184557858210801590611832575b6118235791600a611793838a9b94956117c79a9b9661ffff19825416179055611786818a896133df565b35600485015588876133df565b359101555560ff855460d01c1692836117db575b5050835460ff60d81b191691151560d81b60ff60d81b1691909117835550565b805460ff60c01b1916600160c01b17905580f35b82935061ffff6117ec82939461418a565b1614928315611801575b5050505f80806117a7565b611819935061181261ffff9161418a565b16916133df565b35155f80806117f6565b63779ffa5760e11b8852600488fd5b5061183e8287866133df565b351561175c565b63381c2d2160e01b88526002600452602488fd5b63292daabd60e21b8c5260045260248bfd5b6001600160401b031690816001600160401b0384161161189d575061049761171c9493926001600160401b0392613d08565b63292daabd60e21b5f5260045260245ffd5b632312c3f560e01b8852600452602487fd5b631e30388760e31b885260045233602452604487fd5b876044918a63041d44f960e11b8352600452610529816132d1565b506040366003190112610544576024356001600160401b03811161054257610100906003199036030112610544577f000000000000000000000000000000000000000000000000000000000000000080340361202b57506040516326622a8d60e01b81526004803590820152610140816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610c3e578291611f21575b5080516005811015611f0d5760011901611ed25760a0810151151580611efa575b80611ee7575b611ed25764ffffffffff604082015116421015611ed2578154905f198214611ebe5760018281018085558452602081815260408086206004803582556060860151948201805460808801516001600160c01b031982166001600160a01b039890981697881760a09190911b63ffffffff60a01b1690811790925560028401805462010000600160b01b0319163360101b62010000600160b01b031617905560e088015192840192909255610100870151600d840155610120870151600584015592519397949193611a97898261336d565b85815236600411610cf1578581819251611aee8c6040518093828080840197630f048e9360e31b8952600319360160046024870137368501908282018b8152815193849201905e010190815203808452018261336d565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa923d15611eb6573d93611b2e8561338e565b94611b3c604051968761336d565b85523d878b87013e5b15611eaf57604084805181010312610cf157611b6760408a860151950161414e565b9361012088015103611e9b5760038501805463ffffffff60801b1916608086901b63ffffffff60801b161790558887015160a0880151611c5795611c3995611c349563ffffffff959294611c249460ff9460e89290921b61ffff60e81b16929015158e81611e88575b5060ff60d81b19600166ffff000000000160c01b031990921690941760d086811b199190911692909217929092179215158416811b92909217908116911c909116151560d81b60ff60d81b16176001880155565b60e0880151600a870155166135ac565b615640565b600b83019060ff60401b82549160401b169060ff60401b1916179055565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000611c8d816002850161415f565b6003830180546fffffffffffffffff00000000000000001993909216929092166fffffffffffffffffffffffffffffffff19909116174260401b67ffffffffffffffff60401b1617905560a0830151151580611e76575b15611e4757600101805460ff60c01b1916600560c11b1790555b6004358152600284526040812063ffffffff80608085015116165f52845260405f206001600160401b03611d34818354166135ac565b82546001600160401b0319169116179055608082015163ffffffff167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b156105425760405163393d96ed60e01b815260048035908201526024810191909152600160448201528181606481837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af18015610c3e57611e32575b5050606001516040516001600160a01b03909116815233906004359060018401907f9f0b80476ce7b05cfe8b0800d21f0b0f2704c8eb948fa5d5e87997ec901f96d1908690a4600160405191018152f35b611e3d82809261336d565b6105445780611de1565b611e6890600161ffff8786015116115f14611e6d576001600b915b016135ca565b611cfe565b60018091611e62565b50600161ffff60c08501511614611ce4565b60c0015161ffff1660021490508e611bd0565b63381c2d2160e01b86526006600452602486fd5b8351898501fd5b606093611b45565b634e487b7160e01b83526011600452602483fd5b638d48783f60e01b8252600480359052602482fd5b50600261ffff60c08301511614156119c6565b50600161ffff60c08301511614156119c0565b634e487b7160e01b83526021600452602483fd5b9050610140813d8211612023575b81611f3d610140938361336d565b81010312610542576040519061014082018281106001600160401b0382111761200f576040528051600581101561043e578252611f7c6020820161413f565b6020830152604081015164ffffffffff8116810361043e5760408301526060810151906001600160a01b038216820361043e57610120916060840152611fc46080820161414e565b6080840152611fd560a0820161359f565b60a0840152611fe660c0820161413f565b60c084015260e081015160e084015261010081015161010084015201516101208201525f61199f565b634e487b7160e01b84526041600452602484fd5b3d9150611f2f565b634ba85a6b60e11b825260045234602452604490fd5b503461054457806003193601126105445760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b503461054457806003193601126105445760209054604051908152f35b50346105445760c0366003190112610544576004356044356024356064356001600160401b0381116106c0576120d39036906004016131e1565b9260843560a4356001600160401b038111610c3a576120f69036906004016131e1565b92909561210288614b7f565b948215612326576121269061211687615dbb565b9283918960048a01549687615dda565b156123125783612212575050505061216491925060ff600163ffffffff600384015460801c1692015460d81c165f146122095760ff855b16906133ef565b11611366575b808252600160205260408220906001820191600960c01b61ffff60c01b198454161780935563ffffffff81549360a01c169183855260026020526040852063ffffffff84165f5260205260405f20916001600160401b03835416905f19820192828411610c495784546001600160401b0319166001600160401b0385161785556040515f516020615f545f395f51905f529080610a7760048c83614be1565b60ff600161215d565b91809450949092941094851595612241575b50505050501561216a5763381c2d2160e01b825260048052602482fd5b602094955061227d90604051968795869563289a6e9760e11b875260048701528a6024870152604486015260a0606486015260a485019161357b565b608483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156123075783916122cd575b50155f80808080612224565b90506020813d6020116122ff575b816122e86020938361336d565b81010312610429576122f99061359f565b5f6122c1565b3d91506122db565b6040513d85823e3d90fd5b63381c2d2160e01b89526004899052602489fd5b63779ffa5760e11b8a5260048afd5b5034610544578060031936011261054457602060405160068152f35b34610c0e5761235f3661329a565b835f52600160205260405f2091600183019360ff855460c01c16600e6005101561052e5761238c816132d1565b600581036124645750600284015460101c6001600160a01b0316330361244d576123b5846153e6565b61243a576001600160401b0342166003850180546001600160401b036123e0818360401c1685613d08565b9116806001600160401b038316116104cf579661243099612419600b98958398956001600160401b0361049761241e9a9760ff9e613d08565b615cb9565b015460401c16612432576006906135ca565b005b6004906135ca565b85632312c3f560e01b5f5260045260245ffd5b85631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f52600487905261247c816132d1565b60245260445ffd5b34610c0e57610100366003190112610c0e5761249e613284565b6044356001600160401b038111610c0e576124bd903690600401613211565b906064356001600160401b038111610c0e57610100906003199036030112610c0e576084356001600160401b038111610c0e576040906003199036030112610c0e5760a4356001600160401b038111610c0e5760e0906003199036030112610c0e5760c4356001600160401b038111610c0e5760c0906003199036030112610c0e5760e435926001600160401b038411610c0e576125626124309436906004016131e1565b5050600435614006565b34610c0e575f366003190112610c0e576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610c0e575f366003190112610c0e57335f52600360205260405f205480156125eb5761243090335f5260036020525f604081205533615823565b630686827b60e51b5f5260045ffd5b34610c0e5761260836613251565b90825f52600160205260405f209160018301805460ff8160c01c16600e6004101561052e57612636816132d1565b6004810361246457506001600160a01b0316330361272057612657846153e6565b61270d576001600160401b0342169360038101906126826001600160401b03835460401c1687613d08565b9060028101906001600160401b03825460b01c16806001600160401b038516116104cf577f4c1fd9fa392a9ebad90cd5b7b6c047fd8fa8976cddb459034b3ea169a2d6156d986126df956103008a956102fa8b9861145796613d08565b805460ff60c01b1916600560c01b1790556040516020808252909283926127089284019161357b565b0390a2005b84632312c3f560e01b5f5260045260245ffd5b84631e30388760e31b5f526004523360245260445ffd5b34610c0e5761243061274836613251565b91613d43565b34610c0e576020366003190112610c0e576004356001600160a01b03811690819003610c0e575f526003602052602060405f2054604051908152f35b34610c0e57366003190160c08112610c0e576004356024356001600160401b038111610c0e576127be9036906004016131e1565b92906064356001600160401b038111610c0e576127df903690600401613211565b9290916084356001600160401b038111610c0e576128019036906004016131e1565b505060a435906001600160401b038211610c0e5761282661283c9236906004016131e1565b505061283186614ad1565b9660443591886156af565b600e8501548060c01c936001600160401b038260801c169360206001600160401b036128688789613d08565b1611612a0a576128799136916133a9565b602081519101206009870154036129f65760078601549363ffffffff600688015460201c16936001600160401b03600f8901549360405196602088019889526040880152166060860152608085015260a084015260c083015260c082526128e160e08361336d565b36600411610c0e575f926129306020848695518260405195869382850198636120303f60e01b8a526004602487013736850190838201908b8252519283915e010190815203808452018261336d565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa3d156129ee573d9061296f8261338e565b9161297d604051938461336d565b82523d5f602084013e5b15610c6157604081805181010312610c0e576124309260406129ab6020840161359f565b92015191156129bf57601001541490614e33565b600181015460e01c60ff169150816129d9575b5090614e33565b601001546001600160ff1b03149050836129d2565b606090612987565b63381c2d2160e01b5f52600160045260245ffd5b63779ffa5760e11b5f5260045ffd5b34610c0e576060366003190112610c0e576004356024356001600160401b038111610c0e57612a4c9036906004016131e1565b906044356001600160401b038111610c0e57612a6c903690600401613211565b5f858152600160208190526040909120908101805493959391929160c081901c60ff16612a98816132d1565b60078103612dd757506001600160a01b03163303612dc057612ab9836153e6565b612dad576001600160401b0342166003840190612ae36001600160401b03835460401c1682613d08565b9160028601926001600160401b03845460b01c1693846001600160401b03831611612d9a576102fa61030092612b1896613d08565b600e830154916001600160401b038360801c16928060c01c97612b3b898661568a565b9060018201808311612d86578803612a0a5760118701968754155f14612d18576009612b683687856133a9565b60208151910120910154036129f657612baa93612b886040938a8c6133df565b358351958693849363098596a560e21b85528660048601526044850191613ce8565b602483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015612d0d575f925f91612cd8575b50835460e01c60ff1615612cb05750505b612c9c5783925b6040516020810190612c2081611733888b8d8a886132db565b5190209055600160c31b60ff60c01b198254161790556040519460608601918652602086015260606040860152526080830191905f5b818110612c8657857fde0a9f87f990316a5c3a3904063985c4f761dbb1112a265fd40161526591cdd586860387a2005b8235845260209384019390920191600101612c56565b63381c2d2160e01b5f52600a60045260245ffd5b909115918215612cc2575b5050612c00565b90915060401c60070b9060070b14158880612cbb565b9050612cfd91925060403d604011612d06575b612cf5818361336d565b810190613cc1565b9190918a612bef565b503d612ceb565b6040513d5f823e3d90fd5b92505091508515612d7257600f81015487351491821592612d55575b5050612d41578392612c07565b63381c2d2160e01b5f52600c60045260245ffd5b6010919250612d659087896133df565b3591015414158880612d34565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8b63292daabd60e21b5f5260045260245ffd5b86632312c3f560e01b5f5260045260245ffd5b86631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f52600489905261247c816132d1565b34610c0e576060366003190112610c0e576024356001600160401b038111610c0e57612e1f9036906004016131e1565b604435916001600160401b038311610c0e57612e426124309336906004016131e1565b9290916004356135ee565b34610c0e576020366003190112610c0e57600435805f52600160205260405f2060ff600182015460c01c16612e81816132d1565b80158015612ed1575b612eb95750612e98816153e6565b15612ea6576124309161549b565b50636f85922160e01b5f5260045260245ffd5b63041d44f960e11b5f52600483905261247c816132d1565b50612edb816132d1565b60098114612e8a565b34610c0e576020366003190112610c0e576124306004356133fc565b34610c0e576040366003190112610c0e57612f1961323e565b5f60408051612f2781613322565b82815282602082015201526004355f52600260205263ffffffff60405f2091165f52602052606060405f206001600160801b0360405191612f6783613322565b546001600160401b03811692838152826040602083019260ff85831c1615158452019260481c168252604051938452511515602084015251166040820152f35b34610c0e57366003190160a08112610c0e576004356024356001600160401b038111610c0e57612fdb9036906004016131e1565b90926044356001600160401b038111610c0e57612ffc903690600401613211565b916064356001600160401b038111610c0e5761301c9036906004016131e1565b50506084356001600160401b038111610c0e5761303d9036906004016131e1565b505061304885614ad1565b92600e840154926001600160401b038460801c168015908115916131b3575b5061319f576130779136916133a9565b602081519101206009840154036129f6576001600160401b0363ffffffff6006600786015495015460201c169260405193602085019586526040850152166060830152606082526130c960808361336d565b36600411610c0e575f92613118602084869551826040519586938285019863af37de3360e01b8a526004602487013736850190838201908b8252519283915e010190815203808452018261336d565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa3d15613197573d906131578261338e565b91613165604051938461336d565b82523d5f602084013e5b15610c6157602081805181010312610c0e57602001519015612d725761243092351490614bfc565b60609061316f565b63381c2d2160e01b5f52600b60045260245ffd5b90506040516131d1816117338a8d60208401968b60c01c90886132db565b5190206011860154141589613067565b9181601f84011215610c0e578235916001600160401b038311610c0e576020808501948460051b010111610c0e57565b9181601f84011215610c0e578235916001600160401b038311610c0e5760208381860195010111610c0e57565b6024359063ffffffff82168203610c0e57565b906040600319830112610c0e5760043591602435906001600160401b038211610c0e57613280916004016131e1565b9091565b602435906001600160401b0382168203610c0e57565b906060600319830112610c0e5760043591602435906001600160401b038211610c0e576132c9916004016131e1565b909160443590565b600e111561052e57565b6001600160c01b031960c092831b811682529290911b9091166008820152601001915f5b81811061330c5750505090565b82358452602093840193909201916001016132ff565b606081019081106001600160401b0382111761333d57604052565b634e487b7160e01b5f52604160045260245ffd5b6104a081019081106001600160401b0382111761333d57604052565b90601f801991011681019081106001600160401b0382111761333d57604052565b6001600160401b03811161333d57601f01601f191660200190565b9291926133b58261338e565b916133c3604051938461336d565b829481845281830111610c0e578281602093845f960137010152565b9190811015612d725760051b0190565b91908201809211612d8657565b805f52600160205260405f2060ff600182015460c01c169061341d826132d1565b81158015613568575b61355057613433816153e6565b61354557613440826132d1565b60018214918215613530575b821561351b575b8215613506575b82156134f1575b82156134d7575b506134989082156134c0576001600160401b0380600381600285015460b01c16935b015460401c169116906133ef565b4211156134ad57906134ab911590614f93565b565b50631c6b034960e01b5f5260045260245ffd5b6001600160401b038060038181850154169361348a565b613498919250600d906134e9816132d1565b149190613468565b91506134fc826132d1565b600b821491613461565b9150613511826132d1565b600782149161345a565b9150613526826132d1565b6004821491613453565b915061353b826132d1565b600382149161344c565b90506134ab9161549b565b509063041d44f960e11b5f5260045261247c816132d1565b50613572826132d1565b60098214613426565b81835290916001600160fb1b038311610c0e5760209260051b809284830137010190565b51908115158203610c0e57565b6001600160401b036001911601906001600160401b038211612d8657565b906135d4816132d1565b815460ff60c01b191660c09190911b60ff60c01b16179055565b949390855f52600160205260405f2091600183019485549760ff8960c01c16600e6003101561052e57613620816132d1565b60038103613caa57505f986001600160a01b03163303613c9457613643856153e6565b613c82576001600160401b0342166003860161366c6001600160401b03825460401c1683613d08565b60028801906001600160401b03825460b01c16806001600160401b03831611613c6f57916102fa610300926136a2969594613d08565b6006850195865463ffffffff8160201c1680831490811591613c64575b50612a0a576136ce82876155a9565b600788015414801590613c4d575b613c395763ffffffff90837fe00f2dd49818c2db240dad3862c6e5bf435a938affc22717741f96028d917f3660405160408152806137316137228c89604085019161357b565b82810360208401528b8b61357b565b0390a260401c1694604051630b98a6bf60e21b8152606060048201526020818061377561376260648301888861357b565b8281036003190160248401528a8a61357b565b604482018b905203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115612d0d575f91613bff575b5015613a75576137c99186916133df565b356138735750926137e76001600160401b0393600b936003966133df565b35600a8201550192811984541684555460601c16016001600160401b03811161385f576134ab93949161384a61382b673fffffffffffffff60ff9460021c16615640565b825468ff0000000000000000191660409190911b60ff60401b16178255565b5460401c1615159050612432576006906135ca565b634e487b7160e01b85526011600452602485fd5b9697955050505050508181526001602052604081206001810192600960c01b61ffff60c01b198554161780945563ffffffff82549460a01c169380845260026020526040842063ffffffff86165f5260205260405f20926001600160401b03845416905f19820193828511613a615785546001600160401b0319166001600160401b0386161786556040515f516020615f545f395f51905f52908061391a600a8b83614be1565b0390a26002015460101c6001600160a01b03908116967f000000000000000000000000000000000000000000000000000000000000000090911692833b15610c5d5760405163393d96ed60e01b8152816004820152826024820152876044820152878160648183895af18015613a5657908891613a41575b50602092916044916040519687948593635dcb5b2f60e11b8552600485015260248401525af1918215613a365785926139f8575b5092610b6a6139f49593610b6484610b366040986139e397614a6b565b9381526003602052209182546133ef565b9055565b91509391926020823d602011613a2e575b81613a166020938361336d565b81010312610c0e579051919390929190610b6a6139c6565b3d9150613a09565b6040513d87823e3d90fd5b81613a4b9161336d565b610c5d57865f613992565b6040513d8a823e3d90fd5b634e487b7160e01b87526011600452602487fd5b5050969795505050505050815f52600160205260405f206001810192600960c01b61ffff60c01b198554161780945563ffffffff82549460a01c1693805f52600260205260405f2063ffffffff86165f5260205260405f20926001600160401b03845416905f19820193828511612d865785546001600160401b0319166001600160401b0386161786556040515f516020615f545f395f51905f529080613b1e60095f83614be1565b0390a26002015460101c6001600160a01b03908116967f000000000000000000000000000000000000000000000000000000000000000090911692833b15610c0e5760405163393d96ed60e01b81528160048201528260248201525f60448201525f8160648183895af18015612d0d57613be3575b50906044602092886040519687948593635dcb5b2f60e11b8552600485015260248401525af1918215613a365785926139f8575092610b6a6139f49593610b6484610b366040986139e397614a6b565b6020929197505f613bf39161336d565b60445f97919250613b93565b90506020813d602011613c31575b81613c1a6020938361336d565b81010312610c0e57613c2b9061359f565b5f6137b8565b3d9150613c0d565b63381c2d2160e01b5f52600960045260245ffd5b50613c5885856155a9565b600888015414156136dc565b90508514155f6136bf565b8563292daabd60e21b5f5260045260245ffd5b632312c3f560e01b5f5260045260245ffd5b631e30388760e31b5f526004523360245260445ffd5b9063041d44f960e11b5f5260045261247c816132d1565b9190826040910312610c0e576020613cd88361359f565b9201518060070b8103610c0e5790565b908060209392818452848401375f828201840152601f01601f1916010190565b906001600160401b03809116911603906001600160401b038211612d8657565b91906001600160fb1b038111610c0e5760051b809282370190565b9091815f52600160205260405f2090600182019384549360ff8560c01c16600e600b101561052e57613d74816132d1565b600b8103613caa57505f946001600160a01b03163303613c9457613d97846153e6565b613c82576001600160401b03421660038501613dc06001600160401b03825460401c1683613d08565b60028701906001600160401b03825460b01c16806001600160401b03831611613c6f57916102fa61030092613df6969594613d08565b855461ffff8160e81c168403612a0a576040516020810190613e1d81611733848989613d28565b519020600486015403613ff257817fc6ac99ab2a5f055cfdca14e36d416de952f42f17f97eb7d966f835b5e46f66b26040516020815280613e6260208201898961357b565b0390a260206040518080936370f2ba4960e01b82526040600483015260ff613e8e604484018a8a61357b565b60d09290921c161515602483015203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115612d0d575f91613fb8575b5015613f15575090611733613efb600c9360405192839160208301958691613d28565b51902091015550805460ff60c01b1916600360c21b179055565b9450505050815f52600160205260405f206001810192600960c01b61ffff60c01b198554161780945563ffffffff82549460a01c1693805f52600260205260405f2063ffffffff86165f5260205260405f20926001600160401b03845416905f19820193828511612d865785546001600160401b0319166001600160401b0386161786556040515f516020615f545f395f51905f529080613b1e60025f83614be1565b90506020813d602011613fea575b81613fd36020938361336d565b81010312610c0e57613fe49061359f565b5f613ed8565b3d9150613fc6565b63381c2d2160e01b5f52600260045260245ffd5b939290916140149285615889565b929092614138576007810154600563ffffffff600684015460201c169201546040519260208401928352604084015260608301526060825261405760808361336d565b36600411610c0e578160206140ac815f9594869551604051948592818401976305797d0f60e41b895260031936016004602487013736850190838201908b8252519283915e010190815203808452018261336d565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa933d15614130573d946140ec8661338e565b956140fa604051978861336d565b86523d5f602088013e5b1561412857614120856020806134ab9798518301019101613cc1565b929091615b0d565b845160208601fd5b606094614104565b5050509050565b519061ffff82168203610c0e57565b519063ffffffff82168203610c0e57565b805467ffffffffffffffff60b01b191660b09290921b67ffffffffffffffff60b01b16919091179055565b61ffff60019116019061ffff8211612d8657565b94959390939291925f966141b187614b7f565b9460206004870154956141c388615dbb565b60405163289a6e9760e11b81526004810198909852602488018a90525f604489015260a060648901527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169793849283929161422b9160a485019161357b565b9060848301520381885afa908115612d0d575f91614404575b50156143f1576142549285615e95565b60058201549061ffff600281600186015460e81c16940154166040519360208501938452604085015260608401526060835261429160808461336d565b36600411610c0e578260206142e6815f96958796516040519485928184019763b3a13ef360e01b895260031936016004602487013736850190838201908c8252519283915e010190815203808452018261336d565b51915afa3d156143e9573d906142fb8261338e565b91614309604051938461336d565b82523d5f602084013e5b15610c6157604081805181010312610c0e5760406143336020830161359f565b9101519015614348576134ab93501490615042565b505090815f52600160205260405f206001810192600960c01b61ffff60c01b198554161780945563ffffffff82549460a01c1693805f52600260205260405f2063ffffffff86165f5260205260405f20926001600160401b03845416905f19820193828511612d865785546001600160401b0319166001600160401b0386161786556040515f516020615f545f395f51905f529080613b1e60075f83614be1565b606090614313565b63381c2d2160e01b5f525f60045260245ffd5b90506020813d602011614436575b8161441f6020938361336d565b81010312610c0e576144309061359f565b5f614244565b3d9150614412565b9091925f9261444c83614b7f565b9160018301549560ff8760d01c1661480f5790614488929160048501549263ffffffff600387015460801c169061448287615dbb565b94615dda565b156143f1578054604051631ff4f5c360e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031694905f81602481895afa908115612d0d575f91614796575b5080519060208101918220600d8501540361270d5783926145609260c09261ffff6002600582990154970154166040519788946020860198895260e81c16604085015260608401526080808401525180918160a08501528484015e5f838284010152601f801991011681010301601f19810184528361336d565b36600411610c0e578160206145b5815f959486955160405194859281840197639f368c3760e01b895260031936016004602487013736850190838201908b8252519283915e010190815203808452018261336d565b51907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa913d1561478e573d926145f58461338e565b93614603604051958661336d565b84523d5f602086013e5b1561478657604083805181010312610c0e5761463760406146306020860161359f565b940161359f565b921561464857506134ab92506150f2565b9150805f52600160205260405f20906001820193600960c01b61ffff60c01b198654161780955563ffffffff83549560a01c1692855f52600260205260405f2063ffffffff85165f5260205260405f20936001600160401b03855416915f19830194838611612d865786546001600160401b0319166001600160401b0387161787556040515f516020615f545f395f51905f5290806146e960055f83614be1565b0390a26002015460101c6001600160a01b031696833b15610c0e5760405163393d96ed60e01b81528160048201528260248201525f60448201525f8160648183895af18015612d0d57613be35750906044602092886040519687948593635dcb5b2f60e11b8552600485015260248401525af1918215613a365785926139f8575092610b6a6139f49593610b6484610b366040986139e397614a6b565b825160208401fd5b60609261460d565b90503d805f833e6147a7818361336d565b810190602081830312610c0e578051906001600160401b038211610c0e570181601f82011215610c0e578051906147dd8261338e565b926147eb604051948561336d565b82845260208383010111610c0e57815f9260208093018386015e830101525f6144e6565b63041d44f960e11b5f52600485905260c087901c60ff1661247c816132d1565b51906001600160401b0382168203610c0e57565b939291909161485481838588615889565b9591949095614a4e57604051630a19d1bd60e31b8152602060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031694909291606091849182916148b591602484019190613ce8565b0381875afa918215612d0d575f926149f8575b5060206001600160401b0383161161497a57505063ffffffff6006600783015492015460201c1691604051926020840192835260408401526040835261490f60608461336d565b36600411610c0e57826020614964815f969587965160405194859281840197630edd9c3960e41b895260031936016004602487013736850190838201908c8252519283915e010190815203808452018261336d565b51915afa933d15614130573d946140ec8661338e565b60018301805460ff60e01b191695151560e01b60ff60e01b1695909517855567ffffffffffffffff60401b60409690961b959095166001600160401b039095169490941760c09490941b6001600160c01b03191693909317600e909301929092559192506149e59050565b805460ff60c01b1916600760c01b179055565b9091506060813d606011614a46575b81614a146060938361336d565b81010312610c0e57604081614a2b614a3f9361414e565b50614a386020820161482f565b500161482f565b905f6148c8565b3d9150614a07565b5050505050509050565b81810292918115918404141715612d8657565b8115614a75570490565b634e487b7160e01b5f52601260045260245ffd5b91614abc6001600160401b0392614ab6614aaf859485614aa98986613d08565b16614a58565b918661568a565b90614a6b565b169116016001600160401b038111612d865790565b90815f52600160205260405f209160ff600184015460c01c16600e6008101561052e57614afd816132d1565b60088103613caa5750600283015460101c6001600160a01b03163303613c9457614b26836153e6565b613c82576001600160401b0342169060038401908154906001600160401b03614b54818460401c1686613d08565b921690816001600160401b0384161161189d57506104976134ab9493926001600160401b0392613d08565b90815f52600160205260405f209160ff600184015460c01c16600e6002101561052e57614bab816132d1565b60028103613caa5750600283015460101c6001600160a01b03163303613c9457614b26836153e6565b91908203918211612d8657565b901515815260408101929190601282101561052e5760200152565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612d865787546001600160401b0319166001600160401b0388161788556040515f516020615f545f395f51905f529080614cac600c8683614be1565b0390a2614d7857506002015460101c6001600160a01b03908116967f000000000000000000000000000000000000000000000000000000000000000090911692833b15610c5d5760405163393d96ed60e01b8152816004820152826024820152876044820152878160648183895af18015613a5657908891613a415750602092916044916040519687948593635dcb5b2f60e11b8552600485015260248401525af1918215613a365785926139f8575092610b6a6139f49593610b6484610b366040986139e397614a6b565b9450505092505060018060a01b039054165f52600360205260405f20614dbf7f000000000000000000000000000000000000000000000000000000000000000082546133ef565b90557f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b15610c0e5760645f9283604051958694859363393d96ed60e01b8552600485015260248401528160448401525af18015612d0d57614e295750565b5f6134ab9161336d565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612d865787546001600160401b0319166001600160401b0388161788556040515f516020615f545f395f51905f529080614cac600b8683614be1565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612d865787546001600160401b0319166001600160401b0388161788556040515f516020615f545f395f51905f529080614cac60018683614be1565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612d865787546001600160401b0319166001600160401b0388161788556040515f516020615f545f395f51905f529080614cac5f8683614be1565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612d865787546001600160401b0319166001600160401b0388161788556040515f516020615f545f395f51905f529080614cac60088683614be1565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612d865787546001600160401b0319166001600160401b0388161788556040515f516020615f545f395f51905f529080614cac60068683614be1565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612d865787546001600160401b0319166001600160401b0388161788556040515f516020615f545f395f51905f529080614cac600d8683614be1565b805f52600160205260405f206001810163ffffffff61010960c01b61ffff60c01b198354161792838355549260a01c1692825f52600260205260405f2063ffffffff85165f5260205260405f206001600160401b038154165f198101908111612d86576001600160401b03809116166001600160401b03198254161790555f516020615f545f395f51905f52604051806152ef600e600183614be1565b0390a2546001600160a01b03165f9081526003602052604090208054614dbf907f0000000000000000000000000000000000000000000000000000000000000000906133ef565b5f818152600160208181526040808420928301805461ffff60c01b191687151560c81b60ff60c81b1617600960c01b1780825584548087526002855283872060a09290921c63ffffffff168088529190945291852080549297959690955f196001600160401b0394909416938401959291848711612d865787546001600160401b0319166001600160401b0388161788556040515f516020615f545f395f51905f529080614cac60108683614be1565b805460405163016cf5e360e41b81526004810191909152906020826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215612d0d575f92615455575b5063ffffffff60018192015460a01c169116141590565b9091506020813d602011615493575b816154716020938361336d565b81010312610c0e5763ffffffff600161548a829361414e565b9392505061543e565b3d9150615464565b9060018101600960c01b60ff60c01b198254161780915581545f52600260205263ffffffff8060405f209260a01c16165f5260205260405f206001600160401b038154165f19016001600160401b038111612d86576001600160401b03166001600160401b03198254161781555460ff8160401c165f14615597576001600160801b038061554f9260481c165b167f00000000000000000000000000000000000000000000000000000000000000006133ef565b90600260018060a01b0391015460101c165f52600360205261557660405f209182546133ef565b90555f516020615f545f395f51905f52604080515f815260116020820152a2565b5061554f6001600160801b035f615528565b6020906155d2926040519384928392632347a98f60e11b8452856004850152602484019161357b565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115612d0d575f91615611575090565b90506020813d602011615638575b8161562c6020938361336d565b81010312610c0e575190565b3d915061561f565b5f91906001600160401b031660015b816001600160401b03821610615663575050565b67fffffffffffffffe60ff9160019593951b16911660ff8114612d8657600101929061564f565b61569c906001600160401b0392613d08565b1660108110156156a95790565b50601090565b92919091600e8401918254936001600160401b038560801c169460c01c60405160208101906156e5816117338787878d886132db565b51902060118801540361319f575f198301838111612d8657841015612a0a5761570f848288614a89565b855467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161785556001840193848111612d865761577861578a966157588761577f9560109b614a89565b81546001600160c01b031660c09190911b6001600160c01b031916179055565b83836133df565b35600f8701556133df565b35910155565b91600b83019182549060ff8260401c16600681105f1461581a57905b600160ff83161b8403612a0a576157c384826155a9565b600a8701540361580657600c946117339360ff60481b6157fe9460481b169060ff60481b191617905560405192839160208301958691613d28565b519020910155565b63381c2d2160e01b5f52600760045260245ffd5b506006906157ac565b814710615872575f80809381938260405161583f60208261336d565b526001600160a01b03165af11561585257565b3d15615863576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b909192935f91805f526001602052600d60ff600160405f20015460c01c166158b0816132d1565b14948515615b0557600d905b825f52600160205260405f209160018301549060ff8260c01c16906158e0816132d1565b6158e9826132d1565b8103615aed57508715615ad6576001600160a01b03165b6001600160a01b03163303615abf57615918826153e6565b615aac576001600160401b0342166003830180546159426001600160401b038260401c1684613d08565b908a15615a65575060028501906001600160401b03825460b01c16806001600160401b03831611615a525761598d9594926102fa615984959361030093613d08565b829836916133a9565b602081519101206009820154036129f65785615a255750600b8601546001600160401b0316600285901c673fffffffffffffff1603612a0a57600a86015460c08560061b1660c0039060c08211612d86576001600160401b03911c1660070b936001600160401b0380600689015460601c1691161015615a0a5750565b909492809450615a1c925015906151a2565b915f9190600190565b6001600160401b0393508392965080955060069150015460601c1691161015612a0a57906001905f905f90565b8763292daabd60e21b5f5260045260245ffd5b6001600160401b0316806001600160401b03831611615a9957916001600160401b0361049761598d96959361598495613d08565b8663292daabd60e21b5f5260045260245ffd5b82632312c3f560e01b5f5260045260245ffd5b82631e30388760e31b5f526004523360245260445ffd5b50600282015460101c6001600160a01b0316615900565b63041d44f960e11b5f52600485905261247c816132d1565b6006906158bc565b929190615c945715615b2b576134ab9260070b9060070b1490615336565b509050805f52600160205260405f20906001820190600960c01b61ffff60c01b198354161780925563ffffffff83549260a01c1690825f52600260205260405f2063ffffffff83165f5260205260405f20916001600160401b03835416945f19860192868411612d865784546001600160401b0319166001600160401b0385161785556040515f516020615f545f395f51905f529080615bcd600f5f83614be1565b0390a26002015460101c6001600160a01b03908116957f000000000000000000000000000000000000000000000000000000000000000090911691823b15610c0e576040519563393d96ed60e01b87528060048801528160248801525f965f60448201525f8160648183895af18015612d0d57613be35750906044602092886040519687948593635dcb5b2f60e11b8552600485015260248401525af1918215613a365785926139f8575092610b6a6139f49593610b6484610b366040986139e397614a6b565b91925050615ca5576134ab90615252565b63381c2d2160e01b5f52600d60045260245ffd5b93929190916040516020810190615cd581611733848688613d28565b519020600c84015403615da75780841015612a0a5783615cf791600b936133df565b3591600a810192835501916001600160401b038354818084169160ff8282169160481c161b1617166001600160401b0319845416178355825460ff808260481c169160401c16039260ff8411612d865760ff606093615d8c7f2d46eb748c91816a93a15d9fea5c38bf4956b5dc75eb5594dda0d4bb9cf13ea596849060ff60401b82549160401b169060ff60401b1916179055565b54915460401c169060405192835260208301526040820152a2565b63381c2d2160e01b5f52600860045260245ffd5b615dd6611c3463ffffffff600360ff94015460801c166135ac565b1690565b91949092615e1790602095604051978896879663289a6e9760e11b885260048801526024870152604486015260a0606486015260a485019161357b565b608483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115612d0d575f91615e5e575090565b90506020813d602011615e8d575b81615e796020938361336d565b81010312610c0e57615e8a9061359f565b90565b3d9150615e6c565b91615ea2919336916133a9565b805160209182012060405163b93f863360e01b815260048101949094526024840152826044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215612d0d575f92615f1f575b505403615f0b57565b63381c2d2160e01b5f52600560045260245ffd5b9091506020813d602011615f4b575b81615f3b6020938361336d565b81010312610c0e5751905f615f02565b3d9150615f2e56fec7faeef506ccb3ed22134420d9a9c9a491d3f466b6abba27563302e16d195a4a60a03461008d57601f613d1138819003918201601f19168301916001600160401b038311848410176100915780849260209460405283398101031261008d57516001600160a01b038116810361008d57608052604051613c6b90816100a68239608051818181610c0b01528181611126015281816112bf015281816119a701528181612257015261255f0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806319be318c1461138d57806326165a94146113515780632884aeaf146112ee5780632b7ac3f3146112aa5780632e629afc14611249578063468f531e146111c957806350ce8de81461106a5780635134dd2e146110235780635797d0f014610f2f5780636120303f14610e80578063629fddd614610e3957806370f2ba4914610df05780637750aacc14610d715780637824749814610d135780639f368c3714610c80578063af37de3314610b0a578063b0a43b84146108a8578063b388dce214610598578063b3a13ef3146104e4578063b6ac93071461046f578063d070f3cc146102e8578063edd9c390146102475763fe113a5814610116575f80fd5b34610243576020366003190112610243576004356001600160401b038111610243576101469036906004016113ed565b810190602081830312610243578035906001600160401b03821161024357019080601f830112156102435781359061017d8261158b565b9261018b604051948561156a565b82845260208085019360051b82010190838383116102435760208201905b83821061021657858760405191829160208301906020845251809152604083019060408160051b85010192915f905b8282106101e757505050500390f35b919360019193955060206102068192603f198a8203018652885161141a565b96019201920185949391926101d8565b81356001600160401b03811161024357602091610238878480948801016129c6565b8152019101906101a9565b5f80fd5b346102435760a03660031901126102435761026061146e565b6044356001600160401b0381116102435761027f9036906004016113ed565b916064356001600160401b0381116102435761029f90369060040161143e565b90608435946001600160401b038611610243576102c36102cb96369060040161143e565b959094612efe565b60408051921515835260079190910b6020830152819081015b0390f35b34610243576080366003190112610243576024356001600160401b03811161024357806004016101006003198336030112610243576064356001600160401b0381116102435761033e60409136906004016113ed565b936103476132ef565b9080949181010312610243576020830135923561036385612648565b0361044057600183111561041e5750916103a0916103b26020946040519687958695632884aeaf60e01b8752606060048801526064870190611ad5565b85810360031901602487015291612cee565b9060448301520381305afa8015610413575f906103d9575b602091505b6040519015158152f35b506020813d60201161040b575b816103f36020938361156a565b8101031261024357610406602091611a2a565b6103ca565b3d91506103e6565b6040513d5f823e3d90fd5b602094925061043a9360a4610434920190612613565b90613616565b506103cf565b6040516369a5669f60e01b81526020600482015260066024820152651b185e5bdd5d60d21b6044820152606490fd5b34610243576040366003190112610243576004356001600160401b03811161024357610100600319823603011261024357602435906001600160401b038211610243576104346104d9916104c960209436906004016113ed565b92909160a4810190600401612613565b506040519015158152f35b346102435760e0366003190112610243576044356001600160401b0381116102435761051490369060040161143e565b50506064356001600160401b038111610243576101006003198236030112610243576084356001600160401b0381116102435761055590369060040161143e565b9160c435926001600160401b038411610243576105796105849436906004016113ed565b939092600401612d5d565b604080519215158352602083019190915290f35b34610243576080366003190112610243576024356004356001600160401b03821161024357816004016101006003198436030112610243576044356001600160401b038111610243576105ef90369060040161143e565b9190936064356001600160401b038111610243576106119036906004016113ed565b608483969296019661062388866125de565b90508603610899575f95865b6106398a886125de565b905088101561067f576106776001916001600160401b03610670602061066a8f6106648f918f6125de565b90612d0e565b01611dab565b1690611df9565b97019661062f565b89959689918060031b9080820460081490151715610777578514966106b563ffffffff6106af60645f9c01611de8565b16613316565b5f995b858b106106cc5760208a6040519015158152f35b61071e8263ffffffff898c8f61071461070a828e6107046106ff8f968f610664906106f883878e612d1e565b35996125de565b611de8565b96612d1e565b6020810190611d76565b9490931691613220565b1561086557610736602061066a8d61066487896125de565b8a80610793575b61078b575b60031b906807fffffffffffffff867fffffffffffffff88316921682036107775760019161076f91611df9565b9a01996106b8565b634e487b7160e01b5f52601160045260245ffd5b5f9a50610742565b506001600160401b0381168061084e576107ad60016127d6565b905f5b8181106107d55750506107c29061313a565b6107cd8d898b612d1e565b35141561073d565b8060031b81810460081482151715610777576107f19086611df9565b6008810190818111610777576108129161080c918f8d6132d7565b906135e0565b60c01c9060c08160061b1660c00360c08111610777576108476001938360021c921b61083e83886114d7565b511791866114d7565b52016107b0565b60038101808211610777576107ad9060021c6127d6565b6040516369a5669f60e01b815260206004820152600b60248201526a1bdd5d1c1d5d081cdb1bdd60aa1b6044820152606490fd5b63399d2d9b60e01b5f5260045ffd5b34610243576101203660031901126102435760243563ffffffff8116809103610243576064356001600160401b038111610243576108ea90369060040161143e565b505060a4356001600160401b0381116102435761090b90369060040161143e565b505060c435906001600160401b038211610243578160040161010060031984360301126102435760e4356001600160401b038111610243576109519036906004016113ed565b9091610104356001600160401b0381116102435761097390369060040161143e565b61097e839293612648565b60206109886132ef565b908092918101031261024357350361044057604487019263ffffffff6109ad85611de8565b16871015610899576106af966109e6946109df63ffffffff6109d0368a8c612990565b602081519101209a8b93611de8565b9435613220565b15610ade57604051630a19d1bd60e31b8152602060048201529160609183918291610a1691602484019190612cee565b0381305afa908115610413575f905f92610a64575b509063ffffffff6001600160401b039281610a4a606460809801611de8565b604051968752166020860152166040840152166060820152f35b9150506060813d606011610ad6575b81610a806060938361156a565b810103126102435780519263ffffffff841684036102435763ffffffff8281610a4a6064608098610ac76040610ac060206001600160401b039b01611d62565b9601611d62565b50939650505050919450610a2b565b3d9150610a73565b60646040516369a5669f60e01b81526020600482015260046024820152630737465760e41b6044820152fd5b346102435760a0366003190112610243576024356001600160401b03811161024357610b3a90369060040161143e565b50506044356001600160401b03811161024357610b5b9036906004016113ed565b6064356001600160401b03811161024357610b7a90369060040161143e565b608492919235906001600160401b03821161024357610b9f606092369060040161143e565b91610ba86132ef565b90809591810103126102435760209584610bdf610bc989610be898016114a5565b99610bd660408401611484565b988101906116b2565b98899135613416565b92610c0760405194859384936367d6931b60e01b855260048501612cbc565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610413575f90610c4d575b602090604051908152f35b506020813d602011610c78575b81610c676020938361156a565b810103126102435760209051610c42565b3d9150610c5a565b346102435760a0366003190112610243576044356001600160401b03811161024357610cb090369060040161143e565b50506064356001600160401b038111610243576101006003198236030112610243576084356001600160401b03811161024357604091610cf7610d0392369060040161143e565b91600401602435612a7f565b8251911515825215156020820152f35b34610243576040366003190112610243576024356001600160401b038111610243576101006003198236030112610243578063ffffffff610d646044610d5d604095600401612648565b9301611de8565b8351928352166020820152f35b34610243576060366003190112610243576004356001600160401b038111610243576101006003198236030112610243576024356001600160401b03811161024357610dc190369060040161143e565b91604435926001600160401b03841161024357610de56105849436906004016113ed565b939092600401612818565b34610243576040366003190112610243576004356001600160401b03811161024357610e2090369060040161143e565b906024358015158103610243576020926103cf92612777565b34610243576020366003190112610243576004356001600160401b03811161024357610100600319823603011261024357610e78602091600401612648565b604051908152f35b346102435760c0366003190112610243576024356001600160401b03811161024357610eb090369060040161143e565b50506064356001600160401b03811161024357610ed19036906004016113ed565b6084356001600160401b03811161024357610ef090369060040161143e565b91909260a435926001600160401b03841161024357604094610f19610f2195369060040161143e565b949093612483565b825191151582526020820152f35b346102435761010036600319011261024357610f4961146e565b6044356001600160401b03811161024357610f689036906004016113ed565b916064356001600160401b038111610243576101006003198236030112610243576084356001600160401b03811161024357604060031982360301126102435760a435916001600160401b0383116102435760e060031984360301126102435760c435936001600160401b0385116102435760c060031986360301126102435760e435966001600160401b0388116102435761100b6102cb98369060040161143e565b97909660040195600401946004019360040192611f5b565b346102435760a0366003190112610243576064356001600160401b038111610243576103cf611058602092369060040161143e565b60843591604435602435600435613220565b34610243576020366003190112610243576004356001600160401b0381116102435761109d6110a59136906004016113ed565b8101906116b2565b5f6060820160015b60808251015180518410156110f0576110ce846001600160401b03926114d7565b5181169116026001600160401b038116908103610777576001909201916110ad565b50815151604051631ff1b32560e01b815260206004820181905263ffffffff909216918180611122602482018a61187b565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610413575f91611180575b506001600160401b039081606094604051948552166020840152166040820152f35b90506020813d6020116111c1575b8161119b6020938361156a565b81010312610243576060926001600160401b036111b88193611d62565b9250509261115e565b3d915061118e565b34610243576020366003190112610243576004356001600160401b038111610243576111f990369060040161143e565b6112028161158b565b61120f604051918261156a565b818152602081019160051b83019136831161024357602093905b83821061123a5784610e788461313a565b81358152908401908401611229565b34610243576060366003190112610243576004356001600160401b0381116102435761127990369060040161143e565b90602435906001600160401b038211610243576020926112a06103cf93369060040161143e565b9160443593611d0a565b34610243575f366003190112610243576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610243576060366003190112610243576004356001600160401b038111610243576101006003198236030112610243576024356001600160401b038111610243576020916113446103cf9236906004016113ed565b9060443592600401611c13565b34610243576040366003190112610243576004356001600160401b038111610243576113846102cb9136906004016113ed565b60243591611961565b34610243576060366003190112610243576004356001600160401b038111610243576113c06113ce9136906004016113ed565b9060443591602435916114eb565b906102e46040519283921515835260406020840152604083019061141a565b9181601f84011215610243578235916001600160401b038311610243576020838186019501011161024357565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f84011215610243578235916001600160401b038311610243576020808501948460051b01011161024357565b602435906001600160401b038216820361024357565b35906001600160401b038216820361024357565b3590811515820361024357565b359063ffffffff8216820361024357565b8051156114c35760200190565b634e487b7160e01b5f52603260045260245ffd5b80518210156114c35760209160051b010190565b906114f591612f5c565b92901590811561152f575b8115611524575b5061151b57611515916114d7565b51600191565b50505f90606090565b90508110155f611507565b83518114159150611500565b606081019081106001600160401b0382111761155657604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b0382111761155657604052565b6001600160401b0381116115565760051b60200190565b35908160070b820361024357565b9080601f830112156102435781356115c78161158b565b926115d5604051948561156a565b81845260208085019260051b82010192831161024357602001905b8282106115fd5750505090565b6020809161160a846115a2565b8152019101906115f0565b359060ff8216820361024357565b919060a083820312610243576040519060a082018281106001600160401b03821117611556576040528193611657816114a5565b835261166560208201611615565b602084015261167660408201611498565b604084015261168760608201611615565b60608401526080810135916001600160401b038311610243576080926116ad92016115b0565b910152565b602081830312610243578035906001600160401b03821161024357016080818303126102435760405191608083018381106001600160401b0382111761155657604052813561ffff8116810361024357835260208201356001600160401b03811161024357816117239184016115b0565b602084015260408201356001600160401b03811161024357820181601f820112156102435780356117538161158b565b91611761604051938461156a565b81835260208084019260051b820101918483116102435760208201905b8382106117b35750505050604084015260608201356001600160401b038111610243576117ab9201611623565b606082015290565b81356001600160401b038111610243576020916117d588848094880101611623565b81520191019061177e565b9081602091031261024357518060070b81036102435790565b90602080835192838152019201905f5b8181106118165750505090565b825160070b845260209384019390920191600101611809565b9060a060806118789363ffffffff815116845260ff602082015116602085015260408101511515604085015260ff606082015116606085015201519181608082015201906117f9565b90565b919061ffff835116815261189e60208401516080602084015260808301906117f9565b906040840151918181036040830152825180825260208201916020808360051b8301019501925f915b8383106118ea57505050505060606118789394015190606081840391015261182f565b9091929395602080611908600193601f198682030187528a5161182f565b980193019301919392906118c7565b6001600160401b03811161155657601f01601f191660200190565b3d1561195c573d9061194382611917565b91611951604051938461156a565b82523d5f602084013e565b606090565b929091602061199b6119785f965f968101906116b2565b604051938492839263b7c0f87d60e01b845260406004850152604484019061187b565b602483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f91816119f9575b506119f157506119ef6119ea611932565b613062565b565b600193509150565b611a1c91925060203d602011611a23575b611a14818361156a565b8101906117e0565b905f6119d9565b503d611a0a565b5190811515820361024357565b906001600160401b03611a5f602060409463ffffffff611a56826114a5565b16855201611484565b1660208201520190565b9060ff611acb608060a09463ffffffff611a82826114a5565b1685526001600160401b03611a9960208301611484565b16602086015283611aac60408301611615565b166040860152611abe60608201611498565b1515606086015201611615565b1660808201520190565b90610100810191803582526020810135602083015263ffffffff611afb604083016114a5565b16604083015263ffffffff611b12606083016114a5565b16606083015236819003601e1901608082013581811215610243578201602081359101946001600160401b038211610243578160061b36038613610243578190610100608087015252610120840194905f5b818110611bf85750505060a082013590811215610243578101602081359101936001600160401b0382116102435760a08202360385136102435783810360a085015281815260200193905f5b818110611bdd5750505063ffffffff611bd660e08360c08295013560c0870152016114a5565b1691015290565b90919460a0611bee60019288611a69565b9601929101611bb0565b9091956040611c0960019289611a37565b9701929101611b64565b91611c1d91612f5c565b929015908115611cee575b50611ce8575f5b8251811015611ce057611c7f6020611c4783866114d7565b516040518093819263b6ac930760e01b835260406004840152611c6d6044840189611ad5565b8381036003190160248501529061141a565b0381305afa908115610413575f91611ca7575b5015611ca057600101611c2f565b5050505f90565b90506020813d8211611cd8575b81611cc16020938361156a565b8101031261024357611cd290611a2a565b5f611c92565b3d9150611cb4565b505050600190565b50505f90565b9050825114155f611c28565b91908110156114c35760051b0190565b929390935f5b858110611d2257505050505050600190565b8281141580611d42575b611d3857600101611d10565b5050505050505f90565b50611d4e818787611cfa565b35611d5a828487611cfa565b351415611d2c565b51906001600160401b038216820361024357565b903590601e198136030182121561024357018035906001600160401b03821161024357602001918160051b3603831361024357565b356001600160401b03811681036102435790565b358060070b81036102435790565b3560ff811681036102435790565b3580151581036102435790565b3563ffffffff811681036102435790565b9190820180921161077757565b90611e108261158b565b611e1d604051918261156a565b8281528092611e2e601f199161158b565b01905f5b828110611e3e57505050565b602090604051611e4d8161153b565b5f808252838201526040516080611e64818361156a565b368237604082015282828501015201611e32565b91908110156114c35760051b8101359060de1981360301821215610243570190565b919060405192611eab60808561156a565b83906080810192831161024357905b828210611ec657505050565b60208091611ed3846115a2565b815201910190611eba565b90602080835192838152019201905f5b818110611efb5750505090565b9091926040845160ff81511683526001600160401b036020820151166020840152015160408201905f915b60048310611f425750505060c001926020019190600101611eee565b602080600192845160070b815201920192019190611f26565b92606094999795929891935f9a5f9a611f726132ef565b908099918101031261024357611f8a602089016114a5565b966040890135611f9986612648565b0361044057611faa918101906116b2565b9560408701976001895151036108995763ffffffff611ff192848b6109df611fe885611fda9935998a94516114b6565b515116936020810190611d76565b95909416613316565b15612450576020850161200381611dab565b6001600160401b03673fffffffffffffff8560021c1691160361089957612061886120719361203d61203760408b01613339565b94611dab565b936001600160401b03612069608061205860c08e018e611d76565b979096516114b6565b5101516133bc565b951691613220565b1561241d576120bb9361208389611dbf565b9160208a01988a6121446120968c611dcd565b9560408301966001600160401b036120ad89611ddb565b946080606082019d8e611dab565b9101359560ff60405194602086019660070b8752166040850152151560608401521660808201528360a082015260a081526120f760c08261156a565b519020968d60208c01986121236001600160401b036121168c516114b6565b51169260a0810190611d76565b92909160c061213c63ffffffff6106af60e08901611de8565b950135613220565b156123ef576001600160401b0361215a89611dab565b1660038101809111610777576121729060021c613316565b9061217c88611e06565b975f5b81811061231457505050505060046003821610156114c3576121b06040601a93606061ffff9460051b160101611dbf565b96511603612299575051918251600110156114c35760209560ff6001600160401b03926122096122036121fd848c6121f360406122539c015160070b9d516114b6565b510151169c611dbf565b94611dcd565b91611dab565b926040519a8b998a996364ec9b8f60e01b8b5260070b60048b015260248a0152604489015260070b60648801521660848601521660a484015260e060c484015260e4830190611ede565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f91816119f957506119f157506119ef6119ea611932565b9660209695506001600160401b039150926122cb6122036122c56122bf61225397611dbf565b98611dcd565b99611ddb565b9060ff604051998a9889986326d9100760e11b8a5260070b60048a015260070b60248901521660448701521515606486015216608484015260c060a484015260c4830190611ede565b61231f818387611e78565b9060408201612361866001600160401b0361233984613339565b95602081019661235661234b89611dab565b9260c0810190611d76565b93909216908a613220565b156123bb5761239a612374600194611dab565b916001600160401b036040519361238a8561153b565b5f85521660208401523690611e9a565b60408201526123a9828d6114d7565b526123b4818c6114d7565b500161217f565b6040516369a5669f60e01b815260206004820152600b60248201526a7461626c6520656e74727960a81b6044820152606490fd5b6040516369a5669f60e01b81526020600482015260056024820152647461626c6560d81b6044820152606490fd5b6040516369a5669f60e01b815260206004820152600a60248201526934b7383aba103632b0b360b11b6044820152606490fd5b6040516369a5669f60e01b815260206004820152600a6024820152691a5b9c1d5d081cdb1bdd60b21b6044820152606490fd5b9295939560c05f975f976124956132ef565b9080949181010312610243576124ad602084016114a5565b916124ba60408501611484565b946124c760608601611484565b986124d460808701611484565b9781016124e0916116b2565b97888635956124ee96613416565b92604051958695634ac6a6cb60e01b87526004870160c0905260c487016125149161187b565b936001600160401b031660248701526001600160401b031660448601526001600160401b0316606485015260a0013560848401526003198382030160a484015261255d91611ede565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691839103815a93602094fa5f91816125aa57506119f157506119ef6119ea611932565b9091506020813d6020116125d6575b816125c66020938361156a565b810103126102435751905f6119d9565b3d91506125b9565b903590601e198136030182121561024357018035906001600160401b03821161024357602001918160061b3603831361024357565b903590601e198136030182121561024357018035906001600160401b038211610243576020019160a082023603831361024357565b63ffffffff809161265b60408201611de8565b9061266860608201611de8565b9061267660808201826125de565b919061268560a0830183612613565b9190938061269560e08601611de8565b97604051998a9860208a019c8d936101208c01948a35905260208a013560408d01521660608b015216608089015261010060a089015252610140860191905f5b81811061275057505050848103601f190160c086015281815260200192905f5b81811061272d575050506127279360c063ffffffff92013560e08501521661010083015203601f19810183528261156a565b51902090565b91959450919260a061274160019288611a69565b960191019186949593926126f5565b9193949597965091604061276660019286611a37565b9401910191889697959493926126d5565b9181925f5b838110612794575050156127905750151590565b1490565b61279f818584611cfa565b356127be578385146127b6575b6001905b0161277c565b9350836127ac565b8385036127cd576001906127b0565b50505050505f90565b906127e08261158b565b6127ed604051918261156a565b82815280926127fe601f199161158b565b0190602036910137565b91908110156114c35760a0020190565b94939092919263ffffffff61282f60608801611de8565b1684036108995761283f846127d6565b5f5b85811061294857506128529061313a565b60208701350361291657612865846127d6565b935f5b8181106128f65750505061288b9060a08601926128858488612613565b906138c4565b90156128eb575f5b81518110156128d85780866128d163ffffffff6128ca6106ff856128c48a6128bd60019a8c6114d7565b5197612613565b90612808565b16876114d7565b5201612893565b5050506128e691925061313a565b600191565b50505090505f905f90565b806129046001928486611cfa565b3561290f82896114d7565b5201612868565b6040516369a5669f60e01b8152602060048201526009602482015268636f6e7374616e747360b81b6044820152606490fd5b806129566001928886611cfa565b35604051602081019163ffffffff8416835260408201526040815261297c60608261156a565b51902061298982856114d7565b5201612841565b92919261299c82611917565b916129aa604051938461156a565b829481845281830111610243578281602093845f960137010152565b9080601f830112156102435781602061187893359101612990565b81601f82011215610243578051906129f882611917565b92612a06604051948561156a565b8284526020838301011161024357815f9260208093018386015e8301015290565b91909160408184031261024357612a3d81611a2a565b9260208201516001600160401b0381116102435761187892016129e1565b81835290916001600160fb1b0383116102435760209260051b809284830137010190565b9392612a896132ef565b81019290608081850312610243576020810135936060820135906001600160401b03821161024357612abc9183016129c6565b938135612ac884612648565b036104405760018111612c2e575b5050949192612b046040519687946359c46e7160e11b86526004860152608060248601526084850190611ad5565b916003198484030160448501528083526020830160208260051b85010193835f91603e1982360301905b858410612bab5750505050505050612b55829160209460031984830301606485015261141a565b0381305afa918215610413575f92612b6f575b5060019190565b9091506020813d602011612ba3575b81612b8b6020938361156a565b8101031261024357612b9c90611a2a565b905f612b68565b3d9150612b7e565b919395989750919395601f19828203018652883583811215610243578401803582526020810135601e19823603018112156102435701602081359101906001600160401b038111610243578060051b3603821361024357612c1b6020928392604086818660019901520191612a5b565b9a0196019401918a979896949391612b2e565b6040945f92612c59928751978894859463066f8c6360e21b865260606004870152606486019061141a565b920135602484015260448301520381305afa8015610413575f935f91612c94575b509215612c88575f80612ad6565b5050505090505f905f90565b9050612cb39193503d805f833e612cab818361156a565b810190612a27565b9290925f612c7a565b6001600160401b03612cda611878959360608452606084019061187b565b931660208201526040818403910152611ede565b908060209392818452848401375f828201840152601f01601f1916010190565b91908110156114c35760061b0190565b91908110156114c35760051b81013590603e1981360301821215610243570190565b9190826040910312610243576020612d5783611a2a565b92015190565b92909194936060612d6c6132ef565b90809291810103126102435760208101358135612d8887612648565b03610440576001811115612ea75791612dc39493915f9360408051978895869563066f8c6360e21b8752606060048801526064870191612cee565b920135602484015260448301520381305afa918215610413575f905f93612e88575b50156128eb5791612e3f612e1b92612e2d60409586519889968796631dd42ab360e21b8852606060048901526064880190611ad5565b86810360031901602488015291612a5b565b8381036003190160448501529061141a565b0381305afa918215610413575f905f93612e5857509190565b9050612e7d91925060403d604011612e81575b612e75818361156a565b810190612d40565b9091565b503d612e6b565b9050612e9f9192503d805f833e612cab818361156a565b91905f612de5565b505060409391612e3f91612eec612eda958751998a978897631dd42ab360e21b8952606060048a01526064890190611ad5565b87810360031901602489015291612a5b565b84810360031901604486015291612cee565b9193969495604093965f985f98612f136132ef565b90809891810103126102435786610bdf612f3d96612f346020809b016114a5565b9a8101906116b2565b92612253604051948593849363fbf4f2f160e01b855260048501612cbc565b604051631fc2274b60e31b815260206004820152915f9183918291612f85916024840191612cee565b0381305afa5f9181612faf575b506128e6575060405190612fa760208361156a565b5f82525f9190565b9091503d805f833e612fc1818361156a565b810190602081830312610243578051906001600160401b03821161024357019080601f83011215610243578151612ff78161158b565b92613005604051948561156a565b81845260208085019260051b820101918383116102435760208201905b838210613035575050505050905f612f92565b81516001600160401b03811161024357602091613057878480948801016129e1565b815201910190613022565b9060208251920190815163ffffffff60e01b8116906004851061311a575b5063ffffffff60e01b16631a93c68960e11b8114908115613109575b81156130f8575b81156130e7575b81156130d6575b81156130c5575b506130c05750fd5b915050565b630f50d75d60e01b1490505f6130b8565b63405b7f5760e11b811491506130b1565b631390f2a160e01b811491506130aa565b6323d359a360e01b811491506130a3565b63d2c0367760e01b8114915061309c565b6001600160e01b0319600486900360031b81901b9091161690505f613080565b9060019082515b8083106132165750613152826127d6565b905f5b845181101561317d578061316b600192876114d7565b5161317682866114d7565b5201613155565b509250905b600181116131985750613194906114b6565b5190565b60011c5f5b8181106131aa5750613182565b600181901b906001600160ff1b0381168103610777576131ca82856114d7565b5160018301809311610777576131e2600193866114d7565b51604051906020820192835260408201526040815261320260608261156a565b51902061320f82866114d7565b520161319d565b9160011b91613141565b9492908385148015906132cc575b611d3857939192915f91905b83831061324a5750505050501490565b9091929394600190818716155f1461329857613267858486611cfa565b35604051906020820192835260408201526040815261328760608261156a565b5190205b95811c949301919061323a565b6132a3858486611cfa565b359060405190602082019283526040820152604081526132c460608261156a565b51902061328b565b5082841c151561322e565b90939293848311610243578411610243578101920390565b601f193601903682116107775781353603601f19019182116107775736829003601f190190565b905f915b806001841b106133275750565b915f198114610777576001019161331a565b61334281611dbf565b9061334f60208201611dbf565b90613368606061336160408401611dbf565b9201611dbf565b9060405192602084019460c01b855260c01b602884015260c01b603083015260c01b60388201526020815261339e60408261156a565b51905190602081106133ae575090565b5f199060200360031b1b1690565b5f919060015b81518410156133fb576001600160401b036133dd85846114d7565b511690818102918183041490151715610777576001909301926133c2565b9192505060038101809111610777576118789060021c613316565b929391604090979697019081515183036108995763ffffffff6134399116613316565b926134438361158b565b93613451604051958661156a565b838552601f196134608561158b565b013660208701375f5b84811061357b575050505061347d86611e06565b955f5b81811061348f57505050505050565b61349a818388611e78565b908360ff6134a784611dcd565b161015610899576134c460ff6134bc84611dcd565b168588612d1e565b35604083019261351c6134d685613339565b6135138960208501956134e887611dab565b936001600160401b036134fe60c0890189611d76565b95909460ff61350c8b611dcd565b16906114d7565b51951691613220565b1561241d576001936001600160401b0361353b61203761355a94611dcd565b60ff6040519561354a8761153b565b1685521660208401523690611e9a565b6040820152613569828b6114d7565b52613574818a6114d7565b5001613480565b6135b78288866135ae61070a868b63ffffffff6135a58361359d81858b612d1e565b3597516114d7565b51511695612d1e565b92909188613220565b1561245057806135cf608061206160019488516114d7565b6135d982896114d7565b5201613469565b356001600160c01b03198116929190600882106135fb575050565b6001600160c01b031960089290920360031b82901b16169150565b909193925f905f5b84811061389e575061362f846127d6565b958260031b838104600814841517156107775782149283159081613880575b50613876575f94855b81871061366b575050505050505060019190565b613676878388612808565b61368260208201611dab565b6001600160401b038116918780613864575b6136e1575b5086156136d3576807fffffffffffffff89060031b169080820460081490151715610777576001916136cb9190611df9565b960195613657565b506001916136cb9190611df9565b8261384d576136f060016127d6565b5f5b848110613700575050613699565b89156137d657600381901b6001600160fd1b03821682036107775761372f6137288289611df9565b9188611df9565b90600882018092116107775761374a9161080c918c8c6132d7565b60c01d9061375a60608501611ddb565b806137ba575b6137a8575b60c08160061b1660c0039160c08311610777576137a16001936001600160401b038460021c9316901b61379883876114d7565b511791856114d7565b52016136f2565b505050505050505050505050505f9190565b506137d0826137cb60808701611dcd565b613b5f565b15613760565b6137e08187611df9565b898110156114c35788013560f81c6137fa60608501611ddb565b156138095760070b5b90613765565b60ff61381760408601611dcd565b161b8060011b90808204600214901517156107775760ff8101809111610777576101fe6001600160401b0391041660070b613803565b60038301808411610777576136f09060021c6127d6565b5061387160608201611ddb565b613694565b50505050505f9190565b60018714915081613894575b50155f61364e565b905082145f61388c565b916138bd6001916001600160401b03610670602061066a888b8b612808565b920161361e565b90919392935f945f5b848110613b3957506138de846127d6565b958060031b818104600814821517156107775782149081159081613b1b575b50613876575f94855b81871061391a575050505050505060019190565b613925878388612808565b61393160208201611dab565b6001600160401b03811691821591908215613b00578c8b61395260016127d6565b925f5b8781106139b757505061396b613971929361313a565b926114d7565b5285156139a8576807fffffffffffffff89060031b169182046008141715610777576001916139a09190611df9565b960195613906565b50506001916139a09190611df9565b91509150885f14613a8957600381901b6001600160fd1b0382168203610777576139eb6139e4828a611df9565b9189611df9565b906008820180921161077757613a069161080c918d8f6132d7565b60c01d90613a1660608401611ddb565b80613a72575b613a5f575b60c08160061b1660c0039160c0831161077757613a546001936001600160401b038460021c9316901b61083e83886114d7565b52018e918d91613955565b50505050505050505050505050505f9190565b50613a83826137cb60808601611dcd565b15613a1c565b613a938188611df9565b8a8110156114c3578b013560f81c613aad60608401611ddb565b15613abc5760070b5b90613a21565b60ff613aca60408501611dcd565b161b8060011b90808204600214901517156107775760ff8101809111610777576101fe6001600160401b0391041660070b613ab6565b60038401808511610777576139529060021c8e918d916127d6565b60018714915081613b2f575b50155f6138fd565b905082145f613b27565b95613b586001916001600160401b03610670602061066a8c8b8b612808565b96016138cd565b60ff1660028114613c505760038114613c335760048114613c175760058114613bf85760068114613bd557600c8114613bb757600914613b9f5750600190565b60070b8015908115613baf575090565b600191501490565b5060070b5f8112159081613bc9575090565b63ffffffff9150131590565b5060070b637fffffff198112159081613bec575090565b637fffffff9150131590565b5060070b617fff198112159081613c0d575090565b617fff9150131590565b5060070b5f8112159081613c29575090565b61ffff9150131590565b5060070b607f198112159081613c47575090565b607f9150131590565b5060070b5f8112159081613c62575090565b60ff915013159056",
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

// PackPositionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd125aa5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function positionOf(uint64 lo, uint64 hi, uint256 k) pure returns(uint64)
func (disputeGame *DisputeGame) PackPositionOf(lo uint64, hi uint64, k *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("positionOf", lo, hi, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPositionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd125aa5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function positionOf(uint64 lo, uint64 hi, uint256 k) pure returns(uint64)
func (disputeGame *DisputeGame) TryPackPositionOf(lo uint64, hi uint64, k *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("positionOf", lo, hi, k)
}

// UnpackPositionOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd125aa5a.
//
// Solidity: function positionOf(uint64 lo, uint64 hi, uint256 k) pure returns(uint64)
func (disputeGame *DisputeGame) UnpackPositionOf(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("positionOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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
