package inference

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

type decoderSpec = onnxbuild.DecoderSpec

func tinySpec() decoderSpec { return onnxbuild.TinyDecoder() }

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
	d.Cache = false
	m := decode(t, d.Build())
	seq := append([]int64{}, prompt...)
	margin := math.Inf(1)
	var logits [][]int64
	for range n {
		T := int64(len(seq))
		opt := DefaultOptions
		opt.InputShapes = map[string][]int64{}
		for _, in := range m.Inputs { // a binding must name an input the model has
			opt.InputShapes[in.Name] = []int64{1, T}
		}
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
		V := int64(d.Vocab)
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
		"bare":            func(d *decoderSpec) { d.Mask, d.Pos = false, false },
		"int32 ids, tied": func(d *decoderSpec) { d.IDs = onnxpb.TensorProto_INT32; d.Tied = true; d.Seed = 5 },
	}
	const steps = 7
	for name, vary := range variants {
		t.Run(name, func(t *testing.T) {
			d := tinySpec()
			vary(&d)
			m := decode(t, d.Build())
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
	d.Tied = true
	m := decode(t, d.Build())
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
	want := compileGen(t, decode(t, d.Build()), gen)
	m := decode(t, d.Build().Meta(GenerateMetadataKey, gen.MarshalMetadata()))
	p, err := Compile(m, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if p.Hash() != want.Hash() {
		t.Error("metadata and options compile to different programs")
	}
	for _, bad := range []string{`{"steps": 4, "prompt_len": 2, "stepz": 1}`, `{"steps": 4`, `{"steps": 0, "prompt_len": 2}`} {
		m := decode(t, d.Build().Meta(GenerateMetadataKey, bad))
		if _, err := Compile(m, DefaultOptions); err == nil {
			t.Errorf("metadata %s accepted", bad)
		}
	}
}

func TestGenerateErrors(t *testing.T) {
	d := tinySpec()
	noCache := d
	noCache.Cache = false
	noPresent := d
	noPresent.NoPresentValue = true
	extra := d.Build().Input("use_cache_branch", onnxpb.TensorProto_BOOL, 1)
	fixed := onnxbuild.NewGraph(17).Input("input_ids", onnxpb.TensorProto_INT64, 1, 4).
		Input("past_key_values.0.key", onnxpb.TensorProto_FLOAT, 1, 1, onnxbuild.Sym("P"), 1).
		Input("past_key_values.0.value", onnxpb.TensorProto_FLOAT, 1, 1, onnxbuild.Sym("P"), 1).
		Node("Identity", []string{"past_key_values.0.key"}, []string{"present.0.key"}).
		Node("Identity", []string{"past_key_values.0.value"}, []string{"present.0.value"}).
		Node("Cast", []string{"input_ids"}, []string{"logits0"}, onnxbuild.A("to", int64(onnxpb.TensorProto_FLOAT))).
		Node("Unsqueeze", []string{"logits0", "axes"}, []string{"logits"}).Init("axes", onnxbuild.Ints([]int64{1}, 2)).
		Output("logits", onnxpb.TensorProto_FLOAT, 1, 4, 1).
		Output("present.0.key", onnxpb.TensorProto_FLOAT, 1, 1, onnxbuild.Sym("P"), 1).
		Output("present.0.value", onnxpb.TensorProto_FLOAT, 1, 1, onnxbuild.Sym("P"), 1)
	cases := []struct {
		name string
		g    *onnxbuild.Graph
		gen  Generate
		want string
	}{
		{"no cache", noCache.Build(), Generate{Steps: 2, PromptLen: 2}, `no input "past_key_values.0.key"`},
		{"no present value", noPresent.Build(), Generate{Steps: 2, PromptLen: 2}, `no output "present.1.value"`},
		{"other names", d.Build(), Generate{Steps: 2, PromptLen: 2, InputIDs: "tokens"}, `input "input_ids" is not part of the generation interface`},
		{"no logits", d.Build(), Generate{Steps: 2, PromptLen: 2, Logits: "lm_logits"}, `no output "lm_logits"`},
		{"unknown input", extra, Generate{Steps: 2, PromptLen: 2}, `input "use_cache_branch" is not part`},
		{"zero steps", d.Build(), Generate{PromptLen: 2}, "steps 0"},
		{"fixed length", fixed, Generate{Steps: 2, PromptLen: 3}, `input "input_ids" is declared with size 4 on axis 1, the step feeds it [1 3]`},
		{"no prompt", d.Build(), Generate{Steps: 3}, "prompt length 0"},
		{"bad pattern", d.Build(), Generate{Steps: 1, PromptLen: 1, PastKey: "past.key"}, "must hold %d once"},
		{"bad temperature", d.Build(), Generate{Steps: 1, PromptLen: 1, Temperature: -1}, "temperature"},
		{"wrong axis", d.Build(), Generate{Steps: 2, PromptLen: 2, SeqAxis: 3}, `"past_key_values.0.key": axis 2 has no fixed size ("P")`},
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
	p := compileGen(t, decode(t, d.Build()), Generate{Steps: 2, PromptLen: 2})
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
	p := compileGen(t, decode(t, d.Build()), Generate{Steps: 6, PromptLen: 3, Temperature: 1.5})
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
