package inference

import (
	"math"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// TestQLinearContribOps: onnxruntime's com.microsoft QLinearAdd, QLinearMul, QLinearSigmoid,
// QLinearLeakyRelu, QLinearConcat and QLinearGlobalAveragePool are dequantize, op, quantize
// (round half to even, saturating), checked against that float64 reference.
func TestQLinearContribOps(t *testing.T) {
	const ms = "com.microsoft"
	u8 := onnxpb.TensorProto_UINT8
	a := []float64{0, 17, 128, 200, 255, 90}
	b := []float64{3, 250, 128, 1, 40, 77}
	// the scales as the file holds them: float32 (0.05 is 0.0500000007…), which decides halves
	as, bs, ys := float64(float32(0.05)), float64(float32(0.02)), float64(float32(0.1))
	const az, bz, yz = 128, 100, 120
	dq := func(q, s, z float64) float64 { return (q - z) * s }
	qz := func(x float64) float64 { return math.Min(255, math.Max(0, math.RoundToEven(x/ys)+yz)) }
	// tie: the float result lies within 1e-6 quanta of a rounding boundary, where the fixed-point op
	// (at scale 24) and a float32 one may round either way
	tie := func(x float64) bool { v := x / ys; return math.Abs(v-math.Floor(v)-0.5) < 1e-6 }
	same := func(got, x float64) bool { return got == qz(x) || (tie(x) && math.Abs(got-qz(x)) == 1) }
	g := onnxbuild.NewGraph(17).Import(ms, 1).
		Input("A", u8, 1, 6).Input("B", u8, 1, 6).
		Init("as", onnxbuild.Floats(nil, float32(as))).Init("az", onnxbuild.Uint8s(nil, az)).
		Init("bs", onnxbuild.Floats(nil, float32(bs))).Init("bz", onnxbuild.Uint8s(nil, bz)).
		Init("ys", onnxbuild.Floats(nil, float32(ys))).Init("yz", onnxbuild.Uint8s(nil, yz)).
		DomainNode(ms, "QLinearAdd", []string{"A", "as", "az", "B", "bs", "bz", "ys", "yz"}, []string{"add"}).
		DomainNode(ms, "QLinearMul", []string{"A", "as", "az", "B", "bs", "bz", "ys", "yz"}, []string{"mul"}).
		DomainNode(ms, "QLinearSigmoid", []string{"A", "as", "az", "ys", "yz"}, []string{"sig"}).
		DomainNode(ms, "QLinearLeakyRelu", []string{"A", "as", "az", "ys", "yz"}, []string{"lrelu"}, onnxbuild.A("alpha", float32(0.25))).
		DomainNode(ms, "QLinearConcat", []string{"ys", "yz", "A", "as", "az", "B", "bs", "bz"}, []string{"cat"}, onnxbuild.A("axis", 1)).
		Output("add", u8, 1, 6).Output("mul", u8, 1, 6).Output("sig", u8, 1, 6).Output("lrelu", u8, 1, 6).Output("cat", u8, 1, 12)
	out := runReal(t, compileGraph(t, g), a, b)
	for i := range a {
		x, y := dq(a[i], as, az), dq(b[i], bs, bz)
		lr := x
		if x < 0 {
			lr = 0.25 * x
		}
		for k, v := range []float64{x + y, x * y, 1 / (1 + math.Exp(-x)), lr} {
			if !same(out[k][i], v) {
				t.Errorf("output %d[%d] = %v, want %v", k, i, out[k][i], qz(v))
			}
		}
		if !same(out[4][i], x) || !same(out[4][6+i], y) {
			t.Errorf("concat[%d] = %v, %v, want %v, %v", i, out[4][i], out[4][6+i], qz(x), qz(y))
		}
	}
}

// TestQLinearPoolAndSoftmax: QLinearGlobalAveragePool and QLinearSoftmax, against float64.
func TestQLinearPoolAndSoftmax(t *testing.T) {
	const ms = "com.microsoft"
	u8 := onnxpb.TensorProto_UINT8
	xs, ys := float64(float32(0.1)), float64(float32(1.0/256))
	g := onnxbuild.NewGraph(17).Import(ms, 1).Input("X", u8, 1, 2, 2, 2).
		Init("xs", onnxbuild.Floats(nil, float32(xs))).Init("xz", onnxbuild.Uint8s(nil, 100)).
		Init("ys", onnxbuild.Floats(nil, float32(ys))).Init("yz", onnxbuild.Uint8s(nil, 0)).
		DomainNode(ms, "QLinearGlobalAveragePool", []string{"X", "xs", "xz", "ys", "yz"}, []string{"pool"}).
		DomainNode(ms, "QLinearSoftmax", []string{"X", "xs", "xz", "ys", "yz"}, []string{"sm"}, onnxbuild.A("axis", -1), onnxbuild.A("opset", 13)).
		Output("pool", u8, 1, 2, 1, 1).Output("sm", u8, 1, 2, 2, 2)
	x := []float64{100, 101, 102, 103, 90, 95, 97, 110}
	out := runReal(t, compileGraph(t, g), x)
	q := func(v float64) float64 { return math.Min(255, math.Max(0, math.RoundToEven(v/ys))) }
	for c := range 2 {
		var m float64
		for k := range 4 {
			m += (x[4*c+k] - 100) * xs / 4
		}
		if math.Abs(out[0][c]-q(m)) > 1 {
			t.Errorf("pool[%d] = %v, want %v", c, out[0][c], q(m))
		}
	}
	for r := range 4 {
		a, b := (x[2*r]-100)*xs, (x[2*r+1]-100)*xs
		e := math.Exp(b - a)
		for k, p := range []float64{1 / (1 + e), e / (1 + e)} {
			if math.Abs(out[1][2*r+k]-q(p)) > 1 {
				t.Errorf("softmax[%d] = %v, want %v", 2*r+k, out[1][2*r+k], q(p))
			}
		}
	}
}
