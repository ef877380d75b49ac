package onnxbuild

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// DecoderSpec is a GPT-style decoder built in Go, the engine's text-generation fixture: token and
// position embeddings, pre-LN blocks of causal multi-head attention and a GELU MLP, a final
// LayerNorm and an LM head (tied to the token embeddings or not).
type DecoderSpec struct {
	Vocab, Dim, Heads, FF, Layers, MaxPos int
	Cache                                 bool // past/present key/value interface (HF names)
	Tied                                  bool // the LM head is wte transposed (else a weight of its own)
	Mask, Pos                             bool // attention_mask / position_ids inputs
	IDs                                   onnxpb.TensorProto_DataType
	Seed                                  uint64
	// NoPresentValue drops the last layer's present value output (an error case).
	NoPresentValue bool
}

// TinyDecoder is a 2-layer decoder of 23 tokens, width 16, 2 heads, with the KV-cache interface,
// attention_mask and position_ids.
func TinyDecoder() DecoderSpec {
	return DecoderSpec{Vocab: 23, Dim: 16, Heads: 2, FF: 32, Layers: 2, MaxPos: 32, Cache: true, Mask: true, Pos: true,
		IDs: onnxpb.TensorProto_INT64, Seed: 1}
}

// Build writes the decoder: token and position embeddings, pre-LN blocks of causal multi-head
// attention (the mask from the shapes: Trilu with k = past length) and a GELU (tanh) MLP, a final
// LayerNorm and the LM head; weights drawn from Seed. Without Cache it has no past/present.
func (d DecoderSpec) Build() *Graph {
	rng := rand.New(rand.NewPCG(d.Seed, 17))
	hd := d.Dim / d.Heads
	const F, I64 = onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	g := NewGraph(17)
	w := func(name string, std float64, dims ...int64) string {
		n := int64(1)
		for _, x := range dims {
			n *= x
		}
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(rng.NormFloat64() * std)
		}
		g.Init(name, Floats(dims, v...))
		return name
	}
	fill := func(name string, val float32, n int64) string {
		v := make([]float32, n)
		for i := range v {
			v[i] = val
		}
		g.Init(name, Floats([]int64{n}, v...))
		return name
	}
	V, D, H, HD, FF := int64(d.Vocab), int64(d.Dim), int64(d.Heads), int64(hd), int64(d.FF)
	g.Input("input_ids", d.IDs, 1, Sym("S"))
	if d.Mask {
		g.Input("attention_mask", I64, 1, Sym("T"))
	}
	if d.Pos {
		g.Input("position_ids", I64, 1, Sym("S"))
	}
	if d.Cache {
		for l := range d.Layers {
			g.Input(fmt.Sprintf("past_key_values.%d.key", l), F, 1, H, Sym("P"), HD)
			g.Input(fmt.Sprintf("past_key_values.%d.value", l), F, 1, H, Sym("P"), HD)
		}
	}
	w("wte", 1, V, D)
	w("wpe", 0.5, int64(d.MaxPos), D)
	g.Init("one", Floats(nil, 1)).Init("big", Floats(nil, 1e9)).Init("half", Floats(nil, 0.5)).
		Init("c044715", Floats(nil, 0.044715)).Init("sqrt2pi", Floats(nil, float32(math.Sqrt(2/math.Pi)))).Init("attscale", Floats(nil, float32(1/math.Sqrt(float64(hd))))).
		Init("i2", Ints(nil, 2)).Init("i1", Ints(nil, 1)).Init("i0", Ints([]int64{1}, 0)).
		Init("heads_shape", Ints([]int64{4}, 1, -1, H, HD)).Init("model_shape", Ints([]int64{3}, 1, -1, D)).
		Init("mask_shape", Ints([]int64{4}, 1, 1, 1, -1))
	g.Node("Gather", []string{"wte", "input_ids"}, []string{"tok"})
	if d.Pos {
		g.Node("Gather", []string{"wpe", "position_ids"}, []string{"pe"})
	} else {
		// positions past … past+S−1 from the shapes alone
		g.Node("Shape", []string{"input_ids"}, []string{"ids_shape"}).
			Node("Gather", []string{"ids_shape", "i1"}, []string{"S"})
		if d.Cache {
			g.Node("Shape", []string{"past_key_values.0.key"}, []string{"pk_shape"}).
				Node("Gather", []string{"pk_shape", "i2"}, []string{"past_len"})
		} else {
			g.Init("past_len", Ints(nil, 0))
		}
		g.Node("Add", []string{"past_len", "S"}, []string{"end"}).
			Node("Range", []string{"past_len", "end", "i1"}, []string{"positions"}).
			Node("Gather", []string{"wpe", "positions"}, []string{"pe"})
	}
	g.Node("Add", []string{"tok", "pe"}, []string{"x0"})
	if d.Mask {
		g.Node("Cast", []string{"attention_mask"}, []string{"am"}, A("to", int64(F))).
			Node("Sub", []string{"am", "one"}, []string{"am1"}).
			Node("Mul", []string{"am1", "big"}, []string{"am2"}).
			Node("Reshape", []string{"am2", "mask_shape"}, []string{"am_bias"})
	}
	x := "x0"
	for l := range d.Layers {
		p := func(s string) string { return fmt.Sprintf("l%d_%s", l, s) }
		ln := func(in, out string) {
			g.Node("LayerNormalization", []string{in, fill(out+"_g", 1, D), fill(out+"_b", 0, D)}, []string{out}, A("axis", int64(-1)), A("epsilon", float32(1e-5)))
		}
		ln(x, p("h"))
		for _, t := range []string{"q", "k", "v"} {
			g.Node("MatMul", []string{p("h"), w(p("W"+t), 2/math.Sqrt(float64(d.Dim)), D, D)}, []string{p(t + "0")}).
				Node("Add", []string{p(t + "0"), w(p("b"+t), 0.1, D)}, []string{p(t + "1")}).
				Node("Reshape", []string{p(t + "1"), "heads_shape"}, []string{p(t + "2")}).
				Node("Transpose", []string{p(t + "2")}, []string{p(t)}, A("perm", []int64{0, 2, 1, 3}))
		}
		K, Vv := p("k"), p("v")
		if d.Cache {
			K, Vv = fmt.Sprintf("present.%d.key", l), fmt.Sprintf("present.%d.value", l)
			g.Node("Concat", []string{fmt.Sprintf("past_key_values.%d.key", l), p("k")}, []string{K}, A("axis", int64(2))).
				Node("Concat", []string{fmt.Sprintf("past_key_values.%d.value", l), p("v")}, []string{Vv}, A("axis", int64(2)))
		}
		g.Node("Transpose", []string{K}, []string{p("kt")}, A("perm", []int64{0, 1, 3, 2})).
			Node("MatMul", []string{p("q"), p("kt")}, []string{p("s0")}).
			Node("Mul", []string{p("s0"), "attscale"}, []string{p("s1")}).
			// the causal mask: query i (at past+i) sees keys j ≤ past+i, k = T − S
			Node("Shape", []string{p("s1")}, []string{p("sshape")}).
			Node("ConstantOfShape", []string{p("sshape")}, []string{p("ones")}, A("value", Floats([]int64{1}, 1))).
			Node("Shape", []string{K}, []string{p("kshape")}).
			Node("Gather", []string{p("kshape"), "i2"}, []string{p("T")}).
			Node("Shape", []string{p("q")}, []string{p("qshape")}).
			Node("Gather", []string{p("qshape"), "i2"}, []string{p("S")}).
			Node("Sub", []string{p("T"), p("S")}, []string{p("diag")}).
			Node("Trilu", []string{p("ones"), p("diag")}, []string{p("tri")}, A("upper", int64(0))).
			Node("Sub", []string{p("tri"), "one"}, []string{p("tri1")}).
			Node("Mul", []string{p("tri1"), "big"}, []string{p("causal")}).
			Node("Add", []string{p("s1"), p("causal")}, []string{p("s2")})
		scores := p("s2")
		if d.Mask {
			g.Node("Add", []string{scores, "am_bias"}, []string{p("s3")})
			scores = p("s3")
		}
		g.Node("Softmax", []string{scores}, []string{p("att")}, A("axis", int64(-1))).
			Node("MatMul", []string{p("att"), Vv}, []string{p("o0")}).
			Node("Transpose", []string{p("o0")}, []string{p("o1")}, A("perm", []int64{0, 2, 1, 3})).
			Node("Reshape", []string{p("o1"), "model_shape"}, []string{p("o2")}).
			Node("MatMul", []string{p("o2"), w(p("Wo"), 1/math.Sqrt(float64(d.Dim)), D, D)}, []string{p("o3")}).
			Node("Add", []string{p("o3"), w(p("bo"), 0.1, D)}, []string{p("o")}).
			Node("Add", []string{x, p("o")}, []string{p("x1")})
		ln(p("x1"), p("h2"))
		g.Node("MatMul", []string{p("h2"), w(p("W1"), 1/math.Sqrt(float64(d.Dim)), D, FF)}, []string{p("f0")}).
			Node("Add", []string{p("f0"), w(p("b1"), 0.1, FF)}, []string{p("f1")}).
			// GPT-2's GELU: 0.5·f·(1 + tanh(√(2/π)·(f + 0.044715·f³)))
			Node("Mul", []string{p("f1"), p("f1")}, []string{p("f2")}).
			Node("Mul", []string{p("f2"), p("f1")}, []string{p("f3")}).
			Node("Mul", []string{p("f3"), "c044715"}, []string{p("f4")}).
			Node("Add", []string{p("f1"), p("f4")}, []string{p("f5")}).
			Node("Mul", []string{p("f5"), "sqrt2pi"}, []string{p("f6")}).
			Node("Tanh", []string{p("f6")}, []string{p("f7")}).
			Node("Add", []string{p("f7"), "one"}, []string{p("f8")}).
			Node("Mul", []string{p("f1"), p("f8")}, []string{p("f9")}).
			Node("Mul", []string{p("f9"), "half"}, []string{p("gelu")}).
			Node("MatMul", []string{p("gelu"), w(p("W2"), 1/math.Sqrt(float64(d.FF)), FF, D)}, []string{p("m0")}).
			Node("Add", []string{p("m0"), w(p("b2"), 0.1, D)}, []string{p("m")}).
			Node("Add", []string{p("x1"), p("m")}, []string{p("x")})
		x = p("x")
	}
	g.Node("LayerNormalization", []string{x, fill("lnf_g", 1, D), fill("lnf_b", 0, D)}, []string{"xf"}, A("axis", int64(-1)))
	if d.Tied {
		g.Node("Transpose", []string{"wte"}, []string{"head"}, A("perm", []int64{1, 0}))
	} else {
		w("head", 1, D, V)
	}
	g.Node("MatMul", []string{"xf", "head"}, []string{"logits"})
	g.Output("logits", F, 1, Sym("S"), V)
	if d.Cache {
		for l := range d.Layers {
			g.Output(fmt.Sprintf("present.%d.key", l), F, 1, H, Sym("T"), HD)
			if !(d.NoPresentValue && l == d.Layers-1) {
				g.Output(fmt.Sprintf("present.%d.value", l), F, 1, H, Sym("T"), HD)
			}
		}
	}
	return g
}
