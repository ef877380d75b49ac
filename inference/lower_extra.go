package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

func init() {
	for op, f := range map[string]lowering{
		"Elu": lowerElu, "ArgMax": lowerArg(false), "ArgMin": lowerArg(true),
		"And": lowerLogic("and"), "Or": lowerLogic("or"), "Xor": lowerLogic("xor"), "Not": lowerNot,
	} {
		lowerings[op] = f
	}
}

// lowerElu: x > 0 ? x : alpha·(exp(min(x, 0)) − 1), with exp taken of min(x, 0) so large positive
// inputs never reach the exp table's overflow.
func lowerElu(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	zero, err := c.scalarConst(0, c.v(x).Scale)
	if err != nil {
		return err
	}
	neg, err := c.binary(n, OpMin, x, zero)
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
	if e, err = c.binary(n, OpSub, e, one); err != nil {
		return err
	}
	alpha, err := c.scalarConst(attrFloat(n, "alpha", 1), c.opt.Scale)
	if err != nil {
		return err
	}
	if e, err = c.binary(n, OpMul, e, alpha); err != nil {
		return err
	}
	pos, err := c.emit(n, OpCompare, []int32{x, zero}, Value{Int: true, DType: dtBool, Shape: c.v(x).Shape}, []int64{CmpGreater})
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpWhere, []int32{pos, x, e}, c.like(x, c.v(x).Shape), nil))
}

func lowerArg(isMin bool) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.in(n, 0)
		if err != nil {
			return err
		}
		in := c.v(x).Shape
		axis, err := normAxis(attrInt(n, "axis", 0), len(in))
		if err != nil {
			return err
		}
		if in[axis] == 0 {
			return fmt.Errorf("arg-reduction over an empty axis")
		}
		var shape []int64
		for d, s := range in {
			switch {
			case d != axis:
				shape = append(shape, s)
			case attrInt(n, "keepdims", 1) == 1:
				shape = append(shape, 1)
			}
		}
		args := []int64{int64(axis), attrInt(n, "select_last_index", 0), boolToInt(isMin)}
		return c.bindTo(n)(c.emit(n, OpArgMax, []int32{x}, Value{Int: true, DType: dtInt64, Shape: shape}, args))
	}
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

func init() {
	for op, f := range map[string]lowering{
		"PRelu": lowerPRelu, "ReduceSumSquare": lowerReduceComposite("sumsquare"),
		"ReduceL1": lowerReduceComposite("l1"), "ReduceL2": lowerReduceComposite("l2"),
		"ReduceLogSumExp": lowerReduceComposite("logsumexp"), "ReduceLogSum": lowerReduceComposite("logsum"),
	} {
		lowerings[op] = f
	}
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

// lowerReduceComposite: ReduceSumSquare Σx², ReduceL1 Σ|x|, ReduceL2 sqrt(Σx²) (squares at twice
// the scale), ReduceLogSum log Σx, ReduceLogSumExp m + log Σ exp(x − m) with m the max.
func lowerReduceComposite(kind string) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.real(n, 0)
		if err != nil {
			return err
		}
		mask, shape, keep, err := c.reduceSpec(n, x)
		if err != nil {
			return err
		}
		if mask == nil {
			return &UnsupportedError{Op: n.OpType, Detail: "noop_with_empty_axes"}
		}
		var id int32
		switch kind {
		case "sumsquare":
			sq, err := c.binary(n, OpMul, x, x)
			if err != nil {
				return err
			}
			id, err = c.reduce(n, sq, ReduceSum, mask, shape, keep)
			if err != nil {
				return err
			}
		case "l1":
			ab, err := c.emit(n, OpAbs, []int32{x}, c.like(x, c.v(x).Shape), nil)
			if err != nil {
				return err
			}
			if id, err = c.reduce(n, ab, ReduceSum, mask, shape, keep); err != nil {
				return err
			}
		case "l2":
			sq, err := c.emit(n, OpMul, []int32{x, x}, Value{Scale: 2 * c.v(x).Scale, Shape: c.v(x).Shape}, nil)
			if err != nil {
				return err
			}
			s, err := c.reduce(n, sq, ReduceSum, mask, shape, keep)
			if err != nil {
				return err
			}
			if id, err = c.sqrt(n, s); err != nil {
				return err
			}
		case "logsum":
			s, err := c.reduce(n, x, ReduceSum, mask, shape, keep)
			if err != nil {
				return err
			}
			if id, err = c.log(n, s); err != nil {
				return err
			}
		case "logsumexp":
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
			s, err := c.reduce(n, e, ReduceSum, mask, shape, keep)
			if err != nil {
				return err
			}
			l, err := c.log(n, s)
			if err != nil {
				return err
			}
			mo, err := c.reduce(n, x, ReduceMax, mask, shape, keep)
			if err != nil {
				return err
			}
			if id, err = c.binary(n, OpAdd, l, mo); err != nil {
				return err
			}
		}
		c.bind(n, 0, id)
		return nil
	}
}
