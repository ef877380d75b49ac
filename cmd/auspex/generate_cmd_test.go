package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/modelregistry"
)

// `auspex generate` prints the generated ids; --write-model writes the file a creator registers,
// which compiles (as every node compiles it, with the default options) to the same program.
func TestGenerateCommand(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "decoder.onnx")
	if err := os.WriteFile(model, onnxbuild.TinyDecoder().Build().Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	gen := filepath.Join(dir, "decoder.gen.onnx")
	out, err := runCLI(t, context.Background(), "generate", "--model", model, "--prompt-ids", "5,1,7", "--steps", "4", "--write-model", gen, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var res generateJSON
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(res.Tokens) != 4 || !res.WithinBounds {
		t.Fatalf("generated %v (within bounds: %t)", res.Tokens, res.WithinBounds)
	}
	art, err := modelregistry.BuildFile(gen)
	if err != nil {
		t.Fatal(err)
	}
	if art.ProgramHash.Hex() != res.ProgramHash {
		t.Errorf("the registered file compiles to %s, generate ran %s", art.ProgramHash.Hex(), res.ProgramHash)
	}
	// The written file carries the parameters: the prompt and tokens need no --steps.
	out2, err := runCLI(t, context.Background(), "generate", "--model", gen, "--prompt-ids", "5,1,7")
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Trim(jsonInts(res.Tokens), "[]"); strings.TrimSpace(out2) != want {
		t.Errorf("printed %q, want %q", out2, want)
	}
	// With the trace a node commits to: the same ids, and a root.
	out3, err := runCLI(t, context.Background(), "generate", "--model", gen, "--prompt-ids", "5,1,7", "--trace", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var traced generateJSON
	if err := json.Unmarshal([]byte(out3), &traced); err != nil || traced.TraceRoot == "" || jsonInts(traced.Tokens) != jsonInts(res.Tokens) {
		t.Errorf("traced run: %s (%v)", out3, err)
	}
	// and refuses what would not be the registered program.
	for _, args := range [][]string{
		{"generate", "--model", gen, "--prompt-ids", "5,1,7", "--steps", "5"},
		{"generate", "--model", gen, "--prompt-ids", "5,1"},
		{"generate", "--model", model, "--prompt-ids", "5,1"},
		{"generate", "--model", model, "--prompt-ids", "5,x", "--steps", "2"},
	} {
		if _, err := runCLI(t, context.Background(), args...); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
	// Sampling: the seed is the program's second input.
	a, err := runCLI(t, context.Background(), "generate", "--model", model, "--prompt-ids", "5,1,7", "--steps", "6", "--temperature", "1.5", "--seed", "3")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := runCLI(t, context.Background(), "generate", "--model", model, "--prompt-ids", "5,1,7", "--steps", "6", "--temperature", "1.5", "--seed", "3")
	if a != b || a == "" {
		t.Errorf("seed 3 printed %q then %q", a, b)
	}
	data, _ := os.ReadFile(gen)
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if g, ok, err := inference.GenerateFromMetadata(m); err != nil || !ok || g.Steps != 4 || g.PromptLen != 3 {
		t.Errorf("metadata %+v, %t, %v", g, ok, err)
	}
}

func jsonInts(v []int64) string {
	b, _ := json.Marshal(v)
	return string(b)
}
