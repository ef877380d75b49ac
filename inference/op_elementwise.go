package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

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
		if !math.IsInf(f, 0) { // ±InfQ at any scale
			m = math.Max(m, math.Abs(f))
		}
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
	if op == OpAdd || op == OpSub || op == OpMax || op == OpMin {
		ab, err := c.alignScales(n, []int32{a, b})
		if err != nil {
			return 0, err
		}
		a, b = ab[0], ab[1]
	}
	out := c.like(a, shape)
	if !out.Int {
		switch op {
		case OpMul:
			out.Scale = c.productScale(op, []int32{a, b}, nil)
		case OpDiv:
			out.Scale = c.opt.Scale
		}
	}
	return c.emit(n, op, []int32{a, b}, out, nil)
}

func lowerVariadic(op OpCode) lowering {
	return func(c *compiler, n *onnx.Node) error {
		return c.bindTo(n)(c.fold(n, op, c.in))
	}
}

// fold combines every input of n, read by in, left to right with the broadcast binary op.
func (c *compiler) fold(n *onnx.Node, op OpCode, in func(*onnx.Node, int) (int32, error)) (int32, error) {
	acc, err := in(n, 0)
	if err != nil {
		return 0, err
	}
	for i := 1; i < len(n.Inputs); i++ {
		b, err := in(n, i)
		if err != nil {
			return 0, err
		}
		if acc, err = c.binary(n, op, acc, b); err != nil {
			return 0, err
		}
	}
	return acc, nil
}

func lowerCompare(kind int64) lowering {
	return func(c *compiler, n *onnx.Node) error {
		a, err := c.in(n, 0)
		if err != nil {
			return err
		}
		b, err := c.in(n, 1)
		if err != nil {
			return err
		}
		if err := c.sameKind(a, b); err != nil {
			return err
		}
		ab, err := c.alignScales(n, []int32{a, b})
		if err != nil {
			return err
		}
		a, b = ab[0], ab[1]
		shape, err := broadcastShape(c.v(a).Shape, c.v(b).Shape)
		if err != nil {
			return err
		}
		return c.bindTo(n)(c.emit(n, OpCompare, []int32{a, b}, Value{Int: true, DType: dtBool, Shape: shape}, []int64{kind}))
	}
}

func lowerWhere(c *compiler, n *onnx.Node) error {
	ids := make([]int32, 3)
	for i := range ids {
		var err error
		if ids[i], err = c.in(n, i); err != nil {
			return err
		}
	}
	if !c.v(ids[0]).Int {
		return fmt.Errorf("condition must be boolean")
	}
	if err := c.sameKind(ids[1], ids[2]); err != nil {
		return err
	}
	branches, err := c.alignScales(n, ids[1:])
	if err != nil {
		return err
	}
	copy(ids[1:], branches)
	shape, err := broadcastShape(c.v(ids[0]).Shape, c.v(ids[1]).Shape, c.v(ids[2]).Shape)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpWhere, ids, c.like(ids[1], shape), nil))
}

// lowerMod: integers only (fmod = 0: sign of the divisor; 1: of the dividend).
func lowerMod(c *compiler, n *onnx.Node) error {
	a, err := c.in(n, 0)
	if err != nil {
		return err
	}
	b, err := c.in(n, 1)
	if err != nil {
		return err
	}
	if err := c.sameKind(a, b); err != nil {
		return err
	}
	if !c.v(a).Int {
		// Real operands at one scale: the remainder of their q values is exactly the real
		// remainder (a − trunc(a/b)·b, ONNX requires fmod = 1 for floats) at that scale.
		if attrInt(n, "fmod", 0) != 1 {
			return fmt.Errorf("Mod of real operands needs fmod = 1")
		}
		ab, err := c.alignScales(n, []int32{a, b})
		if err != nil {
			return err
		}
		a, b = ab[0], ab[1]
	}
	shape, err := broadcastShape(c.v(a).Shape, c.v(b).Shape)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpMod, []int32{a, b}, c.like(a, shape), []int64{attrInt(n, "fmod", 0)}))
}

// lowerLogic: on booleans (0/1), and = min, or = max, xor = not-equal.
func lowerLogic(kind string) lowering {
	return func(c *compiler, n *onnx.Node) error {
		a, err := c.in(n, 0)
		if err != nil {
			return err
		}
		b, err := c.in(n, 1)
		if err != nil {
			return err
		}
		if !c.v(a).Int || !c.v(b).Int {
			return fmt.Errorf("operands must be boolean")
		}
		shape, err := broadcastShape(c.v(a).Shape, c.v(b).Shape)
		if err != nil {
			return err
		}
		out := Value{Int: true, DType: dtBool, Shape: shape}
		var id int32
		switch kind {
		case "and":
			id, err = c.emit(n, OpMin, []int32{a, b}, out, nil)
		case "or":
			id, err = c.emit(n, OpMax, []int32{a, b}, out, nil)
		default:
			id, err = c.emit(n, OpCompare, []int32{a, b}, out, []int64{CmpNotEqual})
		}
		if err != nil {
			return err
		}
		c.bind(n, 0, id)
		return nil
	}
}

func lowerNot(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	if !c.v(x).Int {
		return fmt.Errorf("operand must be boolean")
	}
	zero := c.add(Value{Int: true, DType: dtBool, Shape: []int64{}, Const: []int64{0}})
	return c.bindTo(n)(c.emit(n, OpCompare, []int32{x, zero}, Value{Int: true, DType: dtBool, Shape: c.v(x).Shape}, []int64{CmpEqual}))
}

func lowerExpand(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	sid, err := c.in(n, 1)
	if err != nil {
		return err
	}
	target, err := c.constInts(sid)
	if err != nil {
		return err
	}
	shape, err := broadcastShape(c.v(x).Shape, target)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpExpand, []int32{x}, c.like(x, shape), nil))
}

// bcastIndex maps output multi-index idx to the flat index of an input broadcast to it.
func bcastIndex(in, out []int64, idx []int64) int64 {
	st := broadcastStrides(in, out)
	var off int64
	for d := range idx {
		off += idx[d] * st[d]
	}
	return off
}

// binarySplit: numpy broadcasting. Real operands: Add/Sub/Max/Min need equal scales (the compiler
// aligns them); Mul gives rshr(a·b, sa+sb−so); Div gives div(a·2^(so+sb−sa), b), the shifted
// dividend exact in 128 bits. Int operands:
// exact, Div truncates toward zero as integer ONNX Div does.
func binarySplit(p *Program, s *Step, in [][]int64, out []int64) (int, func(int, *arith) error) {
	va, vb, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	rank := len(vo.Shape)
	if rank == 0 {
		return 1, func(_ int, a *arith) error {
			r, err := binaryElem(s.Op, in[0][0], in[1][0], va, vb, vo, a)
			out[0] = r
			return err
		}
	}
	// Row by row along the last axis, where each operand either runs (stride 1) or repeats
	// (stride 0, broadcast): the index arithmetic is per row, not per element. Parts are ranges
	// of rows.
	stA, stB := broadcastStrides(va.Shape, vo.Shape), broadcastStrides(vb.Shape, vo.Shape)
	sa, sb := stA[rank-1], stB[rank-1]
	L := vo.Shape[rank-1]
	rows := numel(vo.Shape[:rank-1])
	if L == 0 {
		rows = 0
	}
	parts := int(min(rows, 64, (int64(len(out))+elementsPerPart-1)/elementsPerPart))
	if rows > 0 {
		parts = max(parts, 1)
	}
	shift := int(va.Scale) + int(vb.Scale) - int(vo.Scale)
	return parts, func(part int, a *arith) error {
		r0, r1 := span(part, parts, rows)
		ia := newIndexer(vo.Shape[:rank-1], stA[:rank-1])
		ib := newIndexer(vo.Shape[:rank-1], stB[:rank-1])
		ia.seek(r0)
		ib.seek(r0)
		for o := r0 * L; o < r1*L; o += L {
			x, y, row := in[0][ia.off:], in[1][ib.off:], out[o:o+L]
			switch {
			case s.Op == OpAdd:
				for j := range row {
					row[j] = a.add(x[int64(j)*sa], y[int64(j)*sb])
				}
			case s.Op == OpSub:
				for j := range row {
					row[j] = a.sub(x[int64(j)*sa], y[int64(j)*sb])
				}
			case s.Op == OpMul && shift > 0:
				for j := range row {
					u, v := x[int64(j)*sa], y[int64(j)*sb]
					if small(u) && small(v) { // |u·v| < 2^62: the 128-bit rounding, in 64 bits
						row[j] = a.rshr(u*v, uint(shift))
						continue
					}
					row[j] = acc128{}.addProd(u, v).rshr(uint(shift)).int64(a)
				}
			default:
				for j := range row {
					r, err := binaryElem(s.Op, x[int64(j)*sa], y[int64(j)*sb], va, vb, vo, a)
					if err != nil {
						return err
					}
					row[j] = r
				}
			}
			ia.next()
			ib.next()
		}
		return nil
	}
}

// binaryElem is the scalar semantics of the broadcast binary ops (shared with binarySplit).
func binaryElem(op OpCode, u, v int64, va, vb, vo *Value, a *arith) (int64, error) {
	switch op {
	case OpAdd:
		return a.add(u, v), nil
	case OpSub:
		return a.sub(u, v), nil
	case OpMax:
		return max(u, v), nil
	case OpMin:
		return min(u, v), nil
	case OpMul:
		r := acc128{}.addProd(u, v)
		if shift := int(va.Scale) + int(vb.Scale) - int(vo.Scale); shift > 0 {
			r = r.rshr(uint(shift))
		}
		return r.int64(a), nil
	case OpDiv:
		if v == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		if vo.Int {
			if u == math.MinInt64 && v == -1 {
				return 0, ErrOverflow
			}
			return u / v, nil
		}
		return a.divScaled(u, int(vo.Scale)+int(vb.Scale)-int(va.Scale), v), nil
	}
	return 0, fmt.Errorf("not a binary op: %s", op)
}

// Compare kinds (Args[0] of OpCompare).
const (
	CmpLess = iota
	CmpLessOrEqual
	CmpGreater
	CmpGreaterOrEqual
	CmpEqual
	CmpNotEqual
)

// compareKernel: broadcast a ? b, 1 or 0 (operands at one scale).
func compareKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	va, vb, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	ia := newIndexer(vo.Shape, broadcastStrides(va.Shape, vo.Shape))
	ib := newIndexer(vo.Shape, broadcastStrides(vb.Shape, vo.Shape))
	for i := range out {
		u, v := in[0][ia.off], in[1][ib.off]
		var r bool
		switch s.Args[0] {
		case CmpLess:
			r = u < v
		case CmpLessOrEqual:
			r = u <= v
		case CmpGreater:
			r = u > v
		case CmpGreaterOrEqual:
			r = u >= v
		default:
			r = compareElem(s.Args[0], u, v) == 1
		}
		out[i] = boolToInt(r)
		ia.next()
		ib.next()
	}
	return nil
}

func compareElem(kind, u, v int64) int64 {
	switch kind {
	case CmpLess:
		return boolToInt(u < v)
	case CmpLessOrEqual:
		return boolToInt(u <= v)
	case CmpGreater:
		return boolToInt(u > v)
	case CmpGreaterOrEqual:
		return boolToInt(u >= v)
	case CmpNotEqual:
		return boolToInt(u != v)
	}
	return boolToInt(u == v)
}

func boolToInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// whereKernel: broadcast cond ≠ 0 ? a : b.
func whereKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	vo := &p.Values[s.Out]
	its := make([]*indexer, 3)
	for k := range its {
		its[k] = newIndexer(vo.Shape, broadcastStrides(p.Values[s.In[k]].Shape, vo.Shape))
	}
	for i := range out {
		if in[0][its[0].off] != 0 {
			out[i] = in[1][its[1].off]
		} else {
			out[i] = in[2][its[2].off]
		}
		for _, it := range its {
			it.next()
		}
	}
	return nil
}

// expandKernel: out[i] = in[broadcast(i)].
func expandKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	vo := &p.Values[s.Out]
	it := newIndexer(vo.Shape, broadcastStrides(p.Values[s.In[0]].Shape, vo.Shape))
	for i := range out {
		out[i] = in[0][it.off]
		it.next()
	}
	return nil
}

// operand reads input k at the position output index idx broadcasts from.
func operand(p *Program, s *Step, k int, idx []int64, get Getter) (int64, error) {
	return get(s.In[k], bcastIndex(p.Values[s.In[k]].Shape, p.Values[s.Out].Shape, idx))
}

func expandElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	return operand(p, s, 0, idx, get)
}

// binaryRule is the per-element rule of the broadcast binary ops and Compare.
func binaryRule(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	u, err := operand(p, s, 0, idx, get)
	if err != nil {
		return 0, err
	}
	v, err := operand(p, s, 1, idx, get)
	if err != nil {
		return 0, err
	}
	if s.Op == OpCompare {
		return compareElem(s.Args[0], u, v), nil
	}
	return binaryElem(s.Op, u, v, &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out], a)
}

func whereElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	c, err := operand(p, s, 0, idx, get)
	if err != nil {
		return 0, err
	}
	k := 2
	if c != 0 {
		k = 1
	}
	return operand(p, s, k, idx, get)
}

// modElem: the integer remainder, with the sign of the divisor (Args[0] = 0, Python) or of the
// dividend (1, C fmod).
func modElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	u, err := operand(p, s, 0, idx, get)
	if err != nil {
		return 0, err
	}
	v, err := operand(p, s, 1, idx, get)
	if err != nil {
		return 0, err
	}
	if v == 0 {
		return 0, fmt.Errorf("modulo by zero")
	}
	r := u % v // sign of the dividend (C fmod)
	if s.Args[0] == 0 && r != 0 && (r < 0) != (v < 0) {
		r += v // Python-style: sign of the divisor
	}
	return r, nil
}

// lowerMean: the broadcast sum of the inputs divided by their count (rounded once).
func lowerMean(c *compiler, n *onnx.Node) error {
	acc, err := c.fold(n, OpAdd, c.real)
	if err != nil {
		return err
	}
	if len(n.Inputs) == 1 {
		c.bind(n, 0, acc)
		return nil
	}
	k, err := c.scalarConst(float64(len(n.Inputs)), c.opt.Scale)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpDiv, acc, k))
}
