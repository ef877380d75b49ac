package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
)

// `auspex model register` refuses issue 15's model bomb before it connects to anything: the
// deployment named here does not exist, so any transaction (or connection) would fail otherwise.
func TestModelRegisterRefusesTheModelBomb(t *testing.T) {
	dir := t.TempDir()
	bomb := filepath.Join(dir, "bomb.onnx")
	if err := os.WriteFile(bomb, onnxbuild.ExpandBomb(2048, 8, false), 0o644); err != nil {
		t.Fatal(err)
	}
	bg := context.Background()
	out, err := runCLI(t, bg, "model", "register", "--file", bomb, "--account", "creator", "--deployment", filepath.Join(dir, "none.json"))
	if err == nil || !strings.Contains(err.Error(), "model output is 33,554,432 bytes; a proposal carries at most 16,384") {
		t.Fatalf("register: %v %s", err, out)
	}
	// 8192×8192: refused while compiling.
	big := filepath.Join(dir, "big.onnx")
	if err := os.WriteFile(big, onnxbuild.ExpandBomb(8192, 8, false), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, bg, "model", "register", "--file", big, "--account", "creator", "--deployment", filepath.Join(dir, "none.json")); err == nil ||
		!strings.Contains(err.Error(), "too large for the engine") {
		t.Fatalf("register 8192²: %v", err)
	}

	// `auspex compile` prints the resources and whether the bounds hold.
	out, err = runCLI(t, bg, "compile", "--model", bomb)
	if err != nil || !strings.Contains(out, "resources   output 33554432 bytes") || !strings.Contains(out, "limits      REFUSED") {
		t.Fatalf("compile bomb: %v\n%s", err, out)
	}
	out, err = runCLI(t, bg, "compile", "--model", filepath.Join("..", "..", "models", "mnist-8", "model.onnx"))
	if err != nil || !strings.Contains(out, "resources   output 80 bytes") || !strings.Contains(out, "within the protocol bounds") {
		t.Fatalf("compile mnist-8: %v\n%s", err, out)
	}
}

// `auspex run` prints the resources with the outputs.
func TestRunPrintsResources(t *testing.T) {
	in := filepath.Join(t.TempDir(), "x.json")
	if err := os.WriteFile(in, []byte("[0.5, 0.5, 0.5]"), 0o644); err != nil {
		t.Fatal(err)
	}
	model := filepath.Join("..", "..", "models", "gonnx-mlp", "model.onnx")
	out, err := runCLI(t, context.Background(), "run", "--model", model, "--input", in, "--json")
	if err != nil {
		t.Fatalf("run: %v %s", err, out)
	}
	var res struct {
		Resources resourcesView `json:"resources"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Resources.OutputBytes != 16 || res.Resources.PeakBytes == 0 {
		t.Fatalf("run --json: %v %s", err, out)
	}
	if out, err = runCLI(t, context.Background(), "run", "--model", model, "--input", in); err != nil || !strings.Contains(out, "resources: output 16 bytes") {
		t.Fatalf("run: %v %s", err, out)
	}
}
