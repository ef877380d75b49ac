package inference

import (
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func TestCenterCropPadCompress(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	// [3, 4] → [2, 7]: rows cropped from 0 (odd extra cut at the end), columns padded 1 before, 2 after.
	x := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	g := onnxbuild.NewGraph(18).Input("x", f, 3, 4).Init("s", onnxbuild.Ints([]int64{2}, 2, 7)).
		Node("CenterCropPad", []string{"x", "s"}, []string{"y"}).Output("y", f, 2, 7)
	near(t, "CenterCropPad", runReal(t, compileGraph(t, g), x)[0],
		[]float64{0, 1, 2, 3, 4, 0, 0, 0, 5, 6, 7, 8, 0, 0}, 0)
	// Compress columns 0 and 2 (a condition shorter than the axis).
	g = onnxbuild.NewGraph(11).Input("x", f, 3, 4).Init("c", onnxbuild.Bools([]int64{3}, true, false, true)).
		Node("Compress", []string{"x", "c"}, []string{"y"}, onnxbuild.A("axis", 1)).Output("y", f, 3, 2)
	near(t, "Compress", runReal(t, compileGraph(t, g), x)[0], []float64{1, 3, 5, 7, 9, 11}, 0)
}
