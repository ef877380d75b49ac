package inference

import (
	"fmt"

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
	stepDescArgs = abi.Arguments{{Type: stepDescType}}
	slotLeafArgs = abi.Arguments{{Type: mustType("uint32")}, {Type: mustType("bytes32")}}
)

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

// Layout is the program's layout tree: leaves 0..len(Steps)-1 are steps, then one leaf per slot.
type Layout struct {
	Leaves []common.Hash
	tree   *merkle
}

// Layout builds the layout tree. Its root is registered with the model (docs/DISPUTE.md).
func (p *Program) Layout() *Layout {
	leaves := make([]common.Hash, 0, len(p.Steps)+len(p.Values))
	for i := range p.Steps {
		leaves = append(leaves, crypto.Keccak256Hash(EncodeStepDesc(p.StepDesc(i))))
	}
	for i := range p.Values {
		var c common.Hash
		if p.Values[i].Const != nil {
			c = newMerkle(tensorLeaves(p.Values[i].Const)).root()
		}
		b, _ := slotLeafArgs.Pack(uint32(i), c)
		leaves = append(leaves, crypto.Keccak256Hash(b))
	}
	return &Layout{Leaves: leaves, tree: newMerkle(leaves)}
}

// Root is the layout root.
func (l *Layout) Root() common.Hash { return l.tree.root() }

// Proof is the Merkle path of leaf i.
func (l *Layout) Proof(i int) []common.Hash { return l.tree.proof(i) }
