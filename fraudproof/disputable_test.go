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
	for _, m := range []string{"mnist-8", "gonnx-mlp", "velardo-sum-mlp-sigmoid"} {
		art, err := modelregistry.BuildFile(filepath.Join("..", "models", m, "model.onnx"))
		if err != nil {
			t.Fatal(err)
		}
		if err := CheckDisputable(art.Program); err != nil {
			t.Fatalf("%s: %v", m, err)
		}
	}
	p := &inference.Program{Steps: []inference.Step{{Op: inference.OpSqrt, Node: "sqrt_1"}}}
	if err := CheckDisputable(p); err == nil || !strings.Contains(err.Error(), `Sqrt (ONNX node "sqrt_1")`) {
		t.Fatalf("an unsupported op: %v", err)
	}
}
