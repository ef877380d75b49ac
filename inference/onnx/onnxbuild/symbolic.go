package onnxbuild

import "github.com/auspex-labs/auspex/inference/onnxpb"

// SymbolicConv is an image model whose input x has the declared shape in (e.g. [1, 3,
// Sym("height"), Sym("width")]: a detector's input, sized by whoever compiles it; a Size of -1 or
// 0 is an unknown size, as some exporters write it), channels in[1] (which must be a size): a 3×3
// Conv to 2 channels with padding 1, then Relu, so the output y is [N, 2, H, W] for an input
// [N, C, H, W]. Weights are fixed small numbers.
func SymbolicConv(in ...Dim) []byte {
	c := in[1].Size
	w := make([]float32, 2*c*9)
	for i := range w {
		w[i] = float32(i%7-3) / 8
	}
	dims := func(ds ...Dim) []any {
		out := make([]any, len(ds))
		for i, d := range ds {
			out[i] = d
		}
		return out
	}
	const float = onnxpb.TensorProto_FLOAT
	return NewGraph(13).
		Input("x", float, dims(in...)...).
		Init("W", Floats([]int64{2, c, 3, 3}, w...)).
		Init("B", Floats([]int64{2}, 0.25, -0.125)).
		Node("Conv", []string{"x", "W", "B"}, []string{"c"}, A("kernel_shape", []int64{3, 3}), A("pads", []int64{1, 1, 1, 1})).
		Node("Relu", []string{"c"}, []string{"y"}).
		Output("y", float, dims(in[0], Dim{Size: 2}, in[2], in[3])...).
		Bytes()
}
