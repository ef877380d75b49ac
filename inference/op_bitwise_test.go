package inference

import (
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func TestBitwiseOps(t *testing.T) {
	u8 := onnxpb.TensorProto_UINT8
	g := onnxbuild.NewGraph(23).Input("x", u8, 4).Input("y", u8, 4).
		Node("BitShift", []string{"x", "y"}, []string{"l"}, onnxbuild.A("direction", "LEFT")).
		Node("BitShift", []string{"x", "y"}, []string{"r"}, onnxbuild.A("direction", "RIGHT")).
		Node("BitwiseAnd", []string{"x", "y"}, []string{"a"}).
		Node("BitwiseOr", []string{"x", "y"}, []string{"o"}).
		Node("BitwiseXor", []string{"x", "y"}, []string{"e"}).
		Node("BitwiseNot", []string{"x"}, []string{"n"}).
		Output("l", u8, 4).Output("r", u8, 4).Output("a", u8, 4).Output("o", u8, 4).Output("e", u8, 4).Output("n", u8, 4)
	out := runReal(t, compileGraph(t, g), []float64{1, 255, 3, 128}, []float64{1, 1, 7, 9})
	want := [][]float64{{2, 254, 128, 0}, {0, 127, 0, 0}, {1, 1, 3, 0}, {1, 255, 7, 137}, {0, 254, 4, 137}, {254, 0, 252, 127}}
	for i := range want {
		near(t, []string{"l", "r", "a", "o", "e", "n"}[i], out[i], want[i], 0)
	}
	i32 := onnxpb.TensorProto_INT32
	g = onnxbuild.NewGraph(23).Input("x", i32, 3).Node("BitwiseNot", []string{"x"}, []string{"n"}).Output("n", i32, 3)
	near(t, "not", runReal(t, compileGraph(t, g), []float64{0, -1, 5})[0], []float64{-1, 0, -6}, 0)
}

func TestCastToSubByteWraps(t *testing.T) {
	for _, c := range []struct {
		to   int64
		want []float64
	}{
		{22, []float64{7, -8, 7, -1, 0}},  // INT4
		{21, []float64{7, 8, 7, 15, 0}},   // UINT4
		{26, []float64{-1, 0, -1, -1, 0}}, // INT2
		{25, []float64{3, 0, 3, 3, 0}},    // UINT2
	} {
		g := onnxbuild.NewGraph(23).Input("x", onnxpb.TensorProto_FLOAT, 5).
			Node("Cast", []string{"x"}, []string{"y"}, onnxbuild.A("to", c.to)).
			Output("y", onnxpb.TensorProto_DataType(c.to), 5)
		near(t, "cast", runReal(t, compileGraph(t, g), []float64{-9, 8, 7.9, -1, 0})[0], c.want, 0)
	}
}

func TestSubByteInputRange(t *testing.T) {
	g := onnxbuild.NewGraph(23).Input("x", onnxpb.TensorProto_DataType(22), 2).
		Node("Cast", []string{"x"}, []string{"y"}, onnxbuild.A("to", int64(3))).
		Output("y", onnxpb.TensorProto_INT8, 2)
	p := compileGraph(t, g)
	if out, err := Run(p, [][]int64{{-8, 7}}); err != nil || out[0][0] != -8 || out[0][1] != 7 {
		t.Fatalf("INT4 -8, 7: %v %v", out, err)
	}
	if _, err := Run(p, [][]int64{{8, 0}}); err == nil {
		t.Error("INT4 input 8 accepted")
	}
}
