package inference

import (
	"math"
	"math/rand"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// standardized is (x − mean)/sqrt(var + eps) over the elements of each group (idx → group).
func standardized(x []float64, group func(i int) int, eps float64) []float64 {
	sum, sq, cnt := map[int]float64{}, map[int]float64{}, map[int]float64{}
	for i, v := range x {
		sum[group(i)] += v
		cnt[group(i)]++
	}
	for i, v := range x {
		d := v - sum[group(i)]/cnt[group(i)]
		sq[group(i)] += d * d
	}
	out := make([]float64, len(x))
	for i, v := range x {
		g := group(i)
		out[i] = (v - sum[g]/cnt[g]) / math.Sqrt(sq[g]/cnt[g]+eps)
	}
	return out
}

// TestNormalizations checks InstanceNormalization, GroupNormalization, MeanVarianceNormalization,
// LpNormalization (p 1 and 2) and LRN on [N=2, C=4, H=2, W=3] against float64.
func TestNormalizations(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	r := rand.New(rand.NewSource(5))
	const N, C, H, W = 2, 4, 2, 3
	x := randVals(r, N*C*H*W, 3)
	for i := 0; i < N*C*H*W; i += H * W { // one position zero in every channel: a zero slice for LpNormalization
		x[i] = 0
	}
	sc, bi := randVals(r, C, 2), randVals(r, C, 1)
	ch := func(i int) int { return i / (H * W) % C }
	run := func(op string, ins []string, feeds [][]float64, attrs ...onnxbuild.Attr) []float64 {
		g := onnxbuild.NewGraph(21).Input("x", f, N, C, H, W)
		if len(ins) > 1 {
			g.Input("s", f, C).Input("b", f, C)
		}
		g.Node(op, ins, []string{"y"}, attrs...).Output("y", f, N, C, H, W)
		return runReal(t, compileGraph(t, g), feeds...)[0]
	}
	// InstanceNormalization: per (n, c).
	want := standardized(x, func(i int) int { return i / (H * W) }, float64(float32(0.01)))
	for i := range want {
		want[i] = want[i]*sc[ch(i)] + bi[ch(i)]
	}
	near(t, "InstanceNormalization", run("InstanceNormalization", []string{"x", "s", "b"}, [][]float64{x, sc, bi},
		onnxbuild.A("epsilon", 0.01)), want, 2e-6)
	// GroupNormalization, 2 groups of 2 channels.
	want = standardized(x, func(i int) int { return i / (2 * H * W) }, 1e-5)
	for i := range want {
		want[i] = want[i]*sc[ch(i)] + bi[ch(i)]
	}
	near(t, "GroupNormalization", run("GroupNormalization", []string{"x", "s", "b"}, [][]float64{x, sc, bi},
		onnxbuild.A("num_groups", 2)), want, 2e-6)
	// MeanVarianceNormalization over N, H, W (per channel).
	near(t, "MeanVarianceNormalization", run("MeanVarianceNormalization", []string{"x"}, [][]float64{x}),
		standardized(x, ch, 0), 2e-6)
	// LpNormalization over C.
	for _, p := range []int{1, 2} {
		norm := map[int]float64{}
		key := func(i int) int { return i/(C*H*W)*H*W + i%(H*W) }
		for i, v := range x {
			norm[key(i)] += math.Pow(math.Abs(v), float64(p))
		}
		want := make([]float64, len(x))
		for i, v := range x {
			if norm[key(i)] != 0 {
				want[i] = v / math.Pow(norm[key(i)], 1/float64(p))
			}
		}
		near(t, "LpNormalization", run("LpNormalization", []string{"x"}, [][]float64{x}, onnxbuild.A("axis", 1), onnxbuild.A("p", p)), want, 1e-6)
	}
	// LRN, size 3 (one channel each side), beta 0.75 (exp·log) and 0.5 (sqrt).
	for _, beta := range []float64{0.75, 0.5} {
		const alpha, bias = 0.01, 1.5
		want := make([]float64, len(x))
		for i, v := range x {
			c := ch(i)
			s := 0.0
			for cc := max(0, c-1); cc <= min(C-1, c+1); cc++ {
				u := x[i+(cc-c)*H*W]
				s += u * u
			}
			want[i] = v / math.Pow(bias+alpha/3*s, beta)
		}
		near(t, "LRN", run("LRN", []string{"x"}, [][]float64{x}, onnxbuild.A("size", 3), onnxbuild.A("alpha", alpha),
			onnxbuild.A("beta", beta), onnxbuild.A("bias", bias)), want, 2e-5)
	}
}

// TestLayerNormOfWideRows: rows with entries in the thousands (a BERT layer's outliers) and rows
// with a variance of 1e-4 both normalise within the conformance tolerance; squares kept per element
// at twice the scale overflowed from |x − mean| = 181.
func TestLayerNormOfWideRows(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	const w = 6
	g := onnxbuild.NewGraph(17).Input("x", f, 3, w).
		Init("gamma", onnxbuild.Floats([]int64{w}, 1, 2, 0.5, 1, 1, 1)).Init("beta", onnxbuild.Floats([]int64{w}, 0, 0, 0, 0.25, 0, 0)).
		Node("LayerNormalization", []string{"x", "gamma", "beta"}, []string{"y"}, onnxbuild.A("axis", -1), onnxbuild.A("epsilon", float32(1e-5))).
		Output("y", f, 3, w)
	x := []float64{
		3000, -2500, 12.5, 800, -40, 7,
		0.01, -0.01, 0.02, 0, 0.005, -0.015,
		1, 2, 3, 4, 5, 6,
	}
	got := runReal(t, compileGraph(t, g), x)[0]
	gamma, beta := []float64{1, 2, 0.5, 1, 1, 1}, []float64{0, 0, 0, 0.25, 0, 0}
	for r := range 3 {
		row := x[r*w : (r+1)*w]
		var mean, v float64
		for _, e := range row {
			mean += e / w
		}
		for _, e := range row {
			v += (e - mean) * (e - mean) / w
		}
		for k, e := range row {
			want := (e-mean)/math.Sqrt(v+1e-5)*gamma[k] + beta[k]
			if d := math.Abs(got[r*w+k] - want); d > 1e-3+1e-3*math.Abs(want) {
				t.Errorf("row %d [%d] = %.6f, want %.6f", r, k, got[r*w+k], want)
			}
		}
	}
}

// TestNormalizationsOfWideValues: entries in the thousands (squares past int64 at twice the scale)
// normalise within the conformance tolerance in RMSNormalization, InstanceNormalization (trailing
// axes), MeanVarianceNormalization (axes moved last) and LpNormalization.
func TestNormalizationsOfWideValues(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	// Div needs |x| < 2^14 at scale 24 (it doubles x·2^24).
	x := []float64{3000, -2500, 12.5, 800, -40, 7, 1e4, -9000, 0.5, 0.25, 12000, -1}
	// the conformance rule, as one bound for the test
	tol := func(want []float64) float64 {
		m := 0.0
		for _, w := range want {
			m = math.Max(m, math.Abs(w))
		}
		return 1e-3 + 1e-3*m
	}
	// [2, 6] rows: RMS over the last axis.
	g := onnxbuild.NewGraph(23).Input("x", f, 2, 6).Node("RMSNormalization", []string{"x"}, []string{"y"}).Output("y", f, 2, 6)
	want := make([]float64, 12)
	for r := 0; r < 2; r++ {
		ss := 0.0
		for _, v := range x[r*6 : r*6+6] {
			ss += v * v
		}
		for k := 0; k < 6; k++ {
			want[r*6+k] = x[r*6+k] / math.Sqrt(ss/6+1e-5)
		}
	}
	got := runReal(t, compileGraph(t, g), x)[0]
	near(t, "RMSNormalization", got, want, tol(want))
	// [1, 2, 6]: instance norm per channel; [2, 2, 3] MVN over axes 0, 2 (per channel of axis 1).
	g = onnxbuild.NewGraph(22).Input("x", f, 1, 2, 6).Init("s", onnxbuild.Floats([]int64{2}, 1, 1)).Init("b", onnxbuild.Floats([]int64{2}, 0, 0)).
		Node("InstanceNormalization", []string{"x", "s", "b"}, []string{"y"}).Output("y", f, 1, 2, 6)
	want = standardized(x, func(i int) int { return i / 6 }, 1e-5)
	near(t, "InstanceNormalization", runReal(t, compileGraph(t, g), x)[0], want, tol(want))
	g = onnxbuild.NewGraph(13).Input("x", f, 2, 2, 3).
		Node("MeanVarianceNormalization", []string{"x"}, []string{"y"}, onnxbuild.A("axes", []int64{0, 2})).Output("y", f, 2, 2, 3)
	want = standardized(x, func(i int) int { return i / 3 % 2 }, 0)
	near(t, "MeanVarianceNormalization", runReal(t, compileGraph(t, g), x)[0], want, tol(want))
	g = onnxbuild.NewGraph(22).Input("x", f, 2, 6).Node("LpNormalization", []string{"x"}, []string{"y"}, onnxbuild.A("axis", 0)).Output("y", f, 2, 6)
	want = make([]float64, 12)
	for k := 0; k < 6; k++ {
		nrm := math.Hypot(x[k], x[6+k])
		want[k], want[6+k] = x[k]/nrm, x[6+k]/nrm
	}
	near(t, "LpNormalization", runReal(t, compileGraph(t, g), x)[0], want, tol(want))
}
