package inference

import (
	"math"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// TestLosses checks NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss against float64 on an
// [N=2, C=3, d=2] input with weights, every reduction and an ignored target, and one target out of
// the class range that is the ignore_index.
func TestLosses(t *testing.T) {
	f, i64 := onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	x := []float64{0.5, -1, 2, 0.25, -0.75, 1.5, 3, 0.1, -2, 1, 0.3, -0.4}
	target := []float64{2, 1, 0, 7} // 7: ignored (ignore_index 7, outside 0…2)
	w := []float64{0.2, 1.5, 0.7}
	const N, C, D = 2, 3, 2
	at := func(n, c, d int) float64 { return x[(n*C+c)*D+d] }
	logp := make([]float64, len(x))
	for n := 0; n < N; n++ {
		for d := 0; d < D; d++ {
			s := 0.0
			for c := 0; c < C; c++ {
				s += math.Exp(at(n, c, d))
			}
			for c := 0; c < C; c++ {
				logp[(n*C+c)*D+d] = at(n, c, d) - math.Log(s)
			}
		}
	}
	expect := func(v []float64, weighted bool, red string) []float64 {
		var loss []float64
		var sum, den float64
		for n := 0; n < N; n++ {
			for d := 0; d < D; d++ {
				tg := int(target[n*D+d])
				if tg == 7 {
					loss = append(loss, 0)
					continue
				}
				wt := 1.0
				if weighted {
					wt = w[tg]
				}
				l := -v[(n*C+tg)*D+d] * wt
				loss = append(loss, l)
				sum += l
				den += wt
			}
		}
		switch red {
		case "sum":
			return []float64{sum}
		case "mean":
			return []float64{sum / den}
		}
		return loss
	}
	for _, red := range []string{"none", "sum", "mean"} {
		for _, weighted := range []bool{false, true} {
			for _, op := range []string{"NegativeLogLikelihoodLoss", "SoftmaxCrossEntropyLoss"} {
				ins := []string{"x", "t"}
				g := onnxbuild.NewGraph(22).Input("x", f, N, C, D).Input("t", i64, N, D)
				feeds := [][]float64{x, target}
				if weighted {
					g.Input("w", f, C)
					ins = append(ins, "w")
					feeds = append(feeds, w)
				}
				outs := []string{"loss"}
				if op == "SoftmaxCrossEntropyLoss" {
					outs = append(outs, "logp")
				}
				g.Node(op, ins, outs, onnxbuild.A("reduction", red), onnxbuild.A("ignore_index", 7))
				if red == "none" {
					g.Output("loss", f, N, D)
				} else {
					g.Output("loss", f)
				}
				src := x
				if op == "SoftmaxCrossEntropyLoss" {
					g.Output("logp", f, N, C, D)
					src = logp
				}
				out := runReal(t, compileGraph(t, g), feeds...)
				name := op + "/" + red
				near(t, name, out[0], expect(src, weighted, red), 1e-5)
				if op == "SoftmaxCrossEntropyLoss" {
					near(t, name+"/log_prob", out[1], logp, 1e-5)
				}
			}
		}
	}
}
