package inference

import (
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// real returns input i of n, refusing integer tensors.
func (c *compiler) real(n *onnx.Node, i int) (int32, error) {
	x, err := c.in(n, i)
	if err != nil {
		return 0, err
	}
	if c.v(x).Int {
		return 0, &UnsupportedError{Op: n.OpType, Detail: "integer input"}
	}
	return x, nil
}

func (c *compiler) applyTable(n *onnx.Node, x int32, name string) (int32, error) {
	return c.applyTableAt(n, x, name, c.opt.Scale)
}

func (c *compiler) applyTableAt(n *onnx.Node, x int32, name string, so uint8) (int32, error) {
	t, err := c.table(name, c.v(x).Scale, so)
	if err != nil {
		return 0, err
	}
	return c.emit(n, OpTable, []int32{x}, Value{Scale: so, Shape: c.v(x).Shape}, []int64{t})
}

// expScale is the output scale of an Exp node: the default, or one that holds e^B when x's bound
// B is known and e^B would overflow it (softmax written out by hand over logits past 26, where the
// default scale's table ends in an overflow). Softmax's own exp, of x − max ≤ 0, keeps the default.
func (c *compiler) expScale(x int32) uint8 {
	so := int(c.opt.Scale)
	if B := c.bound(x); !math.IsInf(B, 1) {
		so = max(0, min(so, 60-int(math.Ceil(B*math.Log2E))))
	}
	return uint8(so)
}

func lowerTable(name string) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.real(n, 0)
		if err != nil {
			return err
		}
		if name == "exp" {
			return c.bindTo(n)(c.applyTableAt(n, x, name, c.expScale(x)))
		}
		return c.bindTo(n)(c.applyTable(n, x, name))
	}
}

// lowerGelu: x·Phi(x) (exact form) or x·g(x) with g the tanh approximation's factor.
func lowerGelu(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	name := "phi"
	if attrString(n, "approximate", "none") == "tanh" {
		name = "gelu_tanh"
	}
	f, err := c.applyTable(n, x, name)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpMul, x, f))
}

// lowerElu: x > 0 ? x : alpha·(exp(min(x, 0)) − 1), with exp taken of min(x, 0) so large positive
// inputs never reach the exp table's overflow.
func lowerElu(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.elu(n, x, attrFloat(n, "alpha", 1), false, false))
}

// elu is x > 0 ? x : alpha·(exp(min(x, 0)) − 1), or with celu alpha·(exp(min(x, 0)/alpha) − 1);
// precise quantizes alpha at its precise scale (Elu itself keeps the program scale).
func (c *compiler) elu(n *onnx.Node, x int32, alphaF float64, celu, precise bool) (int32, error) {
	zero, err := c.scalarConst(0, c.v(x).Scale)
	if err != nil {
		return 0, err
	}
	neg, err := c.binary(n, OpMin, x, zero)
	if err != nil {
		return 0, err
	}
	if celu && alphaF != 1 {
		inv, err := c.constReal(nil, []float64{1 / alphaF}, c.opt.Scale)
		if err != nil {
			return 0, err
		}
		if neg, err = c.binary(n, OpMul, neg, inv); err != nil {
			return 0, err
		}
	}
	e, err := c.applyTable(n, neg, "exp")
	if err != nil {
		return 0, err
	}
	one, err := c.scalarConst(1, c.opt.Scale)
	if err != nil {
		return 0, err
	}
	if e, err = c.binary(n, OpSub, e, one); err != nil {
		return 0, err
	}
	alpha, err := c.scalarConst(alphaF, c.opt.Scale)
	if err != nil {
		return 0, err
	}
	if precise {
		if alpha, err = c.constReal(nil, []float64{alphaF}, c.opt.Scale); err != nil {
			return 0, err
		}
	}
	if e, err = c.binary(n, OpMul, e, alpha); err != nil {
		return 0, err
	}
	pos, err := c.emit(n, OpCompare, []int32{x, zero}, Value{Int: true, DType: dtBool, Shape: c.v(x).Shape}, []int64{CmpGreater})
	if err != nil {
		return 0, err
	}
	return c.emit(n, OpWhere, []int32{pos, x, e}, c.like(x, c.v(x).Shape), nil)
}

// lowerSelu: gamma·elu(x, alpha).
func lowerSelu(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	e, err := c.elu(n, x, attrFloat(n, "alpha", 1.67326319217681884765625), false, true)
	if err != nil {
		return err
	}
	g, err := c.constReal(nil, []float64{attrFloat(n, "gamma", 1.05070102214813232421875)}, c.opt.Scale)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpMul, e, g))
}

// lowerCelu: max(0, x) + min(0, alpha·(exp(x/alpha) − 1)).
func lowerCelu(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.elu(n, x, attrFloat(n, "alpha", 1), true, true))
}

// lowerMish: x·tanh(softplus(x)), the factor one table.
func lowerMish(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	f, err := c.applyTable(n, x, "mish")
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpMul, x, f))
}

// lowerSoftplus: max(x, 0) + log(1 + exp(−|x|)), which never overflows the exp table.
func lowerSoftplus(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	ab, err := c.emit(n, OpAbs, []int32{x}, c.like(x, c.v(x).Shape), nil)
	if err != nil {
		return err
	}
	neg, err := c.emit(n, OpNeg, []int32{ab}, c.like(ab, c.v(ab).Shape), nil)
	if err != nil {
		return err
	}
	e, err := c.applyTable(n, neg, "exp")
	if err != nil {
		return err
	}
	one, err := c.scalarConst(1, c.opt.Scale)
	if err != nil {
		return err
	}
	if e, err = c.binary(n, OpAdd, e, one); err != nil {
		return err
	}
	l, err := c.log(n, e)
	if err != nil {
		return err
	}
	pos, err := c.emit(n, OpRelu, []int32{x}, c.like(x, c.v(x).Shape), nil)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpAdd, pos, l))
}

func (c *compiler) log(n *onnx.Node, x int32) (int32, error) {
	t, err := c.table("log1to2", 16, c.opt.Scale)
	if err != nil {
		return 0, err
	}
	ln2, err := Quantize(math.Ln2, c.opt.Scale)
	if err != nil {
		return 0, err
	}
	return c.emit(n, OpLog, []int32{x}, Value{Scale: c.opt.Scale, Shape: c.v(x).Shape}, []int64{t, ln2})
}

func lowerLog(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	if v := c.v(x); v.Const != nil && slices.Contains(v.Const, 0) {
		// A constant with zeros (an empty sum, say): log 0 = −Inf, folded as Where(x = 0, −InfQ,
		// log(Where(x = 0, 1, x))) with the same kernels.
		zero, err := c.scalarConst(0, v.Scale)
		if err != nil {
			return err
		}
		one, err := c.scalarConst(1, v.Scale)
		if err != nil {
			return err
		}
		isZero, err := c.compare(n, CmpEqual, x, zero)
		if err != nil {
			return err
		}
		safe, err := c.where(n, isZero, one, x)
		if err != nil {
			return err
		}
		l, err := c.log(n, safe)
		if err != nil {
			return err
		}
		ninf := c.add(Value{Scale: c.v(l).Scale, Shape: []int64{}, Const: []int64{-InfQ}})
		return c.bindTo(n)(c.where(n, isZero, ninf, l))
	}
	return c.bindTo(n)(c.log(n, x))
}

func (c *compiler) sqrt(n *onnx.Node, x int32) (int32, error) {
	return c.emit(n, OpSqrt, []int32{x}, Value{Scale: c.opt.Scale, Shape: c.v(x).Shape}, nil)
}

func lowerSqrt(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.sqrt(n, x))
}

func (c *compiler) scalarConst(f float64, s uint8) (int32, error) {
	q, err := Quantize(f, s)
	if err != nil {
		return 0, err
	}
	return c.add(Value{Scale: s, Shape: []int64{}, Const: []int64{q}}), nil
}

func lowerReciprocal(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	one, err := c.scalarConst(1, c.opt.Scale)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpDiv, one, x))
}

// lowerPow needs a constant scalar exponent: small integers become products (or a reciprocal),
// ±0.5 a square root; others exp(y·log x), defined for x > 0.
func lowerPow(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	yid, err := c.in(n, 1)
	if err != nil {
		return err
	}
	if c.v(x).Int {
		return c.bindTo(n)(c.intPow(n, x, yid))
	}
	t, ok := c.initializer(n.Inputs[1])
	var y float64
	switch {
	case ok && t.Len() == 1 && t.DType.IsFloat():
		y = t.Floats[0]
	case ok && t.Len() == 1:
		y = float64(t.Ints[0])
	case c.v(yid).Const != nil && len(c.v(yid).Const) == 1:
		if c.v(yid).Int {
			y = float64(c.v(yid).Const[0])
		} else {
			y = Dequantize(c.v(yid).Const[0], c.v(yid).Scale)
		}
	default:
		return c.bindTo(n)(c.powTensor(n, x, yid))
	}
	return c.bindTo(n)(c.powConst(n, x, y))
}

// intPow is x^y for an integer x and a constant integer scalar y ≥ 0: exact, by repeated squaring
// with integer Mul (an overflow is an error, never a wrap). A run-time integer exponent would need
// a bound on it to unroll the squarings, and exp·log is not exact: refused.
func (c *compiler) intPow(n *onnx.Node, x, yid int32) (int32, error) {
	yv := c.v(yid)
	if yv.Const == nil || len(yv.Const) != 1 || !yv.Int {
		return 0, &UnsupportedError{Op: "Pow", Detail: "integer base with an exponent that is not a constant integer scalar (exact only by repeated multiplication, which needs the exponent at compile time)"}
	}
	y := yv.Const[0]
	if y < 0 {
		return 0, &UnsupportedError{Op: "Pow", Detail: "integer base with a negative exponent"}
	}
	res := c.add(Value{Int: true, DType: c.v(x).DType, Shape: []int64{}, Const: []int64{1}})
	var err error
	if res, err = c.binary(n, OpMul, x, res); err != nil { // x's shape
		return 0, err
	}
	if y == 0 {
		zero := c.add(Value{Int: true, DType: c.v(x).DType, Shape: []int64{}, Const: []int64{0}})
		if res, err = c.binary(n, OpMul, res, zero); err != nil {
			return 0, err
		}
		one := c.add(Value{Int: true, DType: c.v(x).DType, Shape: []int64{}, Const: []int64{1}})
		return c.binary(n, OpAdd, res, one)
	}
	acc, sq := int32(-1), x
	for e := y; e > 0; e >>= 1 {
		if e&1 == 1 {
			if acc < 0 {
				acc = sq
			} else if acc, err = c.binary(n, OpMul, acc, sq); err != nil {
				return 0, err
			}
		}
		if e > 1 {
			if sq, err = c.binary(n, OpMul, sq, sq); err != nil {
				return 0, err
			}
		}
	}
	return acc, nil
}

// powTensor is x^y for a run-time (or non-scalar) exponent: exp(y·log|x|), negated where x < 0
// and y is an odd integer; x = 0 gives 1 (y = 0), 0 (y > 0) or +Inf (y < 0). x < 0 with a
// non-integer y is NaN in ONNX, which has no fixed-point value: the run fails there (a Sqrt of −1
// added to the result), never returns a wrong number.
func (c *compiler) powTensor(n *onnx.Node, x, y int32) (int32, error) {
	var err error
	if c.v(y).Int {
		if y, err = c.emit(n, OpCast, []int32{y}, Value{Scale: c.opt.Scale, Shape: c.v(y).Shape}, nil); err != nil {
			return 0, err
		}
	}
	s := c.opt.Scale
	k := func(f float64) (int32, error) { return c.scalarConst(f, s) }
	zero, err := k(0)
	if err != nil {
		return 0, err
	}
	one, err := k(1)
	if err != nil {
		return 0, err
	}
	isZero, err := c.compare(n, CmpEqual, x, zero)
	if err != nil {
		return 0, err
	}
	neg, err := c.compare(n, CmpLess, x, zero)
	if err != nil {
		return 0, err
	}
	a, err := c.unary(n, OpAbs, x)
	if err != nil {
		return 0, err
	}
	if a, err = c.where(n, isZero, one, a); err != nil {
		return 0, err
	}
	l, err := c.log(n, a)
	if err != nil {
		return 0, err
	}
	yl, err := c.binary(n, OpMul, y, l)
	if err != nil {
		return 0, err
	}
	e, err := c.applyTable(n, yl, "exp")
	if err != nil {
		return 0, err
	}
	// y mod 2 = y − 2·⌊y/2⌋ is exactly 1 for odd integers.
	half, err := c.constReal(nil, []float64{0.5}, s)
	if err != nil {
		return 0, err
	}
	h, err := c.binary(n, OpMul, y, half)
	if err != nil {
		return 0, err
	}
	if h, err = c.unary(n, OpRound, h, RoundFloor); err != nil {
		return 0, err
	}
	if h, err = c.binary(n, OpAdd, h, h); err != nil {
		return 0, err
	}
	r, err := c.binary(n, OpSub, y, h)
	if err != nil {
		return 0, err
	}
	odd, err := c.compare(n, CmpEqual, r, one)
	if err != nil {
		return 0, err
	}
	ne, err := c.unary(n, OpNeg, e)
	if err != nil {
		return 0, err
	}
	signed, err := c.where(n, odd, ne, e)
	if err != nil {
		return 0, err
	}
	res, err := c.where(n, neg, signed, e)
	if err != nil {
		return 0, err
	}
	// x = 0.
	yZero, err := c.compare(n, CmpEqual, y, zero)
	if err != nil {
		return 0, err
	}
	yNeg, err := c.compare(n, CmpLess, y, zero)
	if err != nil {
		return 0, err
	}
	zv, err := c.where(n, yZero, one, zero)
	if err != nil {
		return 0, err
	}
	inf := c.add(Value{Scale: s, Shape: []int64{}, Const: []int64{InfQ}})
	if zv, err = c.where(n, yNeg, inf, zv); err != nil {
		return 0, err
	}
	if res, err = c.where(n, isZero, zv, res); err != nil {
		return 0, err
	}
	// x < 0 with a non-integer y: Sqrt(−1), a run-time error; Sqrt(0) = 0 elsewhere.
	yr, err := c.unary(n, OpRound, y, RoundFloor)
	if err != nil {
		return 0, err
	}
	isInt, err := c.compare(n, CmpEqual, yr, y)
	if err != nil {
		return 0, err
	}
	m1, err := k(-1)
	if err != nil {
		return 0, err
	}
	g, err := c.where(n, neg, m1, zero)
	if err != nil {
		return 0, err
	}
	if g, err = c.where(n, isInt, zero, g); err != nil {
		return 0, err
	}
	if g, err = c.sqrt(n, g); err != nil {
		return 0, err
	}
	return c.binary(n, OpAdd, res, g)
}

// powConst is x^y for a constant y (see lowerPow).
func (c *compiler) powConst(n *onnx.Node, x int32, y float64) (int32, error) {
	var id int32
	var err error
	switch {
	case y == 0:
		one, err := c.scalarConst(1, c.opt.Scale)
		if err != nil {
			return 0, err
		}
		zero, err := c.scalarConst(0, c.opt.Scale)
		if err != nil {
			return 0, err
		}
		if id, err = c.binary(n, OpMul, x, zero); err != nil {
			return 0, err
		}
		id, err = c.binary(n, OpAdd, id, one)
		if err != nil {
			return 0, err
		}
	case y == math.Trunc(y) && math.Abs(y) <= 8:
		id = x
		for k := 1; k < int(math.Abs(y)); k++ {
			if id, err = c.binary(n, OpMul, id, x); err != nil {
				return 0, err
			}
		}
		if y < 0 {
			one, err := c.scalarConst(1, c.opt.Scale)
			if err != nil {
				return 0, err
			}
			if id, err = c.binary(n, OpDiv, one, id); err != nil {
				return 0, err
			}
		}
	case math.Abs(y) == 0.5:
		if id, err = c.sqrt(n, x); err != nil {
			return 0, err
		}
		if y < 0 {
			one, err := c.scalarConst(1, c.opt.Scale)
			if err != nil {
				return 0, err
			}
			if id, err = c.binary(n, OpDiv, one, id); err != nil {
				return 0, err
			}
		}
	default:
		l, err := c.log(n, x)
		if err != nil {
			return 0, err
		}
		k, err := c.scalarConst(y, c.opt.Scale)
		if err != nil {
			return 0, err
		}
		if l, err = c.binary(n, OpMul, l, k); err != nil {
			return 0, err
		}
		if id, err = c.applyTable(n, l, "exp"); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// tableKernel: out = evalTable(table, x).
func tableKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	t := &p.Tables[s.Args[0]]
	top := (t.Lo + int64(len(t.Values)) - 1) << t.Shift
	for i, u := range in[0] {
		if t.OverflowAbove && u > top {
			return fmt.Errorf("%w: %s of a value above its table", ErrOverflow, t.Func)
		}
		out[i] = t.eval(u, a)
	}
	return nil
}

// eval interpolates: i = (x >> Shift) − Lo, f = x mod 2^Shift;
// below the table Values[0], above it the last value, else v_i + rshr((v_{i+1} − v_i)·f, Shift).
func (t *Table) eval(x int64, a *arith) int64 {
	i := (x >> t.Shift) - t.Lo
	if i < 0 {
		return t.Values[0]
	}
	if i >= int64(len(t.Values))-1 {
		return t.Values[len(t.Values)-1]
	}
	f := x - (x>>t.Shift)<<t.Shift
	v0, v1 := t.Values[i], t.Values[i+1]
	return a.add(v0, a.rshr(a.mul(a.sub(v1, v0), f), uint(t.Shift)))
}

// Reads lists the indices of Values that eval(x) reads (the entries a one-step proof opens).
func (t *Table) Reads(x int64) []int64 {
	i := (x >> t.Shift) - t.Lo
	switch {
	case i < 0:
		return []int64{0}
	case i >= int64(len(t.Values))-1:
		return []int64{int64(len(t.Values)) - 1}
	}
	return []int64{i, i + 1}
}

// sqrtKernel: out = round(sqrt(x · 2^(2·so − sx))), x ≥ 0.
func sqrtKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	sx, so := int(p.Values[s.In[0]].Scale), int(p.Values[s.Out].Scale)
	for i, u := range in[0] {
		if u < 0 {
			return fmt.Errorf("sqrt of a negative value")
		}
		out[i] = sqrtScaled(u, 2*so-sx, a)
	}
	return nil
}

// sqrtScaled is round(sqrt(u · 2^k)) for u ≥ 0, with u · 2^k exact in 128 bits (k ≤ 64), so any
// int64 input has a root: a variance of 10^6 at scale 24 does not overflow as an int64 shift would.
// A root past int64, or k outside [0, 64], is an overflow.
func sqrtScaled(u int64, k int, a *arith) int64 {
	if k < 0 || k > 64 {
		a.overflow = true
		return 0
	}
	var hi, lo uint64
	switch {
	case k == 0:
		lo = uint64(u)
	case k == 64:
		hi = uint64(u)
	default:
		hi, lo = uint64(u)>>(64-k), uint64(u)<<k
	}
	r := isqrtRound128(hi, lo)
	if r > math.MaxInt64 {
		a.overflow = true
		return 0
	}
	return int64(r)
}

// isqrtRound is the integer nearest to sqrt(n) (n ≥ 0): r = floor(sqrt(n)), +1 if n − r² > r.
func isqrtRound(n int64) int64 { return int64(isqrtRound128(0, uint64(n))) }

// isqrtRound128 is the integer nearest to sqrt(hi·2^64 + lo) for n < 2^127: r = floor(sqrt(n)),
// +1 if n − r² > r. Newton from above (x ≥ sqrt(n) throughout, so hi < x and the 128/64 division
// cannot overflow).
func isqrtRound128(hi, lo uint64) uint64 {
	if hi == 0 && lo < 2 {
		return lo
	}
	bl := bits.Len64(lo)
	if hi != 0 {
		bl = 64 + bits.Len64(hi)
	}
	x := uint64(math.MaxUint64) // ≥ sqrt(n) for every n < 2^128
	if bl < 128 {
		if e := (bl + 1) / 2; e < 64 {
			x = 1 << e
		}
	}
	for {
		q, _ := bits.Div64(hi, lo, x)
		y := x/2 + q/2 + (x&1+q&1)/2 // (x + q) / 2 without overflow
		if y >= x {
			break
		}
		x = y
	}
	// n − x² > x ⇒ round up (x² ≤ n here)
	sh, sl := bits.Mul64(x, x)
	rl, borrow := bits.Sub64(lo, sl, 0)
	rh, _ := bits.Sub64(hi, sh, borrow)
	if rh != 0 || rl > x {
		x++
	}
	return x
}

// logKernel: for x > 0 at scale sx, with k = bitlen(x) − 1 and t = x normalised to [1, 2) at
// scale 16 (x·2^(16−k), or rshr(x, k−16)): out = (k − sx)·ln2Q + table(t). Args [table, ln2Q].
func logKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	t := &p.Tables[s.Args[0]]
	sx := int64(p.Values[s.In[0]].Scale)
	for i, x := range in[0] {
		v, err := logElem(t, s.Args[1], sx, x, a)
		if err != nil {
			return err
		}
		out[i] = v
	}
	return nil
}

func logElem(t *Table, ln2, sx, x int64, a *arith) (int64, error) {
	if x <= 0 {
		return 0, fmt.Errorf("log of a non-positive value")
	}
	k := int64(63 - leadingZeros(uint64(x)))
	var m int64
	if k >= 16 {
		m = a.rshr(x, uint(k-16))
	} else {
		m = x << uint(16-k)
	}
	return a.add(a.mul(k-sx, ln2), t.eval(m, a)), nil
}

// LogMantissa is the table input logElem looks up for x > 0 (the 17-bit mantissa of x).
func LogMantissa(x int64) int64 {
	k := int64(63 - leadingZeros(uint64(x)))
	if k >= 16 {
		var a arith
		return a.rshr(x, uint(k-16))
	}
	return x << uint(16-k)
}

func leadingZeros(x uint64) int {
	n := 0
	for i := 63; i >= 0 && x>>uint(i)&1 == 0; i-- {
		n++
	}
	return n
}

func tableElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	u, err := get(s.In[0], j)
	if err != nil {
		return 0, err
	}
	t := &p.Tables[s.Args[0]]
	if t.OverflowAbove && u > (t.Lo+int64(len(t.Values))-1)<<t.Shift {
		return 0, ErrOverflow
	}
	return t.eval(u, a), nil
}

func sqrtElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	u, err := get(s.In[0], j)
	if err != nil {
		return 0, err
	}
	if u < 0 {
		return 0, fmt.Errorf("sqrt of a negative value")
	}
	return sqrtScaled(u, 2*int(p.Values[s.Out].Scale)-int(p.Values[s.In[0]].Scale), a), nil
}

func logRule(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	u, err := get(s.In[0], j)
	if err != nil {
		return 0, err
	}
	return logElem(&p.Tables[s.Args[0]], s.Args[1], int64(p.Values[s.In[0]].Scale), u, a)
}

// swish is x·sigmoid(alpha·x). Below the sigmoid table (alpha·x < −12) the factor is taken as 0,
// not the table's first value, so a large negative x gives ≈ 0 (error ≤ 12·sigmoid(−12)/alpha,
// 7.4·10⁻⁵/alpha) instead of x·sigmoid(−12).
func (c *compiler) swish(n *onnx.Node, x int32, alpha float64) (int32, error) {
	ax := x
	if alpha != 1 {
		a, err := c.constReal(nil, []float64{alpha}, c.opt.Scale)
		if err != nil {
			return 0, err
		}
		if ax, err = c.binary(n, OpMul, x, a); err != nil {
			return 0, err
		}
	}
	s, err := c.applyTable(n, ax, "sigmoid")
	if err != nil {
		return 0, err
	}
	lo, err := c.scalarConst(float64(tableSpecs["sigmoid"].lo), c.v(ax).Scale)
	if err != nil {
		return 0, err
	}
	below, err := c.compare(n, CmpLess, ax, lo)
	if err != nil {
		return 0, err
	}
	zero, err := c.scalarConst(0, c.v(s).Scale)
	if err != nil {
		return 0, err
	}
	if s, err = c.where(n, below, zero, s); err != nil {
		return 0, err
	}
	return c.binary(n, OpMul, x, s)
}

// lowerSwish: x·sigmoid(alpha·x).
func lowerSwish(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.swish(n, x, attrFloat(n, "alpha", 1)))
}

// lowerSwiGLU: Swish(a, alpha)·b.
func lowerSwiGLU(c *compiler, n *onnx.Node) error {
	a, err := c.real(n, 0)
	if err != nil {
		return err
	}
	b, err := c.real(n, 1)
	if err != nil {
		return err
	}
	g, err := c.swish(n, a, attrFloat(n, "alpha", 1))
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpMul, g, b))
}

// reduceAngle is x − k·period with k = round(x / period), in [−period/2, period/2] up to a
// quantum: k is an integer-valued real, and k·period is an exact 128-bit product with period at
// scale 40, rounded once.
func (c *compiler) reduceAngle(n *onnx.Node, x int32, period float64) (int32, error) {
	inv, err := c.constReal(nil, []float64{1 / period}, c.opt.Scale)
	if err != nil {
		return 0, err
	}
	t, err := c.binary(n, OpMul, x, inv)
	if err != nil {
		return 0, err
	}
	k, err := c.unary(n, OpRound, t, RoundHalfEven)
	if err != nil {
		return 0, err
	}
	pq, err := Quantize(period, 40)
	if err != nil {
		return 0, err
	}
	p := c.add(Value{Scale: 40, Shape: []int64{}, Const: []int64{pq}})
	kp, err := c.binary(n, OpMul, k, p)
	if err != nil {
		return 0, err
	}
	return c.binary(n, OpSub, x, kp)
}

// lowerTrig lowers the trigonometric and hyperbolic functions to tables and exact identities:
//
//	sin, cos: the table of the angle reduced to [−π, π]; tan: sin/cos of the angle reduced to
//	[−π/2, π/2];
//	atan: the table on [0, 1] (1/|x| above 1, π/2 − atan(1/|x|)), odd;
//	asin: 2·atan(x / (1 + √(1 − x²))) with x² exact at twice the scale; acos = π/2 − asin;
//	sinh, cosh: (exp(x) ∓ exp(−x)) / 2;
//	asinh: ln(|x| + √(x² + 1)), odd; acosh: ln(x + √(x − 1)·√(x + 1)); above 128 both are
//	ln(2x) ± 1/(4x²) (x² would leave the fixed-point range from |x| = 2^18.5 at scale 24);
//	atanh: (ln(1 + x) − ln(1 − x)) / 2.
func lowerTrig(fn string) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.real(n, 0)
		if err != nil {
			return err
		}
		return c.bindTo(n)(c.trig(n, fn, x))
	}
}

// trigBig is where asinh and acosh switch to their large-argument series.
const trigBig = 128

func (c *compiler) trig(n *onnx.Node, fn string, x int32) (id int32, err error) {
	s := c.opt.Scale
	// Each helper below records the first error; the lowering checks it once at the end.
	k := func(f float64) int32 {
		if err != nil {
			return 0
		}
		var v int32
		v, err = c.constReal(nil, []float64{f}, s)
		return v
	}
	bin := func(op OpCode, a, b int32) int32 {
		if err != nil {
			return 0
		}
		var v int32
		v, err = c.binary(n, op, a, b)
		return v
	}
	un := func(op OpCode, a int32) int32 {
		if err != nil {
			return 0
		}
		var v int32
		v, err = c.unary(n, op, a)
		return v
	}
	table := func(a int32, name string) int32 {
		if err != nil {
			return 0
		}
		var v int32
		v, err = c.applyTable(n, a, name)
		return v
	}
	cmp := func(kind int64, a, b int32) int32 {
		if err != nil {
			return 0
		}
		var v int32
		v, err = c.compare(n, kind, a, b)
		return v
	}
	where := func(cond, a, b int32) int32 {
		if err != nil {
			return 0
		}
		var v int32
		v, err = c.where(n, cond, a, b)
		return v
	}
	log := func(a int32) int32 {
		if err != nil {
			return 0
		}
		var v int32
		v, err = c.log(n, a)
		return v
	}
	sqrt := func(a int32) int32 {
		if err != nil {
			return 0
		}
		var v int32
		v, err = c.sqrt(n, a)
		return v
	}
	reduce := func(a int32, period float64) int32 {
		if err != nil {
			return 0
		}
		var v int32
		v, err = c.reduceAngle(n, a, period)
		return v
	}
	// odd applies f to |x| and gives the result x's sign.
	odd := func(f func(a int32) int32) int32 {
		ab := un(OpAbs, x)
		r := f(ab)
		return where(cmp(CmpLess, x, k(0)), un(OpNeg, r), r)
	}
	// atan01 is atan(a) for a ≥ 0: the table on [0, 1], π/2 − atan(1/a) above.
	atan01 := func(a int32) int32 {
		one := k(1)
		big := cmp(CmpGreater, a, one)
		t := where(big, bin(OpDiv, one, bin(OpMax, a, one)), a)
		r := table(t, "atan")
		return where(big, bin(OpSub, k(math.Pi/2), r), r)
	}
	// bigBranch gives, for a > trigBig, ln(2a) + sign·1/(4a²) (asinh: +, acosh: −; the next term,
	// 3/(32a⁴), is below 10⁻⁹), else small (whose inputs are clamped to trigBig).
	bigBranch := func(a, small int32, sign float64) int32 {
		ab := bin(OpMax, a, k(trigBig))
		inv := bin(OpDiv, k(0.5), ab)
		op := OpAdd
		if sign < 0 {
			op = OpSub
		}
		big := bin(op, bin(OpAdd, log(ab), k(math.Ln2)), bin(OpMul, inv, inv))
		return where(cmp(CmpGreater, a, k(trigBig)), big, small)
	}
	asin := func() int32 {
		if err != nil {
			return 0
		}
		var sq, d int32
		s2 := 2 * c.v(x).Scale // x² exact (|x| ≤ 1)
		if sq, err = c.emit(n, OpMul, []int32{x, x}, Value{Scale: s2, Shape: c.v(x).Shape}, nil); err != nil {
			return 0
		}
		one2, err2 := c.scalarConst(1, s2)
		if err = err2; err != nil {
			return 0
		}
		if d, err = c.emit(n, OpSub, []int32{one2, sq}, Value{Scale: s2, Shape: c.v(x).Shape}, nil); err != nil {
			return 0
		}
		h := table(bin(OpDiv, x, bin(OpAdd, sqrt(d), k(1))), "atan")
		return bin(OpAdd, h, h)
	}
	switch fn {
	case "sin", "cos":
		id = table(reduce(x, 2*math.Pi), fn)
	case "tan":
		r := reduce(x, math.Pi)
		id = bin(OpDiv, table(r, "sin"), table(r, "cos"))
	case "atan":
		id = odd(atan01)
	case "asin":
		id = asin()
	case "acos":
		id = bin(OpSub, k(math.Pi/2), asin())
	case "sinh", "cosh":
		op := OpSub
		if fn == "cosh" {
			op = OpAdd
		}
		id = bin(OpMul, bin(op, table(x, "exp"), table(un(OpNeg, x), "exp")), k(0.5))
	case "asinh":
		id = odd(func(a int32) int32 {
			am := bin(OpMin, a, k(trigBig))
			small := log(bin(OpAdd, am, sqrt(bin(OpAdd, bin(OpMul, am, am), k(1)))))
			return bigBranch(a, small, 1)
		})
	case "acosh":
		one := k(1)
		xm := bin(OpMin, x, k(trigBig))
		small := log(bin(OpAdd, xm, bin(OpMul, sqrt(bin(OpSub, xm, one)), sqrt(bin(OpAdd, xm, one)))))
		id = bigBranch(x, small, -1)
	case "atanh":
		one := k(1)
		id = bin(OpMul, bin(OpSub, log(bin(OpAdd, one, x)), log(bin(OpSub, one, x))), k(0.5))
	default:
		return 0, fmt.Errorf("no function %q", fn)
	}
	return id, err
}
