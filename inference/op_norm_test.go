package inference

import (
	"math"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

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
