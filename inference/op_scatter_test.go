package inference

import (
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func TestScatterTopK(t *testing.T) {
	f, i64 := onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	// ScatterElements on axis 1 of [2, 4], add, duplicates and a negative index; indices [2, 2].
	data := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	g := onnxbuild.NewGraph(18).Input("d", f, 2, 4).Input("i", i64, 2, 2).Input("u", f, 2, 2).
		Node("ScatterElements", []string{"d", "i", "u"}, []string{"y"}, onnxbuild.A("axis", 1), onnxbuild.A("reduction", "add")).
		Output("y", f, 2, 4)
	got := runReal(t, compileGraph(t, g), data, []float64{1, 1, -1, 0}, []float64{0.5, 0.25, 2, 3})[0]
	near(t, "ScatterElements", got, []float64{1, 2.75, 3, 4, 8, 6, 7, 10}, 0)

	// ScatterND of rows of [3, 2] by index tuples of length 1, mul (row 2 twice: 2 and −1).
	g = onnxbuild.NewGraph(18).Input("d", f, 3, 2).Input("i", i64, 2, 1).Input("u", f, 2, 2).
		Node("ScatterND", []string{"d", "i", "u"}, []string{"y"}, onnxbuild.A("reduction", "mul")).Output("y", f, 3, 2)
	got = runReal(t, compileGraph(t, g), []float64{1, 2, 3, 4, 5, 6}, []float64{2, -1}, []float64{2, 3, 0.5, 0.5})[0]
	near(t, "ScatterND", got, []float64{1, 2, 3, 4, 5, 9}, 0)

	// TopK k = 3 on axis 0 of [5, 2], ties to the lower index, largest and smallest.
	x := []float64{3, 1, 5, 1, 3, 2, 5, 1, 0, 2}
	for _, tc := range []struct {
		largest       int
		vals, indices []float64
	}{{1, []float64{5, 2, 5, 2, 3, 1}, []float64{1, 2, 3, 4, 0, 0}}, {0, []float64{0, 1, 3, 1, 3, 1}, []float64{4, 0, 0, 1, 2, 3}}} {
		g = onnxbuild.NewGraph(11).Input("x", f, 5, 2).Init("k", onnxbuild.Ints([]int64{1}, 3)).
			Node("TopK", []string{"x", "k"}, []string{"v", "i"}, onnxbuild.A("axis", 0), onnxbuild.A("largest", tc.largest)).
			Output("v", f, 3, 2).Output("i", i64, 3, 2)
		out := runReal(t, compileGraph(t, g), x)
		near(t, "TopK values", out[0], tc.vals, 0)
		near(t, "TopK indices", out[1], tc.indices, 0)
	}
}

func TestTensorScatter(t *testing.T) {
	f, i64 := onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	// Cache [2, 4, 1], update [2, 2, 1], circular: batch 0 writes at 1–2, batch 1 at 3 and 0.
	g := onnxbuild.NewGraph(24).Input("c", f, 2, 4, 1).Input("u", f, 2, 2, 1).Input("w", i64, 2).
		Node("TensorScatter", []string{"c", "u", "w"}, []string{"y"}, onnxbuild.A("axis", 1), onnxbuild.A("mode", "circular")).
		Output("y", f, 2, 4, 1)
	got := runReal(t, compileGraph(t, g), []float64{1, 2, 3, 4, 5, 6, 7, 8}, []float64{-1, -2, -3, -4}, []float64{1, 3})[0]
	near(t, "TensorScatter", got, []float64{1, -1, -2, 4, -4, 6, 7, -3}, 0)
}
