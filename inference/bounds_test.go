package inference

import (
	"errors"
	"math"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// powerSpectrum is an audio front end's core: a DFT as a MatMul with cos/sin bases, then
// re² + im², then a log: what openWakeWord's melspectrogram computes on int16-valued audio.
func powerSpectrum(n int) *onnxbuild.Graph {
	f := onnxpb.TensorProto_FLOAT
	re, im := make([]float32, n*n), make([]float32, n*n)
	for t := range n {
		for k := range n {
			re[t*n+k] = float32(math.Cos(2 * math.Pi * float64(t*k) / float64(n)))
			im[t*n+k] = float32(-math.Sin(2 * math.Pi * float64(t*k) / float64(n)))
		}
	}
	return onnxbuild.NewGraph(13).Input("audio", f, 1, n).
		Init("re", onnxbuild.Floats([]int64{int64(n), int64(n)}, re...)).
		Init("im", onnxbuild.Floats([]int64{int64(n), int64(n)}, im...)).
		Init("two", onnxbuild.Floats(nil, 2)).Init("floor", onnxbuild.Floats(nil, 1e-2)).
		Node("MatMul", []string{"audio", "re"}, []string{"xr"}).
		Node("MatMul", []string{"audio", "im"}, []string{"xi"}).
		Node("Pow", []string{"xr", "two"}, []string{"pr"}).
		Node("Pow", []string{"xi", "two"}, []string{"pi"}).
		Node("Add", []string{"pr", "pi"}, []string{"power"}).
		Node("Clip", []string{"power", "floor"}, []string{"clipped"}).
		Node("Log", []string{"clipped"}, []string{"y"}).
		Output("y", f, 1, n)
}

// TestDeclaredRangesLowerProductScales: a full-scale int16 tone's power spectrum (2^46) leaves
// int64 at the default scale — float32 holds it — so the run overflows; with the input's range
// declared, the products get scales of their own from their bounds and the log spectrum is
// within the conformance tolerance of float64, for the loud tone and for near-silence alike.
func TestDeclaredRangesLowerProductScales(t *testing.T) {
	const n = 64
	m, err := onnx.Decode(powerSpectrum(n).Bytes(), onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = math.Round(32767 * math.Cos(2*math.Pi*4*float64(i)/n))
	}
	quiet := make([]float64, n)
	for i := range quiet {
		quiet[i] = math.Round(3 * math.Sin(2*math.Pi*9*float64(i)/n))
	}

	p, err := Compile(m, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	q := make([]int64, n)
	for i := range q {
		q[i], _ = Quantize(x[i], DefaultScale)
	}
	if _, err := Run(p, [][]int64{q}); !errors.Is(err, ErrOverflow) {
		t.Fatalf("without a declared range: %v, want an overflow", err)
	}

	opt := DefaultOptions
	opt.InputRanges = map[string]Range{"audio": {-32768, 32767}}
	if p, err = Compile(m, opt); err != nil {
		t.Fatal(err)
	}
	if p.Hash() == mustCompile(t, m, DefaultOptions).Hash() {
		t.Error("the declared range changed no scale, or the hash does not see scales")
	}
	for _, in := range [][]float64{x, quiet} {
		got := runReal(t, p, in)[0]
		want := make([]float64, n)
		peak := 0.0
		for k := range n {
			var re, im float64
			for t := range n {
				re += in[t] * math.Cos(2*math.Pi*float64(t*k)/n)
				im -= in[t] * math.Sin(2*math.Pi*float64(t*k)/n)
			}
			want[k] = re*re + im*im
			peak = math.Max(peak, want[k])
		}
		for k := range n {
			// Bins 100 dB below the peak are rounding noise, in float32 as here (its 24-bit
			// mantissa on a 2^21 sum): only their being that small is checked.
			if want[k] < 1e-10*peak {
				if limit := math.Max(1e-9*peak, 1.01e-2); math.Exp(got[k]) > limit { // the Clip floor is 1e-2
					t.Errorf("bin %d: power %g, want below %g", k, math.Exp(got[k]), limit)
				}
				continue
			}
			w := math.Log(math.Max(want[k], 1e-2))
			if d := math.Abs(got[k] - w); d > 1e-3+1e-3*math.Abs(w) {
				t.Errorf("bin %d: %.6f, want %.6f", k, got[k], w)
			}
		}
	}
	bad := opt
	bad.InputRanges = map[string]Range{"audio": {1, -1}}
	if _, err := Compile(m, bad); err == nil {
		t.Error("an empty range compiles")
	}
}

func mustCompile(t *testing.T, m *onnx.Model, opt Options) *Program {
	t.Helper()
	p, err := Compile(m, opt)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
