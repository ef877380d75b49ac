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
	Challenger      common.Address
	ProposerClock   uint64
	ChallengerClock uint64
	LastMoveAt      uint64
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

// DisputeGameInput is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameInput struct {
	Slot  uint32
	Len   uint64
	Scale uint8
	IsInt bool
	Dtype uint8
}

// DisputeGameLayout is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameLayout struct {
	StepsRoot  [32]byte
	SlotsRoot  [32]byte
	NSteps     uint32
	NSlots     uint32
	Outputs    []DisputeGameOutput
	Inputs     []DisputeGameInput
	TablesRoot [32]byte
	NTables    uint32
}

// DisputeGameLeafOpening is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameLeafOpening struct {
	Input  uint8
	Leaf   uint64
	Values [4]int64
	Proof  [][32]byte
}

// DisputeGameOutput is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameOutput struct {
	Slot uint32
	Len  uint64
}

// DisputeGameSlotOpening is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameSlotOpening struct {
	Commitment [32]byte
	Proof      [][32]byte
}

// DisputeGameTableOpening is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameTableOpening struct {
	Lo            int64
	Shift         uint8
	OverflowAbove bool
	Len           uint64
	ValuesRoot    [32]byte
	Proof         [][32]byte
}

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"contractOneStepVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"clock_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"BondMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"}],\"name\":\"AccumulatorsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"}],\"name\":\"ChildPicked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GameStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"NodesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"SlotsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"StatesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"StepPicked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FANOUT_BITS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STATES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"disputeBias\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"first\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"firstProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"consts\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"disputeInitialState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"last\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"outs\",\"type\":\"tuple[]\"}],\"name\":\"disputeOutput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"proposedAt\",\"type\":\"uint40\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"proposerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMoveAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outSlot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"outLen\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nodeIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"childBits\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"childrenHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"int64\",\"name\":\"claimed\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"accLo\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"accHi\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"pointsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"}],\"name\":\"pickChild\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"pickSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"preProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"postProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"descProof\",\"type\":\"bytes32[]\"}],\"name\":\"pickStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"positionOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"e\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"proveOneStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"proveSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"e\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening\",\"name\":\"inSlot\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening\",\"name\":\"inLeaf\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"int64\",\"name\":\"lo\",\"type\":\"int64\"},{\"internalType\":\"uint8\",\"name\":\"shift\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"overflowAbove\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"valuesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.TableOpening\",\"name\":\"t\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"entries\",\"type\":\"tuple[]\"}],\"name\":\"proveTableStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"}],\"name\":\"revealAccumulators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"revealNodes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"revealSlots\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"revealStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractOneStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DisputeGame",
	Bin: "0x6101003461015c57601f615e1338819003918201601f19168301916001600160401b038311848410176101605780849260809460405283398101031261015c5780516001600160a01b038116919082810361015c576020820151906001600160a01b03821680830361015c576040840151606090940151946001600160401b038616860361015c5715908115610153575b506101445760805260a05260c05260e052604051615c9e908161017582396080518181816103ac015281816115e20152818161336a0152818161392801528181614ecf0152615106015260a051818181611bfb01528181611de7015281816120c6015281816125e701528181613fb7015281816146c60152614838015260c05181818161036f015281816116d501528181613aa201528181614e7301526150a8015260e05181818161056301526115a80152f35b63d92e233d60e01b5f5260045ffd5b9050155f610090565b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f5f3560e01c8063029f055c146124be57806308148f7a1461237257806308a511941461235757806320c3f2e6146122f957806321fa2ead14611f2e57806326a5f04c14611c6657806327e235e314611c2a5780632b7ac3f314611be65780633526cfab14611a345780633ccfd60b146119d05780634aae3077146117315780634b4e2dfc146117155780634d1975b4146116f857806352305151146116bd5780636d816091146116115780637dc0d1d0146115cc57806391ddadf414611588578063949d8bac1461137a5780639beb5bd414611306578063a084500a14611280578063a2f77bcc14610ddb578063a41ac33914610a92578063ab82d9a014610355578063c6478269146102cd578063c9e304ae146101ba578063d125aa5a146101605763db647a6614610143575f80fd5b3461015d578060031936011261015d576020604051818152f35b80fd5b503461015d57606036600319011261015d57600435906001600160401b038216820361015d57602435906001600160401b038216820361015d5760206101a96044358486614a8a565b6001600160401b0360405191168152f35b503461015d5761010036600319011261015d576101d5612802565b6044356001600160401b0381116102c9576101f490369060040161274c565b916064356001600160401b0381116102c55761010060031982360301126102c5576084356001600160401b0381116102c157604060031982360301126102c15760a435916001600160401b0383116102bd5760e060031984360301126102bd5760c435936001600160401b0385116102b95760c060031986360301126102b95760e435966001600160401b0388116102b5576102976102b298369060040161271c565b9790966004019560040194600401936004019260043561433b565b80f35b8880fd5b8780fd5b8680fd5b8580fd5b8480fd5b8280fd5b503461015d5760a036600319011261015d576102e7612802565b6044356001600160401b0381116102c95761030690369060040161274c565b916064356001600160401b0381116102c55761032690369060040161271c565b90608435946001600160401b0386116102bd5761034a6102b296369060040161271c565b959094600435613eee565b50602036600319011261015d5760043561036d615487565b7f0000000000000000000000000000000000000000000000000000000000000000803403610a7c575060405163c58343ef60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169290918183602481875afa928315610a715782936108ff575b506040516318feeb1560e31b815260048101829052938285602481845afa94851561068a5783956108db575b50606084015160058110156108c7576002148015906108ba575b6108a6576020850161045964ffffffffff82511663ffffffff6101408801511690612d74565b4210156108925783545f19811461087e576001908101808655808652602082815260408088208781558a519481018054965164ffffffffff60a01b60a09190911b166001600160a01b039096166001600160c81b031990971696909617949094178555600284018054336001600160a01b031990911617815560808b01516004808701919091559151637b10399960e01b81529399909493929091839081895afa91821561087357908891829361082b575b50604063ffffffff91015116602460405180948193631b4d85a560e21b8352600483015260018060a01b03165afa908115610820578791610695575b5060a0908101516005830155825467ffffffffffffffff60a01b7f00000000000000000000000000000000000000000000000000000000000000009283901b1667ffffffffffffffff60a01b199091161790925560030180546fffffffffffffffffffffffffffffffff19166001600160401b03909216919091174260401b67ffffffffffffffff60401b161790555b805460ff60c81b1916600160c81b179055803b156102c957828091604460405180948193635fc2828b60e01b8352876004840152600160248401525af1801561068a57610671575b5060209360018060a01b0390511690604051918252837f9f0b80476ce7b05cfe8b0800d21f0b0f2704c8eb948fa5d5e87997ec901f96d1863394a45f516020615c7e5f395f51905f525d604051908152f35b61067c8380926128e1565b610686575f61061f565b5080fd5b6040513d85823e3d90fd5b90503d8088833e6106a681836128e1565b8101906020818303126102b9578051906001600160401b0382116102b5570180820361018081126102b5576040519261010084018481106001600160401b0382111761080c576040526106f8836136d9565b8452610706602084016136d9565b6020850152610717604084016136d9565b6040850152606083015160608501526080830151608085015260a083015160a085015260c08301516001600160401b03811161080857830181601f820112156108085760a0929181602061076d9351910161371b565b60c085015260df1901126102b95760405190610788826128ab565b61079460e08201613dec565b82526107a36101008201613ddb565b60208301526101208101516003811015610804576001600160401b0393836107ef6101606105d799989560a095604060039901526107e461014082016136ff565b6060850152016136ff565b608082015260e0820152935050929350610547565b8980fd5b8a80fd5b634e487b7160e01b8b52604160045260248bfd5b6040513d89823e3d90fd5b915091506020813d60201161086b575b81610848602093836128e1565b810103126102b957516001600160a01b03811681036102b957908790604061050b565b3d915061083b565b6040513d8a823e3d90fd5b634e487b7160e01b85526011600452602485fd5b638d48783f60e01b84526004839052602484fd5b638d48783f60e01b83526004829052602483fd5b5060408501511515610433565b634e487b7160e01b84526021600452602484fd5b6108f89195503d8085833e6108f081836128e1565b81019061376b565b935f610419565b9092503d8083833e61091181836128e1565b8101906020818303126102c9578051906001600160401b038211610a6d5701906101a0828203126102c957604051916101a083018381106001600160401b03821117610a5957604052610963816136d9565b8352610971602082016136ed565b602084015261098260408201613ddb565b6040840152606081015160058110156102c55760608401526109a66080820161370c565b60808401526109b760a082016136d9565b60a08401526109c860c08201613ddb565b60c08401526109d960e08201613dec565b60e08401526109eb6101008201613dec565b6101008401526109fe610120820161370c565b610120840152610a116101408201613ddb565b61014084015261016081015160038110156102c557610160840152610180810151906001600160401b0382116102c557610a4c929101613751565b610180820152915f6103ed565b634e487b7160e01b85526041600452602485fd5b8380fd5b6040513d84823e3d90fd5b634ba85a6b60e11b835260045234602452604482fd5b503461015d5761012036600319011261015d5760043560243563ffffffff81168091036102c957604435906064356001600160401b0381116102c557610adc90369060040161271c565b93909160843560a4356001600160401b0381116102b957610b0190369060040161271c565b959060c435956001600160401b03871161080457866004019861010060031989360301126108085760e4356001600160401b038111610dd757610b4890369060040161274c565b939092610104359a6001600160401b038c11610dd3578c9b610b6e90369060040161271c565b939094610b7a8c614ba4565b9e8f90610b8691615522565b610b9260448e01613231565b63ffffffff168b1015610dc357610bb1908f60040154948c8b876156f9565b15928315610d88575b505050610d5a57610be09187610bd136878761291d565b60208151910120809c356156f9565b15610d2257610bf491819998990190612a69565b6060019688969060015b60808a51015180518a1015610c5557610c1f8a6001600160401b0392613281565b5181169116026001600160401b038116908103610c4157600190980197610bfe565b634e487b7160e01b8b52601160045260248bfd5b507fb41533e15513d134fc3bdaf148911ff35ccd8fee65b8651fdfecf8d4bab6d1d29850986060976001949596979a60068501926bffffffff000000000000000067ffffffff00000000610cad606487549601613231565b60201b1691515160401b16916001600160401b038c1b908c1b16928a6001600160401b038d1b19916bffffffffffffffffffffffff191617161717179055836007830155846008830155600982015501600360c81b60ff60c81b1982541617905560405192835260208301526040820152a280f35b6040516309616ecd60e31b815280610d56600482016060906020815260046020820152630737465760e41b60408201520190565b0390fd5b6040516309616ecd60e31b8152602060048201526005602482015264737461746560d81b6044820152606490fd5b9091925060018a0190818b11610dae579089610da59493926156f9565b155f8080610bba565b50634e487b7160e01b8f52601160045260248ffd5b5063779ffa5760e11b8f5260048ffd5b8d80fd5b8b80fd5b503461015d57602036600319011261015d57806103a0604051610dfd8161287b565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152826102c0820152826102e08201528261030082015282610320820152826103408201528261036082015282610380820152015260043581526001602052604081209060405191610edb8361287b565b8054835260018101546001600160a01b038116602085015260a081901c64ffffffffff16604085015260c881901c60ff16600a8110156108c7576010929160ff91606087015260d01c16151560808501526001600160401b03600282015460018060a01b03811660a087015260a01c1660c08501526001600160401b03600382015481811660e087015260401c16610100850152600481015461012085015260058101546101408501526001600160401b03600682015463ffffffff811661016087015263ffffffff8160201c1661018087015263ffffffff8160401c166101a087015260601c166101c085015260078101546101e085015260088101546102008501526009810154610220850152600a81015461024085015260ff600b8201546001600160401b038116610260870152818160401c1661028087015260481c166102a0850152600c8101546102c0850152600d8101546001600160401b0381166102e08601528060401c60070b6103008601526001600160401b038160801c1661032086015260c01c610340850152600e810154610360850152600f81015461038085015201546103a0830152604051908251825260018060a01b03602084015116602083015264ffffffffff6040840151166040830152606083015190600a82101561126c57506103c0926103a091606084015260808101511515608084015260018060a01b0360a08201511660a08401526001600160401b0360c08201511660c08401526001600160401b0360e08201511660e08401526001600160401b036101008201511661010084015261012081015161012084015261014081015161014084015263ffffffff6101608201511661016084015263ffffffff6101808201511661018084015263ffffffff6101a0820151166101a08401526001600160401b036101c0820151166101c08401526101e08101516101e08401526102008101516102008401526102208101516102208401526102408101516102408401526001600160401b036102608201511661026084015260ff6102808201511661028084015260ff6102a0820151166102a08401526102c08101516102c08401526001600160401b036102e0820151166102e084015261030081015160070b6103008401526001600160401b03610320820151166103208401526001600160401b036103408201511661034084015261036081015161036084015261038081015161038084015201516103a0820152f35b634e487b7160e01b81526021600452602490fd5b503461015d5760a036600319011261015d576044356001600160401b038111610686576112b190369060040161271c565b6064356001600160401b038111610a6d576101006003198236030112610a6d57608435926001600160401b0384116102c5576112f46102b294369060040161271c565b939092600401916024356004356138b9565b503461015d5761132561132c61131b366127ac565b9294909194614ae8565b93846153a6565b60206001600160401b0361134d600d840154828160801c169060c01c61318a565b16111561136b57600101805460ff60c81b1916600760c81b17905580f35b63779ffa5760e11b8252600482fd5b503461015d5761138936612779565b90828452600160205260408420916001830192835460ff8160c81c16600a811015611574576001810361155857506001600160a01b03163303611540576001600160401b034216600382016113eb6001600160401b03825460401c168361318a565b60028401906001600160401b03825460a01c16806001600160401b0383161161152c57916114216114499261147196959461318a565b815467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16179055565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b81158015611522575b61151357600461148a83856152a1565b910154036114e457825460ff60c81b1916600160c91b1790925560405160208082527f8e163fb447c81b49e166afcca0b92f7603c31dfe6daf2965839e33567055e19593919283926114de92840191612d81565b0390a280f35b6040516309616ecd60e31b815260206004820152600660248201526573746174657360d01b6044820152606490fd5b63779ffa5760e11b8652600486fd5b506040821161147a565b63292daabd60e21b8b5260048a905260248bfd5b631e30388760e31b8652600485905233602452604486fd5b876115726044928963041d44f960e11b84526004526127e3565bfd5b634e487b7160e01b88526021600452602488fd5b503461015d578060031936011261015d5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461015d578060031936011261015d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461015d5760e036600319011261015d576044356001600160401b0381116106865761164290369060040161271c565b90606435916001600160401b038311610a6d576101006003198436030112610a6d576084356001600160401b0381116102c55761168390369060040161271c565b60c43594916001600160401b0386116102bd576116a76102b296369060040161274c565b95909460a43594600401916024356004356132da565b503461015d578060031936011261015d5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b503461015d578060031936011261015d5760209054604051908152f35b503461015d578060031936011261015d57602060405160068152f35b346119cc5761173f366127ac565b835f52600160205260405f2092600184019260ff845460c81c16600a8110156119b8576005810361199b575060028501546001600160a01b03163303611984576001600160401b03421660038601908154916001600160401b036117a8818560401c168461318a565b931692836001600160401b03821611611971576117d06001600160401b03916118089561318a565b166001600160401b03198254161781559067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b604051602081019061182d8161181f848688613216565b03601f1981018352826128e1565b519020600c860154036119405780831015611931578261184f91600b93612d64565b3593600a8101948555016001600160401b038154818085169160ff8282169160481c161b1617166001600160401b0319825416178155805460ff808260481c169160401c16039260ff841161191d577f2d46eb748c91816a93a15d9fea5c38bf4956b5dc75eb5594dda0d4bb9cf13ea5946118fa60ff926118e7606097869060ff60401b82549160401b169060ff60401b1916179055565b845460401c841661191557600690612dc5565b54915460401c169060405192835260208301526040820152a2005b600490612dc5565b634e487b7160e01b5f52601160045260245ffd5b63779ffa5760e11b5f5260045ffd5b6040516309616ecd60e31b815260206004820152600860248201526731b434b6323932b760c11b6044820152606490fd5b8963292daabd60e21b5f5260045260245ffd5b85631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f5260048790526119b3906127e3565b60445ffd5b634e487b7160e01b5f52602160045260245ffd5b5f80fd5b346119cc575f3660031901126119cc576119e8615487565b335f52600260205260405f20548015611a2557611a1390335f5260026020525f6040812055336154bc565b5f5f516020615c7e5f395f51905f525d005b630686827b60e51b5f5260045ffd5b346119cc57611a4236612779565b90825f52600160205260405f209160018301805460ff8160c81c16600a8110156119b8576004810361199b57506001600160a01b03163303611bcf576001600160401b0342166003850190611aa46001600160401b03835460401c168261318a565b9160028701926001600160401b03845460a01c1693846001600160401b038316116119715761142161144992611ad99661318a565b600b84019384549460ff8660401c16600681105f14611bc657955b600160ff88161b850361193157611b0b85876152a1565b600a84015403611b985760ff60481b7f4c1fd9fa392a9ebad90cd5b7b6c047fd8fa8976cddb459034b3ea169a2d6156d9760481b169060ff60481b1916179055600c6040516020810190611b648161181f84898b613216565b519020910155805460ff60c81b1916600560c81b179055604051602080825290928392611b9392840191612d81565b0390a2005b6040516309616ecd60e31b81526020600482015260056024820152646e6f64657360d81b6044820152606490fd5b50600695611af4565b84631e30388760e31b5f526004523360245260445ffd5b346119cc575f3660031901126119cc576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346119cc5760203660031901126119cc576004356001600160a01b038116908190036119cc575f526002602052602060405f2054604051908152f35b346119cc5760c03660031901126119cc576004356024356001600160401b0381116119cc57611c9990369060040161271c565b91906064356001600160401b0381116119cc57611cba90369060040161274c565b6084929192356001600160401b0381116119cc57611cdc90369060040161271c565b9160a435946001600160401b0386116119cc57611d00611d1796369060040161271c565b969095611d0c89614ae8565b99604435918b6153a6565b600d880154908160c01c906001600160401b038360801c169060206001600160401b03611d44848661318a565b161161193157611d5536868361291d565b6020815191012060098c015403610d22576001600160401b0398602098611dbc988d98611d8b85611de39a611d92970190612a69565b809a614c76565b91600e8b015491604051998a988998634ac6a6cb60e01b8a5260c060048b015260c48a0190612c19565b951660248801526044870152606486015260848501528382036003190160a4850152612cb5565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f9181611efa575b50611e8c57509050611e296131aa565b90631a93c68960e11b6001600160e01b0319611e44846131d9565b1603611e8357611e81915060405190611e5e6040836128e1565b60118252707365676d656e74206f766572666c6f777360781b6020830152614dfd565b005b50602081519101fd5b600f611e8193015414805f14611ecc57604051611eaa6040826128e1565b600f81526e1cd959db595b9d0818dbdc9c9958dd608a1b602082015291615018565b604051611eda6040826128e1565b600d81526c7365676d656e742077726f6e6760981b602082015291615018565b9091506020813d602011611f26575b81611f16602093836128e1565b810103126119cc57519084611e19565b3d9150611f09565b346119cc5760603660031901126119cc576004356024356001600160401b0381116119cc57611f6190369060040161271c565b906044356001600160401b0381116119cc57611f8190369060040161274c565b845f52600160205260405f206001810191825460ff8160c81c16600a8110156119b857600781036122e157506001600160a01b031633036122ca576001600160401b0342166003830190611fe26001600160401b03835460401c168261318a565b9160028501926001600160401b03845460a01c1693846001600160401b038316116122b757611421611449926120179661318a565b600d8201938454916001600160401b038360801c16928060c01c9261203c8486615381565b926001840180851161191d578b036119315760108701968754155f1461222857600961206936848661291d565b6020815191012091015403610d225761209561208d836120ba936020950190612a69565b948c8c612d64565b3593604051948592839263b7c0f87d60e01b8452604060048501526044840190612c19565b602483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91821561221d575f926121ec575b5060401c60070b9060070b036121b85761212986915b61181f89604051948593602085019788612834565b5190209055600160cb1b60ff60c81b198254161790555491806040519360608501906001600160401b038160801c16865260c01c602086015260606040860152526080830191905f5b8181106121a257857fde0a9f87f990316a5c3a3904063985c4f761dbb1112a265fd40161526591cdd586860387a2005b8235845260209384019390920191600101612172565b6040516309616ecd60e31b815260206004820152600b60248201526a30b1b1bab6bab630ba37b960a91b6044820152606490fd5b61220f91925060203d602011612216575b61220781836128e1565b810190613171565b908a6120fe565b503d6121fd565b6040513d5f823e3d90fd5b9250505088156122a357600e81015488351491821592612286575b5050612253576121298691612114565b6040516309616ecd60e31b815260206004820152600a60248201526972616e676520656e647360b01b6044820152606490fd5b600f919250612296908a8a612d64565b3591015414158980612243565b634e487b7160e01b5f52603260045260245ffd5b8b63292daabd60e21b5f5260045260245ffd5b86631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f5260048990526119b3906127e3565b346119cc5760603660031901126119cc576024356001600160401b0381116119cc5761232990369060040161271c565b604435916001600160401b0383116119cc5761234c611e8193369060040161271c565b929091600435612de9565b346119cc575f3660031901126119cc57602060405160408152f35b346119cc5760203660031901126119cc57600435805f52600160205260405f2060ff600182015460c81c1690600a82101591826119b857801580156124b1575b61249957826119b8576001811492831561248c575b831561247b575b8315612466575b505061240790825f1461244f576001600160401b0380600381600285015460a01c16935b015460401c16911690612d74565b42111561243c57611e8191604051916124216040846128e1565b60078352661d1a5b595bdd5d60ca1b60208401521590615018565b50631c6b034960e01b5f5260045260245ffd5b6001600160401b03806003818185015416936123f9565b909192506119b85760071490612407846123d5565b8093506119b85760048114926123ce565b506003811492505f6123c7565b63041d44f960e11b5f5260048490526119b3906127e3565b505f9250600981146123b2565b346119cc5760a03660031901126119cc576004356024356001600160401b0381116119cc576124f190369060040161271c565b6044929192356001600160401b0381116119cc5761251390369060040161274c565b91906064356001600160401b0381116119cc5761253490369060040161271c565b916084356001600160401b0381116119cc5761255490369060040161271c565b95909161256088614ae8565b96600d880154936001600160401b038560801c168015908115916126ec575b506126bd5761258f36858561291d565b6020815191012060098a015403610d22576020966001600160401b03966125bf856125e3976125c6970190612a69565b809b614c76565b6040516367d6931b60e01b81529687948594169060048501612d32565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91821561221d575f92612689575b50156122a357611e81923514801561265e5760405161263f6040826128e1565b600c81526b189a585cc818dbdc9c9958dd60a21b602082015291615018565b60405161266c6040826128e1565b600a815269626961732077726f6e6760b01b602082015291615018565b9091506020813d6020116126b5575b816126a5602093836128e1565b810103126119cc5751908461261f565b3d9150612698565b6040516309616ecd60e31b8152602060048201526006602482015265706f696e747360d01b6044820152606490fd5b90508861270c8d61181f60405193849260208401968c60c01c9088612834565b51902060108a015414158c61257f565b9181601f840112156119cc578235916001600160401b0383116119cc576020808501948460051b0101116119cc57565b9181601f840112156119cc578235916001600160401b0383116119cc57602083818601950101116119cc57565b9060406003198301126119cc5760043591602435906001600160401b0382116119cc576127a89160040161271c565b9091565b9060606003198301126119cc5760043591602435906001600160401b0382116119cc576127db9160040161271c565b909160443590565b600a8110156119b857602452565b359063ffffffff821682036119cc57565b6024359060ff821682036119cc57565b359060ff821682036119cc57565b35906001600160401b03821682036119cc57565b6001600160c01b031960c092831b811682529290911b9091166008820152601001915f5b8181106128655750505090565b8235845260209384019390920191600101612858565b6103c081019081106001600160401b0382111761289757604052565b634e487b7160e01b5f52604160045260245ffd5b60a081019081106001600160401b0382111761289757604052565b606081019081106001600160401b0382111761289757604052565b90601f801991011681019081106001600160401b0382111761289757604052565b6001600160401b03811161289757601f01601f191660200190565b92919261292982612902565b9161293760405193846128e1565b8294818452818301116119cc578281602093845f960137010152565b6001600160401b0381116128975760051b60200190565b35908160070b82036119cc57565b9080601f830112156119cc57813561298f81612953565b9261299d60405194856128e1565b81845260208085019260051b8201019283116119cc57602001905b8282106129c55750505090565b602080916129d28461296a565b8152019101906129b8565b359081151582036119cc57565b919060a0838203126119cc5760405190612a03826128ab565b8193612a0e816127f1565b8352612a1c60208201612812565b6020840152612a2d604082016129dd565b6040840152612a3e60608201612812565b60608401526080810135916001600160401b0383116119cc57608092612a649201612978565b910152565b6020818303126119cc578035906001600160401b0382116119cc57016080818303126119cc5760405191608083018381106001600160401b0382111761289757604052813561ffff811681036119cc57835260208201356001600160401b0381116119cc5781612ada918401612978565b602084015260408201356001600160401b0381116119cc57820181601f820112156119cc578035612b0a81612953565b91612b1860405193846128e1565b81835260208084019260051b820101918483116119cc5760208201905b838210612b6a5750505050604084015260608201356001600160401b0381116119cc57612b6292016129ea565b606082015290565b81356001600160401b0381116119cc57602091612b8c888480948801016129ea565b815201910190612b35565b90602080835192838152019201905f5b818110612bb45750505090565b825160070b845260209384019390920191600101612ba7565b9060a06080612c169363ffffffff815116845260ff602082015116602085015260408101511515604085015260ff60608201511660608501520151918160808201520190612b97565b90565b919061ffff8351168152612c3c6020840151608060208401526080830190612b97565b906040840151918181036040830152825180825260208201916020808360051b8301019501925f915b838310612c885750505050506060612c1693940151906060818403910152612bcd565b9091929395602080612ca6600193601f198682030187528a51612bcd565b98019301930191939290612c65565b90602080835192838152019201905f5b818110612cd25750505090565b9091926040845160ff81511683526001600160401b036020820151166020840152015160408201905f915b60048310612d195750505060c001926020019190600101612cc5565b602080600192845160070b815201920192019190612cfd565b6001600160401b03612d50612c169593606084526060840190612c19565b931660208201526040818403910152612cb5565b91908110156122a35760051b0190565b9190820180921161191d57565b81835290916001600160fb1b0383116119cc5760209260051b809284830137010190565b906001600160401b03809116911601906001600160401b03821161191d57565b90600a8110156119b857815460ff60c81b191660c89190911b60ff60c81b16179055565b92919493835f52600160205260405f20926001840194855460ff8160c81c16600a8110156119b8576003810361315957506001600160a01b03163303613143576001600160401b03421660038601612e4e6001600160401b03825460401c168361318a565b60028801906001600160401b03825460a01c16806001600160401b03831611613130579161142161144992612e8496959461318a565b6006850197885463ffffffff8160201c1680831490811591613125575b5061193157612eb082876152a1565b60078801541480159061310e575b6130e05763ffffffff90837fe00f2dd49818c2db240dad3862c6e5bf435a938affc22717741f96028d917f366040989498516040815280612f15612f06604083018d8a612d81565b82810360208401528b8b612d81565b0390a260401c1680955f925b81841061304a57612f329350612d64565b35612ff4575092612f506001600160401b0393600b93600396612d64565b35600a8201550194811986541686555460601c16016001600160401b03811161191d575f939060021c673fffffffffffffff1660015b816001600160401b03821610612fd157505080612fbe612fcf949560ff939060ff60401b82549160401b169060ff60401b1916179055565b5460401c1661191557600690612dc5565b565b67fffffffffffffffe60ff9160011b16951660ff811461191d5760010194612f86565b945050505050612fcf9192506040519061300f6060836128e1565b602382527f746865206f757470757420736c6f742077617320616c726561647920777269746020830152623a32b760e91b6040830152614dfd565b918391931415806130c0575b61306557600101918691612f21565b505050945050505050612fcf91925060609061308460405192836128e1565b602482527f6120736c6f74206f74686572207468616e20746865206f7574707574206368616020830152631b99d95960e21b6040830152614dfd565b506130cc818484612d64565b356130d8828888612d64565b351415613056565b6040516309616ecd60e31b8152602060048201526005602482015264736c6f747360d81b6044820152606490fd5b5061311985856152a1565b60088801541415612ebe565b90508514155f612ea1565b8563292daabd60e21b5f5260045260245ffd5b631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f5260048390526119b3906127e3565b908160209103126119cc57518060070b81036119cc5790565b906001600160401b03809116911603906001600160401b03821161191d57565b3d156131d4573d906131bb82612902565b916131c960405193846128e1565b82523d5f602084013e565b606090565b80516020909101516001600160e01b03198116929190600482106131fb575050565b6001600160e01b031960049290920360031b82901b16169150565b91906001600160fb1b0381116119cc5760051b809282370190565b3563ffffffff811681036119cc5790565b9061324c82612953565b61325960405191826128e1565b828152809261326a601f1991612953565b0190602036910137565b8051156122a35760200190565b80518210156122a35760209160051b010190565b903590601e19813603018212156119cc57018035906001600160401b0382116119cc576020019160a08202360383136119cc57565b91908110156122a35760a0020190565b95999492989397969190986132ee87614ba4565b916132f98a84615522565b6004830154905f908c935f915b8183106136245750505015918261361a575b505015610d5a5763ffffffff61333060608a01613231565b168a0361360b5761334236858961291d565b805160209182012060405163b93f863360e01b815260048101949094526024840152826044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91821561221d575f926135d7575b5054036135a9576133b288613242565b5f5b89811061356157506133c59061579b565b60208701350361352f576133d888613242565b975f5b81811061350f575050506133fe9060a08601946133f88688613295565b9061587d565b9290156134d6575f5b835181101561345157808661344a63ffffffff61344361343e856134388c61343160019a8e613281565b5197613295565b906132ca565b613231565b168b613281565b5201613407565b50935094612fcf949250613465915061579b565b1480156134a25760405161347a6040826128e1565b60158152741a5b9a5d1a585b081cdd185d194818dbdc9c9958dd605a1b602082015291615018565b6040516134b06040826128e1565b6013815272696e697469616c2073746174652077726f6e6760681b602082015291615018565b935094505050612fcf9150604051906134f06040836128e1565b600d82526c1a5b9d985b1a59081a5b9c1d5d609a1b6020830152614dfd565b8061351d6001928486612d64565b35613528828d613281565b52016133db565b6040516309616ecd60e31b8152602060048201526009602482015268636f6e7374616e747360b81b6044820152606490fd5b8061356f6001928c86612d64565b35604051602081019163ffffffff841683526040820152604081526135956060826128e1565b5190206135a28285613281565b52016133b4565b6040516309616ecd60e31b81526020600482015260056024820152641a5b9c1d5d60da1b6044820152606490fd5b9091506020813d602011613603575b816135f3602093836128e1565b810103126119cc5751905f6133a2565b3d91506135e6565b63399d2d9b60e01b5f5260045ffd5b1490505f80613318565b90919294600190818716155f1461367057613640858585612d64565b3560405190602082019283526040820152604081526136606060826128e1565b5190205b95811c93019190613306565b61367b858585612d64565b3590604051906020820192835260408201526040815261369c6060826128e1565b519020613664565b903590601e19813603018212156119cc57018035906001600160401b0382116119cc57602001918160061b360383136119cc57565b51906001600160a01b03821682036119cc57565b519064ffffffffff821682036119cc57565b519081151582036119cc57565b519061ffff821682036119cc57565b92919261372782612902565b9161373560405193846128e1565b8294818452818301116119cc578281602093845f96015e010152565b9080601f830112156119cc578151612c169260200161371b565b6020818303126119cc578051906001600160401b0382116119cc570160c0818303126119cc576040519160c083018381106001600160401b03821117612897576040526137b7826136d9565b83526137c5602083016136ed565b60208401526137d6604083016136ff565b60408401526137e76060830161370c565b60608401526080820151608084015260a08201516001600160401b0381116119cc576138139201613751565b60a082015290565b91908110156122a35760061b0190565b356001600160401b03811681036119cc5790565b91908110156122a35760051b81013590603e19813603018212156119cc570190565b903590601e19813603018212156119cc57018035906001600160401b0382116119cc57602001918160051b360383136119cc57565b60021b906803fffffffffffffffc67fffffffffffffffc83169216820361191d57565b909396926138f3906138ca83614ba4565b936138d58a86615522565b60048501548763ffffffff6138ec60408e01613231565b16916156f9565b15610d5a57608087019361390785896136a4565b9050870361360b5791546040516318feeb1560e31b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692905f81602481875afa801561221d5760a0915f91613dc1575b5001515f96875b61397b888c6136a4565b90508910156139c1576139b96001916001600160401b036139b260208f8e6139a68f6139ac936136a4565b9061381b565b0161382b565b1690612d74565b980197613971565b909397509890939791949884518160031b918083046008149015171561191d5703613d88575f95865b838810613b45575050505050505050604090815190613a0983836128e1565b601e82527f6f7574707574206d617463686573207468652066696e616c207374617465000060208084019182525f8381526001808352868220908101805461010960c81b61ffff60c81b1982161790915590546001600160a01b0390911682526002909252859020805491947f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e02939260609290613ac7907f000000000000000000000000000000000000000000000000000000000000000090612d74565b9055865192839160018352886020840152518091818a8501528484015e5f828201840152601f01601f19168101030190a2823b156119cc575f926044849284519586938492635fc2828b60e01b845260048401528160248401525af1908115613b3c5750613b325750565b5f612fcf916128e1565b513d5f823e3d90fd5b613b8e63ffffffff613b588a878961383f565b35613b6a61343e8c6139a6888a6136a4565b90613b83613b798d8a8c61383f565b6020810190613861565b93909216908b6156f9565b15613d5457613ba660206139ac8a6139a686886136a4565b6001600160401b0381166003810180821161191d5760021c8015613d4c575b6001905b808210613d425750613bda81613242565b915f5b818110613cf95750505b60018111613c7b5750613bf990613274565b51613c058a878961383f565b3503613c405760031b906807fffffffffffffff867fffffffffffffff883169216820361191d57600191613c3891612d74565b9701966139ea565b505050505050505050612fcf9150604090613c5d825192836128e1565b600c82526b6f757470757420627974657360a01b6020830152614dfd565b60011c5f5b818110613c8d5750613be7565b600181901b906001600160ff1b038116810361191d57613cad8285613281565b516001830180931161191d57613cc560019386613281565b516040519060208201928352604082015260408152613ce56060826128e1565b519020613cf28286613281565b5201613c80565b600381901b86018b016020015160c01c9060c08160061b1660c00360c0811161191d57613d3b6001938360021c921b613d328389613281565b51179187613281565b5201613bdd565b9060011b90613bc9565b506001613bc5565b6040516309616ecd60e31b815260206004820152600b60248201526a1bdd5d1c1d5d081cdb1bdd60aa1b6044820152606490fd5b505050505050612fcf915060405190613da26040836128e1565b600d82526c0deeae8e0eae840d8cadccee8d609b1b6020830152614dfd565b613dd591503d805f833e6108f081836128e1565b5f61396a565b519063ffffffff821682036119cc57565b51906bffffffffffffffffffffffff821682036119cc57565b60405190613e146040836128e1565b600f82526e1c1859191a5b99c8195b195b595b9d608a1b6020830152565b60405190613e416040836128e1565b601782527f6f6e652d737465703a20656c656d656e742077726f6e670000000000000000006020830152565b60405190613e7c6040836128e1565b601982527f6f6e652d737465703a20656c656d656e7420636f7272656374000000000000006020830152565b60405190613eb76060836128e1565b6022825261756560f01b6040837f6f6e652d737465703a2074686520656c656d656e7420686173206e6f2076616c60208201520152565b95909294969196613efe87614c0d565b9560ff85169860048a101561193157613f1836838361291d565b60208151910120600989015403610d2257613f3591810190612a69565b97613f5581613f506001600160401b03600b8b015416613896565b612da5565b600a8801549095909160ff82160361191d57613fc09060061b1660c00360c0811161191d571c946001600160401b03861660070b966001600160401b03600682015460601c166001600160401b03871610156141fb57613ffc60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000169760208c60405180948192631ff1b32560e01b83528460048401526024830190612c19565b03818c5afa91821561221d575f926141b7575b5060206001600160401b03831611614157575050926140399260209795928b6140579c9896614c76565b60405163fbf4f2f160e01b8152978894859384939160048501612d32565b03915afa5f9381614136575b50614112575090506140736131aa565b6001600160e01b0319614085826131d9565b16631a93c68960e11b8114908115614101575b81156140f0575b81156140df575b81156140ce575b50156140c65750612fcf906140c0613ea8565b90614dfd565b602081519101fd5b63405b7f5760e11b1490505f6140ad565b631390f2a160e01b811491506140a6565b6323d359a360e01b8114915061409f565b63d2c0367760e01b81149150614098565b612fcf9260070b14801561412e57614128613e6d565b91615018565b614128613e32565b61415091945060203d6020116122165761220781836128e1565b925f614063565b60401b67ffffffffffffffff60401b166001600160401b03979097169690961760c09690961b6001600160c01b03191695909517600d86015550600197509295506141a3945050505050565b01805460ff60c81b1916600760c81b179055565b9091506020813d6020116141f3575b816141d3602093836128e1565b810103126119cc57516001600160401b03811681036119cc57905f61400f565b3d91506141c6565b5050505050505090612fcf9250614210613e05565b911590615018565b358060070b81036119cc5790565b60208151910151906020811061423a575090565b5f199060200360031b1b1690565b3560ff811681036119cc5790565b3580151581036119cc5790565b9061426d82612953565b61427a60405191826128e1565b828152809261428b601f1991612953565b01905f5b82811061429b57505050565b6020906040516142aa816128c6565b5f8082528382015260405160806142c181836128e1565b36823760408201528282850101520161428f565b91908110156122a35760051b8101359060de19813603018212156119cc570190565b9190604051926143086080856128e1565b8390608081019283116119cc57905b82821061432357505050565b602080916143308461296a565b815201910190614317565b97969294999891959061434d89614c0d565b9560ff82169760048910156119315761436736838361291d565b60208151910120600989015403610d225761438e91614386888a615522565b810190612a69565b9761ffff895116600d8114159081614a7e575b508015614a6e575b61360b576143c788613f506001600160401b03600b8b015416613896565b600a8801549890929060ff82160361191d57613fc09060061b1660c0039660c0881161191d576001600160401b03600682015460601c166001600160401b0384161015614a4057600701549b8035908160408c019e8f5161442790613274565b515163ffffffff16926020810161443d91613861565b926144499491926156f9565b15614a0d57602084019061445c8261382b565b6001600160401b0380673fffffffffffffff8760021c161691160361360b57614516916001600160401b03916144fe6144f861449a60408a01614218565b6144f36144a960608c01614218565b9161181f8c6144c660a06144bf60808401614218565b9201614218565b6040805160c095861b602082015296851b602888015291841b603087015290921b60388501528391820190565b614226565b9261382b565b9161450c60c0890189613861565b94909316916156f9565b156149da5761452485614218565b9561453160208701614248565b96604087019761454089614256565b61454c60608a0161382b565b9060405192602084019460070b855260ff166040840152151560608301526001600160401b03166080820152608088013560a082015260a0815261459160c0826128e1565b5190209060208b01516145a390613274565b516001600160401b0316906145bb60a0890189613861565b92909160c00135936145cc946156f9565b156149ac576145da84614263565b935f5b8181106148a05750505060046003821610156122a35761460791606060409260051b160101614218565b985f995f97606095601a61ffff835116145f146147b65750602001518051600110156122a3576020936001600160401b0360ff8661465060406146c296015160070b9751613274565b510151169660ff61466082614218565b9161467860606146718b8401614248565b920161382b565b926040519a8b998a996364ec9b8f60e01b8b5260070b60048b015260248a0152604489015260070b60648801521660848601521660a484015260e060c484015260e4830190612cb5565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f9181614795575b506147895750506147076131aa565b955b6147605750505063ffffffff60e01b614721846131d9565b16631a93c68960e11b811490811561474f575b5061474157825160208401fd5b612fcf9192506140c0613ea8565b630f50d75d60e01b1490505f614734565b612fcf949550906001600160401b03911c1660070b9060070b14805f1461412e57614128613e6d565b90965092506001614709565b6147af91925060203d6020116122165761220781836128e1565b905f6146f8565b949250506148346020936001600160401b036147d185614218565b946147eb60606146716147e58a8501614248565b9a614256565b9060ff604051998a9889986326d9100760e11b8a5260070b60048a015260070b60248901521660448701521515606486015216608484015260c060a484015260c4830190612cb5565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f918161487f575b506147895750506148796131aa565b95614709565b61489991925060203d6020116122165761220781836128e1565b905f61486a565b6148ab8183856142d5565b906040820161491e6001600160401b036148f26148c784614218565b6144f36148d660608901614218565b9161181f6148e660808b01614218565b6144c660a08c01614218565b948b602082019660806149126149078a61382b565b9460c0810190613861565b959094169201356156f9565b156149785761495761493160019461382b565b916001600160401b0360405193614947856128c6565b5f855216602084015236906142f7565b60408201526149668289613281565b526149718188613281565b50016145dd565b6040516309616ecd60e31b815260206004820152600b60248201526a7461626c6520656e74727960a81b6044820152606490fd5b6040516309616ecd60e31b81526020600482015260056024820152647461626c6560d81b6044820152606490fd5b6040516309616ecd60e31b815260206004820152600a60248201526934b7383aba103632b0b360b11b6044820152606490fd5b6040516309616ecd60e31b815260206004820152600a6024820152691a5b9c1d5d081cdb1bdd60b21b6044820152606490fd5b50505050505050929150612fcf9394506001600160401b0390614a61613e05565b931c1660070b1590615018565b50600160408a01515114156143a9565b601a915014155f6143a1565b906001600160401b03614a9d838361318a565b1683810293818504149015171561191d57614ab89082615381565b918215614ad457612c16926001600160401b0391041690612da5565b634e487b7160e01b5f52601260045260245ffd5b90815f52600160205260405f209160ff600184015460c81c16600a8110156119b85760088103614b8e575060028301546001600160a01b03163303613143576001600160401b0342169060038401908154906001600160401b03614b51818460401c168661318a565b921690816001600160401b03841611614b7c57506117d0612fcf9493926001600160401b039261318a565b63292daabd60e21b5f5260045260245ffd5b6119b39163041d44f960e11b5f526004526127e3565b90815f52600160205260405f209160ff600184015460c81c16600a8110156119b85760028103614b8e575060028301546001600160a01b03163303613143576001600160401b0342169060038401908154906001600160401b03614b51818460401c168661318a565b90815f52600160205260405f209160ff600184015460c81c16600a8110156119b85760068103614b8e575060028301546001600160a01b03163303613143576001600160401b0342169060038401908154906001600160401b03614b51818460401c168661318a565b906040909695969493940190815151850361360b5760070154905f5b858110614db657505050614ca585614263565b945f5b818110614cb6575050505050565b614cc18183866142d5565b908560ff614cce84614248565b16101561360b576040820191614d11614ce684614218565b6144f3614cf560608501614218565b9161181f614d0560808701614218565b6144c660a08801614218565b90614d516001600160401b03614d3360ff614d2b85614248565b168b8a61383f565b35936020840194614d438661382b565b9161450c60c0870187613861565b156149da576001936001600160401b03614d76614d70614d9594614248565b9461382b565b60ff60405195614d85876128c6565b16855216602084015236906142f7565b6040820152614da4828a613281565b52614daf8189613281565b5001614ca8565b614df0614dc482888761383f565b3563ffffffff614dd5848651613281565b51511690614de7613b79858b8a61383f565b929091876156f9565b15614a0d57600101614c92565b5f818152600160208181526040808420928301805461ffff60c81b1916600960c81b1781558354600294850180546001600160a01b031687529484529190942080549496919593947f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e0293926060929091614e98907f000000000000000000000000000000000000000000000000000000000000000090612d74565b90556040519283915f83526040828401528051918291826040860152018484015e5f828201840152601f01601f19168101030190a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b156119cc57604051635fc2828b60e01b81528360048201525f60248201525f8160448183895af1801561221d57615008575b506040516318feeb1560e31b815260048101849052905f82602481885afa91821561221d575f92614fec575b50815190546001600160a01b038181169216919091149182614fcf575b5050614f8057505050565b546001600160a01b0316823b156119cc57604051633d82e3c160e01b815260048101929092526001600160a01b03166024820152905f908290604490829084905af1801561221d57613b325750565b64ffffffffff919250602082910151169160a01c16145f80614f75565b6150019192503d805f833e6108f081836128e1565b905f614f58565b5f615012916128e1565b5f614f2c565b915f92805f52600160205260405f20906001820190600960c81b60ff60c81b198354161782557f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e0285159460608615855460ff60d01b8260d01b1660ff60d01b1982161787558754995f1461528d576001600160a01b03165b60018060a01b03165f52600260205260405f206150ce7f00000000000000000000000000000000000000000000000000000000000000008254612d74565b9055602060405193849283526040828401528051918291826040860152018484015e5f828201840152601f01601f19168101030190a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b156119cc57604051635fc2828b60e01b81528560048201525f60248201525f8160448183895af1801561221d57615278575b50615170575b5050505050565b6040516318feeb1560e31b815260048101859052908582602481875afa91821561526d578692615251575b50815190546001600160a01b038181169216919091149182615234575b50506151c5575b80615169565b600201546001600160a01b031691813b15610a6d57604051633d82e3c160e01b815260048101919091526001600160a01b0392909216602483015282908290604490829084905af18015610a715761521f575b80806151bf565b61522a8280926128e1565b61015d5780615218565b64ffffffffff919250602082910151169160a01c16145f806151b8565b6152669192503d8088833e6108f081836128e1565b905f61519b565b6040513d88823e3d90fd5b6152859196505f906128e1565b5f945f615163565b5060028701546001600160a01b0316615090565b6001905b828210615377576152b582613242565b925f5b818110615357575050505b600181116152d957506152d590613274565b5190565b60011c5f5b8181106152eb57506152c3565b600181901b906001600160ff1b038116810361191d5761530b8285613281565b516001830180931161191d5761532360019386613281565b5160405190602082019283526040820152604081526153436060826128e1565b5190206153508286613281565b52016152de565b806153656001928486612d64565b356153708288613281565b52016152b8565b9060011b906152a5565b615393906001600160401b039261318a565b1660108110156153a05790565b50601090565b92919091600d8401918254936001600160401b038560801c169460c01c60405160208101906153dc8161181f8787878d88612834565b5190206010880154036126bd575f19830183811161191d5784101561193157615406848288614a8a565b855467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178555600184019384811161191d5761546f6154819661544f8761547695600f9b614a8a565b81546001600160c01b031660c09190911b6001600160c01b031916179055565b8383612d64565b35600e870155612d64565b35910155565b5f516020615c7e5f395f51905f525c6154ad5760015f516020615c7e5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b81471061550b575f8080938193826040516154d86020826128e1565b526001600160a01b03165af1156154eb57565b3d156154fc576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b91909161553160408401613231565b61553d60608501613231565b9061554b60808601866136a4565b9561555960a0820182613295565b909761556760e08401613231565b93816040519663ffffffff6020890199816101208b019389358d5260208a013560408d01521660608b015216608089015261010060a089015252610140860190915f5b8181106156b8575050858103601f190160c0870152828152602001989190505f5b81811061563f57505050600594959663ffffffff6156039360c08694013560e08501521661010083015203601f1981018352826128e1565b5190209101540361561057565b6040516309616ecd60e31b81526020600482015260066024820152651b185e5bdd5d60d21b6044820152606490fd5b90919860a08060019260ff6156a760808f63ffffffff61565e826127f1565b1685526001600160401b0361567560208301612820565b1660208601528361568860408301612812565b16604086015261569a606082016129dd565b1515606086015201612812565b166080820152019a019291016155cb565b909160408060019263ffffffff6156ce886127f1565b1681526001600160401b036156e560208901612820565b1660208201520194019101929190926155aa565b9290935f915b81831061571b5750505015918261571557505090565b14919050565b90919294600190818716155f1461576757615737858585612d64565b3560405190602082019283526040820152604081526157576060826128e1565b5190205b95811c930191906156ff565b615772858585612d64565b359060405190602082019283526040820152604081526157936060826128e1565b51902061575b565b9060019082515b80831061587357506157b382613242565b905f5b84518110156157de57806157cc60019287613281565b516157d78286613281565b52016157b6565b509250905b600181116157f557506152d590613274565b60011c5f5b81811061580757506157e3565b600181901b906001600160ff1b038116810361191d576158278285613281565b516001830180931161191d5761583f60019386613281565b51604051906020820192835260408201526040815261585f6060826128e1565b51902061586c8286613281565b52016157fa565b9160011b916157a2565b909193925f945f5b848110615b4b575061589684613242565b958060031b8181046008148215171561191d5783149081159081615b2d575b50615b23575f94855b8187106158d2575050505050505060019190565b6158dd8783886132ca565b6158e96020820161382b565b6001600160401b03811691821591908215615b08578c8b61590a6001613242565b925f5b87811061596f575050615923615929929361579b565b92613281565b528515615960576807fffffffffffffff89060031b16918204600814171561191d576001916159589190612d74565b9601956158be565b50506001916159589190612d74565b91509150885f14615a9157600381901b6001600160fd1b038216820361191d576159a361599c828a612d74565b9189612d74565b6008810180821161191d578083116119cc578d106119cc57818c01356001600160c01b031981169290910390600880830110615a6d575b505060c01d906159ec60608401614256565b80615a51575b615a3e575b60c08160061b1660c0039160c0831161191d57615a336001936001600160401b038460021c9316901b615a2a8388613281565b51179186613281565b52018e918d9161590d565b50505050505050505050505050505f9190565b50615a6782615a6260808601614248565b615b71565b156159f2565b6001600160c01b03196008929092036007190160031b82901b161690505f806159da565b615a9b8188612d74565b8b8110156122a3578a013560f81c615ab560608401614256565b15615ac45760070b5b906159f7565b60ff615ad260408501614248565b161b8060011b908082046002149015171561191d5760ff810180911161191d576101fe6001600160401b0391041660070b615abe565b6003840180851161191d5761590a9060021c8e918d91613242565b50505050505f9190565b60018714915081615b41575b50155f6158b5565b905083145f615b39565b95615b6a6001916001600160401b036139b260206139ac8c8b8b6132ca565b9601615885565b60ff1660028114615c625760038114615c455760048114615c295760058114615c0a5760068114615be757600c8114615bc957600914615bb15750600190565b60070b8015908115615bc1575090565b600191501490565b5060070b5f8112159081615bdb575090565b63ffffffff9150131590565b5060070b637fffffff198112159081615bfe575090565b637fffffff9150131590565b5060070b617fff198112159081615c1f575090565b617fff9150131590565b5060070b5f8112159081615c3b575090565b61ffff9150131590565b5060070b607f198112159081615c59575090565b607f9150131590565b5060070b5f8112159081615c74575090565b60ff915013159056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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

// PackMAXSTATES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08a51194.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STATES() view returns(uint256)
func (disputeGame *DisputeGame) PackMAXSTATES() []byte {
	enc, err := disputeGame.abi.Pack("MAX_STATES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTATES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08a51194.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STATES() view returns(uint256)
func (disputeGame *DisputeGame) TryPackMAXSTATES() ([]byte, error) {
	return disputeGame.abi.Pack("MAX_STATES")
}

// UnpackMAXSTATES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08a51194.
//
// Solidity: function MAX_STATES() view returns(uint256)
func (disputeGame *DisputeGame) UnpackMAXSTATES(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("MAX_STATES", data)
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
// the contract method with ID 0xab82d9a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 requestId) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) PackChallenge(requestId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("challenge", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab82d9a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 requestId) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) TryPackChallenge(requestId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("challenge", requestId)
}

// UnpackChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab82d9a0.
//
// Solidity: function challenge(uint256 requestId) payable returns(uint256 gameId)
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
func (disputeGame *DisputeGame) PackDisputeBias(gameId *big.Int, points []*big.Int, desc []byte, slots []DisputeGameSlotOpening, leaves []DisputeGameLeafOpening) []byte {
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
func (disputeGame *DisputeGame) TryPackDisputeBias(gameId *big.Int, points []*big.Int, desc []byte, slots []DisputeGameSlotOpening, leaves []DisputeGameLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("disputeBias", gameId, points, desc, slots, leaves)
}

// PackDisputeInitialState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d816091.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeInitialState(uint256 gameId, bytes32 first, bytes32[] firstProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, bytes32[] consts, uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) PackDisputeInitialState(gameId *big.Int, first [32]byte, firstProof [][32]byte, lay DisputeGameLayout, consts [][32]byte, nonce *big.Int, input []byte) []byte {
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
func (disputeGame *DisputeGame) TryPackDisputeInitialState(gameId *big.Int, first [32]byte, firstProof [][32]byte, lay DisputeGameLayout, consts [][32]byte, nonce *big.Int, input []byte) ([]byte, error) {
	return disputeGame.abi.Pack("disputeInitialState", gameId, first, firstProof, lay, consts, nonce, input)
}

// PackDisputeOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa084500a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeOutput(uint256 gameId, bytes32 last, bytes32[] lastProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, (bytes32,bytes32[])[] outs) returns()
func (disputeGame *DisputeGame) PackDisputeOutput(gameId *big.Int, last [32]byte, lastProof [][32]byte, lay DisputeGameLayout, outs []DisputeGameSlotOpening) []byte {
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
func (disputeGame *DisputeGame) TryPackDisputeOutput(gameId *big.Int, last [32]byte, lastProof [][32]byte, lay DisputeGameLayout, outs []DisputeGameSlotOpening) ([]byte, error) {
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
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint40,uint8,bool,address,uint64,uint64,uint64,bytes32,bytes32,uint32,uint32,uint32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint8,uint8,bytes32,uint64,int64,uint64,uint64,int256,int256,bytes32))
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
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint40,uint8,bool,address,uint64,uint64,uint64,bytes32,bytes32,uint32,uint32,uint32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint8,uint8,bytes32,uint64,int64,uint64,uint64,int256,int256,bytes32))
func (disputeGame *DisputeGame) TryPackGetGame(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getGame", gameId)
}

// UnpackGetGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f77bcc.
//
// Solidity: function getGame(uint256 gameId) view returns((uint256,address,uint40,uint8,bool,address,uint64,uint64,uint64,bytes32,bytes32,uint32,uint32,uint32,uint64,bytes32,bytes32,bytes32,bytes32,uint64,uint8,uint8,bytes32,uint64,int64,uint64,uint64,int256,int256,bytes32))
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

// PackPickStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa41ac339.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pickStep(uint256 gameId, uint32 step, bytes32 pre, bytes32[] preProof, bytes32 post, bytes32[] postProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, bytes desc, bytes32[] descProof) returns()
func (disputeGame *DisputeGame) PackPickStep(gameId *big.Int, step uint32, pre [32]byte, preProof [][32]byte, post [32]byte, postProof [][32]byte, lay DisputeGameLayout, desc []byte, descProof [][32]byte) []byte {
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
func (disputeGame *DisputeGame) TryPackPickStep(gameId *big.Int, step uint32, pre [32]byte, preProof [][32]byte, post [32]byte, postProof [][32]byte, lay DisputeGameLayout, desc []byte, descProof [][32]byte) ([]byte, error) {
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

// PackProveOneStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6478269.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveOneStep(uint256 gameId, uint8 e, bytes desc, (bytes32,bytes32[])[] slots, (uint8,uint64,int64[4],bytes32[])[] leaves) returns()
func (disputeGame *DisputeGame) PackProveOneStep(gameId *big.Int, e uint8, desc []byte, slots []DisputeGameSlotOpening, leaves []DisputeGameLeafOpening) []byte {
	enc, err := disputeGame.abi.Pack("proveOneStep", gameId, e, desc, slots, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveOneStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6478269.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveOneStep(uint256 gameId, uint8 e, bytes desc, (bytes32,bytes32[])[] slots, (uint8,uint64,int64[4],bytes32[])[] leaves) returns()
func (disputeGame *DisputeGame) TryPackProveOneStep(gameId *big.Int, e uint8, desc []byte, slots []DisputeGameSlotOpening, leaves []DisputeGameLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("proveOneStep", gameId, e, desc, slots, leaves)
}

// PackProveSegment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26a5f04c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveSegment(uint256 gameId, int256[] points, uint256 k, bytes desc, (bytes32,bytes32[])[] slots, (uint8,uint64,int64[4],bytes32[])[] leaves) returns()
func (disputeGame *DisputeGame) PackProveSegment(gameId *big.Int, points []*big.Int, k *big.Int, desc []byte, slots []DisputeGameSlotOpening, leaves []DisputeGameLeafOpening) []byte {
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
func (disputeGame *DisputeGame) TryPackProveSegment(gameId *big.Int, points []*big.Int, k *big.Int, desc []byte, slots []DisputeGameSlotOpening, leaves []DisputeGameLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("proveSegment", gameId, points, k, desc, slots, leaves)
}

// PackProveTableStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9e304ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveTableStep(uint256 gameId, uint8 e, bytes desc, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, (bytes32,bytes32[]) inSlot, (uint8,uint64,int64[4],bytes32[]) inLeaf, (int64,uint8,bool,uint64,bytes32,bytes32[]) t, (uint8,uint64,int64[4],bytes32[])[] entries) returns()
func (disputeGame *DisputeGame) PackProveTableStep(gameId *big.Int, e uint8, desc []byte, lay DisputeGameLayout, inSlot DisputeGameSlotOpening, inLeaf DisputeGameLeafOpening, t DisputeGameTableOpening, entries []DisputeGameLeafOpening) []byte {
	enc, err := disputeGame.abi.Pack("proveTableStep", gameId, e, desc, lay, inSlot, inLeaf, t, entries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveTableStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9e304ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveTableStep(uint256 gameId, uint8 e, bytes desc, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, (bytes32,bytes32[]) inSlot, (uint8,uint64,int64[4],bytes32[]) inLeaf, (int64,uint8,bool,uint64,bytes32,bytes32[]) t, (uint8,uint64,int64[4],bytes32[])[] entries) returns()
func (disputeGame *DisputeGame) TryPackProveTableStep(gameId *big.Int, e uint8, desc []byte, lay DisputeGameLayout, inSlot DisputeGameSlotOpening, inLeaf DisputeGameLeafOpening, t DisputeGameTableOpening, entries []DisputeGameLeafOpening) ([]byte, error) {
	return disputeGame.abi.Pack("proveTableStep", gameId, e, desc, lay, inSlot, inLeaf, t, entries)
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

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) PackVerifier() []byte {
	enc, err := disputeGame.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) TryPackVerifier() ([]byte, error) {
	return disputeGame.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("verifier", data)
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
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidOpening"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidOpeningError(raw[4:])
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
