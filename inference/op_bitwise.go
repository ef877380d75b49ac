package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// The kinds of OpBitwise (Args[0]).
const (
	BitAnd int64 = iota
	BitOr
	BitXor
	BitShiftLeft
	BitShiftRight
)

// lowerBitwise: BitwiseAnd, BitwiseOr, BitwiseXor on integer tensors, one OpBitwise step.
func lowerBitwise(kind int64) lowering {
	return func(c *compiler, n *onnx.Node) error {
		a, b, shape, err := c.bitOperands(n)
		if err != nil {
			return err
		}
		return c.bindTo(n)(c.emit(n, OpBitwise, []int32{a, b}, c.like(a, shape), []int64{kind}))
	}
}

// lowerBitShift: BitShift (unsigned types only, as ONNX defines it) by the direction attribute.
func lowerBitShift(c *compiler, n *onnx.Node) error {
	a, b, shape, err := c.bitOperands(n)
	if err != nil {
		return err
	}
	switch c.v(a).DType {
	case dtUint8, dtUint16, dtUint32, dtUint64:
	default:
		return &UnsupportedError{Op: "BitShift", Detail: "a signed or boolean input"}
	}
	kind := BitShiftLeft
	switch d := attrString(n, "direction", ""); d {
	case "LEFT":
	case "RIGHT":
		kind = BitShiftRight
	default:
		return fmt.Errorf("BitShift direction %q", d)
	}
	return c.bindTo(n)(c.emit(n, OpBitwise, []int32{a, b}, c.like(a, shape), []int64{kind}))
}

// lowerBitwiseNot: x XOR all-ones of x's type (−1 for the signed types, 2^w − 1 for the
// unsigned ones); UINT64's all-ones is beyond the engine's int64, so it is refused.
func lowerBitwiseNot(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	if !c.v(x).Int || c.v(x).DType == dtBool || onnx.DataType(c.v(x).DType).IsSubByte() {
		return &UnsupportedError{Op: n.OpType, Detail: "a real, boolean or sub-byte input"}
	}
	ones := int64(-1)
	switch c.v(x).DType {
	case dtUint8:
		ones = 0xff
	case dtUint16:
		ones = 0xffff
	case dtUint32:
		ones = 0xffffffff
	case dtUint64:
		return &UnsupportedError{Op: n.OpType, Detail: "UINT64 (its complement leaves int64)"}
	}
	k := c.constInt(c.v(x).DType, nil, []int64{ones})
	return c.bindTo(n)(c.emit(n, OpBitwise, []int32{x, k}, c.like(x, c.v(x).Shape), []int64{BitXor}))
}

// bitOperands reads the two integer operands of a broadcast bitwise op, of one element type.
func (c *compiler) bitOperands(n *onnx.Node) (int32, int32, []int64, error) {
	a, err := c.in(n, 0)
	if err != nil {
		return 0, 0, nil, err
	}
	b, err := c.in(n, 1)
	if err != nil {
		return 0, 0, nil, err
	}
	va, vb := c.v(a), c.v(b)
	if !va.Int || !vb.Int || va.DType == dtBool || vb.DType == dtBool || onnx.DataType(va.DType).IsSubByte() {
		return 0, 0, nil, &UnsupportedError{Op: n.OpType, Detail: "real, boolean or sub-byte operands"}
	}
	if va.DType != vb.DType {
		return 0, 0, nil, fmt.Errorf("operands of types %s and %s", onnx.DataType(va.DType), onnx.DataType(vb.DType))
	}
	shape, err := broadcastShape(va.Shape, vb.Shape)
	if err != nil {
		return 0, 0, nil, err
	}
	return a, b, shape, nil
}

// bitwiseElem: r = u & v, u | v, u ^ v on the two's-complement int64 values (Args[0] = 0, 1, 2);
// or u shifted left (3) or right (4, logical) by v bits as a uint64, 0 when v is outside [0, 63].
// The result wraps to the output's ONNX type (wrapTo); for UINT64 a result that leaves int64
// (≥ 2^63) is an overflow.
func bitwiseElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	u, err := operand(p, s, 0, idx, get)
	if err != nil {
		return 0, err
	}
	v, err := operand(p, s, 1, idx, get)
	if err != nil {
		return 0, err
	}
	var r int64
	switch kind := s.Args[0]; {
	case kind == BitAnd:
		r = u & v
	case kind == BitOr:
		r = u | v
	case kind == BitXor:
		r = u ^ v
	case kind != BitShiftLeft && kind != BitShiftRight:
		return 0, fmt.Errorf("bitwise kind %d", kind)
	case v < 0 || v > 63:
		r = 0
	case kind == BitShiftLeft:
		r = int64(uint64(u) << uint(v))
	default:
		r = int64(uint64(u) >> uint(v))
	}
	dt := p.Values[s.Out].DType
	r = wrapTo(dt, r)
	if dt == dtUint64 && r < 0 {
		a.overflow = true
	}
	return r, nil
}
