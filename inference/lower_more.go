package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

func init() {
	for op, f := range map[string]lowering{
		"Floor": lowerRound(RoundFloor), "Ceil": lowerRound(RoundCeil), "Round": lowerRound(RoundHalfEven),
		"Tile": lowerTile, "Range": lowerRange, "Softsign": lowerSoftsign, "Softplus": lowerSoftplus,
		"HardSwish": lowerHardSwish, "ThresholdedRelu": lowerThresholdedRelu, "Sign": lowerSign,
	} {
		lowerings[op] = f
	}
}

func lowerRound(mode int64) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.real(n, 0)
		if err != nil {
			return err
		}
		id, err := c.emit(n, OpRound, []int32{x}, c.like(x, c.v(x).Shape), []int64{mode})
		if err != nil {
			return err
		}
		c.bind(n, 0, id)
		return nil
	}
}

func lowerTile(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	rid, err := c.in(n, 1)
	if err != nil {
		return err
	}
	reps, err := c.constInts(rid)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	if len(reps) != len(in) {
		return fmt.Errorf("repeats %v for rank %d", reps, len(in))
	}
	shape := make([]int64, len(in))
	for d := range in {
		if reps[d] < 0 {
			return fmt.Errorf("negative repeat")
		}
		shape[d] = in[d] * reps[d]
	}
	id, err := c.emit(n, OpTile, []int32{x}, c.like(x, shape), nil)
	if err != nil {
		return err
	}
	c.bind(n, 0, id)
	return nil
}

// lowerRange folds Range(start, limit, delta) of constants into a constant.
func lowerRange(c *compiler, n *onnx.Node) error {
	ids := make([]int32, 3)
	for i := range ids {
		var err error
		if ids[i], err = c.in(n, i); err != nil {
			return err
		}
		if c.v(ids[i]).Const == nil || len(c.v(ids[i]).Const) != 1 {
			return &NeedsConstantError{Name: c.v(ids[i]).Name}
		}
	}
	v0 := c.v(ids[0])
	start, limit, delta := v0.Const[0], c.v(ids[1]).Const[0], c.v(ids[2]).Const[0]
	if delta == 0 {
		return fmt.Errorf("delta 0")
	}
	count := (limit - start + delta - 1) / delta
	if delta < 0 {
		count = (start - limit + (-delta) - 1) / (-delta)
	}
	count = max(count, 0)
	if count > 1<<24 {
		return fmt.Errorf("range of %d values", count)
	}
	vals := make([]int64, count)
	for i := range vals {
		vals[i] = start + int64(i)*delta
	}
	out := c.like(ids[0], []int64{count})
	out.Const = vals
	c.bind(n, 0, c.add(out))
	return nil
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
	id, err := c.binary(n, OpDiv, x, den)
	if err != nil {
		return err
	}
	c.bind(n, 0, id)
	return nil
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
	id, err := c.binary(n, OpAdd, pos, l)
	if err != nil {
		return err
	}
	c.bind(n, 0, id)
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
	id, err := c.binary(n, OpMul, x, y)
	if err != nil {
		return err
	}
	c.bind(n, 0, id)
	return nil
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
	id, err := c.emit(n, OpWhere, []int32{gt, x, zero}, c.like(x, c.v(x).Shape), nil)
	if err != nil {
		return err
	}
	c.bind(n, 0, id)
	return nil
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
	id, err := c.emit(n, OpWhere, []int32{gt, one, neg}, c.like(x, v.Shape), nil)
	if err != nil {
		return err
	}
	c.bind(n, 0, id)
	return nil
}
