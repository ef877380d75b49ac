package trace

import (
	"errors"
	"fmt"
	"slices"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/ethereum/go-ethereum/common"
)

// Trace is a run with its commitments (docs/DESIGN.md §4): each value slot's tensor commitment (the
// Merkle root of its elements, merkle.ElemsPerLeaf per leaf), the state root after every step (the Merkle
// root over all slot commitments, zero for slots not yet written) and the trace root over the
// states s_0 … s_n (s_0: inputs and constants set, before any step).
type Trace struct {
	Program *inference.Program
	Values  [][]int64
	States  []common.Hash
	Root    common.Hash
	// Failure is the step that gives no result (nil for a complete run). A failed trace has the
	// states s_0 … s_Step (before the failing step) and zero states after it, over the same n+1
	// leaves as a complete one: the trace an execution-error claim commits to.
	Failure *inference.StepError

	tensors []*merkle.Tree // per slot; nil for a constant until a proof opens it (tree)
	// The slot commitments of state k are rebuilt when a proof needs them, from the last state's
	// (lastLeaves) and the state each slot is written in (writtenAt: 0 for inputs and constants,
	// i+1 for step i's output, -1 for a slot never written): every slot is written once, so state k
	// holds exactly the slots written at or before k. Snapshots of every state cost steps × slots
	// hashes, 11 GB for a 16-token GPT-2 generation; this costs two words a slot. A trace of a
	// program that writes a slot twice (none the compiler makes) keeps the snapshots (slotLeaves).
	lastLeaves []common.Hash
	writtenAt  []int
	slotLeaves [][]common.Hash
	stateTree  *merkle.Tree
}

// New runs p on inputs and commits to every step.
func New(p *inference.Program, inputs [][]int64) (*Trace, error) {
	return NewWith(inference.Runner{}, p, inputs)
}

// NewWith is New with r's workers for the run and the commitments.
func NewWith(r inference.Runner, p *inference.Program, inputs [][]int64) (*Trace, error) {
	vals, err := r.Execute(p, inputs)
	if err != nil {
		return nil, err
	}
	t := &Trace{Program: p, Values: vals}
	t.commit(p.ConstCommitments(), r.Fork)
	return t, nil
}

// NewRun runs p on inputs and commits to the run whether or not a step fails (Trace.Failure).
// Other errors (inputs of the wrong length or range) are returned.
func NewRun(p *inference.Program, inputs [][]int64) (*Trace, error) {
	return NewRunWith(inference.Runner{}, p, inputs)
}

// NewRunWith is NewRun with r's workers for the run and the commitments.
func NewRunWith(r inference.Runner, p *inference.Program, inputs [][]int64) (*Trace, error) {
	vals, err := r.ExecuteUntilFailure(p, inputs)
	var se *inference.StepError
	if err != nil && !errors.As(err, &se) {
		return nil, err
	}
	t := &Trace{Program: p, Values: vals, Failure: se}
	t.commit(p.ConstCommitments(), r.Fork)
	return t, nil
}

// recommit computes every commitment from t.Values (tests use it to build a dishonest trace).
func (t *Trace) recommit() { t.commit(nil, nil) }

// commit computes the commitments, taking constant slots' roots from cached when given. A
// constant's tree is not kept (tree builds it when a proof needs it).
func (t *Trace) commit(cached []common.Hash, fork inference.Fork) {
	p, vals := t.Program, t.Values
	t.tensors = make([]*merkle.Tree, len(p.Values))
	t.slotLeaves, t.States = nil, nil
	written := make([]bool, len(p.Values))
	for i := range p.Values {
		written[i] = p.Values[i].Const != nil
	}
	for _, id := range p.Inputs {
		written[id] = true
	}
	t.writtenAt = make([]int, len(p.Values))
	for i := range t.writtenAt {
		if !written[i] {
			t.writtenAt[i] = -1
		}
	}
	ssa, seen := true, slices.Clone(written)
	for _, s := range p.Steps {
		if seen[s.Out] {
			ssa = false
		}
		seen[s.Out] = true
	}
	leaves := make([]common.Hash, len(p.Values))
	roots := make([]common.Hash, len(p.Values))
	// Each slot's tree is its own: they are hashed at once when there are workers.
	var hashed []int
	for i := range p.Values {
		if p.Values[i].Const != nil && cached != nil {
			roots[i] = cached[i]
		} else {
			hashed = append(hashed, i)
		}
	}
	hash := func(k int) {
		i := hashed[k]
		tree := merkle.Tensor(vals[i])
		roots[i] = tree.Root()
		if p.Values[i].Const == nil {
			t.tensors[i] = tree // a constant's tree is rebuilt when a proof opens it
		}
	}
	if fork != nil {
		fork(len(hashed), hash)
	} else {
		for k := range hashed {
			hash(k)
		}
	}
	for i := range p.Values {
		if written[i] {
			leaves[i] = roots[i]
		}
	}
	st := merkle.New(leaves)
	if !ssa {
		t.slotLeaves = append(t.slotLeaves, append([]common.Hash{}, leaves...))
	}
	t.States = append(t.States, st.Root())
	for i, s := range p.Steps {
		if t.Failure != nil && i >= t.Failure.Step {
			// The failing step has no post-state; the tree keeps its n+1 leaves.
			t.States = append(t.States, common.Hash{})
			continue
		}
		leaves[s.Out] = roots[s.Out]
		t.writtenAt[s.Out] = i + 1
		st.Set(int(s.Out), leaves[s.Out])
		if !ssa {
			t.slotLeaves = append(t.slotLeaves, append([]common.Hash{}, leaves...))
		}
		t.States = append(t.States, st.Root())
	}
	t.lastLeaves = leaves
	t.stateTree = merkle.New(t.States)
	t.Root = t.stateTree.Root()
}

// tree is slot's tensor tree; a constant's is rebuilt from its values each time (only a dispute
// opens a constant, a few times at most), so a trace shared between goroutines is never written.
func (t *Trace) tree(slot int32) *merkle.Tree {
	if t.tensors[slot] != nil {
		return t.tensors[slot]
	}
	return merkle.Tensor(t.Values[slot])
}

// Opening reveals one leaf of one slot's tensor at a state: the leaf's values, its Merkle path to
// the slot commitment, and the slot commitment's path to the state root.
type Opening struct {
	Slot       int32
	Leaf       int64
	Values     [merkle.ElemsPerLeaf]int64
	LeafProof  []common.Hash
	Commitment common.Hash
	SlotProof  []common.Hash
}

// ElementProof is what a one-step proof carries for element Index of step Step's output: the
// states before and after (with their paths to the trace root) and openings of every input
// element the op reads (against the pre-state) and of the output element (against the post-state).
type ElementProof struct {
	Step                int
	Index               int64
	Pre, Post           common.Hash
	PreProof, PostProof []common.Hash
	Inputs              []Opening
	Output              Opening
}

func (t *Trace) open(state int, slot int32, idx int64) Opening {
	leaf := idx / merkle.ElemsPerLeaf
	tree := t.tree(slot)
	st := merkle.New(t.slots(state))
	return Opening{
		Slot: slot, Leaf: leaf, Values: merkle.LeafValues(tree.Level(0)[leaf]), LeafProof: tree.Proof(int(leaf)),
		Commitment: tree.Root(), SlotProof: st.Proof(int(slot)),
	}
}

// ProveElement builds the proof for output element j of step i.
func (t *Trace) ProveElement(i int, j int64) (*ElementProof, error) {
	p := t.Program
	if i < 0 || i >= len(p.Steps) {
		return nil, fmt.Errorf("step %d out of range", i)
	}
	s := &p.Steps[i]
	if j < 0 || j >= p.Values[s.Out].Len() {
		return nil, fmt.Errorf("element %d out of range", j)
	}
	var reads []elemRef
	_, err := inference.ElementValue(p, s, j, func(slot int32, idx int64) (int64, error) {
		reads = append(reads, elemRef{slot, idx})
		return t.Values[slot][idx], nil
	})
	if err != nil {
		return nil, err
	}
	pr := &ElementProof{
		Step: i, Index: j, Pre: t.States[i], Post: t.States[i+1],
		PreProof: t.stateTree.Proof(i), PostProof: t.stateTree.Proof(i + 1),
		Output: t.open(i+1, s.Out, j),
	}
	seen := map[[2]int64]bool{}
	for _, r := range reads {
		key := [2]int64{int64(r.Slot), r.Index / merkle.ElemsPerLeaf}
		if p.Values[r.Slot].Const != nil {
			continue // constants are part of the program the verifier holds
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		pr.Inputs = append(pr.Inputs, t.open(i, r.Slot, r.Index))
	}
	return pr, nil
}

// VerifyElement checks an element proof against a trace root, recomputing the element from the
// opened inputs with the op's per-element semantics (ElementValue) and comparing it with the
// opened output: what the on-chain one-step verifier does.
func VerifyElement(p *inference.Program, root common.Hash, pr *ElementProof) error {
	if pr.Step < 0 || pr.Step >= len(p.Steps) {
		return fmt.Errorf("step %d out of range", pr.Step)
	}
	s := &p.Steps[pr.Step]
	if !merkle.Verify(root, pr.Pre, int64(pr.Step), pr.PreProof) || !merkle.Verify(root, pr.Post, int64(pr.Step+1), pr.PostProof) {
		return fmt.Errorf("states are not in the trace")
	}
	check := func(o Opening, state common.Hash) error {
		if !merkle.Verify(state, o.Commitment, int64(o.Slot), o.SlotProof) {
			return fmt.Errorf("slot %d commitment not in the state", o.Slot)
		}
		leaf := merkle.TensorLeaves(o.Values[:])[0]
		if !merkle.Verify(o.Commitment, leaf, o.Leaf, o.LeafProof) {
			return fmt.Errorf("slot %d leaf %d not in its tensor", o.Slot, o.Leaf)
		}
		return nil
	}
	if o := pr.Output; o.Slot != s.Out || o.Leaf != pr.Index/merkle.ElemsPerLeaf {
		return fmt.Errorf("output opening is not element %d of slot %d", pr.Index, s.Out)
	}
	if err := check(pr.Output, pr.Post); err != nil {
		return err
	}
	opened := map[[2]int64][merkle.ElemsPerLeaf]int64{}
	for _, o := range pr.Inputs {
		if err := check(o, pr.Pre); err != nil {
			return err
		}
		opened[[2]int64{int64(o.Slot), o.Leaf}] = o.Values
	}
	get := func(slot int32, idx int64) (int64, error) {
		if c := p.Values[slot].Const; c != nil {
			return c[idx], nil // constants are part of the program
		}
		vs, ok := opened[[2]int64{int64(slot), idx / merkle.ElemsPerLeaf}]
		if !ok {
			return 0, fmt.Errorf("element %d of slot %d not opened", idx, slot)
		}
		return vs[idx%merkle.ElemsPerLeaf], nil
	}
	v, err := inference.ElementValue(p, s, pr.Index, get)
	if err != nil {
		return err
	}
	if claimed := pr.Output.Values[pr.Index%merkle.ElemsPerLeaf]; v != claimed {
		return fmt.Errorf("%w: step %d element %d is %d, claimed %d", ErrWrongStep, pr.Step, pr.Index, v, claimed)
	}
	return nil
}

type elemRef struct {
	Slot  int32
	Index int64
}

// ErrWrongStep: the claimed output element differs from the recomputed one.
var ErrWrongStep = fmt.Errorf("wrong step")

// CommitValues commits to slot values as given, without running the program: a trace as a
// dishonest party might post it (tests and the dispute game's adversarial players use it).
func CommitValues(p *inference.Program, vals [][]int64) *Trace {
	t := &Trace{Program: p, Values: vals}
	t.recommit()
	return t
}

// CommitFailure commits to slot values as given with step `step` failing (its state and later
// ones zero): an execution-error claim's trace as a dishonest party might post it.
func CommitFailure(p *inference.Program, vals [][]int64, step int) *Trace {
	t := &Trace{Program: p, Values: vals, Failure: &inference.StepError{Step: step, Err: inference.ErrOverflow}}
	t.recommit()
	return t
}

// slots is the vector of slot commitments at state k (fresh: the caller may keep it).
func (t *Trace) slots(k int) []common.Hash {
	if t.slotLeaves != nil {
		return append([]common.Hash{}, t.slotLeaves[k]...)
	}
	leaves := make([]common.Hash, len(t.lastLeaves))
	for i, at := range t.writtenAt {
		if at >= 0 && at <= k {
			leaves[i] = t.lastLeaves[i]
		}
	}
	return leaves
}

// Slots is the vector of slot commitments at state k (the leaves of state root k).
func (t *Trace) Slots(k int) []common.Hash { return t.slots(k) }

// StateProof is the path of state root k to the trace root.
func (t *Trace) StateProof(k int) []common.Hash { return t.stateTree.Proof(k) }

// SlotProof is the path of slot's commitment to state root k.
func (t *Trace) SlotProof(k int, slot int32) []common.Hash {
	return merkle.New(t.slots(k)).Proof(int(slot))
}

// StateNode is one node of the trace tree (zero past the level's end).
func (t *Trace) StateNode(level int, idx uint64) common.Hash {
	if level > t.stateTree.Height() || idx >= uint64(len(t.stateTree.Level(level))) {
		return common.Hash{}
	}
	return t.stateTree.Level(level)[idx]
}

// TensorHeight is the height of slot's tensor tree (0: a single leaf).
func (t *Trace) TensorHeight(slot int32) int { return t.tree(slot).Height() }

// TensorNodes are the nodes of slot's tensor tree at a level (0: the packed leaves).
func (t *Trace) TensorNodes(slot int32, level int) []common.Hash {
	return append([]common.Hash{}, t.tree(slot).Level(level)...)
}

// TensorProof is the path of one leaf of slot's tensor to its commitment.
func (t *Trace) TensorProof(slot int32, leaf int64) []common.Hash {
	return t.tree(slot).Proof(int(leaf))
}

// NewFromInput decodes a request's input bytes and runs the program with its trace.
func NewFromInput(p *inference.Program, input []byte) (*Trace, error) {
	return NewFromInputWith(inference.Runner{}, p, input)
}

// NewFromInputWith is NewFromInput with r's workers.
func NewFromInputWith(r inference.Runner, p *inference.Program, input []byte) (*Trace, error) {
	inputs, err := inference.DecodeInput(p, input)
	if err != nil {
		return nil, err
	}
	return NewWith(r, p, inputs)
}

// NewRunFromInput decodes input and commits to its run whether or not a step fails (Trace.Failure);
// only an invalid input is an error.
func NewRunFromInput(p *inference.Program, input []byte) (*Trace, error) {
	return NewRunFromInputWith(inference.Runner{}, p, input)
}

// NewRunFromInputWith is NewRunFromInput with r's workers.
func NewRunFromInputWith(r inference.Runner, p *inference.Program, input []byte) (*Trace, error) {
	inputs, err := inference.DecodeInput(p, input)
	if err != nil {
		return nil, err
	}
	return NewRunWith(r, p, inputs)
}

// Output is the trace's output bytes (EncodeOutput of the program's outputs).
func (t *Trace) Output() []byte {
	outs := make([][]int64, len(t.Program.Outputs))
	for i, id := range t.Program.Outputs {
		outs[i] = t.Values[id]
	}
	return inference.EncodeOutput(outs)
}
