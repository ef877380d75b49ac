package inference

import (
	"math"
	"math/rand"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func randVals(r *rand.Rand, n int, scale float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = math.Round((r.Float64()*2-1)*scale*4096) / 4096
	}
	return v
}

// attnCase is one Attention configuration and its float64 reference.
type attnCase struct {
	name                   string
	B, Hq, Hkv, S, P, L, D int // L new keys, P past keys
	threeD, causal         bool
	softcap, scale         float64
	mode                   int
	maskKind               string // "", "float" (short: L+P−1 keys), "bool" (full, one row masked throughout)
	nonpad                 []int64
	opset                  int64
	q, k, v, pk, pv, fmask []float64
	bmask                  []float64
}

// reference computes Y [B,Hq,S,D], present K/V and the qk output per the ONNX function body.
func (a *attnCase) reference() (y, qkOut []float64) {
	T := a.P + a.L
	rep := a.Hq / a.Hkv
	key := func(b, h, t, d int) float64 { // present key of kv head h
		if t < a.P {
			return a.pk[((b*a.Hkv+h)*a.P+t)*a.D+d]
		}
		return a.k[((b*a.Hkv+h)*a.L+t-a.P)*a.D+d]
	}
	val := func(b, h, t, d int) float64 {
		if t < a.P {
			return a.pv[((b*a.Hkv+h)*a.P+t)*a.D+d]
		}
		return a.v[((b*a.Hkv+h)*a.L+t-a.P)*a.D+d]
	}
	scale := a.scale
	if scale == 0 {
		scale = 1 / math.Sqrt(float64(a.D))
	}
	y = make([]float64, a.B*a.Hq*a.S*a.D)
	qkOut = make([]float64, a.B*a.Hq*a.S*T)
	for b := 0; b < a.B; b++ {
		for h := 0; h < a.Hq; h++ {
			for i := 0; i < a.S; i++ {
				sc := make([]float64, T)
				bias := make([]float64, T)
				for j := 0; j < T; j++ {
					dot := 0.0
					for d := 0; d < a.D; d++ {
						dot += a.q[((b*a.Hq+h)*a.S+i)*a.D+d] * key(b, h/rep, j, d)
					}
					qk := dot * scale
					capped := qk
					if a.softcap != 0 {
						capped = a.softcap * math.Tanh(qk/a.softcap)
					}
					switch a.maskKind {
					case "float":
						if j < T-1 {
							bias[j] = a.fmask[i*(T-1)+j]
						} else {
							bias[j] = math.Inf(-1)
						}
					case "bool":
						if a.bmask[((b*a.Hq+h)*a.S+i)*T+j] == 0 {
							bias[j] = math.Inf(-1)
						}
					}
					off := a.P
					if a.nonpad != nil {
						off = int(a.nonpad[b]) - a.S
						if int64(j) >= a.nonpad[b] {
							bias[j] = math.Inf(-1)
						}
					}
					if a.causal && j > i+off {
						bias[j] = math.Inf(-1)
					}
					sc[j] = capped + bias[j]
					o := ((b*a.Hq+h)*a.S+i)*T + j
					switch a.mode {
					case 0:
						qkOut[o] = qk
					case 1:
						qkOut[o] = capped
					case 2:
						qkOut[o] = sc[j]
					}
				}
				m := math.Inf(-1)
				for _, s := range sc {
					m = math.Max(m, s)
				}
				p := make([]float64, T)
				if !math.IsInf(m, -1) {
					sum := 0.0
					for j, s := range sc {
						p[j] = math.Exp(s - m)
						sum += p[j]
					}
					for j := range p {
						p[j] /= sum
					}
				}
				for j := range p {
					if a.mode == 3 {
						qkOut[((b*a.Hq+h)*a.S+i)*T+j] = p[j]
					}
					for d := 0; d < a.D; d++ {
						y[((b*a.Hq+h)*a.S+i)*a.D+d] += p[j] * val(b, h/rep, j, d)
					}
				}
			}
		}
	}
	return y, qkOut
}

// mergeHeads reorders [B,H,S,D] into [B,S,H·D].
func mergeHeads(x []float64, B, H, S, D int) []float64 {
	out := make([]float64, len(x))
	for b := 0; b < B; b++ {
		for h := 0; h < H; h++ {
			for s := 0; s < S; s++ {
				for d := 0; d < D; d++ {
					out[((b*S+s)*H+h)*D+d] = x[((b*H+h)*S+s)*D+d]
				}
			}
		}
	}
	return out
}

func TestAttention(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	cases := []*attnCase{
		{name: "3d gqa past causal short float mask softcap mode 2", B: 2, Hq: 4, Hkv: 2, S: 3, P: 2, L: 3, D: 4,
			threeD: true, causal: true, softcap: 1.5, mode: 2, maskKind: "float", opset: 23},
		{name: "4d bool mask, masked row, scale, mode 3", B: 1, Hq: 2, Hkv: 2, S: 3, L: 4, D: 4,
			scale: 0.3, mode: 3, maskKind: "bool", opset: 23},
		{name: "4d gqa causal nonpad, mode 0", B: 2, Hq: 2, Hkv: 1, S: 2, L: 4, D: 4,
			causal: true, mode: 0, nonpad: []int64{3, 1}, opset: 24},
		{name: "4d softcap mode 1", B: 1, Hq: 1, Hkv: 1, S: 2, L: 3, D: 8, softcap: 2, mode: 1, opset: 23},
	}
	r := rand.New(rand.NewSource(7))
	for _, a := range cases {
		T := a.P + a.L
		a.q = randVals(r, a.B*a.Hq*a.S*a.D, 1.5)
		a.k = randVals(r, a.B*a.Hkv*a.L*a.D, 1.5)
		a.v = randVals(r, a.B*a.Hkv*a.L*a.D, 2)
		a.pk = randVals(r, a.B*a.Hkv*a.P*a.D, 1.5)
		a.pv = randVals(r, a.B*a.Hkv*a.P*a.D, 2)
		a.fmask = randVals(r, a.S*(T-1), 1)
		a.bmask = make([]float64, a.B*a.Hq*a.S*T)
		for i := range a.bmask {
			a.bmask[i] = float64(r.Intn(2))
		}
		if a.maskKind == "bool" {
			for j := 0; j < T; j++ { // head 1, row 2 masked throughout
				a.bmask[((0*a.Hq+1)*a.S+2)*T+j] = 0
			}
			a.bmask[0] = 1
		}
		g := onnxbuild.NewGraph(a.opset)
		ins := []string{"Q", "K", "V", "", "", "", ""}
		feeds := [][]float64{}
		q, k, v := a.q, a.k, a.v
		if a.threeD {
			q, k, v = mergeHeads(q, a.B, a.Hq, a.S, a.D), mergeHeads(k, a.B, a.Hkv, a.L, a.D), mergeHeads(v, a.B, a.Hkv, a.L, a.D)
			g.Input("Q", f, a.B, a.S, a.Hq*a.D).Input("K", f, a.B, a.L, a.Hkv*a.D).Input("V", f, a.B, a.L, a.Hkv*a.D)
		} else {
			g.Input("Q", f, a.B, a.Hq, a.S, a.D).Input("K", f, a.B, a.Hkv, a.L, a.D).Input("V", f, a.B, a.Hkv, a.L, a.D)
		}
		feeds = append(feeds, q, k, v)
		switch a.maskKind {
		case "float":
			g.Input("mask", f, a.S, T-1)
			feeds = append(feeds, a.fmask)
			ins[3] = "mask"
		case "bool":
			g.Input("mask", onnxpb.TensorProto_BOOL, a.B, a.Hq, a.S, T)
			feeds = append(feeds, a.bmask)
			ins[3] = "mask"
		}
		if a.P > 0 {
			g.Input("pk", f, a.B, a.Hkv, a.P, a.D).Input("pv", f, a.B, a.Hkv, a.P, a.D)
			feeds = append(feeds, a.pk, a.pv)
			ins[4], ins[5] = "pk", "pv"
		}
		if a.nonpad != nil {
			g.Input("nonpad", onnxpb.TensorProto_INT64, a.B)
			np := make([]float64, a.B)
			for i, x := range a.nonpad {
				np[i] = float64(x)
			}
			feeds = append(feeds, np)
			ins[6] = "nonpad"
		}
		for len(ins) > 3 && ins[len(ins)-1] == "" {
			ins = ins[:len(ins)-1]
		}
		attrs := []onnxbuild.Attr{onnxbuild.A("qk_matmul_output_mode", a.mode)}
		if a.threeD {
			attrs = append(attrs, onnxbuild.A("q_num_heads", a.Hq), onnxbuild.A("kv_num_heads", a.Hkv))
		}
		if a.causal {
			attrs = append(attrs, onnxbuild.A("is_causal", 1))
		}
		if a.softcap != 0 {
			attrs = append(attrs, onnxbuild.A("softcap", a.softcap))
		}
		if a.scale != 0 {
			attrs = append(attrs, onnxbuild.A("scale", a.scale))
		}
		g.Node("Attention", ins, []string{"Y", "pkOut", "pvOut", "qk"}, attrs...)
		if a.threeD {
			g.Output("Y", f, a.B, a.S, a.Hq*a.D)
		} else {
			g.Output("Y", f, a.B, a.Hq, a.S, a.D)
		}
		g.Output("pkOut", f, a.B, a.Hkv, T, a.D).Output("qk", f, a.B, a.Hq, a.S, T)
		out := runReal(t, compileGraph(t, g), feeds...)
		y, qk := a.reference()
		if a.threeD {
			y = mergeHeads(y, a.B, a.Hq, a.S, a.D)
		}
		near(t, a.name+" Y", out[0], y, 2e-5)
		// present_key: past then new, per head
		pres := make([]float64, 0, a.B*a.Hkv*T*a.D)
		for b := 0; b < a.B; b++ {
			for h := 0; h < a.Hkv; h++ {
				pres = append(pres, a.pk[(b*a.Hkv+h)*a.P*a.D:(b*a.Hkv+h+1)*a.P*a.D]...)
				pres = append(pres, a.k[(b*a.Hkv+h)*a.L*a.D:(b*a.Hkv+h+1)*a.L*a.D]...)
			}
		}
		near(t, a.name+" present_key", out[1], pres, 1e-7)
		near(t, a.name+" qk", out[2], qk, 2e-5)
	}
}

func TestRMSNormRotarySwiGLU(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	r := rand.New(rand.NewSource(3))
	// RMSNormalization over the last two axes of [2, 3, 4].
	x := randVals(r, 24, 3)
	w := randVals(r, 12, 1)
	g := onnxbuild.NewGraph(23).Input("x", f, 2, 3, 4).Input("w", f, 3, 4).
		Node("RMSNormalization", []string{"x", "w"}, []string{"y"}, onnxbuild.A("axis", -2), onnxbuild.A("epsilon", 0.01)).
		Output("y", f, 2, 3, 4)
	want := make([]float64, 24)
	for b := 0; b < 2; b++ {
		ss := 0.0
		for i := 0; i < 12; i++ {
			ss += x[b*12+i] * x[b*12+i]
		}
		r := math.Sqrt(ss/12 + float64(float32(0.01)))
		for i := 0; i < 12; i++ {
			want[b*12+i] = x[b*12+i] / r * w[i]
		}
	}
	near(t, "RMSNormalization", runReal(t, compileGraph(t, g), x, w)[0], want, 1e-5)

	// RotaryEmbedding, 3-D input [B=1, S=2, H·D=2·6], rotary dim 4, interleaved, position ids.
	for _, inter := range []int{0, 1} {
		x := randVals(r, 24, 2)
		cos, sin := make([]float64, 10), make([]float64, 10) // cache [5, 2]
		for p := 0; p < 5; p++ {
			for i := 0; i < 2; i++ {
				th := float64(p) / math.Pow(100, float64(i)/2)
				cos[p*2+i], sin[p*2+i] = math.Cos(th), math.Sin(th)
			}
		}
		pos := []float64{3, 1}
		g := onnxbuild.NewGraph(23).Input("x", f, 1, 2, 12).Input("cos", f, 5, 2).Input("sin", f, 5, 2).
			Input("pos", onnxpb.TensorProto_INT64, 1, 2).
			Node("RotaryEmbedding", []string{"x", "cos", "sin", "pos"}, []string{"y"},
				onnxbuild.A("num_heads", 2), onnxbuild.A("rotary_embedding_dim", 4), onnxbuild.A("interleaved", inter)).
			Output("y", f, 1, 2, 12)
		want := append([]float64{}, x...)
		for s := 0; s < 2; s++ {
			p := int(pos[s])
			for h := 0; h < 2; h++ {
				base := s*12 + h*6
				for i := 0; i < 2; i++ {
					a, b := base+i, base+2+i
					if inter == 1 {
						a, b = base+2*i, base+2*i+1
					}
					c, sn := cos[p*2+i], sin[p*2+i]
					want[a] = c*x[a] - sn*x[b]
					want[b] = sn*x[a] + c*x[b]
				}
			}
		}
		near(t, "RotaryEmbedding", runReal(t, compileGraph(t, g), x, cos, sin, pos)[0], want, 1e-6)
	}

	// SwiGLU: a·sigmoid(alpha·a)·b.
	a, b := randVals(r, 6, 4), randVals(r, 6, 2)
	g = onnxbuild.NewGraph(28).Input("a", f, 6).Input("b", f, 6).
		Node("SwiGLU", []string{"a", "b"}, []string{"y"}, onnxbuild.A("alpha", 0.5)).Output("y", f, 6)
	want = make([]float64, 6)
	for i := range want {
		want[i] = a[i] / (1 + math.Exp(-0.5*a[i])) * b[i]
	}
	near(t, "SwiGLU", runReal(t, compileGraph(t, g), a, b)[0], want, 1e-5)
}
