package inference

import (
	"testing"

	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestLayoutProofsAndStability(t *testing.T) {
	p := &Program{
		Values: []Value{
			{Name: "x", Shape: []int64{1, 3}, Scale: 24},
			{Name: "w", Shape: []int64{3, 2}, Scale: 24, Const: []int64{1, 2, 3, 4, 5, 6}},
			{Name: "y", Shape: []int64{1, 2}, Scale: 24},
			{Name: "z", Shape: []int64{1, 2}, Scale: 24},
		},
		Inputs:  []int32{0},
		Outputs: []int32{3},
		Steps: []Step{
			{Op: OpMatMul, In: []int32{0, 1}, Out: 2, Args: []int64{}},
			{Op: OpRelu, In: []int32{2}, Out: 3},
		},
	}
	l := p.Layout()
	if len(l.StepLeaves) != len(p.Steps) || len(l.SlotLeaves) != len(p.Values) {
		t.Fatalf("%d step leaves, %d slot leaves", len(l.StepLeaves), len(l.SlotLeaves))
	}
	for i, leaf := range l.StepLeaves {
		if !merkle.Verify(l.StepsRoot(), leaf, int64(i), l.StepProof(i)) {
			t.Fatalf("step leaf %d does not verify", i)
		}
	}
	for i, leaf := range l.SlotLeaves {
		if !merkle.Verify(l.SlotsRoot(), leaf, int64(i), l.SlotProof(i)) {
			t.Fatalf("slot leaf %d does not verify", i)
		}
	}
	if crypto.Keccak256Hash(EncodeStepDesc(p.StepDesc(1))) != l.StepLeaves[1] {
		t.Fatal("step leaf is not the hash of its encoding")
	}
	if p.Layout().Root() != l.Root() {
		t.Fatal("layout root not deterministic")
	}
	p.PrecomputeCommitments()
	if p.Layout().Root() != l.Root() {
		t.Fatal("the cached layout differs from the built one")
	}
	p.constRoots, p.layout = nil, nil
	p.Values[1].Const[0] = 7 // a different weight is a different layout
	if p.Layout().Root() == l.Root() {
		t.Fatal("constants do not reach the layout root")
	}
}
