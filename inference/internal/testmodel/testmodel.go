// Package testmodel reads ONNX files for the engine's tests (its packages are pure and read no
// files themselves). Production code never imports it.
package testmodel

import (
	"os"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Load decodes the model at path, failing the test on any error.
func Load(t testing.TB, path string) *onnx.Model {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Tensor decodes the TensorProto at path (an ONNX test's input_0.pb), failing the test on any error.
func Tensor(t testing.TB, path string) *onnx.Tensor {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x, err := onnx.DecodeTensor(data, onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return x
}
