package inference

import (
	"math"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func TestTrainingOptimizers(t *testing.T) {
	f, i64 := onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	const dom = "ai.onnx.preview.training"
	x, g, v, h := []float64{1, -2}, []float64{0.5, 0.25}, []float64{0.1, -0.2}, []float64{0.3, 0.4}
	// Adam at T = 3.
	gr := onnxbuild.NewGraph(17).Import(dom, 1).Input("r", f).Input("t", i64).Input("x", f, 2).Input("g", f, 2).
		Input("v", f, 2).Input("h", f, 2).
		DomainNode(dom, "Adam", []string{"r", "t", "x", "g", "v", "h"}, []string{"xn", "vn", "hn"},
			onnxbuild.A("alpha", 0.9), onnxbuild.A("beta", 0.99), onnxbuild.A("epsilon", 0.01), onnxbuild.A("norm_coefficient", 0.1)).
		Output("xn", f, 2).Output("vn", f, 2).Output("hn", f, 2)
	out := runReal(t, compileGraph(t, gr), []float64{0.1}, []float64{3}, x, g, v, h)
	a, b := float64(float32(0.9)), float64(float32(0.99))
	ra := 0.1 * math.Sqrt(1-math.Pow(b, 3)) / (1 - math.Pow(a, 3))
	for i := range x {
		gg := float64(float32(0.1))*x[i] + g[i]
		vn := a*v[i] + (1-a)*gg
		hn := b*h[i] + (1-b)*gg*gg
		xn := x[i] - ra*vn/(math.Sqrt(hn)+float64(float32(0.01)))
		near(t, "Adam", []float64{out[0][i], out[1][i], out[2][i]}, []float64{xn, vn, hn}, 1e-5)
	}
	// Momentum, nesterov, at T = 0 (beta replaced by 1).
	gr = onnxbuild.NewGraph(17).Import(dom, 1).Input("r", f).Input("t", i64).Input("x", f, 2).Input("g", f, 2).Input("v", f, 2).
		DomainNode(dom, "Momentum", []string{"r", "t", "x", "g", "v"}, []string{"xn", "vn"},
			onnxbuild.A("alpha", 0.5), onnxbuild.A("beta", 0.25), onnxbuild.A("mode", "nesterov"), onnxbuild.A("norm_coefficient", 0.0)).
		Output("xn", f, 2).Output("vn", f, 2)
	out = runReal(t, compileGraph(t, gr), []float64{0.1}, []float64{0}, x, g, v)
	for i := range x {
		vn := 0.5*v[i] + g[i]
		near(t, "Momentum", []float64{out[0][i], out[1][i]}, []float64{x[i] - 0.1*(g[i]+0.5*vn), vn}, 1e-6)
	}
}
