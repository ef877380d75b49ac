package fraudproof

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/modelregistry"
)

// The Go list of on-chain ops is the contract's: elementValue supports exactly the list minus
// Table (which has its own move), and nothing else.
func TestOnChainOpsMatchTheContract(t *testing.T) {
	_, v := deployVerifier(t)
	ctx := context.Background()
	for op := inference.OpCode(1); op <= inference.OpMod; op++ {
		ok, err := v.CallIsSupported(ctx, uint16(op))
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Contains(OnChainOps, op) && op != inference.OpTable && op != inference.OpLog
		if ok != want {
			t.Fatalf("%s: contract supports %v, Go list says %v", op, ok, want)
		}
	}
}

func TestShippedModelsAreDisputable(t *testing.T) {
	// Every engine op has an on-chain one-step.
	for op := inference.OpCode(1); op <= inference.OpMod; op++ {
		if !slices.Contains(OnChainOps, op) {
			t.Fatalf("%s has no on-chain one-step", op)
		}
	}
	for _, m := range []string{"mnist-8", "gonnx-mlp", "velardo-sum-mlp-sigmoid"} {
		art, err := modelregistry.BuildFile(filepath.Join("..", "models", m, "model.onnx"))
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckDisputable(art.Program); err != nil {
			t.Fatalf("%s: %v", m, err)
		}
	}
	// An op the chain does not know is named; a long trace is fine (it is bisected).
	p := &inference.Program{Steps: []inference.Step{{Op: inference.OpCode(99), Node: "future_1"}}}
	if err := CheckDisputable(p); err == nil || !strings.Contains(err.Error(), `Op(99) (ONNX node "future_1": no one-step)`) {
		t.Fatalf("an unknown op: %v", err)
	}
	if err := CheckDisputable(chainProgram(500)); err != nil {
		t.Fatalf("a 500-step program: %v", err)
	}
}
