package trace

import (
	"errors"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/internal/testmodel"
	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/auspex-labs/auspex/internal/testutil"
)

// For every step of mnist-8, sampled output elements recompute from their inputs alone to the
// kernel's value, their proofs verify against the trace root, and a tampered output is caught.
func TestTraceProofsMnist8(t *testing.T) {
	dir := filepath.Join(testutil.SharedData(t), "models", "mnist-8")
	p, err := inference.Compile(testmodel.Load(t, filepath.Join(dir, "model.onnx")), inference.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	x := testmodel.Tensor(t, filepath.Join(dir, "test_data_set_0", "input_0.pb"))
	in := make([]int64, len(x.Floats))
	for i, f := range x.Floats {
		in[i], _ = inference.Quantize(f, inference.DefaultScale)
	}
	tr, err := New(p, [][]int64{in})
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.States) != len(p.Steps)+1 {
		t.Fatalf("%d states for %d steps", len(tr.States), len(p.Steps))
	}
	again, _ := New(p, [][]int64{in})
	if again.Root != tr.Root {
		t.Fatal("trace root not deterministic")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var checked, maxInputs int
	for i, s := range p.Steps {
		n := p.Values[s.Out].Len()
		for k := 0; k < 8; k++ {
			j := rng.Int64N(n)
			pr, err := tr.ProveElement(i, j)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyElement(p, tr.Root, pr); err != nil {
				t.Fatalf("step %d (%s) element %d: %v", i, s.Op, j, err)
			}
			maxInputs = max(maxInputs, len(pr.Inputs))
			bad := *pr
			bad.Output.Values[j%merkle.ElemsPerLeaf]++
			if err := VerifyElement(p, tr.Root, &bad); err == nil {
				t.Fatalf("step %d: tampered output accepted", i)
			}
			checked++
		}
	}
	t.Logf("trace root %s: %d steps, %d element proofs verified, up to %d opened leaves per proof", tr.Root, len(p.Steps), checked, maxInputs)
}

// A lie in one step: the recomputation from the (honest) inputs differs from the claimed output.
func TestVerifyElementCatchesAWrongStep(t *testing.T) {
	dir := filepath.Join(testutil.SharedData(t), "models", "mnist-8")
	p, err := inference.Compile(testmodel.Load(t, filepath.Join(dir, "model.onnx")), inference.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	in := make([]int64, 784)
	for i := range in {
		in[i] = int64(i%255) << 16
	}
	tr, err := New(p, [][]int64{in})
	if err != nil {
		t.Fatal(err)
	}
	// Corrupt step 3's output in a copy of the run and rebuild commitments from it.
	s := p.Steps[3]
	tr.Values[s.Out][5]++
	lie := &Trace{Program: p, Values: tr.Values}
	lie.recommit()
	pr, err := lie.ProveElement(3, 5)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyElement(p, lie.Root, pr); !errors.Is(err, ErrWrongStep) {
		t.Fatalf("got %v, want ErrWrongStep", err)
	}
}
