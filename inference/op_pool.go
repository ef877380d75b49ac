package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

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
		wantIndices := len(n.Outputs) > 1 && n.Outputs[1] != ""
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
		y, err := c.emit(n, op, []int32{x}, c.like(x, shape), poolArgs(op, attrInt(n, "count_include_pad", 0) == 1, sp))
		if err != nil {
			return err
		}
		c.bind(n, 0, y)
		if wantIndices {
			ind, err := c.maxPoolIndices(n, x, y, sp, outSp)
			if err != nil {
				return err
			}
			c.bind(n, 1, ind)
		}
		return nil
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

// poolSplit: MaxPool takes the max over the window's positions inside X (padding never wins);
// AvgPool divides the window's sum by its count (positions inside X, or inside the padded extent
// with countIncludePad), rounding half up. Args: [countIncludePad, nsp, (kernel, stride,
// dilation, padBegin, padEnd) × nsp].
func poolSplit(p *Program, s *Step, in [][]int64, out []int64) (int, func(int, *arith) error) {
	vx, vo := &p.Values[s.In[0]], &p.Values[s.Out]
	planes := numel(vx.Shape[:2])
	inPlane, outPlane := numel(vx.Shape[2:]), numel(vo.Shape[2:])
	parts := int(min(planes, 64, (int64(len(out))+elementsPerPart-1)/elementsPerPart))
	if planes > 0 {
		parts = max(parts, 1)
	}
	return parts, func(part int, a *arith) error {
		lo, hi := span(part, parts, planes)
		return poolPlanes(p, s, in[0][lo*inPlane:hi*inPlane], out[lo*outPlane:hi*outPlane], hi-lo, a)
	}
}

// poolPlanes pools `planes` consecutive (n, c) planes of X into out.
func poolPlanes(p *Program, s *Step, X, out []int64, planes int64, a *arith) error {
	vx, vo := &p.Values[s.In[0]], &p.Values[s.Out]
	includePad := s.Args[0] == 1
	nsp := int(s.Args[1])
	sp := spatial{}
	for d := 0; d < nsp; d++ {
		b := 2 + 5*d
		sp.kernel = append(sp.kernel, s.Args[b])
		sp.stride = append(sp.stride, s.Args[b+1])
		sp.dilation = append(sp.dilation, s.Args[b+2])
		sp.padBegin = append(sp.padBegin, s.Args[b+3])
		sp.padEnd = append(sp.padEnd, s.Args[b+4])
	}
	inSp, outSp := vx.Shape[2:], vo.Shape[2:]
	inPlane, outPlane := numel(inSp), numel(outSp)
	if s.Op == OpMaxPool && nsp == 2 {
		return maxPool2d(X, out, planes, inSp, outSp, sp)
	}
	inSt := strides(inSp)
	kpos := kernelPositions(sp.kernel, strides(sp.kernel))
	oidx := make([]int64, nsp)
	for pl := int64(0); pl < planes; pl++ {
		for op := int64(0); op < outPlane; op++ {
			unflatten(op, outSp, oidx)
			var acc acc128
			var count int64
			best, any := int64(math.MinInt64), false
			for _, kidx := range kpos {
				off, inside, inPadded := int64(0), true, true
				for d := 0; d < nsp; d++ {
					x := oidx[d]*sp.stride[d] - sp.padBegin[d] + kidx[d]*sp.dilation[d]
					if x < 0 || x >= inSp[d] {
						inside = false
						if x < -sp.padBegin[d] || x >= inSp[d]+sp.padEnd[d] {
							inPadded = false
						}
						continue
					}
					off += x * inSt[d]
				}
				if s.Op == OpMaxPool {
					if inside {
						best, any = max(best, X[pl*inPlane+off]), true
					}
					continue
				}
				if inside {
					acc = acc.add64(X[pl*inPlane+off])
					count++
				} else if includePad && inPadded {
					count++
				}
			}
			o := pl*outPlane + op
			if s.Op == OpMaxPool {
				if !any {
					return fmt.Errorf("max pool window without any input element")
				}
				out[o] = best
			} else {
				if count == 0 {
					return fmt.Errorf("average pool window without any element")
				}
				out[o] = a.div(acc.int64(a), count)
			}
		}
	}
	return nil
}

// maxPool2d is poolPlanes' MaxPool for two spatial axes: the same maximum over the window's
// positions inside X, with the valid kernel ranges computed per output row and column.
func maxPool2d(X, out []int64, planes int64, inSp, outSp []int64, sp spatial) error {
	H, W, OH, OW := inSp[0], inSp[1], outSp[0], outSp[1]
	for pl := int64(0); pl < planes; pl++ {
		x := X[pl*H*W : (pl+1)*H*W]
		o := out[pl*OH*OW : (pl+1)*OH*OW]
		for oh := int64(0); oh < OH; oh++ {
			h0 := oh*sp.stride[0] - sp.padBegin[0]
			for ow := int64(0); ow < OW; ow++ {
				w0 := ow*sp.stride[1] - sp.padBegin[1]
				best, any := int64(math.MinInt64), false
				for kh := int64(0); kh < sp.kernel[0]; kh++ {
					ih := h0 + kh*sp.dilation[0]
					if ih < 0 || ih >= H {
						continue
					}
					row := x[ih*W : (ih+1)*W]
					for kw := int64(0); kw < sp.kernel[1]; kw++ {
						iw := w0 + kw*sp.dilation[1]
						if iw < 0 || iw >= W {
							continue
						}
						if v := row[iw]; !any || v > best {
							best, any = v, true
						}
					}
				}
				if !any {
					return fmt.Errorf("max pool window without any input element")
				}
				o[oh*OW+ow] = best
			}
		}
	}
	return nil
}

// poolWindow visits the input offsets of output element idx's pooling window (positions inside
// the input) and returns the AvgPool divisor: those positions, plus the padding positions when
// count_include_pad is set.
func poolWindow(p *Program, s *Step, idx []int64, visit func(off int64) error) (int64, error) {
	vx := &p.Values[s.In[0]]
	includePad := s.Args[0] == 1
	nsp := int(s.Args[1])
	inSp := vx.Shape[2:]
	inSt := strides(inSp)
	plane := idx[0]*vx.Shape[1] + idx[1]
	base := plane * numel(inSp)
	kernel := make([]int64, nsp)
	for d := range kernel {
		kernel[d] = s.Args[2+5*d]
	}
	var count int64
	for _, kidx := range kernelPositions(kernel, strides(kernel)) {
		off, inside, inPadded := int64(0), true, true
		for d := 0; d < nsp; d++ {
			b := 2 + 5*d
			x := idx[2+d]*s.Args[b+1] - s.Args[b+3] + kidx[d]*s.Args[b+2]
			if x < 0 || x >= inSp[d] {
				inside = false
				if x < -s.Args[b+3] || x >= inSp[d]+s.Args[b+4] {
					inPadded = false
				}
				continue
			}
			off += x * inSt[d]
		}
		if !inside {
			if includePad && inPadded && s.Op == OpAvgPool {
				count++
			}
			continue
		}
		if err := visit(base + off); err != nil {
			return 0, err
		}
		count++
	}
	return count, nil
}

// AvgPoolCount is the divisor of output element j of an AvgPool step (circuits need it as a constant).
func AvgPoolCount(p *Program, s *Step, j int64) (int64, error) {
	vo := &p.Values[s.Out]
	idx := make([]int64, len(vo.Shape))
	unflatten(j, vo.Shape, idx)
	return poolWindow(p, s, idx, func(int64) error { return nil })
}

func poolElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	var acc acc128
	best, any := int64(math.MinInt64), false
	count, err := poolWindow(p, s, idx, func(off int64) error {
		v, err := get(s.In[0], off)
		if err != nil {
			return err
		}
		if s.Op == OpMaxPool {
			best, any = max(best, v), true
		} else {
			acc = acc.add64(v)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	if s.Op == OpMaxPool {
		if !any {
			return 0, fmt.Errorf("max pool window without any input element")
		}
		return best, nil
	}
	if count == 0 {
		return 0, fmt.Errorf("average pool window without any element")
	}
	return a.div(acc.int64(a), count), nil
}

// lowerLpPool: (Σ_window |x|^p)^(1/p), the window sum a depthwise Conv with a constant kernel of
// ones (so pads, strides, dilations and auto_pad are Conv's, padding adding zeros); p = 2 squares
// and takes the exact Sqrt, p = 1 sums |x|, other p go through powConst.
func lowerLpPool(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	kernel := attrInts(n, "kernel_shape", nil)
	if len(xs) < 3 || len(kernel) != len(xs)-2 {
		return fmt.Errorf("kernel_shape %v for input %v", kernel, xs)
	}
	if attrInt(n, "ceil_mode", 0) != 0 {
		return &UnsupportedError{Op: "LpPool", Detail: "ceil_mode"}
	}
	p := float64(attrInt(n, "p", 2))
	if p <= 0 {
		return fmt.Errorf("p = %g", p)
	}
	var t int32
	switch p {
	case 1:
		t, err = c.unary(n, OpAbs, x)
	case 2:
		t, err = c.binary(n, OpMul, x, x)
	default:
		if t, err = c.unary(n, OpAbs, x); err == nil {
			t, err = c.powConst(n, t, p)
		}
	}
	if err != nil {
		return err
	}
	C := xs[1]
	wShape := append([]int64{C, 1}, kernel...)
	ones := make([]float64, numel(wShape))
	for i := range ones {
		ones[i] = 1
	}
	w, err := c.constReal(wShape, ones, c.opt.Scale)
	if err != nil {
		return err
	}
	attrs := []onnx.Attr{{Name: "group", Type: onnx.AttrInt, I: C}}
	for _, a := range n.Attrs {
		switch a.Name {
		case "kernel_shape", "strides", "pads", "dilations", "auto_pad":
			attrs = append(attrs, a)
		}
	}
	s, err := c.apply(n.Name+"/sum", "Conv", []int32{t, w}, attrs...)
	if err != nil {
		return err
	}
	switch p {
	case 1:
		c.bind(n, 0, s)
		return nil
	case 2:
		return c.bindTo(n)(c.sqrt(n, s))
	}
	return c.bindTo(n)(c.powConst(n, s, 1/p))
}

// maxPoolIndices is MaxPool's Indices output: every window's taps gathered (a tap in the padding
// reads −InfQ), compared with the window's max, and the least flat input index among the equal
// taps (the first in row-major order) taken by ReduceMin. Indices count over the whole input
// tensor (batch and channel included), as ONNX's do.
func (c *compiler) maxPoolIndices(n *onnx.Node, x, y int32, sp spatial, outSp []int64) (int32, error) {
	xs := c.v(x).Shape
	if c.v(x).Int {
		return 0, &UnsupportedError{Op: "MaxPool", Detail: "the Indices output of an integer input"}
	}
	r := len(outSp)
	N, C, P := xs[0], xs[1], numel(xs[2:])
	K := numel(sp.kernel)
	O := numel(outSp)
	total := N * C * P
	if N*C*O*K > MaxTensorElements {
		return 0, fmt.Errorf("%w: MaxPool indices of %d taps", ErrTooLarge, N*C*O*K)
	}
	taps := make([]int64, 0, N*C*O*K) // gather positions (total = the −InfQ pad)
	src := make([]int64, 0, N*C*O*K)  // flat input index, or total for a pad tap
	oi, ki := make([]int64, r), make([]int64, r)
	for nc := int64(0); nc < N*C; nc++ {
		for o := int64(0); o < O; o++ {
			unflatten(o, outSp, oi)
			for k := int64(0); k < K; k++ {
				unflatten(k, sp.kernel, ki)
				p, inside := int64(0), true
				for d := 0; d < r; d++ {
					pd := oi[d]*sp.stride[d] - sp.padBegin[d] + ki[d]*sp.dilation[d]
					if pd < 0 || pd >= xs[2+d] {
						inside = false
						break
					}
					p = p*xs[2+d] + pd
				}
				if inside {
					taps = append(taps, nc*P+p)
					src = append(src, nc*P+p)
				} else {
					taps = append(taps, total)
					src = append(src, total)
				}
			}
		}
	}
	flat, err := c.reshapeTo(n, x, []int64{total})
	if err != nil {
		return 0, err
	}
	ninf := c.add(Value{Scale: c.v(x).Scale, Shape: []int64{1}, Const: []int64{-InfQ}})
	if flat, err = c.concat(n, 0, flat, ninf); err != nil {
		return 0, err
	}
	ws := append(append([]int64{N, C}, outSp...), K)
	g, err := c.emit(n, OpGather, []int32{flat, c.constInt(dtInt64, ws, taps)}, c.like(flat, ws), []int64{0})
	if err != nil {
		return 0, err
	}
	ym, err := c.reshapeTo(n, y, append(append([]int64{N, C}, outSp...), 1))
	if err != nil {
		return 0, err
	}
	eq, err := c.compare(n, CmpEqual, g, ym)
	if err != nil {
		return 0, err
	}
	cand, err := c.where(n, eq, c.constInt(dtInt64, ws, src), c.intConst(dtInt64, []int64{}, total))
	if err != nil {
		return 0, err
	}
	return c.reduceAxes(n, cand, ReduceMin, false, len(ws)-1)
}

// lowerMaxUnpool: zeros of the inferred shape ((in − 1)·stride − pads + kernel) with X placed at
// the flat indices I (computed at run time): every output position is compared with every index
// and takes the one-term ReduceSum of the matching values; with output_shape, that result is
// zero-padded at the end, as the ONNX reference does.
func lowerMaxUnpool(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	ind, err := c.in(n, 1)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	kernel := attrInts(n, "kernel_shape", nil)
	r := len(kernel)
	if len(xs) != r+2 || !c.v(ind).Int || !sameShape(c.v(ind).Shape, xs) {
		return fmt.Errorf("X %v, I %v, kernel_shape %v", xs, c.v(ind).Shape, kernel)
	}
	strides := attrInts(n, "strides", ones(r))
	pads := attrInts(n, "pads", make([]int64, 2*r))
	out := append([]int64{xs[0], xs[1]}, make([]int64, r)...)
	for d := 0; d < r; d++ {
		out[2+d] = (xs[2+d]-1)*strides[d] - pads[d] - pads[r+d] + kernel[d]
	}
	final := out
	if c.has(n, 2) { // the inferred shape's result, zero-padded at the end to output_shape
		oid, err := c.in(n, 2)
		if err != nil {
			return err
		}
		if final, err = c.constInts(oid); err != nil {
			return err
		}
		if len(final) != len(out) {
			return fmt.Errorf("output_shape %v for an output of rank %d", final, len(out))
		}
		for d := range out {
			if final[d] < out[d] {
				return fmt.Errorf("output_shape %v smaller than the inferred %v", final, out)
			}
		}
	}
	M, J := numel(out), numel(xs)
	if M*J > MaxTensorElements {
		return fmt.Errorf("%w: MaxUnpool of %d comparisons", ErrTooLarge, M*J)
	}
	pos := make([]int64, M)
	for i := range pos {
		pos[i] = int64(i)
	}
	fi, err := c.reshapeTo(n, ind, []int64{1, J})
	if err != nil {
		return err
	}
	fx, err := c.reshapeTo(n, x, []int64{1, J})
	if err != nil {
		return err
	}
	eq, err := c.compare(n, CmpEqual, c.constInt(c.v(ind).DType, []int64{M, 1}, pos), fi)
	if err != nil {
		return err
	}
	zero, err := c.scalarConst(0, c.v(x).Scale)
	if err != nil {
		return err
	}
	v, err := c.where(n, eq, fx, zero)
	if err != nil {
		return err
	}
	if v, err = c.reduceAxes(n, v, ReduceSum, false, 1); err != nil {
		return err
	}
	if v, err = c.reshapeTo(n, v, out); err != nil {
		return err
	}
	if !sameShape(final, out) {
		if v, err = c.emit(n, OpPad, []int32{v}, c.like(v, final), make([]int64, 2+len(out))); err != nil {
			return err
		}
	}
	c.bind(n, 0, v)
	return nil
}
