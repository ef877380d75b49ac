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
		return c.bindTo(n)(c.emit(n, OpRound, []int32{x}, c.like(x, c.v(x).Shape), []int64{mode}))
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
	return c.bindTo(n)(c.emit(n, OpTile, []int32{x}, c.like(x, shape), nil))
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
	return c.bindTo(n)(c.binary(n, OpDiv, x, den))
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

func init() { lowerings["ConvTranspose"] = lowerConvTranspose }

// lowerConvTranspose resolves output_shape, output_padding, auto_pad and pads to explicit begin
// pads and the output size per spatial axis:
// out = stride·(in − 1) + output_padding + dilation·(k − 1) + 1 − padBegin − padEnd.
func lowerConvTranspose(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	w, err := c.real(n, 1)
	if err != nil {
		return err
	}
	vx, vw := c.v(x), c.v(w)
	if len(vx.Shape) < 3 || len(vw.Shape) != len(vx.Shape) {
		return fmt.Errorf("input %v and weight %v ranks", vx.Shape, vw.Shape)
	}
	group := attrInt(n, "group", 1)
	C := vx.Shape[1]
	if group < 1 || C%group != 0 || vw.Shape[0] != C {
		return fmt.Errorf("group %d does not fit input channels %d and weight %v", group, C, vw.Shape)
	}
	M := vw.Shape[1] * group
	k := len(vx.Shape) - 2
	kernel := vw.Shape[2:]
	stride, dil := attrInts(n, "strides", ones(k)), attrInts(n, "dilations", ones(k))
	outPad := attrInts(n, "output_padding", make([]int64, k))
	pads := attrInts(n, "pads", make([]int64, 2*k))
	outShape := attrInts(n, "output_shape", nil)
	if len(stride) != k || len(dil) != k || len(outPad) != k || len(pads) != 2*k || (outShape != nil && len(outShape) != k) {
		return fmt.Errorf("attribute lengths do not match a %d-d kernel", k)
	}
	autoPad := attrString(n, "auto_pad", "NOTSET")
	args := []int64{group, int64(k)}
	outSp := make([]int64, k)
	for d := 0; d < k; d++ {
		in := vx.Shape[2+d]
		full := stride[d]*(in-1) + outPad[d] + dil[d]*(kernel[d]-1) + 1
		pb, pe := pads[d], pads[k+d]
		switch {
		case outShape != nil || autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER":
			target := in * stride[d]
			if outShape != nil {
				target = outShape[d]
			}
			total := full - target     // negative: the output extends past the full result (bias only there)
			half := floorDiv(total, 2) // floor, as ONNX's reference does for negative totals
			if autoPad == "SAME_UPPER" {
				pb, pe = half, total-half
			} else {
				pb, pe = total-half, half
			}
		case autoPad == "VALID":
			pb, pe = 0, 0
		}
		outSp[d] = full - pb - pe
		if outSp[d] < 1 {
			return fmt.Errorf("empty output")
		}
		args = append(args, stride[d], dil[d], pb)
	}
	ins := []int32{x, w}
	if c.has(n, 2) {
		b, err := c.in(n, 2)
		if err != nil {
			return err
		}
		if c.v(b).Len() != M {
			return fmt.Errorf("bias of %d values for %d output channels", c.v(b).Len(), M)
		}
		if b, err = c.rescaleConst(n, b, vx.Scale+vw.Scale, 1); err != nil {
			return err
		}
		ins = append(ins, b)
	}
	shape := append([]int64{vx.Shape[0], M}, outSp...)
	return c.bindTo(n)(c.emit(n, OpConvTranspose, ins, Value{Scale: c.opt.Scale, Shape: shape}, args))
}

func init() {
	lowerings["GatherElements"] = lowerGatherElements
	lowerings["Mod"] = lowerMod
	lowerings["Trilu"] = lowerTrilu
	lowerings["NonZero"] = lowerNonZero
}

func lowerGatherElements(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	idx, err := c.in(n, 1)
	if err != nil {
		return err
	}
	vi := c.v(idx)
	if !vi.Int || len(vi.Shape) != len(c.v(x).Shape) {
		return fmt.Errorf("indices must be integers of the data's rank")
	}
	axis, err := normAxis(attrInt(n, "axis", 0), len(vi.Shape))
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpGatherElements, []int32{x, idx}, c.like(x, vi.Shape), []int64{int64(axis)}))
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
	if !c.v(a).Int || !c.v(b).Int {
		return &UnsupportedError{Op: "Mod", Detail: "real operands"}
	}
	shape, err := broadcastShape(c.v(a).Shape, c.v(b).Shape)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpMod, []int32{a, b}, c.like(a, shape), []int64{attrInt(n, "fmod", 0)}))
}

// lowerTrilu keeps the upper (or lower) triangle of the last two axes relative to diagonal k, as a
// Where with a constant mask.
func lowerTrilu(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	sh := c.v(x).Shape
	if len(sh) < 2 {
		return fmt.Errorf("rank %d", len(sh))
	}
	k := int64(0)
	if c.has(n, 1) {
		kid, err := c.in(n, 1)
		if err != nil {
			return err
		}
		kv, err := c.constInts(kid)
		if err != nil {
			return err
		}
		if len(kv) != 1 {
			return fmt.Errorf("k must be a scalar")
		}
		k = kv[0]
	}
	upper := attrInt(n, "upper", 1) == 1
	R, C := sh[len(sh)-2], sh[len(sh)-1]
	mask := make([]int64, R*C)
	for i := int64(0); i < R; i++ {
		for j := int64(0); j < C; j++ {
			keep := j-i >= k
			if !upper {
				keep = j-i <= k
			}
			mask[i*C+j] = boolToInt(keep)
		}
	}
	m := c.add(Value{Int: true, DType: dtBool, Shape: []int64{R, C}, Const: mask})
	v := c.v(x)
	zero := c.add(Value{Int: v.Int, DType: v.DType, Scale: v.Scale, Shape: []int64{}, Const: []int64{0}})
	return c.bindTo(n)(c.emit(n, OpWhere, []int32{m, x, zero}, c.like(x, sh), nil))
}

// lowerNonZero folds NonZero of a constant (its output shape depends on the data, so a run-time
// input would make shapes dynamic).
func lowerNonZero(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	v := c.v(x)
	if v.Const == nil {
		return &NeedsConstantError{Name: v.Name}
	}
	r := int64(len(v.Shape))
	var coords [][]int64
	idx := make([]int64, r)
	for i, q := range v.Const {
		if q != 0 {
			unflatten(int64(i), v.Shape, idx)
			coords = append(coords, append([]int64{}, idx...))
		}
	}
	nz := int64(len(coords))
	out := make([]int64, r*nz)
	for j, cd := range coords {
		for d := int64(0); d < r; d++ {
			out[d*nz+int64(j)] = cd[d]
		}
	}
	c.bind(n, 0, c.add(Value{Int: true, DType: dtInt64, Shape: []int64{r, nz}, Const: out}))
	return nil
}
