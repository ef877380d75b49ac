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
	Bin: "0x6101003461016357601f615f4d38819003918201601f19168301916001600160401b03831184841017610167578084926080946040528339810103126101635780516001600160a01b0381169190828103610163576020820151906001600160a01b038216808303610163576040840151606090940151946001600160401b0386168603610163571590811561015a575b5061014b5760805260a05260c05260e052604051615dd1908161017c82396080518181816102b60152818161073e015281816119450152818161360501528181613b8f01528181614f7201526151a9015260a051818181611f250152818161211101528181612398015281816128b901528181614164015281816147e201526148f7015260c05181818161070101528181611a3801528181613d0901528181614f16015261514b015260e051818181610909015261190b0152f35b63d92e233d60e01b5f5260045ffd5b9050155f610090565b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f5f3560e01c8063029f055c1461279057806308148f7a1461264457806308a511941461262957806320c3f2e6146125cb57806321fa2ead1461220057806326a5f04c14611f9057806327e235e314611f545780632b7ac3f314611f105780633526cfab14611d5b5780633ccfd60b14611cf75780634aae307714611a945780634b4e2dfc14611a785780634d1975b414611a5b5780635230515114611a205780636d816091146119745780637dc0d1d01461192f57806391ddadf4146118eb578063949d8bac1461173b5780639beb5bd4146116c7578063a084500a14611641578063a2f77bcc1461119c578063a41ac33914610e5b578063ab82d9a0146106e7578063c64782691461065f578063c9e304ae14610557578063d125aa5a146104fd578063db647a66146104e25763ee853f491461014e575f80fd5b346104df5760803660031901126104df576024356004356001600160401b0382116104dd578160040161010060031984360301126104d9576064356001600160401b0381116104d5576101a5903690600401612a1e565b9083865260016020526040862060ff600182015460c81c16600b8110156104c157600a81036104a557506002810180546001600160a01b0316330361048d576001600160401b034216906003830190815461020c6001600160401b038260401c1685613462565b908b1561040f57506001600160401b03825460a01c16806001600160401b038316116103fb579161024561024b92610273969594613462565b90613fcd565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b61027d848261565a565b610288368484612bef565b805160209182012060405163b93f863360e01b815260448035600483015260248201929092529291908390817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156103f05788926103b8575b5054036103855761030961030f9360a461034d970190613530565b906159b9565b5090811561035057604051610325604082612bb3565b60128152711d1a19481a5b9c1d5d081a5cc81d985b1a5960721b6020820152915b15906150bb565b80f35b60405161035e604082612bb3565b60148152731d1a19481a5b9c1d5d081a5cc81a5b9d985b1a5960621b602082015291610346565b6040516309616ecd60e31b81526020600482015260056024820152641a5b9c1d5d60da1b604482015280606481015b0390fd5b9091506020813d6020116103e8575b816103d460209383612bb3565b810103126103e45751905f6102ee565b5f80fd5b3d91506103c7565b6040513d8a823e3d90fd5b63292daabd60e21b8c5260048a905260248cfd5b6001600160401b0391925016806001600160401b0383161161047a576104426102739493926001600160401b0392613462565b166001600160401b03198254161781559067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b8863292daabd60e21b5f5260045260245ffd5b631e30388760e31b8852600486905233602452604488fd5b876104bf6044928863041d44f960e11b8452600452612ab5565bfd5b634e487b7160e01b88526021600452602488fd5b8480fd5b8380fd5b825b80fd5b50346104df57806003193601126104df576020604051818152f35b50346104df5760603660031901126104df57600435906001600160401b03821682036104df57602435906001600160401b03821682036104df5760206105466044358486614b2d565b6001600160401b0360405191168152f35b50346104df576101003660031901126104df57610572612ad4565b6044356001600160401b0381116104dd57610591903690600401612a1e565b916064356001600160401b0381116104d55761010060031982360301126104d5576084356001600160401b03811161065b576040600319823603011261065b5760a435916001600160401b0383116106575760e060031984360301126106575760c435936001600160401b0385116106535760c060031986360301126106535760e435966001600160401b03881161064f5761063461034d9836906004016129ee565b9790966004019560040194600401936004019260043561444c565b8880fd5b8780fd5b8680fd5b8580fd5b50346104df5760a03660031901126104df57610679612ad4565b6044356001600160401b0381116104dd57610698903690600401612a1e565b916064356001600160401b0381116104d5576106b89036906004016129ee565b90608435946001600160401b038611610657576106dc61034d9636906004016129ee565b95909460043561409b565b5060203660031901126104df576004356106ff6155bf565b7f0000000000000000000000000000000000000000000000000000000000000000803403610e45575060405163c58343ef60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169290918183602481875afa928315610e3a578293610ccc575b506040516318feeb1560e31b815260048101829052938285602481845afa948515610a22578395610ca8575b5060608401516005811015610c945760011901610c8057604085018051151580610c5b575b610c475760208601906107f764ffffffffff83511663ffffffff6101408901511690613046565b421015610c335784545f198114610c1f576001908101808755808752602082815260408089208881558b519481018054975164ffffffffff60a01b60a09190911b166001600160a01b039096166001600160c81b031990981697909717949094178655600284018054336001600160a01b031990911617815560808c01516004808701919091559151637b10399960e01b8152939a9094939290918390818a5afa918215610c14579089918293610bcc575b50604063ffffffff91015116602460405180948193631b4d85a560e21b8352600483015260018060a01b03165afa9081156103f0578891610a35575b50916001600160401b0360036109729360a06109809897960151600582015561092f7f00000000000000000000000000000000000000000000000000000000000000008095613fcd565b0191166001600160401b03198254161781556001600160401b03421667ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b5115610a2d57600a90613097565b803b156104dd57828091604460405180948193635fc2828b60e01b8352876004840152600160248401525af18015610a2257610a09575b5060209360018060a01b0390511690604051918252837f9f0b80476ce7b05cfe8b0800d21f0b0f2704c8eb948fa5d5e87997ec901f96d1863394a45f516020615db15f395f51905f525d604051908152f35b610a14838092612bb3565b610a1e575f6109b7565b5080fd5b6040513d85823e3d90fd5b600190613097565b90503d8089833e610a468183612bb3565b81019060208183031261064f578051906001600160401b038211610bc857018082036101808112610bc8576040519261010084018481106001600160401b03821117610bb457604052610a9883613940565b8452610aa660208401613940565b6020850152610ab760408401613940565b6040850152606083015160608501526080830151608085015260a083015160a085015260c08301516001600160401b038111610bb057830181601f82011215610bb05760a09291816020610b0d93519101613982565b60c085015260df19011261064f5760405190610b2882612b7d565b610b3460e08201613fb4565b8252610b436101008201613fa3565b60208301526101208101516003811015610bac579360a06109809897969484610b946101606003966109729a60406001600160401b039a0152610b896101408201613966565b606085015201613966565b608082015260e08201529496979850509350506108e5565b8a80fd5b8b80fd5b634e487b7160e01b8c52604160045260248cfd5b8980fd5b915091506020813d602011610c0c575b81610be960209383612bb3565b8101031261064f57516001600160a01b038116810361064f5790889060406108a9565b3d9150610bdc565b6040513d8b823e3d90fd5b634e487b7160e01b86526011600452602486fd5b638d48783f60e01b85526004849052602485fd5b638d48783f60e01b84526004839052602484fd5b50606086015161ffff1660011415806107d05750600161ffff608087015116116107d0565b638d48783f60e01b83526004829052602483fd5b634e487b7160e01b84526021600452602484fd5b610cc59195503d8085833e610cbd8183612bb3565b8101906139d2565b935f6107ab565b9092503d8083833e610cde8183612bb3565b8101906020818303126104dd578051906001600160401b0382116104d95701906101a0828203126104dd57604051916101a083018381106001600160401b03821117610e2657604052610d3081613940565b8352610d3e60208201613954565b6020840152610d4f60408201613fa3565b6040840152606081015160058110156104d5576060840152610d7360808201613973565b6080840152610d8460a08201613940565b60a0840152610d9560c08201613fa3565b60c0840152610da660e08201613fb4565b60e0840152610db86101008201613fb4565b610100840152610dcb6101208201613973565b610120840152610dde6101408201613fa3565b61014084015261016081015160038110156104d557610160840152610180810151906001600160401b0382116104d557610e199291016139b8565b610180820152915f61077f565b634e487b7160e01b85526041600452602485fd5b6040513d84823e3d90fd5b634ba85a6b60e11b835260045234602452604482fd5b50346104df576101203660031901126104df5760043560243563ffffffff81168091036104dd57604435906064356001600160401b0381116104d557610ea59036906004016129ee565b93909160843560a4356001600160401b03811161065357610eca9036906004016129ee565b959060c435956001600160401b038711610bc85786600401986101006003198936030112610bac5760e4356001600160401b038111610bb057610f11903690600401612a1e565b939092610104359a6001600160401b038c11611198578c9b610f379036906004016129ee565b939094610f438c614c47565b9e8f90610f4f9161565a565b610f5b60448e016134cc565b63ffffffff168b101561118857610f7a908f60040154948c8b87615831565b1592831561114d575b50505061111f57610fa99187610f9a368787612bef565b60208151910120809c35615831565b156110eb57610fbd91819998990190612d3b565b6060019688969060015b60808a51015180518a101561101e57610fe88a6001600160401b039261351c565b5181169116026001600160401b03811690810361100a57600190980197610fc7565b634e487b7160e01b8b52601160045260248bfd5b507fb41533e15513d134fc3bdaf148911ff35ccd8fee65b8651fdfecf8d4bab6d1d29850986060976001949596979a60068501926bffffffff000000000000000067ffffffff000000006110766064875496016134cc565b60201b1691515160401b16916001600160401b038c1b908c1b16928a6001600160401b038d1b19916bffffffffffffffffffffffff191617161717179055836007830155846008830155600982015501600360c81b60ff60c81b1982541617905560405192835260208301526040820152a280f35b6040516309616ecd60e31b8152806103b4600482016060906020815260046020820152630737465760e41b60408201520190565b6040516309616ecd60e31b8152602060048201526005602482015264737461746560d81b6044820152606490fd5b9091925060018a0190818b1161117357908961116a949392615831565b155f8080610f83565b50634e487b7160e01b8f52601160045260248ffd5b5063779ffa5760e11b8f5260048ffd5b8d80fd5b50346104df5760203660031901126104df57806103a06040516111be81612b4d565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152826102c0820152826102e0820152826103008201528261032082015282610340820152826103608201528261038082015201526004358152600160205260408120906040519161129c83612b4d565b8054835260018101546001600160a01b038116602085015260a081901c64ffffffffff16604085015260c881901c60ff16600b811015610c94576010929160ff91606087015260d01c16151560808501526001600160401b03600282015460018060a01b03811660a087015260a01c1660c08501526001600160401b03600382015481811660e087015260401c16610100850152600481015461012085015260058101546101408501526001600160401b03600682015463ffffffff811661016087015263ffffffff8160201c1661018087015263ffffffff8160401c166101a087015260601c166101c085015260078101546101e085015260088101546102008501526009810154610220850152600a81015461024085015260ff600b8201546001600160401b038116610260870152818160401c1661028087015260481c166102a0850152600c8101546102c0850152600d8101546001600160401b0381166102e08601528060401c60070b6103008601526001600160401b038160801c1661032086015260c01c610340850152600e810154610360850152600f81015461038085015201546103a0830152604051908251825260018060a01b03602084015116602083015264ffffffffff6040840151166040830152606083015190600b82101561162d57506103c0926103a091606084015260808101511515608084015260018060a01b0360a08201511660a08401526001600160401b0360c08201511660c08401526001600160401b0360e08201511660e08401526001600160401b036101008201511661010084015261012081015161012084015261014081015161014084015263ffffffff6101608201511661016084015263ffffffff6101808201511661018084015263ffffffff6101a0820151166101a08401526001600160401b036101c0820151166101c08401526101e08101516101e08401526102008101516102008401526102208101516102208401526102408101516102408401526001600160401b036102608201511661026084015260ff6102808201511661028084015260ff6102a0820151166102a08401526102c08101516102c08401526001600160401b036102e0820151166102e084015261030081015160070b6103008401526001600160401b03610320820151166103208401526001600160401b036103408201511661034084015261036081015161036084015261038081015161038084015201516103a0820152f35b634e487b7160e01b81526021600452602490fd5b50346104df5760a03660031901126104df576044356001600160401b038111610a1e576116729036906004016129ee565b6064356001600160401b0381116104d95761010060031982360301126104d957608435926001600160401b0384116104d5576116b561034d9436906004016129ee565b93909260040191602435600435613b20565b50346104df576116e66116ed6116dc36612a7e565b9294909194614b8b565b93846153b4565b60206001600160401b0361170e600d840154828160801c169060c01c613462565b16111561172c57600101805460ff60c81b1916600760c81b17905580f35b63779ffa5760e11b8252600482fd5b50346104df5761174a36612a4b565b90828452600160205260408420916001830192835460ff8160c81c16600b8110156104c157600181036118d157506001600160a01b031633036118b9576001600160401b034216600382016117ac6001600160401b03825460401c1683613462565b60028401906001600160401b03825460a01c16806001600160401b038316116118a5579161024561024b926117e2969594613462565b8115801561189b575b61188c5760046118036117fe8486615344565b6158d3565b9101540361185d57825460ff60c81b1916600160c91b1790925560405160208082527f8e163fb447c81b49e166afcca0b92f7603c31dfe6daf2965839e33567055e195939192839261185792840191613053565b0390a280f35b6040516309616ecd60e31b815260206004820152600660248201526573746174657360d01b6044820152606490fd5b63779ffa5760e11b8652600486fd5b50604082116117eb565b63292daabd60e21b8b5260048a905260248bfd5b631e30388760e31b8652600485905233602452604486fd5b876104bf6044928963041d44f960e11b8452600452612ab5565b50346104df57806003193601126104df5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346104df57806003193601126104df576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b50346104df5760e03660031901126104df576044356001600160401b038111610a1e576119a59036906004016129ee565b90606435916001600160401b0383116104d95761010060031984360301126104d9576084356001600160401b0381116104d5576119e69036906004016129ee565b60c43594916001600160401b03861161065757611a0a61034d963690600401612a1e565b95909460a4359460040191602435600435613575565b50346104df57806003193601126104df5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346104df57806003193601126104df5760209054604051908152f35b50346104df57806003193601126104df57602060405160068152f35b346103e457611aa236612a7e565b835f52600160205260405f2092600184019260ff845460c81c16600b811015611ce35760058103611cc6575060028501546001600160a01b03163303611caf576001600160401b03421660038601908154916001600160401b03611b0b818560401c1684613462565b931692836001600160401b03821611611c9c576104426001600160401b0391611b3395613462565b6040516020810190611b5881611b4a8486886134b1565b03601f198101835282612bb3565b519020600c86015403611c6b5780831015611c5c5782611b7a91600b93613036565b3593600a8101948555016001600160401b038154818085169160ff8282169160481c161b1617166001600160401b0319825416178155805460ff808260481c169160401c16039260ff8411611c48577f2d46eb748c91816a93a15d9fea5c38bf4956b5dc75eb5594dda0d4bb9cf13ea594611c2560ff92611c12606097869060ff60401b82549160401b169060ff60401b1916179055565b845460401c8416611c4057600690613097565b54915460401c169060405192835260208301526040820152a2005b600490613097565b634e487b7160e01b5f52601160045260245ffd5b63779ffa5760e11b5f5260045ffd5b6040516309616ecd60e31b815260206004820152600860248201526731b434b6323932b760c11b6044820152606490fd5b8963292daabd60e21b5f5260045260245ffd5b85631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f526004879052611cde90612ab5565b60445ffd5b634e487b7160e01b5f52602160045260245ffd5b346103e4575f3660031901126103e457611d0f6155bf565b335f52600260205260405f20548015611d4c57611d3a90335f5260026020525f6040812055336155f4565b5f5f516020615db15f395f51905f525d005b630686827b60e51b5f5260045ffd5b346103e457611d6936612a4b565b90825f52600160205260405f209160018301805460ff8160c81c16600b811015611ce35760048103611cc657506001600160a01b03163303611ef9576001600160401b0342166003850190611dcb6001600160401b03835460401c1682613462565b9160028701926001600160401b03845460a01c1693846001600160401b03831611611c9c5761024561024b92611e0096613462565b600b84019384549460ff8660401c16600681105f14611ef057955b600160ff88161b8503611c5c57611e356117fe8688615344565b600a84015403611ec25760ff60481b7f4c1fd9fa392a9ebad90cd5b7b6c047fd8fa8976cddb459034b3ea169a2d6156d9760481b169060ff60481b1916179055600c6040516020810190611e8e81611b4a84898b6134b1565b519020910155805460ff60c81b1916600560c81b179055604051602080825290928392611ebd92840191613053565b0390a2005b6040516309616ecd60e31b81526020600482015260056024820152646e6f64657360d81b6044820152606490fd5b50600695611e1b565b84631e30388760e31b5f526004523360245260445ffd5b346103e4575f3660031901126103e4576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346103e45760203660031901126103e4576004356001600160a01b038116908190036103e4575f526002602052602060405f2054604051908152f35b346103e45760c03660031901126103e4576004356024356001600160401b0381116103e457611fc39036906004016129ee565b91906064356001600160401b0381116103e457611fe4903690600401612a1e565b6084929192356001600160401b0381116103e4576120069036906004016129ee565b9160a435946001600160401b0386116103e45761202a6120419636906004016129ee565b96909561203689614b8b565b99604435918b6153b4565b600d880154908160c01c906001600160401b038360801c169060206001600160401b0361206e8486613462565b1611611c5c5761207f368683612bef565b6020815191012060098c0154036110eb576001600160401b03986020986120e6988d986120b58561210d9a6120bc970190612d3b565b809a614d19565b91600e8b015491604051998a988998634ac6a6cb60e01b8a5260c060048b015260c48a0190612eeb565b951660248801526044870152606486015260848501528382036003190160a4850152612f87565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f91816121cc575b5061215e575061215c9150612156613482565b90615495565b005b600f61215c93015414805f1461219e5760405161217c604082612bb3565b600f81526e1cd959db595b9d0818dbdc9c9958dd608a1b6020820152916150bb565b6040516121ac604082612bb3565b600d81526c7365676d656e742077726f6e6760981b6020820152916150bb565b9091506020813d6020116121f8575b816121e860209383612bb3565b810103126103e457519084612143565b3d91506121db565b346103e45760603660031901126103e4576004356024356001600160401b0381116103e4576122339036906004016129ee565b906044356001600160401b0381116103e457612253903690600401612a1e565b845f52600160205260405f206001810191825460ff8160c81c16600b811015611ce357600781036125b357506001600160a01b0316330361259c576001600160401b03421660038301906122b46001600160401b03835460401c1682613462565b9160028501926001600160401b03845460a01c1693846001600160401b038316116125895761024561024b926122e996613462565b600d8201938454916001600160401b038360801c16928060c01c9261230e848661538f565b9260018401808511611c48578b03611c5c5760108701968754155f146124fa57600961233b368486612bef565b60208151910120910154036110eb5761236761235f8361238c936020950190612d3b565b948c8c613036565b3593604051948592839263b7c0f87d60e01b8452604060048501526044840190612eeb565b602483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156124ef575f926124be575b5060401c60070b9060070b0361248a576123fb86915b611b4a89604051948593602085019788612b06565b5190209055600160cb1b60ff60c81b198254161790555491806040519360608501906001600160401b038160801c16865260c01c602086015260606040860152526080830191905f5b81811061247457857fde0a9f87f990316a5c3a3904063985c4f761dbb1112a265fd40161526591cdd586860387a2005b8235845260209384019390920191600101612444565b6040516309616ecd60e31b815260206004820152600b60248201526a30b1b1bab6bab630ba37b960a91b6044820152606490fd5b6124e191925060203d6020116124e8575b6124d98183612bb3565b810190613449565b908a6123d0565b503d6124cf565b6040513d5f823e3d90fd5b92505050881561257557600e81015488351491821592612558575b5050612525576123fb86916123e6565b6040516309616ecd60e31b815260206004820152600a60248201526972616e676520656e647360b01b6044820152606490fd5b600f919250612568908a8a613036565b3591015414158980612515565b634e487b7160e01b5f52603260045260245ffd5b8b63292daabd60e21b5f5260045260245ffd5b86631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f526004899052611cde90612ab5565b346103e45760603660031901126103e4576024356001600160401b0381116103e4576125fb9036906004016129ee565b604435916001600160401b0383116103e45761261e61215c9336906004016129ee565b9290916004356130bb565b346103e4575f3660031901126103e457602060405160408152f35b346103e45760203660031901126103e457600435805f52600160205260405f2060ff600182015460c81c1690600b8210159182611ce35780158015612783575b61276b5782611ce3576001811492831561275e575b831561274d575b8315612738575b50506126d990825f14612721576001600160401b0380600381600285015460a01c16935b015460401c16911690613046565b42111561270e5761215c91604051916126f3604084612bb3565b60078352661d1a5b595bdd5d60ca1b602084015215906150bb565b50631c6b034960e01b5f5260045260245ffd5b6001600160401b03806003818185015416936126cb565b90919250611ce357600714906126d9846126a7565b809350611ce35760048114926126a0565b506003811492505f612699565b63041d44f960e11b5f526004849052611cde90612ab5565b505f925060098114612684565b346103e45760a03660031901126103e4576004356024356001600160401b0381116103e4576127c39036906004016129ee565b6044929192356001600160401b0381116103e4576127e5903690600401612a1e565b91906064356001600160401b0381116103e4576128069036906004016129ee565b916084356001600160401b0381116103e4576128269036906004016129ee565b95909161283288614b8b565b96600d880154936001600160401b038560801c168015908115916129be575b5061298f57612861368585612bef565b6020815191012060098a0154036110eb576020966001600160401b0396612891856128b597612898970190612d3b565b809b614d19565b6040516367d6931b60e01b81529687948594169060048501613004565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156124ef575f9261295b575b50156125755761215c923514801561293057604051612911604082612bb3565b600c81526b189a585cc818dbdc9c9958dd60a21b6020820152916150bb565b60405161293e604082612bb3565b600a815269626961732077726f6e6760b01b6020820152916150bb565b9091506020813d602011612987575b8161297760209383612bb3565b810103126103e4575190846128f1565b3d915061296a565b6040516309616ecd60e31b8152602060048201526006602482015265706f696e747360d01b6044820152606490fd5b9050886129de8d611b4a60405193849260208401968c60c01c9088612b06565b51902060108a015414158c612851565b9181601f840112156103e4578235916001600160401b0383116103e4576020808501948460051b0101116103e457565b9181601f840112156103e4578235916001600160401b0383116103e457602083818601950101116103e457565b9060406003198301126103e45760043591602435906001600160401b0382116103e457612a7a916004016129ee565b9091565b9060606003198301126103e45760043591602435906001600160401b0382116103e457612aad916004016129ee565b909160443590565b600b811015611ce357602452565b359063ffffffff821682036103e457565b6024359060ff821682036103e457565b359060ff821682036103e457565b35906001600160401b03821682036103e457565b6001600160c01b031960c092831b811682529290911b9091166008820152601001915f5b818110612b375750505090565b8235845260209384019390920191600101612b2a565b6103c081019081106001600160401b03821117612b6957604052565b634e487b7160e01b5f52604160045260245ffd5b60a081019081106001600160401b03821117612b6957604052565b606081019081106001600160401b03821117612b6957604052565b90601f801991011681019081106001600160401b03821117612b6957604052565b6001600160401b038111612b6957601f01601f191660200190565b929192612bfb82612bd4565b91612c096040519384612bb3565b8294818452818301116103e4578281602093845f960137010152565b6001600160401b038111612b695760051b60200190565b35908160070b82036103e457565b9080601f830112156103e4578135612c6181612c25565b92612c6f6040519485612bb3565b81845260208085019260051b8201019283116103e457602001905b828210612c975750505090565b60208091612ca484612c3c565b815201910190612c8a565b359081151582036103e457565b919060a0838203126103e45760405190612cd582612b7d565b8193612ce081612ac3565b8352612cee60208201612ae4565b6020840152612cff60408201612caf565b6040840152612d1060608201612ae4565b60608401526080810135916001600160401b0383116103e457608092612d369201612c4a565b910152565b6020818303126103e4578035906001600160401b0382116103e457016080818303126103e45760405191608083018381106001600160401b03821117612b6957604052813561ffff811681036103e457835260208201356001600160401b0381116103e45781612dac918401612c4a565b602084015260408201356001600160401b0381116103e457820181601f820112156103e4578035612ddc81612c25565b91612dea6040519384612bb3565b81835260208084019260051b820101918483116103e45760208201905b838210612e3c5750505050604084015260608201356001600160401b0381116103e457612e349201612cbc565b606082015290565b81356001600160401b0381116103e457602091612e5e88848094880101612cbc565b815201910190612e07565b90602080835192838152019201905f5b818110612e865750505090565b825160070b845260209384019390920191600101612e79565b9060a06080612ee89363ffffffff815116845260ff602082015116602085015260408101511515604085015260ff60608201511660608501520151918160808201520190612e69565b90565b919061ffff8351168152612f0e6020840151608060208401526080830190612e69565b906040840151918181036040830152825180825260208201916020808360051b8301019501925f915b838310612f5a5750505050506060612ee893940151906060818403910152612e9f565b9091929395602080612f78600193601f198682030187528a51612e9f565b98019301930191939290612f37565b90602080835192838152019201905f5b818110612fa45750505090565b9091926040845160ff81511683526001600160401b036020820151166020840152015160408201905f915b60048310612feb5750505060c001926020019190600101612f97565b602080600192845160070b815201920192019190612fcf565b6001600160401b03613022612ee89593606084526060840190612eeb565b931660208201526040818403910152612f87565b91908110156125755760051b0190565b91908201809211611c4857565b81835290916001600160fb1b0383116103e45760209260051b809284830137010190565b906001600160401b03809116911601906001600160401b038211611c4857565b90600b811015611ce357815460ff60c81b191660c89190911b60ff60c81b16179055565b92919493835f52600160205260405f20926001840194855460ff8160c81c16600b811015611ce3576003810361343157506001600160a01b0316330361341b576001600160401b034216600386016131206001600160401b03825460401c1683613462565b60028801906001600160401b03825460a01c16806001600160401b03831611613408579161024561024b92613156969594613462565b6006850197885463ffffffff8160201c16808314908115916133fd575b50611c5c576131856117fe8388615344565b6007880154148015906133e3575b6133b55763ffffffff90837fe00f2dd49818c2db240dad3862c6e5bf435a938affc22717741f96028d917f3660409894985160408152806131ea6131db604083018d8a613053565b82810360208401528b8b613053565b0390a260401c1680955f925b81841061331f576132079350613036565b356132c95750926132256001600160401b0393600b93600396613036565b35600a8201550194811986541686555460601c16016001600160401b038111611c48575f939060021c673fffffffffffffff1660015b816001600160401b038216106132a6575050806132936132a4949560ff939060ff60401b82549160401b169060ff60401b1916179055565b5460401c16611c4057600690613097565b565b67fffffffffffffffe60ff9160011b16951660ff8114611c48576001019461325b565b9450505050506132a4919250604051906132e4606083612bb3565b602382527f746865206f757470757420736c6f742077617320616c726561647920777269746020830152623a32b760e91b6040830152614ea0565b91839193141580613395575b61333a576001019186916131f6565b5050509450505050506132a49192506060906133596040519283612bb3565b602482527f6120736c6f74206f74686572207468616e20746865206f7574707574206368616020830152631b99d95960e21b6040830152614ea0565b506133a1818484613036565b356133ad828888613036565b35141561332b565b6040516309616ecd60e31b8152602060048201526005602482015264736c6f747360d81b6044820152606490fd5b506133f16117fe8686615344565b60088801541415613193565b90508514155f613173565b8563292daabd60e21b5f5260045260245ffd5b631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f526004839052611cde90612ab5565b908160209103126103e457518060070b81036103e45790565b906001600160401b03809116911603906001600160401b038211611c4857565b3d156134ac573d9061349382612bd4565b916134a16040519384612bb3565b82523d5f602084013e565b606090565b91906001600160fb1b0381116103e45760051b809282370190565b3563ffffffff811681036103e45790565b906134e782612c25565b6134f46040519182612bb3565b8281528092613505601f1991612c25565b0190602036910137565b8051156125755760200190565b80518210156125755760209160051b010190565b903590601e19813603018212156103e457018035906001600160401b0382116103e4576020019160a08202360383136103e457565b91908110156125755760a0020190565b959994929893979691909861358987614c47565b916135948a8461565a565b6004830154905f908c935f915b81831061388b57505050159182613881575b50501561111f5763ffffffff6135cb60608a016134cc565b168a03613872576135dd368589612bef565b805160209182012060405163b93f863360e01b815260048101949094526024840152826044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9182156124ef575f9261383e575b5054036103855761364d886134dd565b5f5b8981106137f65750613660906158d3565b6020870135036137c457613673886134dd565b975f5b8181106137a4575050506136939060a08601946103098688613530565b92901561376b575f5b83518110156136e65780866136df63ffffffff6136d86136d3856136cd8c6136c660019a8e61351c565b5197613530565b90613565565b6134cc565b168b61351c565b520161369c565b509350946132a49492506136fa91506158d3565b1480156137375760405161370f604082612bb3565b60158152741a5b9a5d1a585b081cdd185d194818dbdc9c9958dd605a1b6020820152916150bb565b604051613745604082612bb3565b6013815272696e697469616c2073746174652077726f6e6760681b6020820152916150bb565b9350945050506132a4915060405190613785604083612bb3565b600d82526c1a5b9d985b1a59081a5b9c1d5d609a1b6020830152614ea0565b806137b26001928486613036565b356137bd828d61351c565b5201613676565b6040516309616ecd60e31b8152602060048201526009602482015268636f6e7374616e747360b81b6044820152606490fd5b806138046001928c86613036565b35604051602081019163ffffffff8416835260408201526040815261382a606082612bb3565b519020613837828561351c565b520161364f565b9091506020813d60201161386a575b8161385a60209383612bb3565b810103126103e45751905f61363d565b3d915061384d565b63399d2d9b60e01b5f5260045ffd5b1490505f806135b3565b90919294600190818716155f146138d7576138a7858585613036565b3560405190602082019283526040820152604081526138c7606082612bb3565b5190205b95811c930191906135a1565b6138e2858585613036565b35906040519060208201928352604082015260408152613903606082612bb3565b5190206138cb565b903590601e19813603018212156103e457018035906001600160401b0382116103e457602001918160061b360383136103e457565b51906001600160a01b03821682036103e457565b519064ffffffffff821682036103e457565b519081151582036103e457565b519061ffff821682036103e457565b92919261398e82612bd4565b9161399c6040519384612bb3565b8294818452818301116103e4578281602093845f96015e010152565b9080601f830112156103e4578151612ee892602001613982565b6020818303126103e4578051906001600160401b0382116103e4570160c0818303126103e4576040519160c083018381106001600160401b03821117612b6957604052613a1e82613940565b8352613a2c60208301613954565b6020840152613a3d60408301613966565b6040840152613a4e60608301613973565b60608401526080820151608084015260a08201516001600160401b0381116103e457613a7a92016139b8565b60a082015290565b91908110156125755760061b0190565b356001600160401b03811681036103e45790565b91908110156125755760051b81013590603e19813603018212156103e4570190565b903590601e19813603018212156103e457018035906001600160401b0382116103e457602001918160051b360383136103e457565b60021b906803fffffffffffffffc67fffffffffffffffc831692168203611c4857565b90939692613b5a90613b3183614c47565b93613b3c8a8661565a565b60048501548763ffffffff613b5360408e016134cc565b1691615831565b1561111f576080870193613b6e858961390b565b905087036138725791546040516318feeb1560e31b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692905f81602481875afa80156124ef5760a0915f91613f89575b5001515f96875b613be2888c61390b565b9050891015613c2857613c206001916001600160401b03613c1960208f8e613c0d8f613c139361390b565b90613a82565b01613a92565b1690613046565b980197613bd8565b909397509890939791949884518160031b9180830460081490151715611c485703613f50575f95865b838810613dac575050505050505050604090815190613c708383612bb3565b601e82527f6f7574707574206d617463686573207468652066696e616c207374617465000060208084019182525f8381526001808352868220908101805461010960c81b61ffff60c81b1982161790915590546001600160a01b0390911682526002909252859020805491947f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e02939260609290613d2e907f000000000000000000000000000000000000000000000000000000000000000090613046565b9055865192839160018352886020840152518091818a8501528484015e5f828201840152601f01601f19168101030190a2823b156103e4575f926044849284519586938492635fc2828b60e01b845260048401528160248401525af1908115613da35750613d995750565b5f6132a491612bb3565b513d5f823e3d90fd5b613df563ffffffff613dbf8a8789613aa6565b35613dd16136d38c613c0d888a61390b565b90613dea613de08d8a8c613aa6565b6020810190613ac8565b93909216908b615831565b15613f1c57613e0d6020613c138a613c0d868861390b565b6001600160401b03811680613f0557613e2660016134dd565b905f5b818110613ebc575050613e3b906158d3565b613e468a8789613aa6565b3503613e815760031b906807fffffffffffffff867fffffffffffffff8831692168203611c4857600191613e7991613046565b970196613c51565b5050505050505050506132a49150604090613e9e82519283612bb3565b600c82526b6f757470757420627974657360a01b6020830152614ea0565b600381901b85018a016020015160c01c9060c08160061b1660c00360c08111611c4857613efe6001938360021c921b613ef5838861351c565b5117918661351c565b5201613e29565b60038101808211611c4857613e269060021c6134dd565b6040516309616ecd60e31b815260206004820152600b60248201526a1bdd5d1c1d5d081cdb1bdd60aa1b6044820152606490fd5b5050505050506132a4915060405190613f6a604083612bb3565b600d82526c0deeae8e0eae840d8cadccee8d609b1b6020830152614ea0565b613f9d91503d805f833e610cbd8183612bb3565b5f613bd1565b519063ffffffff821682036103e457565b51906bffffffffffffffffffffffff821682036103e457565b805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055565b60405190614007604083612bb3565b600f82526e1c1859191a5b99c8195b195b595b9d608a1b6020830152565b60405190614034604083612bb3565b601782527f6f6e652d737465703a20656c656d656e742077726f6e670000000000000000006020830152565b6040519061406f604083612bb3565b601982527f6f6e652d737465703a20656c656d656e7420636f7272656374000000000000006020830152565b959092949691966140ab87614cb0565b9560ff85169860048a1015611c5c576140c5368383612bef565b602081519101206009890154036110eb576140e291810190612d3b565b97614102816140fd6001600160401b03600b8b015416613afd565b613077565b600a8801549095909160ff821603611c4857613fc09060061b1660c00360c08111611c48571c946001600160401b03861660070b966001600160401b03600682015460601c166001600160401b038716101561430c576141a960018060a01b037f0000000000000000000000000000000000000000000000000000000000000000169760208c60405180948192631ff1b32560e01b83528460048401526024830190612eeb565b03818c5afa9182156124ef575f926142c8575b5060206001600160401b03831611614268575050926141e69260209795928b6142049c9896614d19565b60405163fbf4f2f160e01b8152978894859384939160048501613004565b03915afa5f9381614247575b5061422357506132a49150612156613482565b6132a49260070b14801561423f57614239614060565b916150bb565b614239614025565b61426191945060203d6020116124e8576124d98183612bb3565b925f614210565b60401b67ffffffffffffffff60401b166001600160401b03979097169690961760c09690961b6001600160c01b03191695909517600d86015550600197509295506142b4945050505050565b01805460ff60c81b1916600760c81b179055565b9091506020813d602011614304575b816142e460209383612bb3565b810103126103e457516001600160401b03811681036103e457905f6141bc565b3d91506142d7565b50505050505050906132a49250614321613ff8565b9115906150bb565b358060070b81036103e45790565b60208151910151906020811061434b575090565b5f199060200360031b1b1690565b3560ff811681036103e45790565b3580151581036103e45790565b9061437e82612c25565b61438b6040519182612bb3565b828152809261439c601f1991612c25565b01905f5b8281106143ac57505050565b6020906040516143bb81612b98565b5f8082528382015260405160806143d28183612bb3565b3682376040820152828285010152016143a0565b91908110156125755760051b8101359060de19813603018212156103e4570190565b919060405192614419608085612bb3565b8390608081019283116103e457905b82821061443457505050565b6020809161444184612c3c565b815201910190614428565b9798909296939894919461445f89614cb0565b9760ff8516966004881015611c5c57614479368383612bef565b6020815191012060098b0154036110eb576144a0916144988d8c61565a565b810190612d3b565b9561ffff875116600d8114159081614b21575b508015614b11575b613872576144d9816140fd6001600160401b03600b8d015416613afd565b600a8a01549095909160ff821603611c4857613fc09060061b1660c0039060c08211611c48576001600160401b03911c1660070b976001600160401b03600682015460601c166001600160401b0386161015614afb57600701546145678435809260408a019661455f63ffffffff6145518a5161350f565b515116916020810190613ac8565b939092615831565b15614ac857602088019061457a82613a92565b6001600160401b0380673fffffffffffffff8960021c161691160361387257614634916001600160401b039161461c6146168c6146116145bc60408301614329565b611b4a6145cb60608501614329565b936145e460a06145dd60808401614329565b9201614329565b6040805160c095861b602082015296851b602888015291841b603087015290921b60388501528391820190565b614337565b92613a92565b9161462a60c08d018d613ac8565b9490931691615831565b15614a955761464285614329565b96602086019461465186614359565b9260408801996146608b614367565b9060608a019561466f87613a92565b60808c01359360405192602084019460070b855260ff166040840152151560608301526001600160401b031660808201528260a082015260a081526146b560c082612bb3565b51902060208b019e8f516146c89061350f565b516001600160401b0316906146e060a08d018d613ac8565b92909160c00135936146f194615831565b15614a67576146ff86614374565b955f5b81811061495f575050505060046003821610156125755761472d91606060409260051b160101614329565b915f9a5f98601a61ffff60609a5116145f14614878575051918251600110156125755760209560ff6001600160401b039261479461478e614788848c61477e60406147de9c015160070b9d5161350f565b510151169c614329565b94614359565b91613a92565b926040519a8b998a996364ec9b8f60e01b8b5260070b60048b015260248a0152604489015260070b60648801521660848601521660a484015260e060c484015260e4830190612f87565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f9181614857575b5061484c575050614823613482565b935b614835575050906132a491615495565b6132a4935060070b14801561423f57614239614060565b915093506001614825565b61487191925060203d6020116124e8576124d98183612bb3565b905f614814565b9660209695506001600160401b039150926148aa61478e6148a461489e6148f397614329565b98614359565b99614367565b9060ff604051998a9889986326d9100760e11b8a5260070b60048a015260070b60248901521660448701521515606486015216608484015260c060a484015260c4830190612f87565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f918161493e575b5061484c575050614938613482565b93614825565b61495891925060203d6020116124e8576124d98183612bb3565b905f614929565b61496a8183866143e6565b90604082016149d96001600160401b036149b161498684614329565b61461161499560608901614329565b91611b4a6149a560808b01614329565b6145e460a08c01614329565b9460208101956149ce6149c388613a92565b9260c0810190613ac8565b939092169089615831565b15614a3357614a126149ec600194613a92565b916001600160401b0360405193614a0285612b98565b5f85521660208401523690614408565b6040820152614a21828b61351c565b52614a2c818a61351c565b5001614702565b6040516309616ecd60e31b815260206004820152600b60248201526a7461626c6520656e74727960a81b6044820152606490fd5b6040516309616ecd60e31b81526020600482015260056024820152647461626c6560d81b6044820152606490fd5b6040516309616ecd60e31b815260206004820152600a60248201526934b7383aba103632b0b360b11b6044820152606490fd5b6040516309616ecd60e31b815260206004820152600a6024820152691a5b9c1d5d081cdb1bdd60b21b6044820152606490fd5b5050505050505050906132a49250614321613ff8565b50600160408801515114156144bb565b601a915014155f6144b3565b906001600160401b03614b408383613462565b16838102938185041490151715611c4857614b5b908261538f565b918215614b7757612ee8926001600160401b0391041690613077565b634e487b7160e01b5f52601260045260245ffd5b90815f52600160205260405f209160ff600184015460c81c16600b811015611ce35760088103614c31575060028301546001600160a01b0316330361341b576001600160401b0342169060038401908154906001600160401b03614bf4818460401c1686613462565b921690816001600160401b03841611614c1f57506104426132a49493926001600160401b0392613462565b63292daabd60e21b5f5260045260245ffd5b611cde9163041d44f960e11b5f52600452612ab5565b90815f52600160205260405f209160ff600184015460c81c16600b811015611ce35760028103614c31575060028301546001600160a01b0316330361341b576001600160401b0342169060038401908154906001600160401b03614bf4818460401c1686613462565b90815f52600160205260405f209160ff600184015460c81c16600b811015611ce35760068103614c31575060028301546001600160a01b0316330361341b576001600160401b0342169060038401908154906001600160401b03614bf4818460401c1686613462565b90604090969596949394019081515185036138725760070154905f5b858110614e5957505050614d4885614374565b945f5b818110614d59575050505050565b614d648183866143e6565b908560ff614d7184614359565b161015613872576040820191614db4614d8984614329565b614611614d9860608501614329565b91611b4a614da860808701614329565b6145e460a08801614329565b90614df46001600160401b03614dd660ff614dce85614359565b168b8a613aa6565b35936020840194614de686613a92565b9161462a60c0870187613ac8565b15614a95576001936001600160401b03614e19614e13614e3894614359565b94613a92565b60ff60405195614e2887612b98565b1685521660208401523690614408565b6040820152614e47828a61351c565b52614e52818961351c565b5001614d4b565b614e93614e67828887613aa6565b3563ffffffff614e7884865161351c565b51511690614e8a613de0858b8a613aa6565b92909187615831565b15614ac857600101614d35565b5f818152600160208181526040808420928301805461ffff60c81b1916600960c81b1781558354600294850180546001600160a01b031687529484529190942080549496919593947f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e0293926060929091614f3b907f000000000000000000000000000000000000000000000000000000000000000090613046565b90556040519283915f83526040828401528051918291826040860152018484015e5f828201840152601f01601f19168101030190a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b156103e457604051635fc2828b60e01b81528360048201525f60248201525f8160448183895af180156124ef576150ab575b506040516318feeb1560e31b815260048101849052905f82602481885afa9182156124ef575f9261508f575b50815190546001600160a01b038181169216919091149182615072575b505061502357505050565b546001600160a01b0316823b156103e457604051633d82e3c160e01b815260048101929092526001600160a01b03166024820152905f908290604490829084905af180156124ef57613d995750565b64ffffffffff919250602082910151169160a01c16145f80615018565b6150a49192503d805f833e610cbd8183612bb3565b905f614ffb565b5f6150b591612bb3565b5f614fcf565b915f92805f52600160205260405f20906001820190600960c81b60ff60c81b198354161782557f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e0285159460608615855460ff60d01b8260d01b1660ff60d01b1982161787558754995f14615330576001600160a01b03165b60018060a01b03165f52600260205260405f206151717f00000000000000000000000000000000000000000000000000000000000000008254613046565b9055602060405193849283526040828401528051918291826040860152018484015e5f828201840152601f01601f19168101030190a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b156103e457604051635fc2828b60e01b81528560048201525f60248201525f8160448183895af180156124ef5761531b575b50615213575b5050505050565b6040516318feeb1560e31b815260048101859052908582602481875afa9182156153105786926152f4575b50815190546001600160a01b0381811692169190911491826152d7575b5050615268575b8061520c565b600201546001600160a01b031691813b156104d957604051633d82e3c160e01b815260048101919091526001600160a01b0392909216602483015282908290604490829084905af18015610e3a576152c2575b8080615262565b6152cd828092612bb3565b6104df57806152bb565b64ffffffffff919250602082910151169160a01c16145f8061525b565b6153099192503d8088833e610cbd8183612bb3565b905f61523e565b6040513d88823e3d90fd5b6153289196505f90612bb3565b5f945f615206565b5060028701546001600160a01b0316615133565b61534d82612c25565b9161535b6040519384612bb3565b808352602083019060051b8201913683116103e457905b82821061537f5750505090565b8135815260209182019101615372565b6153a1906001600160401b0392613462565b1660108110156153ae5790565b50601090565b92919091600d8401918254936001600160401b038560801c169460c01c60405160208101906153ea81611b4a8787878d88612b06565b51902060108801540361298f575f198301838111611c4857841015611c5c57615414848288614b2d565b855467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b161785556001840193848111611c485761547d61548f9661545d8761548495600f9b614b2d565b81546001600160c01b031660c09190911b6001600160c01b031916179055565b8383613036565b35600e870155613036565b35910155565b8151602083018051909492916001600160e01b03198216916004821061559f575b505063ffffffff60e01b16631a93c68960e11b811490811561558e575b811561557d575b811561556c575b811561555b575b811561554a575b506154fa5750505190fd5b6040519193506132a49250615510606083612bb3565b602282527f6f6e652d737465703a2074686520656c656d656e7420686173206e6f2076616c602083015261756560f01b6040830152614ea0565b630f50d75d60e01b1490505f6154ef565b63405b7f5760e11b811491506154e8565b631390f2a160e01b811491506154e1565b6323d359a360e01b811491506154da565b63d2c0367760e01b811491506154d3565b6001600160e01b031960049290920360031b82901b161690505f806154b6565b5f516020615db15f395f51905f525c6155e55760015f516020615db15f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b814710615643575f808093819382604051615610602082612bb3565b526001600160a01b03165af11561562357565b3d15615634576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b919091615669604084016134cc565b615675606085016134cc565b90615683608086018661390b565b9561569160a0820182613530565b909761569f60e084016134cc565b93816040519663ffffffff6020890199816101208b019389358d5260208a013560408d01521660608b015216608089015261010060a089015252610140860190915f5b8181106157f0575050858103601f190160c0870152828152602001989190505f5b81811061577757505050600594959663ffffffff61573b9360c08694013560e08501521661010083015203601f198101835282612bb3565b5190209101540361574857565b6040516309616ecd60e31b81526020600482015260066024820152651b185e5bdd5d60d21b6044820152606490fd5b90919860a08060019260ff6157df60808f63ffffffff61579682612ac3565b1685526001600160401b036157ad60208301612af2565b166020860152836157c060408301612ae4565b1660408601526157d260608201612caf565b1515606086015201612ae4565b166080820152019a01929101615703565b909160408060019263ffffffff61580688612ac3565b1681526001600160401b0361581d60208901612af2565b1660208201520194019101929190926156e2565b9290935f915b8183106158535750505015918261584d57505090565b14919050565b90919294600190818716155f1461589f5761586f858585613036565b35604051906020820192835260408201526040815261588f606082612bb3565b5190205b95811c93019190615837565b6158aa858585613036565b359060405190602082019283526040820152604081526158cb606082612bb3565b519020615893565b9060019082515b8083106159af57506158eb826134dd565b905f5b845181101561591657806159046001928761351c565b5161590f828661351c565b52016158ee565b509250905b60018111615931575061592d9061350f565b5190565b60011c5f5b818110615943575061591b565b600181901b906001600160ff1b0381168103611c4857615963828561351c565b5160018301809311611c485761597b6001938661351c565b51604051906020820192835260408201526040815261599b606082612bb3565b5190206159a8828661351c565b5201615936565b9160011b916158da565b909193925f945f5b848110615c7e57506159d2846134dd565b958060031b81810460081482151715611c485783149081159081615c60575b50615c56575f94855b818710615a0e575050505050505060019190565b615a19878388613565565b615a2560208201613a92565b6001600160401b03811691821591908215615c3b578c8b615a4660016134dd565b925f5b878110615aab575050615a5f615a6592936158d3565b9261351c565b528515615a9c576807fffffffffffffff89060031b169182046008141715611c4857600191615a949190613046565b9601956159fa565b5050600191615a949190613046565b91509150885f14615bc457600381901b6001600160fd1b0382168203611c4857615adf615ad8828a613046565b9189613046565b60088101808211611c48578083116103e4578d106103e457818c01356001600160c01b031981169290910390600880830110615ba0575b505060c01d90615b2860608401614367565b80615b84575b615b71575b60c08160061b1660c0039160c08311611c4857615b666001936001600160401b038460021c9316901b613ef5838861351c565b52018e918d91615a49565b50505050505050505050505050505f9190565b50615b9a82615b9560808601614359565b615ca4565b15615b2e565b6001600160c01b03196008929092036007190160031b82901b161690505f80615b16565b615bce8188613046565b8b811015612575578a013560f81c615be860608401614367565b15615bf75760070b5b90615b33565b60ff615c0560408501614359565b161b8060011b9080820460021490151715611c485760ff8101809111611c48576101fe6001600160401b0391041660070b615bf1565b60038401808511611c4857615a469060021c8e918d916134dd565b50505050505f9190565b60018714915081615c74575b50155f6159f1565b905083145f615c6c565b95615c9d6001916001600160401b03613c196020613c138c8b8b613565565b96016159c1565b60ff1660028114615d955760038114615d785760048114615d5c5760058114615d3d5760068114615d1a57600c8114615cfc57600914615ce45750600190565b60070b8015908115615cf4575090565b600191501490565b5060070b5f8112159081615d0e575090565b63ffffffff9150131590565b5060070b637fffffff198112159081615d31575090565b637fffffff9150131590565b5060070b617fff198112159081615d52575090565b617fff9150131590565b5060070b5f8112159081615d6e575090565b61ffff9150131590565b5060070b607f198112159081615d8c575090565b607f9150131590565b5060070b5f8112159081615da7575090565b60ff915013159056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
