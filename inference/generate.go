package inference

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Text generation (issue 17): a decoder with a KV-cache interface becomes one program whose input
// is the prompt's token ids and whose output is the generated token ids, so an LLM request is one
// verifiable request. The decoder's main graph is inlined once per generated token (as a Loop body
// is unrolled, op_control.go): step 0 runs the prompt against an empty cache, each later step runs
// the previous step's token against the previous step's present key/values. Weights are compiled
// once and shared by every step. See docs/NUMERICS.md, "Text generation".

// GenerateMetadataKey is the ONNX metadata_props key under which a model file carries its
// generation parameters (Generate as JSON): a node compiling the file with the default options
// then compiles the generation program the file's hash commits to.
const GenerateMetadataKey = "auspex.generate"

// Generate configures a generation program. Names left empty take the Hugging Face (optimum)
// export's conventions; %d in a key/value name stands for the layer number.
type Generate struct {
	// Steps is the number of tokens generated (the output is [1, Steps]).
	Steps int `json:"steps"`
	// PromptLen is the prompt's length in tokens (the input is [1, PromptLen]).
	PromptLen int `json:"prompt_len"`
	// Temperature 0 is greedy decoding (ArgMax of the last position's logits, the first index
	// among equals). Above 0 the program samples from softmax(logits / Temperature) with a
	// second input, the seed (int64 [1]), by integer arithmetic only (sampleToken).
	Temperature float64 `json:"temperature,omitempty"`

	InputIDs      string `json:"input_ids,omitempty"`      // "input_ids", int [1, S]
	AttentionMask string `json:"attention_mask,omitempty"` // "attention_mask" [1, past+S], filled with ones, if the model has it
	PositionIDs   string `json:"position_ids,omitempty"`   // "position_ids" [1, S], filled with past … past+S−1, if the model has it
	PastKey       string `json:"past_key,omitempty"`       // "past_key_values.%d.key" [1, heads, past, head_dim]
	PastValue     string `json:"past_value,omitempty"`     // "past_key_values.%d.value"
	PresentKey    string `json:"present_key,omitempty"`    // "present.%d.key" [1, heads, past+S, head_dim]
	PresentValue  string `json:"present_value,omitempty"`  // "present.%d.value"
	Logits        string `json:"logits,omitempty"`         // "logits" [1, S, vocab]
	// SeqAxis is the sequence axis of the past and present tensors (0 means 2, the HF layout).
	SeqAxis int `json:"seq_axis,omitempty"`
}

// Names of the generation program's inputs and output.
const (
	GenerateSeedInput = "seed"
	GenerateOutput    = "generated_ids"
)

// MaxGenerateSteps bounds Steps and PromptLen (each step inlines the whole decoder; the lowered
// node bound MaxLoweredNodes applies as well).
const MaxGenerateSteps = 4096

func (g Generate) normalized() (Generate, error) {
	def := func(s *string, d string) {
		if *s == "" {
			*s = d
		}
	}
	def(&g.InputIDs, "input_ids")
	def(&g.AttentionMask, "attention_mask")
	def(&g.PositionIDs, "position_ids")
	def(&g.PastKey, "past_key_values.%d.key")
	def(&g.PastValue, "past_key_values.%d.value")
	def(&g.PresentKey, "present.%d.key")
	def(&g.PresentValue, "present.%d.value")
	def(&g.Logits, "logits")
	if g.SeqAxis == 0 {
		g.SeqAxis = 2
	}
	switch {
	case g.Steps < 1 || g.Steps > MaxGenerateSteps:
		return g, fmt.Errorf("generate: steps %d outside [1, %d]", g.Steps, MaxGenerateSteps)
	case g.PromptLen < 1 || g.PromptLen > MaxGenerateSteps:
		return g, fmt.Errorf("generate: prompt length %d outside [1, %d]", g.PromptLen, MaxGenerateSteps)
	case !(g.Temperature >= 0) || math.IsInf(g.Temperature, 0) || (g.Temperature > 0 && g.Temperature < 1e-3):
		return g, fmt.Errorf("generate: temperature %g must be 0 (greedy) or in [0.001, +Inf)", g.Temperature)
	case g.SeqAxis < 1:
		return g, fmt.Errorf("generate: sequence axis %d of the key/value tensors must be ≥ 1 (axis 0 is the batch)", g.SeqAxis)
	}
	for _, p := range []string{g.PastKey, g.PastValue, g.PresentKey, g.PresentValue} {
		if strings.Count(p, "%d") != 1 || strings.Count(p, "%") != 1 {
			return g, fmt.Errorf("generate: key/value name pattern %q must hold %%d once (the layer)", p)
		}
	}
	return g, nil
}

// MarshalMetadata is g's canonical JSON, the value of GenerateMetadataKey.
func (g Generate) MarshalMetadata() string {
	b, _ := json.Marshal(g) // a struct of strings and numbers
	return string(b)
}

// GenerateFromMetadata reads the generation parameters a model file carries (GenerateMetadataKey);
// ok is false when it carries none.
func GenerateFromMetadata(m *onnx.Model) (g *Generate, ok bool, err error) {
	s, ok := m.Metadata[GenerateMetadataKey]
	if !ok {
		return nil, false, nil
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.DisallowUnknownFields()
	g = &Generate{}
	if err := dec.Decode(g); err != nil {
		return nil, false, fmt.Errorf("metadata %s: %w", GenerateMetadataKey, err)
	}
	if dec.More() {
		return nil, false, fmt.Errorf("metadata %s: trailing data", GenerateMetadataKey)
	}
	return g, true, nil
}

// genRole is what the generation wrapper feeds a model input.
type genRole int

const (
	roleIDs genRole = iota
	roleMask
	rolePos
	rolePastKey
	rolePastValue
	roleConst
)

type genInput struct {
	role  genRole
	layer int
	dtype onnx.DataType
	shape []int64 // past: the full shape, its sequence axis to be set per step
	id    int32   // roleConst: the constant
}

// genInterface is how a model's inputs and outputs map onto the generation interface.
type genInterface struct {
	inputs  []genInput // per m.Inputs
	layers  int
	ids     onnx.DataType
	logits  int      // index into m.Outputs
	present [][2]int // per layer: key, value index into m.Outputs
}

func (g *Generate) bindInterface(c *compiler) (*genInterface, error) {
	m := c.m
	f := &genInterface{inputs: make([]genInput, len(m.Inputs)), logits: -1}
	past := map[string][2]int{} // name → layer, 0 key / 1 value
	for l := range m.Inputs {
		past[fmt.Sprintf(g.PastKey, l)] = [2]int{l, 0}
		past[fmt.Sprintf(g.PastValue, l)] = [2]int{l, 1}
	}
	seen := map[[2]int]bool{}
	hasIDs := false
	for i, in := range m.Inputs {
		gi := genInput{dtype: in.DType}
		if t, ok := c.opt.ConstInputs[in.Name]; ok {
			t2 := *t
			t2.Name = in.Name
			id, err := c.constTensor(&t2)
			if err != nil {
				return nil, fmt.Errorf("constant input %q: %w", in.Name, err)
			}
			gi.role, gi.id = roleConst, id
			f.inputs[i] = gi
			continue
		}
		if in.Shape == nil {
			return nil, fmt.Errorf("generate: input %q has no declared shape", in.Name)
		}
		switch lk, isPast := past[in.Name]; {
		case in.Name == g.InputIDs:
			gi.role, hasIDs, f.ids = roleIDs, true, in.DType
			if !in.DType.IsInt() || len(in.Shape) != 2 {
				return nil, fmt.Errorf("generate: input %q (the token ids) must be an integer tensor [batch, sequence], is %s of rank %d", in.Name, in.DType, len(in.Shape))
			}
		case in.Name == g.AttentionMask || in.Name == g.PositionIDs:
			gi.role = roleMask
			if in.Name == g.PositionIDs {
				gi.role = rolePos
				if !in.DType.IsInt() {
					return nil, fmt.Errorf("generate: input %q (the positions) must be an integer tensor, is %s", in.Name, in.DType)
				}
			}
			if len(in.Shape) != 2 {
				return nil, fmt.Errorf("generate: input %q must be [batch, sequence], has rank %d", in.Name, len(in.Shape))
			}
		case isPast:
			gi.role, gi.layer = rolePastKey+genRole(lk[1]), lk[0]
			seen[lk] = true
			f.layers = max(f.layers, lk[0]+1)
			if !in.DType.IsFloat() {
				return nil, fmt.Errorf("generate: input %q (a past key/value) must be a float tensor, is %s", in.Name, in.DType)
			}
			shape, err := g.kvShape(c, in)
			if err != nil {
				return nil, err
			}
			gi.shape = shape
		default:
			return nil, fmt.Errorf("generate: input %q is not part of the generation interface (%s, %s, %s, %s, %s): bind it to a constant (ConstInputs) or name it",
				in.Name, g.InputIDs, g.AttentionMask, g.PositionIDs, g.PastKey, g.PastValue)
		}
		f.inputs[i] = gi
	}
	if !hasIDs {
		return nil, fmt.Errorf("generate: the model has no input %q (the token ids)", g.InputIDs)
	}
	if f.layers == 0 {
		return nil, fmt.Errorf("generate: the model has no input %q: generation needs a KV-cache interface, past key/value inputs per layer (%s, %s) and present outputs (%s, %s)",
			fmt.Sprintf(g.PastKey, 0), g.PastKey, g.PastValue, g.PresentKey, g.PresentValue)
	}
	for l := range f.layers {
		for kv, pat := range []string{g.PastKey, g.PastValue} {
			if !seen[[2]int{l, kv}] {
				return nil, fmt.Errorf("generate: the model has no input %q (layer %d of %d)", fmt.Sprintf(pat, l), l, f.layers)
			}
		}
	}
	outs := map[string]int{}
	for i, o := range m.Outputs {
		outs[o.Name] = i
	}
	var ok bool
	if f.logits, ok = outs[g.Logits]; !ok {
		return nil, fmt.Errorf("generate: the model has no output %q (the logits)", g.Logits)
	}
	f.present = make([][2]int, f.layers)
	for l := range f.layers {
		for kv, pat := range []string{g.PresentKey, g.PresentValue} {
			name := fmt.Sprintf(pat, l)
			if f.present[l][kv], ok = outs[name]; !ok {
				return nil, fmt.Errorf("generate: the model has no output %q (the present key/value of layer %d)", name, l)
			}
		}
	}
	return f, nil
}

// kvShape is a past input's shape: InputShapes' if given, else its declaration with the batch 1;
// every axis but the batch and the sequence must have a known size.
func (g *Generate) kvShape(c *compiler, in onnx.ValueInfo) ([]int64, error) {
	if len(in.Shape) <= g.SeqAxis {
		return nil, fmt.Errorf("generate: input %q has rank %d, no sequence axis %d", in.Name, len(in.Shape), g.SeqAxis)
	}
	if s, ok := c.opt.InputShapes[in.Name]; ok {
		if len(s) != len(in.Shape) {
			return nil, fmt.Errorf("generate: input %q: shape %v for a declared rank %d", in.Name, s, len(in.Shape))
		}
		return append([]int64{}, s...), nil
	}
	shape := make([]int64, len(in.Shape))
	for d, dim := range in.Shape {
		switch {
		case d == 0 || d == g.SeqAxis:
			shape[d] = 1
		case dim.Param != "" || dim.Value <= 0:
			return nil, fmt.Errorf("generate: input %q: axis %d has no fixed size (%q); give the shape with InputShapes", in.Name, d, dim.Param)
		default:
			shape[d] = dim.Value
		}
	}
	return shape, nil
}

// compileGenerate compiles the generation program of opt.Generate.
func compileGenerate(m *onnx.Model, opt Options) (*Program, error) {
	g, err := opt.Generate.normalized()
	if err != nil {
		return nil, err
	}
	if opt.Scale == 0 || opt.Scale > 30 {
		return nil, fmt.Errorf("compile options %+v invalid", opt)
	}
	c := newCompiler(m, opt)
	c.folded = map[string]int32{}
	if err := c.initializers(); err != nil {
		return nil, err
	}
	f, err := g.bindInterface(c)
	if err != nil {
		return nil, err
	}
	P, N := int64(g.PromptLen), g.Steps
	prompt := c.add(Value{Name: g.InputIDs, Shape: []int64{1, P}, Int: true, DType: uint8(f.ids)})
	c.p.Inputs = append(c.p.Inputs, prompt)
	seed := int32(-1)
	if g.Temperature > 0 {
		seed = c.add(Value{Name: GenerateSeedInput, Shape: []int64{1}, Int: true, DType: dtInt64})
		c.p.Inputs = append(c.p.Inputs, seed)
	}
	main := &onnx.Graph{Name: "main", Inputs: m.Inputs, Outputs: m.Outputs, Nodes: m.Nodes}
	ids := prompt
	present := make([][2]int32, f.layers)
	var tokens []int32
	for k := range N {
		S, past := P, int64(0)
		if k > 0 {
			S, past = 1, P+int64(k)-1
		}
		ins := make([]int32, len(m.Inputs))
		for i, gi := range f.inputs {
			switch gi.role {
			case roleIDs:
				ins[i] = ids
			case roleConst:
				ins[i] = gi.id
			case roleMask:
				ones := make([]int64, past+S)
				for j := range ones {
					ones[j] = 1
				}
				if ins[i], err = c.filled(gi.dtype, []int64{1, past + S}, ones); err != nil {
					return nil, fmt.Errorf("generate: input %q: %w", m.Inputs[i].Name, err)
				}
			case rolePos:
				pos := make([]int64, S)
				for j := range pos {
					pos[j] = past + int64(j)
				}
				if ins[i], err = c.filled(gi.dtype, []int64{1, S}, pos); err != nil {
					return nil, fmt.Errorf("generate: input %q: %w", m.Inputs[i].Name, err)
				}
			case rolePastKey, rolePastValue:
				kv := int(gi.role - rolePastKey)
				want := append([]int64{}, gi.shape...)
				want[g.SeqAxis] = past
				if k == 0 {
					ins[i] = c.add(Value{Name: m.Inputs[i].Name + "[empty]", Shape: want, Scale: c.opt.Scale, Const: []int64{}})
					break
				}
				id := present[gi.layer][kv]
				if got := c.v(id).Shape; !sameShape(got, want) || c.v(id).Int {
					return nil, fmt.Errorf("generate: step %d: output %q has shape %v (%s), the next step's past %q needs %v: the model does not append its input to the cache on axis %d",
						k-1, m.Outputs[f.present[gi.layer][kv]].Name, got, kindName(c.v(id)), m.Inputs[i].Name, want, g.SeqAxis)
				}
				ins[i] = id
			}
		}
		for i, gi := range f.inputs {
			if gi.role != roleConst {
				if err := checkDeclared(m.Inputs[i], c.v(ins[i]).Shape, k); err != nil {
					return nil, err
				}
			}
		}
		c.mainDepth = 1
		outs, err := c.inline(main, fmt.Sprintf("gen[%d]/", k), ins)
		c.mainDepth = 0
		if err != nil {
			return nil, fmt.Errorf("generate step %d: %w", k, err)
		}
		for l := range present {
			present[l] = [2]int32{outs[f.present[l][0]], outs[f.present[l][1]]}
		}
		saved := c.prefix
		c.prefix = fmt.Sprintf("gen[%d]/", k)
		tok, err := g.nextToken(c, outs[f.logits], S, seed, k)
		c.prefix = saved
		if err != nil {
			return nil, fmt.Errorf("generate step %d: %w", k, err)
		}
		tokens = append(tokens, tok)
		ids = tok
		if onnx.DataType(c.v(tok).DType) != f.ids {
			nd := &onnx.Node{Name: fmt.Sprintf("gen[%d]/next_ids", k), OpType: "Cast"}
			if ids, err = c.emit(nd, OpCast, []int32{tok}, Value{Int: true, DType: uint8(f.ids), Shape: []int64{1, 1}}, nil); err != nil {
				return nil, err
			}
		}
	}
	out := tokens[0]
	if N > 1 {
		nd := &onnx.Node{Name: GenerateOutput, OpType: "Concat"}
		if out, err = c.emit(nd, OpConcat, tokens, c.like(tokens[0], []int64{1, int64(N)}), []int64{1}); err != nil {
			return nil, err
		}
	}
	c.v(out).Name = GenerateOutput
	c.p.Outputs = []int32{out}
	return c.p.live().pruned(), nil
}

// checkDeclared refuses feeding step k an input of a shape its declaration's fixed sizes exclude
// (a model exported for one sequence length, say).
func checkDeclared(in onnx.ValueInfo, shape []int64, k int) error {
	for d, dim := range in.Shape {
		if d > 0 && dim.Param == "" && dim.Value > 0 && dim.Value != shape[d] {
			return fmt.Errorf("generate step %d: input %q is declared with size %d on axis %d, the step feeds it %v: generation needs the sequence axes symbolic (step 0 the prompt, then one token a step)",
				k, in.Name, dim.Value, d, shape)
		}
	}
	return nil
}

// filled adds a constant input of element type dt holding vals: integers (and booleans) as they
// are, reals (e.g. a float attention mask) quantized.
func (c *compiler) filled(dt onnx.DataType, shape []int64, vals []int64) (int32, error) {
	switch {
	case dt.IsFloat():
		fs := make([]float64, len(vals))
		for i, v := range vals {
			fs[i] = float64(v)
		}
		return c.constTensor(&onnx.Tensor{DType: dt, Shape: shape, Floats: fs})
	case dt.IsInt():
		return c.intConst(uint8(dt), shape, vals...), nil
	}
	return 0, fmt.Errorf("element type %s", dt)
}

// nextToken picks the next token [1, 1] (int64) from a step's logits [1, S, vocab]: its last
// position's ArgMax, or a seeded sample.
func (g *Generate) nextToken(c *compiler, logits int32, S int64, seed int32, k int) (int32, error) {
	v := c.v(logits)
	if v.Int || len(v.Shape) != 3 || v.Shape[0] != 1 || v.Shape[1] != S || v.Shape[2] < 1 {
		return 0, fmt.Errorf("output %q is %s of shape %v, not logits [1, %d, vocab]", g.Logits, kindName(v), v.Shape, S)
	}
	V := v.Shape[2]
	nd := &onnx.Node{Name: "last_logits", OpType: "Gather"}
	last, err := c.emit(nd, OpGather, []int32{logits, c.intConst(dtInt64, []int64{}, S-1)}, c.like(logits, []int64{1, V}), []int64{1})
	if err != nil {
		return 0, err
	}
	c.v(last).Name = c.prefix + "last_logits"
	if g.Temperature > 0 {
		return g.sampleToken(c, last, V, seed, k)
	}
	nd = &onnx.Node{Name: "next_token", OpType: "ArgMax"}
	tok, err := c.emit(nd, OpArgMax, []int32{last}, Value{Int: true, DType: dtInt64, Shape: []int64{1, 1}}, []int64{1, 0, 0})
	if err != nil {
		return 0, err
	}
	c.v(tok).Name = c.prefix + "next_token"
	return tok, nil
}

// live drops the steps whose outputs nothing needed reads (a generation's last present key/values,
// say), keeping the others in order.
func (p *Program) live() *Program {
	need := make([]bool, len(p.Values))
	for _, id := range p.Outputs {
		need[id] = true
	}
	keep := make([]bool, len(p.Steps))
	for i := len(p.Steps) - 1; i >= 0; i-- {
		s := &p.Steps[i]
		if !need[s.Out] {
			continue
		}
		keep[i] = true
		for _, id := range s.In {
			need[id] = true
		}
	}
	steps := p.Steps[:0]
	for i, s := range p.Steps {
		if keep[i] {
			steps = append(steps, s)
		}
	}
	p.Steps = steps
	return p
}

// foldKey identifies a constant-folded step: its op, arguments, output and inputs, the small ones
// by content (constants made again in every unrolled step) and the others by slot.
func foldKey(p *Program, op OpCode, ins []int32, args []int64, out *Value) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d|%v|%v|%t|%d|%d", op, args, out.Shape, out.Int, out.DType, out.Scale)
	for _, id := range ins {
		v := &p.Values[id]
		if len(v.Const) <= 64 {
			fmt.Fprintf(&b, "|c%v%t%d%d%v", v.Shape, v.Int, v.DType, v.Scale, v.Const)
		} else {
			fmt.Fprintf(&b, "|s%d", id)
		}
	}
	return b.String()
}
