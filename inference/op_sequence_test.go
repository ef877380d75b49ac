package inference

import (
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func TestSequences(t *testing.T) {
	f, i64 := onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	// Split [3, 2] into its rows (squeezed), erase the middle one, insert y at the front, stack on
	// a new last axis, and count.
	g := onnxbuild.NewGraph(18).Input("x", f, 3, 2).Input("y", f, 2).
		Init("mid", onnxbuild.Ints(nil, 1)).Init("front", onnxbuild.Ints(nil, -2)).
		Node("SplitToSequence", []string{"x"}, []string{"s1"}, onnxbuild.A("keepdims", 0)).
		Node("SequenceErase", []string{"s1", "mid"}, []string{"s2"}).
		Node("SequenceInsert", []string{"s2", "y", "front"}, []string{"s3"}).
		Node("ConcatFromSequence", []string{"s3"}, []string{"z"}, onnxbuild.A("axis", -1), onnxbuild.A("new_axis", 1)).
		Node("SequenceLength", []string{"s3"}, []string{"n"}).
		Output("z", f, 2, 3).Output("n", i64)
	out := runReal(t, compileGraph(t, g), []float64{1, 2, 3, 4, 5, 6}, []float64{7, 8})
	near(t, "sequence stack", out[0], []float64{7, 1, 5, 8, 2, 6}, 0)
	near(t, "SequenceLength", out[1], []float64{3}, 0)
}
