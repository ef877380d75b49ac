package fraudproof

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/modelregistry"
)

// TestOneStepOnMnist8 recomputes, on-chain, the middle element of every step of a real mnist-8
// run and reports the gas of each one-step call (calldata and compute; the game's Merkle checks of
// the openings come on top).
func TestOneStepOnMnist8(t *testing.T) {
	root := filepath.Join("..")
	art, err := modelregistry.BuildFile(filepath.Join(root, "models", "mnist-8", "model.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	digits, err := os.ReadFile(filepath.Join(root, "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	p := art.Program
	in, err := inference.DecodeInput(p, digits[:784])
	if err != nil {
		t.Fatal(err)
	}
	tr, err := trace.New(p, in)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c, v := deployVerifier(t)
	var worst uint64
	for i, s := range p.Steps {
		j := p.Values[s.Out].Len() / 2
		leaves, want, err := ElementLeaves(p, i, j, tr.Values)
		if err != nil {
			t.Fatal(err)
		}
		d := inference.EncodeStepDesc(p.StepDesc(i))
		got, err := v.CallElementValue(ctx, d, uint64(j), leaves)
		if err != nil || got != want || got != tr.Values[s.Out][j] {
			t.Fatalf("step %d (%s): on-chain %d (%v), engine %d", i, s.Op, got, err, tr.Values[s.Out][j])
		}
		gas, err := v.EstimateElementValue(ctx, c.Client, d, uint64(j), leaves)
		if err != nil {
			t.Fatal(err)
		}
		worst = max(worst, gas)
		t.Logf("step %2d %-8s element %5d: %3d leaves opened, %8d gas", i, s.Op, j, len(leaves), gas)
	}
	t.Logf("worst one-step call: %d gas", worst)
}
