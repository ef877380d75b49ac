package trace

import (
	"math/rand/v2"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
)

// A generation program is an ordinary program to the dispute game: its trace commits to every
// state (each state's slot commitments, rebuilt on demand, hash to its root) and sampled steps'
// element proofs verify, also in a failed run's trace.
func TestGenerateTrace(t *testing.T) {
	m, err := onnx.Decode(onnxbuild.TinyDecoder().Build().Bytes(), onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	opt := inference.DefaultOptions
	opt.Generate = &inference.Generate{Steps: 3, PromptLen: 2, Temperature: 1}
	p, err := inference.Compile(m, opt)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, in := range [][][]int64{{{4, 9}, {77}}, {{4, 99}, {77}}} {
		tr, err := NewRun(p, in)
		if err != nil {
			t.Fatal(err)
		}
		last := len(p.Steps)
		if tr.Failure != nil {
			last = tr.Failure.Step
		}
		for k := 0; k <= last; k++ {
			if got := merkle.Root(tr.Slots(k)); got != tr.States[k] {
				t.Fatalf("state %d: its slots hash to %s, the state is %s", k, got, tr.States[k])
			}
		}
		for n := 0; n < 64 && last > 0; n++ {
			i := rng.IntN(last)
			j := rng.Int64N(p.Values[p.Steps[i].Out].Len())
			pr, err := tr.ProveElement(i, j)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyElement(p, tr.Root, pr); err != nil {
				t.Fatalf("step %d (%s) element %d: %v", i, p.Steps[i].Node, j, err)
			}
		}
		if in[0][1] == 99 && tr.Failure == nil {
			t.Error("token 99 of 23 ran")
		}
	}
}
