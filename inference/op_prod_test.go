package inference

import (
	"math"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func TestProductsPowModLpPool(t *testing.T) {
	f, i64 := onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	// ReduceProd over axes 0 and 2 of [3, 2, 3] (9 factors: odd counts padded with 1).
	x := make([]float64, 18)
	for i := range x {
		x[i] = 0.75 + float64(i%5)*0.125
	}
	g := onnxbuild.NewGraph(18).Input("x", f, 3, 2, 3).Init("axes", onnxbuild.Ints([]int64{2}, 0, 2)).
		Node("ReduceProd", []string{"x", "axes"}, []string{"y"}, onnxbuild.A("keepdims", 0)).Output("y", f, 2)
	want := []float64{1, 1}
	for a := 0; a < 3; a++ {
		for b := 0; b < 2; b++ {
			for c := 0; c < 3; c++ {
				want[b] *= x[a*6+b*3+c]
			}
		}
	}
	near(t, "ReduceProd", runReal(t, compileGraph(t, g), x)[0], want, 1e-6)

	// CumProd, exclusive and reversed, of an int64 vector.
	g = onnxbuild.NewGraph(26).Input("x", i64, 5).Init("axis", onnxbuild.Ints(nil, 0)).
		Node("CumProd", []string{"x", "axis"}, []string{"y"}, onnxbuild.A("exclusive", 1), onnxbuild.A("reverse", 1)).Output("y", i64, 5)
	near(t, "CumProd", runReal(t, compileGraph(t, g), []float64{2, -3, 4, 5, 7})[0], []float64{-420, 140, 35, 7, 1}, 0)

	// ReduceSum over an empty axis: zeros.
	g = onnxbuild.NewGraph(18).Input("u", f, 2, 1).Init("x", onnxbuild.Floats([]int64{2, 0})).Init("axes", onnxbuild.Ints([]int64{1}, 1)).
		Node("ReduceSum", []string{"x", "axes"}, []string{"s"}).Node("Add", []string{"u", "s"}, []string{"y"}).Output("y", f, 2, 1)
	near(t, "ReduceSum of nothing", runReal(t, compileGraph(t, g), []float64{1, 2})[0], []float64{1, 2}, 0)

	// Mod with fmod = 1 on reals: the dividend's sign.
	a, b := []float64{5.5, -5.5, 7.25, -7.25}, []float64{2, 2, -1.5, -1.5}
	g = onnxbuild.NewGraph(13).Input("a", f, 4).Input("b", f, 4).
		Node("Mod", []string{"a", "b"}, []string{"y"}, onnxbuild.A("fmod", 1)).Output("y", f, 4)
	wantMod := make([]float64, 4)
	for i := range a {
		wantMod[i] = math.Mod(a[i], b[i])
	}
	near(t, "Mod", runReal(t, compileGraph(t, g), a, b)[0], wantMod, 0)

	// Pow with a run-time exponent: negative bases with integer exponents, zero bases.
	px, py := []float64{2, -2, -2, 0, 0, 0, 1.5, 3}, []float64{0.5, 3, 2, 2, 0, -1, -2, 1.25}
	g = onnxbuild.NewGraph(15).Input("x", f, 8).Input("y", f, 8).Node("Pow", []string{"x", "y"}, []string{"z"}).Output("z", f, 8)
	wantPow := make([]float64, 8)
	for i := range px {
		wantPow[i] = math.Pow(px[i], py[i])
	}
	got := runReal(t, compileGraph(t, g), px, py)[0]
	if !math.IsInf(got[5], 1) {
		t.Errorf("0^-1 = %g, want +Inf", got[5])
	}
	got[5], wantPow[5] = 0, 0
	near(t, "Pow", got, wantPow, 5e-5) // exp(y·log|x|): relative error ~1e-6
	// A negative base with a non-integer exponent (NaN) fails the run.
	p := compileGraph(t, g)
	if _, err := Run(p, [][]int64{{-1 << 24, 0, 0, 0, 0, 0, 0, 0}, {1 << 23, 0, 0, 0, 0, 0, 0, 0}}); err == nil {
		t.Errorf("(-1)^0.5 ran")
	}
	// Integer base, constant exponent: exact.
	g = onnxbuild.NewGraph(15).Input("x", i64, 3).Init("e", onnxbuild.Ints(nil, 5)).
		Node("Pow", []string{"x", "e"}, []string{"z"}).Output("z", i64, 3)
	near(t, "integer Pow", runReal(t, compileGraph(t, g), []float64{3, -2, 7})[0], []float64{243, -32, 16807}, 0)

	// LpPool p = 2, 3×3 window, stride 1, pads 1, on a 1×1×3×3 input.
	lx := []float64{1, -2, 3, 0.5, 1, -1, 2, 2, -0.25}
	g = onnxbuild.NewGraph(18).Input("x", f, 1, 1, 3, 3).
		Node("LpPool", []string{"x"}, []string{"y"}, onnxbuild.A("kernel_shape", []int64{3, 3}), onnxbuild.A("pads", []int64{1, 1, 1, 1})).
		Output("y", f, 1, 1, 3, 3)
	wantLp := make([]float64, 9)
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			s := 0.0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if rr, cc := r+dr, c+dc; rr >= 0 && rr < 3 && cc >= 0 && cc < 3 {
						s += lx[rr*3+cc] * lx[rr*3+cc]
					}
				}
			}
			wantLp[r*3+c] = math.Sqrt(s)
		}
	}
	near(t, "LpPool", runReal(t, compileGraph(t, g), lx)[0], wantLp, 1e-6)
}
