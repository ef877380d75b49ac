package inference

import (
	"math"
	"math/rand"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func TestCausalConvWithState(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	r := rand.New(rand.NewSource(5))
	const B, C, L, K = 2, 3, 4, 3
	x, w, b, past := randVals(r, B*C*L, 2), randVals(r, C*K, 1), randVals(r, C, 1), randVals(r, B*C*(K-1), 2)
	g := onnxbuild.NewGraph(27).Input("x", f, B, C, L).Input("w", f, C, 1, K).Input("b", f, C).Input("p", f, B, C, K-1).
		Node("CausalConvWithState", []string{"x", "w", "b", "p"}, []string{"y", "s"}, onnxbuild.A("activation", "silu")).
		Output("y", f, B, C, L).Output("s", f, B, C, K-1)
	padded := func(bi, ci, i int) float64 { // i in [0, L+K−1)
		if i < K-1 {
			return past[(bi*C+ci)*(K-1)+i]
		}
		return x[(bi*C+ci)*L+i-(K-1)]
	}
	wantY, wantS := make([]float64, B*C*L), make([]float64, B*C*(K-1))
	for bi := 0; bi < B; bi++ {
		for ci := 0; ci < C; ci++ {
			for l := 0; l < L; l++ {
				s := b[ci]
				for k := 0; k < K; k++ {
					s += w[ci*K+k] * padded(bi, ci, l+k)
				}
				wantY[(bi*C+ci)*L+l] = s / (1 + math.Exp(-s))
			}
			for i := 0; i < K-1; i++ {
				wantS[(bi*C+ci)*(K-1)+i] = padded(bi, ci, L+i)
			}
		}
	}
	out := runReal(t, compileGraph(t, g), x, w, b, past)
	near(t, "CausalConvWithState output", out[0], wantY, 1e-5)
	near(t, "CausalConvWithState present_state", out[1], wantS, 0)
}

func TestFlexAttention(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	r := rand.New(rand.NewSource(6))
	const B, Hq, Hkv, S, T, D, Dv = 1, 4, 2, 3, 5, 4, 2
	q, k, v := randVals(r, B*Hq*S*D, 1), randVals(r, B*Hkv*T*D, 1), randVals(r, B*Hkv*T*Dv, 1)
	// score_mod: scores + 0.5; prob_mod: probs · 2.
	sm := onnxbuild.Subgraph("sm").Input("s", f, B, Hq, S, T).Init("h", onnxbuild.Floats(nil, 0.5)).
		Node("Add", []string{"s", "h"}, []string{"so"}).Output("so", f, B, Hq, S, T)
	pm := onnxbuild.Subgraph("pm").Input("p", f, B, Hq, S, T).Init("two", onnxbuild.Floats(nil, 2)).
		Node("Mul", []string{"p", "two"}, []string{"po"}).Output("po", f, B, Hq, S, T)
	g := onnxbuild.NewGraph(26).Import("ai.onnx.preview", 1).
		Input("q", f, B, Hq, S, D).Input("k", f, B, Hkv, T, D).Input("v", f, B, Hkv, T, Dv).
		DomainNode("ai.onnx.preview", "FlexAttention", []string{"q", "k", "v"}, []string{"y"},
			onnxbuild.A("score_mod", sm), onnxbuild.A("prob_mod", pm), onnxbuild.A("scale", 0.25)).
		Output("y", f, B, Hq, S, Dv)
	want := make([]float64, B*Hq*S*Dv)
	for h := 0; h < Hq; h++ {
		kh := h / (Hq / Hkv)
		for i := 0; i < S; i++ {
			sc := make([]float64, T)
			sum := 0.0
			for j := 0; j < T; j++ {
				d := 0.0
				for e := 0; e < D; e++ {
					d += q[(h*S+i)*D+e] * k[(kh*T+j)*D+e]
				}
				sc[j] = math.Exp(d*0.25 + 0.5)
				sum += sc[j]
			}
			for e := 0; e < Dv; e++ {
				y := 0.0
				for j := 0; j < T; j++ {
					y += 2 * sc[j] / sum * v[(kh*T+j)*Dv+e]
				}
				want[(h*S+i)*Dv+e] = y
			}
		}
	}
	near(t, "FlexAttention", runReal(t, compileGraph(t, g), q, k, v)[0], want, 1e-5)
}

func TestLinearAttention(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	r := rand.New(rand.NewSource(7))
	const B, T, Hq, Hkv, dk, dv = 1, 3, 4, 2, 2, 3
	q, k, v := randVals(r, B*T*Hq*dk, 1), randVals(r, B*T*Hkv*dk, 1), randVals(r, B*T*Hkv*dv, 1)
	past, beta := randVals(r, B*Hkv*dk*dv, 1), make([]float64, B*T*Hkv)
	decay := randVals(r, B*T*Hkv*dk, 0.5)
	for i := range beta {
		beta[i] = 0.25 + r.Float64()/2
	}
	g := onnxbuild.NewGraph(27).Input("q", f, B, T, Hq*dk).Input("k", f, B, T, Hkv*dk).Input("v", f, B, T, Hkv*dv).
		Input("p", f, B, Hkv, dk, dv).Input("d", f, B, T, Hkv*dk).Input("b", f, B, T, Hkv).
		Node("LinearAttention", []string{"q", "k", "v", "p", "d", "b"}, []string{"y", "s"},
			onnxbuild.A("q_num_heads", Hq), onnxbuild.A("kv_num_heads", Hkv)).
		Output("y", f, B, T, Hq*dv).Output("s", f, B, Hkv, dk, dv)
	S := append([]float64{}, past...) // [h][i][m]
	want := make([]float64, B*T*Hq*dv)
	for t0 := 0; t0 < T; t0++ {
		for h := 0; h < Hkv; h++ {
			kt, vt := k[t0*Hkv*dk+h*dk:][:dk], append([]float64{}, v[t0*Hkv*dv+h*dv:][:dv]...)
			for i := 0; i < dk; i++ {
				for m := 0; m < dv; m++ {
					S[(h*dk+i)*dv+m] *= math.Exp(decay[t0*Hkv*dk+h*dk+i])
				}
			}
			for m := 0; m < dv; m++ {
				got := 0.0
				for i := 0; i < dk; i++ {
					got += S[(h*dk+i)*dv+m] * kt[i]
				}
				vt[m] = beta[t0*Hkv+h] * (vt[m] - got)
			}
			for i := 0; i < dk; i++ {
				for m := 0; m < dv; m++ {
					S[(h*dk+i)*dv+m] += kt[i] * vt[m]
				}
			}
		}
		for h := 0; h < Hq; h++ {
			kh := h / (Hq / Hkv)
			for m := 0; m < dv; m++ {
				y := 0.0
				for i := 0; i < dk; i++ {
					y += q[t0*Hq*dk+h*dk+i] * S[(kh*dk+i)*dv+m]
				}
				want[t0*Hq*dv+h*dv+m] = y / math.Sqrt(dk)
			}
		}
	}
	out := runReal(t, compileGraph(t, g), q, k, v, past, decay, beta)
	near(t, "LinearAttention output", out[0], want, 1e-5)
	near(t, "LinearAttention present_state", out[1], S, 1e-5)
}
