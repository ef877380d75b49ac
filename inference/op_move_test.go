package inference

import (
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// TestPadWrapAndRuntimeValue: Pad's wrap mode takes the other end of the axis (pads may exceed
// it), and a constant_value computed at run time fills the padded positions.
func TestPadWrapAndRuntimeValue(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	g := onnxbuild.NewGraph(19).Input("x", f, 3).Input("v", f).
		Init("pads", onnxbuild.Ints([]int64{2}, 4, 2)).
		Node("Pad", []string{"x", "pads"}, []string{"w"}, onnxbuild.A("mode", "wrap")).
		Node("Pad", []string{"x", "pads", "v"}, []string{"c"}).
		Output("w", f, 9).Output("c", f, 9)
	out := runReal(t, compileGraph(t, g), []float64{1, 2, 3}, []float64{-7.5})
	for k, want := range []float64{3, 1, 2, 3, 1, 2, 3, 1, 2} {
		if out[0][k] != want {
			t.Errorf("wrap[%d] = %g, want %g", k, out[0][k], want)
		}
	}
	for k, want := range []float64{-7.5, -7.5, -7.5, -7.5, 1, 2, 3, -7.5, -7.5} {
		if out[1][k] != want {
			t.Errorf("constant[%d] = %g, want %g", k, out[1][k], want)
		}
	}
}
