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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"contractOneStepVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"clock_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"BondMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"}],\"name\":\"AccumulatorsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"}],\"name\":\"ChildPicked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GameStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"NodesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"SlotsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"StatesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"StepPicked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FANOUT_BITS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STATES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"disputeBias\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"first\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"firstProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"consts\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"disputeInitialState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"disputeInvalidInputClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"last\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"outs\",\"type\":\"tuple[]\"}],\"name\":\"disputeOutput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"proposedAt\",\"type\":\"uint40\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"proposerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMoveAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outSlot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"outLen\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nodeIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"childBits\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"childrenHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"int64\",\"name\":\"claimed\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"accLo\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"accHi\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"pointsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"}],\"name\":\"pickChild\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"pickSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"preProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"postProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"descProof\",\"type\":\"bytes32[]\"}],\"name\":\"pickStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"positionOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"e\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"proveOneStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"proveSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"e\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"tablesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nTables\",\"type\":\"uint32\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening\",\"name\":\"inSlot\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening\",\"name\":\"inLeaf\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"int64\",\"name\":\"lo\",\"type\":\"int64\"},{\"internalType\":\"uint8\",\"name\":\"shift\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"overflowAbove\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"valuesRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.TableOpening\",\"name\":\"t\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"entries\",\"type\":\"tuple[]\"}],\"name\":\"proveTableStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"}],\"name\":\"revealAccumulators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"revealNodes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"revealSlots\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"revealStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractOneStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DisputeGame",
	Bin: "0x6101003461016357601f61613038819003918201601f19168301916001600160401b03831184841017610167578084926080946040528339810103126101635780516001600160a01b0381169190828103610163576020820151906001600160a01b038216808303610163576040840151606090940151946001600160401b0386168603610163571590811561015a575b5061014b5760805260a05260c05260e052604051615fb4908161017c82396080518181816102b60152818161073e0152818161193d0152818161368901528181613c13015281816151e5015261541c015260a051818181611f1a01528181612106015281816123e501528181612906015281816142cd015281816149dc0152614b4e015260c05181818161070101528181611a3001528181613d8d0152818161518901526153be015260e05181818161090901526119030152f35b63d92e233d60e01b5f5260045ffd5b9050155f610090565b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f5f3560e01c8063029f055c146127dd57806308148f7a1461269157806308a511941461267657806320c3f2e61461261857806321fa2ead1461224d57806326a5f04c14611f8557806327e235e314611f495780632b7ac3f314611f055780633526cfab14611d535780633ccfd60b14611cef5780634aae307714611a8c5780634b4e2dfc14611a705780634d1975b414611a535780635230515114611a185780636d8160911461196c5780637dc0d1d01461192757806391ddadf4146118e3578063949d8bac1461173b5780639beb5bd4146116c7578063a084500a14611641578063a2f77bcc1461119c578063a41ac33914610e5b578063ab82d9a0146106e7578063c64782691461065f578063c9e304ae14610557578063d125aa5a146104fd578063db647a66146104e25763ee853f491461014e575f80fd5b346104df5760803660031901126104df576024356004356001600160401b0382116104dd578160040161010060031984360301126104d9576064356001600160401b0381116104d5576101a5903690600401612a6b565b9083865260016020526040862060ff600182015460c81c16600b8110156104c157600a81036104a557506002810180546001600160a01b0316330361048d576001600160401b034216906003830190815461020c6001600160401b038260401c16856134a9565b908b1561040f57506001600160401b03825460a01c16806001600160401b038316116103fb579161024561024b926102739695946134a9565b906140f0565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b61027d8482615838565b610288368484612c3c565b805160209182012060405163b93f863360e01b815260448035600483015260248201929092529291908390817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156103f05788926103b8575b5054036103855761030961030f9360a461034d9701906135b4565b90615b93565b5090811561035057604051610325604082612c00565b60128152711d1a19481a5b9c1d5d081a5cc81d985b1a5960721b6020820152915b159061532e565b80f35b60405161035e604082612c00565b60148152731d1a19481a5b9c1d5d081a5cc81a5b9d985b1a5960621b602082015291610346565b6040516309616ecd60e31b81526020600482015260056024820152641a5b9c1d5d60da1b604482015280606481015b0390fd5b9091506020813d6020116103e8575b816103d460209383612c00565b810103126103e45751905f6102ee565b5f80fd5b3d91506103c7565b6040513d8a823e3d90fd5b63292daabd60e21b8c5260048a905260248cfd5b6001600160401b0391925016806001600160401b0383161161047a576104426102739493926001600160401b03926134a9565b166001600160401b03198254161781559067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b8863292daabd60e21b5f5260045260245ffd5b631e30388760e31b8852600486905233602452604488fd5b876104bf6044928863041d44f960e11b8452600452612b02565bfd5b634e487b7160e01b88526021600452602488fd5b8480fd5b8380fd5b825b80fd5b50346104df57806003193601126104df576020604051818152f35b50346104df5760603660031901126104df57600435906001600160401b03821682036104df57602435906001600160401b03821682036104df5760206105466044358486614da0565b6001600160401b0360405191168152f35b50346104df576101003660031901126104df57610572612b21565b6044356001600160401b0381116104dd57610591903690600401612a6b565b916064356001600160401b0381116104d55761010060031982360301126104d5576084356001600160401b03811161065b576040600319823603011261065b5760a435916001600160401b0383116106575760e060031984360301126106575760c435936001600160401b0385116106535760c060031986360301126106535760e435966001600160401b03881161064f5761063461034d983690600401612a3b565b97909660040195600401946004019360040192600435614651565b8880fd5b8780fd5b8680fd5b8580fd5b50346104df5760a03660031901126104df57610679612b21565b6044356001600160401b0381116104dd57610698903690600401612a6b565b916064356001600160401b0381116104d5576106b8903690600401612a3b565b90608435946001600160401b038611610657576106dc61034d963690600401612a3b565b959094600435614204565b5060203660031901126104df576004356106ff61579d565b7f0000000000000000000000000000000000000000000000000000000000000000803403610e45575060405163c58343ef60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169290918183602481875afa928315610e3a578293610ccc575b506040516318feeb1560e31b815260048101829052938285602481845afa948515610a22578395610ca8575b5060608401516005811015610c945760011901610c8057604085018051151580610c5b575b610c475760208601906107f764ffffffffff83511663ffffffff6101408901511690613093565b421015610c335784545f198114610c1f576001908101808755808752602082815260408089208881558b519481018054975164ffffffffff60a01b60a09190911b166001600160a01b039096166001600160c81b031990981697909717949094178655600284018054336001600160a01b031990911617815560808c01516004808701919091559151637b10399960e01b8152939a9094939290918390818a5afa918215610c14579089918293610bcc575b50604063ffffffff91015116602460405180948193631b4d85a560e21b8352600483015260018060a01b03165afa9081156103f0578891610a35575b50916001600160401b0360036109729360a06109809897960151600582015561092f7f000000000000000000000000000000000000000000000000000000000000000080956140f0565b0191166001600160401b03198254161781556001600160401b03421667ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b5115610a2d57600a906130e4565b803b156104dd57828091604460405180948193635fc2828b60e01b8352876004840152600160248401525af18015610a2257610a09575b5060209360018060a01b0390511690604051918252837f9f0b80476ce7b05cfe8b0800d21f0b0f2704c8eb948fa5d5e87997ec901f96d1863394a45f516020615f945f395f51905f525d604051908152f35b610a14838092612c00565b610a1e575f6109b7565b5080fd5b6040513d85823e3d90fd5b6001906130e4565b90503d8089833e610a468183612c00565b81019060208183031261064f578051906001600160401b038211610bc857018082036101808112610bc8576040519261010084018481106001600160401b03821117610bb457604052610a98836139c4565b8452610aa6602084016139c4565b6020850152610ab7604084016139c4565b6040850152606083015160608501526080830151608085015260a083015160a085015260c08301516001600160401b038111610bb057830181601f82011215610bb05760a09291816020610b0d93519101613a06565b60c085015260df19011261064f5760405190610b2882612bca565b610b3460e082016140d7565b8252610b4361010082016140c6565b60208301526101208101516003811015610bac579360a06109809897969484610b946101606003966109729a60406001600160401b039a0152610b8961014082016139ea565b6060850152016139ea565b608082015260e08201529496979850509350506108e5565b8a80fd5b8b80fd5b634e487b7160e01b8c52604160045260248cfd5b8980fd5b915091506020813d602011610c0c575b81610be960209383612c00565b8101031261064f57516001600160a01b038116810361064f5790889060406108a9565b3d9150610bdc565b6040513d8b823e3d90fd5b634e487b7160e01b86526011600452602486fd5b638d48783f60e01b85526004849052602485fd5b638d48783f60e01b84526004839052602484fd5b50606086015161ffff1660011415806107d05750600161ffff608087015116116107d0565b638d48783f60e01b83526004829052602483fd5b634e487b7160e01b84526021600452602484fd5b610cc59195503d8085833e610cbd8183612c00565b810190613a56565b935f6107ab565b9092503d8083833e610cde8183612c00565b8101906020818303126104dd578051906001600160401b0382116104d95701906101a0828203126104dd57604051916101a083018381106001600160401b03821117610e2657604052610d30816139c4565b8352610d3e602082016139d8565b6020840152610d4f604082016140c6565b6040840152606081015160058110156104d5576060840152610d73608082016139f7565b6080840152610d8460a082016139c4565b60a0840152610d9560c082016140c6565b60c0840152610da660e082016140d7565b60e0840152610db861010082016140d7565b610100840152610dcb61012082016139f7565b610120840152610dde61014082016140c6565b61014084015261016081015160038110156104d557610160840152610180810151906001600160401b0382116104d557610e19929101613a3c565b610180820152915f61077f565b634e487b7160e01b85526041600452602485fd5b6040513d84823e3d90fd5b634ba85a6b60e11b835260045234602452604482fd5b50346104df576101203660031901126104df5760043560243563ffffffff81168091036104dd57604435906064356001600160401b0381116104d557610ea5903690600401612a3b565b93909160843560a4356001600160401b03811161065357610eca903690600401612a3b565b959060c435956001600160401b038711610bc85786600401986101006003198936030112610bac5760e4356001600160401b038111610bb057610f11903690600401612a6b565b939092610104359a6001600160401b038c11611198578c9b610f37903690600401612a3b565b939094610f438c614eba565b9e8f90610f4f91615838565b610f5b60448e01613550565b63ffffffff168b101561118857610f7a908f60040154948c8b87615a0f565b1592831561114d575b50505061111f57610fa99187610f9a368787612c3c565b60208151910120809c35615a0f565b156110eb57610fbd91819998990190612d88565b6060019688969060015b60808a51015180518a101561101e57610fe88a6001600160401b03926135a0565b5181169116026001600160401b03811690810361100a57600190980197610fc7565b634e487b7160e01b8b52601160045260248bfd5b507fb41533e15513d134fc3bdaf148911ff35ccd8fee65b8651fdfecf8d4bab6d1d29850986060976001949596979a60068501926bffffffff000000000000000067ffffffff00000000611076606487549601613550565b60201b1691515160401b16916001600160401b038c1b908c1b16928a6001600160401b038d1b19916bffffffffffffffffffffffff191617161717179055836007830155846008830155600982015501600360c81b60ff60c81b1982541617905560405192835260208301526040820152a280f35b6040516309616ecd60e31b8152806103b4600482016060906020815260046020820152630737465760e41b60408201520190565b6040516309616ecd60e31b8152602060048201526005602482015264737461746560d81b6044820152606490fd5b9091925060018a0190818b1161117357908961116a949392615a0f565b155f8080610f83565b50634e487b7160e01b8f52601160045260248ffd5b5063779ffa5760e11b8f5260048ffd5b8d80fd5b50346104df5760203660031901126104df57806103a06040516111be81612b9a565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152826102c0820152826102e0820152826103008201528261032082015282610340820152826103608201528261038082015201526004358152600160205260408120906040519161129c83612b9a565b8054835260018101546001600160a01b038116602085015260a081901c64ffffffffff16604085015260c881901c60ff16600b811015610c94576010929160ff91606087015260d01c16151560808501526001600160401b03600282015460018060a01b03811660a087015260a01c1660c08501526001600160401b03600382015481811660e087015260401c16610100850152600481015461012085015260058101546101408501526001600160401b03600682015463ffffffff811661016087015263ffffffff8160201c1661018087015263ffffffff8160401c166101a087015260601c166101c085015260078101546101e085015260088101546102008501526009810154610220850152600a81015461024085015260ff600b8201546001600160401b038116610260870152818160401c1661028087015260481c166102a0850152600c8101546102c0850152600d8101546001600160401b0381166102e08601528060401c60070b6103008601526001600160401b038160801c1661032086015260c01c610340850152600e810154610360850152600f81015461038085015201546103a0830152604051908251825260018060a01b03602084015116602083015264ffffffffff6040840151166040830152606083015190600b82101561162d57506103c0926103a091606084015260808101511515608084015260018060a01b0360a08201511660a08401526001600160401b0360c08201511660c08401526001600160401b0360e08201511660e08401526001600160401b036101008201511661010084015261012081015161012084015261014081015161014084015263ffffffff6101608201511661016084015263ffffffff6101808201511661018084015263ffffffff6101a0820151166101a08401526001600160401b036101c0820151166101c08401526101e08101516101e08401526102008101516102008401526102208101516102208401526102408101516102408401526001600160401b036102608201511661026084015260ff6102808201511661028084015260ff6102a0820151166102a08401526102c08101516102c08401526001600160401b036102e0820151166102e084015261030081015160070b6103008401526001600160401b03610320820151166103208401526001600160401b036103408201511661034084015261036081015161036084015261038081015161038084015201516103a0820152f35b634e487b7160e01b81526021600452602490fd5b50346104df5760a03660031901126104df576044356001600160401b038111610a1e57611672903690600401612a3b565b6064356001600160401b0381116104d95761010060031982360301126104d957608435926001600160401b0384116104d5576116b561034d943690600401612a3b565b93909260040191602435600435613ba4565b50346104df576116e66116ed6116dc36612acb565b9294909194614dfe565b93846156bc565b60206001600160401b0361170e600d840154828160801c169060c01c6134a9565b16111561172c57600101805460ff60c81b1916600760c81b17905580f35b63779ffa5760e11b8252600482fd5b50346104df5761174a36612a98565b90828452600160205260408420916001830192835460ff8160c81c16600b8110156104c157600181036118c957506001600160a01b031633036118b1576001600160401b034216600382016117ac6001600160401b03825460401c16836134a9565b60028401906001600160401b03825460a01c16806001600160401b0383161161189d579161024561024b926117e29695946134a9565b81158015611893575b6118845760046117fb83856155b7565b9101540361185557825460ff60c81b1916600160c91b1790925560405160208082527f8e163fb447c81b49e166afcca0b92f7603c31dfe6daf2965839e33567055e195939192839261184f928401916130a0565b0390a280f35b6040516309616ecd60e31b815260206004820152600660248201526573746174657360d01b6044820152606490fd5b63779ffa5760e11b8652600486fd5b50604082116117eb565b63292daabd60e21b8b5260048a905260248bfd5b631e30388760e31b8652600485905233602452604486fd5b876104bf6044928963041d44f960e11b8452600452612b02565b50346104df57806003193601126104df5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346104df57806003193601126104df576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346104df5760e03660031901126104df576044356001600160401b038111610a1e5761199d903690600401612a3b565b90606435916001600160401b0383116104d95761010060031984360301126104d9576084356001600160401b0381116104d5576119de903690600401612a3b565b60c43594916001600160401b03861161065757611a0261034d963690600401612a6b565b95909460a43594600401916024356004356135f9565b50346104df57806003193601126104df5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346104df57806003193601126104df5760209054604051908152f35b50346104df57806003193601126104df57602060405160068152f35b346103e457611a9a36612acb565b835f52600160205260405f2092600184019260ff845460c81c16600b811015611cdb5760058103611cbe575060028501546001600160a01b03163303611ca7576001600160401b03421660038601908154916001600160401b03611b03818560401c16846134a9565b931692836001600160401b03821611611c94576104426001600160401b0391611b2b956134a9565b6040516020810190611b5081611b42848688613535565b03601f198101835282612c00565b519020600c86015403611c635780831015611c545782611b7291600b93613083565b3593600a8101948555016001600160401b038154818085169160ff8282169160481c161b1617166001600160401b0319825416178155805460ff808260481c169160401c16039260ff8411611c40577f2d46eb748c91816a93a15d9fea5c38bf4956b5dc75eb5594dda0d4bb9cf13ea594611c1d60ff92611c0a606097869060ff60401b82549160401b169060ff60401b1916179055565b845460401c8416611c38576006906130e4565b54915460401c169060405192835260208301526040820152a2005b6004906130e4565b634e487b7160e01b5f52601160045260245ffd5b63779ffa5760e11b5f5260045ffd5b6040516309616ecd60e31b815260206004820152600860248201526731b434b6323932b760c11b6044820152606490fd5b8963292daabd60e21b5f5260045260245ffd5b85631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f526004879052611cd690612b02565b60445ffd5b634e487b7160e01b5f52602160045260245ffd5b346103e4575f3660031901126103e457611d0761579d565b335f52600260205260405f20548015611d4457611d3290335f5260026020525f6040812055336157d2565b5f5f516020615f945f395f51905f525d005b630686827b60e51b5f5260045ffd5b346103e457611d6136612a98565b90825f52600160205260405f209160018301805460ff8160c81c16600b811015611cdb5760048103611cbe57506001600160a01b03163303611eee576001600160401b0342166003850190611dc36001600160401b03835460401c16826134a9565b9160028701926001600160401b03845460a01c1693846001600160401b03831611611c945761024561024b92611df8966134a9565b600b84019384549460ff8660401c16600681105f14611ee557955b600160ff88161b8503611c5457611e2a85876155b7565b600a84015403611eb75760ff60481b7f4c1fd9fa392a9ebad90cd5b7b6c047fd8fa8976cddb459034b3ea169a2d6156d9760481b169060ff60481b1916179055600c6040516020810190611e8381611b4284898b613535565b519020910155805460ff60c81b1916600560c81b179055604051602080825290928392611eb2928401916130a0565b0390a2005b6040516309616ecd60e31b81526020600482015260056024820152646e6f64657360d81b6044820152606490fd5b50600695611e13565b84631e30388760e31b5f526004523360245260445ffd5b346103e4575f3660031901126103e4576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346103e45760203660031901126103e4576004356001600160a01b038116908190036103e4575f526002602052602060405f2054604051908152f35b346103e45760c03660031901126103e4576004356024356001600160401b0381116103e457611fb8903690600401612a3b565b91906064356001600160401b0381116103e457611fd9903690600401612a6b565b6084929192356001600160401b0381116103e457611ffb903690600401612a3b565b9160a435946001600160401b0386116103e45761201f612036963690600401612a3b565b96909561202b89614dfe565b99604435918b6156bc565b600d880154908160c01c906001600160401b038360801c169060206001600160401b0361206384866134a9565b1611611c5457612074368683612c3c565b6020815191012060098c0154036110eb576001600160401b03986020986120db988d986120aa856121029a6120b1970190612d88565b809a614f8c565b91600e8b015491604051998a988998634ac6a6cb60e01b8a5260c060048b015260c48a0190612f38565b951660248801526044870152606486015260848501528382036003190160a4850152612fd4565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f9181612219575b506121ab575090506121486134c9565b90631a93c68960e11b6001600160e01b0319612163846134f8565b16036121a2576121a091506040519061217d604083612c00565b60118252707365676d656e74206f766572666c6f777360781b6020830152615113565b005b50602081519101fd5b600f6121a093015414805f146121eb576040516121c9604082612c00565b600f81526e1cd959db595b9d0818dbdc9c9958dd608a1b60208201529161532e565b6040516121f9604082612c00565b600d81526c7365676d656e742077726f6e6760981b60208201529161532e565b9091506020813d602011612245575b8161223560209383612c00565b810103126103e457519084612138565b3d9150612228565b346103e45760603660031901126103e4576004356024356001600160401b0381116103e457612280903690600401612a3b565b906044356001600160401b0381116103e4576122a0903690600401612a6b565b845f52600160205260405f206001810191825460ff8160c81c16600b811015611cdb576007810361260057506001600160a01b031633036125e9576001600160401b03421660038301906123016001600160401b03835460401c16826134a9565b9160028501926001600160401b03845460a01c1693846001600160401b038316116125d65761024561024b92612336966134a9565b600d8201938454916001600160401b038360801c16928060c01c9261235b8486615697565b9260018401808511611c40578b03611c545760108701968754155f14612547576009612388368486612c3c565b60208151910120910154036110eb576123b46123ac836123d9936020950190612d88565b948c8c613083565b3593604051948592839263b7c0f87d60e01b8452604060048501526044840190612f38565b602483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91821561253c575f9261250b575b5060401c60070b9060070b036124d75761244886915b611b4289604051948593602085019788612b53565b5190209055600160cb1b60ff60c81b198254161790555491806040519360608501906001600160401b038160801c16865260c01c602086015260606040860152526080830191905f5b8181106124c157857fde0a9f87f990316a5c3a3904063985c4f761dbb1112a265fd40161526591cdd586860387a2005b8235845260209384019390920191600101612491565b6040516309616ecd60e31b815260206004820152600b60248201526a30b1b1bab6bab630ba37b960a91b6044820152606490fd5b61252e91925060203d602011612535575b6125268183612c00565b810190613490565b908a61241d565b503d61251c565b6040513d5f823e3d90fd5b9250505088156125c257600e810154883514918215926125a5575b5050612572576124488691612433565b6040516309616ecd60e31b815260206004820152600a60248201526972616e676520656e647360b01b6044820152606490fd5b600f9192506125b5908a8a613083565b3591015414158980612562565b634e487b7160e01b5f52603260045260245ffd5b8b63292daabd60e21b5f5260045260245ffd5b86631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f526004899052611cd690612b02565b346103e45760603660031901126103e4576024356001600160401b0381116103e457612648903690600401612a3b565b604435916001600160401b0383116103e45761266b6121a0933690600401612a3b565b929091600435613108565b346103e4575f3660031901126103e457602060405160408152f35b346103e45760203660031901126103e457600435805f52600160205260405f2060ff600182015460c81c1690600b8210159182611cdb57801580156127d0575b6127b85782611cdb57600181149283156127ab575b831561279a575b8315612785575b505061272690825f1461276e576001600160401b0380600381600285015460a01c16935b015460401c16911690613093565b42111561275b576121a09160405191612740604084612c00565b60078352661d1a5b595bdd5d60ca1b6020840152159061532e565b50631c6b034960e01b5f5260045260245ffd5b6001600160401b0380600381818501541693612718565b90919250611cdb5760071490612726846126f4565b809350611cdb5760048114926126ed565b506003811492505f6126e6565b63041d44f960e11b5f526004849052611cd690612b02565b505f9250600981146126d1565b346103e45760a03660031901126103e4576004356024356001600160401b0381116103e457612810903690600401612a3b565b6044929192356001600160401b0381116103e457612832903690600401612a6b565b91906064356001600160401b0381116103e457612853903690600401612a3b565b916084356001600160401b0381116103e457612873903690600401612a3b565b95909161287f88614dfe565b96600d880154936001600160401b038560801c16801590811591612a0b575b506129dc576128ae368585612c3c565b6020815191012060098a0154036110eb576020966001600160401b03966128de85612902976128e5970190612d88565b809b614f8c565b6040516367d6931b60e01b81529687948594169060048501613051565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91821561253c575f926129a8575b50156125c2576121a0923514801561297d5760405161295e604082612c00565b600c81526b189a585cc818dbdc9c9958dd60a21b60208201529161532e565b60405161298b604082612c00565b600a815269626961732077726f6e6760b01b60208201529161532e565b9091506020813d6020116129d4575b816129c460209383612c00565b810103126103e45751908461293e565b3d91506129b7565b6040516309616ecd60e31b8152602060048201526006602482015265706f696e747360d01b6044820152606490fd5b905088612a2b8d611b4260405193849260208401968c60c01c9088612b53565b51902060108a015414158c61289e565b9181601f840112156103e4578235916001600160401b0383116103e4576020808501948460051b0101116103e457565b9181601f840112156103e4578235916001600160401b0383116103e457602083818601950101116103e457565b9060406003198301126103e45760043591602435906001600160401b0382116103e457612ac791600401612a3b565b9091565b9060606003198301126103e45760043591602435906001600160401b0382116103e457612afa91600401612a3b565b909160443590565b600b811015611cdb57602452565b359063ffffffff821682036103e457565b6024359060ff821682036103e457565b359060ff821682036103e457565b35906001600160401b03821682036103e457565b6001600160c01b031960c092831b811682529290911b9091166008820152601001915f5b818110612b845750505090565b8235845260209384019390920191600101612b77565b6103c081019081106001600160401b03821117612bb657604052565b634e487b7160e01b5f52604160045260245ffd5b60a081019081106001600160401b03821117612bb657604052565b606081019081106001600160401b03821117612bb657604052565b90601f801991011681019081106001600160401b03821117612bb657604052565b6001600160401b038111612bb657601f01601f191660200190565b929192612c4882612c21565b91612c566040519384612c00565b8294818452818301116103e4578281602093845f960137010152565b6001600160401b038111612bb65760051b60200190565b35908160070b82036103e457565b9080601f830112156103e4578135612cae81612c72565b92612cbc6040519485612c00565b81845260208085019260051b8201019283116103e457602001905b828210612ce45750505090565b60208091612cf184612c89565b815201910190612cd7565b359081151582036103e457565b919060a0838203126103e45760405190612d2282612bca565b8193612d2d81612b10565b8352612d3b60208201612b31565b6020840152612d4c60408201612cfc565b6040840152612d5d60608201612b31565b60608401526080810135916001600160401b0383116103e457608092612d839201612c97565b910152565b6020818303126103e4578035906001600160401b0382116103e457016080818303126103e45760405191608083018381106001600160401b03821117612bb657604052813561ffff811681036103e457835260208201356001600160401b0381116103e45781612df9918401612c97565b602084015260408201356001600160401b0381116103e457820181601f820112156103e4578035612e2981612c72565b91612e376040519384612c00565b81835260208084019260051b820101918483116103e45760208201905b838210612e895750505050604084015260608201356001600160401b0381116103e457612e819201612d09565b606082015290565b81356001600160401b0381116103e457602091612eab88848094880101612d09565b815201910190612e54565b90602080835192838152019201905f5b818110612ed35750505090565b825160070b845260209384019390920191600101612ec6565b9060a06080612f359363ffffffff815116845260ff602082015116602085015260408101511515604085015260ff60608201511660608501520151918160808201520190612eb6565b90565b919061ffff8351168152612f5b6020840151608060208401526080830190612eb6565b906040840151918181036040830152825180825260208201916020808360051b8301019501925f915b838310612fa75750505050506060612f3593940151906060818403910152612eec565b9091929395602080612fc5600193601f198682030187528a51612eec565b98019301930191939290612f84565b90602080835192838152019201905f5b818110612ff15750505090565b9091926040845160ff81511683526001600160401b036020820151166020840152015160408201905f915b600483106130385750505060c001926020019190600101612fe4565b602080600192845160070b81520192019201919061301c565b6001600160401b0361306f612f359593606084526060840190612f38565b931660208201526040818403910152612fd4565b91908110156125c25760051b0190565b91908201809211611c4057565b81835290916001600160fb1b0383116103e45760209260051b809284830137010190565b906001600160401b03809116911601906001600160401b038211611c4057565b90600b811015611cdb57815460ff60c81b191660c89190911b60ff60c81b16179055565b92919493835f52600160205260405f20926001840194855460ff8160c81c16600b811015611cdb576003810361347857506001600160a01b03163303613462576001600160401b0342166003860161316d6001600160401b03825460401c16836134a9565b60028801906001600160401b03825460a01c16806001600160401b0383161161344f579161024561024b926131a39695946134a9565b6006850197885463ffffffff8160201c1680831490811591613444575b50611c54576131cf82876155b7565b60078801541480159061342d575b6133ff5763ffffffff90837fe00f2dd49818c2db240dad3862c6e5bf435a938affc22717741f96028d917f366040989498516040815280613234613225604083018d8a6130a0565b82810360208401528b8b6130a0565b0390a260401c1680955f925b818410613369576132519350613083565b3561331357509261326f6001600160401b0393600b93600396613083565b35600a8201550194811986541686555460601c16016001600160401b038111611c40575f939060021c673fffffffffffffff1660015b816001600160401b038216106132f0575050806132dd6132ee949560ff939060ff60401b82549160401b169060ff60401b1916179055565b5460401c16611c38576006906130e4565b565b67fffffffffffffffe60ff9160011b16951660ff8114611c4057600101946132a5565b9450505050506132ee9192506040519061332e606083612c00565b602382527f746865206f757470757420736c6f742077617320616c726561647920777269746020830152623a32b760e91b6040830152615113565b918391931415806133df575b61338457600101918691613240565b5050509450505050506132ee9192506060906133a36040519283612c00565b602482527f6120736c6f74206f74686572207468616e20746865206f7574707574206368616020830152631b99d95960e21b6040830152615113565b506133eb818484613083565b356133f7828888613083565b351415613375565b6040516309616ecd60e31b8152602060048201526005602482015264736c6f747360d81b6044820152606490fd5b5061343885856155b7565b600888015414156131dd565b90508514155f6131c0565b8563292daabd60e21b5f5260045260245ffd5b631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f526004839052611cd690612b02565b908160209103126103e457518060070b81036103e45790565b906001600160401b03809116911603906001600160401b038211611c4057565b3d156134f3573d906134da82612c21565b916134e86040519384612c00565b82523d5f602084013e565b606090565b80516020909101516001600160e01b031981169291906004821061351a575050565b6001600160e01b031960049290920360031b82901b16169150565b91906001600160fb1b0381116103e45760051b809282370190565b3563ffffffff811681036103e45790565b9061356b82612c72565b6135786040519182612c00565b8281528092613589601f1991612c72565b0190602036910137565b8051156125c25760200190565b80518210156125c25760209160051b010190565b903590601e19813603018212156103e457018035906001600160401b0382116103e4576020019160a08202360383136103e457565b91908110156125c25760a0020190565b959994929893979691909861360d87614eba565b916136188a84615838565b6004830154905f908c935f915b81831061390f57505050159182613905575b50501561111f5763ffffffff61364f60608a01613550565b168a036138f657613661368589612c3c565b805160209182012060405163b93f863360e01b815260048101949094526024840152826044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa91821561253c575f926138c2575b505403610385576136d188613561565b5f5b89811061387a57506136e490615ab1565b602087013503613848576136f788613561565b975f5b818110613828575050506137179060a086019461030986886135b4565b9290156137ef575f5b835181101561376a57808661376363ffffffff61375c613757856137518c61374a60019a8e6135a0565b51976135b4565b906135e9565b613550565b168b6135a0565b5201613720565b509350946132ee94925061377e9150615ab1565b1480156137bb57604051613793604082612c00565b60158152741a5b9a5d1a585b081cdd185d194818dbdc9c9958dd605a1b60208201529161532e565b6040516137c9604082612c00565b6013815272696e697469616c2073746174652077726f6e6760681b60208201529161532e565b9350945050506132ee915060405190613809604083612c00565b600d82526c1a5b9d985b1a59081a5b9c1d5d609a1b6020830152615113565b806138366001928486613083565b35613841828d6135a0565b52016136fa565b6040516309616ecd60e31b8152602060048201526009602482015268636f6e7374616e747360b81b6044820152606490fd5b806138886001928c86613083565b35604051602081019163ffffffff841683526040820152604081526138ae606082612c00565b5190206138bb82856135a0565b52016136d3565b9091506020813d6020116138ee575b816138de60209383612c00565b810103126103e45751905f6136c1565b3d91506138d1565b63399d2d9b60e01b5f5260045ffd5b1490505f80613637565b90919294600190818716155f1461395b5761392b858585613083565b35604051906020820192835260408201526040815261394b606082612c00565b5190205b95811c93019190613625565b613966858585613083565b35906040519060208201928352604082015260408152613987606082612c00565b51902061394f565b903590601e19813603018212156103e457018035906001600160401b0382116103e457602001918160061b360383136103e457565b51906001600160a01b03821682036103e457565b519064ffffffffff821682036103e457565b519081151582036103e457565b519061ffff821682036103e457565b929192613a1282612c21565b91613a206040519384612c00565b8294818452818301116103e4578281602093845f96015e010152565b9080601f830112156103e4578151612f3592602001613a06565b6020818303126103e4578051906001600160401b0382116103e4570160c0818303126103e4576040519160c083018381106001600160401b03821117612bb657604052613aa2826139c4565b8352613ab0602083016139d8565b6020840152613ac1604083016139ea565b6040840152613ad2606083016139f7565b60608401526080820151608084015260a08201516001600160401b0381116103e457613afe9201613a3c565b60a082015290565b91908110156125c25760061b0190565b356001600160401b03811681036103e45790565b91908110156125c25760051b81013590603e19813603018212156103e4570190565b903590601e19813603018212156103e457018035906001600160401b0382116103e457602001918160051b360383136103e457565b60021b906803fffffffffffffffc67fffffffffffffffc831692168203611c4057565b90939692613bde90613bb583614eba565b93613bc08a86615838565b60048501548763ffffffff613bd760408e01613550565b1691615a0f565b1561111f576080870193613bf2858961398f565b905087036138f65791546040516318feeb1560e31b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692905f81602481875afa801561253c5760a0915f916140ac575b5001515f96875b613c66888c61398f565b9050891015613cac57613ca46001916001600160401b03613c9d60208f8e613c918f613c979361398f565b90613b06565b01613b16565b1690613093565b980197613c5c565b909397509890939791949884518160031b9180830460081490151715611c405703614073575f95865b838810613e30575050505050505050604090815190613cf48383612c00565b601e82527f6f7574707574206d617463686573207468652066696e616c207374617465000060208084019182525f8381526001808352868220908101805461010960c81b61ffff60c81b1982161790915590546001600160a01b0390911682526002909252859020805491947f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e02939260609290613db2907f000000000000000000000000000000000000000000000000000000000000000090613093565b9055865192839160018352886020840152518091818a8501528484015e5f828201840152601f01601f19168101030190a2823b156103e4575f926044849284519586938492635fc2828b60e01b845260048401528160248401525af1908115613e275750613e1d5750565b5f6132ee91612c00565b513d5f823e3d90fd5b613e7963ffffffff613e438a8789613b2a565b35613e556137578c613c91888a61398f565b90613e6e613e648d8a8c613b2a565b6020810190613b4c565b93909216908b615a0f565b1561403f57613e916020613c978a613c91868861398f565b6001600160401b03811660038101808211611c405760021c8015614037575b6001905b80821061402d5750613ec581613561565b915f5b818110613fe45750505b60018111613f665750613ee490613593565b51613ef08a8789613b2a565b3503613f2b5760031b906807fffffffffffffff867fffffffffffffff8831692168203611c4057600191613f2391613093565b970196613cd5565b5050505050505050506132ee9150604090613f4882519283612c00565b600c82526b6f757470757420627974657360a01b6020830152615113565b60011c5f5b818110613f785750613ed2565b600181901b906001600160ff1b0381168103611c4057613f9882856135a0565b5160018301809311611c4057613fb0600193866135a0565b516040519060208201928352604082015260408152613fd0606082612c00565b519020613fdd82866135a0565b5201613f6b565b600381901b86018b016020015160c01c9060c08160061b1660c00360c08111611c40576140266001938360021c921b61401d83896135a0565b511791876135a0565b5201613ec8565b9060011b90613eb4565b506001613eb0565b6040516309616ecd60e31b815260206004820152600b60248201526a1bdd5d1c1d5d081cdb1bdd60aa1b6044820152606490fd5b5050505050506132ee91506040519061408d604083612c00565b600d82526c0deeae8e0eae840d8cadccee8d609b1b6020830152615113565b6140c091503d805f833e610cbd8183612c00565b5f613c55565b519063ffffffff821682036103e457565b51906bffffffffffffffffffffffff821682036103e457565b805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055565b6040519061412a604083612c00565b600f82526e1c1859191a5b99c8195b195b595b9d608a1b6020830152565b60405190614157604083612c00565b601782527f6f6e652d737465703a20656c656d656e742077726f6e670000000000000000006020830152565b60405190614192604083612c00565b601982527f6f6e652d737465703a20656c656d656e7420636f7272656374000000000000006020830152565b604051906141cd606083612c00565b6022825261756560f01b6040837f6f6e652d737465703a2074686520656c656d656e7420686173206e6f2076616c60208201520152565b9590929496919661421487614f23565b9560ff85169860048a1015611c545761422e368383612c3c565b602081519101206009890154036110eb5761424b91810190612d88565b9761426b816142666001600160401b03600b8b015416613b81565b6130c4565b600a8801549095909160ff821603611c4057613fc09060061b1660c00360c08111611c40571c946001600160401b03861660070b966001600160401b03600682015460601c166001600160401b03871610156145115761431260018060a01b037f0000000000000000000000000000000000000000000000000000000000000000169760208c60405180948192631ff1b32560e01b83528460048401526024830190612f38565b03818c5afa91821561253c575f926144cd575b5060206001600160401b0383161161446d5750509261434f9260209795928b61436d9c9896614f8c565b60405163fbf4f2f160e01b8152978894859384939160048501613051565b03915afa5f938161444c575b50614428575090506143896134c9565b6001600160e01b031961439b826134f8565b16631a93c68960e11b8114908115614417575b8115614406575b81156143f5575b81156143e4575b50156143dc57506132ee906143d66141be565b90615113565b602081519101fd5b63405b7f5760e11b1490505f6143c3565b631390f2a160e01b811491506143bc565b6323d359a360e01b811491506143b5565b63d2c0367760e01b811491506143ae565b6132ee9260070b1480156144445761443e614183565b9161532e565b61443e614148565b61446691945060203d602011612535576125268183612c00565b925f614379565b60401b67ffffffffffffffff60401b166001600160401b03979097169690961760c09690961b6001600160c01b03191695909517600d86015550600197509295506144b9945050505050565b01805460ff60c81b1916600760c81b179055565b9091506020813d602011614509575b816144e960209383612c00565b810103126103e457516001600160401b03811681036103e457905f614325565b3d91506144dc565b50505050505050906132ee925061452661411b565b91159061532e565b358060070b81036103e45790565b602081519101519060208110614550575090565b5f199060200360031b1b1690565b3560ff811681036103e45790565b3580151581036103e45790565b9061458382612c72565b6145906040519182612c00565b82815280926145a1601f1991612c72565b01905f5b8281106145b157505050565b6020906040516145c081612be5565b5f8082528382015260405160806145d78183612c00565b3682376040820152828285010152016145a5565b91908110156125c25760051b8101359060de19813603018212156103e4570190565b91906040519261461e608085612c00565b8390608081019283116103e457905b82821061463957505050565b6020809161464684612c89565b81520191019061462d565b97969294999891959061466389614f23565b9560ff8216976004891015611c545761467d368383612c3c565b602081519101206009890154036110eb576146a49161469c888a615838565b810190612d88565b9761ffff895116600d8114159081614d94575b508015614d84575b6138f6576146dd886142666001600160401b03600b8b015416613b81565b600a8801549890929060ff821603611c4057613fc09060061b1660c0039660c08811611c40576001600160401b03600682015460601c166001600160401b0384161015614d5657600701549b8035908160408c019e8f5161473d90613593565b515163ffffffff16926020810161475391613b4c565b9261475f949192615a0f565b15614d2357602084019061477282613b16565b6001600160401b0380673fffffffffffffff8760021c16169116036138f65761482c916001600160401b039161481461480e6147b060408a0161452e565b6148096147bf60608c0161452e565b91611b428c6147dc60a06147d56080840161452e565b920161452e565b6040805160c095861b602082015296851b602888015291841b603087015290921b60388501528391820190565b61453c565b92613b16565b9161482260c0890189613b4c565b9490931691615a0f565b15614cf05761483a8561452e565b956148476020870161455e565b9660408701976148568961456c565b61486260608a01613b16565b9060405192602084019460070b855260ff166040840152151560608301526001600160401b03166080820152608088013560a082015260a081526148a760c082612c00565b5190209060208b01516148b990613593565b516001600160401b0316906148d160a0890189613b4c565b92909160c00135936148e294615a0f565b15614cc2576148f084614579565b935f5b818110614bb65750505060046003821610156125c25761491d91606060409260051b16010161452e565b985f995f97606095601a61ffff835116145f14614acc5750602001518051600110156125c2576020936001600160401b0360ff8661496660406149d896015160070b9751613593565b510151169660ff6149768261452e565b9161498e60606149878b840161455e565b9201613b16565b926040519a8b998a996364ec9b8f60e01b8b5260070b60048b015260248a0152604489015260070b60648801521660848601521660a484015260e060c484015260e4830190612fd4565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f9181614aab575b50614a9f575050614a1d6134c9565b955b614a765750505063ffffffff60e01b614a37846134f8565b16631a93c68960e11b8114908115614a65575b50614a5757825160208401fd5b6132ee9192506143d66141be565b630f50d75d60e01b1490505f614a4a565b6132ee949550906001600160401b03911c1660070b9060070b14805f146144445761443e614183565b90965092506001614a1f565b614ac591925060203d602011612535576125268183612c00565b905f614a0e565b94925050614b4a6020936001600160401b03614ae78561452e565b94614b016060614987614afb8a850161455e565b9a61456c565b9060ff604051998a9889986326d9100760e11b8a5260070b60048a015260070b60248901521660448701521515606486015216608484015260c060a484015260c4830190612fd4565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f9181614b95575b50614a9f575050614b8f6134c9565b95614a1f565b614baf91925060203d602011612535576125268183612c00565b905f614b80565b614bc18183856145eb565b9060408201614c346001600160401b03614c08614bdd8461452e565b614809614bec6060890161452e565b91611b42614bfc60808b0161452e565b6147dc60a08c0161452e565b948b60208201966080614c28614c1d8a613b16565b9460c0810190613b4c565b95909416920135615a0f565b15614c8e57614c6d614c47600194613b16565b916001600160401b0360405193614c5d85612be5565b5f8552166020840152369061460d565b6040820152614c7c82896135a0565b52614c8781886135a0565b50016148f3565b6040516309616ecd60e31b815260206004820152600b60248201526a7461626c6520656e74727960a81b6044820152606490fd5b6040516309616ecd60e31b81526020600482015260056024820152647461626c6560d81b6044820152606490fd5b6040516309616ecd60e31b815260206004820152600a60248201526934b7383aba103632b0b360b11b6044820152606490fd5b6040516309616ecd60e31b815260206004820152600a6024820152691a5b9c1d5d081cdb1bdd60b21b6044820152606490fd5b505050505050509291506132ee9394506001600160401b0390614d7761411b565b931c1660070b159061532e565b50600160408a01515114156146bf565b601a915014155f6146b7565b906001600160401b03614db383836134a9565b16838102938185041490151715611c4057614dce9082615697565b918215614dea57612f35926001600160401b03910416906130c4565b634e487b7160e01b5f52601260045260245ffd5b90815f52600160205260405f209160ff600184015460c81c16600b811015611cdb5760088103614ea4575060028301546001600160a01b03163303613462576001600160401b0342169060038401908154906001600160401b03614e67818460401c16866134a9565b921690816001600160401b03841611614e9257506104426132ee9493926001600160401b03926134a9565b63292daabd60e21b5f5260045260245ffd5b611cd69163041d44f960e11b5f52600452612b02565b90815f52600160205260405f209160ff600184015460c81c16600b811015611cdb5760028103614ea4575060028301546001600160a01b03163303613462576001600160401b0342169060038401908154906001600160401b03614e67818460401c16866134a9565b90815f52600160205260405f209160ff600184015460c81c16600b811015611cdb5760068103614ea4575060028301546001600160a01b03163303613462576001600160401b0342169060038401908154906001600160401b03614e67818460401c16866134a9565b90604090969596949394019081515185036138f65760070154905f5b8581106150cc57505050614fbb85614579565b945f5b818110614fcc575050505050565b614fd78183866145eb565b908560ff614fe48461455e565b1610156138f6576040820191615027614ffc8461452e565b61480961500b6060850161452e565b91611b4261501b6080870161452e565b6147dc60a0880161452e565b906150676001600160401b0361504960ff6150418561455e565b168b8a613b2a565b3593602084019461505986613b16565b9161482260c0870187613b4c565b15614cf0576001936001600160401b0361508c6150866150ab9461455e565b94613b16565b60ff6040519561509b87612be5565b168552166020840152369061460d565b60408201526150ba828a6135a0565b526150c581896135a0565b5001614fbe565b6151066150da828887613b2a565b3563ffffffff6150eb8486516135a0565b515116906150fd613e64858b8a613b2a565b92909187615a0f565b15614d2357600101614fa8565b5f818152600160208181526040808420928301805461ffff60c81b1916600960c81b1781558354600294850180546001600160a01b031687529484529190942080549496919593947f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e02939260609290916151ae907f000000000000000000000000000000000000000000000000000000000000000090613093565b90556040519283915f83526040828401528051918291826040860152018484015e5f828201840152601f01601f19168101030190a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b156103e457604051635fc2828b60e01b81528360048201525f60248201525f8160448183895af1801561253c5761531e575b506040516318feeb1560e31b815260048101849052905f82602481885afa91821561253c575f92615302575b50815190546001600160a01b0381811692169190911491826152e5575b505061529657505050565b546001600160a01b0316823b156103e457604051633d82e3c160e01b815260048101929092526001600160a01b03166024820152905f908290604490829084905af1801561253c57613e1d5750565b64ffffffffff919250602082910151169160a01c16145f8061528b565b6153179192503d805f833e610cbd8183612c00565b905f61526e565b5f61532891612c00565b5f615242565b915f92805f52600160205260405f20906001820190600960c81b60ff60c81b198354161782557f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e0285159460608615855460ff60d01b8260d01b1660ff60d01b1982161787558754995f146155a3576001600160a01b03165b60018060a01b03165f52600260205260405f206153e47f00000000000000000000000000000000000000000000000000000000000000008254613093565b9055602060405193849283526040828401528051918291826040860152018484015e5f828201840152601f01601f19168101030190a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b156103e457604051635fc2828b60e01b81528560048201525f60248201525f8160448183895af1801561253c5761558e575b50615486575b5050505050565b6040516318feeb1560e31b815260048101859052908582602481875afa918215615583578692615567575b50815190546001600160a01b03818116921691909114918261554a575b50506154db575b8061547f565b600201546001600160a01b031691813b156104d957604051633d82e3c160e01b815260048101919091526001600160a01b0392909216602483015282908290604490829084905af18015610e3a57615535575b80806154d5565b615540828092612c00565b6104df578061552e565b64ffffffffff919250602082910151169160a01c16145f806154ce565b61557c9192503d8088833e610cbd8183612c00565b905f6154b1565b6040513d88823e3d90fd5b61559b9196505f90612c00565b5f945f615479565b5060028701546001600160a01b03166153a6565b6001905b82821061568d576155cb82613561565b925f5b81811061566d575050505b600181116155ef57506155eb90613593565b5190565b60011c5f5b81811061560157506155d9565b600181901b906001600160ff1b0381168103611c405761562182856135a0565b5160018301809311611c4057615639600193866135a0565b516040519060208201928352604082015260408152615659606082612c00565b51902061566682866135a0565b52016155f4565b8061567b6001928486613083565b3561568682886135a0565b52016155ce565b9060011b906155bb565b6156a9906001600160401b03926134a9565b1660108110156156b65790565b50601090565b92919091600d8401918254936001600160401b038560801c169460c01c60405160208101906156f281611b428787878d88612b53565b5190206010880154036129dc575f198301838111611c4057841015611c545761571c848288614da0565b855467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161785556001840193848111611c4057615785615797966157658761578c95600f9b614da0565b81546001600160c01b031660c09190911b6001600160c01b031916179055565b8383613083565b35600e870155613083565b35910155565b5f516020615f945f395f51905f525c6157c35760015f516020615f945f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b814710615821575f8080938193826040516157ee602082612c00565b526001600160a01b03165af11561580157565b3d15615812576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b91909161584760408401613550565b61585360608501613550565b90615861608086018661398f565b9561586f60a08201826135b4565b909761587d60e08401613550565b93816040519663ffffffff6020890199816101208b019389358d5260208a013560408d01521660608b015216608089015261010060a089015252610140860190915f5b8181106159ce575050858103601f190160c0870152828152602001989190505f5b81811061595557505050600594959663ffffffff6159199360c08694013560e08501521661010083015203601f198101835282612c00565b5190209101540361592657565b6040516309616ecd60e31b81526020600482015260066024820152651b185e5bdd5d60d21b6044820152606490fd5b90919860a08060019260ff6159bd60808f63ffffffff61597482612b10565b1685526001600160401b0361598b60208301612b3f565b1660208601528361599e60408301612b31565b1660408601526159b060608201612cfc565b1515606086015201612b31565b166080820152019a019291016158e1565b909160408060019263ffffffff6159e488612b10565b1681526001600160401b036159fb60208901612b3f565b1660208201520194019101929190926158c0565b9290935f915b818310615a3157505050159182615a2b57505090565b14919050565b90919294600190818716155f14615a7d57615a4d858585613083565b356040519060208201928352604082015260408152615a6d606082612c00565b5190205b95811c93019190615a15565b615a88858585613083565b35906040519060208201928352604082015260408152615aa9606082612c00565b519020615a71565b9060019082515b808310615b895750615ac982613561565b905f5b8451811015615af45780615ae2600192876135a0565b51615aed82866135a0565b5201615acc565b509250905b60018111615b0b57506155eb90613593565b60011c5f5b818110615b1d5750615af9565b600181901b906001600160ff1b0381168103611c4057615b3d82856135a0565b5160018301809311611c4057615b55600193866135a0565b516040519060208201928352604082015260408152615b75606082612c00565b519020615b8282866135a0565b5201615b10565b9160011b91615ab8565b909193925f945f5b848110615e615750615bac84613561565b958060031b81810460081482151715611c405783149081159081615e43575b50615e39575f94855b818710615be8575050505050505060019190565b615bf38783886135e9565b615bff60208201613b16565b6001600160401b03811691821591908215615e1e578c8b615c206001613561565b925f5b878110615c85575050615c39615c3f9293615ab1565b926135a0565b528515615c76576807fffffffffffffff89060031b169182046008141715611c4057600191615c6e9190613093565b960195615bd4565b5050600191615c6e9190613093565b91509150885f14615da757600381901b6001600160fd1b0382168203611c4057615cb9615cb2828a613093565b9189613093565b60088101808211611c40578083116103e4578d106103e457818c01356001600160c01b031981169290910390600880830110615d83575b505060c01d90615d026060840161456c565b80615d67575b615d54575b60c08160061b1660c0039160c08311611c4057615d496001936001600160401b038460021c9316901b615d4083886135a0565b511791866135a0565b52018e918d91615c23565b50505050505050505050505050505f9190565b50615d7d82615d786080860161455e565b615e87565b15615d08565b6001600160c01b03196008929092036007190160031b82901b161690505f80615cf0565b615db18188613093565b8b8110156125c2578a013560f81c615dcb6060840161456c565b15615dda5760070b5b90615d0d565b60ff615de86040850161455e565b161b8060011b9080820460021490151715611c405760ff8101809111611c40576101fe6001600160401b0391041660070b615dd4565b60038401808511611c4057615c209060021c8e918d91613561565b50505050505f9190565b60018714915081615e57575b50155f615bcb565b905083145f615e4f565b95615e806001916001600160401b03613c9d6020613c978c8b8b6135e9565b9601615b9b565b60ff1660028114615f785760038114615f5b5760048114615f3f5760058114615f205760068114615efd57600c8114615edf57600914615ec75750600190565b60070b8015908115615ed7575090565b600191501490565b5060070b5f8112159081615ef1575090565b63ffffffff9150131590565b5060070b637fffffff198112159081615f14575090565b637fffffff9150131590565b5060070b617fff198112159081615f35575090565b617fff9150131590565b5060070b5f8112159081615f51575090565b61ffff9150131590565b5060070b607f198112159081615f6f575090565b607f9150131590565b5060070b5f8112159081615f8a575090565b60ff915013159056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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

// PackDisputeInvalidInputClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee853f49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeInvalidInputClaim(uint256 gameId, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[],bytes32,uint32) lay, uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) PackDisputeInvalidInputClaim(gameId *big.Int, lay DisputeGameLayout, nonce *big.Int, input []byte) []byte {
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
func (disputeGame *DisputeGame) TryPackDisputeInvalidInputClaim(gameId *big.Int, lay DisputeGameLayout, nonce *big.Int, input []byte) ([]byte, error) {
	return disputeGame.abi.Pack("disputeInvalidInputClaim", gameId, lay, nonce, input)
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
