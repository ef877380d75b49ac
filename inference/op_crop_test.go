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

func TestReverseSequenceAffineGrid(t *testing.T) {
	f, i64 := onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	// [T=3, B=2]: batch 0 reverses 2 steps, batch 1 all 3.
	g := onnxbuild.NewGraph(10).Input("x", f, 3, 2).Input("l", i64, 2).
		Node("ReverseSequence", []string{"x", "l"}, []string{"y"}).Output("y", f, 3, 2)
	near(t, "ReverseSequence", runReal(t, compileGraph(t, g), []float64{1, 2, 3, 4, 5, 6}, []float64{2, 3})[0],
		[]float64{3, 6, 1, 4, 5, 2}, 0)
	// AffineGrid 2-D, H = 2, W = 3, align_corners = 0, θ = [[1, 0.5, 0.1], [0, 2, -0.2]].
	g = onnxbuild.NewGraph(20).Input("th", f, 1, 2, 3).Init("s", onnxbuild.Ints([]int64{4}, 1, 1, 2, 3)).
		Node("AffineGrid", []string{"th", "s"}, []string{"y"}).Output("y", f, 1, 2, 3, 2)
	var want []float64
	for h := 0; h < 2; h++ {
		for w := 0; w < 3; w++ {
			x, y := -1+float64(2*w+1)/3, -1+float64(2*h+1)/2
			want = append(want, x+0.5*y+0.1, 2*y-0.2)
		}
	}
	near(t, "AffineGrid", runReal(t, compileGraph(t, g), []float64{1, 0.5, 0.1, 0, 2, -0.2})[0], want, 1e-6)
}

func TestCol2Im(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	// Image [1, 3], block [1, 2]: two columns; the middle pixel sums two entries.
	g := onnxbuild.NewGraph(18).Input("x", f, 1, 2, 2).Init("img", onnxbuild.Ints([]int64{2}, 1, 3)).
		Init("blk", onnxbuild.Ints([]int64{2}, 1, 2)).
		Node("Col2Im", []string{"x", "img", "blk"}, []string{"y"}).Output("y", f, 1, 1, 1, 3)
	near(t, "Col2Im", runReal(t, compileGraph(t, g), []float64{1, 2, 3, 4})[0], []float64{1, 5, 4}, 0)
}

func TestMaxPoolIndicesMaxUnpool(t *testing.T) {
	f, i64 := onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	// [1, 2, 2, 3], 2×2 windows, stride 1: indices over the whole tensor, ties to the first.
	x := []float64{1, 5, 2, 4, 5, 0, 7, 7, 1, 0, 2, 9}
	g := onnxbuild.NewGraph(12).Input("x", f, 1, 2, 2, 3).
		Node("MaxPool", []string{"x"}, []string{"y", "i"}, onnxbuild.A("kernel_shape", []int64{2, 2})).
		Output("y", f, 1, 2, 1, 2).Output("i", i64, 1, 2, 1, 2)
	out := runReal(t, compileGraph(t, g), x)
	near(t, "MaxPool", out[0], []float64{5, 5, 7, 9}, 0)
	near(t, "MaxPool indices", out[1], []float64{1, 1, 6, 11}, 0)
	// MaxUnpool puts them back into zeros of [1, 2, 2, 3].
	g = onnxbuild.NewGraph(11).Input("y", f, 1, 2, 1, 2).Input("i", i64, 1, 2, 1, 2).
		Node("MaxUnpool", []string{"y", "i"}, []string{"z"}, onnxbuild.A("kernel_shape", []int64{2, 2})).
		Output("z", f, 1, 2, 2, 3)
	near(t, "MaxUnpool", runReal(t, compileGraph(t, g), []float64{5, 6, 7, 9}, []float64{1, 4, 6, 11})[0],
		[]float64{0, 5, 0, 0, 6, 0, 7, 0, 0, 0, 0, 9}, 0)
}
