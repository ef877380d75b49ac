package inference

import (
	"errors"
	"math"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
)

// compileGraph compiles a model built with onnxbuild at the default options.
func compileGraph(t *testing.T, g *onnxbuild.Graph) *Program {
	t.Helper()
	m, err := onnx.Decode(g.Bytes(), onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(m, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// runReal runs p on real inputs (quantized at each input's scale) and returns its outputs as reals,
// after checking every step's per-element rule against its kernel.
func runReal(t *testing.T, p *Program, inputs ...[]float64) [][]float64 {
	t.Helper()
	qs := make([][]int64, len(inputs))
	for i, in := range inputs {
		v := &p.Values[p.Inputs[i]]
		qs[i] = make([]int64, len(in))
		for k, x := range in {
			q, err := Quantize(x, v.Scale)
			if err != nil {
				t.Fatal(err)
			}
			if v.Int {
				q = int64(x)
			}
			qs[i][k] = q
		}
	}
	if err := CheckElements(p, qs, 1<<20); err != nil {
		t.Fatalf("per-element rules disagree with the kernels: %v", err)
	}
	outs, err := Run(p, qs)
	if err != nil {
		t.Fatal(err)
	}
	res := make([][]float64, len(outs))
	for i, o := range outs {
		v := &p.Values[p.Outputs[i]]
		res[i] = make([]float64, len(o))
		for k, q := range o {
			if v.Int {
				res[i][k] = float64(q)
			} else {
				res[i][k] = Dequantize(q, v.Scale)
			}
		}
	}
	return res
}

// compileErr compiles a model built with onnxbuild and returns the compile error.
// tryCompile compiles g, returning the error instead of failing.
func tryCompile(g *onnxbuild.Graph) (*Program, error) {
	m, err := onnx.Decode(g.Bytes(), onnx.DefaultLimits)
	if err != nil {
		return nil, err
	}
	return Compile(m, DefaultOptions)
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }

// near checks got against want element by element within tol.
func near(t *testing.T, what string, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i := range want {
		if math.Abs(got[i]-want[i]) > tol {
			t.Errorf("%s[%d] = %.6g, want %.6g", what, i, got[i], want[i])
		}
	}
}
