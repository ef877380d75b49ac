package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// The com.microsoft quantized ops that onnxruntime's quantizer writes in its QOperator format
// (QLinearAdd, QLinearMul, QLinearConcat, QLinearSigmoid, QLinearLeakyRelu, QLinearSoftmax,
// QLinearAveragePool, QLinearGlobalAveragePool). Each is what its contrib-op definition says:
// dequantize the inputs (DequantizeLinear), apply the float op, quantize the result with the
// output's scale and zero point (QuantizeLinear, round half to even, saturating). They lower to
// those ops, so they need no one-step or circuit of their own. onnxruntime computes the float op
// in float32 (or through a lookup table of the same values); here it is the fixed-point op at
// scale 24, so an output can differ by one quantum where the float result lies within ~2^-24 of a
// rounding boundary.

// dequantized is input x of n dequantized with the scale and (optional) zero point at inputs s, z.
func (c *compiler) dequantized(n *onnx.Node, x, s, z int) (int32, error) {
	ins := []int{x, s}
	if c.has(n, z) {
		ins = append(ins, z)
	}
	ids, err := c.inputs(n, ins)
	if err != nil {
		return 0, err
	}
	return c.apply(fmt.Sprintf("%s/dequantize%d", n.Label(), x), "DequantizeLinear", ids)
}

// quantized quantizes y with the scale and (optional) zero point at n's inputs s, z, and binds it
// as n's output.
func (c *compiler) quantized(n *onnx.Node, y int32, s, z int) error {
	ids, err := c.inputs(n, []int{s})
	if err != nil {
		return err
	}
	ins := []int32{y, ids[0]}
	if c.has(n, z) {
		zid, err := c.in(n, z)
		if err != nil {
			return err
		}
		ins = append(ins, zid)
	}
	return c.bindTo(n)(c.apply(n.Label()+"/quantize", "QuantizeLinear", ins))
}

func (c *compiler) inputs(n *onnx.Node, idx []int) ([]int32, error) {
	ids := make([]int32, len(idx))
	for i, k := range idx {
		id, err := c.in(n, k)
		if err != nil {
			return nil, err
		}
		ids[i] = id
	}
	return ids, nil
}

// lowerQLinearBinary: A, A_scale, A_zp, B, B_scale, B_zp, C_scale, C_zp → C.
func lowerQLinearBinary(op string) lowering {
	return func(c *compiler, n *onnx.Node) error {
		a, err := c.dequantized(n, 0, 1, 2)
		if err != nil {
			return err
		}
		b, err := c.dequantized(n, 3, 4, 5)
		if err != nil {
			return err
		}
		y, err := c.apply(n.Label()+"/"+op, op, []int32{a, b})
		if err != nil {
			return err
		}
		return c.quantized(n, y, 6, 7)
	}
}

// lowerQLinearUnary: X, X_scale, X_zp, Y_scale, Y_zp → Y, with op's attributes (alpha, axis, the
// pool's window) passed on.
func lowerQLinearUnary(op string, keep ...string) lowering {
	return func(c *compiler, n *onnx.Node) error {
		if attrInt(n, "channels_last", 0) != 0 {
			return &UnsupportedError{Op: n.OpType, Detail: "channels_last"}
		}
		x, err := c.dequantized(n, 0, 1, 2)
		if err != nil {
			return err
		}
		var attrs []onnx.Attr
		for _, a := range n.Attrs {
			for _, k := range keep {
				if a.Name == k {
					attrs = append(attrs, a)
				}
			}
		}
		if op == "Softmax" && (attrInt(n, "opset", 13) >= 13) != (c.m.Opset() >= 13) {
			// Softmax's meaning changed at opset 13 (one axis, not flattened from it); the
			// contrib op names its own, and the lowering follows the model's
			return &UnsupportedError{Op: n.OpType, Detail: fmt.Sprintf("opset %d Softmax in a model of opset %d", attrInt(n, "opset", 13), c.m.Opset())}
		}
		y, err := c.apply(n.Label()+"/"+op, op, []int32{x}, attrs...)
		if err != nil {
			return err
		}
		return c.quantized(n, y, 3, 4)
	}
}

// lowerQLinearConcat: Y_scale, Y_zp, then (X, X_scale, X_zp) per input → Y along axis.
func lowerQLinearConcat(c *compiler, n *onnx.Node) error {
	if (len(n.Inputs)-2)%3 != 0 || len(n.Inputs) < 5 {
		return fmt.Errorf("%d inputs: want Y_scale, Y_zero_point and triples (X, X_scale, X_zero_point)", len(n.Inputs))
	}
	var xs []int32
	for k := 2; k < len(n.Inputs); k += 3 {
		x, err := c.dequantized(n, k, k+1, k+2)
		if err != nil {
			return err
		}
		xs = append(xs, x)
	}
	y, err := c.apply(n.Label()+"/Concat", "Concat", xs, onnx.Attr{Name: "axis", Type: onnx.AttrInt, I: attrInt(n, "axis", 0)})
	if err != nil {
		return err
	}
	return c.quantized(n, y, 0, 1)
}
