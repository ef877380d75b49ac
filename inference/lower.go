package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

func init() {
	lowerings = map[string]lowering{
		"Identity": lowerIdentity, "Reshape": lowerReshape, "Flatten": lowerFlatten,
		"Squeeze": lowerSqueeze, "Unsqueeze": lowerUnsqueeze, "Constant": lowerConstant, "Shape": lowerShape,
		"Add": lowerBinary(OpAdd), "Sub": lowerBinary(OpSub), "Mul": lowerBinary(OpMul), "Div": lowerBinary(OpDiv),
		"Max": lowerVariadic(OpMax), "Min": lowerVariadic(OpMin), "Sum": lowerVariadic(OpAdd),
		"Relu": lowerUnary(OpRelu), "Neg": lowerUnary(OpNeg), "Abs": lowerUnary(OpAbs),
		"LeakyRelu": lowerLeakyRelu, "Clip": lowerClip,
		"MatMul": lowerMatMul, "Gemm": lowerGemm, "Conv": lowerConv,
		"MaxPool": lowerPool(OpMaxPool), "AveragePool": lowerPool(OpAvgPool),
		"GlobalAveragePool": lowerGlobalPool(OpAvgPool), "GlobalMaxPool": lowerGlobalPool(OpMaxPool),
		"Transpose": lowerTranspose, "Concat": lowerConcat, "Slice": lowerSlice, "Pad": lowerPad,
		"Gather": lowerGather, "Cast": lowerCast,
		"ReduceSum": lowerReduce(ReduceSum), "ReduceMean": lowerReduce(ReduceMean),
		"ReduceMax": lowerReduce(ReduceMax), "ReduceMin": lowerReduce(ReduceMin),
		"BatchNormalization": lowerBatchNorm,
	}
}

func lowerIdentity(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	c.bind(n, 0, x)
	return nil
}

// reshapeTo emits a Copy with a new shape (data order is unchanged).
func (c *compiler) reshapeTo(n *onnx.Node, x int32, shape []int64) (int32, error) {
	if numel(shape) != c.v(x).Len() {
		return 0, fmt.Errorf("cannot reshape %v to %v", c.v(x).Shape, shape)
	}
	return c.emit(n, OpCopy, []int32{x}, c.like(x, shape), nil)
}

func lowerReshape(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	var target []int64
	if c.has(n, 1) {
		sid, err := c.in(n, 1)
		if err != nil {
			return err
		}
		if target, err = c.constInts(sid); err != nil {
			return err
		}
	} else {
		target = attrInts(n, "shape", nil) // opset < 5
	}
	allowZero := attrInt(n, "allowzero", 0) == 1
	in := c.v(x).Shape
	shape := make([]int64, len(target))
	infer := -1
	known := int64(1)
	for i, d := range target {
		switch {
		case d == 0 && !allowZero:
			if i >= len(in) {
				return fmt.Errorf("shape %v copies axis %d of a rank-%d input", target, i, len(in))
			}
			shape[i] = in[i]
		case d == -1:
			if infer >= 0 {
				return fmt.Errorf("shape %v has two -1", target)
			}
			infer = i
			continue
		case d < 0:
			return fmt.Errorf("shape %v has a negative size", target)
		default:
			shape[i] = d
		}
		known *= shape[i]
	}
	if infer >= 0 {
		if known == 0 || c.v(x).Len()%known != 0 {
			return fmt.Errorf("cannot infer -1 in %v for %v", target, in)
		}
		shape[infer] = c.v(x).Len() / known
	}
	return c.bindTo(n)(c.reshapeTo(n, x, shape))
}

func lowerFlatten(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	axis := attrInt(n, "axis", 1)
	if axis < 0 {
		axis += int64(len(in))
	}
	if axis < 0 || axis > int64(len(in)) {
		return fmt.Errorf("axis %d out of range", axis)
	}
	return c.bindTo(n)(c.reshapeTo(n, x, []int64{numel(in[:axis]), numel(in[axis:])}))
}

// axesOf reads axes from input i (newer opsets) or the "axes" attribute (older ones).
func (c *compiler) axesOf(n *onnx.Node, i int) ([]int64, bool, error) {
	if c.has(n, i) {
		id, err := c.in(n, i)
		if err != nil {
			return nil, false, err
		}
		ax, err := c.constInts(id)
		return ax, true, err
	}
	if a, ok := n.Attr("axes"); ok {
		return a.Ints, true, nil
	}
	return nil, false, nil
}

func lowerSqueeze(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	axes, given, err := c.axesOf(n, 1)
	if err != nil {
		return err
	}
	drop := make([]bool, len(in))
	if !given {
		for d, s := range in {
			drop[d] = s == 1
		}
	}
	for _, a := range axes {
		d, err := normAxis(a, len(in))
		if err != nil {
			return err
		}
		if in[d] != 1 {
			return fmt.Errorf("cannot squeeze axis %d of size %d", d, in[d])
		}
		drop[d] = true
	}
	var shape []int64
	for d, s := range in {
		if !drop[d] {
			shape = append(shape, s)
		}
	}
	return c.bindTo(n)(c.reshapeTo(n, x, shape))
}

func lowerUnsqueeze(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	axes, _, err := c.axesOf(n, 1)
	if err != nil {
		return err
	}
	rank := len(in) + len(axes)
	ins := make([]bool, rank)
	for _, a := range axes {
		d, err := normAxis(a, rank)
		if err != nil {
			return err
		}
		if ins[d] {
			return fmt.Errorf("axis %d repeated", d)
		}
		ins[d] = true
	}
	shape := make([]int64, 0, rank)
	k := 0
	for d := 0; d < rank; d++ {
		if ins[d] {
			shape = append(shape, 1)
		} else {
			shape = append(shape, in[k])
			k++
		}
	}
	return c.bindTo(n)(c.reshapeTo(n, x, shape))
}

func lowerConstant(c *compiler, n *onnx.Node) error {
	var t *onnx.Tensor
	for _, a := range n.Attrs {
		switch a.Name {
		case "value":
			t = a.T
		case "value_float":
			t = &onnx.Tensor{DType: onnx.Float, Floats: []float64{a.F}}
		case "value_floats":
			t = &onnx.Tensor{DType: onnx.Float, Floats: a.Floats, Shape: []int64{int64(len(a.Floats))}}
		case "value_int":
			t = &onnx.Tensor{DType: onnx.Int64, Ints: []int64{a.I}}
		case "value_ints":
			t = &onnx.Tensor{DType: onnx.Int64, Ints: a.Ints, Shape: []int64{int64(len(a.Ints))}}
		default:
			return &UnsupportedError{Op: "Constant", Detail: a.Name}
		}
	}
	if t == nil {
		return fmt.Errorf("no value")
	}
	return c.bindTo(n)(c.constTensor(t))
}

func lowerShape(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	sh := c.v(x).Shape
	r := int64(len(sh))
	start, end := attrInt(n, "start", 0), attrInt(n, "end", r)
	if start < 0 {
		start += r
	}
	if end < 0 {
		end += r
	}
	start, end = min(max(start, 0), r), min(max(end, 0), r)
	dims := []int64{}
	if start < end {
		dims = append(dims, sh[start:end]...)
	}
	id := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{int64(len(dims))}, Const: dims})
	c.bind(n, 0, id)
	return nil
}

func lowerBinary(op OpCode) lowering {
	return func(c *compiler, n *onnx.Node) error {
		a, err := c.in(n, 0)
		if err != nil {
			return err
		}
		b, err := c.in(n, 1)
		if err != nil {
			return err
		}
		return c.bindTo(n)(c.binary(n, op, a, b))
	}
}

// preciseScale is the scale that gives a constant's largest magnitude 24 significant bits,
// within [program scale, 40]: small multipliers (quantization scales, normalisation factors) keep
// their relative precision instead of losing it to the program's 2^-16 grid.
func (c *compiler) preciseScale(fs []float64) uint8 {
	m := 0.0
	for _, f := range fs {
		m = math.Max(m, math.Abs(f))
	}
	s := int(c.opt.Scale)
	if m > 0 {
		_, e := math.Frexp(m) // m < 2^e
		s = 24 - e
	}
	return uint8(min(max(s, int(c.opt.Scale)), 40))
}

// preciseConst re-quantizes a float constant at its precise scale (for a multiplication, whose
// rescale absorbs any operand scale).
func (c *compiler) preciseConst(id int32) (int32, error) {
	fs, ok := c.floats[id]
	if !ok || c.v(id).Int {
		return id, nil
	}
	s := c.preciseScale(fs)
	if s == c.v(id).Scale {
		return id, nil
	}
	v := Value{Name: c.v(id).Name, Scale: s, Shape: c.v(id).Shape, Const: make([]int64, len(fs))}
	for i, f := range fs {
		q, err := Quantize(f, s)
		if err != nil {
			return 0, err
		}
		v.Const[i] = q
	}
	nid := c.add(v)
	c.floats[nid] = fs
	return nid, nil
}

// binary emits a broadcast binary op; the result is at the program scale (real) or exact (int).
func (c *compiler) binary(n *onnx.Node, op OpCode, a, b int32) (int32, error) {
	if op == OpMul {
		var err error
		if a, err = c.preciseConst(a); err != nil {
			return 0, err
		}
		if b, err = c.preciseConst(b); err != nil {
			return 0, err
		}
	}
	if err := c.sameKind(a, b); err != nil {
		return 0, err
	}
	shape, err := broadcastShape(c.v(a).Shape, c.v(b).Shape)
	if err != nil {
		return 0, err
	}
	out := c.like(a, shape)
	if !out.Int {
		out.Scale = c.opt.Scale
		if (op == OpAdd || op == OpSub || op == OpMax || op == OpMin) && c.v(a).Scale != c.v(b).Scale {
			return 0, fmt.Errorf("operands at scales %d and %d", c.v(a).Scale, c.v(b).Scale)
		}
	}
	return c.emit(n, op, []int32{a, b}, out, nil)
}

func lowerVariadic(op OpCode) lowering {
	return func(c *compiler, n *onnx.Node) error {
		acc, err := c.in(n, 0)
		if err != nil {
			return err
		}
		for i := 1; i < len(n.Inputs); i++ {
			b, err := c.in(n, i)
			if err != nil {
				return err
			}
			if acc, err = c.binary(n, op, acc, b); err != nil {
				return err
			}
		}
		c.bind(n, 0, acc)
		return nil
	}
}

func lowerUnary(op OpCode) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.in(n, 0)
		if err != nil {
			return err
		}
		return c.bindTo(n)(c.emit(n, op, []int32{x}, c.like(x, c.v(x).Shape), nil))
	}
}

func lowerLeakyRelu(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	if c.v(x).Int {
		return fmt.Errorf("integer input")
	}
	alpha, err := Quantize(attrFloat(n, "alpha", 0.01), c.v(x).Scale)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpLeakyRelu, []int32{x}, c.like(x, c.v(x).Shape), []int64{alpha}))
}

func lowerClip(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	v := c.v(x)
	lo, hi := int64(-1<<63), int64(1<<63-1)
	var dynamic []struct {
		op OpCode
		id int32
	}
	bound := func(i int, attr string, def *int64) error {
		if c.has(n, i) {
			id, err := c.in(n, i)
			if err != nil {
				return err
			}
			b := c.v(id)
			if b.Int != v.Int || b.Scale != v.Scale || b.Len() != 1 {
				return fmt.Errorf("bound %q must be a scalar of the input's type", b.Name)
			}
			if b.Const == nil {
				// A run-time bound: clamp with Max/Min steps instead.
				op := OpMax
				if i == 2 {
					op = OpMin
				}
				dynamic = append(dynamic, struct {
					op OpCode
					id int32
				}{op, id})
				return nil
			}
			*def = b.Const[0]
			return nil
		}
		if a, ok := n.Attr(attr); ok {
			q, err := Quantize(a.F, v.Scale)
			if err != nil {
				return err
			}
			*def = q
		}
		return nil
	}
	if err := bound(1, "min", &lo); err != nil {
		return err
	}
	if err := bound(2, "max", &hi); err != nil {
		return err
	}
	id, err := c.emit(n, OpClip, []int32{x}, c.like(x, v.Shape), []int64{lo, hi})
	if err != nil {
		return err
	}
	for _, d := range dynamic {
		if id, err = c.emit(n, d.op, []int32{id, d.id}, c.like(x, v.Shape), nil); err != nil {
			return err
		}
	}
	c.bind(n, 0, id)
	return nil
}

// matmul emits a (batched) product at the program scale with an optional bias at scale sa+sb.
func (c *compiler) matmul(n *onnx.Node, a, b int32, bias int32) (int32, error) {
	if err := c.sameKind(a, b); err != nil {
		return 0, err
	}
	va, vb := c.v(a), c.v(b)
	if va.Int {
		return 0, &UnsupportedError{Op: "MatMul", Detail: "integer operands (use MatMulInteger)"}
	}
	as, bs := va.Shape, vb.Shape
	// 1-D operands are promoted and the added axis removed afterwards, as numpy does.
	if len(as) == 1 {
		as = []int64{1, as[0]}
	}
	if len(bs) == 1 {
		bs = []int64{bs[0], 1}
	}
	if as[len(as)-1] != bs[len(bs)-2] {
		return 0, fmt.Errorf("shapes %v and %v do not multiply", va.Shape, vb.Shape)
	}
	batch, err := broadcastShape(as[:len(as)-2], bs[:len(bs)-2])
	if err != nil {
		return 0, err
	}
	var err2 error
	if len(va.Shape) == 1 {
		a, err2 = c.reshapeTo(n, a, as)
	}
	if err2 == nil && len(vb.Shape) == 1 {
		b, err2 = c.reshapeTo(n, b, bs)
	}
	if err2 != nil {
		return 0, err2
	}
	shape := append(append([]int64{}, batch...), as[len(as)-2], bs[len(bs)-1])
	out := Value{Scale: c.opt.Scale, Shape: shape}
	ins := []int32{a, b}
	if bias >= 0 {
		if bs, err := broadcastShape(c.v(bias).Shape, shape); err != nil || !sameShape(bs, shape) {
			return 0, fmt.Errorf("bias of shape %v does not broadcast to %v", c.v(bias).Shape, shape)
		}
		ins = append(ins, bias)
	}
	var args []int64
	if vb := c.v(b); vb.Const != nil && !vb.Int {
		// A bound the kernel uses to skip overflow checks; the values it computes are the same.
		if m, ok := maxColumnAbsSum(vb.Const, vb.Shape[len(vb.Shape)-2], vb.Shape[len(vb.Shape)-1]); ok {
			args = []int64{int64(m)}
		}
	}
	id, err := c.emit(n, OpMatMul, ins, out, args)
	if err != nil {
		return 0, err
	}
	final := shape
	if len(c.v(ins[0]).Shape) != len(va.Shape) || len(c.v(ins[1]).Shape) != len(vb.Shape) {
		final = append([]int64{}, batch...)
		if len(va.Shape) > 1 {
			final = append(final, as[len(as)-2])
		}
		if len(vb.Shape) > 1 {
			final = append(final, bs[len(bs)-1])
		}
		return c.reshapeTo(n, id, final)
	}
	return id, nil
}

func lowerMatMul(c *compiler, n *onnx.Node) error {
	a, err := c.in(n, 0)
	if err != nil {
		return err
	}
	b, err := c.in(n, 1)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.matmul(n, a, b, -1))
}

// lowerGemm: Y = alpha·A'·B' + beta·C with the transposes folded; alpha and beta other than 1 are
// folded into constant operands when possible.
func lowerGemm(c *compiler, n *onnx.Node) error {
	a, err := c.in(n, 0)
	if err != nil {
		return err
	}
	b, err := c.in(n, 1)
	if err != nil {
		return err
	}
	if attrInt(n, "transA", 0) == 1 {
		if a, err = c.transpose(n, a, []int64{1, 0}); err != nil {
			return err
		}
	}
	if attrInt(n, "transB", 0) == 1 {
		if b, err = c.transpose(n, b, []int64{1, 0}); err != nil {
			return err
		}
	}
	alpha, beta := attrFloat(n, "alpha", 1), attrFloat(n, "beta", 1)
	if alpha != 1 {
		if b, err = c.scaleBy(n, b, alpha); err != nil {
			return err
		}
	}
	bias := int32(-1)
	if c.has(n, 2) && beta != 0 {
		cid, err := c.in(n, 2)
		if err != nil {
			return err
		}
		// The bias joins the accumulator at scale sa+sb: exact when it is a constant.
		if bias, err = c.rescaleConst(n, cid, c.v(a).Scale+c.v(b).Scale, beta); err != nil {
			return err
		}
	}
	return c.bindTo(n)(c.matmul(n, a, b, bias))
}

// scaleBy multiplies a real value by a real constant factor.
func (c *compiler) scaleBy(n *onnx.Node, x int32, f float64) (int32, error) {
	q, err := Quantize(f, c.opt.Scale)
	if err != nil {
		return 0, err
	}
	k := c.add(Value{Scale: c.opt.Scale, Shape: []int64{}, Const: []int64{q}})
	return c.binary(n, OpMul, x, k)
}

// rescaleConst brings a bias to scale s (times factor): re-quantized from the original float when
// it is a constant (no double rounding), otherwise by an exact shift of a computed value.
func (c *compiler) rescaleConst(n *onnx.Node, id int32, s uint8, factor float64) (int32, error) {
	v := c.v(id)
	if v.Int {
		return 0, fmt.Errorf("integer bias")
	}
	if t, ok := c.m.Initializer(v.Name); ok && v.Const != nil && t.DType.IsFloat() {
		out := Value{Name: v.Name, Scale: s, Shape: v.Shape, Const: make([]int64, len(t.Floats))}
		for i, f := range t.Floats {
			q, err := Quantize(f*factor, s)
			if err != nil {
				return 0, err
			}
			out.Const[i] = q
		}
		return c.add(out), nil
	}
	if factor != 1 {
		var err error
		if id, err = c.scaleBy(n, id, factor); err != nil {
			return 0, err
		}
	}
	return c.emit(n, OpCast, []int32{id}, Value{Scale: s, Shape: c.v(id).Shape}, nil)
}

func (c *compiler) transpose(n *onnx.Node, x int32, perm []int64) (int32, error) {
	in := c.v(x).Shape
	if len(perm) != len(in) {
		return 0, fmt.Errorf("perm %v for rank %d", perm, len(in))
	}
	shape := make([]int64, len(in))
	seen := make([]bool, len(in))
	for d, p := range perm {
		if p < 0 || p >= int64(len(in)) || seen[p] {
			return 0, fmt.Errorf("bad perm %v", perm)
		}
		seen[p] = true
		shape[d] = in[p]
	}
	return c.emit(n, OpTranspose, []int32{x}, c.like(x, shape), perm)
}

func lowerTranspose(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	r := len(c.v(x).Shape)
	perm := attrInts(n, "perm", nil)
	if perm == nil {
		for d := r - 1; d >= 0; d-- {
			perm = append(perm, int64(d))
		}
	}
	return c.bindTo(n)(c.transpose(n, x, perm))
}

func lowerConcat(c *compiler, n *onnx.Node) error {
	var ins []int32
	for i := range n.Inputs {
		if !c.has(n, i) {
			continue
		}
		id, err := c.in(n, i)
		if err != nil {
			return err
		}
		ins = append(ins, id)
	}
	if len(ins) == 0 {
		return fmt.Errorf("no inputs")
	}
	if err := c.sameKind(ins...); err != nil {
		return err
	}
	first := c.v(ins[0]).Shape
	axis, err := normAxis(attrInt(n, "axis", 0), len(first))
	if err != nil {
		return err
	}
	shape := append([]int64{}, first...)
	shape[axis] = 0
	for _, id := range ins {
		s := c.v(id).Shape
		if len(s) != len(first) || c.v(id).Scale != c.v(ins[0]).Scale {
			return fmt.Errorf("inputs of different rank or scale")
		}
		for d := range s {
			if d != axis && s[d] != first[d] {
				return fmt.Errorf("shapes %v and %v do not concatenate on axis %d", first, s, axis)
			}
		}
		shape[axis] += s[axis]
	}
	return c.bindTo(n)(c.emit(n, OpConcat, ins, c.like(ins[0], shape), []int64{int64(axis)}))
}
