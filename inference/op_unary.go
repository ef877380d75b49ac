package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

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
			if fs, ok := c.floats[id]; ok && !v.Int && b.Scale != v.Scale && len(fs) == 1 {
				// a constant bound, requantized at the input's scale (a product's, say)
				if id, err = c.scalarConst(fs[0], v.Scale); err != nil {
					return err
				}
				b = c.v(id)
			}
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

// lowerPRelu: x < 0 ? x·slope : x, slope broadcast.
func lowerPRelu(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	slope, err := c.real(n, 1)
	if err != nil {
		return err
	}
	scaled, err := c.binary(n, OpMul, x, slope)
	if err != nil {
		return err
	}
	zero, err := c.scalarConst(0, c.v(x).Scale)
	if err != nil {
		return err
	}
	neg, err := c.emit(n, OpCompare, []int32{x, zero}, Value{Int: true, DType: dtBool, Shape: c.v(x).Shape}, []int64{CmpLess})
	if err != nil {
		return err
	}
	shape, err := broadcastShape(c.v(x).Shape, c.v(scaled).Shape)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpWhere, []int32{neg, scaled, x}, c.like(x, shape), nil))
}

// lowerHardSigmoid: clip(alpha·x + beta, 0, 1).
func lowerHardSigmoid(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	alpha, err := c.scalarConst(attrFloat(n, "alpha", 0.2), c.opt.Scale)
	if err != nil {
		return err
	}
	beta, err := c.scalarConst(attrFloat(n, "beta", 0.5), c.opt.Scale)
	if err != nil {
		return err
	}
	y, err := c.binary(n, OpMul, x, alpha)
	if err != nil {
		return err
	}
	if y, err = c.binary(n, OpAdd, y, beta); err != nil {
		return err
	}
	one := int64(1) << c.opt.Scale
	if y, err = c.emit(n, OpClip, []int32{y}, c.like(y, c.v(y).Shape), []int64{0, one}); err != nil {
		return err
	}
	c.bind(n, 0, y)
	return nil
}

// lowerHardSwish: x · clip(x/6 + 1/2, 0, 1).
func lowerHardSwish(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	k, err := c.scalarConst(1.0/6, c.opt.Scale)
	if err != nil {
		return err
	}
	h, err := c.scalarConst(0.5, c.opt.Scale)
	if err != nil {
		return err
	}
	y, err := c.binary(n, OpMul, x, k)
	if err != nil {
		return err
	}
	if y, err = c.binary(n, OpAdd, y, h); err != nil {
		return err
	}
	if y, err = c.emit(n, OpClip, []int32{y}, c.like(y, c.v(y).Shape), []int64{0, int64(1) << c.opt.Scale}); err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpMul, x, y))
}

// lowerThresholdedRelu: x > alpha ? x : 0.
func lowerThresholdedRelu(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	alpha, err := c.scalarConst(attrFloat(n, "alpha", 1), c.v(x).Scale)
	if err != nil {
		return err
	}
	zero, err := c.scalarConst(0, c.v(x).Scale)
	if err != nil {
		return err
	}
	gt, err := c.emit(n, OpCompare, []int32{x, alpha}, Value{Int: true, DType: dtBool, Shape: c.v(x).Shape}, []int64{CmpGreater})
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpWhere, []int32{gt, x, zero}, c.like(x, c.v(x).Shape), nil))
}

// lowerSign: 1, 0 or −1 (real: at the input's scale).
func lowerSign(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	v := c.v(x)
	k := func(f int64) int32 {
		q := f
		if !v.Int {
			q = f << v.Scale
		}
		return c.add(Value{Int: v.Int, DType: v.DType, Scale: v.Scale, Shape: []int64{}, Const: []int64{q}})
	}
	zero, one, minus := k(0), k(1), k(-1)
	bool1 := Value{Int: true, DType: dtBool, Shape: v.Shape}
	gt, err := c.emit(n, OpCompare, []int32{x, zero}, bool1, []int64{CmpGreater})
	if err != nil {
		return err
	}
	lt, err := c.emit(n, OpCompare, []int32{x, zero}, bool1, []int64{CmpLess})
	if err != nil {
		return err
	}
	neg, err := c.emit(n, OpWhere, []int32{lt, minus, zero}, c.like(x, v.Shape), nil)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpWhere, []int32{gt, one, neg}, c.like(x, v.Shape), nil))
}

// lowerSoftsign: x / (1 + |x|).
func lowerSoftsign(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	ab, err := c.emit(n, OpAbs, []int32{x}, c.like(x, c.v(x).Shape), nil)
	if err != nil {
		return err
	}
	one, err := c.scalarConst(1, c.v(x).Scale)
	if err != nil {
		return err
	}
	den, err := c.binary(n, OpAdd, ab, one)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpDiv, x, den))
}

// unaryKernel: Relu max(x,0); LeakyRelu x<0 ? rshr(x·alphaQ, scale) : x; Clip clamp(x, lo, hi);
// Neg −x; Abs |x|.
func unaryKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	sc := uint(p.Values[s.Out].Scale)
	for i, u := range in[0] {
		out[i] = unaryElem(s, u, sc, a)
	}
	return nil
}

func unaryElem(s *Step, u int64, sc uint, a *arith) int64 {
	switch s.Op {
	case OpRelu:
		return max(u, 0)
	case OpLeakyRelu:
		if u < 0 {
			return a.rshr(a.mul(u, s.Args[0]), sc)
		}
		return u
	case OpClip:
		return min(max(u, s.Args[0]), s.Args[1])
	case OpNeg:
		return a.sub(0, u)
	case OpAbs:
		if u < 0 {
			return a.sub(0, u)
		}
	}
	return u
}

func lowerRound(mode int64) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.real(n, 0)
		if err != nil {
			return err
		}
		return c.bindTo(n)(c.emit(n, OpRound, []int32{x}, c.like(x, c.v(x).Shape), []int64{mode}))
	}
}

// Round modes (Args[0] of OpRound).
const (
	RoundFloor = iota
	RoundCeil
	RoundHalfEven
)

// roundKernel: the nearest integer value below (floor), above (ceil) or nearest with ties to even,
// as a real at the input's scale.
func roundKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	sc := uint(p.Values[s.In[0]].Scale)
	for i, x := range in[0] {
		out[i] = roundElem(s.Args[0], x, sc, a)
	}
	return nil
}

func roundElem(mode, x int64, sc uint, a *arith) int64 {
	if sc == 0 {
		return x
	}
	one := int64(1) << sc
	fl := x >> sc // floor
	frac := x - fl<<sc
	switch mode {
	case RoundCeil:
		if frac != 0 {
			fl++
		}
	case RoundHalfEven:
		half := one >> 1
		if frac > half || (frac == half && fl&1 == 1) {
			fl++
		}
	}
	return a.shl(fl, sc)
}

func unaryRule(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	u, err := get(s.In[0], j)
	if err != nil {
		return 0, err
	}
	return unaryElem(s, u, uint(p.Values[s.Out].Scale), a), nil
}

func roundRule(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	u, err := get(s.In[0], j)
	if err != nil {
		return 0, err
	}
	return roundElem(s.Args[0], u, uint(p.Values[s.In[0]].Scale), a), nil
}

// constLike is the scalar constant f of x's kind and scale (an integer x: f truncated).
func (c *compiler) constLike(x int32, f float64) (int32, error) {
	v := c.v(x)
	if v.Int {
		return c.constInt(v.DType, []int64{}, []int64{int64(f)}), nil
	}
	return c.scalarConst(f, v.Scale)
}

// lowerShrink: x < −lambd ? x + bias : x > lambd ? x − bias : 0.
func lowerShrink(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	lambd, bias := attrFloat(n, "lambd", 0.5), attrFloat(n, "bias", 0)
	ks := make([]int32, 4)
	for i, f := range []float64{lambd, -lambd, bias, 0} {
		if ks[i], err = c.constLike(x, f); err != nil {
			return err
		}
	}
	hi, err := c.compare(n, CmpGreater, x, ks[0])
	if err != nil {
		return err
	}
	lo, err := c.compare(n, CmpLess, x, ks[1])
	if err != nil {
		return err
	}
	up, err := c.binary(n, OpAdd, x, ks[2])
	if err != nil {
		return err
	}
	down, err := c.binary(n, OpSub, x, ks[2])
	if err != nil {
		return err
	}
	inner, err := c.where(n, hi, down, ks[3])
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.where(n, lo, up, inner))
}

// lowerIsInf: |q| ≥ InfQ/2 reads as an infinity (NUMERICS.md), +Inf and/or −Inf as asked.
func lowerIsInf(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	sx := c.v(x).Scale
	var tests []int32
	if attrInt(n, "detect_positive", 1) == 1 {
		hi := c.add(Value{Scale: sx, Shape: []int64{}, Const: []int64{InfQ / 2}})
		p, err := c.compare(n, CmpGreaterOrEqual, x, hi)
		if err != nil {
			return err
		}
		tests = append(tests, p)
	}
	if attrInt(n, "detect_negative", 1) == 1 {
		lo := c.add(Value{Scale: sx, Shape: []int64{}, Const: []int64{-InfQ / 2}})
		q, err := c.compare(n, CmpLessOrEqual, x, lo)
		if err != nil {
			return err
		}
		tests = append(tests, q)
	}
	switch len(tests) {
	case 0:
		return c.bindTo(n)(c.constInt(dtBool, c.v(x).Shape, make([]int64, c.v(x).Len())), nil)
	case 1:
		c.bind(n, 0, tests[0])
		return nil
	}
	return c.bindTo(n)(c.emit(n, OpMax, tests, Value{Int: true, DType: dtBool, Shape: c.v(x).Shape}, nil))
}

// lowerIsNaN is false everywhere: no fixed-point value is NaN (a NaN input is refused).
func lowerIsNaN(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.constInt(dtBool, c.v(x).Shape, make([]int64, c.v(x).Len())), nil)
}
