package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// window resolves the sliding-window attributes of Conv and the pools (auto_pad, pads, strides,
// dilations, ceil_mode) to explicit per-axis values and the output spatial shape.
func window(n *onnx.Node, in, kernel []int64, ceil bool) (sp spatial, out []int64, err error) {
	k := len(kernel)
	sp.kernel = kernel
	sp.stride = attrInts(n, "strides", nil)
	sp.dilation = attrInts(n, "dilations", nil)
	pads := attrInts(n, "pads", nil)
	if sp.stride == nil {
		sp.stride = ones(k)
	}
	if sp.dilation == nil {
		sp.dilation = ones(k)
	}
	if len(sp.stride) != k || len(sp.dilation) != k || (pads != nil && len(pads) != 2*k) {
		return sp, nil, fmt.Errorf("strides %v, dilations %v or pads %v do not match a %d-d kernel", sp.stride, sp.dilation, pads, k)
	}
	sp.padBegin, sp.padEnd = make([]int64, k), make([]int64, k)
	if pads != nil {
		copy(sp.padBegin, pads[:k])
		copy(sp.padEnd, pads[k:])
	}
	out = make([]int64, k)
	autoPad := attrString(n, "auto_pad", "NOTSET")
	for d := 0; d < k; d++ {
		if sp.stride[d] < 1 || sp.dilation[d] < 1 || kernel[d] < 1 {
			return sp, nil, fmt.Errorf("non-positive stride, dilation or kernel")
		}
		ext := sp.dilation[d]*(kernel[d]-1) + 1
		switch autoPad {
		case "SAME_UPPER", "SAME_LOWER":
			out[d] = (in[d] + sp.stride[d] - 1) / sp.stride[d]
			total := max((out[d]-1)*sp.stride[d]+ext-in[d], 0)
			if autoPad == "SAME_UPPER" {
				sp.padBegin[d], sp.padEnd[d] = total/2, total-total/2
			} else {
				sp.padBegin[d], sp.padEnd[d] = total-total/2, total/2
			}
			continue
		case "VALID":
			sp.padBegin[d], sp.padEnd[d] = 0, 0
		case "NOTSET", "":
		default:
			return sp, nil, fmt.Errorf("auto_pad %q", autoPad)
		}
		span := in[d] + sp.padBegin[d] + sp.padEnd[d] - ext
		if span < 0 {
			return sp, nil, fmt.Errorf("kernel larger than the padded input")
		}
		if ceil {
			out[d] = (span+sp.stride[d]-1)/sp.stride[d] + 1
			// The last window must start inside the input or its left padding.
			if (out[d]-1)*sp.stride[d] >= in[d]+sp.padBegin[d] {
				out[d]--
			}
		} else {
			out[d] = span/sp.stride[d] + 1
		}
	}
	return sp, out, nil
}

func ones(k int) []int64 {
	o := make([]int64, k)
	for i := range o {
		o[i] = 1
	}
	return o
}

func lowerConv(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	w, err := c.in(n, 1)
	if err != nil {
		return err
	}
	if err := c.sameKind(x, w); err != nil {
		return err
	}
	if c.v(x).Int {
		return &UnsupportedError{Op: "Conv", Detail: "integer operands (use ConvInteger)"}
	}
	bias := int32(-1)
	if c.has(n, 2) {
		if bias, err = c.in(n, 2); err != nil {
			return err
		}
		if bias, err = c.rescaleConst(n, bias, c.v(x).Scale+c.v(w).Scale, 1); err != nil {
			return err
		}
	}
	return c.bindTo(n)(c.convValues(n, x, w, bias, Value{Scale: c.opt.Scale}))
}

// convValues emits a convolution of x by w (+ bias at scale sx+sw) into a value like out (its
// kind and scale; the shape is computed).
func (c *compiler) convValues(n *onnx.Node, x, w, bias int32, out Value) (int32, error) {
	vx, vw := c.v(x), c.v(w)
	if len(vx.Shape) < 3 || len(vw.Shape) != len(vx.Shape) {
		return 0, fmt.Errorf("input %v and weight %v ranks", vx.Shape, vw.Shape)
	}
	group := attrInt(n, "group", 1)
	C, M := vx.Shape[1], vw.Shape[0]
	if group < 1 || C%group != 0 || M%group != 0 || vw.Shape[1] != C/group {
		return 0, fmt.Errorf("group %d does not fit input channels %d and weight %v", group, C, vw.Shape)
	}
	if ks := attrInts(n, "kernel_shape", nil); ks != nil && !sameShape(ks, vw.Shape[2:]) {
		return 0, fmt.Errorf("kernel_shape %v differs from the weight %v", ks, vw.Shape)
	}
	sp, outSp, err := window(n, vx.Shape[2:], vw.Shape[2:], false)
	if err != nil {
		return 0, err
	}
	ins := []int32{x, w}
	if bias >= 0 {
		if c.v(bias).Len() != M {
			return 0, fmt.Errorf("bias of %d values for %d output channels", c.v(bias).Len(), M)
		}
		ins = append(ins, bias)
	}
	args := []int64{group, int64(len(outSp))}
	for d := range outSp {
		args = append(args, sp.stride[d], sp.dilation[d], sp.padBegin[d])
	}
	out.Shape = append([]int64{vx.Shape[0], M}, outSp...)
	return c.emit(n, OpConv, ins, out, args)
}

func poolArgs(op OpCode, includePad bool, sp spatial) []int64 {
	args := []int64{boolToInt(includePad), int64(len(sp.kernel))}
	for d := range sp.kernel {
		args = append(args, sp.kernel[d], sp.stride[d], sp.dilation[d], sp.padBegin[d], sp.padEnd[d])
	}
	return args
}

func lowerPool(op OpCode) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.in(n, 0)
		if err != nil {
			return err
		}
		if len(n.Outputs) > 1 && n.Outputs[1] != "" {
			return &UnsupportedError{Op: "MaxPool", Detail: "the Indices output"}
		}
		vx := c.v(x)
		if len(vx.Shape) < 3 {
			return fmt.Errorf("input rank %d", len(vx.Shape))
		}
		if op == OpAvgPool && vx.Int {
			return &UnsupportedError{Op: "AveragePool", Detail: "integer input"}
		}
		if attrInt(n, "storage_order", 0) != 0 {
			return &UnsupportedError{Op: "MaxPool", Detail: "storage_order"}
		}
		kernel := attrInts(n, "kernel_shape", nil)
		if len(kernel) != len(vx.Shape)-2 {
			return fmt.Errorf("kernel_shape %v for input %v", kernel, vx.Shape)
		}
		sp, outSp, err := window(n, vx.Shape[2:], kernel, attrInt(n, "ceil_mode", 0) == 1)
		if err != nil {
			return err
		}
		shape := append([]int64{vx.Shape[0], vx.Shape[1]}, outSp...)
		return c.bindTo(n)(c.emit(n, op, []int32{x}, c.like(x, shape), poolArgs(op, attrInt(n, "count_include_pad", 0) == 1, sp)))
	}
}

func lowerGlobalPool(op OpCode) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.in(n, 0)
		if err != nil {
			return err
		}
		vx := c.v(x)
		if len(vx.Shape) < 3 {
			return fmt.Errorf("input rank %d", len(vx.Shape))
		}
		k := len(vx.Shape) - 2
		sp := spatial{kernel: vx.Shape[2:], stride: ones(k), dilation: ones(k), padBegin: make([]int64, k), padEnd: make([]int64, k)}
		shape := append([]int64{vx.Shape[0], vx.Shape[1]}, ones(k)...)
		return c.bindTo(n)(c.emit(n, op, []int32{x}, c.like(x, shape), poolArgs(op, false, sp)))
	}
}

// reduceSpec reads a reduction's axes (attribute or input), keepdims and noop_with_empty_axes:
// the axis mask and the output shape (nil mask: the reduction is the identity).
func (c *compiler) reduceSpec(n *onnx.Node, x int32) (mask []int64, shape []int64, keep bool, err error) {
	in := c.v(x).Shape
	axes, _, err := c.axesOf(n, 1)
	if err != nil {
		return nil, nil, false, err
	}
	keep = attrInt(n, "keepdims", 1) == 1
	if len(axes) == 0 && attrInt(n, "noop_with_empty_axes", 0) == 1 {
		return nil, in, keep, nil
	}
	mask = make([]int64, len(in))
	if len(axes) == 0 {
		for d := range mask {
			mask[d] = 1
		}
	}
	for _, a := range axes {
		d, err := normAxis(a, len(in))
		if err != nil {
			return nil, nil, false, err
		}
		mask[d] = 1
	}
	for d, s := range in {
		switch {
		case mask[d] == 0:
			shape = append(shape, s)
		case keep:
			shape = append(shape, 1)
		}
		if mask[d] == 1 && s == 0 {
			return nil, nil, false, &UnsupportedError{Op: n.OpType, Detail: "reduction over an empty axis"}
		}
	}
	return mask, shape, keep, nil
}

func (c *compiler) reduce(n *onnx.Node, x int32, kind int64, mask, shape []int64, keep bool) (int32, error) {
	return c.emit(n, OpReduce, []int32{x}, c.like(x, shape), append([]int64{kind, boolToInt(keep)}, mask...))
}

func lowerReduce(kind int64) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.in(n, 0)
		if err != nil {
			return err
		}
		mask, shape, keep, err := c.reduceSpec(n, x)
		if err != nil {
			return err
		}
		if mask == nil {
			c.bind(n, 0, x)
			return nil
		}
		if kind == ReduceMean && c.v(x).Int {
			return &UnsupportedError{Op: n.OpType, Detail: "integer mean"}
		}
		return c.bindTo(n)(c.reduce(n, x, kind, mask, shape, keep))
	}
}

func lowerSlice(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	var starts, ends, axes, steps []int64
	if c.has(n, 1) { // opset >= 10: inputs
		read := func(i int) ([]int64, error) {
			if !c.has(n, i) {
				return nil, nil
			}
			id, err := c.in(n, i)
			if err != nil {
				return nil, err
			}
			return c.constInts(id)
		}
		if starts, err = read(1); err != nil {
			return err
		}
		if ends, err = read(2); err != nil {
			return err
		}
		if axes, err = read(3); err != nil {
			return err
		}
		if steps, err = read(4); err != nil {
			return err
		}
	} else {
		starts, ends, axes = attrInts(n, "starts", nil), attrInts(n, "ends", nil), attrInts(n, "axes", nil)
	}
	if len(starts) != len(ends) {
		return fmt.Errorf("starts %v and ends %v differ in length", starts, ends)
	}
	if axes == nil {
		for d := range starts {
			axes = append(axes, int64(d))
		}
	}
	if steps == nil {
		steps = ones(len(starts))
	}
	if len(axes) != len(starts) || len(steps) != len(starts) {
		return fmt.Errorf("axes %v or steps %v do not match starts %v", axes, steps, starts)
	}
	args := make([]int64, 2*len(in))
	shape := append([]int64{}, in...)
	for d := range in {
		args[2*d+1] = 1
	}
	for i, a := range axes {
		d, err := normAxis(a, len(in))
		if err != nil {
			return err
		}
		dim, st := in[d], steps[i]
		if st == 0 {
			return fmt.Errorf("step 0")
		}
		s, e := starts[i], ends[i]
		if s < 0 {
			s += dim
		}
		if e < 0 {
			e += dim
		}
		var length int64
		if st > 0 {
			s, e = min(max(s, 0), dim), min(max(e, 0), dim)
			length = max(0, (e-s+st-1)/st)
		} else {
			s, e = min(max(s, 0), dim-1), min(max(e, -1), dim-1)
			length = max(0, (s-e+(-st)-1)/(-st))
		}
		shape[d] = length
		args[2*d], args[2*d+1] = s, st
		if length == 0 {
			args[2*d] = 0
		}
	}
	return c.bindTo(n)(c.emit(n, OpSlice, []int32{x}, c.like(x, shape), args))
}

func lowerPad(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	vx := c.v(x)
	r := len(vx.Shape)
	var pads []int64
	var value int64
	if c.has(n, 1) {
		id, err := c.in(n, 1)
		if err != nil {
			return err
		}
		if pads, err = c.constInts(id); err != nil {
			return err
		}
		if c.has(n, 2) {
			vid, err := c.in(n, 2)
			if err != nil {
				return err
			}
			cv := c.v(vid)
			if cv.Const == nil || len(cv.Const) != 1 || cv.Int != vx.Int || cv.Scale != vx.Scale {
				return &UnsupportedError{Op: "Pad", Detail: "constant_value must be a constant of the input's type"}
			}
			value = cv.Const[0]
		}
		if c.has(n, 3) {
			aid, err := c.in(n, 3)
			if err != nil {
				return err
			}
			axes, err := c.constInts(aid)
			if err != nil {
				return err
			}
			full := make([]int64, 2*r)
			for i, a := range axes {
				d, err := normAxis(a, r)
				if err != nil {
					return err
				}
				full[d], full[r+d] = pads[i], pads[len(axes)+i]
			}
			pads = full
		}
	} else {
		pads = attrInts(n, "pads", nil)
		if !vx.Int {
			if value, err = Quantize(attrFloat(n, "value", 0), vx.Scale); err != nil {
				return err
			}
		}
	}
	if len(pads) != 2*r {
		return fmt.Errorf("pads %v for rank %d", pads, r)
	}
	modes := map[string]int64{"constant": 0, "reflect": 1, "edge": 2}
	mode, ok := modes[attrString(n, "mode", "constant")]
	if !ok {
		return &UnsupportedError{Op: "Pad", Detail: "mode " + attrString(n, "mode", "")}
	}
	shape := make([]int64, r)
	for d := range shape {
		if pads[d] < 0 || pads[r+d] < 0 {
			return &UnsupportedError{Op: "Pad", Detail: "negative pads"}
		}
		shape[d] = vx.Shape[d] + pads[d] + pads[r+d]
		if mode == 1 && (pads[d] >= vx.Shape[d] || pads[r+d] >= vx.Shape[d]) {
			return &UnsupportedError{Op: "Pad", Detail: "reflect pads as large as the input"}
		}
		if mode != 0 && vx.Shape[d] == 0 {
			return fmt.Errorf("cannot reflect or extend an empty axis")
		}
	}
	args := append([]int64{mode, value}, pads[:r]...)
	return c.bindTo(n)(c.emit(n, OpPad, []int32{x}, c.like(x, shape), args))
}

func lowerGather(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	idx, err := c.in(n, 1)
	if err != nil {
		return err
	}
	if !c.v(idx).Int {
		return fmt.Errorf("indices must be integers")
	}
	in := c.v(x).Shape
	axis, err := normAxis(attrInt(n, "axis", 0), len(in))
	if err != nil {
		return err
	}
	shape := append(append(append([]int64{}, in[:axis]...), c.v(idx).Shape...), in[axis+1:]...)
	return c.bindTo(n)(c.emit(n, OpGather, []int32{x, idx}, c.like(x, shape), []int64{int64(axis)}))
}

func lowerCast(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	to := onnx.DataType(attrInt(n, "to", 0))
	out := Value{Shape: c.v(x).Shape}
	switch {
	case to.IsFloat():
		out.Scale = c.opt.Scale
	case to.IsInt() && to != onnx.Uint64:
		out.Int, out.DType = true, uint8(to)
	default:
		return &UnsupportedError{Op: "Cast", Detail: "to " + to.String()}
	}
	return c.bindTo(n)(c.emit(n, OpCast, []int32{x}, out, nil))
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
