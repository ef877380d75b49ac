package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

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
		return c.bindTo(n)(c.softmax(n, x, mask, logOut))
	}
}

// softmax is (log-)softmax over the masked axes: m = max, d = x − m, e = exp(d), s = Σe;
// softmax = e / s, log-softmax = d − log s.
func (c *compiler) softmax(n *onnx.Node, x int32, mask []int64, logOut bool) (int32, error) {
	m, err := c.reduceKeep(n, x, ReduceMax, mask)
	if err != nil {
		return 0, err
	}
	d, err := c.binary(n, OpSub, x, m)
	if err != nil {
		return 0, err
	}
	e, err := c.applyTable(n, d, "exp")
	if err != nil {
		return 0, err
	}
	s, err := c.reduceKeep(n, e, ReduceSum, mask)
	if err != nil {
		return 0, err
	}
	if logOut {
		ls, err := c.log(n, s)
		if err != nil {
			return 0, err
		}
		return c.binary(n, OpSub, d, ls)
	}
	return c.binary(n, OpDiv, e, s)
}

// lowerLayerNorm normalises over the axes from `axis` on: d = x − mean, v = mean(d²) + eps,
// r = sqrt(v), y = d / r · gamma + beta, all at scale s.
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
	v, err := c.meanSquare(n, d, axis)
	if err != nil {
		return err
	}
	eps, err := c.scalarConst(attrFloat(n, "epsilon", 1e-5), c.v(v).Scale)
	if err != nil {
		return err
	}
	ve, err := c.emit(n, OpAdd, []int32{v, eps}, Value{Scale: c.v(v).Scale, Shape: c.v(v).Shape}, nil)
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
	if y, err = c.withOptional(n, 1, OpMul, y); err != nil {
		return err
	}
	return c.bindTo(n)(c.withOptional(n, 2, OpAdd, y))
}

// withOptional is op(y, input i of n) when n has input i (a scale or bias), else y.
func (c *compiler) withOptional(n *onnx.Node, i int, op OpCode, y int32) (int32, error) {
	if !c.has(n, i) {
		return y, nil
	}
	v, err := c.real(n, i)
	if err != nil {
		return 0, err
	}
	return c.binary(n, op, y, v)
}

// lowerBatchNorm folds inference-mode batch normalization into y = x·a + b per channel with
// a = scale/sqrt(var+eps) and b = B − mean·a, computed in float64 at compile time from the
// constants and quantized once.
func lowerBatchNorm(c *compiler, n *onnx.Node) error {
	if attrInt(n, "training_mode", 0) != 0 || (len(n.Outputs) > 1 && n.Outputs[1] != "") {
		return &UnsupportedError{Op: "BatchNormalization", Detail: "training mode"}
	}
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	vx := c.v(x)
	if vx.Int || len(vx.Shape) < 2 {
		return fmt.Errorf("input %v", vx.Shape)
	}
	C := vx.Shape[1]
	params := make([][]float64, 4)
	for i := range params {
		f, err := c.floatConst(n, i+1)
		if err != nil {
			return err
		}
		if int64(len(f)) != C {
			return fmt.Errorf("input %d has %d values for %d channels", i+1, len(f), C)
		}
		params[i] = f
	}
	eps := attrFloat(n, "epsilon", 1e-5)
	chShape := append([]int64{C}, ones(len(vx.Shape)-2)...)
	aq := Value{Name: n.Label() + ".a", Scale: c.opt.Scale, Shape: chShape, Const: make([]int64, C)}
	bq := Value{Name: n.Label() + ".b", Scale: c.opt.Scale, Shape: chShape, Const: make([]int64, C)}
	for ch := int64(0); ch < C; ch++ {
		a := params[0][ch] / math.Sqrt(params[3][ch]+eps)
		b := params[1][ch] - float64(params[2][ch]*a) // float64() forbids FMA fusion: same bits on every arch
		if aq.Const[ch], err = Quantize(a, c.opt.Scale); err != nil {
			return err
		}
		if bq.Const[ch], err = Quantize(b, c.opt.Scale); err != nil {
			return err
		}
	}
	ai, bi := c.add(aq), c.add(bq)
	c.floats[ai] = make([]float64, C) // keep a's real values so the multiply uses its precise scale
	for ch := int64(0); ch < C; ch++ {
		c.floats[ai][ch] = params[0][ch] / math.Sqrt(params[3][ch]+eps)
	}
	y, err := c.binary(n, OpMul, x, ai)
	if err != nil {
		return err
	}
	if y, err = c.binary(n, OpAdd, y, bi); err != nil {
		return err
	}
	c.bind(n, 0, y)
	return nil
}

// meanSquare is mean(d²) over the axes from axis on, kept (size 1): each row's sum of squares is
// one MatMul of the row with itself, accumulated exactly in 128 bits (and bisected on-chain like
// any MatMul), stored at d's scale, then divided by the row length. Squares stored element by
// element at twice the scale overflowed int64 from |d| = 181 (MiniLM's LayerNorm on real text);
// the sum at scale s holds rows up to Σd² < 2^39, with a quantum of 2^-s on the sum.
func (c *compiler) meanSquare(n *onnx.Node, d int32, axis int) (int32, error) {
	shape := c.v(d).Shape
	rows, width := numel(shape[:axis]), numel(shape[axis:])
	row, err := c.reshapeTo(n, d, []int64{rows, 1, width})
	if err != nil {
		return 0, err
	}
	col, err := c.reshapeTo(n, d, []int64{rows, width, 1})
	if err != nil {
		return 0, err
	}
	sum, err := c.matmul(n, row, col, -1)
	if err != nil {
		return 0, err
	}
	kept := append([]int64{}, shape[:axis]...)
	for range shape[axis:] {
		kept = append(kept, 1)
	}
	if sum, err = c.reshapeTo(n, sum, kept); err != nil {
		return 0, err
	}
	count, err := c.scalarConst(float64(width), 0) // an integer divisor: no shift of the sum
	if err != nil {
		return 0, err
	}
	return c.binary(n, OpDiv, sum, count)
}

// normMask marks the axes from `axis` (default −1) on: the normalised axes of LayerNormalization
// and RMSNormalization.
func normMask(n *onnx.Node, rank int) ([]int64, error) {
	axis, err := normAxis(attrInt(n, "axis", -1), rank)
	if err != nil {
		return nil, err
	}
	mask := make([]int64, rank)
	for d := axis; d < rank; d++ {
		mask[d] = 1
	}
	return mask, nil
}

// lowerRMSNorm: y = x / sqrt(mean(x²) + eps) · scale over the axes from `axis` on, the mean of
// squares taken as LayerNormalization's variance is.
func lowerRMSNorm(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	mask, err := normMask(n, len(c.v(x).Shape))
	if err != nil {
		return err
	}
	r, err := c.rms(n, x, mask, attrFloat(n, "epsilon", 1e-5))
	if err != nil {
		return err
	}
	y, err := c.binary(n, OpDiv, x, r)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.withOptional(n, 1, OpMul, y))
}

// rms is sqrt(mean(d²) + eps) over the masked axes (kept), at the program scale, the sum of
// squares taken as LayerNormalization's is (sumSquareKeep).
func (c *compiler) rms(n *onnx.Node, d int32, mask []int64, eps float64) (int32, error) {
	v, err := c.meanSquareMask(n, d, mask)
	if err != nil {
		return 0, err
	}
	if eps != 0 {
		e, err := c.scalarConst(eps, c.v(v).Scale)
		if err != nil {
			return 0, err
		}
		if v, err = c.binary(n, OpAdd, v, e); err != nil {
			return 0, err
		}
	}
	return c.sqrt(n, v)
}

// sumSquareKeep is Σd² over the masked axes, kept (size 1), at d's scale: as in meanSquare, each
// row's sum of squares is one MatMul of the row with itself, exact in 128 bits and stored once
// (squares stored one by one at twice the scale overflow from |d| = 181). Masked axes that are not
// the trailing ones are first moved last by a Transpose.
func (c *compiler) sumSquareKeep(n *onnx.Node, d int32, mask []int64) (int32, error) {
	shape := c.v(d).Shape
	var perm []int64
	rows, width := int64(1), int64(1)
	for a, m := range mask {
		if m == 0 {
			perm = append(perm, int64(a))
			rows *= shape[a]
		}
	}
	trailing := true
	for a, m := range mask {
		if m == 1 {
			trailing = trailing && len(perm) <= a
			perm = append(perm, int64(a))
			width *= shape[a]
		}
	}
	x := d
	var err error
	if !trailing {
		if x, err = c.transpose(n, d, perm); err != nil {
			return 0, err
		}
	}
	row, err := c.reshapeTo(n, x, []int64{rows, 1, width})
	if err != nil {
		return 0, err
	}
	col, err := c.reshapeTo(n, x, []int64{rows, width, 1})
	if err != nil {
		return 0, err
	}
	sum, err := c.matmul(n, row, col, -1)
	if err != nil {
		return 0, err
	}
	kept := append([]int64{}, shape...)
	for a, m := range mask {
		if m == 1 {
			kept[a] = 1
		}
	}
	return c.reshapeTo(n, sum, kept)
}

// meanSquareMask is mean(d²) over the masked axes, kept: sumSquareKeep divided by the count.
func (c *compiler) meanSquareMask(n *onnx.Node, d int32, mask []int64) (int32, error) {
	sum, err := c.sumSquareKeep(n, d, mask)
	if err != nil {
		return 0, err
	}
	width := c.v(d).Len() / max(1, c.v(sum).Len())
	count, err := c.scalarConst(float64(width), 0) // an integer divisor: no shift of the sum
	if err != nil {
		return 0, err
	}
	return c.binary(n, OpDiv, sum, count)
}

// standardize is (x − mean) / sqrt(var + eps) over the masked axes, the variance of the centred
// values taken as LayerNormalization's. With eps = 0 a zero spread divides by one quantum instead
// of zero (the centred values are 0 then).
func (c *compiler) standardize(n *onnx.Node, x int32, mask []int64, eps float64) (int32, error) {
	mean, err := c.reduceKeep(n, x, ReduceMean, mask)
	if err != nil {
		return 0, err
	}
	d, err := c.binary(n, OpSub, x, mean)
	if err != nil {
		return 0, err
	}
	r, err := c.rms(n, d, mask, eps)
	if err != nil {
		return 0, err
	}
	if eps == 0 {
		q := c.add(Value{Scale: c.v(r).Scale, Shape: []int64{}, Const: []int64{1}})
		if r, err = c.binary(n, OpMax, r, q); err != nil {
			return 0, err
		}
	}
	return c.binary(n, OpDiv, d, r)
}

// channelAffine applies y·scale + bias with scale and bias (inputs si, si+1, optional) of one
// value per channel (axis 1 of a rank-r tensor).
func (c *compiler) channelAffine(n *onnx.Node, y int32, si int) (int32, error) {
	rank := len(c.v(y).Shape)
	C := c.v(y).Shape[1]
	for i := si; i < si+2; i++ {
		if !c.has(n, i) {
			continue
		}
		p, err := c.real(n, i)
		if err != nil {
			return 0, err
		}
		if c.v(p).Len() != C {
			return 0, fmt.Errorf("input %d of shape %v for %d channels", i, c.v(p).Shape, C)
		}
		if p, err = c.reshapeTo(n, p, append([]int64{C}, ones(rank-2)...)); err != nil {
			return 0, err
		}
		op := OpMul
		if i == si+1 {
			op = OpAdd
		}
		if y, err = c.binary(n, op, y, p); err != nil {
			return 0, err
		}
	}
	return y, nil
}

// lowerInstanceNorm normalises each (n, c) over the spatial axes, then scale and bias per channel.
func lowerInstanceNorm(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	rank := len(c.v(x).Shape)
	if rank < 3 {
		return fmt.Errorf("input of rank %d", rank)
	}
	mask := make([]int64, rank)
	for d := 2; d < rank; d++ {
		mask[d] = 1
	}
	y, err := c.standardize(n, x, mask, attrFloat(n, "epsilon", 1e-5))
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.channelAffine(n, y, 1))
}

// lowerGroupNorm normalises each group of channels ([N, G, C/G·spatial]), then scale and bias per
// channel (opset 21; opset 18's per-group scale and bias are expanded to their channels).
func lowerGroupNorm(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	G := attrInt(n, "num_groups", 0)
	if len(xs) < 2 || G <= 0 || xs[1]%G != 0 {
		return fmt.Errorf("num_groups %d for input %v", G, xs)
	}
	C := xs[1]
	g, err := c.reshapeTo(n, x, []int64{xs[0], G, numel(xs) / xs[0] / G})
	if err != nil {
		return err
	}
	y, err := c.standardize(n, g, []int64{0, 0, 1}, attrFloat(n, "epsilon", 1e-5))
	if err != nil {
		return err
	}
	if y, err = c.reshapeTo(n, y, xs); err != nil {
		return err
	}
	if c.m.Opset() < 21 && G != C {
		// scale and bias per group: as a channel value, group k's for channels k·C/G …
		for i := 1; i <= 2; i++ {
			if !c.has(n, i) {
				continue
			}
			p, err := c.real(n, i)
			if err != nil {
				return err
			}
			if c.v(p).Len() != G {
				return fmt.Errorf("input %d of shape %v for %d groups", i, c.v(p).Shape, G)
			}
			pg, err := c.reshapeTo(n, p, []int64{G, 1})
			if err != nil {
				return err
			}
			pe, err := c.emit(n, OpExpand, []int32{pg}, c.like(pg, []int64{G, C / G}), nil)
			if err != nil {
				return err
			}
			pc, err := c.reshapeTo(n, pe, append([]int64{C}, ones(len(xs)-2)...))
			if err != nil {
				return err
			}
			op := OpMul
			if i == 2 {
				op = OpAdd
			}
			if y, err = c.binary(n, op, y, pc); err != nil {
				return err
			}
		}
		c.bind(n, 0, y)
		return nil
	}
	return c.bindTo(n)(c.channelAffine(n, y, 1))
}

// lowerMVN: (x − mean) / std over `axes` (default [0, 2, 3]); ONNX adds 1e-9 to std, below a
// quantum.
func lowerMVN(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	rank := len(c.v(x).Shape)
	mask := make([]int64, rank)
	for _, a := range attrInts(n, "axes", []int64{0, 2, 3}) {
		d, err := normAxis(a, rank)
		if err != nil {
			return err
		}
		mask[d] = 1
	}
	return c.bindTo(n)(c.standardize(n, x, mask, 0))
}

// lowerLpNorm: x / ‖x‖_p along axis (p = 1: Σ|x|; p = 2: sqrt(Σx²), the sum as sumSquareKeep's);
// a zero slice stays 0.
func lowerLpNorm(c *compiler, n *onnx.Node) error {
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
	mask[axis] = 1
	var norm int32
	switch p := attrInt(n, "p", 2); p {
	case 1:
		ab, err := c.unary(n, OpAbs, x)
		if err != nil {
			return err
		}
		if norm, err = c.reduceKeep(n, ab, ReduceSum, mask); err != nil {
			return err
		}
	case 2:
		s, err := c.sumSquareKeep(n, x, mask)
		if err != nil {
			return err
		}
		if norm, err = c.sqrt(n, s); err != nil {
			return err
		}
	default:
		return &UnsupportedError{Op: "LpNormalization", Detail: fmt.Sprintf("p = %d", p)}
	}
	// A zero norm means a zero slice, whose result is 0: dividing by one quantum gives it.
	q := c.add(Value{Scale: c.v(norm).Scale, Shape: []int64{}, Const: []int64{1}})
	if norm, err = c.binary(n, OpMax, norm, q); err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpDiv, x, norm))
}

// lowerLRN: y = x · (bias + alpha/size · Σ x²)^−beta, the sum over the size channels around c
// (floor((size−1)/2) before, ceil after, zeros outside): x² at the program scale is averaged by an
// AveragePool over the channel axis of x viewed as [N, 1, C, rest] (padding counted), so
// alpha/size · Σ = alpha · mean.
func lowerLRN(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	size := attrInt(n, "size", 0)
	if len(xs) < 2 || size < 1 {
		return fmt.Errorf("size %d for input %v", size, xs)
	}
	sq, err := c.binary(n, OpMul, x, x)
	if err != nil {
		return err
	}
	v, err := c.reshapeTo(n, sq, []int64{xs[0], 1, xs[1], numel(xs[2:])})
	if err != nil {
		return err
	}
	before := (size - 1) / 2
	sp := spatial{kernel: []int64{size, 1}, stride: []int64{1, 1}, dilation: []int64{1, 1},
		padBegin: []int64{before, 0}, padEnd: []int64{size - 1 - before, 0}}
	m, err := c.emit(n, OpAvgPool, []int32{v}, c.like(v, c.v(v).Shape), poolArgs(OpAvgPool, true, sp))
	if err != nil {
		return err
	}
	if m, err = c.reshapeTo(n, m, xs); err != nil {
		return err
	}
	alpha, err := c.constReal(nil, []float64{attrFloat(n, "alpha", 1e-4)}, c.opt.Scale)
	if err != nil {
		return err
	}
	if m, err = c.binary(n, OpMul, m, alpha); err != nil {
		return err
	}
	bias, err := c.scalarConst(attrFloat(n, "bias", 1), c.opt.Scale)
	if err != nil {
		return err
	}
	if m, err = c.binary(n, OpAdd, m, bias); err != nil {
		return err
	}
	beta := attrFloat(n, "beta", 0.75)
	if beta == 0.5 {
		r, err := c.sqrt(n, m)
		if err != nil {
			return err
		}
		return c.bindTo(n)(c.binary(n, OpDiv, x, r))
	}
	f, err := c.powConst(n, m, -beta)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.binary(n, OpMul, x, f))
}
