package inference

import (
	"errors"
	"fmt"
	"math"
	"sort"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Options tune compilation. The zero value is not valid; start from DefaultOptions.
type Options struct {
	// Scale is the fixed-point scale of every real-valued tensor.
	Scale uint8
	// BatchSize is the size of a leading batch dimension named N, batch or batch_size (IsBatchDim)
	// of an input InputShapes does not bind: programs have static shapes, so a model is compiled
	// for one batch size (1 for single requests: what registration and every node use).
	BatchSize int64
	// InputShapes gives the shape of named graph inputs outright (it must have the declared rank
	// and agree with every dimension the model fixes); any other dimension the model does not fix
	// (symbolic, -1, 0 or missing) must be bound here, or compiling fails with an *UnboundDimError
	// (inputshapes.go). They are part of the program and so of its hash; a registered model
	// records them (EncodeInputShapes). Conformance runs take them from the test data.
	InputShapes map[string][]int64
	// ConstInputs binds named inputs to constants (e.g. a Reshape's shape or a quantization scale
	// fed as a graph input): they leave the program's inputs and are folded like initializers.
	ConstInputs map[string]*onnx.Tensor
	// InputRanges declares the interval of named real inputs' values (e.g. int16 audio fed as
	// float). The compiler bounds what is computed from them and lowers the scale of a product
	// that would otherwise overflow (bounds.go); without it every real tensor has Scale.
	InputRanges map[string]Range
	// Generate, if set, compiles a decoder with a KV-cache interface into one program that
	// generates Steps tokens from a prompt (generate.go). A model file can carry it in its metadata
	// (GenerateMetadataKey), which Compile then reads when Generate is nil.
	Generate *Generate
}

// DefaultOptions: scale 16, batch size 1.
var DefaultOptions = Options{Scale: DefaultScale, BatchSize: 1}

// MaxTensorElements bounds every tensor a program computes (256M int64 values, 2 GiB).
const MaxTensorElements = 256 << 20

// MaxProgramElements bounds the elements of all of a program's values together (constants,
// inputs, computed and folded tensors; 4 GiB of int64): past it a program cannot fit
// modelregistry.MaxInferenceBytes, so refusing it here, before its tensors exist, keeps a small
// file from making the compiler allocate (issue 15) without refusing any model a node could run.
const MaxProgramElements = 512 << 20

// MaxLoweredNodes bounds the nodes a compilation lowers, every unrolled iteration of a loop body
// counted (and each iteration at least once): a loop of a huge trip count, or loops nested in
// loops, is refused before the compiler spends unbounded time on it.
const MaxLoweredNodes = 1 << 20

// maxLoweredNodes is MaxLoweredNodes; tests lower it.
var maxLoweredNodes = MaxLoweredNodes

// ErrTooLarge marks a program refused for its size (MaxTensorElements, MaxProgramElements): a
// property of the model, not of a run.
var ErrTooLarge = errors.New("too large for the engine")

func checkedNumel(shape []int64) (int64, error) {
	n := int64(1)
	for _, d := range shape {
		if d != 0 && n > (1<<62)/d {
			return 0, fmt.Errorf("shape %v overflows", shape)
		}
		n *= d
	}
	return n, nil
}

// UnsupportedError names an op (or an attribute of one) the engine does not support; conformance
// runs report these as skipped.
type UnsupportedError struct {
	Op     string
	Detail string
}

func (e *UnsupportedError) Error() string {
	if e.Detail == "" {
		return fmt.Sprintf("unsupported op %s", e.Op)
	}
	return fmt.Sprintf("unsupported op %s: %s", e.Op, e.Detail)
}

type compiler struct {
	m   *onnx.Model
	p   *Program
	opt Options
	// byName is the innermost scope of value names; outer holds the enclosing ones, outermost
	// first (a subgraph sees its own names, then its enclosing graphs', and its own shadow theirs).
	byName map[string]int32
	outer  []map[string]int32
	// prefix names where an inlined subgraph's steps and values come from (e.g. `Loop_3[2]/`);
	// empty in the main graph.
	prefix string
	// lowered counts the nodes lowered, unrolled loop bodies included (MaxLoweredNodes).
	lowered int
	// lowerings is the registry: a field rather than the package map, so that the control-flow
	// lowerings, which lower the nodes of subgraphs, do not make the map's initializer refer to
	// itself.
	lowerings map[string]lowering
	tables    map[string]int
	// floats keeps the original values of float constants, for compile-time uses that must not
	// see them quantized (quantization scales, bias re-quantization).
	floats map[int32][]float64
	// elements counts the elements of every value added so far (MaxProgramElements).
	elements int64
	// bounds holds |x| ≤ B for computed values whose bound is known (bounds.go).
	bounds map[int32]float64
	// mainDepth is the number of enclosing scopes of the main graph's own names: 0, or 1 while a
	// generation step inlines the main graph (generate.go).
	mainDepth int
	// folded, when set (generation), shares the constants folded from the same inputs, so that a
	// weight transposed in every unrolled step is held once.
	folded map[string]int32
	// constBounds and colSums cache what bounds.go reads from constants (their largest magnitude,
	// a matrix's largest column sum): each is a pass over a weight, wanted by every use of it.
	constBounds map[int32]float64
	colSums     map[int32]colSum
	// smallFloat records the ONNX type of real inputs and constants of a small float type
	// (FLOAT8*, FLOAT4E2M1): CastLike to such a value must round to its grid.
	smallFloat map[int32]onnx.DataType
	// seqs holds the elements of sequence values (op_sequence.go), by placeholder value.
	seqs map[int32][]int32
}

// SupportedOps lists the ONNX ops Compile lowers, sorted: op types of the default domain, and
// domain.OpType for others (ai.onnx.ml.TreeEnsembleClassifier).
func SupportedOps() []string {
	ops := make([]string, 0, len(lowerings))
	for op := range lowerings {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	return ops
}

// Compile lowers a decoded ONNX model to a program.
func Compile(m *onnx.Model, opt Options) (*Program, error) {
	if opt.Scale == 0 || opt.Scale > 30 || opt.BatchSize < 1 {
		return nil, fmt.Errorf("compile options %+v invalid", opt)
	}
	if opt.Generate == nil {
		if g, ok, err := GenerateFromMetadata(m); err != nil {
			return nil, err
		} else if ok {
			opt.Generate = g
		}
	}
	if opt.Generate != nil {
		return compileGenerate(m, opt)
	}
	if err := checkInputBindings(m, opt); err != nil {
		return nil, err
	}
	c := newCompiler(m, opt)
	if err := c.initializers(); err != nil {
		return nil, err
	}
	for _, in := range m.Inputs {
		v, err := c.inputValue(in)
		if err != nil {
			return nil, err
		}
		if t, ok := opt.ConstInputs[in.Name]; ok {
			t2 := *t
			t2.Name = in.Name
			id, err := c.constTensor(&t2)
			if err != nil {
				return nil, fmt.Errorf("constant input %q: %w", in.Name, err)
			}
			c.byName[in.Name] = id
			continue
		}
		r, ranged := opt.InputRanges[in.Name]
		if ranged {
			if v.Int || !(r.Lo <= r.Hi) || math.IsInf(r.bound(), 0) {
				return nil, fmt.Errorf("input %q: range [%g, %g] must be finite, ordered, and given for a real input", in.Name, r.Lo, r.Hi)
			}
			v.Scale = r.inputScale()
		}
		id := c.add(v)
		c.byName[in.Name] = id
		c.p.Inputs = append(c.p.Inputs, id)
		if in.DType.IsSmallFloat() {
			c.smallFloat[id] = in.DType
		}
		if ranged {
			c.bounds[id] = r.bound()
		}
	}
	for _, n := range m.Nodes {
		if err := c.lowerNode(n); err != nil {
			return nil, err
		}
	}
	for _, out := range m.Outputs {
		id, ok := c.byName[out.Name]
		if !ok {
			return nil, fmt.Errorf("graph output %q was not computed", out.Name)
		}
		c.p.Outputs = append(c.p.Outputs, id)
	}
	return c.p.pruned(), nil
}

func newCompiler(m *onnx.Model, opt Options) *compiler {
	return &compiler{m: m, p: &Program{}, opt: opt, byName: map[string]int32{}, tables: map[string]int{}, floats: map[int32][]float64{},
		bounds: map[int32]float64{}, lowerings: lowerings, constBounds: map[int32]float64{}, colSums: map[int32]colSum{},
		smallFloat: map[int32]onnx.DataType{}}
}

// initializers adds the main graph's initializers as constants, in the current scope.
func (c *compiler) initializers() error {
	for _, t := range c.m.Initializers {
		id, err := c.constTensor(t)
		if errors.Is(err, ErrNotRepresentable) {
			return &UnsupportedError{Op: "initializer", Detail: fmt.Sprintf("%q: %v", t.Name, err)}
		}
		if err != nil {
			return fmt.Errorf("initializer %q: %w", t.Name, err)
		}
		c.byName[t.Name] = id
	}
	return nil
}

// lowerNode lowers one node (of the main graph or of a subgraph being inlined).
func (c *compiler) lowerNode(n *onnx.Node) error {
	if c.lowered++; c.lowered > maxLoweredNodes {
		return fmt.Errorf("%w: more than %d nodes to lower (loop bodies counted once per iteration)", ErrTooLarge, maxLoweredNodes)
	}
	key := n.OpType // ops outside ai.onnx are keyed with their domain (ai.onnx.ml.TreeEnsemble)
	if n.Domain != "" && n.Domain != "ai.onnx" {
		key = n.Domain + "." + n.OpType
	}
	low, ok := c.lowerings[key]
	if !ok {
		return &UnsupportedError{Op: key, Detail: refusals[key]}
	}
	if err := low(c, n); err != nil {
		if errors.Is(err, ErrNotRepresentable) {
			return &UnsupportedError{Op: n.OpType, Detail: err.Error()}
		}
		return fmt.Errorf("node %s%s: %w", c.prefix, n.Label(), err)
	}
	return nil
}

// lookup resolves a value name, innermost scope first.
func (c *compiler) lookup(name string) (int32, bool) {
	if id, ok := c.byName[name]; ok {
		return id, true
	}
	for i := len(c.outer) - 1; i >= 0; i-- {
		if id, ok := c.outer[i][name]; ok {
			return id, true
		}
	}
	return 0, false
}

// push opens a scope; pop closes it, forgetting its names.
func (c *compiler) push() {
	c.outer = append(c.outer, c.byName)
	c.byName = map[string]int32{}
}

func (c *compiler) pop() {
	c.byName = c.outer[len(c.outer)-1]
	c.outer = c.outer[:len(c.outer)-1]
}

// pruned drops values nothing reads (constants folded into others, unused initializers) and
// renumbers the rest in order of first definition, so the encoding holds only what runs.
func (p *Program) pruned() *Program {
	used := make([]bool, len(p.Values))
	for _, id := range p.Inputs {
		used[id] = true
	}
	for _, id := range p.Outputs {
		used[id] = true
	}
	for _, s := range p.Steps {
		used[s.Out] = true
		for _, id := range s.In {
			used[id] = true
		}
	}
	remap := make([]int32, len(p.Values))
	q := &Program{Tables: p.Tables}
	for i, v := range p.Values {
		if used[i] {
			remap[i] = int32(len(q.Values))
			q.Values = append(q.Values, v)
		}
	}
	for _, id := range p.Inputs {
		q.Inputs = append(q.Inputs, remap[id])
	}
	for _, id := range p.Outputs {
		q.Outputs = append(q.Outputs, remap[id])
	}
	for _, s := range p.Steps {
		t := s
		t.Out = remap[s.Out]
		t.In = make([]int32, len(s.In))
		for j, id := range s.In {
			t.In[j] = remap[id]
		}
		q.Steps = append(q.Steps, t)
	}
	return q
}

func (c *compiler) add(v Value) int32 {
	if n, err := checkedNumel(v.Shape); err == nil {
		c.elements += n
	}
	c.p.Values = append(c.p.Values, v)
	return int32(len(c.p.Values) - 1)
}

func (c *compiler) v(id int32) *Value { return &c.p.Values[id] }

// constTensor quantizes a float constant at the program scale or keeps an integer one exact.
func (c *compiler) constTensor(t *onnx.Tensor) (int32, error) {
	v := Value{Name: t.Name, Shape: append([]int64{}, t.Shape...)}
	if c.prefix != "" && t.Name != "" {
		v.Name = c.prefix + t.Name
	}
	if t.DType.IsFloat() {
		v.Scale = c.opt.Scale
		v.Const = make([]int64, len(t.Floats))
		for i, f := range t.Floats {
			q, err := Quantize(f, c.opt.Scale)
			if err != nil {
				return 0, err
			}
			v.Const[i] = q
		}
	} else {
		v.Int, v.DType = true, uint8(t.DType)
		v.Const = append([]int64{}, t.Ints...)
	}
	if v.Const == nil {
		v.Const = []int64{}
	}
	id := c.add(v)
	if t.DType.IsFloat() {
		c.floats[id] = t.Floats
	}
	if t.DType.IsSmallFloat() {
		c.smallFloat[id] = t.DType
	}
	return id, nil
}

func (c *compiler) inputValue(in onnx.ValueInfo) (Value, error) {
	v := Value{Name: in.Name}
	shape, err := inputShape(in, c.opt)
	if err != nil {
		return v, err
	}
	v.Shape = shape
	switch {
	case in.DType.IsFloat():
		v.Scale = c.opt.Scale
	case in.DType.IsInt():
		v.Int, v.DType = true, uint8(in.DType)
	default:
		return v, &UnsupportedError{Op: "input", Detail: fmt.Sprintf("element type %s of %q", in.DType, in.Name)}
	}
	return v, nil
}

// in returns the value id of input i of n (which must be present).
func (c *compiler) in(n *onnx.Node, i int) (int32, error) {
	if i >= len(n.Inputs) || n.Inputs[i] == "" {
		return 0, fmt.Errorf("input %d missing", i)
	}
	id, ok := c.lookup(n.Inputs[i])
	if !ok {
		return 0, fmt.Errorf("input %q unknown", n.Inputs[i])
	}
	return id, nil
}

func (c *compiler) has(n *onnx.Node, i int) bool { return i < len(n.Inputs) && n.Inputs[i] != "" }

// emit adds a step computing a new value; if every input is constant it runs the step now
// (constant folding with the same integer kernels) and the value becomes a constant.
func (c *compiler) emit(n *onnx.Node, op OpCode, ins []int32, out Value, args []int64) (int32, error) {
	// Shapes are static, so a memory bomb (Expand or ConstantOfShape to a huge shape, a runaway
	// Concat) is refused here, before anything is allocated.
	for _, d := range out.Shape {
		if d < 0 {
			return 0, fmt.Errorf("negative dimension in %v", out.Shape)
		}
	}
	elems, err := checkedNumel(out.Shape)
	if err != nil || elems > MaxTensorElements {
		return 0, fmt.Errorf("%w: tensor of shape %v exceeds the engine's limit of %d elements", ErrTooLarge, out.Shape, MaxTensorElements)
	}
	if c.elements+elems > MaxProgramElements {
		return 0, fmt.Errorf("%w: tensor of shape %v brings the program to %d elements, past the engine's limit of %d for all tensors together",
			ErrTooLarge, out.Shape, c.elements+elems, MaxProgramElements)
	}
	if err := c.checkScales(op, ins, &out); err != nil {
		return 0, err
	}
	allConst := true
	for _, in := range ins {
		if c.v(in).Const == nil {
			allConst = false
		}
	}
	var key string
	if allConst && c.folded != nil {
		key = foldKey(c.p, op, ins, args, &out)
		if prev, ok := c.folded[key]; ok {
			return prev, nil
		}
	}
	bound := c.stepBound(op, ins, args)
	id := c.add(out)
	if !math.IsInf(bound, 1) {
		c.bounds[id] = bound
	}
	s := Step{Op: op, In: ins, Out: id, Args: args, Node: c.prefix + n.Label()}
	if key != "" {
		defer func() {
			if c.v(id).Const != nil {
				c.folded[key] = id
			}
		}()
	}
	if allConst {
		vals := make([][]int64, len(c.p.Values))
		for _, in := range ins {
			vals[in] = c.v(in).Const
		}
		res, err := runStep(c.p, &s, vals)
		if err != nil {
			return 0, err
		}
		c.v(id).Const = res
		return id, nil
	}
	c.p.Steps = append(c.p.Steps, s)
	return id, nil
}

// bindTo returns a binder of n's first output for a (value, error) result:
// `return c.bindTo(n)(c.emit(...))`.
func (c *compiler) bindTo(n *onnx.Node) func(int32, error) error {
	return func(id int32, err error) error {
		if err != nil {
			return err
		}
		c.bind(n, 0, id)
		return nil
	}
}

// bind names output i of n.
func (c *compiler) bind(n *onnx.Node, i int, id int32) {
	if i < len(n.Outputs) && n.Outputs[i] != "" {
		c.byName[n.Outputs[i]] = id
		if c.v(id).Name == "" {
			c.v(id).Name = c.prefix + n.Outputs[i]
		}
	}
}

// initializer returns the main graph's initializer called name, if that is what the name means
// here (not inside a subgraph, whose names may shadow the main graph's).
func (c *compiler) initializer(name string) (*onnx.Tensor, bool) {
	if len(c.outer) != c.mainDepth {
		return nil, false
	}
	return c.m.Initializer(name)
}

// like returns a fresh value with id's kind and scale and the given shape.
func (c *compiler) like(id int32, shape []int64) Value {
	v := c.v(id)
	return Value{Int: v.Int, DType: v.DType, Scale: v.Scale, Shape: shape}
}

// constInts reads a constant integer value (shapes, axes, indices).
func (c *compiler) constInts(id int32) ([]int64, error) {
	v := c.v(id)
	if v.Const == nil {
		return nil, &NeedsConstantError{Name: v.Name}
	}
	if !v.Int {
		return nil, fmt.Errorf("%q must be an integer tensor", v.Name)
	}
	return v.Const, nil
}

func attrInt(n *onnx.Node, name string, def int64) int64 {
	if a, ok := n.Attr(name); ok {
		return a.I
	}
	return def
}

func attrInts(n *onnx.Node, name string, def []int64) []int64 {
	if a, ok := n.Attr(name); ok {
		return a.Ints
	}
	return def
}

func attrFloat(n *onnx.Node, name string, def float64) float64 {
	if a, ok := n.Attr(name); ok {
		return a.F
	}
	return def
}

func attrString(n *onnx.Node, name, def string) string {
	if a, ok := n.Attr(name); ok {
		return a.S
	}
	return def
}

func attrStrings(n *onnx.Node, name string) []string {
	if a, ok := n.Attr(name); ok {
		return a.Strings
	}
	return nil
}

// sameKind refuses mixing real and integer operands in one arithmetic op.
func (c *compiler) sameKind(ids ...int32) error {
	for _, id := range ids[1:] {
		if c.v(id).Int != c.v(ids[0]).Int {
			return fmt.Errorf("mixes real and integer operands")
		}
	}
	return nil
}

// constReal adds a real constant of the given shape, quantized at scale s; the floats are kept
// for preciseConst.
func (c *compiler) constReal(shape []int64, fs []float64, s uint8) (int32, error) {
	v := Value{Scale: s, Shape: append([]int64{}, shape...), Const: make([]int64, len(fs))}
	for i, f := range fs {
		q, err := Quantize(f, s)
		if err != nil {
			return 0, err
		}
		v.Const[i] = q
	}
	id := c.add(v)
	c.floats[id] = append([]float64{}, fs...)
	return id, nil
}

// constInt adds an integer constant of ONNX element type dt.
func (c *compiler) constInt(dt uint8, shape []int64, vs []int64) int32 {
	return c.add(Value{Int: true, DType: dt, Shape: append([]int64{}, shape...), Const: append([]int64{}, vs...)})
}

// where emits Where(cond, a, b) broadcast (a and b of one kind; real ones aligned to one scale).
func (c *compiler) where(n *onnx.Node, cond, a, b int32) (int32, error) {
	if err := c.sameKind(a, b); err != nil {
		return 0, err
	}
	ab, err := c.alignScales(n, []int32{a, b})
	if err != nil {
		return 0, err
	}
	a, b = ab[0], ab[1]
	shape, err := broadcastShape(c.v(cond).Shape, c.v(a).Shape, c.v(b).Shape)
	if err != nil {
		return 0, err
	}
	return c.emit(n, OpWhere, []int32{cond, a, b}, c.like(a, shape), nil)
}

// compare emits a broadcast comparison giving a boolean tensor (real operands aligned to one
// scale).
func (c *compiler) compare(n *onnx.Node, kind int64, a, b int32) (int32, error) {
	if err := c.sameKind(a, b); err != nil {
		return 0, err
	}
	ab, err := c.alignScales(n, []int32{a, b})
	if err != nil {
		return 0, err
	}
	a, b = ab[0], ab[1]
	shape, err := broadcastShape(c.v(a).Shape, c.v(b).Shape)
	if err != nil {
		return 0, err
	}
	return c.emit(n, OpCompare, []int32{a, b}, Value{Int: true, DType: dtBool, Shape: shape}, []int64{kind})
}

// unary emits a one-input op keeping x's kind, scale and shape (Neg, Abs, Relu, …).
func (c *compiler) unary(n *onnx.Node, op OpCode, x int32, args ...int64) (int32, error) {
	return c.emit(n, op, []int32{x}, c.like(x, c.v(x).Shape), args)
}

// reduceAxes reduces x over the given (normalised) axes.
func (c *compiler) reduceAxes(n *onnx.Node, x int32, kind int64, keep bool, axes ...int) (int32, error) {
	in := c.v(x).Shape
	mask := make([]int64, len(in))
	for _, d := range axes {
		mask[d] = 1
	}
	var shape []int64
	for d, s := range in {
		switch {
		case mask[d] == 0:
			shape = append(shape, s)
		case keep:
			shape = append(shape, 1)
		}
	}
	if shape == nil {
		shape = []int64{}
	}
	return c.reduce(n, x, kind, mask, shape, keep)
}

// allAxes lists 0 … rank−1.
func allAxes(rank int) []int {
	axes := make([]int, rank)
	for d := range axes {
		axes[d] = d
	}
	return axes
}
