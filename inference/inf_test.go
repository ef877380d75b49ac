package inference

import (
	"errors"
	"math"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func TestInfinitiesSaturate(t *testing.T) {
	for _, c := range []struct {
		x    float64
		want int64
	}{
		{math.Inf(1), InfQ}, {math.Inf(-1), -InfQ},
		{-math.MaxFloat32, -InfQ}, // torch.finfo(float32).min, the usual attention mask
		{9e223, InfQ},
		{math.Ldexp(1, 61-24), InfQ},              // the first infinite value at scale 24
		{math.Ldexp(1, 61-24) - 1, 1<<61 - 1<<24}, // the largest finite one stays finite
	} {
		q, err := Quantize(c.x, 24)
		if err != nil || q != c.want {
			t.Errorf("Quantize(%g) = %d, %v; want %d", c.x, q, err, c.want)
		}
		if want := math.Inf(int(math.Copysign(1, c.x))); c.want == InfQ || c.want == -InfQ {
			if got := Dequantize(q, 24); got != want {
				t.Errorf("Dequantize(Quantize(%g)) = %g", c.x, got)
			}
		}
	}
	if _, err := Quantize(math.NaN(), 24); !errors.Is(err, ErrNotRepresentable) {
		t.Errorf("NaN: %v", err)
	}
	// A finite value added to an infinity stays infinite, both ways.
	if Dequantize(-InfQ+InfQ/2-1, 24) != math.Inf(-1) || Dequantize(InfQ-InfQ/2+1, 24) != math.Inf(1) {
		t.Error("Inf + finite is not infinite")
	}
}

// TestMaskedSoftmaxIsExact is the attention pattern: scores + Where(mask, 0, −Inf), Softmax, and a
// row that is wholly masked detected with Equal(ReduceMax(bias), −Inf) and zeroed.
func TestMaskedSoftmaxIsExact(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	g := onnxbuild.NewGraph(18).
		Input("scores", f, 2, 3).Input("keep", onnxpb.TensorProto_BOOL, 2, 3).
		Init("zero", onnxbuild.Floats(nil, 0)).Init("neginf", onnxbuild.Floats(nil, float32(math.Inf(-1)))).
		Init("axes", onnxbuild.Ints([]int64{1}, 1)).
		Node("Where", []string{"keep", "zero", "neginf"}, []string{"bias"}).
		Node("Add", []string{"scores", "bias"}, []string{"masked"}).
		Node("Softmax", []string{"masked"}, []string{"sm"}, onnxbuild.A("axis", 1)).
		Node("ReduceMax", []string{"bias", "axes"}, []string{"rowmax"}).
		Node("Equal", []string{"rowmax", "neginf"}, []string{"allmasked"}).
		Node("Where", []string{"allmasked", "zero", "sm"}, []string{"y"}).
		Output("masked", f, 2, 3).Output("y", f, 2, 3)
	p := compileGraph(t, g)
	out := runReal(t, p, []float64{1, -2, 3, 0.5, 7, -1}, []float64{1, 0, 1, 0, 0, 0})
	masked, y := out[0], out[1]
	for k, want := range []float64{1, math.Inf(-1), 3, math.Inf(-1), math.Inf(-1), math.Inf(-1)} {
		if masked[k] != want {
			t.Errorf("masked[%d] = %g, want %g", k, masked[k], want)
		}
	}
	e := math.Exp(-2) // softmax over {1, 3}
	for k, want := range []float64{e / (1 + e), 0, 1 / (1 + e), 0, 0, 0} {
		if math.Abs(y[k]-want) > 1e-5 || (want == 0 && y[k] != 0) {
			t.Errorf("y[%d] = %g, want %g (masked entries exactly 0)", k, y[k], want)
		}
	}
}

// TestInfiniteClipBound: a Clip bound of +Inf is no bound, and a -Inf floor through Max is none.
func TestInfiniteClipBound(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	g := onnxbuild.NewGraph(13).Input("x", f, 4).
		Init("lo", onnxbuild.Floats(nil, 0)).Init("hi", onnxbuild.Floats(nil, float32(math.Inf(1)))).
		Init("floor", onnxbuild.Floats(nil, float32(math.Inf(-1)))).
		Node("Clip", []string{"x", "lo", "hi"}, []string{"c"}).
		Node("Max", []string{"x", "floor"}, []string{"m"}).
		Output("c", f, 4).Output("m", f, 4)
	out := runReal(t, compileGraph(t, g), []float64{-3, 0.25, 1e6, math.Inf(1)})
	for k, want := range []float64{0, 0.25, 1e6, math.Inf(1)} {
		if out[0][k] != want {
			t.Errorf("clip[%d] = %g, want %g", k, out[0][k], want)
		}
	}
	for k, want := range []float64{-3, 0.25, 1e6, math.Inf(1)} {
		if out[1][k] != want {
			t.Errorf("max[%d] = %g, want %g", k, out[1][k], want)
		}
	}
}
