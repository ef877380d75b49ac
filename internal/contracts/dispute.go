package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/chain"
)

// GamePhase mirrors DisputeGame.Phase.
type GamePhase uint8

const (
	PhaseNone GamePhase = iota
	PhaseStates
	PhaseStepPick
	PhaseSlots
	PhaseNodes
	PhaseChildPick
	PhaseOneStep
	PhaseAccums
	PhaseAccumPick
	PhaseResolved
	PhaseErrorClaim // challenger: show that an input called invalid is valid
	PhaseBatch      // proposer: reveal the batch items' trace roots
	PhaseBatchPick  // challenger: name the disputed item
	PhaseFailure    // proposer: show an element of the failing step with no value
)

// ProposerMoves reports whether the proposer is the side to move in phase p.
func (p GamePhase) ProposerMoves() bool {
	return p == PhaseStates || p == PhaseSlots || p == PhaseNodes || p == PhaseAccums || p == PhaseBatch || p == PhaseFailure
}

// Overflowed is DisputeGame.OVERFLOWED: a failure claim's accumulator point after its running
// total left int128.
var Overflowed = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1))

// Game is a dispute game's on-chain state.
type Game struct {
	ID                             *big.Int
	RequestID                      *big.Int
	Proposer, Challenger           common.Address
	Proposal                       uint32 // the challenged proposal's nonce
	Phase                          GamePhase
	ProposerWon                    bool
	ErrorClaim                     bool // the proposal is an execution-error claim
	Failure                        bool // the disputed trace is the failing one (for a batch: the picked item's)
	Failing                        bool // the accumulator bisection proves the failing step's element
	OutputHash                     common.Hash
	BatchSize, BatchIndex          uint16
	NSteps                         uint32
	ProposerClock, ChallengerClock uint64
	LastMoveAt                     uint64
	TraceRoot, LayoutRoot          common.Hash
	Step, NSlots, OutSlot          uint32
	OutLen                         uint64
	Pre, Post, StepLeaf            common.Hash
	Node                           common.Hash
	NodeIndex                      uint64
	Height, ChildBits              uint8
	// The accumulation of a wide reduction's element.
	Element      uint64
	Claimed      int64
	Lo, Hi       uint64
	AccLo, AccHi *big.Int
	PointsHash   common.Hash
}

// Layout is the layout header whose hash the registry records.
type Layout struct {
	StepsRoot, SlotsRoot common.Hash
	NSteps, NSlots       uint32
	Outputs              []LayoutOutput
	Inputs               []LayoutInput
	TablesRoot           common.Hash
	NTables              uint32
}

// TableOpening is a program table with its path to the layout's table tree.
type TableOpening struct {
	Lo            int64
	Shift         uint8
	OverflowAbove bool
	Len           uint64
	ValuesRoot    common.Hash
	Proof         []common.Hash
}

// LayoutInput is one program input: slot, element count and element type.
type LayoutInput struct {
	Slot  uint32
	Len   uint64
	Scale uint8
	IsInt bool
	DType uint8
}

// LayoutOutput is one program output: its slot and element count.
type LayoutOutput struct {
	Slot uint32
	Len  uint64
}

func layoutArg(l Layout) bindings.GameProofsLayout {
	outs := make([]bindings.GameProofsOutput, len(l.Outputs))
	for i, o := range l.Outputs {
		outs[i] = bindings.GameProofsOutput{Slot: o.Slot, Len: o.Len}
	}
	ins := make([]bindings.GameProofsInput, len(l.Inputs))
	for i, d := range l.Inputs {
		ins[i] = bindings.GameProofsInput{Slot: d.Slot, Len: d.Len, Scale: d.Scale, IsInt: d.IsInt, Dtype: d.DType}
	}
	return bindings.GameProofsLayout{StepsRoot: l.StepsRoot, SlotsRoot: l.SlotsRoot, NSteps: l.NSteps, NSlots: l.NSlots,
		Outputs: outs, Inputs: ins, TablesRoot: l.TablesRoot, NTables: l.NTables}
}

// SlotOpening is a pre-state slot commitment with its path.
type SlotOpening struct {
	Commitment common.Hash
	Proof      []common.Hash
}

// LeafOpening is an input leaf with its path to its slot commitment.
type LeafOpening struct {
	Input  uint8
	Leaf   uint64
	Values [4]int64
	Proof  []common.Hash
}

// DisputeGame is the dispute game contract at one address.
type DisputeGame struct {
	addr common.Address
	abi  *bindings.DisputeGame
	c    *bind.BoundContract
}

// DeployDisputeGame deploys a game for oracle with a one-step verifier, a challenge bond and a
// per-side clock, and makes it the oracle's dispute game (sent by the oracle's owner).
func DeployDisputeGame(ctx context.Context, owner *chain.Sender, backend bind.ContractBackend, oracle *Oracle, verifier common.Address, bond *big.Int, clock uint64) (*DisputeGame, error) {
	b := bindings.NewDisputeGame()
	addr, _, err := owner.Deploy(ctx, common.FromHex(bindings.DisputeGameMetaData.Bin), b.PackConstructor(oracle.Address(), verifier, bond, clock))
	if err != nil {
		return nil, fmt.Errorf("deploy DisputeGame: %w", err)
	}
	if _, err := owner.Send(ctx, oracle.SetDisputeGameTx(addr)); err != nil {
		return nil, fmt.Errorf("set dispute game: %w", err)
	}
	return NewDisputeGame(addr, backend), nil
}

// NewDisputeGame binds the game at addr.
func NewDisputeGame(addr common.Address, backend bind.ContractBackend) *DisputeGame {
	b := bindings.NewDisputeGame()
	return &DisputeGame{addr: addr, abi: b, c: b.Instance(backend, addr)}
}

// Address is the game contract's address.
func (g *DisputeGame) Address() common.Address { return g.addr }

// CallGame reads a game.
func (g *DisputeGame) CallGame(ctx context.Context, id *big.Int) (Game, error) {
	r, err := bind.Call(g.c, &bind.CallOpts{Context: ctx}, g.abi.PackGetGame(id), g.abi.UnpackGetGame)
	if err != nil {
		return Game{}, DecodeRevert(err)
	}
	return Game{
		ID: id, RequestID: r.RequestId, Proposer: r.Proposer, Challenger: r.Challenger, Proposal: r.Proposal,
		Phase: GamePhase(r.Phase), ProposerWon: r.ProposerWon, ErrorClaim: r.ErrorClaim, Failure: r.Failure, Failing: r.Failing, OutputHash: r.OutputHash, BatchSize: r.BatchSize, BatchIndex: r.BatchIndex, NSteps: r.NSteps, ProposerClock: r.ProposerClock, ChallengerClock: r.ChallengerClock,
		LastMoveAt: r.LastMoveAt, TraceRoot: r.TraceRoot, LayoutRoot: r.LayoutRoot, Step: r.Step, NSlots: r.NSlots,
		OutSlot: r.OutSlot, OutLen: r.OutLen, Pre: r.Pre, Post: r.Post, StepLeaf: r.StepLeaf, Node: r.Node,
		NodeIndex: r.NodeIndex, Height: r.Height, ChildBits: r.ChildBits,
		Element: r.Element, Claimed: r.Claimed, Lo: r.Lo, Hi: r.Hi, AccLo: r.AccLo, AccHi: r.AccHi, PointsHash: r.PointsHash,
	}, nil
}

// CallBalance reads the bonds an account has won.
func (g *DisputeGame) CallBalance(ctx context.Context, a common.Address) (*big.Int, error) {
	return bind.Call(g.c, &bind.CallOpts{Context: ctx}, g.abi.PackBalances(a), g.abi.UnpackBalances)
}

// CallChallengeBond reads the bond a challenge posts.
func (g *DisputeGame) CallChallengeBond(ctx context.Context) (*big.Int, error) {
	return bind.Call(g.c, &bind.CallOpts{Context: ctx}, g.abi.PackChallengeBond(), g.abi.UnpackChallengeBond)
}

func hashes(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func (g *DisputeGame) tx(data []byte, value *big.Int) chain.TxCandidate {
	return candidate(g.addr, data, value)
}

// ChallengeTx opens a game against requestId's proposal, posting bond, with the model's layout.
func (g *DisputeGame) ChallengeTx(requestID, bond *big.Int, l Layout) chain.TxCandidate {
	return g.tx(g.abi.PackChallenge(requestID, layoutArg(l)), bond)
}

// RevealBatchTx reveals a batch's item trace roots.
func (g *DisputeGame) RevealBatchTx(id *big.Int, roots []common.Hash) chain.TxCandidate {
	return g.tx(g.abi.PackRevealBatch(id, hashes(roots)), nil)
}

// PickBatchItemTx names the disputed batch item.
func (g *DisputeGame) PickBatchItemTx(id *big.Int, roots []common.Hash, item int) chain.TxCandidate {
	return g.tx(g.abi.PackPickBatchItem(id, hashes(roots), uint16(item)), nil)
}

// RevealStatesTx reveals the children of the disputed trace-tree node.
func (g *DisputeGame) RevealStatesTx(id *big.Int, roots []common.Hash) chain.TxCandidate {
	return g.tx(g.abi.PackRevealStates(id, hashes(roots)), nil)
}

// PickStatesTx descends into a revealed trace-tree node.
func (g *DisputeGame) PickStatesTx(id *big.Int, roots []common.Hash, child int) chain.TxCandidate {
	return g.tx(g.abi.PackPickStates(id, hashes(roots), big.NewInt(int64(child))), nil)
}

// DisputeEndTx shows a non-zero state past the trace's end (for a failure claim: s_n itself), or
// after the zero state gap (gapProof nil: none).
func (g *DisputeGame) DisputeEndTx(id *big.Int, index uint64, state common.Hash, proof []common.Hash, gap uint64, gapProof []common.Hash) chain.TxCandidate {
	return g.tx(g.abi.PackDisputeEnd(id, new(big.Int).SetUint64(index), state, hashes(proof), new(big.Int).SetUint64(gap), hashes(gapProof)), nil)
}

// DisputeInitialStateTx disputes s_0: the constants' commitments and the request's input (with its
// nonce) let the contract build s_0 itself.
func (g *DisputeGame) DisputeInitialStateTx(id *big.Int, first common.Hash, firstProof []common.Hash, l Layout, consts []common.Hash, nonce uint64, input []byte) chain.TxCandidate {
	return g.tx(g.abi.PackDisputeInitialState(id, first, hashes(firstProof), layoutArg(l), hashes(consts), new(big.Int).SetUint64(nonce), input), nil)
}

// DisputeInvalidInputClaimTx answers an "invalid input" error claim with the request's input.
func (g *DisputeGame) DisputeInvalidInputClaimTx(id *big.Int, l Layout, nonce uint64, input []byte) chain.TxCandidate {
	return g.tx(g.abi.PackDisputeInvalidInputClaim(id, layoutArg(l), new(big.Int).SetUint64(nonce), input), nil)
}

// PickStepTx names the first disputed step.
func (g *DisputeGame) PickStepTx(id *big.Int, step uint32, pre common.Hash, preProof []common.Hash, post common.Hash, postProof []common.Hash, l Layout, desc []byte, descProof []common.Hash) chain.TxCandidate {
	return g.tx(g.abi.PackPickStep(id, step, pre, hashes(preProof), post, hashes(postProof), layoutArg(l), desc, hashes(descProof)), nil)
}

// DisputeOutputTx disputes the proposed output bytes against the output slots of the last state.
func (g *DisputeGame) DisputeOutputTx(id *big.Int, last common.Hash, lastProof []common.Hash, l Layout, outs []SlotOpening) chain.TxCandidate {
	ss, _ := openingsArgs(outs, nil)
	return g.tx(g.abi.PackDisputeOutput(id, last, hashes(lastProof), layoutArg(l), ss), nil)
}

// RevealSlotsTx reveals the slot vectors before and after the step.
func (g *DisputeGame) RevealSlotsTx(id *big.Int, pre, post []common.Hash) chain.TxCandidate {
	return g.tx(g.abi.PackRevealSlots(id, hashes(pre), hashes(post)), nil)
}

// RevealNodesTx reveals the children of the disputed node.
func (g *DisputeGame) RevealNodesTx(id *big.Int, children []common.Hash) chain.TxCandidate {
	return g.tx(g.abi.PackRevealNodes(id, hashes(children)), nil)
}

// PickChildTx names the disputed child.
func (g *DisputeGame) PickChildTx(id *big.Int, children []common.Hash, child int) chain.TxCandidate {
	return g.tx(g.abi.PackPickChild(id, hashes(children), big.NewInt(int64(child))), nil)
}

// ProveOneStepTx names element j (of the disputed leaf, or of a failing step) and opens its inputs.
func (g *DisputeGame) ProveOneStepTx(id *big.Int, j uint64, desc []byte, slots []SlotOpening, leaves []LeafOpening) chain.TxCandidate {
	ss, ls := openingsArgs(slots, leaves)
	return g.tx(g.abi.PackProveOneStep(id, j, desc, ss, ls), nil)
}

func openingsArgs(slots []SlotOpening, leaves []LeafOpening) ([]bindings.GameProofsSlotOpening, []bindings.GameProofsLeafOpening) {
	ss := make([]bindings.GameProofsSlotOpening, len(slots))
	for i, s := range slots {
		ss[i] = bindings.GameProofsSlotOpening{Commitment: s.Commitment, Proof: hashes(s.Proof)}
	}
	ls := make([]bindings.GameProofsLeafOpening, len(leaves))
	for i, l := range leaves {
		ls[i] = bindings.GameProofsLeafOpening{Input: l.Input, Leaf: l.Leaf, Values: l.Values, Proof: hashes(l.Proof)}
	}
	return ss, ls
}

// ProveTableStepTx is the one-step of a Table step: the input element and the table entries read.
func (g *DisputeGame) ProveTableStepTx(id *big.Int, j uint64, desc []byte, l Layout, in SlotOpening, inLeaf LeafOpening, t TableOpening, entries []LeafOpening) chain.TxCandidate {
	ss, ls := openingsArgs([]SlotOpening{in}, append([]LeafOpening{inLeaf}, entries...))
	return g.tx(g.abi.PackProveTableStep(id, j, desc, layoutArg(l), ss[0], ls[0],
		bindings.GameProofsTableOpening{Lo: t.Lo, Shift: t.Shift, OverflowAbove: t.OverflowAbove, Len: t.Len, ValuesRoot: t.ValuesRoot, Proof: hashes(t.Proof)},
		ls[1:]), nil)
}

// RevealAccumulatorsTx reveals the accumulator at the range's evenly spaced positions.
func (g *DisputeGame) RevealAccumulatorsTx(id *big.Int, points []*big.Int, desc []byte) chain.TxCandidate {
	return g.tx(g.abi.PackRevealAccumulators(id, points, desc), nil)
}

// PickSegmentTx names the disputed segment k of the revealed points.
func (g *DisputeGame) PickSegmentTx(id *big.Int, points []*big.Int, k int) chain.TxCandidate {
	return g.tx(g.abi.PackPickSegment(id, points, big.NewInt(int64(k))), nil)
}

// ProveSegmentTx proves segment k from openings.
func (g *DisputeGame) ProveSegmentTx(id *big.Int, points []*big.Int, k int, desc []byte, slots []SlotOpening, leaves []LeafOpening) chain.TxCandidate {
	ss, ls := openingsArgs(slots, leaves)
	return g.tx(g.abi.PackProveSegment(id, points, big.NewInt(int64(k)), desc, ss, ls), nil)
}

// DisputeBiasTx disputes the first point (the bias) from openings.
func (g *DisputeGame) DisputeBiasTx(id *big.Int, points []*big.Int, desc []byte, slots []SlotOpening, leaves []LeafOpening) chain.TxCandidate {
	ss, ls := openingsArgs(slots, leaves)
	return g.tx(g.abi.PackDisputeBias(id, points, desc, ss, ls), nil)
}

// RevealedAccumulators reads the proposer's latest revealed points.
func (g *DisputeGame) RevealedAccumulators(ctx context.Context, r LogReader, id *big.Int) ([]*big.Int, error) {
	l, err := g.lastLog(ctx, r, "AccumulatorsRevealed", id)
	if err != nil {
		return nil, err
	}
	ev, err := g.abi.UnpackAccumulatorsRevealedEvent(l)
	if err != nil {
		return nil, err
	}
	return ev.Points, nil
}

// AccumulatorPosition is the term position of point k when [lo, hi) is split as the game splits
// it (16 segments, or one per term when shorter): DisputeGame._positionOf.
func AccumulatorPosition(lo, hi uint64, k int) uint64 {
	parts := min(hi-lo, 16)
	return lo + (hi-lo)*uint64(k)/parts
}

// TimeoutTx ends a game whose side to move ran out of time (or closes it if stale).
func (g *DisputeGame) TimeoutTx(id *big.Int) chain.TxCandidate {
	return g.tx(g.abi.PackTimeout(id), nil)
}

// CloseStaleTx closes a game whose proposal was slashed elsewhere: the challenger's bond comes back
// with its share of the reward.
func (g *DisputeGame) CloseStaleTx(id *big.Int) chain.TxCandidate {
	return g.tx(g.abi.PackCloseStale(id), nil)
}

// Tally is the games on one proposal: how many are open, and once it is slashed each one's share.
type Tally struct {
	Open    uint64
	Slashed bool
	Share   *big.Int
}

// CallTally reads the games on proposal `proposal` of a request.
func (g *DisputeGame) CallTally(ctx context.Context, requestID *big.Int, proposal uint32) (Tally, error) {
	r, err := bind.Call(g.c, &bind.CallOpts{Context: ctx}, g.abi.PackTallyOf(requestID, proposal), g.abi.UnpackTallyOf)
	if err != nil {
		return Tally{}, DecodeRevert(err)
	}
	return Tally{Open: r.Open, Slashed: r.Slashed, Share: r.Share}, nil
}

// WithdrawTx sends the caller's won bonds.
func (g *DisputeGame) WithdrawTx() chain.TxCandidate { return g.tx(g.abi.PackWithdraw(), nil) }

// ParseGameStarted returns the id of the game rcpt started.
func (g *DisputeGame) ParseGameStarted(rcpt *types.Receipt) (*big.Int, error) {
	for _, l := range rcpt.Logs {
		if ev, err := g.abi.UnpackGameStartedEvent(l); err == nil && l.Address == g.addr {
			return ev.GameId, nil
		}
	}
	return nil, fmt.Errorf("no GameStarted in tx %s", rcpt.TxHash)
}

// outcomes names DisputeGame.Outcome values: what decided a game, by whether the proposer won.
var outcomes = [...][2]string{
	{"timeout", "timeout"},
	{"the input is invalid", "the input is valid"},
	{"batch roots", "batch roots"},
	{"missing state", "missing state"},
	{"the trace goes on past its end", "the trace goes on past its end"},
	{"malformed batch output", "malformed batch output"},
	{"output bytes", "output matches the final state"},
	{"invalid input", "invalid input"},
	{"initial state wrong", "initial state correct"},
	{"a slot other than the output changed", "a slot other than the output changed"},
	{"the output slot was already written", "the output slot was already written"},
	{"segment wrong", "segment correct"},
	{"bias wrong", "bias correct"},
	{"padding element", "padding element"},
	{"the step fails", "the step fails"},
	{"one-step: the element has no value", "one-step: the element has no value"},
	{"one-step: element wrong", "one-step: element correct"},
	{"stale: the proposal was slashed", "stale: the proposal was slashed"},
}

// OutcomeString says what decided a game (DisputeGame.Outcome) in words.
func OutcomeString(outcome uint8, proposerWon bool) string {
	if int(outcome) >= len(outcomes) {
		return fmt.Sprintf("outcome %d", outcome)
	}
	if proposerWon {
		return outcomes[outcome][1]
	}
	return outcomes[outcome][0]
}

// ParseResolved returns the outcome if rcpt resolved a game.
func (g *DisputeGame) ParseResolved(rcpt *types.Receipt) (proposerWon bool, reason string, ok bool) {
	for _, l := range rcpt.Logs {
		if ev, err := g.abi.UnpackGameResolvedEvent(l); err == nil && l.Address == g.addr {
			return ev.ProposerWon, OutcomeString(ev.Reason, ev.ProposerWon), true
		}
	}
	return false, "", false
}

// LogReader reads logs (every client does).
type LogReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

func (g *DisputeGame) lastLog(ctx context.Context, r LogReader, event string, id *big.Int) (*types.Log, error) {
	ev := g.abi.GetABI().Events[event]
	logs, err := r.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{g.addr},
		Topics: [][]common.Hash{{ev.ID}, {common.BigToHash(id)}}})
	if err != nil {
		return nil, err
	}
	if len(logs) == 0 {
		return nil, fmt.Errorf("game %s: no %s yet", id, event)
	}
	return &logs[len(logs)-1], nil
}

// RevealedStates reads every trace-tree reveal of the proposer in the game, in order (the
// descent's levels, top first).
func (g *DisputeGame) RevealedStates(ctx context.Context, r LogReader, id *big.Int) ([][]common.Hash, error) {
	ev := g.abi.GetABI().Events["StatesRevealed"]
	logs, err := r.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{g.addr},
		Topics: [][]common.Hash{{ev.ID}, {common.BigToHash(id)}}})
	if err != nil {
		return nil, err
	}
	out := make([][]common.Hash, 0, len(logs))
	for i := range logs {
		ev, err := g.abi.UnpackStatesRevealedEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, toHashes(ev.Roots))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("game %s: no StatesRevealed yet", id)
	}
	return out, nil
}

// RevealedBatch reads the proposer's revealed batch item roots.
func (g *DisputeGame) RevealedBatch(ctx context.Context, r LogReader, id *big.Int) ([]common.Hash, error) {
	l, err := g.lastLog(ctx, r, "BatchRevealed", id)
	if err != nil {
		return nil, err
	}
	ev, err := g.abi.UnpackBatchRevealedEvent(l)
	if err != nil {
		return nil, err
	}
	return toHashes(ev.Roots), nil
}

// RevealedNodes reads the proposer's latest revealed children.
func (g *DisputeGame) RevealedNodes(ctx context.Context, r LogReader, id *big.Int) ([]common.Hash, error) {
	l, err := g.lastLog(ctx, r, "NodesRevealed", id)
	if err != nil {
		return nil, err
	}
	ev, err := g.abi.UnpackNodesRevealedEvent(l)
	if err != nil {
		return nil, err
	}
	return toHashes(ev.Children), nil
}

func toHashes(bs [][32]byte) []common.Hash {
	out := make([]common.Hash, len(bs))
	for i, b := range bs {
		out[i] = b
	}
	return out
}

// GameStarted is a decoded GameStarted event.
type GameStarted struct {
	GameID, RequestID    *big.Int
	Challenger, Proposer common.Address
}

// ParseGameStartedLog decodes one log; ok is false for any other log.
func (g *DisputeGame) ParseGameStartedLog(l *types.Log) (GameStarted, bool) {
	if l.Address != g.addr {
		return GameStarted{}, false
	}
	ev, err := g.abi.UnpackGameStartedEvent(l)
	if err != nil {
		return GameStarted{}, false
	}
	return GameStarted{GameID: ev.GameId, RequestID: ev.RequestId, Challenger: ev.Challenger, Proposer: ev.Proposer}, true
}

// EventTopic is the topic-0 of one of the game's events.
func (g *DisputeGame) EventTopic(name string) common.Hash { return g.abi.GetABI().Events[name].ID }
