package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// writeSymbolicModel writes an image model whose input x is [1, 3, height, width].
func writeSymbolicModel(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "symbolic.onnx")
	data := onnxbuild.SymbolicConv(onnxbuild.Dim{Size: 1}, onnxbuild.Dim{Size: 3}, onnxbuild.Sym("height"), onnxbuild.Sym("width"))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var programHashLine = regexp.MustCompile(`programHash (0x[0-9a-f]{64})`)

// `auspex compile --shape`: a symbolic input compiles only with its shape, and the shape is part of
// the program hash; without it the error names the input and the dimension.
func TestCompileShapeFlag(t *testing.T) {
	model := writeSymbolicModel(t)
	bg := context.Background()
	_, err := runCLI(t, bg, "compile", "--model", model)
	if err == nil || !strings.Contains(err.Error(), `input "x" dimension 2 ("height") is symbolic: give its size with --shape x=1x3x<height>x<width>`) {
		t.Fatalf("compile without --shape: %v", err)
	}
	hash := func(args ...string) string {
		t.Helper()
		out, err := runCLI(t, bg, append([]string{"compile", "--model", model}, args...)...)
		if err != nil {
			t.Fatalf("compile %v: %v", args, err)
		}
		m := programHashLine.FindStringSubmatch(out)
		if m == nil || !strings.Contains(out, "shapes      x=") || !strings.Contains(out, "(declared [1 3 height width])") {
			t.Fatalf("compile %v:\n%s", args, out)
		}
		return m[1]
	}
	a, b := hash("--shape", "x=1x3x8x8"), hash("--shape", "x=1,3,8,12")
	if a == b {
		t.Fatal("two shapes, one program hash")
	}
	if again := hash("--shape", "x=1,3,8,8"); again != a {
		t.Fatal("1x3x8x8 and 1,3,8,8 compiled differently")
	}
	for _, c := range []struct {
		shapes []string
		want   string
	}{
		{[]string{"y=1x3x8x8"}, `"y", which is not an input of the model`},
		{[]string{"x=1x4x8x8"}, "conflicts with the declared size 3 of axis 1"},
		{[]string{"x=1x3xHx8"}, `dimension "H" is not a size`},
		{[]string{"x=1x3x8x8", "x=1x3x8x8"}, "given twice"},
	} {
		args := []string{"compile", "--model", model}
		for _, s := range c.shapes {
			args = append(args, "--shape", s)
		}
		if _, err := runCLI(t, bg, args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("--shape %v: %v, want %q", c.shapes, err, c.want)
		}
	}
}

// `auspex run` binds an open input to its .pb tensor's shape without --shape; a flat JSON input
// needs --shape.
func TestRunShapes(t *testing.T) {
	model := writeSymbolicModel(t)
	dir := t.TempDir()
	pb := filepath.Join(dir, "x.pb")
	vals := make([]float32, 3*4*5)
	for i := range vals {
		vals[i] = float32(i%7) / 7
	}
	data, err := proto.Marshal(&onnxpb.TensorProto{DataType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)), Dims: []int64{1, 3, 4, 5}, FloatData: vals})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pb, data, 0o644); err != nil {
		t.Fatal(err)
	}
	js := filepath.Join(dir, "x.json")
	flat, _ := json.Marshal(vals)
	if err := os.WriteFile(js, flat, 0o644); err != nil {
		t.Fatal(err)
	}
	bg := context.Background()
	var res struct {
		ProgramHash string             `json:"program_hash"`
		InputShapes map[string][]int64 `json:"input_shapes"`
		Outputs     []outputJSON       `json:"outputs"`
	}
	out, err := runCLI(t, bg, "run", "--model", model, "--input", pb, "--json")
	if err != nil {
		t.Fatalf("run .pb: %v %s", err, out)
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Outputs) != 1 || len(res.Outputs[0].Q) != 2*4*5 ||
		len(res.InputShapes["x"]) != 4 || res.InputShapes["x"][3] != 5 {
		t.Fatalf("run .pb: %v %s", err, out)
	}
	fromTensor := res.ProgramHash
	if _, err := runCLI(t, bg, "run", "--model", model, "--input", js); err == nil || !strings.Contains(err.Error(), `input "x" dimension 2 ("height") is symbolic`) {
		t.Fatalf("run .json without --shape: %v", err)
	}
	out, err = runCLI(t, bg, "run", "--model", model, "--input", js, "--shape", "x=1x3x4x5", "--json")
	if err != nil || json.Unmarshal([]byte(out), &res) != nil || res.ProgramHash != fromTensor {
		t.Fatalf("run .json --shape: %v %s", err, out)
	}
	// A shape that does not hold the input's values.
	if _, err := runCLI(t, bg, "run", "--model", model, "--input", pb, "--shape", "x=1x3x5x5"); err == nil || !strings.Contains(err.Error(), "60 values, the model takes shape [1 3 5 5]") {
		t.Fatalf("run with a shape of other size: %v", err)
	}
}

// TestRunTakesEZKLInput: EZKL's input.json (every input in one file, with its shapes) runs as it is;
// values that do not fill their declared shape are refused with the reason.
func TestRunTakesEZKLInput(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "ezkl", "1l_mlp")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no EZKL example")
	}
	model := filepath.Join(dir, "network.onnx")
	bg := context.Background()
	out, err := runCLI(t, bg, "run", "--model", model, "--input", filepath.Join(dir, "input.json"))
	if err != nil || !strings.Contains(out, "output [1 4]") {
		t.Fatalf("run on EZKL's input.json: %v\n%s", err, out)
	}
	bad := filepath.Join(t.TempDir(), "input.json")
	if err := os.WriteFile(bad, []byte(`{"input_data": [[1, 2, 3]], "input_shapes": [[1, 4]]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, bg, "run", "--model", model, "--input", bad); err == nil || !strings.Contains(err.Error(), "input_shapes entry [1 4] holds 4") {
		t.Fatalf("an input_data entry that does not fill its shape: %v", err)
	}
}
