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
	StepsRoot [32]byte
	SlotsRoot [32]byte
	NSteps    uint32
	NSlots    uint32
	Outputs   []DisputeGameOutput
	Inputs    []DisputeGameInput
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

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"contractOneStepVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengeBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"clock_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"BondMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOpening\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotChallengeable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotYourMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"}],\"name\":\"AccumulatorsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"}],\"name\":\"ChildPicked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"name\":\"GameStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"NodesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"SlotsRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"StatesRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"StepPicked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FANOUT_BITS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STATES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TERMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"disputeBias\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"first\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"firstProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"consts\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"disputeInitialState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"last\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"outs\",\"type\":\"tuple[]\"}],\"name\":\"disputeOutput\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"getGame\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"proposedAt\",\"type\":\"uint40\"},{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"proposerWon\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"proposerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastMoveAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"layoutRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outSlot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"outLen\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stepLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nodeIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"childBits\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"childrenHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"element\",\"type\":\"uint64\"},{\"internalType\":\"int64\",\"name\":\"claimed\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"int256\",\"name\":\"accLo\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"accHi\",\"type\":\"int256\"},{\"internalType\":\"bytes32\",\"name\":\"pointsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIAIOracleDisputes\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"}],\"name\":\"pickChild\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"pickSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"step\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"preProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"postProof\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stepsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slotsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nSteps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nSlots\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"}],\"internalType\":\"structDisputeGame.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"slot\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"len\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"scale\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"isInt\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"internalType\":\"structDisputeGame.Input[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"internalType\":\"structDisputeGame.Layout\",\"name\":\"lay\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"descProof\",\"type\":\"bytes32[]\"}],\"name\":\"pickStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"positionOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"e\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"proveOneStep\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.SlotOpening[]\",\"name\":\"slots\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"input\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"int64[4]\",\"name\":\"values\",\"type\":\"int64[4]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.LeafOpening[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"proveSegment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"points\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"desc\",\"type\":\"bytes\"}],\"name\":\"revealAccumulators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"children\",\"type\":\"bytes32[]\"}],\"name\":\"revealNodes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"pre\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"post\",\"type\":\"bytes32[]\"}],\"name\":\"revealSlots\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"}],\"name\":\"revealStates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractOneStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DisputeGame",
	Bin: "0x6101003461014e57601f6155da38819003918201601f19168301916001600160401b038311848410176101525780849260809460405283398101031261014e5780516001600160a01b038116919082810361014e576020820151906001600160a01b03821680830361014e576040840151606090940151946001600160401b038616860361014e5715908115610145575b506101365760805260a05260c05260e052604051615473908161016782396080518181816102a60152818161111101528181613255015281816137f0015281816146bd01526148f4015260a051818181611af601528181611ce201528181611fc1015281816124e20152613e37015260c051818181610269015281816115d00152818161396a015281816146610152614896015260e05181818161045d01526110d70152f35b63d92e233d60e01b5f5260045ffd5b9050155f610090565b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f5f3560e01c8063029f055c146123b957806308148f7a1461226d57806308a511941461225257806320c3f2e6146121f457806321fa2ead14611e2957806326a5f04c14611b6157806327e235e314611b255780632b7ac3f314611ae15780633526cfab1461192f5780633ccfd60b146118cb5780634aae30771461162c5780634b4e2dfc146116105780634d1975b4146115f357806352305151146115b857806353af5fe31461150d57806361dfbce714611488578063709132ba146111405780637dc0d1d0146110fb57806391ddadf4146110b7578063949d8bac14610ea95780639beb5bd414610e35578063a2f77bcc14610990578063ab82d9a01461024f578063c6478269146101af578063d125aa5a146101555763db647a6614610138575f80fd5b346101525780600319360112610152576020604051818152f35b80fd5b503461015257606036600319011261015257600435906001600160401b038216820361015257602435906001600160401b038216820361015257602061019e6044358486614152565b6001600160401b0360405191168152f35b50346101525760a03660031901126101525760243560ff8116810361024b576044356001600160401b038111610247576101ed903690600401612647565b916064356001600160401b0381116102435761020d903690600401612617565b90608435946001600160401b03861161023f5761023161023c963690600401612617565b959094600435613ccd565b80f35b8680fd5b8480fd5b8280fd5b5080fd5b50602036600319011261015257600435610267614c75565b7f000000000000000000000000000000000000000000000000000000000000000080340361097a575060405163c58343ef60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169290918183602481875afa92831561096f5782936107fd575b506040516318feeb1560e31b815260048101829052938285602481845afa9485156105805783956107d9575b50606084015160058110156107c5576002148015906107b8575b6107a4576020850161035364ffffffffff82511663ffffffff6101408801511690612c5f565b4210156107905783545f19811461077c576001908101808655808652602082815260408088208781558a519481018054965164ffffffffff60a01b60a09190911b166001600160a01b039096166001600160c81b031990971696909617949094178555600284018054336001600160a01b031990911617815560808b01516004808701919091559151637b10399960e01b81529399909493929091839081895afa918215610771579088918293610729575b50604063ffffffff91015116602460405180948193631b4d85a560e21b8352600483015260018060a01b03165afa90811561071e57879161058b575b5060a0908101516005830155825467ffffffffffffffff60a01b7f00000000000000000000000000000000000000000000000000000000000000009283901b1667ffffffffffffffff60a01b199091161790925560030180546fffffffffffffffffffffffffffffffff19166001600160401b03909216919091174260401b67ffffffffffffffff60401b161790555b805460ff60c81b1916600160c81b179055803b1561024757828091604460405180948193635fc2828b60e01b8352876004840152600160248401525af180156105805761056b575b5060209360018060a01b0390511690604051918252837f9f0b80476ce7b05cfe8b0800d21f0b0f2704c8eb948fa5d5e87997ec901f96d1863394a45f5160206154535f395f51905f525d604051908152f35b6105768380926127cc565b61024b575f610519565b6040513d85823e3d90fd5b90503d8088833e61059c81836127cc565b8101906020818303126106fe578051906001600160401b03821161071a5701808203610180811261071a576040519261010084018481106001600160401b03821117610706576040526105ee836135c4565b84526105fc602084016135c4565b602085015261060d604084016135c4565b6040850152606083015160608501526080830151608085015260a083015160a085015260c08301516001600160401b03811161070257830181601f820112156107025760a0929181602061066393519101613606565b60c085015260df1901126106fe576040519061067e82612796565b61068a60e08201613cb4565b82526106996101008201613ca3565b602083015261012081015160038110156106fa576001600160401b0393836106e56101606104d199989560a095604060039901526106da61014082016135ea565b6060850152016135ea565b608082015260e0820152935050929350610441565b8980fd5b8780fd5b8a80fd5b634e487b7160e01b8b52604160045260248bfd5b8880fd5b6040513d89823e3d90fd5b915091506020813d602011610769575b81610746602093836127cc565b810103126106fe57516001600160a01b03811681036106fe579087906040610405565b3d9150610739565b6040513d8a823e3d90fd5b634e487b7160e01b85526011600452602485fd5b638d48783f60e01b84526004839052602484fd5b638d48783f60e01b83526004829052602483fd5b506040850151151561032d565b634e487b7160e01b84526021600452602484fd5b6107f69195503d8085833e6107ee81836127cc565b810190613656565b935f610313565b9092503d8083833e61080f81836127cc565b810190602081830312610247578051906001600160401b03821161096b5701906101a08282031261024757604051916101a083018381106001600160401b0382111761095757604052610861816135c4565b835261086f602082016135d8565b602084015261088060408201613ca3565b6040840152606081015160058110156102435760608401526108a4608082016135f7565b60808401526108b560a082016135c4565b60a08401526108c660c08201613ca3565b60c08401526108d760e08201613cb4565b60e08401526108e96101008201613cb4565b6101008401526108fc61012082016135f7565b61012084015261090f6101408201613ca3565b610140840152610160810151600381101561024357610160840152610180810151906001600160401b0382116102435761094a92910161363c565b610180820152915f6102e7565b634e487b7160e01b85526041600452602485fd5b8380fd5b6040513d84823e3d90fd5b634ba85a6b60e11b835260045234602452604482fd5b503461015257602036600319011261015257806103a06040516109b281612766565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152826102c0820152826102e08201528261030082015282610320820152826103408201528261036082015282610380820152015260043581526001602052604081209060405191610a9083612766565b8054835260018101546001600160a01b038116602085015260a081901c64ffffffffff16604085015260c881901c60ff16600a8110156107c5576010929160ff91606087015260d01c16151560808501526001600160401b03600282015460018060a01b03811660a087015260a01c1660c08501526001600160401b03600382015481811660e087015260401c16610100850152600481015461012085015260058101546101408501526001600160401b03600682015463ffffffff811661016087015263ffffffff8160201c1661018087015263ffffffff8160401c166101a087015260601c166101c085015260078101546101e085015260088101546102008501526009810154610220850152600a81015461024085015260ff600b8201546001600160401b038116610260870152818160401c1661028087015260481c166102a0850152600c8101546102c0850152600d8101546001600160401b0381166102e08601528060401c60070b6103008601526001600160401b038160801c1661032086015260c01c610340850152600e810154610360850152600f81015461038085015201546103a0830152604051908251825260018060a01b03602084015116602083015264ffffffffff6040840151166040830152606083015190600a821015610e2157506103c0926103a091606084015260808101511515608084015260018060a01b0360a08201511660a08401526001600160401b0360c08201511660c08401526001600160401b0360e08201511660e08401526001600160401b036101008201511661010084015261012081015161012084015261014081015161014084015263ffffffff6101608201511661016084015263ffffffff6101808201511661018084015263ffffffff6101a0820151166101a08401526001600160401b036101c0820151166101c08401526101e08101516101e08401526102008101516102008401526102208101516102208401526102408101516102408401526001600160401b036102608201511661026084015260ff6102808201511661028084015260ff6102a0820151166102a08401526102c08101516102c08401526001600160401b036102e0820151166102e084015261030081015160070b6103008401526001600160401b03610320820151166103208401526001600160401b036103408201511661034084015261036081015161036084015261038081015161038084015201516103a0820152f35b634e487b7160e01b81526021600452602490fd5b503461015257610e54610e5b610e4a366126a7565b92949091946141b0565b9384614b94565b60206001600160401b03610e7c600d840154828160801c169060c01c613075565b161115610e9a57600101805460ff60c81b1916600760c81b17905580f35b63779ffa5760e11b8252600482fd5b503461015257610eb836612674565b90828452600160205260408420916001830192835460ff8160c81c16600a8110156110a3576001810361108757506001600160a01b0316330361106f576001600160401b03421660038201610f1a6001600160401b03825460401c1683613075565b60028401906001600160401b03825460a01c16806001600160401b0383161161105b5791610f50610f7892610fa0969594613075565b815467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16179055565b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b81158015611051575b611042576004610fb98385614a8f565b9101540361101357825460ff60c81b1916600160c91b1790925560405160208082527f8e163fb447c81b49e166afcca0b92f7603c31dfe6daf2965839e33567055e195939192839261100d92840191612c6c565b0390a280f35b6040516309616ecd60e31b815260206004820152600660248201526573746174657360d01b6044820152606490fd5b63779ffa5760e11b8652600486fd5b5060408211610fa9565b63292daabd60e21b8b5260048a905260248bfd5b631e30388760e31b8652600485905233602452604486fd5b876110a16044928963041d44f960e11b84526004526126ef565bfd5b634e487b7160e01b88526021600452602488fd5b503461015257806003193601126101525760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346101525780600319360112610152576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5034610152576101203660031901126101525760043560243563ffffffff811680910361024757604435906064356001600160401b0381116102435761118a903690600401612617565b93909160843560a4356001600160401b0381116106fe576111af903690600401612617565b959060c435956001600160401b0387116106fa57866004019860c060031989360301126107025760e4356001600160401b038111611484576111f5903690600401612647565b939092610104359a6001600160401b038c11611480578c9b61121b903690600401612617565b9390946112278c61426c565b9e8f9061123391614d10565b61123f60448e0161311c565b63ffffffff168b10156114705761125e908f60040154948c8b87614ec1565b15928315611435575b5050506114075761128d918761127e368787612808565b60208151910120809c35614ec1565b156113cf576112a191819998990190612954565b6060019688969060015b60808a51015180518a1015611302576112cc8a6001600160401b039261316c565b5181169116026001600160401b0381169081036112ee576001909801976112ab565b634e487b7160e01b8b52601160045260248bfd5b507fb41533e15513d134fc3bdaf148911ff35ccd8fee65b8651fdfecf8d4bab6d1d29850986060976001949596979a60068501926bffffffff000000000000000067ffffffff0000000061135a60648754960161311c565b60201b1691515160401b16916001600160401b038c1b908c1b16928a6001600160401b038d1b19916bffffffffffffffffffffffff191617161717179055836007830155846008830155600982015501600360c81b60ff60c81b1982541617905560405192835260208301526040820152a280f35b6040516309616ecd60e31b815280611403600482016060906020815260046020820152630737465760e41b60408201520190565b0390fd5b6040516309616ecd60e31b8152602060048201526005602482015264737461746560d81b6044820152606490fd5b9091925060018a0190818b1161145b579089611452949392614ec1565b155f8080611267565b50634e487b7160e01b8f52601160045260248ffd5b5063779ffa5760e11b8f5260048ffd5b8d80fd5b8b80fd5b50346101525760a0366003190112610152576044356001600160401b03811161024b576114b9903690600401612617565b6064356001600160401b03811161096b5760c0600319823603011261096b57608435926001600160401b038411610243576114fb61023c943690600401612617565b93909260040191602435600435613781565b50346101525760e0366003190112610152576044356001600160401b03811161024b5761153e903690600401612617565b90606435916001600160401b03831161096b5760c0600319843603011261096b576084356001600160401b0381116102435761157e903690600401612617565b60c43594916001600160401b03861161023f576115a261023c963690600401612647565b95909460a43594600401916024356004356131c5565b503461015257806003193601126101525760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b503461015257806003193601126101525760209054604051908152f35b5034610152578060031936011261015257602060405160068152f35b346118c75761163a366126a7565b835f52600160205260405f2092600184019260ff845460c81c16600a8110156118b35760058103611896575060028501546001600160a01b0316330361187f576001600160401b03421660038601908154916001600160401b036116a3818560401c1684613075565b931692836001600160401b0382161161186c576116cb6001600160401b039161170395613075565b166001600160401b03198254161781559067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b60405160208101906117288161171a848688613101565b03601f1981018352826127cc565b519020600c8601540361183b578083101561182c578261174a91600b93612c4f565b3593600a8101948555016001600160401b038154818085169160ff8282169160481c161b1617166001600160401b0319825416178155805460ff808260481c169160401c16039260ff8411611818577f2d46eb748c91816a93a15d9fea5c38bf4956b5dc75eb5594dda0d4bb9cf13ea5946117f560ff926117e2606097869060ff60401b82549160401b169060ff60401b1916179055565b845460401c841661181057600690612cb0565b54915460401c169060405192835260208301526040820152a2005b600490612cb0565b634e487b7160e01b5f52601160045260245ffd5b63779ffa5760e11b5f5260045ffd5b6040516309616ecd60e31b815260206004820152600860248201526731b434b6323932b760c11b6044820152606490fd5b8963292daabd60e21b5f5260045260245ffd5b85631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f5260048790526118ae906126ef565b60445ffd5b634e487b7160e01b5f52602160045260245ffd5b5f80fd5b346118c7575f3660031901126118c7576118e3614c75565b335f52600260205260405f205480156119205761190e90335f5260026020525f604081205533614caa565b5f5f5160206154535f395f51905f525d005b630686827b60e51b5f5260045ffd5b346118c75761193d36612674565b90825f52600160205260405f209160018301805460ff8160c81c16600a8110156118b3576004810361189657506001600160a01b03163303611aca576001600160401b034216600385019061199f6001600160401b03835460401c1682613075565b9160028701926001600160401b03845460a01c1693846001600160401b0383161161186c57610f50610f78926119d496613075565b600b84019384549460ff8660401c16600681105f14611ac157955b600160ff88161b850361182c57611a068587614a8f565b600a84015403611a935760ff60481b7f4c1fd9fa392a9ebad90cd5b7b6c047fd8fa8976cddb459034b3ea169a2d6156d9760481b169060ff60481b1916179055600c6040516020810190611a5f8161171a84898b613101565b519020910155805460ff60c81b1916600560c81b179055604051602080825290928392611a8e92840191612c6c565b0390a2005b6040516309616ecd60e31b81526020600482015260056024820152646e6f64657360d81b6044820152606490fd5b506006956119ef565b84631e30388760e31b5f526004523360245260445ffd5b346118c7575f3660031901126118c7576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346118c75760203660031901126118c7576004356001600160a01b038116908190036118c7575f526002602052602060405f2054604051908152f35b346118c75760c03660031901126118c7576004356024356001600160401b0381116118c757611b94903690600401612617565b91906064356001600160401b0381116118c757611bb5903690600401612647565b6084929192356001600160401b0381116118c757611bd7903690600401612617565b9160a435946001600160401b0386116118c757611bfb611c12963690600401612617565b969095611c07896141b0565b99604435918b614b94565b600d880154908160c01c906001600160401b038360801c169060206001600160401b03611c3f8486613075565b161161182c57611c50368683612808565b6020815191012060098c0154036113cf576001600160401b0398602098611cb7988d98611c8685611cde9a611c8d970190612954565b809a6142f1565b91600e8b015491604051998a988998634ac6a6cb60e01b8a5260c060048b015260c48a0190612b04565b951660248801526044870152606486015260848501528382036003190160a4850152612ba0565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa5f9181611df5575b50611d8757509050611d24613095565b90631a93c68960e11b6001600160e01b0319611d3f846130c4565b1603611d7e57611d7c915060405190611d596040836127cc565b60118252707365676d656e74206f766572666c6f777360781b60208301526145eb565b005b50602081519101fd5b600f611d7c93015414805f14611dc757604051611da56040826127cc565b600f81526e1cd959db595b9d0818dbdc9c9958dd608a1b602082015291614806565b604051611dd56040826127cc565b600d81526c7365676d656e742077726f6e6760981b602082015291614806565b9091506020813d602011611e21575b81611e11602093836127cc565b810103126118c757519084611d14565b3d9150611e04565b346118c75760603660031901126118c7576004356024356001600160401b0381116118c757611e5c903690600401612617565b906044356001600160401b0381116118c757611e7c903690600401612647565b845f52600160205260405f206001810191825460ff8160c81c16600a8110156118b357600781036121dc57506001600160a01b031633036121c5576001600160401b0342166003830190611edd6001600160401b03835460401c1682613075565b9160028501926001600160401b03845460a01c1693846001600160401b038316116121b257610f50610f7892611f1296613075565b600d8201938454916001600160401b038360801c16928060c01c92611f378486614b6f565b9260018401808511611818578b0361182c5760108701968754155f14612123576009611f64368486612808565b60208151910120910154036113cf57611f90611f8883611fb5936020950190612954565b948c8c612c4f565b3593604051948592839263b7c0f87d60e01b8452604060048501526044840190612b04565b602483019190915203817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215612118575f926120e7575b5060401c60070b9060070b036120b35761202486915b61171a8960405194859360208501978861271f565b5190209055600160cb1b60ff60c81b198254161790555491806040519360608501906001600160401b038160801c16865260c01c602086015260606040860152526080830191905f5b81811061209d57857fde0a9f87f990316a5c3a3904063985c4f761dbb1112a265fd40161526591cdd586860387a2005b823584526020938401939092019160010161206d565b6040516309616ecd60e31b815260206004820152600b60248201526a30b1b1bab6bab630ba37b960a91b6044820152606490fd5b61210a91925060203d602011612111575b61210281836127cc565b81019061305c565b908a611ff9565b503d6120f8565b6040513d5f823e3d90fd5b92505050881561219e57600e81015488351491821592612181575b505061214e57612024869161200f565b6040516309616ecd60e31b815260206004820152600a60248201526972616e676520656e647360b01b6044820152606490fd5b600f919250612191908a8a612c4f565b359101541415898061213e565b634e487b7160e01b5f52603260045260245ffd5b8b63292daabd60e21b5f5260045260245ffd5b86631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f5260048990526118ae906126ef565b346118c75760603660031901126118c7576024356001600160401b0381116118c757612224903690600401612617565b604435916001600160401b0383116118c757612247611d7c933690600401612617565b929091600435612cd4565b346118c7575f3660031901126118c757602060405160408152f35b346118c75760203660031901126118c757600435805f52600160205260405f2060ff600182015460c81c1690600a82101591826118b357801580156123ac575b61239457826118b35760018114928315612387575b8315612376575b8315612361575b505061230290825f1461234a576001600160401b0380600381600285015460a01c16935b015460401c16911690612c5f565b42111561233757611d7c916040519161231c6040846127cc565b60078352661d1a5b595bdd5d60ca1b60208401521590614806565b50631c6b034960e01b5f5260045260245ffd5b6001600160401b03806003818185015416936122f4565b909192506118b35760071490612302846122d0565b8093506118b35760048114926122c9565b506003811492505f6122c2565b63041d44f960e11b5f5260048490526118ae906126ef565b505f9250600981146122ad565b346118c75760a03660031901126118c7576004356024356001600160401b0381116118c7576123ec903690600401612617565b6044929192356001600160401b0381116118c75761240e903690600401612647565b91906064356001600160401b0381116118c75761242f903690600401612617565b916084356001600160401b0381116118c75761244f903690600401612617565b95909161245b886141b0565b96600d880154936001600160401b038560801c168015908115916125e7575b506125b85761248a368585612808565b6020815191012060098a0154036113cf576020966001600160401b03966124ba856124de976124c1970190612954565b809b6142f1565b6040516367d6931b60e01b81529687948594169060048501612c1d565b03817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215612118575f92612584575b501561219e57611d7c92351480156125595760405161253a6040826127cc565b600c81526b189a585cc818dbdc9c9958dd60a21b602082015291614806565b6040516125676040826127cc565b600a815269626961732077726f6e6760b01b602082015291614806565b9091506020813d6020116125b0575b816125a0602093836127cc565b810103126118c75751908461251a565b3d9150612593565b6040516309616ecd60e31b8152602060048201526006602482015265706f696e747360d01b6044820152606490fd5b9050886126078d61171a60405193849260208401968c60c01c908861271f565b51902060108a015414158c61247a565b9181601f840112156118c7578235916001600160401b0383116118c7576020808501948460051b0101116118c757565b9181601f840112156118c7578235916001600160401b0383116118c757602083818601950101116118c757565b9060406003198301126118c75760043591602435906001600160401b0382116118c7576126a391600401612617565b9091565b9060606003198301126118c75760043591602435906001600160401b0382116118c7576126d691600401612617565b909160443590565b359063ffffffff821682036118c757565b600a8110156118b357602452565b359060ff821682036118c757565b35906001600160401b03821682036118c757565b6001600160c01b031960c092831b811682529290911b9091166008820152601001915f5b8181106127505750505090565b8235845260209384019390920191600101612743565b6103c081019081106001600160401b0382111761278257604052565b634e487b7160e01b5f52604160045260245ffd5b60a081019081106001600160401b0382111761278257604052565b606081019081106001600160401b0382111761278257604052565b90601f801991011681019081106001600160401b0382111761278257604052565b6001600160401b03811161278257601f01601f191660200190565b929192612814826127ed565b9161282260405193846127cc565b8294818452818301116118c7578281602093845f960137010152565b6001600160401b0381116127825760051b60200190565b35908160070b82036118c757565b9080601f830112156118c757813561287a8161283e565b9261288860405194856127cc565b81845260208085019260051b8201019283116118c757602001905b8282106128b05750505090565b602080916128bd84612855565b8152019101906128a3565b359081151582036118c757565b919060a0838203126118c757604051906128ee82612796565b81936128f9816126de565b8352612907602082016126fd565b6020840152612918604082016128c8565b6040840152612929606082016126fd565b60608401526080810135916001600160401b0383116118c75760809261294f9201612863565b910152565b6020818303126118c7578035906001600160401b0382116118c757016080818303126118c75760405191608083018381106001600160401b0382111761278257604052813561ffff811681036118c757835260208201356001600160401b0381116118c757816129c5918401612863565b602084015260408201356001600160401b0381116118c757820181601f820112156118c75780356129f58161283e565b91612a0360405193846127cc565b81835260208084019260051b820101918483116118c75760208201905b838210612a555750505050604084015260608201356001600160401b0381116118c757612a4d92016128d5565b606082015290565b81356001600160401b0381116118c757602091612a77888480948801016128d5565b815201910190612a20565b90602080835192838152019201905f5b818110612a9f5750505090565b825160070b845260209384019390920191600101612a92565b9060a06080612b019363ffffffff815116845260ff602082015116602085015260408101511515604085015260ff60608201511660608501520151918160808201520190612a82565b90565b919061ffff8351168152612b276020840151608060208401526080830190612a82565b906040840151918181036040830152825180825260208201916020808360051b8301019501925f915b838310612b735750505050506060612b0193940151906060818403910152612ab8565b9091929395602080612b91600193601f198682030187528a51612ab8565b98019301930191939290612b50565b90602080835192838152019201905f5b818110612bbd5750505090565b9091926040845160ff81511683526001600160401b036020820151166020840152015160408201905f915b60048310612c045750505060c001926020019190600101612bb0565b602080600192845160070b815201920192019190612be8565b6001600160401b03612c3b612b019593606084526060840190612b04565b931660208201526040818403910152612ba0565b919081101561219e5760051b0190565b9190820180921161181857565b81835290916001600160fb1b0383116118c75760209260051b809284830137010190565b906001600160401b03809116911601906001600160401b03821161181857565b90600a8110156118b357815460ff60c81b191660c89190911b60ff60c81b16179055565b92919493835f52600160205260405f20926001840194855460ff8160c81c16600a8110156118b3576003810361304457506001600160a01b0316330361302e576001600160401b03421660038601612d396001600160401b03825460401c1683613075565b60028801906001600160401b03825460a01c16806001600160401b0383161161301b5791610f50610f7892612d6f969594613075565b6006850197885463ffffffff8160201c1680831490811591613010575b5061182c57612d9b8287614a8f565b600788015414801590612ff9575b612fcb5763ffffffff90837fe00f2dd49818c2db240dad3862c6e5bf435a938affc22717741f96028d917f366040989498516040815280612e00612df1604083018d8a612c6c565b82810360208401528b8b612c6c565b0390a260401c1680955f925b818410612f3557612e1d9350612c4f565b35612edf575092612e3b6001600160401b0393600b93600396612c4f565b35600a8201550194811986541686555460601c16016001600160401b038111611818575f939060021c673fffffffffffffff1660015b816001600160401b03821610612ebc57505080612ea9612eba949560ff939060ff60401b82549160401b169060ff60401b1916179055565b5460401c1661181057600690612cb0565b565b67fffffffffffffffe60ff9160011b16951660ff81146118185760010194612e71565b945050505050612eba91925060405190612efa6060836127cc565b602382527f746865206f757470757420736c6f742077617320616c726561647920777269746020830152623a32b760e91b60408301526145eb565b91839193141580612fab575b612f5057600101918691612e0c565b505050945050505050612eba919250606090612f6f60405192836127cc565b602482527f6120736c6f74206f74686572207468616e20746865206f7574707574206368616020830152631b99d95960e21b60408301526145eb565b50612fb7818484612c4f565b35612fc3828888612c4f565b351415612f41565b6040516309616ecd60e31b8152602060048201526005602482015264736c6f747360d81b6044820152606490fd5b506130048585614a8f565b60088801541415612da9565b90508514155f612d8c565b8563292daabd60e21b5f5260045260245ffd5b631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f5260048390526118ae906126ef565b908160209103126118c757518060070b81036118c75790565b906001600160401b03809116911603906001600160401b03821161181857565b3d156130bf573d906130a6826127ed565b916130b460405193846127cc565b82523d5f602084013e565b606090565b80516020909101516001600160e01b03198116929190600482106130e6575050565b6001600160e01b031960049290920360031b82901b16169150565b91906001600160fb1b0381116118c75760051b809282370190565b3563ffffffff811681036118c75790565b906131378261283e565b61314460405191826127cc565b8281528092613155601f199161283e565b0190602036910137565b80511561219e5760200190565b805182101561219e5760209160051b010190565b903590601e19813603018212156118c757018035906001600160401b0382116118c7576020019160a08202360383136118c757565b919081101561219e5760a0020190565b95999492989397969190986131d98761426c565b916131e48a84614d10565b6004830154905f908c935f915b81831061350f57505050159182613505575b5050156114075763ffffffff61321b60608a0161311c565b168a036134f65761322d368589612808565b805160209182012060405163b93f863360e01b815260048101949094526024840152826044817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215612118575f926134c2575b5054036134945761329d8861312d565b5f5b89811061344c57506132b090614f63565b60208701350361341a576132c38861312d565b975f5b8181106133fa575050506132e99060a08601946132e38688613180565b90615052565b9290156133c1575f5b835181101561333c57808661333563ffffffff61332e613329856133238c61331c60019a8e61316c565b5197613180565b906131b5565b61311c565b168b61316c565b52016132f2565b50935094612eba9492506133509150614f63565b14801561338d576040516133656040826127cc565b60158152741a5b9a5d1a585b081cdd185d194818dbdc9c9958dd605a1b602082015291614806565b60405161339b6040826127cc565b6013815272696e697469616c2073746174652077726f6e6760681b602082015291614806565b935094505050612eba9150604051906133db6040836127cc565b600d82526c1a5b9d985b1a59081a5b9c1d5d609a1b60208301526145eb565b806134086001928486612c4f565b35613413828d61316c565b52016132c6565b6040516309616ecd60e31b8152602060048201526009602482015268636f6e7374616e747360b81b6044820152606490fd5b8061345a6001928c86612c4f565b35604051602081019163ffffffff841683526040820152604081526134806060826127cc565b51902061348d828561316c565b520161329f565b6040516309616ecd60e31b81526020600482015260056024820152641a5b9c1d5d60da1b6044820152606490fd5b9091506020813d6020116134ee575b816134de602093836127cc565b810103126118c75751905f61328d565b3d91506134d1565b63399d2d9b60e01b5f5260045ffd5b1490505f80613203565b90919294600190818716155f1461355b5761352b858585612c4f565b35604051906020820192835260408201526040815261354b6060826127cc565b5190205b95811c930191906131f1565b613566858585612c4f565b359060405190602082019283526040820152604081526135876060826127cc565b51902061354f565b903590601e19813603018212156118c757018035906001600160401b0382116118c757602001918160061b360383136118c757565b51906001600160a01b03821682036118c757565b519064ffffffffff821682036118c757565b519081151582036118c757565b519061ffff821682036118c757565b929192613612826127ed565b9161362060405193846127cc565b8294818452818301116118c7578281602093845f96015e010152565b9080601f830112156118c7578151612b0192602001613606565b6020818303126118c7578051906001600160401b0382116118c7570160c0818303126118c7576040519160c083018381106001600160401b03821117612782576040526136a2826135c4565b83526136b0602083016135d8565b60208401526136c1604083016135ea565b60408401526136d2606083016135f7565b60608401526080820151608084015260a08201516001600160401b0381116118c7576136fe920161363c565b60a082015290565b919081101561219e5760061b0190565b356001600160401b03811681036118c75790565b919081101561219e5760051b81013590603e19813603018212156118c7570190565b903590601e19813603018212156118c757018035906001600160401b0382116118c757602001918160051b360383136118c757565b909396926137bb906137928361426c565b9361379d8a86614d10565b60048501548763ffffffff6137b460408e0161311c565b1691614ec1565b156114075760808701936137cf858961358f565b905087036134f65791546040516318feeb1560e31b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692905f81602481875afa80156121185760a0915f91613c89575b5001515f96875b613843888c61358f565b9050891015613889576138816001916001600160401b0361387a60208f8e61386e8f6138749361358f565b90613706565b01613716565b1690612c5f565b980197613839565b909397509890939791949884518160031b91808304600814901517156118185703613c50575f95865b838810613a0d5750505050505050506040908151906138d183836127cc565b601e82527f6f7574707574206d617463686573207468652066696e616c207374617465000060208084019182525f8381526001808352868220908101805461010960c81b61ffff60c81b1982161790915590546001600160a01b0390911682526002909252859020805491947f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e0293926060929061398f907f000000000000000000000000000000000000000000000000000000000000000090612c5f565b9055865192839160018352886020840152518091818a8501528484015e5f828201840152601f01601f19168101030190a2823b156118c7575f926044849284519586938492635fc2828b60e01b845260048401528160248401525af1908115613a0457506139fa5750565b5f612eba916127cc565b513d5f823e3d90fd5b613a5663ffffffff613a208a878961372a565b35613a326133298c61386e888a61358f565b90613a4b613a418d8a8c61372a565b602081019061374c565b93909216908b614ec1565b15613c1c57613a6e60206138748a61386e868861358f565b6001600160401b038116600381018082116118185760021c8015613c14575b6001905b808210613c0a5750613aa28161312d565b915f5b818110613bc15750505b60018111613b435750613ac19061315f565b51613acd8a878961372a565b3503613b085760031b906807fffffffffffffff867fffffffffffffff883169216820361181857600191613b0091612c5f565b9701966138b2565b505050505050505050612eba9150604090613b25825192836127cc565b600c82526b6f757470757420627974657360a01b60208301526145eb565b60011c5f5b818110613b555750613aaf565b600181901b906001600160ff1b038116810361181857613b75828561316c565b516001830180931161181857613b8d6001938661316c565b516040519060208201928352604082015260408152613bad6060826127cc565b519020613bba828661316c565b5201613b48565b600381901b86018b016020015160c01c9060c08160061b1660c00360c0811161181857613c036001938360021c921b613bfa838961316c565b5117918761316c565b5201613aa5565b9060011b90613a91565b506001613a8d565b6040516309616ecd60e31b815260206004820152600b60248201526a1bdd5d1c1d5d081cdb1bdd60aa1b6044820152606490fd5b505050505050612eba915060405190613c6a6040836127cc565b600d82526c0deeae8e0eae840d8cadccee8d609b1b60208301526145eb565b613c9d91503d805f833e6107ee81836127cc565b5f613832565b519063ffffffff821682036118c757565b51906bffffffffffffffffffffffff821682036118c757565b95909294969196865f52600160205260405f2094600186019660ff885460c81c16600a8110156118b3576006810361413a575060028701546001600160a01b03163303614123576001600160401b0342166003880180546001600160401b03613d3b818360401c1685613075565b9116806001600160401b03831611614110576116cb613d649493926001600160401b0392613075565b60ff86169960048b101561182c57613d7d368383612808565b602081519101206009890154036113cf57613d9a91810190612954565b986803fffffffffffffffc600b88015460021b166803fffffffffffffffc67fffffffffffffffc8216911681036118185781613dd591612c90565b600a8801549096909160ff82160361181857613fc09060061b1660c00360c08111611818571c956001600160401b03871660070b976001600160401b03600683015460601c166001600160401b03881610156140d057613e7c60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000169860208d60405180948192631ff1b32560e01b83528460048401526024830190612b04565b03818d5afa918215612118575f9261408c575b5060206001600160401b038316116140305750505092613eba9260209795928b613ed89c98966142f1565b60405163fbf4f2f160e01b8152978894859384939160048501612c1d565b03915afa5f938161400f575b50613f8557509050613ef4613095565b6001600160e01b0319613f06826130c4565b16631a93c68960e11b8114908115613f74575b5015613f6c5750604051612eba91613f326060836127cc565b602282527f6f6e652d737465703a2074686520656c656d656e7420686173206e6f2076616c602083015261756560f01b60408301526145eb565b602081519101fd5b63d2c0367760e01b1490505f613f19565b612eba9260070b148015613fd157604051613fa16040826127cc565b601981527f6f6e652d737465703a20656c656d656e7420636f727265637400000000000000602082015291614806565b604051613fdf6040826127cc565b601781527f6f6e652d737465703a20656c656d656e742077726f6e67000000000000000000602082015291614806565b61402991945060203d6020116121115761210281836127cc565b925f613ee4565b60401b67ffffffffffffffff60401b166001600160401b039098169790971760c09790971b6001600160c01b03191696909617600d909101555092965061407995505050505050565b805460ff60c81b1916600760c81b179055565b9091506020813d6020116140c8575b816140a8602093836127cc565b810103126118c757516001600160401b03811681036118c757905f613e8f565b3d915061409b565b505050505050505090612eba9250604051916140ed6040846127cc565b600f83526e1c1859191a5b99c8195b195b595b9d608a1b60208401521590614806565b8c63292daabd60e21b5f5260045260245ffd5b88631e30388760e31b5f526004523360245260445ffd5b63041d44f960e11b5f5260048a90526118ae906126ef565b906001600160401b036141658383613075565b16838102938185041490151715611818576141809082614b6f565b91821561419c57612b01926001600160401b0391041690612c90565b634e487b7160e01b5f52601260045260245ffd5b90815f52600160205260405f209160ff600184015460c81c16600a8110156118b35760088103614256575060028301546001600160a01b0316330361302e576001600160401b0342169060038401908154906001600160401b03614219818460401c1686613075565b921690816001600160401b0384161161424457506116cb612eba9493926001600160401b0392613075565b63292daabd60e21b5f5260045260245ffd5b6118ae9163041d44f960e11b5f526004526126ef565b90815f52600160205260405f209160ff600184015460c81c16600a8110156118b35760028103614256575060028301546001600160a01b0316330361302e576001600160401b0342169060038401908154906001600160401b03614219818460401c1686613075565b3560ff811681036118c75790565b358060070b81036118c75790565b9060409096959296019081515184036134f65760070154919491905f5b84811061456b575050506143218461283e565b9261432f60405194856127cc565b848452601f1961433e8661283e565b015f5b81811061452b575050835f9260de1983360301935b87811015614520578060051b840135858112156118c75784018660ff61437b836142d5565b1610156134f6576040810161438f816142e3565b61439b606084016142e3565b6143a7608085016142e3565b6143b360a086016142e3565b9060405192602084019460c01b855260c01b602884015260c01b603083015260c01b6038820152602081526143e96040826127cc565b519051906020811061450f575b509061440f8c8a60ff614408876142d5565b169161372a565b35926144446001600160401b03602083019561442a87613716565b9060c085019661443a888761374c565b9490931691614ec1565b156144dc5761446361445d6001600160401b03926142d5565b94613716565b60ff60405195614472876127b1565b1685521660208401526040519161448a6080846127cc565b82913682116118c757915b8183106144c4575050506040820152600191906144b2828a61316c565b526144bd818961316c565b5001614356565b602080916144d185612855565b815201920191614495565b6040516309616ecd60e31b815260206004820152600a60248201526934b7383aba103632b0b360b11b6044820152606490fd5b5f199060200360031b1b165f6143f6565b509550955050505050565b60209060409794975161453d816127b1565b5f80825283820152604051608061455481836127cc565b368237604082015282828901015201959295614341565b6145a88861457d8388839b989b61372a565b3561459f613a41858a63ffffffff614596838b5161316c565b5151169561372a565b92909187614ec1565b156145b85760010195929561430e565b6040516309616ecd60e31b815260206004820152600a6024820152691a5b9c1d5d081cdb1bdd60b21b6044820152606490fd5b5f818152600160208181526040808420928301805461ffff60c81b1916600960c81b1781558354600294850180546001600160a01b031687529484529190942080549496919593947f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e0293926060929091614686907f000000000000000000000000000000000000000000000000000000000000000090612c5f565b90556040519283915f83526040828401528051918291826040860152018484015e5f828201840152601f01601f19168101030190a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b156118c757604051635fc2828b60e01b81528360048201525f60248201525f8160448183895af18015612118576147f6575b506040516318feeb1560e31b815260048101849052905f82602481885afa918215612118575f926147da575b50815190546001600160a01b0381811692169190911491826147bd575b505061476e57505050565b546001600160a01b0316823b156118c757604051633d82e3c160e01b815260048101929092526001600160a01b03166024820152905f908290604490829084905af18015612118576139fa5750565b64ffffffffff919250602082910151169160a01c16145f80614763565b6147ef9192503d805f833e6107ee81836127cc565b905f614746565b5f614800916127cc565b5f61471a565b915f92805f52600160205260405f20906001820190600960c81b60ff60c81b198354161782557f974d38e1978e1c79d2278e16f579b171ae8ec70849ee75d79b1d9a32ab7f1e0285159460608615855460ff60d01b8260d01b1660ff60d01b1982161787558754995f14614a7b576001600160a01b03165b60018060a01b03165f52600260205260405f206148bc7f00000000000000000000000000000000000000000000000000000000000000008254612c5f565b9055602060405193849283526040828401528051918291826040860152018484015e5f828201840152601f01601f19168101030190a27f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692833b156118c757604051635fc2828b60e01b81528560048201525f60248201525f8160448183895af1801561211857614a66575b5061495e575b5050505050565b6040516318feeb1560e31b815260048101859052908582602481875afa918215614a5b578692614a3f575b50815190546001600160a01b038181169216919091149182614a22575b50506149b3575b80614957565b600201546001600160a01b031691813b1561096b57604051633d82e3c160e01b815260048101919091526001600160a01b0392909216602483015282908290604490829084905af1801561096f57614a0d575b80806149ad565b614a188280926127cc565b6101525780614a06565b64ffffffffff919250602082910151169160a01c16145f806149a6565b614a549192503d8088833e6107ee81836127cc565b905f614989565b6040513d88823e3d90fd5b614a739196505f906127cc565b5f945f614951565b5060028701546001600160a01b031661487e565b6001905b828210614b6557614aa38261312d565b925f5b818110614b45575050505b60018111614ac75750614ac39061315f565b5190565b60011c5f5b818110614ad95750614ab1565b600181901b906001600160ff1b038116810361181857614af9828561316c565b516001830180931161181857614b116001938661316c565b516040519060208201928352604082015260408152614b316060826127cc565b519020614b3e828661316c565b5201614acc565b80614b536001928486612c4f565b35614b5e828861316c565b5201614aa6565b9060011b90614a93565b614b81906001600160401b0392613075565b166010811015614b8e5790565b50601090565b92919091600d8401918254936001600160401b038560801c169460c01c6040516020810190614bca8161171a8787878d8861271f565b5190206010880154036125b8575f1983018381116118185784101561182c57614bf4848288614152565b855467ffffffffffffffff60801b191660809190911b67ffffffffffffffff60801b16178555600184019384811161181857614c5d614c6f96614c3d87614c6495600f9b614152565b81546001600160c01b031660c09190911b6001600160c01b031916179055565b8383612c4f565b35600e870155612c4f565b35910155565b5f5160206154535f395f51905f525c614c9b5760015f5160206154535f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b814710614cf9575f808093819382604051614cc66020826127cc565b526001600160a01b03165af115614cd957565b3d15614cea576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b504763cf47918160e01b5f5260045260245260445ffd5b919091614d1f6040840161311c565b614d2b6060850161311c565b614d38608086018661358f565b8091614d4760a0890189613180565b93909863ffffffff60405196816020890199602060e08b019580358d52013560408b015216606089015216608087015260c060a087015252610100840190915f5b818110614e80575050838103601f190160c0850152828152602001969190505f5b818110614e0657505050614dca81600594959603601f1981018352826127cc565b51902091015403614dd757565b6040516309616ecd60e31b81526020600482015260066024820152651b185e5bdd5d60d21b6044820152606490fd5b90919660a08060019263ffffffff614e1d8c6126de565b1681526001600160401b03614e3460208d0161270b565b16602082015260ff614e4860408d016126fd565b166040820152614e5a60608c016128c8565b1515606082015260ff614e6f60808d016126fd565b166080820152019801929101614da9565b909160408060019263ffffffff614e96886126de565b1681526001600160401b03614ead6020890161270b565b166020820152019401910192919092614d88565b9290935f915b818310614ee357505050159182614edd57505090565b14919050565b90919294600190818716155f14614f2f57614eff858585612c4f565b356040519060208201928352604082015260408152614f1f6060826127cc565b5190205b95811c93019190614ec7565b614f3a858585612c4f565b35906040519060208201928352604082015260408152614f5b6060826127cc565b519020614f23565b9060019082515b80831061503b5750614f7b8261312d565b905f5b8451811015614fa65780614f946001928761316c565b51614f9f828661316c565b5201614f7e565b509250905b60018111614fbd5750614ac39061315f565b60011c5f5b818110614fcf5750614fab565b600181901b906001600160ff1b038116810361181857614fef828561316c565b5160018301809311611818576150076001938661316c565b5160405190602082019283526040820152604081526150276060826127cc565b519020615034828661316c565b5201614fc2565b9160011b91614f6a565b3580151581036118c75790565b909193925f945f5b848110615320575061506b8461312d565b958060031b818104600814821517156118185783149081159081615302575b506152f8575f94855b8187106150a7575050505050505060019190565b6150b28783886131b5565b6150be60208201613716565b6001600160401b038116918215919082156152dd578c8b6150df600161312d565b925f5b8781106151445750506150f86150fe9293614f63565b9261316c565b528515615135576807fffffffffffffff89060031b1691820460081417156118185760019161512d9190612c5f565b960195615093565b505060019161512d9190612c5f565b91509150885f1461526657600381901b6001600160fd1b038216820361181857615178615171828a612c5f565b9189612c5f565b60088101808211611818578083116118c7578d106118c757818c01356001600160c01b031981169290910390600880830110615242575b505060c01d906151c160608401615045565b80615226575b615213575b60c08160061b1660c0039160c08311611818576152086001936001600160401b038460021c9316901b6151ff838861316c565b5117918661316c565b52018e918d916150e2565b50505050505050505050505050505f9190565b5061523c82615237608086016142d5565b615346565b156151c7565b6001600160c01b03196008929092036007190160031b82901b161690505f806151af565b6152708188612c5f565b8b81101561219e578a013560f81c61528a60608401615045565b156152995760070b5b906151cc565b60ff6152a7604085016142d5565b161b8060011b90808204600214901517156118185760ff8101809111611818576101fe6001600160401b0391041660070b615293565b60038401808511611818576150df9060021c8e918d9161312d565b50505050505f9190565b60018714915081615316575b50155f61508a565b905083145f61530e565b9561533f6001916001600160401b0361387a60206138748c8b8b6131b5565b960161505a565b60ff1660028114615437576003811461541a57600481146153fe57600581146153df57600681146153bc57600c811461539e576009146153865750600190565b60070b8015908115615396575090565b600191501490565b5060070b5f81121590816153b0575090565b63ffffffff9150131590565b5060070b637fffffff1981121590816153d3575090565b637fffffff9150131590565b5060070b617fff1981121590816153f4575090565b617fff9150131590565b5060070b5f8112159081615410575090565b61ffff9150131590565b5060070b607f19811215908161542e575090565b607f9150131590565b5060070b5f8112159081615449575090565b60ff915013159056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
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
// the contract method with ID 0x53af5fe3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeInitialState(uint256 gameId, bytes32 first, bytes32[] firstProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[]) lay, bytes32[] consts, uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) PackDisputeInitialState(gameId *big.Int, first [32]byte, firstProof [][32]byte, lay DisputeGameLayout, consts [][32]byte, nonce *big.Int, input []byte) []byte {
	enc, err := disputeGame.abi.Pack("disputeInitialState", gameId, first, firstProof, lay, consts, nonce, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeInitialState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53af5fe3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeInitialState(uint256 gameId, bytes32 first, bytes32[] firstProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[]) lay, bytes32[] consts, uint256 nonce, bytes input) returns()
func (disputeGame *DisputeGame) TryPackDisputeInitialState(gameId *big.Int, first [32]byte, firstProof [][32]byte, lay DisputeGameLayout, consts [][32]byte, nonce *big.Int, input []byte) ([]byte, error) {
	return disputeGame.abi.Pack("disputeInitialState", gameId, first, firstProof, lay, consts, nonce, input)
}

// PackDisputeOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61dfbce7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeOutput(uint256 gameId, bytes32 last, bytes32[] lastProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[]) lay, (bytes32,bytes32[])[] outs) returns()
func (disputeGame *DisputeGame) PackDisputeOutput(gameId *big.Int, last [32]byte, lastProof [][32]byte, lay DisputeGameLayout, outs []DisputeGameSlotOpening) []byte {
	enc, err := disputeGame.abi.Pack("disputeOutput", gameId, last, lastProof, lay, outs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeOutput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61dfbce7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeOutput(uint256 gameId, bytes32 last, bytes32[] lastProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[]) lay, (bytes32,bytes32[])[] outs) returns()
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
// the contract method with ID 0x709132ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pickStep(uint256 gameId, uint32 step, bytes32 pre, bytes32[] preProof, bytes32 post, bytes32[] postProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[]) lay, bytes desc, bytes32[] descProof) returns()
func (disputeGame *DisputeGame) PackPickStep(gameId *big.Int, step uint32, pre [32]byte, preProof [][32]byte, post [32]byte, postProof [][32]byte, lay DisputeGameLayout, desc []byte, descProof [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("pickStep", gameId, step, pre, preProof, post, postProof, lay, desc, descProof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPickStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x709132ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pickStep(uint256 gameId, uint32 step, bytes32 pre, bytes32[] preProof, bytes32 post, bytes32[] postProof, (bytes32,bytes32,uint32,uint32,(uint32,uint64)[],(uint32,uint64,uint8,bool,uint8)[]) lay, bytes desc, bytes32[] descProof) returns()
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
