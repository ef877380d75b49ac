package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

func init() {
	for op, f := range map[string]lowering{
		"Size": lowerSize, "ConstantOfShape": lowerConstantOfShape, "Expand": lowerExpand,
		"CastLike": lowerCastLike, "Split": lowerSplit,
	} {
		lowerings[op] = f
	}
}

func lowerSize(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	c.bind(n, 0, c.add(Value{Int: true, DType: dtInt64, Shape: []int64{}, Const: []int64{c.v(x).Len()}}))
	return nil
}

func lowerConstantOfShape(c *compiler, n *onnx.Node) error {
	sid, err := c.in(n, 0)
	if err != nil {
		return err
	}
	shape, err := c.constInts(sid)
	if err != nil {
		return err
	}
	t := &onnx.Tensor{DType: onnx.Float, Floats: []float64{0}}
	if a, ok := n.Attr("value"); ok && a.T != nil {
		t = a.T
	}
	if t.Len() != 1 {
		return fmt.Errorf("value must hold one element")
	}
	one, err := c.constTensor(t)
	if err != nil {
		return err
	}
	out := c.like(one, append([]int64{}, shape...))
	if numel(shape) > 1<<24 {
		return fmt.Errorf("shape %v too large for a constant", shape)
	}
	return c.bindTo(n)(c.emit(n, OpExpand, []int32{one}, out, nil))
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

func lowerCastLike(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	like, err := c.in(n, 1)
	if err != nil {
		return err
	}
	out := c.like(like, c.v(x).Shape)
	if !out.Int {
		out.Scale = c.opt.Scale
	}
	return c.bindTo(n)(c.emit(n, OpCast, []int32{x}, out, nil))
}

// lowerSplit: one Slice per output, sizes from the split input/attribute or equal parts.
func lowerSplit(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	axis, err := normAxis(attrInt(n, "axis", 0), len(in))
	if err != nil {
		return err
	}
	var sizes []int64
	if c.has(n, 1) {
		sid, err := c.in(n, 1)
		if err != nil {
			return err
		}
		if sizes, err = c.constInts(sid); err != nil {
			return err
		}
	} else if a, ok := n.Attr("split"); ok {
		sizes = a.Ints
	} else {
		k := int64(len(n.Outputs))
		if ns := attrInt(n, "num_outputs", 0); ns > 0 {
			k = ns
		}
		part := (in[axis] + k - 1) / k
		for left := in[axis]; left > 0; left -= part {
			sizes = append(sizes, min(part, left))
		}
	}
	if len(sizes) != len(n.Outputs) {
		return fmt.Errorf("%d parts for %d outputs", len(sizes), len(n.Outputs))
	}
	var start int64
	for i, sz := range sizes {
		args := make([]int64, 2*len(in))
		shape := append([]int64{}, in...)
		for d := range in {
			args[2*d+1] = 1
		}
		args[2*axis] = start
		shape[axis] = sz
		id, err := c.emit(n, OpSlice, []int32{x}, c.like(x, shape), args)
		if err != nil {
			return err
		}
		c.bind(n, i, id)
		start += sz
	}
	if start != in[axis] {
		return fmt.Errorf("parts %v do not add up to %d", sizes, in[axis])
	}
	return nil
}
