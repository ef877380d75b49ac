package fraudproof

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// GameState is everything the solver needs about a game: the contract's state, what the proposer
// revealed (from its events) and the request's bytes. Player reads it; tests may build it.
type GameState struct {
	contracts.Game
	Output  []byte          // the proposal's output bytes
	Nonce   uint64          // the request's nonce …
	Input   []byte          // … and input bytes
	Batch   []common.Hash   // the batch items' trace roots (phase BatchPick)
	Reveals [][]common.Hash // the current item's trace-tree reveals, top first (phase StepPick)
	Nodes   []common.Hash   // the latest tensor-tree reveal (phase ChildPick)
	Points  []*big.Int      // the latest accumulator points (phase AccumPick)
}

// Solver chooses this side's move from a game's state and its claim. It is pure: no chain, no
// clock, no I/O (the contract binding only packs calldata), so any state can be replayed.
type Solver struct {
	Claim *Claim
	Game  *contracts.DisputeGame
}

// maxTerms is DisputeGame.MAX_TERMS: a segment this short is proved at once.
const maxTerms = 32

// fanoutBits is DisputeGame.FANOUT_BITS: each reveal goes this many levels down a tree.
const fanoutBits = 6

func bitsFor(height uint8) int { return min(int(height), fanoutBits) }

// Next is the move for the side whose turn it is in st.
func (s *Solver) Next(st GameState) (chain.TxCandidate, error) {
	c, id := s.Claim, st.ID
	if st.Phase == contracts.PhaseErrorClaim {
		if c.Invalid != nil {
			return chain.TxCandidate{}, ErrNothingToDispute // the claim is true
		}
		return s.Game.DisputeInvalidInputClaimTx(id, c.Layout(), st.Nonce, st.Input), nil
	}
	if st.Phase == contracts.PhaseBatch {
		return s.Game.RevealBatchTx(id, c.ItemRoots()), nil
	}
	if st.Phase == contracts.PhaseBatchPick {
		if c.Invalid != nil {
			// Any claim but "invalid input" on an invalid batch is wrong; an execution error's items
			// after the failing one have no trace to name, so the input itself is shown.
			return s.Game.DisputeInvalidInputClaimTx(id, c.Layout(), st.Nonce, st.Input), nil
		}
		b, err := s.pickItem(st)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		return s.Game.PickBatchItemTx(id, st.Batch, b), nil
	}
	if st.Phase == contracts.PhaseStepPick {
		return s.stepPick(st)
	}
	tp := c.Item(int(st.BatchIndex))
	if tp == nil {
		return chain.TxCandidate{}, fmt.Errorf("no trace of batch item %d", st.BatchIndex)
	}
	switch st.Phase {
	case contracts.PhaseStates:
		bits := bitsFor(st.Height)
		level := int(st.Height) - bits
		lo := st.NodeIndex << bits
		roots := make([]common.Hash, 1<<bits)
		for k := range roots {
			roots[k] = tp.T.StateNode(level, lo+uint64(k))
		}
		return s.Game.RevealStatesTx(id, roots), nil
	case contracts.PhaseSlots:
		return s.Game.RevealSlotsTx(id, tp.T.Slots(int(st.Step)), tp.T.Slots(int(st.Step)+1)), nil
	case contracts.PhaseNodes:
		return s.Game.RevealNodesTx(id, tp.Children(int32(st.OutSlot), int(st.Height), bitsFor(st.Height), st.NodeIndex)), nil
	case contracts.PhaseChildPick:
		return s.pickChild(st, tp)
	case contracts.PhaseOneStep:
		j, ok := s.disputedElement(st, tp)
		if !ok {
			return chain.TxCandidate{}, ErrNothingToDispute
		}
		return s.oneStep(st, tp, j)
	case contracts.PhaseFailure:
		j, ok := tp.FailingElement(int(st.Step))
		if !ok {
			return chain.TxCandidate{}, fmt.Errorf("step %d has a value for every element", st.Step)
		}
		return s.oneStep(st, tp, uint64(j))
	case contracts.PhaseAccums:
		return s.revealAccumulators(st, tp)
	case contracts.PhaseAccumPick:
		return s.pickSegment(st, tp)
	}
	return chain.TxCandidate{}, fmt.Errorf("no move in phase %d", st.Phase)
}

// pickItem names the first batch item where the proposer's claim and this one part: the trace
// roots, whether the item fails, or its output bytes.
func (s *Solver) pickItem(st GameState) (int, error) {
	c, theirs := s.Claim, st.Batch
	mine := c.ItemRoots()
	outs := c.ItemOutputs(st.Output)
	for b := range theirs {
		tp := c.Item(b)
		if tp == nil || b >= len(mine) {
			break
		}
		theirFail := st.ErrorClaim && (b+1 == len(theirs) || theirs[b+1] == common.Hash{})
		if theirs[b] != mine[b] || theirFail != (tp.T.Failure != nil) {
			return b, nil
		}
		if !st.ErrorClaim && (outs == nil || string(outs[b]) != string(tp.Output())) {
			return b, nil
		}
	}
	return 0, ErrNothingToDispute
}

// traceHeight is the height of the trace tree over s_0 … s_n.
func traceHeight(nSteps uint32) int {
	h := 0
	for uint64(1)<<h < uint64(nSteps)+1 {
		h++
	}
	return h
}

// treeView is the proposer's trace tree as far as this side knows it: the nodes it revealed (and
// the nodes they hash up to), and below them this side's own nodes — used only inside subtrees
// both sides agree on, where they are the same.
type treeView struct {
	known map[[2]uint64]common.Hash
	mine  *trace.Trace
	h     int
}

func newTreeView(st GameState, mine *trace.Trace) *treeView {
	v := &treeView{known: map[[2]uint64]common.Hash{}, mine: mine, h: traceHeight(st.NSteps)}
	height := v.h
	for _, roots := range st.Reveals {
		bits := min(height, fanoutBits)
		idx := st.NodeIndex >> (height - int(st.Height)) // the revealed node: an ancestor of the current one
		level := height - bits
		cur := roots
		first := idx << bits
		for l := level; ; l++ {
			for k, h := range cur {
				v.known[[2]uint64{uint64(l), first + uint64(k)}] = h
			}
			if len(cur) == 1 {
				break
			}
			next := make([]common.Hash, len(cur)/2)
			for k := range next {
				next[k] = merkle.HashPair(cur[2*k], cur[2*k+1])
			}
			cur, first = next, first>>1
		}
		height = level
	}
	return v
}

func (v *treeView) node(level int, idx uint64) common.Hash {
	if h, ok := v.known[[2]uint64{uint64(level), idx}]; ok {
		return h
	}
	if v.mine != nil {
		return v.mine.StateNode(level, idx)
	}
	return common.Hash{}
}

// proof is state i's path to the proposer's trace root.
func (v *treeView) proof(i uint64) []common.Hash {
	out := make([]common.Hash, v.h)
	for l := range out {
		out[l] = v.node(l, (i>>l)^1)
	}
	return out
}

// stepPick: descend the proposer's trace tree toward the first state this side disputes, then
// name the disputed step (or s_0, a state past the end, the output bytes).
func (s *Solver) stepPick(st GameState) (chain.TxCandidate, error) {
	c, id := s.Claim, st.ID
	theirs := st.Reveals[len(st.Reveals)-1]
	bits := int(st.ChildBits)
	level := int(st.Height) - bits
	base := st.NodeIndex << bits
	if c.Invalid != nil {
		// The input is not one the model takes: s_0 cannot be right. Descend to it.
		if level > 0 {
			return s.Game.PickStatesTx(id, theirs, 0), nil
		}
		return s.initialState(st, newTreeView(st, nil))
	}
	tp := c.Item(int(st.BatchIndex))
	if tp == nil {
		return chain.TxCandidate{}, fmt.Errorf("no trace of batch item %d", st.BatchIndex)
	}
	k, differ := -1, false
	for i, h := range theirs {
		if h != tp.T.StateNode(level, base+uint64(i)) {
			k, differ = i, true
			break
		}
	}
	v := newTreeView(st, tp.T)
	if !differ {
		return s.sameTrace(st, v, tp)
	}
	if level > 0 {
		return s.Game.PickStatesTx(id, theirs, k), nil
	}
	i := base + uint64(k)
	post := v.node(0, i)
	switch {
	case i == 0:
		return s.initialState(st, v)
	case post != (common.Hash{}) && (i > uint64(st.NSteps) || (st.Failure && i == uint64(st.NSteps))):
		return s.Game.DisputeEndTx(id, i, post, v.proof(i), 0, nil), nil
	}
	pre := v.node(0, i-1)
	if pre == (common.Hash{}) {
		// A state after a zero one: the trace went on past its end.
		return s.Game.DisputeEndTx(id, i, post, v.proof(i), i-1, v.proof(i-1)), nil
	}
	return s.pickStep(st, v, int(i-1))
}

func (s *Solver) pickStep(st GameState, v *treeView, step int) (chain.TxCandidate, error) {
	desc, descProof := s.Claim.StepDescription(step)
	i := uint64(step)
	return s.Game.PickStepTx(st.ID, uint32(step), v.node(0, i), v.proof(i), v.node(0, i+1), v.proof(i+1),
		s.Claim.Layout(), desc, descProof), nil
}

func (s *Solver) initialState(st GameState, v *treeView) (chain.TxCandidate, error) {
	if st.Input == nil {
		return chain.TxCandidate{}, errors.New("s_0 is disputed and the request's input is unknown")
	}
	return s.Game.DisputeInitialStateTx(st.ID, v.node(0, 0), v.proof(0), s.Claim.Layout(), s.Claim.Consts(), st.Nonce, st.Input), nil
}

// sameTrace: the item's trace roots agree; the claim may still not.
func (s *Solver) sameTrace(st GameState, v *treeView, tp *TraceProvider) (chain.TxCandidate, error) {
	n := uint64(st.NSteps)
	if f := tp.T.Failure; f != nil {
		if st.Failure {
			return chain.TxCandidate{}, ErrNothingToDispute
		}
		// A result over a trace that stops: its first zero state is missing.
		return s.pickStep(st, v, f.Step)
	}
	if st.Failure {
		return s.Game.DisputeEndTx(st.ID, n, v.node(0, n), v.proof(n), 0, nil), nil
	}
	outs := s.Claim.ItemOutputs(st.Output)
	if outs != nil && string(outs[st.BatchIndex]) == string(tp.Output()) {
		return chain.TxCandidate{}, ErrNothingToDispute
	}
	return s.Game.DisputeOutputTx(st.ID, v.node(0, n), v.proof(n), s.Claim.Layout(), tp.OutputOpenings()), nil
}

// failingLeaf is the leaf of this side's failing step to steer the tensor descent to (ok false
// when the step computes here).
func failingLeaf(st GameState, tp *TraceProvider) (int64, bool) {
	if f := tp.T.Failure; f == nil || f.Step != int(st.Step) {
		return 0, false
	}
	j, ok := tp.FailingElement(int(st.Step))
	return j / merkle.ElemsPerLeaf, ok
}

func (s *Solver) pickChild(st GameState, tp *TraceProvider) (chain.TxCandidate, error) {
	theirs := st.Nodes
	bits := 0
	for 1<<bits < len(theirs) {
		bits++
	}
	if leaf, ok := failingLeaf(st, tp); ok {
		// This step gives no value here: follow an element that has none.
		level := int(st.Height) - bits
		return s.Game.PickChildTx(st.ID, theirs, int(uint64(leaf>>level)-st.NodeIndex<<bits)), nil
	}
	mine := tp.Children(int32(st.OutSlot), int(st.Height), bits, st.NodeIndex)
	k, ok := FirstDifferent(theirs, mine)
	if !ok {
		return chain.TxCandidate{}, ErrNothingToDispute
	}
	return s.Game.PickChildTx(st.ID, theirs, k), nil
}

// disputedElement is the element of the disputed leaf to prove.
func (s *Solver) disputedElement(st GameState, tp *TraceProvider) (uint64, bool) {
	if f := tp.T.Failure; f != nil && f.Step == int(st.Step) {
		j, ok := tp.FailingElement(int(st.Step))
		return uint64(j), ok && uint64(j)/merkle.ElemsPerLeaf == st.NodeIndex
	}
	mine := tp.T.TensorNodes(int32(st.OutSlot), 0)[st.NodeIndex]
	e, ok := DifferentElement(st.Node, mine)
	return st.NodeIndex*merkle.ElemsPerLeaf + uint64(e), ok
}

// oneStep proves element j of the step: the challenger's one-step, or the proposer's proof that
// the step fails.
func (s *Solver) oneStep(st GameState, tp *TraceProvider, j uint64) (chain.TxCandidate, error) {
	i := int(st.Step)
	desc, _ := s.Claim.StepDescription(i)
	if int64(j) >= tp.P.Values[st.OutSlot].Len() || inference.ReductionTerms(tp.P, &tp.P.Steps[i]) > maxTerms {
		// Padding needs no proof; a wide reduction opens the accumulator bisection first.
		return s.Game.ProveOneStepTx(st.ID, j, desc, nil, nil), nil
	}
	if op := tp.P.Steps[i].Op; op == inference.OpTable || op == inference.OpLog {
		in, inLeaf, t, entries := tp.TableOpenings(i, int64(j))
		return s.Game.ProveTableStepTx(st.ID, j, desc, s.Claim.Layout(), in, inLeaf, t, entries), nil
	}
	slots, leaves, err := tp.Openings(i, int64(j))
	if err != nil {
		return chain.TxCandidate{}, err
	}
	return s.Game.ProveOneStepTx(st.ID, j, desc, slots, leaves), nil
}

// revealAccumulators: this trace's accumulators over the range; the range's end is the one the
// game holds (at the first level of a result: the full accumulator of the claimed element — a
// liar's own accumulation does not give its claim, so it posts the accumulator that does).
func (s *Solver) revealAccumulators(st GameState, tp *TraceProvider) (chain.TxCandidate, error) {
	i, j := int(st.Step), int64(st.Element)
	step := &tp.P.Steps[i]
	first := st.PointsHash == (common.Hash{})
	start := st.AccLo
	if first {
		b, err := tp.Bias(i, j)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		start = b
	}
	points := tp.Accumulators(i, j, st.Lo, st.Hi, start)
	last := len(points) - 1
	switch {
	case !first:
		points[last] = st.AccHi
	case st.Failing:
		// The proposer's proof that the step fails: the honest failure's last point gives no value.
	default:
		if v, err := inference.FinishReduction(tp.P, step, points[last]); err != nil || v != st.Claimed {
			shift := int(tp.P.Values[step.In[0]].Scale) + int(tp.P.Values[step.In[1]].Scale) - int(tp.P.Values[step.Out].Scale)
			points[last] = new(big.Int).Lsh(big.NewInt(st.Claimed), uint(max(shift, 0)))
		}
	}
	desc, _ := s.Claim.StepDescription(i)
	return s.Game.RevealAccumulatorsTx(st.ID, points, desc), nil
}

// pickSegment: the first point this trace disagrees with decides: the bias, or the segment before it.
func (s *Solver) pickSegment(st GameState, tp *TraceProvider) (chain.TxCandidate, error) {
	i, j := int(st.Step), int64(st.Element)
	theirs := st.Points
	start := theirs[0]
	if st.Lo == 0 {
		b, err := tp.Bias(i, j)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		start = b
	}
	mine := tp.Accumulators(i, j, st.Lo, st.Hi, start)
	desc, _ := s.Claim.StepDescription(i)
	d := -1
	for k := range theirs {
		if k >= len(mine) || theirs[k].Cmp(mine[k]) != 0 {
			d = k
			break
		}
	}
	switch {
	case d < 0:
		return chain.TxCandidate{}, ErrNothingToDispute
	case d == 0:
		slots, leaves, err := tp.BiasOpenings(i, j)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		return s.Game.DisputeBiasTx(st.ID, theirs, desc, slots, leaves), nil
	}
	k := d - 1
	a, b := contracts.AccumulatorPosition(st.Lo, st.Hi, k), contracts.AccumulatorPosition(st.Lo, st.Hi, k+1)
	if b-a > maxTerms {
		return s.Game.PickSegmentTx(st.ID, theirs, k), nil
	}
	slots, leaves, err := tp.SegmentOpenings(i, j, int64(a), int64(b), theirs[k])
	if err != nil {
		return chain.TxCandidate{}, err
	}
	return s.Game.ProveSegmentTx(st.ID, theirs, k, desc, slots, leaves), nil
}
