package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

func lowerCast(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.castTo(n, x, onnx.DataType(attrInt(n, "to", 0))))
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
	if dt := onnx.DataType(c.v(like).DType); c.v(like).Int && dt.IsSubByte() {
		return c.bindTo(n)(c.castTo(n, x, dt))
	}
	if dt, ok := c.smallFloat[like]; ok {
		return c.bindTo(n)(c.castTo(n, x, dt))
	}
	out := c.like(like, c.v(x).Shape)
	if !out.Int {
		out.Scale = c.opt.Scale
	}
	return c.bindTo(n)(c.emit(n, OpCast, []int32{x}, out, nil))
}

// lowerBitCast: between integer types of one width the bits are the value wrapped to the target
// type (a Cast); a float's bits would need its exact binary encoding, which a fixed-point real
// does not carry, so BitCast to or from a float type is refused.
func lowerBitCast(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	to := onnx.DataType(attrInt(n, "to", 0))
	from := onnx.DataType(c.v(x).DType)
	if !c.v(x).Int || !to.IsInt() || to.IsSubByte() || from.IsSubByte() || to == onnx.Uint64 {
		return &UnsupportedError{Op: "BitCast", Detail: "to or from a float (or UINT64, or a sub-byte) type"}
	}
	if byteWidth(from) != byteWidth(to) {
		return fmt.Errorf("BitCast from %s to %s: widths differ", from, to)
	}
	return c.bindTo(n)(c.emit(n, OpCast, []int32{x}, Value{Int: true, DType: uint8(to), Shape: c.v(x).Shape}, nil))
}

func byteWidth(d onnx.DataType) int {
	switch d {
	case onnx.Uint8, onnx.Int8, onnx.Bool:
		return 1
	case onnx.Uint16, onnx.Int16:
		return 2
	case onnx.Int32, onnx.Uint32:
		return 4
	}
	return 8
}

// castTo converts x to ONNX type to: a real at the program scale, or an integer of type to.
// The packed sub-byte integers wrap as ONNX's Cast does (two's complement on their width),
// composed of exact integer ops: v → ((v + 2^(w−1)) mod 2^w) − 2^(w−1) (signed), v mod 2^w
// (unsigned), after a truncating cast of a real to INT64.
func (c *compiler) castTo(n *onnx.Node, x int32, to onnx.DataType) (int32, error) {
	out := Value{Shape: c.v(x).Shape}
	switch {
	case to.IsSmallFloat():
		return 0, &UnsupportedError{Op: n.OpType, Detail: "to " + to.String() + " (rounding to the format's grid)"}
	case to.IsFloat():
		out.Scale = c.opt.Scale
	case to.IsSubByte():
		w := int64(4)
		if to == onnx.Int2 || to == onnx.Uint2 {
			w = 2
		}
		v := x
		if !c.v(x).Int || c.v(x).DType == dtBool {
			var err error
			if v, err = c.emit(n, OpCast, []int32{x}, Value{Int: true, DType: dtInt64, Shape: c.v(x).Shape}, nil); err != nil {
				return 0, err
			}
		}
		off := int64(0)
		if to == onnx.Int4 || to == onnx.Int2 {
			off = 1 << (w - 1)
		}
		shape := c.v(x).Shape
		mid := Value{Int: true, DType: c.v(v).DType, Shape: shape}
		res := Value{Int: true, DType: uint8(to), Shape: shape}
		var err error
		if off != 0 {
			if v, err = c.emit(n, OpAdd, []int32{v, c.constInt(mid.DType, nil, []int64{off})}, mid, nil); err != nil {
				return 0, err
			}
			if v, err = c.emit(n, OpMod, []int32{v, c.constInt(mid.DType, nil, []int64{1 << w})}, mid, []int64{0}); err != nil {
				return 0, err
			}
			return c.emit(n, OpSub, []int32{v, c.constInt(mid.DType, nil, []int64{off})}, res, nil)
		}
		return c.emit(n, OpMod, []int32{v, c.constInt(mid.DType, nil, []int64{1 << w})}, res, []int64{0})
	case to.IsInt() && to != onnx.Uint64:
		out.Int, out.DType = true, uint8(to)
	default:
		return 0, &UnsupportedError{Op: n.OpType, Detail: "to " + to.String()}
	}
	return c.emit(n, OpCast, []int32{x}, out, nil)
}

// castKernel: real→real rescales (rshr or shift left); real→int truncates toward zero then wraps
// to the target type (bool: x ≠ 0); int→real shifts left; int→int wraps to the target type.
func castKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	vx, vo := &p.Values[s.In[0]], &p.Values[s.Out]
	if !vx.Int && !vo.Int { // a rescale, the common case: castElem's first branch, hoisted
		if vo.Scale < vx.Scale {
			k := uint(vx.Scale - vo.Scale)
			for i, u := range in[0] {
				out[i] = a.rshr(u, k)
			}
			return nil
		}
		k := uint(vo.Scale - vx.Scale)
		for i, u := range in[0] {
			out[i] = a.shl(u, k)
		}
		return nil
	}
	for i, u := range in[0] {
		out[i] = castElem(vx, vo, u, a)
	}
	return nil
}

func castElem(vx, vo *Value, u int64, a *arith) int64 {
	switch {
	case !vx.Int && !vo.Int:
		if vo.Scale < vx.Scale {
			return a.rshr(u, uint(vx.Scale-vo.Scale))
		}
		return a.shl(u, uint(vo.Scale-vx.Scale))
	case !vx.Int && vo.Int:
		if vo.DType == dtBool {
			return boolToInt(u != 0)
		}
		return wrapTo(vo.DType, u/(int64(1)<<vx.Scale))
	case vx.Int && !vo.Int:
		return a.shl(u, uint(vo.Scale))
	}
	return wrapTo(vo.DType, u)
}

// ONNX element types the kernels distinguish.
const (
	dtUint8  = 2
	dtInt8   = 3
	dtUint16 = 4
	dtInt16  = 5
	dtInt32  = 6
	dtInt64  = 7
	dtBool   = 9
	dtUint32 = 12
	dtUint64 = 13
)

// fitsType reports whether an integer input value is one of its ONNX type's values: unchanged by
// wrapTo, and within the range of a sub-byte type (which no op wraps to).
func fitsType(dt uint8, x int64) bool {
	if x != wrapTo(dt, x) {
		return false
	}
	if onnx.DataType(dt).IsSubByte() {
		lo, hi, _ := dtypeRange(dt)
		return lo <= x && x <= hi
	}
	return true
}

func wrapTo(dt uint8, v int64) int64 {
	switch dt {
	case dtUint8:
		return int64(uint8(v))
	case dtInt8:
		return int64(int8(v))
	case dtUint16:
		return int64(uint16(v))
	case dtInt16:
		return int64(int16(v))
	case dtInt32:
		return int64(int32(v))
	case dtUint32:
		return int64(uint32(v))
	case dtBool:
		return boolToInt(v != 0)
	}
	return v
}

// requantKernel: y = clamp(roundHalfEven((x − inZp[c])·M[c] / 2^K) + outZp[c], lo, hi), c the
// index along Args[0] (−1: one channel). The product is exact in 128 bits. QuantizeLinear,
// DequantizeLinear and the QLinear ops' output rescale are this op with constants fixed at
// compile time.
func requantKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	vx := &p.Values[s.In[0]]
	for i, x := range in[0] {
		out[i] = requantElem(s, vx, int64(i), x, a)
	}
	return nil
}

func requantElem(s *Step, vx *Value, i int64, x int64, a *arith) int64 {
	axis, k, C := s.Args[0], uint(s.Args[1]), s.Args[2]
	inZp, mult, outZp := s.Args[3:3+C], s.Args[3+C:3+2*C], s.Args[3+2*C:3+3*C]
	lo, hi := s.Args[3+3*C], s.Args[4+3*C]
	c := int64(0)
	if axis >= 0 {
		c = (i / numel(vx.Shape[axis+1:])) % C
	}
	y := a.add(a.mulShiftEven(a.sub(x, inZp[c]), mult[c], k), outZp[c])
	return min(max(y, lo), hi)
}

// multiplier represents a positive real r as M / 2^K with M in [2^30, 2^31) where possible:
// exact float64 steps, so the same on every machine.
func multiplier(r float64) (m int64, k int64, err error) {
	if !(r > 0) || math.IsInf(r, 0) {
		return 0, 0, fmt.Errorf("scale factor %v must be positive and finite", r)
	}
	_, e := math.Frexp(r)
	k = int64(31 - e)
	k = min(max(k, 0), 62)
	v := math.RoundToEven(math.Ldexp(r, int(k)))
	if v >= math.MaxInt64 || v < 1 {
		return 0, 0, fmt.Errorf("scale factor %v out of range", r)
	}
	return int64(v), k, nil
}

// floatConst reads the original float values of constant input i.
func (c *compiler) floatConst(n *onnx.Node, i int) ([]float64, error) {
	id, err := c.in(n, i)
	if err != nil {
		return nil, err
	}
	f, ok := c.floats[id]
	if !ok {
		if c.v(id).Const == nil {
			return nil, &NeedsConstantError{Name: c.v(id).Name}
		}
		return nil, &UnsupportedError{Op: n.OpType, Detail: fmt.Sprintf("input %d must be a float constant", i)}
	}
	return f, nil
}

// zeroPoint reads an optional integer zero-point input (default 0 of type def).
func (c *compiler) zeroPoint(n *onnx.Node, i int, def uint8) ([]int64, uint8, error) {
	if !c.has(n, i) {
		return []int64{0}, def, nil
	}
	id, err := c.in(n, i)
	if err != nil {
		return nil, 0, err
	}
	z, err := c.constInts(id)
	if err != nil {
		return nil, 0, err
	}
	return z, c.v(id).DType, nil
}

// realZeroPoint reads an optional real zero-point input (default 0), quantized at scale s.
func (c *compiler) realZeroPoint(n *onnx.Node, i int, s uint8) ([]int64, error) {
	if !c.has(n, i) {
		return []int64{0}, nil
	}
	fs, err := c.floatConst(n, i)
	if err != nil {
		return nil, err
	}
	zp := make([]int64, len(fs))
	for k, f := range fs {
		if zp[k], err = Quantize(f, s); err != nil {
			return nil, err
		}
	}
	return zp, nil
}

func dtypeRange(dt uint8) (int64, int64, error) {
	switch dt {
	case dtUint8:
		return 0, 255, nil
	case dtInt8:
		return -128, 127, nil
	case dtUint16:
		return 0, 65535, nil
	case dtInt16:
		return -32768, 32767, nil
	case dtInt32:
		return math.MinInt32, math.MaxInt32, nil
	case uint8(onnx.Uint4):
		return 0, 15, nil
	case uint8(onnx.Int4):
		return -8, 7, nil
	case uint8(onnx.Uint2):
		return 0, 3, nil
	case uint8(onnx.Int2):
		return -2, 1, nil
	}
	return 0, 0, fmt.Errorf("quantized type %s", onnx.DataType(dt))
}

// requant emits OpRequant for per-tensor (len 1) or per-axis parameters.
func (c *compiler) requant(n *onnx.Node, x int32, axis int64, k int64, inZp, mult, outZp []int64, lo, hi int64, out Value) (int32, error) {
	C := int64(len(mult))
	if C > 1 {
		r := len(c.v(x).Shape)
		d, err := normAxis(axis, r)
		if err != nil {
			return 0, err
		}
		if c.v(x).Shape[d] != C {
			return 0, fmt.Errorf("%d per-axis parameters for axis %d of size %d", C, d, c.v(x).Shape[d])
		}
		axis = int64(d)
	} else {
		axis = -1
	}
	expand := func(v []int64) []int64 {
		if int64(len(v)) == C {
			return v
		}
		if len(v) == 1 {
			r := make([]int64, C)
			for i := range r {
				r[i] = v[0]
			}
			return r
		}
		return nil
	}
	inZp, outZp = expand(inZp), expand(outZp)
	if inZp == nil || outZp == nil {
		return 0, fmt.Errorf("zero points do not match %d scales", C)
	}
	args := []int64{axis, k, C}
	args = append(args, inZp...)
	args = append(args, mult...)
	args = append(args, outZp...)
	args = append(args, lo, hi)
	return c.emit(n, OpRequant, []int32{x}, out, args)
}

// multipliers turns per-channel real factors into integer multipliers sharing one shift K.
func multipliers(rs []float64) ([]int64, int64, error) {
	var kmin int64 = 62
	for _, r := range rs {
		_, k, err := multiplier(r)
		if err != nil {
			return nil, 0, err
		}
		kmin = min(kmin, k)
	}
	ms := make([]int64, len(rs))
	for i, r := range rs {
		v := math.RoundToEven(math.Ldexp(r, int(kmin)))
		if v >= math.MaxInt64 || v < 1 {
			return nil, 0, fmt.Errorf("scale factor %v out of range", r)
		}
		ms[i] = int64(v)
	}
	return ms, kmin, nil
}

func lowerQuantize(c *compiler, n *onnx.Node) error {
	if attrInt(n, "block_size", 0) != 0 {
		return &UnsupportedError{Op: "QuantizeLinear", Detail: "blocked quantization"}
	}
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	scales, err := c.floatConst(n, 1)
	if err != nil {
		return err
	}
	if od := onnx.DataType(attrInt(n, "output_dtype", 0)); od.IsSmallFloat() {
		return &UnsupportedError{Op: "QuantizeLinear", Detail: "to " + od.String() + " (rounding to the format's grid)"}
	}
	if c.has(n, 2) {
		if zid, err := c.in(n, 2); err == nil && !c.v(zid).Int {
			return &UnsupportedError{Op: "QuantizeLinear", Detail: "to a small float type (rounding to the format's grid)"}
		}
	}
	zp, dt, err := c.zeroPoint(n, 2, dtUint8)
	if err != nil {
		return err
	}
	if od := attrInt(n, "output_dtype", 0); od != 0 && !c.has(n, 2) {
		dt = uint8(od)
	}
	lo, hi, err := dtypeRange(dt)
	if err != nil {
		return &UnsupportedError{Op: "QuantizeLinear", Detail: err.Error()}
	}
	rs := make([]float64, len(scales))
	for i, s := range scales {
		rs[i] = 1 / math.Ldexp(s, int(c.v(x).Scale)) // y = x_q / (scale · 2^s)
	}
	mult, k, err := multipliers(rs)
	if err != nil {
		return err
	}
	id, err := c.requant(n, x, attrInt(n, "axis", 1), k, []int64{0}, mult, zp, lo, hi,
		Value{Int: true, DType: dt, Shape: c.v(x).Shape})
	if err != nil {
		return err
	}
	c.bind(n, 0, id)
	return nil
}

func lowerDequantize(c *compiler, n *onnx.Node) error {
	if attrInt(n, "block_size", 0) != 0 {
		return &UnsupportedError{Op: "DequantizeLinear", Detail: "blocked quantization"}
	}
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	scales, err := c.floatConst(n, 1)
	if err != nil {
		return err
	}
	// A real x (a small float type: FLOAT8*, FLOAT4E2M1) has its zero point quantized at its
	// own scale: y_q = (x_q − zp_q) · scale · 2^(s − sx).
	sx := 0
	var zp []int64
	if c.v(x).Int {
		zp, _, err = c.zeroPoint(n, 2, c.v(x).DType)
	} else {
		sx = int(c.v(x).Scale)
		zp, err = c.realZeroPoint(n, 2, c.v(x).Scale)
	}
	if err != nil {
		return err
	}
	rs := make([]float64, len(scales))
	for i, s := range scales {
		rs[i] = math.Ldexp(s, int(c.opt.Scale)-sx) // y_q = (x − zp) · scale · 2^s
	}
	mult, k, err := multipliers(rs)
	if err != nil {
		return err
	}
	id, err := c.requant(n, x, attrInt(n, "axis", 1), k, zp, mult, []int64{0}, math.MinInt64, math.MaxInt64,
		Value{Scale: c.opt.Scale, Shape: c.v(x).Shape})
	if err != nil {
		return err
	}
	c.bind(n, 0, id)
	return nil
}

// centered subtracts a zero point (scalar, or per output channel of a weight) from an integer
// tensor, giving exact int64 values.
func (c *compiler) centered(n *onnx.Node, x int32, zp []int64, perChannelAxis int) (int32, error) {
	allZero := true
	for _, z := range zp {
		allZero = allZero && z == 0
	}
	if allZero {
		return x, nil
	}
	shape := []int64{}
	if len(zp) > 1 {
		shape = make([]int64, len(c.v(x).Shape)-perChannelAxis)
		for i := range shape {
			shape[i] = 1
		}
		shape[0] = int64(len(zp))
	}
	z := c.add(Value{Int: true, DType: dtInt64, Shape: shape, Const: zp})
	out := Value{Int: true, DType: dtInt64, Shape: c.v(x).Shape}
	return c.emit(n, OpSub, []int32{x, z}, out, nil)
}

// intProduct: the exact integer MatMul or Conv of zero-centred operands (int64 accumulators).
func (c *compiler) intProduct(n *onnx.Node, conv bool, a, b int32, za, zb []int64, bias int32) (int32, error) {
	if !c.v(a).Int || !c.v(b).Int {
		return 0, fmt.Errorf("operands must be integer")
	}
	ac, err := c.centered(n, a, za, 0)
	if err != nil {
		return 0, err
	}
	bc, err := c.centered(n, b, zb, 0)
	if err != nil {
		return 0, err
	}
	if conv {
		return c.convValues(n, ac, bc, bias, Value{Int: true, DType: dtInt32})
	}
	va, vb := c.v(ac), c.v(bc)
	if len(va.Shape) < 2 || len(vb.Shape) < 2 {
		return 0, &UnsupportedError{Op: n.OpType, Detail: "1-D operands"}
	}
	batch, err := broadcastShape(va.Shape[:len(va.Shape)-2], vb.Shape[:len(vb.Shape)-2])
	if err != nil {
		return 0, err
	}
	if va.Shape[len(va.Shape)-1] != vb.Shape[len(vb.Shape)-2] {
		return 0, fmt.Errorf("shapes %v and %v do not multiply", va.Shape, vb.Shape)
	}
	shape := append(append([]int64{}, batch...), va.Shape[len(va.Shape)-2], vb.Shape[len(vb.Shape)-1])
	return c.emit(n, OpMatMul, []int32{ac, bc}, Value{Int: true, DType: dtInt32, Shape: shape}, nil)
}

func lowerIntegerProduct(conv bool) lowering {
	return func(c *compiler, n *onnx.Node) error {
		a, err := c.in(n, 0)
		if err != nil {
			return err
		}
		b, err := c.in(n, 1)
		if err != nil {
			return err
		}
		za, _, err := c.zeroPoint(n, 2, 0)
		if err != nil {
			return err
		}
		zb, _, err := c.zeroPoint(n, 3, 0)
		if err != nil {
			return err
		}
		if len(za) > 1 {
			return &UnsupportedError{Op: n.OpType, Detail: "per-row zero point of A"}
		}
		return c.bindTo(n)(c.intProduct(n, conv, a, b, za, zb, -1))
	}
}

// lowerQLinear: acc = Σ (a − za)(b − zb) (+ bias for Conv), exact; y = requant(acc, sa·sb/sy) + zy.
func lowerQLinear(conv bool) lowering {
	return func(c *compiler, n *onnx.Node) error {
		a, err := c.in(n, 0)
		if err != nil {
			return err
		}
		b, err := c.in(n, 3)
		if err != nil {
			return err
		}
		sa, err := c.floatConst(n, 1)
		if err != nil {
			return err
		}
		sb, err := c.floatConst(n, 4)
		if err != nil {
			return err
		}
		sy, err := c.floatConst(n, 6)
		if err != nil {
			return err
		}
		za, _, err := c.zeroPoint(n, 2, 0)
		if err != nil {
			return err
		}
		zb, _, err := c.zeroPoint(n, 5, 0)
		if err != nil {
			return err
		}
		zy, dt, err := c.zeroPoint(n, 7, dtUint8)
		if err != nil {
			return err
		}
		if len(sa) != 1 || len(sy) != 1 || len(za) != 1 || len(zy) != 1 {
			return &UnsupportedError{Op: n.OpType, Detail: "per-axis input or output quantization"}
		}
		bias := int32(-1)
		if conv && c.has(n, 8) {
			if bias, err = c.in(n, 8); err != nil {
				return err
			}
			if !c.v(bias).Int {
				return fmt.Errorf("bias must be int32")
			}
		}
		acc, err := c.intProduct(n, conv, a, b, za, zb, bias)
		if err != nil {
			return err
		}
		rs := make([]float64, len(sb))
		for i, s := range sb {
			rs[i] = float64(sa[0]*s) / sy[0] // float64() keeps the product from fusing
		}
		mult, k, err := multipliers(rs)
		if err != nil {
			return err
		}
		lo, hi, err := dtypeRange(dt)
		if err != nil {
			return &UnsupportedError{Op: n.OpType, Detail: err.Error()}
		}
		axis := int64(-1)
		if len(rs) > 1 {
			axis = int64(len(c.v(acc).Shape) - 1) // QLinearMatMul: per output column
			if conv {
				axis = 1 // QLinearConv: per output channel
			}
		}
		return c.bindTo(n)(c.requant(n, acc, axis, k, []int64{0}, mult, zy, lo, hi, Value{Int: true, DType: dt, Shape: c.v(acc).Shape}))
	}
}

func castRule(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	u, err := get(s.In[0], j)
	if err != nil {
		return 0, err
	}
	return castElem(&p.Values[s.In[0]], &p.Values[s.Out], u, a), nil
}

func requantRule(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	u, err := get(s.In[0], j)
	if err != nil {
		return 0, err
	}
	return requantElem(s, &p.Values[s.In[0]], j, u, a), nil
}
