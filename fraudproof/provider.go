package fraudproof

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// TraceProvider answers the dispute game's questions from one trace of one program: an honest run
// (trace.New) or, for adversarial tests, any committed values (trace.CommitValues).
type TraceProvider struct {
	P      *inference.Program
	T      *trace.Trace
	layout *inference.Layout
}

// NewTraceProvider wraps a trace.
func NewTraceProvider(p *inference.Program, t *trace.Trace) *TraceProvider {
	return &TraceProvider{P: p, T: t, layout: p.Layout()}
}

// Layout is the header whose hash is the registered layout root.
func (tp *TraceProvider) Layout() contracts.Layout {
	l := contracts.Layout{StepsRoot: tp.layout.StepsRoot(), SlotsRoot: tp.layout.SlotsRoot(),
		NSteps: uint32(len(tp.P.Steps)), NSlots: uint32(len(tp.P.Values))}
	for _, o := range tp.layout.Outputs {
		l.Outputs = append(l.Outputs, contracts.LayoutOutput{Slot: o.Slot, Len: o.Len})
	}
	for _, d := range tp.layout.Inputs {
		l.Inputs = append(l.Inputs, contracts.LayoutInput{Slot: d.Slot, Len: d.Len, Scale: d.Scale, IsInt: d.IsInt, DType: d.DType})
	}
	l.TablesRoot, l.NTables = tp.layout.TablesRoot(), uint32(len(tp.layout.TableLeaves))
	return l
}

// StepDescription is step i's ABI encoding and its path in the layout's step tree.
func (tp *TraceProvider) StepDescription(i int) ([]byte, []common.Hash) {
	return inference.EncodeStepDesc(tp.P.StepDesc(i)), tp.layout.StepProof(i)
}

// Children are the nodes `bits` levels under the node at (height, index) of slot's tensor tree.
func (tp *TraceProvider) Children(slot int32, height, bits int, index uint64) []common.Hash {
	level := tp.T.TensorNodes(slot, height-bits)
	lo := index << bits
	return level[lo : lo+(1<<bits)]
}

// Openings builds the one-step proof of output element j of step i against state i: each input's
// slot commitment with its path, and each input leaf the element reads with its path.
func (tp *TraceProvider) Openings(i int, j int64) ([]contracts.SlotOpening, []contracts.LeafOpening, error) {
	leaves, _, err := ElementLeaves(tp.P, i, j, tp.T.Values)
	if err != nil && !errors.Is(err, inference.ErrOverflow) {
		return nil, nil, fmt.Errorf("step %d element %d: %w", i, j, err)
	}
	return tp.withProofs(i, leaves)
}

// SegmentOpenings opens the inputs of terms [from, to) of element j of step i.
func (tp *TraceProvider) SegmentOpenings(i int, j, from, to int64, start *big.Int) ([]contracts.SlotOpening, []contracts.LeafOpening, error) {
	leaves, _, err := SegmentLeaves(tp.P, i, j, from, to, start, tp.T.Values)
	if err != nil && !errors.Is(err, inference.ErrOverflow) {
		return nil, nil, err
	}
	return tp.withProofs(i, leaves)
}

// BiasOpenings opens element j's bias (no leaves when the step has none).
func (tp *TraceProvider) BiasOpenings(i int, j int64) ([]contracts.SlotOpening, []contracts.LeafOpening, error) {
	leaves, _, err := BiasLeaves(tp.P, i, j, tp.T.Values)
	if err != nil {
		return nil, nil, err
	}
	return tp.withProofs(i, leaves)
}

func (tp *TraceProvider) withProofs(i int, leaves []contracts.OpenedLeaf) ([]contracts.SlotOpening, []contracts.LeafOpening, error) {
	s := &tp.P.Steps[i]
	slots := tp.T.Slots(i)
	so := make([]contracts.SlotOpening, len(s.In))
	for k, in := range s.In {
		so[k] = contracts.SlotOpening{Commitment: slots[in], Proof: tp.T.SlotProof(i, in)}
	}
	lo := make([]contracts.LeafOpening, len(leaves))
	for n, l := range leaves {
		lo[n] = contracts.LeafOpening{Input: l.Input, Leaf: l.Leaf, Values: l.Values, Proof: tp.T.TensorProof(s.In[l.Input], int64(l.Leaf))}
	}
	return so, lo, nil
}

// Accumulators are this trace's accumulator values for element j of step i at the game's evenly
// spaced positions of [lo, hi), point 0 being start; once a running total leaves int128 the
// points are contracts.Overflowed.
func (tp *TraceProvider) Accumulators(i int, j int64, lo, hi uint64, start *big.Int) []*big.Int {
	s := &tp.P.Steps[i]
	get := func(slot int32, idx int64) (int64, error) { return tp.T.Values[slot][idx], nil }
	parts := int(min(hi-lo, 16))
	points := []*big.Int{new(big.Int).Set(start)}
	acc := start
	for k := 1; k <= parts; k++ {
		a, b := contracts.AccumulatorPosition(lo, hi, k-1), contracts.AccumulatorPosition(lo, hi, k)
		next, err := inference.Accumulate(tp.P, s, j, int64(a), int64(b), acc, get)
		if err != nil || acc.Cmp(contracts.Overflowed) == 0 {
			next = new(big.Int).Set(contracts.Overflowed)
		}
		points = append(points, next)
		acc = next
	}
	return points
}

// FailingElement is the first output element of step i that has no value in this trace's
// pre-state (ok false: every element has one).
func (tp *TraceProvider) FailingElement(i int) (int64, bool) {
	s := &tp.P.Steps[i]
	get := func(slot int32, idx int64) (int64, error) { return tp.T.Values[slot][idx], nil }
	n := tp.P.Values[s.Out].Len()
	for j := int64(0); j < n; j++ {
		if _, err := inference.ElementValue(tp.P, s, j, get); err != nil {
			return j, true
		}
	}
	return 0, false
}

// Bias is element j's accumulator start in this trace.
func (tp *TraceProvider) Bias(i int, j int64) (*big.Int, error) {
	b, err := inference.ReductionBias(tp.P, &tp.P.Steps[i], j, func(slot int32, idx int64) (int64, error) { return tp.T.Values[slot][idx], nil })
	return big.NewInt(b), err
}

// FirstDifferent is the first index where two node lists differ.
func FirstDifferent(theirs, mine []common.Hash) (int, bool) {
	for k := range theirs {
		if k >= len(mine) || theirs[k] != mine[k] {
			return k, true
		}
	}
	return 0, false
}

// DifferentElement is the first of a leaf's 4 elements that differs.
func DifferentElement(theirs, mine common.Hash) (int, bool) {
	for e := 0; e < merkle.ElemsPerLeaf; e++ {
		for b := 8 * e; b < 8*e+8; b++ {
			if theirs[b] != mine[b] {
				return e, true
			}
		}
	}
	return 0, false
}

// Output is the proposal's output bytes this trace gives (docs/ENCODING.md).
func (tp *TraceProvider) Output() []byte { return tp.T.Output() }

// OutputOpenings opens the output slots of the last state.
func (tp *TraceProvider) OutputOpenings() []contracts.SlotOpening {
	n := len(tp.P.Steps)
	slots := tp.T.Slots(n)
	out := make([]contracts.SlotOpening, len(tp.P.Outputs))
	for i, id := range tp.P.Outputs {
		out[i] = contracts.SlotOpening{Commitment: slots[id], Proof: tp.T.SlotProof(n, id)}
	}
	return out
}

// Consts are every slot's constant commitment (zero for computed slots), as the layout commits.
func (tp *TraceProvider) Consts() []common.Hash { return append([]common.Hash{}, tp.layout.Consts...) }

// TableEntries are the table leaves a lookup of u reads (sorted), as the verifier takes them.
func TableEntries(t *inference.Table, u int64) []contracts.OpenedLeaf {
	var out []contracts.OpenedLeaf
	for _, idx := range t.Reads(u) {
		leaf := uint64(idx / merkle.ElemsPerLeaf)
		if len(out) > 0 && out[len(out)-1].Leaf == leaf {
			continue
		}
		l := contracts.OpenedLeaf{Input: 0, Leaf: leaf}
		for e := 0; e < merkle.ElemsPerLeaf; e++ {
			if k := int(leaf)*merkle.ElemsPerLeaf + e; k < len(t.Values) {
				l.Values[e] = t.Values[k]
			}
		}
		out = append(out, l)
	}
	return out
}

// TableOpenings builds the one-step proof of element j of Table step i: its input element with
// paths against state i, the table with its path in the layout, and the entries read.
func (tp *TraceProvider) TableOpenings(i int, j int64) (contracts.SlotOpening, contracts.LeafOpening, contracts.TableOpening, []contracts.LeafOpening) {
	s := &tp.P.Steps[i]
	in := s.In[0]
	slot := contracts.SlotOpening{Commitment: tp.T.Slots(i)[in], Proof: tp.T.SlotProof(i, in)}
	leaf := j / merkle.ElemsPerLeaf
	var vals [4]int64
	for e := 0; e < merkle.ElemsPerLeaf; e++ {
		if k := leaf*merkle.ElemsPerLeaf + int64(e); k < int64(len(tp.T.Values[in])) {
			vals[e] = tp.T.Values[in][k]
		}
	}
	inLeaf := contracts.LeafOpening{Input: 0, Leaf: uint64(leaf), Values: vals, Proof: tp.T.TensorProof(in, leaf)}
	ti := int(s.Args[0])
	t := &tp.P.Tables[ti]
	to := contracts.TableOpening{Lo: t.Lo, Shift: t.Shift, OverflowAbove: t.OverflowAbove, Len: uint64(len(t.Values)),
		ValuesRoot: tp.layout.TableValuesRoot(ti), Proof: tp.layout.TableProof(ti)}
	var entries []contracts.LeafOpening
	u := tp.T.Values[in][j]
	if s.Op == inference.OpLog {
		if u <= 0 {
			u = 1 << 16 // no value: any entry; the verifier reports the non-positive input
		} else {
			u = inference.LogMantissa(u)
		}
	}
	for _, l := range TableEntries(t, u) {
		entries = append(entries, contracts.LeafOpening{Input: 0, Leaf: l.Leaf, Values: l.Values, Proof: tp.layout.TableValueProof(ti, int64(l.Leaf))})
	}
	return slot, inLeaf, to, entries
}
