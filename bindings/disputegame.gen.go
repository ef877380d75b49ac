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
	ProposedAt      *big.Int
	Phase           uint8
	ProposerWon     bool
	Failure         bool
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
	Element         uint64
	Claimed         int64
	Lo              uint64
	Hi              uint64
	AccLo           *big.Int
	AccHi           *big.Int
	PointsHash      [32]byte
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"contractOneStepVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"clock_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"BondMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"}],\"name\":\"AccumulatorsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"BatchRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"}],\"name\":\"ChildPicked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GameStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"NodesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"SlotsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"StatesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"StepPicked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FANOUT_BITS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OVERFLOWED\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"lay\",\"type\":\"tuple\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"disputeBias\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"gap\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"gapProof\",\"type\":\"bytes32[]\"}],\"name\":\"disputeEnd\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"first\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"firstProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"consts\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"disputeInitialState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"disputeInvalidInputClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"last\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"outs\",\"type\":\"tuple[]\"}],\"name\":\"disputeOutput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"proposedAt\",\"type\":\"uint40\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"failure\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"batchSize\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"batchIndex\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"proposerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMoveAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outSlot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"outLen\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nodeIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"childBits\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"childrenHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"int64\",\"name\":\"claimed\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"accLo\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"accHi\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"pointsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16\",\"name\":\"item\",\"type\":\"uint16\"}],\"name\":\"pickBatchItem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"}],\"name\":\"pickChild\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"pickSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"}],\"name\":\"pickStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"preProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"postProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"descProof\",\"type\":\"bytes32[]\"}],\"name\":\"pickStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"positionOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proofs\",\"outputs\":[{\"internalType\":\"contractGameProofs\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"proveOneStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"proveSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structGameProofs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structGameProofs.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structGameProofs.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.SlotOpening\",\"name\":\"inSlot\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening\",\"name\":\"inLeaf\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"int64\",\"name\":\"lo\",\"type\":\"int64\"},{\"internalType\":\"uint8\",\"name\":\"shift\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"overflowAbove\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"valuesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.TableOpening\",\"name\":\"t\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGameProofs.LeafOpening[]\",\"name\":\"entries\",\"type\":\"tuple[]\"}],\"name\":\"proveTableStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"}],\"name\":\"revealAccumulators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"revealBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"revealNodes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"revealSlots\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"revealStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DisputeGame",
	Bin: "0x610100346101f957601f618a5238819003918201601f19168301916001600160401b038311848410176101ce578084926080946040528339810103126101f95780516001600160a01b03811691908281036101f95760208201516001600160a01b03811691908290036101f9576040830151606090930151936001600160401b03851685036101f9571580156101f1575b6101e25760805260405190612beb8083016001600160401b038111848210176101ce576020928492615e67843981520301905ff080156101c35760a05260c05260e052604051615c6990816101fe823960805181818161136a0152818161177f015281816117d5015281816118fa01528181611af001528181611b420152818161451601528181614bba01528181614de4015281816158fd0152615ba5015260a05181818161031901528181610456015281816108ca0152818161252e015281816129e301528181612ca30152818161320401528181613cee0152818161424f01528181614399015281816145c8015281816146ee0152614841015260c05181818161173c0152818161207a01528181614b7401528181614d9b01526158b9015260e0518181816113300152611a500152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b63d92e233d60e01b5f5260045ffd5b508115610090565b5f80fdfe60806040526004361015610011575f80fd5b5f5f3560e01c8063029f055c146130ec57806308148f7a14612f7057806320c3f2e614612f1257806321fa2ead14612b1a57806326a5f04c1461286157806327e235e3146128255780632b6bd39e146126d45780633526cfab146125c15780633ccfd60b1461255d578063435d53f21461251957806348e61080146124225780634aae3077146122f45780634b4e2dfc146122d85780634b6c5abe146120ba5780634d1975b41461209d578063523051511461206257806368b9da37146117055780636be4dd91146114455780636d816091146113995780637dc0d1d01461135457806391ddadf414611310578063949d8bac146111b15780639beb5bd41461113d578063a084500a146110b3578063a2f77bcc14610b60578063a41ac33914610741578063c14fdd59146106b1578063d125aa5a14610663578063db535aa414610640578063db647a6614610625578063e8b157a8146105c05763ee853f491461017a575f80fd5b346105bd5760803660031901126105bd576024356004356001600160401b0382116103fe57610100826004019260031990360301126103fe576064356001600160401b0381116105bb576101d2903690600401613369565b92828552600160205260408520600181019060ff825460c81c16600e8110156105a757600a810361058b57506002810180546001600160a01b03163303610573576001600160401b034216906003830190815461023b6001600160401b038260401c1685613b67565b908b156104e757506001600160401b03825460a01c16806001600160401b038316116104d357946102b0899897956102c3956102888e9661028260209e9761ffff9c613b67565b90613ee1565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b6102ba87826155d9565b60443590615b70565b5460e01c1660018111156104155761030d6102fb936040519788958695632884aeaf60e01b875260606004880152606487019061406a565b85810360031901602487015291613532565b604483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa801561040a5783906103cb575b6103939250905b81156103965760405161036b6040826134c0565b60128152711d1a19481a5b9c1d5d081a5cc81d985b1a5960721b6020820152915b1590614d0d565b80f35b6040516103a46040826134c0565b60148152731d1a19481a5b9c1d5d081a5cc81a5b9d985b1a5960621b60208201529161038c565b506020823d602011610402575b816103e5602093836134c0565b810103126103fe576103f961039392613b33565b610350565b8280fd5b3d91506103d8565b6040513d85823e3d90fd5b5061045261044092604051968794859463b6ac930760e01b865260406004870152604486019061406a565b84810360031901602486015291613532565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa801561040a578390610498575b610393925090610357565b506020823d6020116104cb575b816104b2602093836134c0565b810103126103fe576104c661039392613b33565b61048d565b3d91506104a5565b63292daabd60e21b8c5260048a905260248cfd5b6001600160401b0391925016806001600160401b03831611610560579661ffff946102b0829897956102c3956001600160401b036105288f9760209e613b67565b166001600160401b03198254161781559067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b8863292daabd60e21b5f5260045260245ffd5b631e30388760e31b8852600486905233602452604488fd5b876105a56044928863041d44f960e11b845260045261342a565bfd5b634e487b7160e01b88526021600452602488fd5b835b80fd5b50346105bd576105cf366133f3565b916105d984614a96565b93600b85015460ff808260481c169160401c16146106165791849391600195610601946159af565b01805460ff60c81b1916600160c81b17905580f35b63779ffa5760e11b8652600486fd5b50346105bd57806003193601126105bd576020604051818152f35b50346105bd57806003193601126105bd576040516001600160ff1b038152602090f35b50346105bd5760603660031901126105bd57600435906001600160401b03821682036105bd5760206106a0836106976133c9565b60443591614981565b6001600160401b0360405191168152f35b50346105bd5760a03660031901126105bd576106cb6133c9565b6044356001600160401b0381116103fe576106ea903690600401613369565b916064356001600160401b03811161073d5761070a903690600401613339565b90608435946001600160401b0386116107395761072e610393963690600401613339565b95909460043561480d565b8680fd5b8480fd5b50346105bd576101203660031901126105bd5760043560243563ffffffff81168091036103fe57604435906064356001600160401b03811161073d5761078b903690600401613339565b9290916084359260a4356001600160401b038111610b5c576107b1903690600401613339565b92909360c435936001600160401b038511610b585784600401976101006003198736030112610b545760e4356001600160401b038111610b50576107f9903690600401613369565b92909561010435916001600160401b038311610b4c578b998d9461083661082761082f963690600401613339565b969097614a96565b9e8f6155d9565b63ffffffff61084760448d01613ed0565b16891015610b3c578715610b0a576108679060048f0154948a8a87615ace565b15928315610acf575b505050610aa157610896918561088736868a6134fc565b60208151910120809a35615ace565b15610a6957604051630a19d1bd60e31b81526020600482015293606091859182916108c691602484019190613532565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa948515610a5e5788957fb41533e15513d134fc3bdaf148911ff35ccd8fee65b8651fdfecf8d4bab6d1d2956060958c908d93610a2b575b506bffffffff000000000000000060068c019367ffffffff00000000610955606487549601613ed0565b60201b16906001600160401b038a1b908a1b1693886001600160401b038b1b19916bffffffffffffffffffffffff19161716179160401b161717905581600789015586600889015560098801556040519182526020820152846040820152a2156109d157600101805460ff60c81b1916600360c81b1790555080f35b6001019060ff825460d81c165f146109f85750805460ff60c81b1916600d60c81b17905580f35b610393915060405190610a0c6040836134c0565b600d82526c6d697373696e6720737461746560981b6020830152614aff565b9050610a4e919250863d8811610a57575b610a4681836134c0565b8101906147e0565b5091905f61092b565b503d610a3c565b6040513d8b823e3d90fd5b6040516309616ecd60e31b815280610a9d600482016060906020815260046020820152630737465760e41b60408201520190565b0390fd5b6040516309616ecd60e31b8152602060048201526005602482015264737461746560d81b6044820152606490fd5b909192506001880190818911610af557908c610aec949392615ace565b155f8080610870565b50634e487b7160e01b8f52601160045260248ffd5b6040516309616ecd60e31b81526020600482015260096024820152687072652d737461746560b81b6044820152606490fd5b5063779ffa5760e11b8f5260048ffd5b8d80fd5b8b80fd5b8a80fd5b8980fd5b8780fd5b50346105bd5760203660031901126105bd5780610420604051610b8281613490565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152826102c0820152826102e08201528261030082015282610320820152826103408201528261036082015282610380820152826103a0820152826103c0820152826103e082015282610400820152015260043581526001602052604081209060405191610c7c83613490565b8054835260018101546001600160a01b038116602085015260a081901c64ffffffffff16604085015260c881901c60ff16600e81101561109f579060109291606086015260ff8160d01c161515608086015260ff8160d81c16151560a086015261ffff8160e01c1660c086015260f01c60e08501526001600160401b03600282015460018060a01b03811661010087015260a01c1661012085015263ffffffff60038201546001600160401b0381166101408701526001600160401b038160401c1661016087015260801c1661018085015260048101546101a085015260058101546101c08501526001600160401b03600682015463ffffffff81166101e087015263ffffffff8160201c1661020087015263ffffffff8160401c1661022087015260601c166102408501526007810154610260850152600881015461028085015260098101546102a0850152600a8101546102c085015260ff600b8201546001600160401b0381166102e0870152818160401c1661030087015260481c16610320850152600c810154610340850152600d8101546001600160401b0381166103608601528060401c60070b6103808601526001600160401b038160801c166103a086015260c01c6103c0850152600e8101546103e0850152600f8101546104008501520154610420830152604051908251825260018060a01b03602084015116602083015264ffffffffff6040840151166040830152606083015190600e82101561108b57506104409261042091606084015260808101511515608084015260a0810151151560a084015261ffff60c08201511660c084015261ffff60e08201511660e084015260018060a01b03610100820151166101008401526001600160401b03610120820151166101208401526001600160401b03610140820151166101408401526001600160401b036101608201511661016084015263ffffffff610180820151166101808401526101a08101516101a08401526101c08101516101c084015263ffffffff6101e0820151166101e084015263ffffffff6102008201511661020084015263ffffffff610220820151166102208401526001600160401b03610240820151166102408401526102608101516102608401526102808101516102808401526102a08101516102a08401526102c08101516102c08401526001600160401b036102e0820151166102e084015260ff6103008201511661030084015260ff610320820151166103208401526103408101516103408401526001600160401b036103608201511661036084015261038081015160070b6103808401526001600160401b036103a0820151166103a08401526001600160401b036103c0820151166103c08401526103e08101516103e08401526104008101516104008401520151610420820152f35b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b84526021600452602484fd5b50346105bd5760a03660031901126105bd576044356001600160401b038111611139576110e4903690600401613339565b6064356001600160401b0381116105bb5761010060031982360301126105bb57608435926001600160401b03841161073d57611127610393943690600401613339565b939092600401916024356004356144a5565b5080fd5b50346105bd5761115c611163611152366133f3565b92949091946149ec565b9384615124565b60206001600160401b03611184600d840154828160801c169060c01c613b67565b1611156111a257600101805460ff60c81b1916600760c81b17905580f35b63779ffa5760e11b8252600482fd5b50346105bd576111c036613396565b9291908183526001602052604083209360018501805460ff8160c81c16600e8110156112fc57600181036112e257506001600160a01b031633036112ca576001600160401b034216600387016112236001600160401b03825460401c1683613b67565b60028901906001600160401b03825460a01c16806001600160401b038316116112b6576112879487946102888a956102827f8e163fb447c81b49e166afcca0b92f7603c31dfe6daf2965839e33567055e1959d9e9f9661128296613b67565b615205565b805460ff60c81b1916600160c91b1790556040516020808252909283926112b092840191613586565b0390a280f35b63292daabd60e21b8a52600489905260248afd5b631e30388760e31b8552600484905233602452604485fd5b866105a56044928863041d44f960e11b845260045261342a565b634e487b7160e01b87526021600452602487fd5b50346105bd57806003193601126105bd5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346105bd57806003193601126105bd576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346105bd5760e03660031901126105bd576044356001600160401b038111611139576113ca903690600401613339565b90606435916001600160401b0383116105bb5761010060031984360301126105bb576084356001600160401b03811161073d5761140b903690600401613339565b60c43594916001600160401b0386116107395761142f610393963690600401613369565b95909460a4359460040191602435600435614181565b50346105bd5760603660031901126105bd57600435906024356001600160401b0381116111395761147a903690600401613339565b60443561ffff8116949285820361073d57838552600160205260408520600181019460ff865460c81c16600e8110156105a757600c81036116eb57506002820180549091906001600160a01b031633036116d5576001600160401b0342169160038401918254906114f76001600160401b038360401c1686613b67565b918b1561168d57506001600160401b03835460a01c1690816001600160401b0384161161167b57509161028261028892611532969594613b67565b604051602081019061155781611549848988613b87565b03601f1981018352826134c0565b51902090600c81019182540361164d578488101561163e57968660ff92879899600a6115b26115e29a5461ffff60f01b8a60f01b169060018060f01b03161795868d556115a5818c8b61379d565b3560048501558a8961379d565b359101555560d81c1692836115f6575b5050835460ff60d81b191691151560d81b60ff60d81b1691909117835550565b805460ff60c81b1916600160c81b17905580f35b82935061ffff611607829394613f0c565b161492831561161c575b5050505f80806115c2565b611634935061162d61ffff91613f0c565b169161379d565b35155f8080611611565b63779ffa5760e11b8752600487fd5b6040516309616ecd60e31b81526020600482015260056024820152640c4c2e8c6d60db1b6044820152606490fd5b63292daabd60e21b8c5260045260248bfd5b6001600160401b03919293501690816001600160401b038416116116c357506105286115329493926001600160401b0392613b67565b63292daabd60e21b5f5260045260245ffd5b631e30388760e31b885260045233602452604487fd5b6105a5889160449363041d44f960e11b845260045261342a565b5060403660031901126105bd576024356001600160401b0381116111395761010060031982360301126111395761173a6152b2565b7f000000000000000000000000000000000000000000000000000000000000000080340361204c575060405163c58343ef60e01b8152600480359082015282816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561040a578391611edf575b506040516318feeb1560e31b815260048035908201529083826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215611bec578492611ebb575b5060608101516005811015611ea75760011901611e6c576040820151151580611e94575b80611e81575b611e6c57602082019061185e64ffffffffff83511663ffffffff61014084015116906137ad565b421015611e57578454935f198514611c395760018581018088558752602081815260408089206004803582558851948201805498516001600160c81b03199099166001600160a01b039687161760a09990991b64ffffffffff60a01b16989098179097556002810180546001600160a01b03191633179055608088018051888301559151637b10399960e01b81529096919493909291839182907f0000000000000000000000000000000000000000000000000000000000000000165afa908115611e0a578891611e15575b508763ffffffff604086015116602460405180948193631b4d85a560e21b8352600483015260018060a01b03165afa908115611e0a578891611c5f575b50604463ffffffff9260019460a0611a0c940151600589015561198d82600401896155d9565b611998838301613ed0565b600389018054608088811b19909116928816811b929092179055870151868901805461ffff60e01b191660e09290921b61ffff60e01b169190911790556040890151151580611c4d575b888701805460ff60d81b191691151560d81b60ff60d81b1691909117905551600a88015501613ed0565b16016001600160401b038111611c3957611a28611a46916150b5565b600b84019060ff60401b82549160401b169060ff60401b1916179055565b6001600160401b037f0000000000000000000000000000000000000000000000000000000000000000611a7c8160028601613ee1565b6003840180546fffffffffffffffff00000000000000001993909216929092166fffffffffffffffffffffffffffffffff19909116174260401b67ffffffffffffffff60401b161790556040830151151580611c27575b15611bf75750600101805460ff60c81b1916600560c91b1790555b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163b156103fe57604051635fc2828b60e01b81526004803590820152600160248201528381604481837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165af18015611bec57611bd7575b50516040516001600160a01b0390911681526020929033906004359060018501907f9f0b80476ce7b05cfe8b0800d21f0b0f2704c8eb948fa5d5e87997ec901f96d1908790a45f516020615c495f395f51905f525d600160405191018152f35b611be28480926134c0565b6103fe575f611b77565b6040513d86823e3d90fd5b90600161ffff6080611c1994015116115f14611c1e576001600b915b016137ba565b611aee565b60018091611c13565b50600161ffff60608501511614611ad3565b634e487b7160e01b86526011600452602486fd5b50606089015161ffff166002146119e2565b9190503d8089843e611c7181846134c0565b820191602081840312611df2578051906001600160401b038211610b585701808303926101808412610b58576040519361010085018581106001600160401b03821117611df657604052611cc483613d71565b8552611cd260208401613d71565b6020860152611ce360408401613d71565b6040860152606083015160608601526080830151608086015260a083015160a086015260c08301516001600160401b038111610b5057830182601f82011215610b505760a092816020611d3893519101613dd0565b60c086015260df190112611df2576040519160a083018381106001600160401b03821117611dde57604052611d6f60e08301613db7565b8352611d7e6101008301613d97565b6020840152610120820151946003861015610b545760a063ffffffff9585611dc861016060449760019b6040611a0c9b0152611dbd6101408201613b33565b606085015201613b33565b608082015260e082015294505094509250611967565b634e487b7160e01b8b52604160045260248bfd5b8880fd5b634e487b7160e01b8c52604160045260248cfd5b6040513d8a823e3d90fd5b90506020813d602011611e4f575b81611e30602093836134c0565b81010312610b5c57516001600160a01b0381168103610b5c575f61192a565b3d9150611e23565b638d48783f60e01b8552600480359052602485fd5b638d48783f60e01b8452600480359052602484fd5b50600261ffff6060840151161415611837565b50600161ffff6060840151161415611831565b634e487b7160e01b85526021600452602485fd5b611ed89192503d8086833e611ed081836134c0565b810190613e20565b905f61180d565b90503d8084833e611ef081836134c0565b8101906020818303126105bb578051906001600160401b03821161073d57016101a0818303126105bb57604051916101a083018381106001600160401b0382111761203857604052611f4182613d71565b8352611f4f60208301613d85565b6020840152611f6060408301613d97565b604084015260608201516005811015612034576060840152611f8460808301613da8565b6080840152611f9560a08301613d71565b60a0840152611fa660c08301613d97565b60c0840152611fb760e08301613db7565b60e0840152611fc96101008301613db7565b610100840152611fdc6101208301613da8565b610120840152611fef6101408301613d97565b6101408401526101608201516003811015612034576101608401526101808201516001600160401b038111612034576120289201613e06565b6101808201525f6117b7565b8580fd5b634e487b7160e01b86526041600452602486fd5b634ba85a6b60e11b835260045234602452604482fd5b50346105bd57806003193601126105bd5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346105bd57806003193601126105bd5760209054604051908152f35b50346105bd5760c03660031901126105bd576004356024356044356064356001600160401b03811161073d576120f4903690600401613339565b6084929192359160a4356001600160401b038111610b5c5761211a903690600401613339565b909261212588614a96565b9583156122c9579061213e918860048901549586615ace565b15610aa157806121cb57505050508060ff600163ffffffff600361217a95015460801c1692015460d81c165f146121c25760ff855b16906137ad565b116111a257610393905b604051906121936040836134c0565b601e82527f74686520747261636520676f6573206f6e20706173742069747320656e6400006020830152614aff565b60ff6001612173565b9193509193841093841594612218575b505050506121ec5761039390612184565b6040516309616ecd60e31b815260206004820152600360248201526206761760ec1b6044820152606490fd5b86945091928491905b8183106122495750505015918261223f575b5050155f8080806121db565b1490505f80612233565b90919294600190818716155f146122955761226585858561379d565b3560405190602082019283526040820152604081526122856060826134c0565b5190205b95811c93019190612221565b6122a085858561379d565b359060405190602082019283526040820152604081526122c16060826134c0565b519020612289565b63779ffa5760e11b8a5260048afd5b50346105bd57806003193601126105bd57602060405160068152f35b3461241e57612302366133f3565b835f52600160205260405f2091600183019360ff855460c81c16600e81101561240a57600581036123ed575060028401546001600160a01b031633036123d6576001600160401b0342166003850180546001600160401b03612369818360401c1685613b67565b9116806001600160401b038316116123c357966123b9996123a2600b98958398956001600160401b036105286123a79a9760ff9e613b67565b6159af565b015460401c166123bb576006906137ba565b005b6004906137ba565b8963292daabd60e21b5f5260045260245ffd5b85631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f5260048790526124059061342a565b60445ffd5b634e487b7160e01b5f52602160045260245ffd5b5f80fd5b3461241e5761010036600319011261241e5761243c6133c9565b6044356001600160401b03811161241e5761245b903690600401613369565b916064356001600160401b03811161241e57610100600319823603011261241e576084356001600160401b03811161241e576040600319823603011261241e5760a435916001600160401b03831161241e5760e0600319843603011261241e5760c435936001600160401b03851161241e5760c0600319863603011261241e5760e435966001600160401b03881161241e576124fe6123b9983690600401613339565b97909660040195600401946004019360040192600435613baf565b3461241e575f36600319011261241e576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461241e575f36600319011261241e576125756152b2565b335f52600260205260405f205480156125b2576125a090335f5260026020525f6040812055336152e7565b5f5f516020615c495f395f51905f525d005b630686827b60e51b5f5260045ffd5b3461241e576125cf36613396565b90825f52600160205260405f209160018301805460ff8160c81c16600e81101561240a57600481036123ed57506001600160a01b031633036126bd576001600160401b0342169360038101906126326001600160401b03835460401c1687613b67565b9060028101906001600160401b03825460a01c16806001600160401b038516116123c3577f4c1fd9fa392a9ebad90cd5b7b6c047fd8fa8976cddb459034b3ea169a2d6156d9861268f956102888a956102828b9861128296613b67565b805460ff60c81b1916600560c81b1790556040516020808252909283926126b892840191613586565b0390a2005b84631e30388760e31b5f526004523360245260445ffd5b3461241e576126e236613396565b90825f52600160205260405f209160018301805460ff8160c81c16600e81101561240a57600b81036123ed57506001600160a01b031633036126bd576001600160401b03421660038501906127446001600160401b03835460401c1682613b67565b9160028701926001600160401b03845460a01c1693846001600160401b038316116123c3576102826102889261277996613b67565b61ffff815460e01c16820361281657604051602081019061279f81611549848789613b87565b51902060048501540361164d577fc6ac99ab2a5f055cfdca14e36d416de952f42f17f97eb7d966f835b5e46f66b293600c60405160208101906127e78161154984898b613b87565b519020910155805460ff60c81b1916600360ca1b1790556040516020808252909283926126b892840191613586565b63779ffa5760e11b5f5260045ffd5b3461241e57602036600319011261241e576004356001600160a01b0381169081900361241e575f526002602052602060405f2054604051908152f35b3461241e5760c036600319011261241e576004356024356001600160401b03811161241e57612894903690600401613339565b91906064356001600160401b03811161241e576128b5903690600401613369565b916084356001600160401b03811161241e576128d5903690600401613339565b9060a435916001600160401b03831161241e576128f9612910933690600401613339565b939094612905896149ec565b99604435918b615124565b600d880154908160c01c956001600160401b038360801c169660206001600160401b0361293d8a84613b67565b16116128165761294e368a846134fc565b6020815191012060098c015403610a695760078b015497600e8c0154926040519a8b9a631d0c29a960e31b8c5260048c015260248b0161010090526101048b019061299892613532565b946001600160401b031660448a01526064890152608488015260a48701526003198683030160c48701526129cb926135d5565b906003198483030160e48501526129e1926136e1565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691839103815a93604094fa908115612b0f575f905f92612ac9575b506123b9939015612a9b57600f0154145b8015612a6d57604051612a4b6040826134c0565b600f81526e1cd959db595b9d0818dbdc9c9958dd608a1b602082015291614d0d565b604051612a7b6040826134c0565b600d81526c7365676d656e742077726f6e6760981b602082015291614d0d565b600181015460d81c60ff16915081612ab4575b50612a37565b600f01546001600160ff1b0314905083612aae565b9150506040813d604011612b07575b81612ae5604093836134c0565b8101031261241e576123b9926020612afc83613b33565b920151919093612a26565b3d9150612ad8565b6040513d5f823e3d90fd5b3461241e57606036600319011261241e576004356024356001600160401b03811161241e57612b4d903690600401613339565b906044356001600160401b03811161241e57612b6d903690600401613369565b845f52600160205260405f206001810191825460ff8160c81c16600e81101561240a5760078103612efa57506001600160a01b03163303612ee3576001600160401b0342166003830190612bce6001600160401b03835460401c1682613b67565b9160028501926001600160401b03845460a01c1693846001600160401b03831611612ed05761028261028892612c0396613b67565b600d8201938454916001600160401b038360801c16928060c01c92612c2884866150ff565b9060018201808311612ebc578b036128165760108701968754155f14612e2c576009612c553687856134fc565b6020815191012091015403610a6957612c9793612c756040938d8d61379d565b358351958693849363098596a560e21b85528660048601526044850191613532565b602483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015612b0f575f925f91612df7575b50865460d81c60ff1615612dcf5750505b612d9b57612d0c86915b61154989604051948593602085019788613449565b5190209055600160cb1b60ff60c81b198254161790555491806040519360608501906001600160401b038160801c16865260c01c602086015260606040860152526080830191905f5b818110612d8557857fde0a9f87f990316a5c3a3904063985c4f761dbb1112a265fd40161526591cdd586860387a2005b8235845260209384019390920191600101612d55565b6040516309616ecd60e31b815260206004820152600b60248201526a30b1b1bab6bab630ba37b960a91b6044820152606490fd5b909115918215612de1575b5050612ced565b90915060401c60070b9060070b14158980612dda565b9050612e1c91925060403d604011612e25575b612e1481836134c0565b810190613b40565b9190918b612cdc565b503d612e0a565b92505091508815612ea857600e81015488351491821592612e8b575b5050612e5857612d0c8691612cf7565b6040516309616ecd60e31b815260206004820152600a60248201526972616e676520656e647360b01b6044820152606490fd5b600f919250612e9b908a8a61379d565b3591015414158980612e48565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8b63292daabd60e21b5f5260045260245ffd5b86631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f5260048990526124059061342a565b3461241e57606036600319011261241e576024356001600160401b03811161241e57612f42903690600401613339565b604435916001600160401b03831161241e57612f656123b9933690600401613339565b9290916004356137de565b3461241e57602036600319011261241e57600435805f52600160205260405f2060ff600182015460c81c1690600e821015918261240a57801580156130df575b6130c7578261240a57600181149283156130ba575b83156130a9575b8315613098575b8315613087575b8315613072575b505061301390825f1461305b576001600160401b0380600381600285015460a01c16935b015460401c169116906137ad565b421115613048576123b9916040519161302d6040846134c0565b60078352661d1a5b595bdd5d60ca1b60208401521590614d0d565b50631c6b034960e01b5f5260045260245ffd5b6001600160401b0380600381818501541693613005565b9091925061240a57600d149061301384612fe1565b80935061240a57600b811492612fda565b80935061240a576007811492612fd3565b80935061240a576004811492612fcc565b506003811492505f612fc5565b63041d44f960e11b5f5260048490526124059061342a565b505f925060098114612fb0565b3461241e5760a036600319011261241e576004356024356001600160401b03811161241e5761311f903690600401613339565b6044929192356001600160401b03811161241e57613141903690600401613369565b6064929192356001600160401b03811161241e57613163903690600401613339565b6084929192356001600160401b03811161241e57613185903690600401613339565b61318e886149ec565b91600d830154936001600160401b038560801c16801590811591613309575b506132da576131bd36878b6134fc565b60208151910120600985015403610a69576020966001600160401b03966007613200960154906040519b8c998a99636b9bad0160e01b8b52169260048a0161374e565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215612b0f575f926132a6575b5015612ea8576123b9923514801561327b5760405161325c6040826134c0565b600c81526b189a585cc818dbdc9c9958dd60a21b602082015291614d0d565b6040516132896040826134c0565b600a815269626961732077726f6e6760b01b602082015291614d0d565b9091506020813d6020116132d2575b816132c2602093836134c0565b8101031261241e5751908461323c565b3d91506132b5565b6040516309616ecd60e31b8152602060048201526006602482015265706f696e747360d01b6044820152606490fd5b9050886133298d61154960405193849260208401968c60c01c9088613449565b519020601085015414158c6131ad565b9181601f8401121561241e578235916001600160401b03831161241e576020808501948460051b01011161241e57565b9181601f8401121561241e578235916001600160401b03831161241e576020838186019501011161241e57565b90604060031983011261241e5760043591602435906001600160401b03821161241e576133c591600401613339565b9091565b602435906001600160401b038216820361241e57565b35906001600160401b038216820361241e57565b90606060031983011261241e5760043591602435906001600160401b03821161241e5761342291600401613339565b909160443590565b600e81101561240a57602452565b359063ffffffff8216820361241e57565b6001600160c01b031960c092831b811682529290911b9091166008820152601001915f5b81811061347a5750505090565b823584526020938401939092019160010161346d565b61044081019081106001600160401b038211176134ac57604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b038211176134ac57604052565b6001600160401b0381116134ac57601f01601f191660200190565b929192613508826134e1565b9161351660405193846134c0565b82948184528183011161241e578281602093845f960137010152565b908060209392818452848401375f828201840152601f01601f1916010190565b9035601e198236030181121561241e5701602081359101916001600160401b03821161241e578160051b3603831361241e57565b81835290916001600160fb1b03831161241e5760209260051b809284830137010190565b9060406135c26135d293803584526020810190613552565b9190928160208201520191613586565b90565b9091602081848152019260208160051b83010193835f91603e1982360301945b848410613606575050505050505090565b90919293949596601f1982820301835287358781121561241e576020613631600193878394016135aa565b9901930194019291959493906135f5565b359060ff8216820361241e57565b35908160070b820361241e57565b60ff61366982613642565b1682526001600160401b03613680602083016133df565b1660208301526040820160408201905f905b600482106136c1575050509060e06136b18360c06135d2950190613552565b9190928160c08201520191613586565b6020806001926136d086613650565b60070b815201930191019091613692565b9091602081848152019260208160051b83010193835f9160de1982360301945b848410613712575050505050505090565b90919293949596601f1982820301835287358781121561241e57602061373d6001938783940161365e565b990193019401929195949390613701565b96949061377b6135d299979361378f96956001600160401b03938b5260a060208c015260a08b0191613532565b9316604088015286830360608801526135d5565b9260808185039101526136e1565b9190811015612ea85760051b0190565b91908201809211612ebc57565b90600e81101561240a57815460ff60c81b191660c89190911b60ff60c81b16179055565b929193835f52600160205260405f20926001840194855460ff8160c81c16600e81101561240a5760038103613b1b57506001600160a01b03163303613b05576001600160401b034216600386016138426001600160401b03825460401c1683613b67565b60028801906001600160401b03825460a01c16806001600160401b03831611613af2579161028261028892613878969594613b67565b6006850196875463ffffffff8160201c1680831490811591613ae7575b50612816576138a48287614fb5565b600788015414801590613ad0575b613aa25763ffffffff90837fe00f2dd49818c2db240dad3862c6e5bf435a938affc22717741f96028d917f3660409894985160408152806139096138fa604083018d8a613586565b82810360208401528b8b613586565b0390a260401c1680955f925b818410613a0d57613926935061379d565b356139b85750926139446001600160401b0393600b9360039661379d565b35600a8201550193811985541685555460601c16016001600160401b038111612ebc576139b6926139a5613986673fffffffffffffff60ff9460021c166150b5565b825468ff0000000000000000191660409190911b60ff60401b16178255565b5460401c166123bb576006906137ba565b565b9450505050506139b69150604051906139d26060836134c0565b602382527f746865206f757470757420736c6f742077617320616c726561647920777269746020830152623a32b760e91b6040830152614aff565b91839193141580613a82575b613a2857600101918691613915565b5050509450505050506139b69150606090613a4660405192836134c0565b602482527f6120736c6f74206f74686572207468616e20746865206f7574707574206368616020830152631b99d95960e21b6040830152614aff565b50613a8e81848461379d565b35613a9a82888861379d565b351415613a19565b6040516309616ecd60e31b8152602060048201526005602482015264736c6f747360d81b6044820152606490fd5b50613adb8585614fb5565b600888015414156138b2565b90508514155f613895565b8563292daabd60e21b5f5260045260245ffd5b631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f5260048390526124059061342a565b5190811515820361241e57565b919082604091031261241e576020613b5783613b33565b9201518060070b810361241e5790565b906001600160401b03809116911603906001600160401b038211612ebc57565b91906001600160fb1b03811161241e5760051b809282370190565b3590811515820361241e57565b9892949793959097969196613bc686898b8d61534d565b9b92909b9a919a613d6257613bdb8a826155d9565b6007015497604051998a9963a968c05560e01b8b5260048b015260c0013560248a0152604489016101009052610104890190613c1692613532565b906001600160401b03166064880152600319878203016084880152613c3a916135aa565b8581036003190160a4870152613c4f9161365e565b8481036003190160c486015290613c6581613650565b60070b8252613c7660208201613642565b60ff166020830152613c8a60408201613ba2565b15156040830152613c9d606082016133df565b6001600160401b031660608301526080810135608083015260a08101613cc291613552565b60c060a08401819052613cd6930191613586565b906003198483030160e4850152613cec926136e1565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691839103815a93604094fa918215612b0f576139b6945f925f94613d3b575b5061572d565b909350613d5891925060403d604011612e2557612e1481836134c0565b919091925f613d35565b50505050505050505050505050565b51906001600160a01b038216820361241e57565b519064ffffffffff8216820361241e57565b519063ffffffff8216820361241e57565b519061ffff8216820361241e57565b51906bffffffffffffffffffffffff8216820361241e57565b929192613ddc826134e1565b91613dea60405193846134c0565b82948184528183011161241e578281602093845f96015e010152565b9080601f8301121561241e5781516135d292602001613dd0565b60208183031261241e578051906001600160401b03821161241e570160c08183031261241e576040519160c083018381106001600160401b038211176134ac57604052613e6c82613d71565b8352613e7a60208301613d85565b6020840152613e8b60408301613b33565b6040840152613e9c60608301613da8565b60608401526080820151608084015260a08201516001600160401b03811161241e57613ec89201613e06565b60a082015290565b3563ffffffff8116810361241e5790565b805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055565b61ffff60019116019061ffff8211612ebc57565b91909160408184031261241e57613f3681613b33565b9260208201516001600160401b03811161241e576135d29201613e06565b60405190613f636040836134c0565b600d82526c1a5b9d985b1a59081a5b9c1d5d609a1b6020830152565b916020908281520191905f5b818110613f985750505090565b90919260408060019263ffffffff613faf88613438565b1681526001600160401b03613fc6602089016133df565b166020820152019401929101613f8b565b916020908281520191905f5b818110613ff05750505090565b90919260a08060019263ffffffff61400788613438565b1681526001600160401b0361401e602089016133df565b16602082015260ff61403260408901613642565b16604082015261404460608801613ba2565b1515606082015260ff61405960808901613642565b166080820152019401929101613fe3565b90813581526020820135602082015263ffffffff61408a60408401613438565b16604082015263ffffffff6140a160608401613438565b16606082015236829003601e190160808301358181121561241e5783016020813591016001600160401b03821161241e578160061b3603811361241e576140f5916101006080860152610100850191613f7f565b9060a08401359081121561241e57830190602082359201906001600160401b03831161241e5760a083023603821361241e5760e061414582829563ffffffff9588614156960360a08a0152613fd7565b9560c081013560c087015201613438565b1691015290565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b979298919493959896909661419589614a96565b956141a088886155d9565b6004870154905f908a935f915b8183106144255750505015918261441b575b505015610aa15781836141d29287615b70565b60016141df3683856134fc565b94015461ffff8160e01c1660018111614359575b505050509161424b614227926142396040958651998a968796631dd42ab360e21b885260606004890152606488019061406a565b86810360031901602488015291613586565b8381036003190160448501529061415d565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa928315612b0f575f905f94614318575b5015614304576139b6921480156142d0576040516142a86040826134c0565b60158152741a5b9a5d1a585b081cdd185d194818dbdc9c9958dd605a1b602082015291614d0d565b6040516142de6040826134c0565b6013815272696e697469616c2073746174652077726f6e6760681b602082015291614d0d565b506139b69150614312613f54565b90614aff565b9350506040833d604011614351575b81614334604093836134c0565b8101031261241e57602061434784613b33565b930151925f614289565b3d9150614327565b60405163066f8c6360e21b81526060600482015295505f93869384939291614385916064860191613532565b60f09290921c6024840152604483015203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015612b0f575f925f916143f3575b5091156143e2575f8080806141f3565b505050506139b69150614312613f54565b90506144129192503d805f833e61440a81836134c0565b810190613f20565b9190915f6143d2565b1490505f806141bf565b90919294600190818716155f146144715761444185858561379d565b3560405190602082019283526040820152604081526144616060826134c0565b5190205b95811c930191906141ad565b61447c85858561379d565b3590604051906020820192835260408201526040815261449d6060826134c0565b519020614465565b949192959093956144b586614a96565b9060018201549460ff8660d81c166147af57906144f4916144d68a856155d9565b60048401548863ffffffff6144ed60408e01613ed0565b1691615ace565b15610aa157546040516318feeb1560e31b815260048101919091525f816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015612b0f5760a0915f91614795575b5001519261ffff8160e01c1690600182116146b0575b50506145a095926145b2602095936145c493604051998a9788976359c46e7160e11b8952600489015260806024890152608488019061406a565b868103600319016044880152916135d5565b8381036003190160648501529061415d565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015612b0f575f90614675575b6139b692508015614648576040516146186040826134c0565b601e81527f6f7574707574206d617463686573207468652066696e616c2073746174650000602082015291614d0d565b6040516146566040826134c0565b600c81526b6f757470757420627974657360a01b602082015291614d0d565b506020823d6020116146a8575b8161468f602093836134c0565b8101031261241e576146a36139b692613b33565b6145ff565b3d9150614682565b5f91946146da91604051968793849363066f8c6360e21b855260606004860152606485019061415d565b60f09290921c6024840152604483015203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015612b0f575f935f91614775575b509215614735575f80614566565b505050506139b691506040519061474d6040836134c0565b60168252751b585b199bdc9b59590818985d18da081bdd5d1c1d5d60521b6020830152614aff565b905061478c9193503d805f833e61440a81836134c0565b9290925f614727565b6147a991503d805f833e611ed081836134c0565b5f614550565b61240560ff878a63041d44f960e11b5f5260045260c81c1661342a565b51906001600160401b038216820361241e57565b9081606091031261241e576147f481613d97565b916135d26040614806602085016147cc565b93016147cc565b959092919493946148208382868a61534d565b9892949197909861497457604051630a19d1bd60e31b8152602060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031695906060818061487d602482018c8b613532565b03818a5afa908115612b0f575f91614952575b5060206001600160401b038216116148ee57509160409798999a9b9160076148d19401549489519a8b998a988998630d9fd7eb60e21b8a5260048a0161374e565b03915afa918215612b0f576139b6945f925f94613d3b575061572d565b6001600160c01b031960c09190911b166001600160401b039890981660409a909a1b67ffffffffffffffff60401b169990991796909617600d890155506001985095965061493e95505050505050565b01805460ff60c81b1916600760c81b179055565b61496b915060603d606011610a5757610a4681836134c0565b9150505f614890565b5050505050505050505050565b91906001600160401b036149958483613b67565b16828102928184041490151715612ebc576149b090836150ff565b9081156149d8576001600160401b0391829104169116016001600160401b038111612ebc5790565b634e487b7160e01b5f52601260045260245ffd5b90815f52600160205260405f209160ff600184015460c81c16600e81101561240a5760088103614a80575060028301546001600160a01b03163303613b05576001600160401b0342169060038401908154906001600160401b03614a55818460401c1686613b67565b921690816001600160401b038416116116c357506105286139b69493926001600160401b0392613b67565b6124059163041d44f960e11b5f5260045261342a565b90815f52600160205260405f209160ff600184015460c81c16600e81101561240a5760028103614a80575060028301546001600160a01b03163303613b05576001600160401b0342169060038401908154906001600160401b03614a55818460401c1686613b67565b5f818152600160208181526040808420928301805461ffff60c81b1916600960c81b1781558354600294850180546001600160a01b0316875294909352932080549395919492937f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e0292614bb5929091614b99907f0000000000000000000000000000000000000000000000000000000000000000906137ad565b90556040519182915f835260406020840152604083019061415d565b0390a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b1561241e57604051635fc2828b60e01b81528360048201525f60248201525f8160448183895af18015612b0f57614cfd575b506040516318feeb1560e31b815260048101849052905f82602481885afa918215612b0f575f92614ce1575b50815190546001600160a01b038181169216919091149182614cc4575b5050614c6b57505050565b546001600160a01b0316823b1561241e57604051633d82e3c160e01b815260048101929092526001600160a01b03166024820152905f908290604490829084905af18015612b0f57614cba5750565b5f6139b6916134c0565b64ffffffffff919250602082910151169160a01c16145f80614c60565b614cf69192503d805f833e611ed081836134c0565b905f614c43565b5f614d07916134c0565b5f614c17565b915f92805f52600160205260405f20906001820190600960c81b60ff60c81b198354161782557f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e028515948515845460ff60d01b8260d01b1660ff60d01b1982161786558654985f14614f76576001600160a01b03165b60018060a01b03165f52600260205260405f20614dc17f000000000000000000000000000000000000000000000000000000000000000082546137ad565b9055614ddf604051928392835260406020840152604083019061415d565b0390a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b1561241e57604051635fc2828b60e01b81528560048201525f60248201525f8160448183895af18015612b0f57614f61575b50614e4e575b5050505050565b6040516318feeb1560e31b815260048101859052908582602481875afa918215614f56578692614f3a575b50815190546001600160a01b038181169216919091149182614f1d575b5050614ea3575b80614e47565b600201546001600160a01b031691813b156105bb57604051633d82e3c160e01b815260048101919091526001600160a01b0392909216602483015282908290604490829084905af18015614f1257614efd575b8080614e9d565b614f088280926134c0565b6105bd5780614ef6565b6040513d84823e3d90fd5b64ffffffffff919250602082910151169160a01c16145f80614e96565b614f4f9192503d8088833e611ed081836134c0565b905f614e79565b6040513d88823e3d90fd5b614f6e9196505f906134c0565b5f945f614e41565b5060028601546001600160a01b0316614d83565b6001600160401b0381116134ac5760051b60200190565b8051821015612ea85760209160051b010190565b60015b8281106150ad57614fc881614f8a565b91614fd660405193846134c0565b818352614fe282614f8a565b602084019490601f19013686375f5b81811061508d575050505b6001811161500f57505115612ea8575190565b60011c5f5b8181106150215750614ffc565b600181901b906001600160ff1b0381168103612ebc576150418285614fa1565b5160018301809311612ebc5761505960019386614fa1565b5160405190602082019283526040820152604081526150796060826134c0565b5190206150868286614fa1565b5201615014565b8061509b600192848661379d565b356150a68288614fa1565b5201614ff1565b60011b614fb8565b5f91906001600160401b031660015b816001600160401b038216106150d8575050565b67fffffffffffffffe60ff9160019593951b16911660ff8114612ebc5760010192906150c4565b615111906001600160401b0392613b67565b16601081101561511e5790565b50601090565b92919091600d8401918254936001600160401b038560801c169460c01c604051602081019061515a816115498787878d88613449565b5190206010880154036132da575f198301838111612ebc5784101561281657615184848288614981565b855467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161785556001840193848111612ebc576151ed6151ff966151cd876151f495600f9b614981565b81546001600160c01b031660c09190911b6001600160c01b031916179055565b838361379d565b35600e87015561379d565b35910155565b91600b83019182549060ff8260401c16600681105f146152a957905b600160ff83161b8403612816576152388482614fb5565b600a8701540361527b57600c946115499360ff60481b6152739460481b169060ff60481b191617905560405192839160208301958691613b87565b519020910155565b6040516309616ecd60e31b81526020600482015260056024820152646e6f64657360d81b6044820152606490fd5b50600690615221565b5f516020615c495f395f51905f525c6152d85760015f516020615c495f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b814710615336575f8080938193826040516153036020826134c0565b526001600160a01b03165af11561531657565b3d15615327576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b909192935f91805f52600160205260ff600160405f20015460c81c16600e81101561240a57600d149485156155d157600d905b825f52600160205260405f209160018301549060ff8260c81c1690600e81101561240a57600e82101561240a5781036155b9575087156155a5576001600160a01b03165b6001600160a01b0316330361558e576001600160401b0342166003830180546153f96001600160401b038260401c1684613b67565b908a15615547575060028501906001600160401b03825460a01c16806001600160401b038316116155345761544495949261028261543b959361028893613b67565b829836916134fc565b60208151910120600982015403610a6957856155075750600b8601546001600160401b0316600285901c673fffffffffffffff160361281657600a86015460c08560061b1660c0039060c08211612ebc576001600160401b03911c1660070b936001600160401b0380600689015460601c16911610156154c15750565b90949293506154fe9150604051906154da6040836134c0565b600f82526e1c1859191a5b99c8195b195b595b9d608a1b6020830152841590614d0d565b915f9190600190565b6001600160401b0393508392965080955060069150015460601c169116101561281657906001905f905f90565b8763292daabd60e21b5f5260045260245ffd5b6001600160401b0316806001600160401b0383161161557b57916001600160401b0361052861544496959361543b95613b67565b8663292daabd60e21b5f5260045260245ffd5b82631e30388760e31b5f526004523360245260445ffd5b5060028201546001600160a01b03166153c4565b63041d44f960e11b5f5260048590526124059061342a565b600690615380565b906155e660408201613ed0565b906155f360608201613ed0565b36829003601e19019160808101358381121561241e578101928335936001600160401b03851161241e57602001908460061b3603821361241e5760a08301359081121561241e5782018035906001600160401b03821161241e576020019060a081023603821361241e5761566960e08501613ed0565b92604051968796602088019987358b52602088013560408a015263ffffffff16606089015263ffffffff16608088015260a0870161010090526101208701906156b192613f7f565b90601f198683030160c08701526156c792613fd7565b9160c0013560e084015263ffffffff1661010083015203601f19810182526156ef90826134c0565b5190209060050154036156fe57565b6040516309616ecd60e31b81526020600482015260066024820152651b185e5bdd5d60d21b6044820152606490fd5b92919061581757156157c8576139b69260070b9060070b14805f1461578a5760405161575a6040826134c0565b601981527f6f6e652d737465703a20656c656d656e7420636f727265637400000000000000602082015291614d0d565b6040516157986040826134c0565b601781527f6f6e652d737465703a20656c656d656e742077726f6e67000000000000000000602082015291614d0d565b506139b69150604051906157dd6060836134c0565b602282527f6f6e652d737465703a2074686520656c656d656e7420686173206e6f2076616c602083015261756560f01b6040830152614aff565b9192505061596957604080519161582e82846134c0565b600e83526d7468652073746570206661696c7360901b6020808501919091525f8281526001808352848220908101805461010960c81b61ffff60c81b1982161790915590546001600160a01b0390911682526002909252839020805491947f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e02926158f892906158de907f0000000000000000000000000000000000000000000000000000000000000000906137ad565b90558451918291600183528660208401528683019061415d565b0390a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691823b1561241e575f926044849284519586938492635fc2828b60e01b845260048401528160248401525af19081156159605750614cba5750565b513d5f823e3d90fd5b6040516309616ecd60e31b815260206004820152601760248201527f74686520656c656d656e742068617320612076616c75650000000000000000006044820152606490fd5b939291909160405160208101906159cb81611549848688613b87565b519020600c84015403615a9d578084101561281657836159ed91600b9361379d565b3591600a810192835501916001600160401b038354818084169160ff8282169160481c161b1617166001600160401b0319845416178355825460ff808260481c169160401c16039260ff8411612ebc5760ff606093615a827f2d46eb748c91816a93a15d9fea5c38bf4956b5dc75eb5594dda0d4bb9cf13ea596849060ff60401b82549160401b169060ff60401b1916179055565b54915460401c169060405192835260208301526040820152a2565b6040516309616ecd60e31b815260206004820152600860248201526731b434b6323932b760c11b6044820152606490fd5b9290935f915b818310615af057505050159182615aea57505090565b14919050565b90919294600190818716155f14615b3c57615b0c85858561379d565b356040519060208201928352604082015260408152615b2c6060826134c0565b5190205b95811c93019190615ad4565b615b4785858561379d565b35906040519060208201928352604082015260408152615b686060826134c0565b519020615b30565b91615b7d919336916134fc565b805160209182012060405163b93f863360e01b815260048101949094526024840152826044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215612b0f575f92615c14575b505403615be657565b6040516309616ecd60e31b81526020600482015260056024820152641a5b9c1d5d60da1b6044820152606490fd5b9091506020813d602011615c40575b81615c30602093836134c0565b8101031261241e5751905f615bdd565b3d9150615c2356fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0060a03461008d57601f612beb38819003918201601f19168301916001600160401b038311848410176100915780849260209460405283398101031261008d57516001600160a01b038116810361008d57608052604051612b4590816100a6823960805181818161080c0152818161094801528181610a1a01528181611196015281816115bb0152611e9e0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c806319be318c14610af257806326165a9414610ab65780632884aeaf14610a495780632b7ac3f314610a05578063367f5fac146109e557806350ce8de81461088c5780636b9bad01146107ba5780637750aacc14610737578063a968c05514610644578063b388dce214610353578063b6ac9307146102d8578063e8614d48146102135763fe113a58146100a8575f80fd5b3461020f57602036600319011261020f576004356001600160401b03811161020f576100d8903690600401610b52565b81019060208183031261020f578035906001600160401b03821161020f57019080601f8301121561020f5781359061010f82610d5c565b9261011d6040519485610d3b565b828452602084016020819460051b8301019183831161020f5760208101915b8383106101a957858760405191829160208301906020845251809152604083019060408160051b85010192915f905b82821061017a57505050500390f35b919360019193955060206101998192603f198a82030186528851610b7f565b960192019201859493919261016b565b82356001600160401b03811161020f57820185603f8201121561020f576020810135916101d583611106565b6101e26040519182610d3b565b838152604083850101881061020f575f60208581966040839701838601378301015281520192019161013c565b5f80fd5b3461020f5761010036600319011261020f576024356001600160401b03811161020f57610244903690600401610b52565b906044356001600160401b038116810361020f57610260610ba3565b92608435926001600160401b038416840361020f5760c4356001600160401b03811161020f57610294903690600401610bcd565b9160e435956001600160401b03871161020f576040976102bb6102ca983690600401610bcd565b97909660a43594600435611e0b565b825191151582526020820152f35b3461020f57604036600319011261020f576004356001600160401b03811161020f57610100600319823603011261020f57602435906001600160401b03821161020f57610342610348916103326020943690600401610b52565b92909160a4810190600401611650565b906123cb565b506040519015158152f35b3461020f57608036600319011261020f576004356024356001600160401b03811161020f5780600401610100600319833603011261020f576044356001600160401b03811161020f576103aa903690600401610bcd565b9190936064356001600160401b03811161020f576103ce6084913690600401610b52565b91909501956103dd8785611d97565b90508503610635575f94855b886103f48188611d97565b9050881015610439576001916001600160401b0361042a60206104248c61041e610431978e611d97565b90611dcc565b01611842565b1690611ddc565b9601956103e9565b965087908060031b9080820460081490151715610513578414955f975f985b848a1061046c576020896040519015158152f35b6104ba63ffffffff8b61048081898b611de9565b356104af6104a561049d6104988561041e8b8d611d97565b6115fd565b938b8d611de9565b602081019061180d565b93909216908c612914565b15610601576104d260206104248c61041e8688611d97565b898061052f575b610527575b60031b906807fffffffffffffff867fffffffffffffff88316921682036105135760019161050b91611ddc565b990198610458565b634e487b7160e01b5f52601160045260245ffd5b5f99506104de565b506001600160401b038116806105ea57610549600161160e565b905f5b81811061057157505061055e90612297565b6105698c888a611de9565b3514156104d9565b8060031b818104600814821517156105135761058d9086611ddc565b6008810190818111610513576105ae916105a8918e8c61237d565b90612395565b60c01c9060c08160061b1660c00360c08111610513576105e36001938360021c921b6105da8388610ca8565b51179186610ca8565b520161054c565b60038101808211610513576105499060021c61160e565b6040516309616ecd60e31b815260206004820152600b60248201526a1bdd5d1c1d5d081cdb1bdd60aa1b6044820152606490fd5b63399d2d9b60e01b5f5260045ffd5b3461020f5761010036600319011261020f576044356001600160401b03811161020f57610675903690600401610b52565b61067d610ba3565b916084356001600160401b03811161020f576040600319823603011261020f5760a435906001600160401b03821161020f5760e0600319833603011261020f5760c435926001600160401b03841161020f5760c0600319853603011261020f5760e435956001600160401b03871161020f5761070061071a973690600401610bcd565b969095600401946004019360040192602435600435611957565b60408051921515835260079190910b6020830152819081015b0390f35b3461020f57606036600319011261020f576004356001600160401b03811161020f57610100600319823603011261020f576024356001600160401b03811161020f57610787903690600401610bcd565b9190604435916001600160401b03831161020f576040936107af6102ca943690600401610b52565b939092600401611695565b3461020f576107e960206107e26107d036610bfd565b959094819a979a989294980190610ea1565b8098612146565b9261080860405194859384936367d6931b60e01b85526004850161154a565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa8015610881575f9061084e575b602090604051908152f35b506020813d602011610879575b8161086860209383610d3b565b8101031261020f5760209051610843565b3d915061085b565b6040513d5f823e3d90fd5b3461020f57602036600319011261020f576004356001600160401b03811161020f576108bf6108c7913690600401610b52565b810190610ea1565b5f6060820160015b6080825101518051841015610912576108f0846001600160401b0392610ca8565b5181169116026001600160401b038116908103610513576001909201916108cf565b50815151604051631ff1b32560e01b815260206004820181905263ffffffff909216918180610944602482018a61106a565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa908115610881575f916109a2575b506001600160401b039081606094604051948552166020840152166040820152f35b90506020813d6020116109dd575b816109bd60209383610d3b565b8101031261020f57516001600160401b038116810361020f576060610980565b3d91506109b0565b3461020f5761071a6109f636610bfd565b9695909594919493929361157c565b3461020f575f36600319011261020f576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461020f57606036600319011261020f576004356001600160401b03811161020f57610100600319823603011261020f576024356001600160401b03811161020f57602091610a9f610aac923690600401610b52565b9060443592600401611219565b6040519015158152f35b3461020f57604036600319011261020f576004356001600160401b03811161020f57610ae961071a913690600401610b52565b60243591611150565b3461020f57606036600319011261020f576004356001600160401b03811161020f57610b25610b33913690600401610b52565b906044359160243591610cbc565b9061073360405192839215158352604060208401526040830190610b7f565b9181601f8401121561020f578235916001600160401b03831161020f576020838186019501011161020f57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b606435906001600160401b038216820361020f57565b35906001600160401b038216820361020f57565b9181601f8401121561020f578235916001600160401b03831161020f576020808501948460051b01011161020f57565b60a060031982011261020f57600435916024356001600160401b03811161020f5782610c2b91600401610b52565b929092916044356001600160401b038116810361020f57916064356001600160401b03811161020f5781610c6191600401610bcd565b92909291608435906001600160401b03821161020f57610c8391600401610bcd565b9091565b805115610c945760200190565b634e487b7160e01b5f52603260045260245ffd5b8051821015610c945760209160051b010190565b90610cc691611f1d565b929015908115610d00575b8115610cf5575b50610cec57610ce691610ca8565b51600191565b50505f90606090565b90508110155f610cd8565b83518114159150610cd1565b606081019081106001600160401b03821117610d2757604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b03821117610d2757604052565b6001600160401b038111610d275760051b60200190565b35908160070b820361020f57565b9080601f8301121561020f578135610d9881610d5c565b92610da66040519485610d3b565b81845260208085019260051b82010192831161020f57602001905b828210610dce5750505090565b60208091610ddb84610d73565b815201910190610dc1565b359063ffffffff8216820361020f57565b359060ff8216820361020f57565b3590811515820361020f57565b919060a08382031261020f576040519060a082018281106001600160401b03821117610d27576040528193610e4681610de6565b8352610e5460208201610df7565b6020840152610e6560408201610e05565b6040840152610e7660608201610df7565b60608401526080810135916001600160401b03831161020f57608092610e9c9201610d81565b910152565b60208183031261020f578035906001600160401b03821161020f570160808183031261020f5760405191608083018381106001600160401b03821117610d2757604052813561ffff8116810361020f57835260208201356001600160401b03811161020f5781610f12918401610d81565b602084015260408201356001600160401b03811161020f57820181601f8201121561020f578035610f4281610d5c565b91610f506040519384610d3b565b81835260208084019260051b8201019184831161020f5760208201905b838210610fa25750505050604084015260608201356001600160401b03811161020f57610f9a9201610e12565b606082015290565b81356001600160401b03811161020f57602091610fc488848094880101610e12565b815201910190610f6d565b9081602091031261020f57518060070b810361020f5790565b90602080835192838152019201905f5b8181106110055750505090565b825160070b845260209384019390920191600101610ff8565b9060a060806110679363ffffffff815116845260ff602082015116602085015260408101511515604085015260ff60608201511660608501520151918160808201520190610fe8565b90565b919061ffff835116815261108d6020840151608060208401526080830190610fe8565b906040840151918181036040830152825180825260208201916020808360051b8301019501925f915b8383106110d957505050505060606110679394015190606081840391015261101e565b90919293956020806110f7600193601f198682030187528a5161101e565b980193019301919392906110b6565b6001600160401b038111610d2757601f01601f191660200190565b3d1561114b573d9061113282611106565b916111406040519384610d3b565b82523d5f602084013e565b606090565b929091602061118a6111675f965f96810190610ea1565b604051938492839263b7c0f87d60e01b845260406004850152604484019061106a565b602483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f91816111e8575b506111e057506111de6111d9611121565b61206e565b565b600193509150565b61120b91925060203d602011611212575b6112038183610d3b565b810190610fcf565b905f6111c8565b503d6111f9565b9161122391611f1d565b9290159081156114c1575b506114bb5760808101359060a08101358082019183810136829003601e19015f5b87518110156114ae576112628189610ca8565b516040519063b6ac930760e01b825260406004830152853560448301526020860135606483015263ffffffff61129a60408801610de6565b16608483015263ffffffff6112b160608801610de6565b1660a48301528389121561020f576001600160401b0385351161020f57843560061b3603602086011361020f5761010060c483015284356101448301526101648201602086015f5b873581106114715750508488121561020f576001600160401b0389351161020f5760a0893502360360208a011361020f57602083916043198382030160e48401528a358152019160208a015f5b8b3581106113f357505061138c602093839260c08b013561010485015263ffffffff61137460e08d01610de6565b16610124850152838203600319016024850152610b7f565b0381305afa908115610881575f916113b9575b50156113ad5760010161124f565b50505050505050505f90565b90506020813d82116113eb575b816113d360209383610d3b565b8101031261020f5751801515810361020f575f61139f565b3d91506113c6565b9192509260a08060019263ffffffff61140b88610de6565b1681526001600160401b0361142260208901610bb9565b16602082015260ff61143660408901610df7565b16604082015261144860608801610e05565b1515606082015260ff61145d60808901610df7565b166080820152019401910190849291611346565b909160408060019263ffffffff61148787610de6565b1681526001600160401b0361149e60208801610bb9565b16602082015201930191016112f9565b5050505050505050600190565b50505f90565b9050825114155f61122e565b90602080835192838152019201905f5b8181106114ea5750505090565b9091926040845160ff81511683526001600160401b036020820151166020840152015160408201905f915b600483106115315750505060c0019260200191906001016114dd565b602080600192845160070b815201920192019190611515565b6001600160401b03611568611067959360608452606084019061106a565b9316602082015260408184039101526114cd565b949561159892979198966020956107e25f9b5f9b810190610ea1565b926115b7604051948593849363fbf4f2f160e01b85526004850161154a565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f91816111e857506111e057506111de6111d9611121565b3563ffffffff8116810361020f5790565b9061161882610d5c565b6116256040519182610d3b565b8281528092611636601f1991610d5c565b0190602036910137565b9190811015610c945760051b0190565b903590601e198136030182121561020f57018035906001600160401b03821161020f576020019160a082023603831361020f57565b9190811015610c945760a0020190565b94939092919263ffffffff6116ac606088016115fd565b168403610635576116bc8461160e565b5f5b8581106117c557506116cf90612297565b602087013503611793576116e28461160e565b935f5b818110611773575050506117089060a08601926117028488611650565b90612679565b9015611768575f5b815181101561175557808661174e63ffffffff611747610498856117418a61173a60019a8c610ca8565b5197611650565b90611685565b1687610ca8565b5201611710565b505050611763919250612297565b600191565b50505090505f905f90565b806117816001928486611640565b3561178c8289610ca8565b52016116e5565b6040516309616ecd60e31b8152602060048201526009602482015268636f6e7374616e747360b81b6044820152606490fd5b806117d36001928886611640565b35604051602081019163ffffffff841683526040820152604081526117f9606082610d3b565b5190206118068285610ca8565b52016116be565b903590601e198136030182121561020f57018035906001600160401b03821161020f57602001918160051b3603831361020f57565b356001600160401b038116810361020f5790565b358060070b810361020f5790565b3560ff8116810361020f5790565b35801515810361020f5790565b9061188982610d5c565b6118966040519182610d3b565b82815280926118a7601f1991610d5c565b01905f5b8281106118b757505050565b6020906040516118c681610d0c565b5f8082528382015260405160806118dd8183610d3b565b3682376040820152828285010152016118ab565b9190811015610c945760051b8101359060de198136030182121561020f570190565b919060405192611924608085610d3b565b83906080810192831161020f57905b82821061193f57505050565b6020809161194c84610d73565b815201910190611933565b939298919997959061196e5f9b5f9b810190610ea1565b94604086019660018851510361063557806119af91359283916119a763ffffffff6119998d51610c87565b51511691602081019061180d565b939092612914565b15611d645760208301906119c282611842565b6001600160401b03673fffffffffffffff8860021c1691160361063557611a19916001600160401b0391611a016119fb604088016129b6565b92611842565b91611a0f60c088018861180d565b9490931691612914565b15611d31578791611a2983611856565b946020840198611a388a611864565b96611aca6040870195611a4a87611872565b92606089019a6001600160401b03611a618d611842565b60808c01359660ff60405194602086019660070b8752166040850152151560608401521660808201528460a082015260a08152611a9f60c082610d3b565b5190209060208c01986119a76001600160401b03611abd8c51610c87565b51169160a081019061180d565b15611d0357611ad88761187f565b965f5b818110611c2957505050506004600382161015610c9457611b0b6040601a93606061ffff9460051b160101611856565b96511603611bae57505191825160011015610c945760209560ff6001600160401b0392611b64611b5e611b58848c611b4e60406115b79c015160070b9d51610c87565b510151169c611856565b94611864565b91611842565b926040519a8b998a996364ec9b8f60e01b8b5260070b60048b015260248a0152604489015260070b60648801521660848601521660a484015260e060c484015260e48301906114cd565b9660209695506001600160401b03915092611be0611b5e611bda611bd46115b797611856565b98611864565b99611872565b9060ff604051998a9889986326d9100760e11b8a5260070b60048a015260070b60248901521660448701521515606486015216608484015260c060a484015260c48301906114cd565b611c348183866118f1565b9060408201611c756001600160401b03611c4d836129b6565b946020810195611c6a611c5f88611842565b9260c081019061180d565b939092169089612914565b15611ccf57611cae611c88600194611842565b916001600160401b0360405193611c9e85610d0c565b5f85521660208401523690611913565b6040820152611cbd828c610ca8565b52611cc8818b610ca8565b5001611adb565b6040516309616ecd60e31b815260206004820152600b60248201526a7461626c6520656e74727960a81b6044820152606490fd5b6040516309616ecd60e31b81526020600482015260056024820152647461626c6560d81b6044820152606490fd5b6040516309616ecd60e31b815260206004820152600a60248201526934b7383aba103632b0b360b11b6044820152606490fd5b6040516309616ecd60e31b815260206004820152600a6024820152691a5b9c1d5d081cdb1bdd60b21b6044820152606490fd5b903590601e198136030182121561020f57018035906001600160401b03821161020f57602001918160061b3603831361020f57565b9190811015610c945760061b0190565b9190820180921161051357565b9190811015610c945760051b81013590603e198136030182121561020f570190565b92949593979a98909a9991995f9b5f9b8101611e2691610ea1565b9788611e3195612146565b92604051958695634ac6a6cb60e01b87526004870160c0905260c48701611e579161106a565b936001600160401b031660248701526001600160401b031660448601526001600160401b0316606485015260848401526003198382030160a4840152611e9c916114cd565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691839103815a93602094fa5f9181611ee957506111e057506111de6111d9611121565b9091506020813d602011611f15575b81611f0560209383610d3b565b8101031261020f5751905f6111c8565b3d9150611ef8565b8160445f926040519485938492631fc2274b60e31b845260206004850152816024850152848401378181018301859052601f01601f19168101030181305afa5f9181611f81575b50611763575060405190611f79602083610d3b565b5f82525f9190565b9091503d805f833e611f938183610d3b565b81019060208183031261020f578051906001600160401b03821161020f57019080601f8301121561020f57815191611fca83610d5c565b92611fd86040519485610d3b565b80845260208085019160051b8301019183831161020f5760208101915b838310612008575050505050905f611f64565b82516001600160401b03811161020f57820185603f8201121561020f5760208101519161203483611106565b6120416040519182610d3b565b838152604083850101881061020f575f602085819660408397018386015e83010152815201920191611ff5565b9060208251920190815163ffffffff60e01b81169060048510612126575b5063ffffffff60e01b16631a93c68960e11b8114908115612115575b8115612104575b81156120f3575b81156120e2575b81156120d1575b506120cc5750fd5b915050565b630f50d75d60e01b1490505f6120c4565b63405b7f5760e11b811491506120bd565b631390f2a160e01b811491506120b6565b6323d359a360e01b811491506120af565b63d2c0367760e01b811491506120a8565b6001600160e01b0319600486900360031b81901b9091161690505f61208c565b90604090969596939293018051518303610635575f5b8381106122505750505061216f8561187f565b945f5b818110612180575050505050565b61218b8183876118f1565b908360ff61219884611864565b161015610635576121b560ff6121ad84611864565b168587611de9565b3560408301926121eb6001600160401b036121cf866129b6565b60208401946121dd86611842565b91611a0f60c087018761180d565b15611d31576001936001600160401b0361221061220a61222f94611864565b94611842565b60ff6040519561221f87610d0c565b1685521660208401523690611913565b604082015261223e828a610ca8565b526122498189610ca8565b5001612172565b61228a61225e828688611de9565b3563ffffffff61226f848651610ca8565b515116906122816104a585898b611de9565b92909187612914565b15611d645760010161215c565b9060019082515b80831061237357506122af8261160e565b905f5b84518110156122da57806122c860019287610ca8565b516122d38286610ca8565b52016122b2565b509250905b600181116122f557506122f190610c87565b5190565b60011c5f5b81811061230757506122df565b600181901b906001600160ff1b0381168103610513576123278285610ca8565b51600183018093116105135761233f60019386610ca8565b51604051906020820192835260408201526040815261235f606082610d3b565b51902061236c8286610ca8565b52016122fa565b9160011b9161229e565b9093929384831161020f57841161020f578101920390565b356001600160c01b03198116929190600882106123b0575050565b6001600160c01b031960089290920360031b82901b16169150565b909193925f905f5b84811061265357506123e48461160e565b958260031b838104600814841517156105135782149283159081612635575b5061262b575f94855b818710612420575050505050505060019190565b61242b878388611685565b61243760208201611842565b6001600160401b038116918780612619575b612496575b508615612488576807fffffffffffffff89060031b169080820460081490151715610513576001916124809190611ddc565b96019561240c565b506001916124809190611ddc565b82612602576124a5600161160e565b5f5b8481106124b557505061244e565b891561258b57600381901b6001600160fd1b0382168203610513576124e46124dd8289611ddc565b9188611ddc565b9060088201809211610513576124ff916105a8918c8c61237d565b60c01d9061250f60608501611872565b8061256f575b61255d575b60c08160061b1660c0039160c08311610513576125566001936001600160401b038460021c9316901b61254d8387610ca8565b51179185610ca8565b52016124a7565b505050505050505050505050505f9190565b506125858261258060808701611864565b612a39565b15612515565b6125958187611ddc565b89811015610c945788013560f81c6125af60608501611872565b156125be5760070b5b9061251a565b60ff6125cc60408601611864565b161b8060011b90808204600214901517156105135760ff8101809111610513576101fe6001600160401b0391041660070b6125b8565b60038301808411610513576124a59060021c61160e565b5061262660608201611872565b612449565b50505050505f9190565b60018714915081612649575b50155f612403565b905082145f612641565b916126726001916001600160401b0361042a6020610424888b8b611685565b92016123d3565b90919392935f945f5b8481106128ee57506126938461160e565b958060031b8181046008148215171561051357821490811590816128d0575b5061262b575f94855b8187106126cf575050505050505060019190565b6126da878388611685565b6126e660208201611842565b6001600160401b038116918215919082156128b5578c8b612707600161160e565b925f5b87811061276c5750506127206127269293612297565b92610ca8565b52851561275d576807fffffffffffffff89060031b169182046008141715610513576001916127559190611ddc565b9601956126bb565b50506001916127559190611ddc565b91509150885f1461283e57600381901b6001600160fd1b0382168203610513576127a0612799828a611ddc565b9189611ddc565b9060088201809211610513576127bb916105a8918d8f61237d565b60c01d906127cb60608401611872565b80612827575b612814575b60c08160061b1660c0039160c08311610513576128096001936001600160401b038460021c9316901b6105da8388610ca8565b52018e918d9161270a565b50505050505050505050505050505f9190565b506128388261258060808601611864565b156127d1565b6128488188611ddc565b8a811015610c94578b013560f81c61286260608401611872565b156128715760070b5b906127d6565b60ff61287f60408501611864565b161b8060011b90808204600214901517156105135760ff8101809111610513576101fe6001600160401b0391041660070b61286b565b60038401808511610513576127079060021c8e918d9161160e565b600187149150816128e4575b50155f6126b2565b905082145f6128dc565b9561290d6001916001600160401b0361042a60206104248c8b8b611685565b9601612682565b9290935f915b8183106129365750505015918261293057505090565b14919050565b90919294600190818716155f1461298257612952858585611640565b356040519060208201928352604082015260408152612972606082610d3b565b5190205b95811c9301919061291a565b61298d858585611640565b359060405190602082019283526040820152604081526129ae606082610d3b565b519020612976565b6129bf81611856565b906129cc60208201611856565b906129e560606129de60408401611856565b9201611856565b9060405192602084019460c01b855260c01b602884015260c01b603083015260c01b603882015260208152612a1b604082610d3b565b5190519060208110612a2b575090565b5f199060200360031b1b1690565b60ff1660028114612b2a5760038114612b0d5760048114612af15760058114612ad25760068114612aaf57600c8114612a9157600914612a795750600190565b60070b8015908115612a89575090565b600191501490565b5060070b5f8112159081612aa3575090565b63ffffffff9150131590565b5060070b637fffffff198112159081612ac6575090565b637fffffff9150131590565b5060070b617fff198112159081612ae7575090565b617fff9150131590565b5060070b5f8112159081612b03575090565b61ffff9150131590565b5060070b607f198112159081612b21575090565b607f9150131590565b5060070b5f8112159081612b3c575090565b60ff915013159056",
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
// Solidity: function challenge(uint256 requestId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) PackChallenge(requestId *big.Int, lay GameProofsLayout) []byte {
	enc, err := disputeGame.abi.Pack("challenge", requestId, lay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68b9da37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 requestId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) TryPackChallenge(requestId *big.Int, lay GameProofsLayout) ([]byte, error) {
	return disputeGame.abi.Pack("challenge", requestId, lay)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68b9da37.
//
// Solidity: function challenge(uint256 requestId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay) payable returns(uint256 gameId)
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

// PackDisputeBias is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x029f055c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeBias(uint256 gameId, int256[] points, bytes desc, (bytes32,bytes32[])[] slots, (uint8,uint64,int64[4],bytes32[])[] leaves) returns()
func (disputeGame *DisputeGame) PackDisputeBias(gameId *big.Int, points []*big.Int, desc []byte, slots []GameProofsSlotOpening, leaves []GameProofsLeafOpening) []byte {
	enc, err := disputeGame.abi.Pack("disputeBias", gameId, points, desc, slots, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeBias is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x029f055c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeBias(uint256 gameId, int256[] points, bytes desc, (bytes32,bytes32[])[] slots, (uint8,uint64,int64[4],bytes32[])[] leaves) returns()
func (disputeGame *DisputeGame) TryPackDisputeBias(gameId *big.Int, points []*big.Int, desc []byte, slots []GameProofsSlotOpening, leaves []GameProofsLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("disputeBias", gameId, points, desc, slots, leaves)
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
// Solidity: function disputeInitialState(uint256 gameId, bytes32 first, bytes32[] firstProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, bytes32[] consts, uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) PackDisputeInitialState(gameId *big.Int, first [32]byte, firstProof [][32]byte, lay GameProofsLayout, consts [][32]byte, nonce *big.Int, input []byte) []byte {
	enc, err := disputeGame.abi.Pack("disputeInitialState", gameId, first, firstProof, lay, consts, nonce, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeInitialState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d816091.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeInitialState(uint256 gameId, bytes32 first, bytes32[] firstProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, bytes32[] consts, uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) TryPackDisputeInitialState(gameId *big.Int, first [32]byte, firstProof [][32]byte, lay GameProofsLayout, consts [][32]byte, nonce *big.Int, input []byte) ([]byte, error) {
	return disputeGame.abi.Pack("disputeInitialState", gameId, first, firstProof, lay, consts, nonce, input)
}

// PackDisputeInvalidInputClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee853f49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeInvalidInputClaim(uint256 gameId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) PackDisputeInvalidInputClaim(gameId *big.Int, lay GameProofsLayout, nonce *big.Int, input []byte) []byte {
	enc, err := disputeGame.abi.Pack("disputeInvalidInputClaim", gameId, lay, nonce, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeInvalidInputClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee853f49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeInvalidInputClaim(uint256 gameId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) TryPackDisputeInvalidInputClaim(gameId *big.Int, lay GameProofsLayout, nonce *big.Int, input []byte) ([]byte, error) {
	return disputeGame.abi.Pack("disputeInvalidInputClaim", gameId, lay, nonce, input)
}

// PackDisputeOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa084500a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeOutput(uint256 gameId, bytes32 last, bytes32[] lastProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, (bytes32,bytes32[])[] outs) returns()
func (disputeGame *DisputeGame) PackDisputeOutput(gameId *big.Int, last [32]byte, lastProof [][32]byte, lay GameProofsLayout, outs []GameProofsSlotOpening) []byte {
	enc, err := disputeGame.abi.Pack("disputeOutput", gameId, last, lastProof, lay, outs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa084500a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeOutput(uint256 gameId, bytes32 last, bytes32[] lastProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, (bytes32,bytes32[])[] outs) returns()
func (disputeGame *DisputeGame) TryPackDisputeOutput(gameId *big.Int, last [32]byte, lastProof [][32]byte, lay GameProofsLayout, outs []GameProofsSlotOpening) ([]byte, error) {
	return disputeGame.abi.Pack("disputeOutput", gameId, last, lastProof, lay, outs)
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
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint40,uint8,bool,bool,uint16,uint16,address,uint64,uint64,uint64,uint32,bytes32,bytes32,uint32,uint32,uint32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint8,uint8,bytes32,uint64,int64,uint64,uint64,int256,int256,bytes32))
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
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint40,uint8,bool,bool,uint16,uint16,address,uint64,uint64,uint64,uint32,bytes32,bytes32,uint32,uint32,uint32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint8,uint8,bytes32,uint64,int64,uint64,uint64,int256,int256,bytes32))
func (disputeGame *DisputeGame) TryPackGetGame(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getGame", gameId)
}

// UnpackGetGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f77bcc.
//
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint40,uint8,bool,bool,uint16,uint16,address,uint64,uint64,uint64,uint32,bytes32,bytes32,uint32,uint32,uint32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint8,uint8,bytes32,uint64,int64,uint64,uint64,int256,int256,bytes32))
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
// Solidity: function pickStep(uint256 gameId, uint32 step, bytes32 pre, bytes32[] preProof, bytes32 post, bytes32[] postProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, bytes desc, bytes32[] descProof) returns()
func (disputeGame *DisputeGame) PackPickStep(gameId *big.Int, step uint32, pre [32]byte, preProof [][32]byte, post [32]byte, postProof [][32]byte, lay GameProofsLayout, desc []byte, descProof [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("pickStep", gameId, step, pre, preProof, post, postProof, lay, desc, descProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPickStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa41ac339.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pickStep(uint256 gameId, uint32 step, bytes32 pre, bytes32[] preProof, bytes32 post, bytes32[] postProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, bytes desc, bytes32[] descProof) returns()
func (disputeGame *DisputeGame) TryPackPickStep(gameId *big.Int, step uint32, pre [32]byte, preProof [][32]byte, post [32]byte, postProof [][32]byte, lay GameProofsLayout, desc []byte, descProof [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("pickStep", gameId, step, pre, preProof, post, postProof, lay, desc, descProof)
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
// Solidity: function proveOneStep(uint256 gameId, uint64 j, bytes desc, (bytes32,bytes32[])[] slots, (uint8,uint64,int64[4],bytes32[])[] leaves) returns()
func (disputeGame *DisputeGame) PackProveOneStep(gameId *big.Int, j uint64, desc []byte, slots []GameProofsSlotOpening, leaves []GameProofsLeafOpening) []byte {
	enc, err := disputeGame.abi.Pack("proveOneStep", gameId, j, desc, slots, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveOneStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc14fdd59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveOneStep(uint256 gameId, uint64 j, bytes desc, (bytes32,bytes32[])[] slots, (uint8,uint64,int64[4],bytes32[])[] leaves) returns()
func (disputeGame *DisputeGame) TryPackProveOneStep(gameId *big.Int, j uint64, desc []byte, slots []GameProofsSlotOpening, leaves []GameProofsLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("proveOneStep", gameId, j, desc, slots, leaves)
}

// PackProveSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26a5f04c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveSegment(uint256 gameId, int256[] points, uint256 k, bytes desc, (bytes32,bytes32[])[] slots, (uint8,uint64,int64[4],bytes32[])[] leaves) returns()
func (disputeGame *DisputeGame) PackProveSegment(gameId *big.Int, points []*big.Int, k *big.Int, desc []byte, slots []GameProofsSlotOpening, leaves []GameProofsLeafOpening) []byte {
	enc, err := disputeGame.abi.Pack("proveSegment", gameId, points, k, desc, slots, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26a5f04c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveSegment(uint256 gameId, int256[] points, uint256 k, bytes desc, (bytes32,bytes32[])[] slots, (uint8,uint64,int64[4],bytes32[])[] leaves) returns()
func (disputeGame *DisputeGame) TryPackProveSegment(gameId *big.Int, points []*big.Int, k *big.Int, desc []byte, slots []GameProofsSlotOpening, leaves []GameProofsLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("proveSegment", gameId, points, k, desc, slots, leaves)
}

// PackProveTableStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48e61080.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveTableStep(uint256 gameId, uint64 j, bytes desc, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, (bytes32,bytes32[]) inSlot, (uint8,uint64,int64[4],bytes32[]) inLeaf, (int64,uint8,bool,uint64,bytes32,bytes32[]) t, (uint8,uint64,int64[4],bytes32[])[] entries) returns()
func (disputeGame *DisputeGame) PackProveTableStep(gameId *big.Int, j uint64, desc []byte, lay GameProofsLayout, inSlot GameProofsSlotOpening, inLeaf GameProofsLeafOpening, t GameProofsTableOpening, entries []GameProofsLeafOpening) []byte {
	enc, err := disputeGame.abi.Pack("proveTableStep", gameId, j, desc, lay, inSlot, inLeaf, t, entries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveTableStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48e61080.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveTableStep(uint256 gameId, uint64 j, bytes desc, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, (bytes32,bytes32[]) inSlot, (uint8,uint64,int64[4],bytes32[]) inLeaf, (int64,uint8,bool,uint64,bytes32,bytes32[]) t, (uint8,uint64,int64[4],bytes32[])[] entries) returns()
func (disputeGame *DisputeGame) TryPackProveTableStep(gameId *big.Int, j uint64, desc []byte, lay GameProofsLayout, inSlot GameProofsSlotOpening, inLeaf GameProofsLeafOpening, t GameProofsTableOpening, entries []GameProofsLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("proveTableStep", gameId, j, desc, lay, inSlot, inLeaf, t, entries)
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
	Reason      string
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
// Solidity: event GameResolved(uint256 indexed gameId, bool proposerWon, string reason)
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
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotChallengeable"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotChallengeableError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotYourMove"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotYourMoveError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return disputeGame.UnpackReentrancyGuardReentrantCallError(raw[4:])
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

// DisputeGameBadProof represents a BadProof error raised by the DisputeGame contract.
type DisputeGameBadProof struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof(string what)
func DisputeGameBadProofErrorID() common.Hash {
	return common.HexToHash("0x4b0b7668f00e48d1b95940d503a98cb457b98d3da68370c08623198c4c757c45")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof(string what)
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

// DisputeGameReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DisputeGame contract.
type DisputeGameReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DisputeGameReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (disputeGame *DisputeGame) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DisputeGameReentrancyGuardReentrantCall, error) {
	out := new(DisputeGameReentrancyGuardReentrantCall)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
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
