package inference

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// decoderSpec is a tiny GPT-style decoder built in Go: token and position embeddings, pre-LN
// blocks of causal multi-head attention and a GELU MLP, a final LayerNorm and a tied LM head.
type decoderSpec struct {
	vocab, dim, heads, ff, layers, maxPos int
	cache                                 bool // past/present key/value interface
	tied                                  bool // the LM head is wte transposed (else a weight of its own)
	mask, pos                             bool // attention_mask / position_ids inputs
	ids                                   onnxpb.TensorProto_DataType
	seed                                  uint64
	// noPresentValue drops the last layer's present value output (an error case).
	noPresentValue bool
}

func tinySpec() decoderSpec {
	return decoderSpec{vocab: 23, dim: 16, heads: 2, ff: 32, layers: 2, maxPos: 32, cache: true, mask: true, pos: true,
		ids: onnxpb.TensorProto_INT64, seed: 1}
}

func (d decoderSpec) build() *onnxbuild.Graph {
	rng := rand.New(rand.NewPCG(d.seed, 17))
	hd := d.dim / d.heads
	const F, I64 = onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	g := onnxbuild.NewGraph(17)
	w := func(name string, std float64, dims ...int64) string {
		n := int64(1)
		for _, x := range dims {
			n *= x
		}
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(rng.NormFloat64() * std)
		}
		g.Init(name, onnxbuild.Floats(dims, v...))
		return name
	}
	fill := func(name string, val float32, n int64) string {
		v := make([]float32, n)
		for i := range v {
			v[i] = val
		}
		g.Init(name, onnxbuild.Floats([]int64{n}, v...))
		return name
	}
	V, D, H, HD, FF := int64(d.vocab), int64(d.dim), int64(d.heads), int64(hd), int64(d.ff)
	g.Input("input_ids", d.ids, 1, onnxbuild.Sym("S"))
	if d.mask {
		g.Input("attention_mask", I64, 1, onnxbuild.Sym("T"))
	}
	if d.pos {
		g.Input("position_ids", I64, 1, onnxbuild.Sym("S"))
	}
	if d.cache {
		for l := range d.layers {
			g.Input(fmt.Sprintf("past_key_values.%d.key", l), F, 1, H, onnxbuild.Sym("P"), HD)
			g.Input(fmt.Sprintf("past_key_values.%d.value", l), F, 1, H, onnxbuild.Sym("P"), HD)
		}
	}
	w("wte", 1, V, D)
	w("wpe", 0.5, int64(d.maxPos), D)
	g.Init("one", onnxbuild.Floats(nil, 1)).Init("big", onnxbuild.Floats(nil, 1e9)).Init("half", onnxbuild.Floats(nil, 0.5)).
		Init("c044715", onnxbuild.Floats(nil, 0.044715)).Init("sqrt2pi", onnxbuild.Floats(nil, float32(math.Sqrt(2/math.Pi)))).Init("attscale", onnxbuild.Floats(nil, float32(1/math.Sqrt(float64(hd))))).
		Init("i2", onnxbuild.Ints(nil, 2)).Init("i1", onnxbuild.Ints(nil, 1)).Init("i0", onnxbuild.Ints([]int64{1}, 0)).
		Init("heads_shape", onnxbuild.Ints([]int64{4}, 1, -1, H, HD)).Init("model_shape", onnxbuild.Ints([]int64{3}, 1, -1, D)).
		Init("mask_shape", onnxbuild.Ints([]int64{4}, 1, 1, 1, -1))
	g.Node("Gather", []string{"wte", "input_ids"}, []string{"tok"})
	if d.pos {
		g.Node("Gather", []string{"wpe", "position_ids"}, []string{"pe"})
	} else {
		// positions past … past+S−1 from the shapes alone
		g.Node("Shape", []string{"input_ids"}, []string{"ids_shape"}).
			Node("Gather", []string{"ids_shape", "i1"}, []string{"S"})
		if d.cache {
			g.Node("Shape", []string{"past_key_values.0.key"}, []string{"pk_shape"}).
				Node("Gather", []string{"pk_shape", "i2"}, []string{"past_len"})
		} else {
			g.Init("past_len", onnxbuild.Ints(nil, 0))
		}
		g.Node("Add", []string{"past_len", "S"}, []string{"end"}).
			Node("Range", []string{"past_len", "end", "i1"}, []string{"positions"}).
			Node("Gather", []string{"wpe", "positions"}, []string{"pe"})
	}
	g.Node("Add", []string{"tok", "pe"}, []string{"x0"})
	if d.mask {
		g.Node("Cast", []string{"attention_mask"}, []string{"am"}, onnxbuild.A("to", int64(F))).
			Node("Sub", []string{"am", "one"}, []string{"am1"}).
			Node("Mul", []string{"am1", "big"}, []string{"am2"}).
			Node("Reshape", []string{"am2", "mask_shape"}, []string{"am_bias"})
	}
	x := "x0"
	for l := range d.layers {
		p := func(s string) string { return fmt.Sprintf("l%d_%s", l, s) }
		ln := func(in, out string) {
			g.Node("LayerNormalization", []string{in, fill(out+"_g", 1, D), fill(out+"_b", 0, D)}, []string{out}, onnxbuild.A("axis", int64(-1)), onnxbuild.A("epsilon", float32(1e-5)))
		}
		ln(x, p("h"))
		for _, t := range []string{"q", "k", "v"} {
			g.Node("MatMul", []string{p("h"), w(p("W"+t), 2/math.Sqrt(float64(d.dim)), D, D)}, []string{p(t + "0")}).
				Node("Add", []string{p(t + "0"), w(p("b"+t), 0.1, D)}, []string{p(t + "1")}).
				Node("Reshape", []string{p(t + "1"), "heads_shape"}, []string{p(t + "2")}).
				Node("Transpose", []string{p(t + "2")}, []string{p(t)}, onnxbuild.A("perm", []int64{0, 2, 1, 3}))
		}
		K, Vv := p("k"), p("v")
		if d.cache {
			K, Vv = fmt.Sprintf("present.%d.key", l), fmt.Sprintf("present.%d.value", l)
			g.Node("Concat", []string{fmt.Sprintf("past_key_values.%d.key", l), p("k")}, []string{K}, onnxbuild.A("axis", int64(2))).
				Node("Concat", []string{fmt.Sprintf("past_key_values.%d.value", l), p("v")}, []string{Vv}, onnxbuild.A("axis", int64(2)))
		}
		g.Node("Transpose", []string{K}, []string{p("kt")}, onnxbuild.A("perm", []int64{0, 1, 3, 2})).
			Node("MatMul", []string{p("q"), p("kt")}, []string{p("s0")}).
			Node("Mul", []string{p("s0"), "attscale"}, []string{p("s1")}).
			// the causal mask: query i (at past+i) sees keys j ≤ past+i, k = T − S
			Node("Shape", []string{p("s1")}, []string{p("sshape")}).
			Node("ConstantOfShape", []string{p("sshape")}, []string{p("ones")}, onnxbuild.A("value", onnxbuild.Floats([]int64{1}, 1))).
			Node("Shape", []string{K}, []string{p("kshape")}).
			Node("Gather", []string{p("kshape"), "i2"}, []string{p("T")}).
			Node("Shape", []string{p("q")}, []string{p("qshape")}).
			Node("Gather", []string{p("qshape"), "i2"}, []string{p("S")}).
			Node("Sub", []string{p("T"), p("S")}, []string{p("diag")}).
			Node("Trilu", []string{p("ones"), p("diag")}, []string{p("tri")}, onnxbuild.A("upper", int64(0))).
			Node("Sub", []string{p("tri"), "one"}, []string{p("tri1")}).
			Node("Mul", []string{p("tri1"), "big"}, []string{p("causal")}).
			Node("Add", []string{p("s1"), p("causal")}, []string{p("s2")})
		scores := p("s2")
		if d.mask {
			g.Node("Add", []string{scores, "am_bias"}, []string{p("s3")})
			scores = p("s3")
		}
		g.Node("Softmax", []string{scores}, []string{p("att")}, onnxbuild.A("axis", int64(-1))).
			Node("MatMul", []string{p("att"), Vv}, []string{p("o0")}).
			Node("Transpose", []string{p("o0")}, []string{p("o1")}, onnxbuild.A("perm", []int64{0, 2, 1, 3})).
			Node("Reshape", []string{p("o1"), "model_shape"}, []string{p("o2")}).
			Node("MatMul", []string{p("o2"), w(p("Wo"), 1/math.Sqrt(float64(d.dim)), D, D)}, []string{p("o3")}).
			Node("Add", []string{p("o3"), w(p("bo"), 0.1, D)}, []string{p("o")}).
			Node("Add", []string{x, p("o")}, []string{p("x1")})
		ln(p("x1"), p("h2"))
		g.Node("MatMul", []string{p("h2"), w(p("W1"), 1/math.Sqrt(float64(d.dim)), D, FF)}, []string{p("f0")}).
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
			Node("MatMul", []string{p("gelu"), w(p("W2"), 1/math.Sqrt(float64(d.ff)), FF, D)}, []string{p("m0")}).
			Node("Add", []string{p("m0"), w(p("b2"), 0.1, D)}, []string{p("m")}).
			Node("Add", []string{p("x1"), p("m")}, []string{p("x")})
		x = p("x")
	}
	g.Node("LayerNormalization", []string{x, fill("lnf_g", 1, D), fill("lnf_b", 0, D)}, []string{"xf"}, onnxbuild.A("axis", int64(-1)))
	if d.tied {
		g.Node("Transpose", []string{"wte"}, []string{"head"}, onnxbuild.A("perm", []int64{1, 0}))
	} else {
		w("head", 1, D, V)
	}
	g.Node("MatMul", []string{"xf", "head"}, []string{"logits"})
	g.Output("logits", F, 1, onnxbuild.Sym("S"), V)
	if d.cache {
		for l := range d.layers {
			g.Output(fmt.Sprintf("present.%d.key", l), F, 1, H, onnxbuild.Sym("T"), HD)
			if !(d.noPresentValue && l == d.layers-1) {
				g.Output(fmt.Sprintf("present.%d.value", l), F, 1, H, onnxbuild.Sym("T"), HD)
			}
		}
	}
	return g
}

func decode(t *testing.T, g *onnxbuild.Graph) *onnx.Model {
	t.Helper()
	m, err := onnx.Decode(g.Bytes(), onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func compileGen(t *testing.T, m *onnx.Model, gen Generate) *Program {
	t.Helper()
	opt := DefaultOptions
	opt.Generate = &gen
	p, err := Compile(m, opt)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// runGen runs a generation program (checking every step's per-element rule against its kernel).
func runGen(t *testing.T, p *Program, prompt []int64, seed ...int64) []int64 {
	t.Helper()
	ins := [][]int64{prompt}
	if len(seed) > 0 {
		ins = append(ins, seed)
	}
	if err := CheckElements(p, ins, 1<<20); err != nil {
		t.Fatalf("per-element rules disagree with the kernels: %v", err)
	}
	outs, err := Run(p, ins)
	if err != nil {
		t.Fatal(err)
	}
	return outs[0]
}

// referenceGreedy generates n tokens without a cache: the no-cache form of the decoder compiled
// for each length of the growing sequence, run on the whole sequence, ArgMax of its last logits.
// It also returns the smallest gap between the best and second-best logit met.
func referenceGreedy(t *testing.T, d decoderSpec, prompt []int64, n int) ([]int64, float64, [][]int64) {
	t.Helper()
	d.cache = false
	m := decode(t, d.build())
	seq := append([]int64{}, prompt...)
	margin := math.Inf(1)
	var logits [][]int64
	for range n {
		T := int64(len(seq))
		opt := DefaultOptions
		opt.InputShapes = map[string][]int64{"input_ids": {1, T}, "attention_mask": {1, T}, "position_ids": {1, T}}
		p, err := Compile(m, opt)
		if err != nil {
			t.Fatal(err)
		}
		var ins [][]int64
		for _, in := range m.Inputs {
			switch in.Name {
			case "input_ids":
				ins = append(ins, seq)
			case "attention_mask":
				ones := make([]int64, T)
				for i := range ones {
					ones[i] = 1
				}
				ins = append(ins, ones)
			case "position_ids":
				pos := make([]int64, T)
				for i := range pos {
					pos[i] = int64(i)
				}
				ins = append(ins, pos)
			}
		}
		outs, err := Run(p, ins)
		if err != nil {
			t.Fatal(err)
		}
		V := int64(d.vocab)
		last := outs[0][(T-1)*V : T*V]
		logits = append(logits, last)
		best, second := 0, -1
		for i := 1; i < len(last); i++ {
			switch {
			case last[i] > last[best]:
				best, second = i, best
			case second < 0 || last[i] > last[second]:
				second = i
			}
		}
		margin = min(margin, Dequantize(last[best]-last[second], p.Values[p.Outputs[0]].Scale))
		seq = append(seq, int64(best))
	}
	return seq[len(prompt):], margin, logits
}

// stepLogits reads the last position's logits of every generation step from a run of p.
func stepLogits(t *testing.T, p *Program, prompt []int64, steps int) [][]int64 {
	t.Helper()
	vals, err := Execute(p, [][]int64{prompt})
	if err != nil {
		t.Fatal(err)
	}
	res := make([][]int64, steps)
	for id, v := range p.Values {
		var k int
		if n, _ := fmt.Sscanf(v.Name, "gen[%d]/last_logits", &k); n == 1 && strings.HasSuffix(v.Name, "]/last_logits") {
			res[k] = vals[id]
		}
	}
	for k, l := range res {
		if l == nil {
			t.Fatalf("no logits of step %d in the program", k)
		}
	}
	return res
}

func TestGenerateGreedyMatchesRecomputation(t *testing.T) {
	prompts := [][]int64{{3}, {5, 1, 7}, {0, 22, 11, 4, 9}, {2, 2, 2, 2}}
	variants := map[string]func(*decoderSpec){
		"mask+positions":  func(*decoderSpec) {},
		"bare":            func(d *decoderSpec) { d.mask, d.pos = false, false },
		"int32 ids, tied": func(d *decoderSpec) { d.ids = onnxpb.TensorProto_INT32; d.tied = true; d.seed = 5 },
	}
	const steps = 7
	for name, vary := range variants {
		t.Run(name, func(t *testing.T) {
			d := tinySpec()
			vary(&d)
			m := decode(t, d.build())
			distinct := map[int64]bool{}
			for _, prompt := range prompts {
				p := compileGen(t, m, Generate{Steps: steps, PromptLen: len(prompt)})
				if in, out := p.Values[p.Inputs[0]], p.Values[p.Outputs[0]]; len(p.Inputs) != 1 || !sameShape(in.Shape, []int64{1, int64(len(prompt))}) ||
					!sameShape(out.Shape, []int64{1, steps}) || out.Name != GenerateOutput || !out.Int {
					t.Fatalf("program takes %v and gives %v %v", in.Shape, out.Name, out.Shape)
				}
				got := runGen(t, p, prompt)
				want, margin, wantLogits := referenceGreedy(t, d, prompt, steps)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("prompt %v: KV-cache program generated %v, recomputation %v (smallest logit margin %.3g)", prompt, got, want, margin)
				}
				// Not only the tokens: every step's logits are the recomputation's, bit for bit.
				for k, l := range stepLogits(t, p, prompt, steps) {
					if fmt.Sprint(l) != fmt.Sprint(wantLogits[k]) {
						t.Errorf("prompt %v, step %d: logits %v, recomputation %v", prompt, k, l, wantLogits[k])
					}
				}
				t.Logf("prompt %v: %v, smallest margin %.3g", prompt, got, margin)
				for _, tok := range got {
					distinct[tok] = true
				}
			}
			if len(distinct) < 4 {
				t.Errorf("only %d distinct tokens generated: the test decoder says too little", len(distinct))
			}
		})
	}
}

// The weights are compiled once: a generation program holds about the constants of one step (the
// tied LM head's transpose is folded once, not once per step).
func TestGenerateSharesWeights(t *testing.T) {
	d := tinySpec()
	d.tied = true
	m := decode(t, d.build())
	one := compileGen(t, m, Generate{Steps: 1, PromptLen: 3})
	many := compileGen(t, m, Generate{Steps: 12, PromptLen: 3})
	_, p1 := one.Summary()
	_, p12 := many.Summary()
	if p12 > p1+p1/2 {
		t.Errorf("12 steps hold %d constant elements, 1 step %d", p12, p1)
	}
	if one.Hash() == many.Hash() {
		t.Error("the number of steps is not in the program")
	}
	// The last step's present key/values are computed by nothing that is needed.
	for _, s := range many.Steps {
		if strings.HasPrefix(s.Node, "gen[11]/") && strings.Contains(s.Node, "present") {
			t.Errorf("dead step kept: %s", s.Node)
		}
	}
}

// A model file carrying the generation parameters in its metadata compiles, with the default
// options, to the program the same parameters give explicitly.
func TestGenerateFromMetadata(t *testing.T) {
	d := tinySpec()
	gen := Generate{Steps: 4, PromptLen: 2}
	want := compileGen(t, decode(t, d.build()), gen)
	m := decode(t, d.build().Meta(GenerateMetadataKey, gen.MarshalMetadata()))
	p, err := Compile(m, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if p.Hash() != want.Hash() {
		t.Error("metadata and options compile to different programs")
	}
	for _, bad := range []string{`{"steps": 4, "prompt_len": 2, "stepz": 1}`, `{"steps": 4`, `{"steps": 0, "prompt_len": 2}`} {
		m := decode(t, d.build().Meta(GenerateMetadataKey, bad))
		if _, err := Compile(m, DefaultOptions); err == nil {
			t.Errorf("metadata %s accepted", bad)
		}
	}
}

func TestGenerateErrors(t *testing.T) {
	d := tinySpec()
	noCache := d
	noCache.cache = false
	noPresent := d
	noPresent.noPresentValue = true
	extra := d.build().Input("use_cache_branch", onnxpb.TensorProto_BOOL, 1)
	cases := []struct {
		name string
		g    *onnxbuild.Graph
		gen  Generate
		want string
	}{
		{"no cache", noCache.build(), Generate{Steps: 2, PromptLen: 2}, `no input "past_key_values.0.key"`},
		{"no present value", noPresent.build(), Generate{Steps: 2, PromptLen: 2}, `no output "present.1.value"`},
		{"other names", d.build(), Generate{Steps: 2, PromptLen: 2, InputIDs: "tokens"}, `input "input_ids" is not part of the generation interface`},
		{"no logits", d.build(), Generate{Steps: 2, PromptLen: 2, Logits: "lm_logits"}, `no output "lm_logits"`},
		{"unknown input", extra, Generate{Steps: 2, PromptLen: 2}, `input "use_cache_branch" is not part`},
		{"zero steps", d.build(), Generate{PromptLen: 2}, "steps 0"},
		{"no prompt", d.build(), Generate{Steps: 3}, "prompt length 0"},
		{"bad pattern", d.build(), Generate{Steps: 1, PromptLen: 1, PastKey: "past.key"}, "must hold %d once"},
		{"bad temperature", d.build(), Generate{Steps: 1, PromptLen: 1, Temperature: -1}, "temperature"},
		{"wrong axis", d.build(), Generate{Steps: 2, PromptLen: 2, SeqAxis: 3}, `"past_key_values.0.key": axis 2 has no fixed size ("P")`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opt := DefaultOptions
			opt.Generate = &tc.gen
			_, err := Compile(decode(t, tc.g), opt)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	// A constant bound to the unknown input makes the model usable.
	opt := DefaultOptions
	opt.Generate = &Generate{Steps: 2, PromptLen: 2}
	opt.ConstInputs = map[string]*onnx.Tensor{"use_cache_branch": {DType: onnx.Bool, Shape: []int64{1}, Ints: []int64{1}}}
	if _, err := Compile(decode(t, extra), opt); err != nil {
		t.Fatal(err)
	}
	// A prompt token out of the vocabulary fails the run, naming the step.
	p := compileGen(t, decode(t, d.build()), Generate{Steps: 2, PromptLen: 2})
	if _, err := Run(p, [][]int64{{1, 99}}); err == nil {
		t.Error("token 99 of a 23-token vocabulary accepted")
	} else if se := (*StepError)(nil); !errors.As(err, &se) {
		t.Errorf("run error %v is not a step error", err)
	}
}

// constDecoder has the KV-cache interface and fixed logits: what it samples depends on the
// seed and the step alone.
func constDecoder(logits []float32) *onnxbuild.Graph {
	const F, I64 = onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	V := int64(len(logits))
	g := onnxbuild.NewGraph(17).
		Input("input_ids", I64, 1, onnxbuild.Sym("S")).
		Input("past_key_values.0.key", F, 1, 1, onnxbuild.Sym("P"), 1).
		Input("past_key_values.0.value", F, 1, 1, onnxbuild.Sym("P"), 1).
		Init("L", onnxbuild.Floats([]int64{V}, logits...)).Init("zero", onnxbuild.Floats(nil, 0)).
		Init("kv_shape", onnxbuild.Ints([]int64{4}, 1, 1, -1, 1)).Init("col", onnxbuild.Ints([]int64{3}, 1, -1, 1)).
		Node("Cast", []string{"input_ids"}, []string{"x"}, onnxbuild.A("to", int64(F))).
		Node("Reshape", []string{"x", "kv_shape"}, []string{"kv"}).
		Node("Concat", []string{"past_key_values.0.key", "kv"}, []string{"present.0.key"}, onnxbuild.A("axis", int64(2))).
		Node("Concat", []string{"past_key_values.0.value", "kv"}, []string{"present.0.value"}, onnxbuild.A("axis", int64(2))).
		Node("Reshape", []string{"x", "col"}, []string{"x3"}).
		Node("Mul", []string{"x3", "zero"}, []string{"z"}).
		Node("Add", []string{"z", "L"}, []string{"logits"})
	return g.Output("logits", F, 1, onnxbuild.Sym("S"), V).
		Output("present.0.key", F, 1, 1, onnxbuild.Sym("T"), 1).
		Output("present.0.value", F, 1, 1, onnxbuild.Sym("T"), 1)
}

func TestGenerateSampling(t *testing.T) {
	logits := []float32{0, 1, 2, -1, 0.5, 3, -2, 1.5, 0, 2.5, -30}
	m := decode(t, constDecoder(logits))
	const steps = 3
	for _, temp := range []float64{1, 0.5} {
		p := compileGen(t, m, Generate{Steps: steps, PromptLen: 2, Temperature: temp})
		if len(p.Inputs) != 2 || p.Values[p.Inputs[1]].Name != GenerateSeedInput {
			t.Fatalf("the sampling program's inputs are %v", p.Inputs)
		}
		// The distribution the program samples from, in float64.
		cum := make([]float64, len(logits))
		var sum float64
		for i, l := range logits {
			sum += math.Exp(float64(l) / temp)
			cum[i] = sum
		}
		for i := range cum {
			cum[i] /= sum
		}
		counts := make([]int, len(logits))
		const runs = 1500
		for seed := int64(-runs / 2); seed < runs/2; seed++ {
			var got []int64
			if seed == 0 {
				got = runGen(t, p, []int64{1, 2}, seed)
			} else {
				outs, err := Run(p, [][]int64{{1, 2}, {seed * 0x1234567}})
				if err != nil {
					t.Fatal(err)
				}
				got = outs[0]
			}
			for k, tok := range got {
				counts[tok]++
				u := math.Ldexp(float64(sampleMixRef(seed*0x1234567, k, DefaultScale)), -int(DefaultScale))
				want := 0
				for want < len(cum)-1 && cum[want] <= u {
					want++
				}
				if int(tok) != want && math.Abs(cum[min(int(tok), want)]-u) > 1e-5 {
					t.Fatalf("T=%g seed %d step %d: sampled %d, the spec's u=%.6f gives %d", temp, seed*0x1234567, k, tok, u, want)
				}
			}
		}
		if counts[len(logits)-1] != 0 {
			t.Errorf("a token of probability e^-30 drawn %d times", counts[len(logits)-1])
		}
		// χ² of the counts against the distribution (10 degrees of freedom; 29.6 is p = 0.001).
		var chi2 float64
		prev := 0.0
		for i, c := range counts[:len(logits)-1] {
			e := (cum[i] - prev) * runs * steps
			prev = cum[i]
			chi2 += (float64(c) - e) * (float64(c) - e) / e
		}
		if chi2 > 29.6 {
			t.Errorf("T=%g: counts %v do not follow the softmax (χ² = %.1f)", temp, counts, chi2)
		}
		t.Logf("T=%g: counts %v, χ² = %.1f", temp, counts, chi2)
	}
	// Extreme seeds neither overflow nor fail; the same seed gives the same tokens.
	p := compileGen(t, m, Generate{Steps: steps, PromptLen: 1, Temperature: 1})
	for _, seed := range []int64{math.MinInt64, math.MaxInt64, -1, 0} {
		a, err := Run(p, [][]int64{{0}, {seed}})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		b, _ := Run(p, [][]int64{{0}, {seed}})
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("seed %d: %v then %v", seed, a, b)
		}
	}
}

// Sampling through a real decoder: seeded, reproducible, and different seeds differ.
func TestGenerateSamplingDecoder(t *testing.T) {
	d := tinySpec()
	p := compileGen(t, decode(t, d.build()), Generate{Steps: 6, PromptLen: 3, Temperature: 1.5})
	prompt := []int64{5, 1, 7}
	first := runGen(t, p, prompt, 42)
	seen := map[string]bool{}
	for seed := range int64(8) {
		outs, err := Run(p, [][]int64{prompt, {seed}})
		if err != nil {
			t.Fatal(err)
		}
		seen[fmt.Sprint(outs[0])] = true
	}
	again, _ := Run(p, [][]int64{prompt, {42}})
	if fmt.Sprint(again[0]) != fmt.Sprint(first) {
		t.Errorf("seed 42 gave %v then %v", first, again[0])
	}
	if len(seen) < 4 {
		t.Errorf("8 seeds gave %d different generations", len(seen))
	}
}
