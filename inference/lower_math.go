package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

func init() {
	for op, f := range map[string]lowering{
		"Sigmoid": lowerTable("sigmoid"), "Tanh": lowerTable("tanh"), "Erf": lowerTable("erf"),
		"Exp": lowerTable("exp"), "Gelu": lowerGelu, "Softmax": lowerSoftmax(false),
		"LogSoftmax": lowerSoftmax(true), "Sqrt": lowerSqrt, "Log": lowerLog, "Pow": lowerPow,
		"LayerNormalization": lowerLayerNorm, "Reciprocal": lowerReciprocal,
		"Less": lowerCompare(CmpLess), "LessOrEqual": lowerCompare(CmpLessOrEqual),
		"Greater": lowerCompare(CmpGreater), "GreaterOrEqual": lowerCompare(CmpGreaterOrEqual),
		"Equal": lowerCompare(CmpEqual), "Where": lowerWhere, "Dropout": lowerDropout,
		"HardSigmoid": lowerHardSigmoid,
	} {
		lowerings[op] = f
	}
}

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
	t, err := c.table(name, c.v(x).Scale, c.opt.Scale)
	if err != nil {
		return 0, err
	}
	return c.emit(n, OpTable, []int32{x}, Value{Scale: c.opt.Scale, Shape: c.v(x).Shape}, []int64{t})
}

func lowerTable(name string) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.real(n, 0)
		if err != nil {
			return err
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

// reduceKeep reduces x over mask keeping the reduced axes (size 1).
func (c *compiler) reduceKeep(n *onnx.Node, x int32, kind int64, mask []int64) (int32, error) {
	shape := append([]int64{}, c.v(x).Shape...)
	for d, m := range mask {
		if m == 1 {
			shape[d] = 1
		}
	}
	return c.emit(n, OpReduce, []int32{x}, c.like(x, shape), append([]int64{kind, 1}, mask...))
}

// softmaxMask: opset < 13 coerces to 2-D at axis (default 1), so every axis from it on is
// reduced; from 13 on, one axis (default −1).
func softmaxMask(n *onnx.Node, opset int64, rank int) ([]int64, error) {
	def := int64(-1)
	if opset < 13 {
		def = 1
	}
	axis, err := normAxis(attrInt(n, "axis", def), rank)
	if err != nil {
		return nil, err
	}
	mask := make([]int64, rank)
	for d := range mask {
		if d == axis || (opset < 13 && d > axis) {
			mask[d] = 1
		}
	}
	return mask, nil
}

// lowerSoftmax: m = max, d = x − m, e = exp(d), s = Σe; softmax = e / s, log-softmax = d − log s.
func lowerSoftmax(logOut bool) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.real(n, 0)
		if err != nil {
			return err
		}
		mask, err := softmaxMask(n, c.m.Opset(), len(c.v(x).Shape))
		if err != nil {
			return err
		}
		m, err := c.reduceKeep(n, x, ReduceMax, mask)
		if err != nil {
			return err
		}
		d, err := c.binary(n, OpSub, x, m)
		if err != nil {
			return err
		}
		e, err := c.applyTable(n, d, "exp")
		if err != nil {
			return err
		}
		s, err := c.reduceKeep(n, e, ReduceSum, mask)
		if err != nil {
			return err
		}
		var id int32
		if logOut {
			ls, err := c.log(n, s)
			if err != nil {
				return err
			}
			id, err = c.binary(n, OpSub, d, ls)
			if err != nil {
				return err
			}
		} else if id, err = c.binary(n, OpDiv, e, s); err != nil {
			return err
		}
		c.bind(n, 0, id)
		return nil
	}
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
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	yid, err := c.in(n, 1)
	if err != nil {
		return err
	}
	t, ok := c.m.Initializer(n.Inputs[1])
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
		return &UnsupportedError{Op: "Pow", Detail: "exponent must be a constant scalar"}
	}
	var id int32
	switch {
	case y == 0:
		one, err := c.scalarConst(1, c.opt.Scale)
		if err != nil {
			return err
		}
		zero, err := c.scalarConst(0, c.opt.Scale)
		if err != nil {
			return err
		}
		if id, err = c.binary(n, OpMul, x, zero); err != nil {
			return err
		}
		id, err = c.binary(n, OpAdd, id, one)
		if err != nil {
			return err
		}
	case y == math.Trunc(y) && math.Abs(y) <= 8:
		id = x
		for k := 1; k < int(math.Abs(y)); k++ {
			if id, err = c.binary(n, OpMul, id, x); err != nil {
				return err
			}
		}
		if y < 0 {
			one, err := c.scalarConst(1, c.opt.Scale)
			if err != nil {
				return err
			}
			if id, err = c.binary(n, OpDiv, one, id); err != nil {
				return err
			}
		}
	case math.Abs(y) == 0.5:
		if id, err = c.sqrt(n, x); err != nil {
			return err
		}
		if y < 0 {
			one, err := c.scalarConst(1, c.opt.Scale)
			if err != nil {
				return err
			}
			if id, err = c.binary(n, OpDiv, one, id); err != nil {
				return err
			}
		}
	default:
		l, err := c.log(n, x)
		if err != nil {
			return err
		}
		k, err := c.scalarConst(y, c.opt.Scale)
		if err != nil {
			return err
		}
		if l, err = c.binary(n, OpMul, l, k); err != nil {
			return err
		}
		if id, err = c.applyTable(n, l, "exp"); err != nil {
			return err
		}
	}
	c.bind(n, 0, id)
	return nil
}

// lowerLayerNorm normalises over the axes from `axis` on, with the variance kept at twice the
// scale so small variances keep their precision: d = x − mean, v = mean(d²) at scale 2s,
// r = sqrt(v + eps) at scale s, y = d / r · gamma + beta.
func lowerLayerNorm(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	rank := len(c.v(x).Shape)
	axis, err := normAxis(attrInt(n, "axis", -1), rank)
	if err != nil {
		return err
	}
	mask := make([]int64, rank)
	for d := axis; d < rank; d++ {
		mask[d] = 1
	}
	mean, err := c.reduceKeep(n, x, ReduceMean, mask)
	if err != nil {
		return err
	}
	d, err := c.binary(n, OpSub, x, mean)
	if err != nil {
		return err
	}
	s2 := 2 * c.opt.Scale
	sq, err := c.emit(n, OpMul, []int32{d, d}, Value{Scale: s2, Shape: c.v(d).Shape}, nil)
	if err != nil {
		return err
	}
	v, err := c.reduceKeep(n, sq, ReduceMean, mask)
	if err != nil {
		return err
	}
	eps, err := c.scalarConst(attrFloat(n, "epsilon", 1e-5), s2)
	if err != nil {
		return err
	}
	ve, err := c.emit(n, OpAdd, []int32{v, eps}, Value{Scale: s2, Shape: c.v(v).Shape}, nil)
	if err != nil {
		return err
	}
	r, err := c.sqrt(n, ve)
	if err != nil {
		return err
	}
	c.bind(n, 1, mean)
	if len(n.Outputs) > 2 && n.Outputs[2] != "" {
		one, err := c.scalarConst(1, c.opt.Scale)
		if err != nil {
			return err
		}
		inv, err := c.binary(n, OpDiv, one, r)
		if err != nil {
			return err
		}
		c.bind(n, 2, inv)
	}
	y, err := c.binary(n, OpDiv, d, r)
	if err != nil {
		return err
	}
	if c.has(n, 1) {
		g, err := c.real(n, 1)
		if err != nil {
			return err
		}
		if y, err = c.binary(n, OpMul, y, g); err != nil {
			return err
		}
	}
	if c.has(n, 2) {
		b, err := c.real(n, 2)
		if err != nil {
			return err
		}
		if y, err = c.binary(n, OpAdd, y, b); err != nil {
			return err
		}
	}
	c.bind(n, 0, y)
	return nil
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
		if c.v(a).Scale != c.v(b).Scale {
			return fmt.Errorf("operands at scales %d and %d", c.v(a).Scale, c.v(b).Scale)
		}
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
	if c.v(ids[1]).Scale != c.v(ids[2]).Scale {
		return fmt.Errorf("branches at different scales")
	}
	shape, err := broadcastShape(c.v(ids[0]).Shape, c.v(ids[1]).Shape, c.v(ids[2]).Shape)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpWhere, ids, c.like(ids[1], shape), nil))
}

// lowerDropout is the identity at inference (no mask output).
func lowerDropout(c *compiler, n *onnx.Node) error {
	if len(n.Outputs) > 1 && n.Outputs[1] != "" {
		return &UnsupportedError{Op: "Dropout", Detail: "the mask output"}
	}
	if c.has(n, 2) {
		id, err := c.in(n, 2)
		if err != nil {
			return err
		}
		if k := c.v(id).Const; k == nil || (len(k) == 1 && k[0] != 0) {
			return &UnsupportedError{Op: "Dropout", Detail: "training mode"}
		}
	}
	return lowerIdentity(c, n)
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
