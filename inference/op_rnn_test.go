package inference

import (
	"fmt"
	"math"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// pinVal is 0.5·sin(0.7k + off), k = 0…n−1, rounded to float32: deterministic operands that a
// Python script can reproduce for onnxruntime.
func pinVal(off float64, n int) []float64 {
	v := make([]float64, n)
	for k := range v {
		v[k] = float64(float32(0.5 * math.Sin(0.7*float64(k)+off)))
	}
	return v
}

type recCase struct {
	op          string // RNN, GRU, LSTM
	dir         string
	layout      int
	T, B, I, H  int
	bias, init  bool
	peep        bool
	lbr         bool // GRU linear_before_reset
	inputForget bool
	lens        []int64 // nil: none
	lensRuntime bool
	clip        float64
}

func (rc recCase) gates() int { return map[string]int{"RNN": 1, "GRU": 3, "LSTM": 4}[rc.op] }
func (rc recCase) dirs() int {
	if rc.dir == "bidirectional" {
		return 2
	}
	return 1
}

type recOperands struct{ X, W, R, B, H0, C0, P []float64 } // X, H0, C0 in layout 0

func (rc recCase) operands() recOperands {
	D, G := rc.dirs(), rc.gates()
	return recOperands{
		X: pinVal(0.1, rc.T*rc.B*rc.I), W: pinVal(0.2, D*G*rc.H*rc.I), R: pinVal(0.3, D*G*rc.H*rc.H),
		B: pinVal(0.4, D*2*G*rc.H), H0: pinVal(0.5, D*rc.B*rc.H), C0: pinVal(0.6, D*rc.B*rc.H), P: pinVal(0.7, D*3*rc.H),
	}
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// reference computes Y [T, D, B, H], Y_h and Y_c [D, B, H] in float64, from the ONNX operator
// definitions (default activations).
func (rc recCase) reference(o recOperands) (Y, Yh, Yc []float64) {
	T, B, I, H, D, G := rc.T, rc.B, rc.I, rc.H, rc.dirs(), rc.gates()
	Y = make([]float64, T*D*B*H)
	Yh, Yc = make([]float64, D*B*H), make([]float64, D*B*H)
	clip := func(x float64) float64 {
		if rc.clip > 0 {
			return math.Max(-rc.clip, math.Min(rc.clip, x))
		}
		return x
	}
	for d := range D {
		w := func(g, j, k int) float64 { return o.W[((d*G+g)*H+j)*I+k] }
		r := func(g, j, k int) float64 { return o.R[((d*G+g)*H+j)*H+k] }
		wb := func(g, j int) float64 {
			if !rc.bias {
				return 0
			}
			return o.B[d*2*G*H+g*H+j]
		}
		rb := func(g, j int) float64 {
			if !rc.bias {
				return 0
			}
			return o.B[d*2*G*H+(G+g)*H+j]
		}
		for b := range B {
			h, c := make([]float64, H), make([]float64, H)
			if rc.init {
				copy(h, o.H0[(d*B+b)*H:])
				copy(c, o.C0[(d*B+b)*H:])
			}
			n := T
			if rc.lens != nil {
				n = int(rc.lens[b])
			}
			for k := range n {
				t := k
				if rc.dir == "reverse" || d == 1 {
					t = n - 1 - k
				}
				x := o.X[(t*B+b)*I : (t*B+b+1)*I]
				// pre(g, hv) = x·W_gᵀ + Wb_g + hv·R_gᵀ + Rb_g
				pre := func(g int, hv []float64, withRb bool) []float64 {
					out := make([]float64, H)
					for j := range H {
						s := wb(g, j)
						if withRb {
							s += rb(g, j)
						}
						for q := range I {
							s += x[q] * w(g, j, q)
						}
						for q := range H {
							s += hv[q] * r(g, j, q)
						}
						out[j] = s
					}
					return out
				}
				nh := make([]float64, H)
				switch rc.op {
				case "RNN":
					a := pre(0, h, true)
					for j := range H {
						nh[j] = math.Tanh(clip(a[j]))
					}
				case "GRU":
					z, rr := pre(0, h, true), pre(1, h, true)
					for j := range H {
						z[j], rr[j] = sigmoid(clip(z[j])), sigmoid(clip(rr[j]))
					}
					var hh []float64
					if rc.lbr {
						zero := make([]float64, H)
						xh := pre(2, zero, false)
						hr := make([]float64, H)
						for j := range H {
							hr[j] = rb(2, j)
							for q := range H {
								hr[j] += h[q] * r(2, j, q)
							}
							xh[j] += rr[j] * hr[j]
						}
						hh = xh
					} else {
						rh := make([]float64, H)
						for q := range H {
							rh[q] = rr[q] * h[q]
						}
						hh = pre(2, rh, true)
					}
					for j := range H {
						g := math.Tanh(clip(hh[j]))
						nh[j] = (1-z[j])*g + z[j]*h[j]
					}
				case "LSTM":
					ig, og, fg, cg := pre(0, h, true), pre(1, h, true), pre(2, h, true), pre(3, h, true)
					nc := make([]float64, H)
					for j := range H {
						p := func(k int) float64 {
							if !rc.peep {
								return 0
							}
							return o.P[d*3*H+k*H+j]
						}
						i := sigmoid(clip(ig[j] + p(0)*c[j]))
						f := sigmoid(clip(fg[j] + p(2)*c[j]))
						if rc.inputForget {
							f = 1 - i
						}
						nc[j] = f*c[j] + i*math.Tanh(clip(cg[j]))
						ot := sigmoid(clip(og[j] + p(1)*nc[j]))
						nh[j] = ot * math.Tanh(nc[j])
					}
					c = nc
				}
				h = nh
				copy(Y[((t*D+d)*B+b)*H:], h)
			}
			copy(Yh[(d*B+b)*H:], h)
			copy(Yc[(d*B+b)*H:], c)
		}
	}
	return Y, Yh, Yc
}

// permute reorders a row-major tensor of shape `shape` by perm (numpy transpose).
func permute(x []float64, shape []int64, perm []int64) []float64 {
	outShape := make([]int64, len(perm))
	for i, p := range perm {
		outShape[i] = shape[p]
	}
	st := strides(shape)
	out := make([]float64, len(x))
	idx := make([]int64, len(perm))
	for j := range out {
		unflatten(int64(j), outShape, idx)
		src := int64(0)
		for i, p := range perm {
			src += idx[i] * st[p]
		}
		out[j] = x[src]
	}
	return out
}

// graph builds the node with every operand a graph input (weights too unless constWeights),
// in the case's layout, and returns the inputs in order.
func (rc recCase) graph(o recOperands, constWeights bool) (*onnxbuild.Graph, [][]float64) {
	T, B, I, H, D, G := int64(rc.T), int64(rc.B), int64(rc.I), int64(rc.H), int64(rc.dirs()), int64(rc.gates())
	g := onnxbuild.NewGraph(14)
	var feeds [][]float64
	x, st := o.X, []any{D, B, H}
	xShape := []any{T, B, I}
	h0, c0 := o.H0, o.C0
	if rc.layout == 1 {
		x = permute(o.X, []int64{T, B, I}, []int64{1, 0, 2})
		xShape, st = []any{B, T, I}, []any{B, D, H}
		h0 = permute(o.H0, []int64{D, B, H}, []int64{1, 0, 2})
		c0 = permute(o.C0, []int64{D, B, H}, []int64{1, 0, 2})
	}
	g.Input("X", tFloat, xShape...)
	feeds = append(feeds, x)
	f32 := func(v []float64) []float32 {
		out := make([]float32, len(v))
		for i, x := range v {
			out[i] = float32(x)
		}
		return out
	}
	operand := func(name string, v []float64, dims ...int64) {
		if constWeights {
			g.Init(name, onnxbuild.Floats(dims, f32(v)...))
			return
		}
		shape := make([]any, len(dims))
		for i, d := range dims {
			shape[i] = d
		}
		g.Input(name, tFloat, shape...)
		feeds = append(feeds, v)
	}
	operand("W", o.W, D, G*H, I)
	operand("R", o.R, D, G*H, H)
	ins := []string{"X", "W", "R", "", "", "", "", ""}
	if rc.bias {
		operand("B", o.B, D, 2*G*H)
		ins[3] = "B"
	}
	if rc.lens != nil {
		if rc.lensRuntime {
			g.Input("L", onnxpb.TensorProto_INT32, B)
			l := make([]float64, len(rc.lens))
			for i, v := range rc.lens {
				l[i] = float64(v)
			}
			feeds = append(feeds, l)
		} else {
			l := make([]int32, len(rc.lens))
			for i, v := range rc.lens {
				l[i] = int32(v)
			}
			g.Init("L", &onnxpb.TensorProto{DataType: func() *int32 { v := int32(onnxpb.TensorProto_INT32); return &v }(), Dims: []int64{B}, Int32Data: l})
		}
		ins[4] = "L"
	}
	if rc.init {
		g.Input("H0", tFloat, st...)
		feeds = append(feeds, h0)
		ins[5] = "H0"
		if rc.op == "LSTM" {
			g.Input("C0", tFloat, st...)
			feeds = append(feeds, c0)
			ins[6] = "C0"
		}
	}
	if rc.peep {
		operand("P", o.P, D, 3*H)
		ins[7] = "P"
	}
	for len(ins) > 3 && ins[len(ins)-1] == "" {
		ins = ins[:len(ins)-1]
	}
	attrs := []onnxbuild.Attr{onnxbuild.A("hidden_size", rc.H), onnxbuild.A("direction", rc.dir)}
	if rc.layout != 0 {
		attrs = append(attrs, onnxbuild.A("layout", rc.layout))
	}
	if rc.lbr {
		attrs = append(attrs, onnxbuild.A("linear_before_reset", 1))
	}
	if rc.inputForget {
		attrs = append(attrs, onnxbuild.A("input_forget", 1))
	}
	if rc.clip > 0 {
		attrs = append(attrs, onnxbuild.A("clip", rc.clip))
	}
	outs := []string{"Y", "Y_h"}
	if rc.op == "LSTM" {
		outs = append(outs, "Y_c")
	}
	g.Node(rc.op, ins, outs, attrs...)
	yShape, sShape := []any{T, D, B, H}, st
	if rc.layout == 1 {
		yShape = []any{B, T, D, H}
	}
	g.Output("Y", tFloat, yShape...).Output("Y_h", tFloat, sShape...)
	if rc.op == "LSTM" {
		g.Output("Y_c", tFloat, sShape...)
	}
	return g, feeds
}

// check runs the case in the engine and compares with want (layout 0), or with the reference.
func (rc recCase) check(t *testing.T, constWeights bool, tol float64, want ...[]float64) {
	t.Helper()
	o := rc.operands()
	Y, Yh, Yc := rc.reference(o)
	if want == nil {
		want = [][]float64{Y, Yh, Yc}
	}
	g, feeds := rc.graph(o, constWeights)
	got := runReal(t, compileGraph(t, g), feeds...)
	T, B, H, D := int64(rc.T), int64(rc.B), int64(rc.H), int64(rc.dirs())
	for i := range got {
		w := want[i]
		if rc.layout == 1 {
			if i == 0 {
				w = permute(w, []int64{T, D, B, H}, []int64{2, 0, 1, 3})
			} else {
				w = permute(w, []int64{D, B, H}, []int64{1, 0, 2})
			}
		}
		near(t, []string{"Y", "Y_h", "Y_c"}[i], got[i], w, tol)
	}
}

// Two cases pinned to onnxruntime 1.23's outputs (operands from pinVal; opset 14, every operand a
// graph input): they anchor the reference the other cases are checked against.
func TestRecurrentMatchesONNXRuntime(t *testing.T) {
	lstm := recCase{op: "LSTM", dir: "bidirectional", T: 3, B: 2, I: 2, H: 2, bias: true, init: true, peep: true, lens: []int64{3, 2}, lensRuntime: true}
	lstmWant := [][]float64{
		{-0.1449575, -0.2382290, -0.0352709, -0.2628980, 0.0109552, -0.2438563, -0.1538585, -0.2255018, -0.2927371, -0.3390239, -0.2503949, -0.2912418,
			-0.0418683, -0.2554272, -0.1952154, -0.2680378, -0.3640876, -0.3261875, 0, 0, -0.0550177, -0.2671556, 0, 0},
		{-0.3640876, -0.3261875, -0.2503949, -0.2912418, 0.0109552, -0.2438563, -0.1538585, -0.2255018},
		{-0.6011559, -0.4653432, -0.3617978, -0.3898603, 0.0205048, -0.4104661, -0.2750508, -0.3722649},
	}
	gru := recCase{op: "GRU", dir: "bidirectional", T: 3, B: 2, I: 2, H: 2, bias: true, init: true, lbr: true, lens: []int64{3, 2}, lensRuntime: true}
	gruWant := [][]float64{
		{0.2424170, 0.3848477, 0.3035189, 0.2992760, -0.3935767, -0.2993703, -0.4956948, -0.3172781, 0.2105025, 0.2311065, 0.2876485, 0.0037017,
			-0.3809178, -0.2782347, -0.6395728, -0.3156022, 0.2501744, 0.1155938, 0, 0, -0.2795992, -0.3356546, 0, 0},
		{0.2501744, 0.1155938, 0.2876485, 0.0037017, -0.3935767, -0.2993703, -0.4956948, -0.3172781},
	}
	for _, c := range []struct {
		rc   recCase
		want [][]float64
	}{{lstm, lstmWant}, {gru, gruWant}} {
		Y, Yh, Yc := c.rc.reference(c.rc.operands())
		for i, ref := range [][]float64{Y, Yh, Yc}[:len(c.want)] {
			near(t, fmt.Sprintf("%s reference output %d", c.rc.op, i), ref, c.want[i], 1e-6)
		}
		c.rc.check(t, false, 1e-5, c.want...)
	}
}

func TestRecurrentVariants(t *testing.T) {
	var cases []recCase
	for _, op := range []string{"RNN", "GRU", "LSTM"} {
		for _, dir := range []string{"forward", "reverse", "bidirectional"} {
			for layout := range 2 {
				rc := recCase{op: op, dir: dir, layout: layout, T: 4, B: 3, I: 3, H: 4, bias: true, init: layout == 0}
				cases = append(cases, rc)
				rc.lens, rc.init = []int64{4, 1, 3}, true
				cases = append(cases, rc)
				rc.lensRuntime = true
				cases = append(cases, rc)
			}
		}
	}
	cases = append(cases,
		recCase{op: "GRU", dir: "forward", T: 5, B: 2, I: 3, H: 3, bias: true, lbr: true},
		recCase{op: "GRU", dir: "bidirectional", T: 3, B: 2, I: 2, H: 3, lbr: true, init: true},
		recCase{op: "LSTM", dir: "forward", T: 5, B: 2, I: 3, H: 3, bias: true, peep: true, init: true},
		recCase{op: "LSTM", dir: "bidirectional", T: 4, B: 2, I: 3, H: 3, bias: true, peep: true, inputForget: true, lens: []int64{2, 4}},
		recCase{op: "LSTM", dir: "forward", T: 4, B: 2, I: 3, H: 3, bias: true, clip: 0.25},
		recCase{op: "RNN", dir: "forward", T: 1, B: 1, I: 1, H: 1},
	)
	for _, rc := range cases {
		t.Run(fmt.Sprintf("%s/%s/layout%d/lens%v/rt%v", rc.op, rc.dir, rc.layout, rc.lens, rc.lensRuntime), func(t *testing.T) {
			rc.check(t, true, 1e-4)
			if rc.layout == 0 && rc.lens == nil {
				rc.check(t, false, 1e-4) // weights supplied at run time
			}
		})
	}
}
