package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The layout commitment (docs/DISPUTE.md): what the dispute contract needs to know about a program
// without reading it — each step's description and each slot's constant commitment — as a Merkle
// tree whose root is registered beside the programHash.

// SlotDesc describes one value slot as a step uses it.
type SlotDesc struct {
	Slot  uint32
	Scale uint8
	IsInt bool
	DType uint8
	Shape []int64
}

// StepDesc describes one step: the one-step verifier's instruction.
type StepDesc struct {
	Op   uint16
	Args []int64
	Ins  []SlotDesc
	Out  SlotDesc
}

var (
	stepDescType, _ = abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "op", Type: "uint16"}, {Name: "args", Type: "int64[]"},
		{Name: "ins", Type: "tuple[]", Components: []abi.ArgumentMarshaling{
			{Name: "slot", Type: "uint32"}, {Name: "scale", Type: "uint8"}, {Name: "isInt", Type: "bool"},
			{Name: "dtype", Type: "uint8"}, {Name: "shape", Type: "int64[]"}}},
		{Name: "out", Type: "tuple", Components: []abi.ArgumentMarshaling{
			{Name: "slot", Type: "uint32"}, {Name: "scale", Type: "uint8"}, {Name: "isInt", Type: "bool"},
			{Name: "dtype", Type: "uint8"}, {Name: "shape", Type: "int64[]"}}},
	})
	stepDescArgs   = abi.Arguments{{Type: stepDescType}}
	slotLeafArgs   = abi.Arguments{{Type: mustType("uint32")}, {Type: mustType("bytes32")}}
	outputsType, _ = abi.NewType("tuple[]", "", []abi.ArgumentMarshaling{{Name: "slot", Type: "uint32"}, {Name: "len", Type: "uint64"}})
	inputsType, _  = abi.NewType("tuple[]", "", []abi.ArgumentMarshaling{{Name: "slot", Type: "uint32"}, {Name: "len", Type: "uint64"},
		{Name: "scale", Type: "uint8"}, {Name: "isInt", Type: "bool"}, {Name: "dtype", Type: "uint8"}})
	layoutRootArgs = abi.Arguments{{Type: mustType("bytes32")}, {Type: mustType("bytes32")}, {Type: mustType("uint32")}, {Type: mustType("uint32")},
		{Type: outputsType}, {Type: inputsType}, {Type: mustType("bytes32")}, {Type: mustType("uint32")}}
	tableLeafArgs = abi.Arguments{{Type: mustType("int64")}, {Type: mustType("uint8")}, {Type: mustType("bool")}, {Type: mustType("uint64")}, {Type: mustType("bytes32")}}
)

// InputDesc is one program input as the request's bytes fill it (docs/ENCODING.md).
type InputDesc struct {
	Slot  uint32
	Len   uint64
	Scale uint8
	IsInt bool
	DType uint8
}

// OutputDesc is one program output: its slot and element count (the proposal's output bytes are
// these tensors' elements, in order, as big-endian int64).
type OutputDesc struct {
	Slot uint32
	Len  uint64
}

func mustType(t string) abi.Type {
	ty, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return ty
}

func (p *Program) slotDesc(id int32) SlotDesc {
	v := &p.Values[id]
	return SlotDesc{Slot: uint32(id), Scale: v.Scale, IsInt: v.Int, DType: v.DType, Shape: append([]int64{}, v.Shape...)}
}

// StepDesc is step i's description.
func (p *Program) StepDesc(i int) StepDesc {
	s := &p.Steps[i]
	d := StepDesc{Op: uint16(s.Op), Args: append([]int64{}, s.Args...), Out: p.slotDesc(s.Out)}
	for _, in := range s.In {
		d.Ins = append(d.Ins, p.slotDesc(in))
	}
	if d.Args == nil {
		d.Args = []int64{}
	}
	return d
}

// EncodeStepDesc is the ABI encoding the contract decodes (abi.decode(data, (StepDesc))).
func EncodeStepDesc(d StepDesc) []byte {
	type slot struct {
		Slot  uint32
		Scale uint8
		IsInt bool
		Dtype uint8
		Shape []int64
	}
	conv := func(s SlotDesc) slot { return slot{s.Slot, s.Scale, s.IsInt, s.DType, nonNilInt64(s.Shape)} }
	ins := make([]slot, len(d.Ins))
	for i, s := range d.Ins {
		ins[i] = conv(s)
	}
	b, err := stepDescArgs.Pack(struct {
		Op   uint16
		Args []int64
		Ins  []slot
		Out  slot
	}{d.Op, nonNilInt64(d.Args), ins, conv(d.Out)})
	if err != nil {
		panic(fmt.Sprintf("encode step desc: %v", err)) // static types: cannot fail
	}
	return b
}

func nonNilInt64(v []int64) []int64 {
	if v == nil {
		return []int64{}
	}
	return v
}

// Layout is the program's layout: a Merkle tree over the step descriptions (leaf i = keccak256 of
// step i's ABI encoding) and one over the slots (leaf k = keccak256(abi.encode(uint32 k, bytes32
// constant commitment or zero))), bound with their sizes, outputs and inputs into the root the
// registry records: layoutRoot = keccak256(abi.encode(stepsRoot, slotsRoot, uint32 nSteps, uint32
// nSlots, (uint32 slot, uint64 len)[] outputs, (uint32 slot, uint64 len, uint8 scale, bool isInt,
// uint8 dtype)[] inputs, tablesRoot, uint32 nTables)), the table tree holding one leaf per table.
type Layout struct {
	StepLeaves, SlotLeaves []common.Hash
	Outputs                []OutputDesc
	Inputs                 []InputDesc
	// Consts are the slots' constant commitments (zero for computed slots): the slot leaves' contents.
	Consts []common.Hash
	// TableLeaves commit to each table: keccak256(abi.encode(lo, shift, overflowAbove, len, valuesRoot)).
	TableLeaves          []common.Hash
	tableValues          []*merkle.Tree
	steps, slots, tables *merkle.Tree
}

// Layout is the program's layout trees (cached once PrecomputeCommitments has run).
func (p *Program) Layout() *Layout {
	if p.layout != nil {
		return p.layout // built once by PrecomputeCommitments
	}
	return p.buildLayout()
}

func (p *Program) buildLayout() *Layout {
	l := &Layout{}
	for i := range p.Steps {
		l.StepLeaves = append(l.StepLeaves, crypto.Keccak256Hash(EncodeStepDesc(p.StepDesc(i))))
	}
	consts := p.ConstCommitments()
	for i := range p.Values {
		c := consts[i]
		b, _ := slotLeafArgs.Pack(uint32(i), c)
		l.SlotLeaves = append(l.SlotLeaves, crypto.Keccak256Hash(b))
		l.Consts = append(l.Consts, c)
	}
	for _, id := range p.Inputs {
		v := &p.Values[id]
		l.Inputs = append(l.Inputs, InputDesc{Slot: uint32(id), Len: uint64(v.Len()), Scale: v.Scale, IsInt: v.Int, DType: v.DType})
	}
	for _, id := range p.Outputs {
		l.Outputs = append(l.Outputs, OutputDesc{Slot: uint32(id), Len: uint64(p.Values[id].Len())})
	}
	for i := range p.Tables {
		t := &p.Tables[i]
		vt := merkle.Tensor(t.Values)
		b, _ := tableLeafArgs.Pack(t.Lo, t.Shift, t.OverflowAbove, uint64(len(t.Values)), vt.Root())
		l.TableLeaves = append(l.TableLeaves, crypto.Keccak256Hash(b))
		l.tableValues = append(l.tableValues, vt)
	}
	l.steps, l.slots, l.tables = merkle.New(l.StepLeaves), merkle.New(l.SlotLeaves), merkle.New(l.TableLeaves)
	return l
}

// TablesRoot is the table tree's root.
func (l *Layout) TablesRoot() common.Hash { return l.tables.Root() }

// TableProof is the path of table t's leaf.
func (l *Layout) TableProof(t int) []common.Hash { return l.tables.Proof(t) }

// TableValuesRoot is the commitment to table t's values (4 per leaf, as tensors).
func (l *Layout) TableValuesRoot(t int) common.Hash { return l.tableValues[t].Root() }

// TableValueProof is the path of one leaf of table t's values.
func (l *Layout) TableValueProof(t int, leaf int64) []common.Hash {
	return l.tableValues[t].Proof(int(leaf))
}

// StepsRoot and SlotsRoot are the two trees' roots.
func (l *Layout) StepsRoot() common.Hash { return l.steps.Root() }

// SlotsRoot is the slot tree's root.
func (l *Layout) SlotsRoot() common.Hash { return l.slots.Root() }

// Root is the layout root registered with the model.
func (l *Layout) Root() common.Hash {
	type out struct {
		Slot uint32
		Len  uint64
	}
	outs := make([]out, len(l.Outputs))
	for i, o := range l.Outputs {
		outs[i] = out{o.Slot, o.Len}
	}
	type in struct {
		Slot  uint32
		Len   uint64
		Scale uint8
		IsInt bool
		Dtype uint8
	}
	ins := make([]in, len(l.Inputs))
	for i, d := range l.Inputs {
		ins[i] = in{d.Slot, d.Len, d.Scale, d.IsInt, d.DType}
	}
	b, err := layoutRootArgs.Pack(l.StepsRoot(), l.SlotsRoot(), uint32(len(l.StepLeaves)), uint32(len(l.SlotLeaves)), outs, ins,
		l.TablesRoot(), uint32(len(l.TableLeaves)))
	if err != nil {
		panic(fmt.Sprintf("layout root: %v", err)) // static types: cannot fail
	}
	return crypto.Keccak256Hash(b)
}

// StepProof is the Merkle path of step i's leaf; SlotProof that of slot k's.
func (l *Layout) StepProof(i int) []common.Hash { return l.steps.Proof(i) }

// SlotProof is the Merkle path of slot k's leaf.
func (l *Layout) SlotProof(k int) []common.Hash { return l.slots.Proof(k) }

// PrecomputeCommitments commits to the program's constants and builds its layout once, so that
// every later trace and Layout reuses them instead of rehashing the weights. Call it before sharing
// p between goroutines; the result is identical with or without it.
func (p *Program) PrecomputeCommitments() {
	p.constRoots = p.ConstCommitments()
	p.layout = p.buildLayout()
}

// ConstCommitments is every slot's constant commitment (zero for computed slots): the root of
// its tensor tree, cached by PrecomputeCommitments.
func (p *Program) ConstCommitments() []common.Hash {
	if p.constRoots != nil {
		return p.constRoots
	}
	roots := make([]common.Hash, len(p.Values))
	for i := range p.Values {
		if p.Values[i].Const != nil {
			roots[i] = merkle.Tensor(p.Values[i].Const).Root()
		}
	}
	return roots
}
