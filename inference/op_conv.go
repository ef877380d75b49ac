package inference

import (
	"fmt"
	"math"
	"math/bits"

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
	if !out.Int {
		out.Scale = min(out.Scale, c.productScale(OpConv, ins, args))
	}
	return c.emit(n, OpConv, ins, out, args)
}

// spatial describes the sliding window of Conv and the pools over the trailing spatial axes.
type spatial struct {
	kernel, stride, dilation, padBegin, padEnd []int64
}

// convKernel: out[n,m,o…] = rshr(bias[m] + Σ_{c,k…} X[n, g·C/g + c, o·stride − padBegin + k·dilation]
// · W[m,c,k…], sx+sw−so), summed exactly (acc128) over c then kernel positions in row-major order,
// positions outside X skipped; g = m / (M/group). Args: [group, nsp, (stride, dilation,
// padBegin) × nsp].
func convSplit(p *Program, s *Step, in [][]int64, out []int64) (int, func(int, *arith) error) {
	vx, vw, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	group := s.Args[0]
	nsp := int(s.Args[1])
	sp := spatial{kernel: vw.Shape[2:], stride: make([]int64, nsp), dilation: make([]int64, nsp), padBegin: make([]int64, nsp)}
	for d := 0; d < nsp; d++ {
		sp.stride[d], sp.dilation[d], sp.padBegin[d] = s.Args[2+3*d], s.Args[3+3*d], s.Args[4+3*d]
	}
	N, C, M := vx.Shape[0], vx.Shape[1], vw.Shape[0]
	cg, mg := C/group, M/group
	inSp, outSp := vx.Shape[2:], vo.Shape[2:]
	inPlane, outPlane, kPlane := numel(inSp), numel(outSp), numel(sp.kernel)
	inSt, kSt := strides(inSp), strides(sp.kernel)
	shift := uint(int(vx.Scale) + int(vw.Scale) - int(vo.Scale))
	X, W := in[0], in[1]
	var bias []int64
	if len(s.In) == 3 {
		bias = in[2]
	}
	units := N * M // output planes (n, m)
	parts := partsFor(units)
	if nsp == 2 {
		c := conv2dFor(X, W, bias, C, M, cg, mg, inSp, outSp, sp, shift)
		if c.channelsFit() {
			if hasGemmTile() && mg >= tileM/2 {
				return c.tiles(out, N, group)
			}
			return c.blocks(out, N, group)
		}
		return parts, func(part int, a *arith) error {
			lo, hi := span(part, parts, units)
			c.planes(out, lo, hi, a)
			return nil
		}
	}
	kpos := kernelPositions(sp.kernel, kSt)
	return parts, func(part int, a *arith) error {
		lo, hi := span(part, parts, units)
		oidx := make([]int64, nsp)
		for u := lo; u < hi; u++ {
			n, m := u/M, u%M
			g := m / mg
			obase := (n*M + m) * outPlane
			for op := int64(0); op < outPlane; op++ {
				unflatten(op, outSp, oidx)
				var acc acc128
				if bias != nil {
					acc = from64(bias[m])
				}
				for c := int64(0); c < cg; c++ {
					xbase := (n*C + g*cg + c) * inPlane
					wbase := (m*cg + c) * kPlane
					for kp, kidx := range kpos {
						off, inside := int64(0), true
						for d := 0; d < nsp; d++ {
							x := oidx[d]*sp.stride[d] - sp.padBegin[d] + kidx[d]*sp.dilation[d]
							if x < 0 || x >= inSp[d] {
								inside = false
								break
							}
							off += x * inSt[d]
						}
						if inside {
							acc = acc.addProd(X[xbase+off], W[wbase+int64(kp)])
						}
					}
				}
				out[obase+op] = acc.rshr(shift).int64(a)
			}
		}
		return nil
	}
}

// conv2d is convSplit for two spatial axes, with the same summation order (channel, then kernel
// row, then kernel column; positions outside X skipped) and the valid kernel ranges precomputed
// per output row and column instead of tested per tap.
type conv2d struct {
	X, W, bias             []int64
	C, M, cg, mg           int64
	H, Wd, OH, OW, KH, KW  int64
	sh, sw, dh, dw, ph, pw int64
	owLo, owHi             []int64
	shift                  uint
	maxX                   uint64
	chanAbs                []uint64 // Σ|w| of each (output, input) channel pair's taps, saturating
}

func conv2dFor(X, W, bias []int64, C, M, cg, mg int64, inSp, outSp []int64, sp spatial, shift uint) *conv2d {
	c := &conv2d{X: X, W: W, bias: bias, C: C, M: M, cg: cg, mg: mg, shift: shift,
		H: inSp[0], Wd: inSp[1], OH: outSp[0], OW: outSp[1], KH: sp.kernel[0], KW: sp.kernel[1],
		sh: sp.stride[0], sw: sp.stride[1], dh: sp.dilation[0], dw: sp.dilation[1], ph: sp.padBegin[0], pw: sp.padBegin[1]}
	// For each kernel column, the output columns whose tap lands inside the input.
	c.owLo, c.owHi = make([]int64, c.KW), make([]int64, c.KW)
	for kw := int64(0); kw < c.KW; kw++ {
		lo, hi := int64(0), c.OW
		for lo < c.OW && lo*c.sw-c.pw+kw*c.dw < 0 {
			lo++
		}
		for hi > lo && (hi-1)*c.sw-c.pw+kw*c.dw >= c.Wd {
			hi--
		}
		c.owLo[kw], c.owHi[kw] = lo, hi
	}
	c.maxX = maxAbs(X)
	kk := c.KH * c.KW
	c.chanAbs = make([]uint64, M*cg)
	for i := range c.chanAbs {
		for _, w := range W[int64(i)*kk : int64(i+1)*kk] {
			s, carry := bits.Add64(c.chanAbs[i], uabs(w), 0)
			if carry != 0 {
				s = math.MaxUint64
			}
			c.chanAbs[i] = s
		}
	}
	return c
}

// planes computes output planes u = n·M + m for u in [u0, u1).
func (cv *conv2d) planes(out []int64, u0, u1 int64, a *arith) {
	M, mg, plane := cv.M, cv.mg, cv.OH*cv.OW
	fast := make([]int64, plane)
	big := make([]acc128, plane)
	flush := func() {
		for i, f := range fast {
			big[i], fast[i] = big[i].add64(f), 0
		}
	}
	for u := u0; u < u1; u++ { // one output plane
		n, m := u/M, u%M
		g := m / mg
		for i := range fast {
			fast[i], big[i] = 0, acc128{}
			if cv.bias != nil {
				big[i] = from64(cv.bias[m])
			}
		}
		// Channels go into the int64 lanes while max|x| · Σ|w| over the channels since the last
		// flush stays below 2^62: no partial sum can leave int64 there, so plain arithmetic (and
		// the vector axpy) is exact. A channel whose weights alone pass the bound is summed term by
		// term with overflow checks. Every sum is exact, so the order gives the per-element value.
		var pending uint64 // Σ|w| of the channels in fast since the last flush
		for c := int64(0); c < cv.cg; c++ {
			xplane := (n*cv.C + g*cv.cg + c) * cv.H * cv.Wd
			wplane := (m*cv.cg + c) * cv.KH * cv.KW
			sum := cv.chanAbs[m*cv.cg+c]
			if !fitsInt64Lanes(cv.maxX, sum) {
				if pending > 0 {
					flush()
					pending = 0
				}
				cv.channelChecked(fast, big, xplane, wplane)
				flush()
				continue
			}
			if !fitsInt64Lanes(cv.maxX, pending+sum) || pending+sum < pending {
				flush()
				pending = 0
			}
			pending += sum
			cv.channel(fast, xplane, wplane)
		}
		obase := (n*M + m) * plane
		for i := range fast {
			out[obase+int64(i)] = big[i].add64(fast[i]).rshr(cv.shift).int64(a)
		}
	}
}

// channelsFit: every output channel's whole sum stays in the int64 lanes (max|x| · Σ|w| over all
// its taps < 2^62), the common case, where blocks applies.
func (cv *conv2d) channelsFit() bool {
	for m := int64(0); m < cv.M; m++ {
		var sum uint64
		for _, s := range cv.chanAbs[m*cv.cg : (m+1)*cv.cg] {
			var carry uint64
			if sum, carry = bits.Add64(sum, s, 0); carry != 0 {
				return false
			}
		}
		if !fitsInt64Lanes(cv.maxX, sum) {
			return false
		}
	}
	return true
}

// blocks splits the convolution into blocks of output channels of one group and image: for each
// input channel and tap the block's inputs are gathered once into a column (the input plane
// itself for a 1×1, stride-1, unpadded tap) and added to every output channel of the block by one
// axpy over the whole plane (im2col a row at a time). Only for channelsFit: every partial sum is
// then exact in int64, so this order gives the per-element value.
func (cv *conv2d) blocks(out []int64, N, group int64) (int, func(int, *arith) error) {
	plane := cv.OH * cv.OW
	blk := min(cv.mg, max(4, (cv.mg+7)/8), 16)
	nb := (cv.mg + blk - 1) / blk
	units := N * group * nb
	parts := partsFor(units)
	return parts, func(part int, a *arith) error {
		lo, hi := span(part, parts, units)
		acc := make([]int64, blk*plane)
		col := make([]int64, plane)
		for u := lo; u < hi; u++ {
			n, g, b := u/(group*nb), u/nb%group, u%nb
			m0 := g*cv.mg + b*blk
			m1 := min(m0+blk, (g+1)*cv.mg)
			acc := acc[:(m1-m0)*plane]
			clear(acc)
			for c := int64(0); c < cv.cg; c++ {
				xplane := (n*cv.C + g*cv.cg + c) * cv.H * cv.Wd
				if m1-m0 == 1 && cv.sw == 1 {
					// One output channel (depthwise): its rows read the input directly, no column.
					cv.channel(acc, xplane, (m0*cv.cg+c)*cv.KH*cv.KW)
					continue
				}
				for kh := int64(0); kh < cv.KH; kh++ {
					for kw := int64(0); kw < cv.KW; kw++ {
						var xs []int64
						for m := m0; m < m1; m++ {
							w := cv.W[(m*cv.cg+c)*cv.KH*cv.KW+kh*cv.KW+kw]
							if w == 0 {
								continue // adds nothing to an exact sum
							}
							if xs == nil {
								xs = cv.column(col, xplane, kh, kw)
							}
							if cv.maxX < 1<<31 && small(w) {
								axpySmall(acc[(m-m0)*plane:(m-m0+1)*plane], xs, w)
								continue
							}
							axpy(acc[(m-m0)*plane:(m-m0+1)*plane], xs, w)
						}
					}
				}
			}
			for m := m0; m < m1; m++ {
				o := out[(n*cv.M+m)*plane : (n*cv.M+m+1)*plane]
				var b int64
				if cv.bias != nil {
					b = cv.bias[m]
				}
				rescale(o, acc[(m-m0)*plane:(m-m0+1)*plane], b, cv.shift, a)
			}
		}
		return nil
	}
}

// column is the input each output position reads under tap (kh, kw) of the input plane at xplane,
// zero where the tap falls outside: the input plane itself when that is the identity, else
// gathered into col.
func (cv *conv2d) column(col []int64, xplane, kh, kw int64) []int64 {
	ih0, iw0 := kh*cv.dh-cv.ph, kw*cv.dw-cv.pw
	if ih0 == 0 && iw0 == 0 && cv.sh == 1 && cv.sw == 1 && cv.OH == cv.H && cv.OW == cv.Wd {
		return cv.X[xplane : xplane+cv.H*cv.Wd]
	}
	lo, hi := cv.owLo[kw], cv.owHi[kw]
	for oh := int64(0); oh < cv.OH; oh++ {
		row := col[oh*cv.OW : (oh+1)*cv.OW]
		ih := oh*cv.sh + ih0
		if ih < 0 || ih >= cv.H || lo >= hi {
			clear(row)
			continue
		}
		clear(row[:lo])
		clear(row[hi:])
		xs := cv.X[xplane+ih*cv.Wd+lo*cv.sw+iw0:]
		if cv.sw == 1 {
			copy(row[lo:hi], xs)
			continue
		}
		for i := range row[lo:hi] {
			row[lo+int64(i)] = xs[int64(i)*cv.sw]
		}
	}
	return col
}

// rescale sets o[i] = rshr(b + acc[i], shift), the sum exact (acc's entries are below 2^62 in
// magnitude, the int64 lanes' bound): in 64 bits when b is below 2^62 too, else in 128.
func rescale(o, acc []int64, b int64, shift uint, a *arith) {
	if b > -1<<62 && b < 1<<62 && shift >= 1 && shift <= 63 {
		for i, v := range acc {
			o[i] = rshrWide(b+v, shift)
		}
		return
	}
	for i, v := range acc {
		o[i] = from64(b).add64(v).rshr(shift).int64(a)
	}
}

// fitsInt64Lanes: maxX · sum < 2^62.
func fitsInt64Lanes(maxX, sum uint64) bool {
	hi, lo := bits.Mul64(maxX, sum)
	return hi == 0 && lo < 1<<62
}

// channel adds one input channel's taps into fast, tap by tap over whole output rows (an axpy).
func (cv *conv2d) channel(fast []int64, xplane, wplane int64) {
	X, W, Wd, OW, KW := cv.X, cv.W, cv.Wd, cv.OW, cv.KW
	for kh := int64(0); kh < cv.KH; kh++ {
		for kw := int64(0); kw < KW; kw++ {
			w := W[wplane+kh*KW+kw]
			lo, hi := cv.owLo[kw], cv.owHi[kw]
			if w == 0 || lo >= hi {
				continue // adds nothing to an exact sum
			}
			for oh := int64(0); oh < cv.OH; oh++ {
				ih := oh*cv.sh - cv.ph + kh*cv.dh
				if ih < 0 || ih >= cv.H {
					continue
				}
				xs := X[xplane+ih*Wd-cv.pw+kw*cv.dw+lo*cv.sw:]
				os := fast[oh*OW+lo : oh*OW+hi]
				if cv.sw == 1 {
					if cv.maxX < 1<<31 && small(w) {
						axpySmall(os, xs, w)
					} else {
						axpy(os, xs, w)
					}
					continue
				}
				for i := range os {
					os[i] += xs[int64(i)*cv.sw] * w
				}
			}
		}
	}
}

// channelChecked is channel for weights too large for the int64 lanes: each product is exact
// when both factors are below 2^31 (then summed in fast with an overflow check that spills into
// big), else added to big in 128 bits.
func (cv *conv2d) channelChecked(fast []int64, big []acc128, xplane, wplane int64) {
	X, W, OW, KW := cv.X, cv.W, cv.OW, cv.KW
	for kh := int64(0); kh < cv.KH; kh++ {
		for kw := int64(0); kw < KW; kw++ {
			w := W[wplane+kh*KW+kw]
			wSmall := small(w)
			for oh := int64(0); oh < cv.OH; oh++ {
				ih := oh*cv.sh - cv.ph + kh*cv.dh
				if ih < 0 || ih >= cv.H {
					continue
				}
				xrow := xplane + ih*cv.Wd - cv.pw + kw*cv.dw
				orow := oh * OW
				for ow := cv.owLo[kw]; ow < cv.owHi[kw]; ow++ {
					x := X[xrow+ow*cv.sw]
					o := orow + ow
					if !wSmall || !small(x) {
						big[o] = big[o].addProd(x, w)
						continue
					}
					p := x * w
					f := fast[o]
					s := f + p
					if (f >= 0) == (p >= 0) && (s >= 0) != (p >= 0) {
						big[o] = big[o].add64(f)
						s = p
					}
					fast[o] = s
				}
			}
		}
	}
}

// maxAbs is the largest magnitude in xs (saturating at 2^63−1).
func maxAbs(xs []int64) uint64 {
	var m uint64
	for _, x := range xs {
		m = max(m, uabs(x))
	}
	return m
}

// noOverflow reports whether max|x|·Σ|w| < 2^62, so any sum of products x·w over ws (each x at most
// maxX in magnitude) stays exact in int64, even with a bias added.
func noOverflow(maxX uint64, ws []int64) bool {
	var sum uint64
	for _, w := range ws {
		var carry uint64
		sum, carry = bits.Add64(sum, uabs(w), 0)
		if carry != 0 {
			return false
		}
	}
	hi, lo := bits.Mul64(maxX, sum)
	return hi == 0 && lo < 1<<62
}

// kernelPositions lists every kernel index tuple in row-major order.
func kernelPositions(kernel, kSt []int64) [][]int64 {
	n := numel(kernel)
	res := make([][]int64, n)
	for i := int64(0); i < n; i++ {
		idx := make([]int64, len(kernel))
		unflatten(i, kernel, idx)
		res[i] = idx
	}
	return res
}

func convElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	vx, vw, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	group, nsp := s.Args[0], int(s.Args[1])
	C, M := vx.Shape[1], vw.Shape[0]
	cg, mg := C/group, M/group
	n, m := idx[0], idx[1]
	oidx := idx[2:]
	inSp, kernel := vx.Shape[2:], vw.Shape[2:]
	inSt := strides(inSp)
	inPlane, kPlane := numel(inSp), numel(kernel)
	kpos := kernelPositions(kernel, strides(kernel))
	var acc acc128
	if len(s.In) == 3 {
		v, err := get(s.In[2], m)
		if err != nil {
			return 0, err
		}
		acc = from64(v)
	}
	g := m / mg
	for c := int64(0); c < cg; c++ {
		xbase := (n*C + g*cg + c) * inPlane
		wbase := (m*cg + c) * kPlane
		for kp, kidx := range kpos {
			off, inside := int64(0), true
			for d := 0; d < nsp; d++ {
				x := oidx[d]*s.Args[2+3*d] - s.Args[4+3*d] + kidx[d]*s.Args[3+3*d]
				if x < 0 || x >= inSp[d] {
					inside = false
					break
				}
				off += x * inSt[d]
			}
			if !inside {
				continue
			}
			xv, err := get(s.In[0], xbase+off)
			if err != nil {
				return 0, err
			}
			wv, err := get(s.In[1], wbase+int64(kp))
			if err != nil {
				return 0, err
			}
			acc = acc.addProd(xv, wv)
		}
	}
	return acc.rshr(uint(int(vx.Scale) + int(vw.Scale) - int(vo.Scale))).int64(a), nil
}

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

// convTransposeElem: out[n,m,o…] = rshr(bias[m] + Σ_{c,k…} X[n, g·C/g + c, i…]·W[g·C/g + c, m mod M/g, k…],
// sx+sw−so) over the c and kernel positions (row-major) for which i = (o + padBegin − k·dilation) /
// stride is an integer inside X; summed exactly. Args: [group, nsp, (stride, dilation, padBegin) × nsp].
func convTransposeElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	vx, vw, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	group, nsp := s.Args[0], int(s.Args[1])
	C := vx.Shape[1]
	mg := vw.Shape[1]
	cg := C / group
	n, m := idx[0], idx[1]
	g := m / mg
	inSp, kernel := vx.Shape[2:], vw.Shape[2:]
	inSt := strides(inSp)
	inPlane, kPlane := numel(inSp), numel(kernel)
	var acc acc128
	if len(s.In) == 3 {
		v, err := get(s.In[2], m)
		if err != nil {
			return 0, err
		}
		acc = from64(v)
	}
	for c := int64(0); c < cg; c++ {
		ci := g*cg + c
		xbase := (n*C + ci) * inPlane
		wbase := (ci*mg + m%mg) * kPlane
		for kp, kidx := range kernelPositions(kernel, strides(kernel)) {
			off, inside := int64(0), true
			for d := 0; d < nsp; d++ {
				t := idx[2+d] + s.Args[4+3*d] - kidx[d]*s.Args[3+3*d]
				st := s.Args[2+3*d]
				if t < 0 || t%st != 0 || t/st >= inSp[d] {
					inside = false
					break
				}
				off += (t / st) * inSt[d]
			}
			if !inside {
				continue
			}
			xv, err := get(s.In[0], xbase+off)
			if err != nil {
				return 0, err
			}
			wv, err := get(s.In[1], wbase+int64(kp))
			if err != nil {
				return 0, err
			}
			acc = acc.addProd(xv, wv)
		}
	}
	return acc.rshr(uint(int(vx.Scale) + int(vw.Scale) - int(vo.Scale))).int64(a), nil
}

// convTransposeSplit scatters every input element times every tap into its output position: the
// sums of convTransposeElem, exact, in another order (an exact sum does not depend on it). When
// max|x| · Σ|w| over one output channel's weights stays below 2^62 no partial sum can leave int64,
// so the accumulation is plain int64; otherwise every product goes into acc128.
func convTransposeSplit(p *Program, s *Step, in [][]int64, out []int64) (int, func(int, *arith) error) {
	vx, vw, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	group, nsp := s.Args[0], int(s.Args[1])
	N, C, M := vx.Shape[0], vx.Shape[1], vo.Shape[1]
	mg, cg := vw.Shape[1], C/group
	inSp, outSp, kernel := vx.Shape[2:], vo.Shape[2:], vw.Shape[2:]
	inPlane, outPlane, kPlane := numel(inSp), numel(outSp), numel(kernel)
	stride, dil, pad := make([]int64, nsp), make([]int64, nsp), make([]int64, nsp)
	for d := 0; d < nsp; d++ {
		stride[d], dil[d], pad[d] = s.Args[2+3*d], s.Args[3+3*d], s.Args[4+3*d]
	}
	// taps[d][k·in_d + i] is the output coordinate of input coordinate i under tap k on axis d, or
	// -1 outside the output.
	taps := make([][]int64, nsp)
	for d := 0; d < nsp; d++ {
		taps[d] = make([]int64, kernel[d]*inSp[d])
		for k := int64(0); k < kernel[d]; k++ {
			for i := int64(0); i < inSp[d]; i++ {
				o := i*stride[d] - pad[d] + k*dil[d]
				if o < 0 || o >= outSp[d] {
					o = -1
				}
				taps[d][k*inSp[d]+i] = o
			}
		}
	}
	outSt := strides(outSp)
	kpos := kernelPositions(kernel, strides(kernel))
	shift := uint(int(vx.Scale) + int(vw.Scale) - int(vo.Scale))
	X, W := in[0], in[1]
	var bias []int64
	if len(s.In) == 3 {
		bias = in[2]
	}
	maxX := maxAbs(X)
	units := N * M // output planes (n, m)
	parts := partsFor(units)
	return parts, func(part int, a *arith) error {
		lo, hi := span(part, parts, units)
		fast := make([]int64, outPlane)
		var big []acc128
		iidx := make([]int64, nsp)
		wm := make([]int64, 0, cg*kPlane)
		for u := lo; u < hi; u++ {
			n, m := u/M, u%M
			g := m / mg
			wm = wm[:0]
			for c := int64(0); c < cg; c++ {
				wbase := ((g*cg+c)*mg + m%mg) * kPlane
				wm = append(wm, W[wbase:wbase+kPlane]...)
			}
			safe := noOverflow(maxX, wm)
			clear(fast)
			if !safe {
				if big == nil {
					big = make([]acc128, outPlane)
				}
				clear(big)
			}
			for c := int64(0); c < cg; c++ {
				xs := X[(n*C+g*cg+c)*inPlane : (n*C+g*cg+c+1)*inPlane]
				for kp, kidx := range kpos {
					w := wm[c*kPlane+int64(kp)]
					if w == 0 {
						continue // adds nothing to an exact sum
					}
					if nsp == 2 {
						convTransposeTap2d(xs, w, fast, big, safe, taps[0][kidx[0]*inSp[0]:(kidx[0]+1)*inSp[0]],
							taps[1][kidx[1]*inSp[1]:(kidx[1]+1)*inSp[1]], outSt[0])
						continue
					}
					clear(iidx)
					for _, x := range xs {
						o, inside := int64(0), true
						for d := 0; d < nsp; d++ {
							od := taps[d][kidx[d]*inSp[d]+iidx[d]]
							if od < 0 {
								inside = false
								break
							}
							o += od * outSt[d]
						}
						if inside {
							if safe {
								fast[o] += x * w
							} else {
								big[o] = big[o].addProd(x, w)
							}
						}
						for d := nsp - 1; d >= 0; d-- {
							if iidx[d]++; iidx[d] < inSp[d] {
								break
							}
							iidx[d] = 0
						}
					}
				}
			}
			obase := (n*M + m) * outPlane
			for o := range fast {
				var acc acc128
				if bias != nil {
					acc = from64(bias[m])
				}
				if safe {
					acc = acc.add64(fast[o])
				} else {
					acc = acc.add(big[o])
				}
				out[obase+int64(o)] = acc.rshr(shift).int64(a)
			}
		}
		return nil
	}
}

// convTransposeTap2d adds one tap's contribution x·w of a 2-D input plane xs into the output plane:
// rows and columns map through th and tw (-1: outside the output), ow the output row length.
func convTransposeTap2d(xs []int64, w int64, fast []int64, big []acc128, safe bool, th, tw []int64, ow int64) {
	iw := int64(len(tw))
	for ih, oh := range th {
		if oh < 0 {
			continue
		}
		row := xs[int64(ih)*iw : int64(ih+1)*iw]
		orow := oh * ow
		for i, x := range row {
			oc := tw[i]
			if oc < 0 {
				continue
			}
			if safe {
				fast[orow+oc] += x * w
			} else {
				big[orow+oc] = big[orow+oc].addProd(x, w)
			}
		}
	}
}

// lowerCol2Im (opset 18) sums, for every image position, the column entries whose block offset and
// sliding position land on it: constant source indices (weight 1, 0 for the padding of shorter
// lists) and one WeightedGather, exact.
func lowerCol2Im(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	var consts [2][]int64
	for i := range consts {
		id, err := c.in(n, 1+i)
		if err != nil {
			return err
		}
		if consts[i], err = c.constInts(id); err != nil {
			return err
		}
	}
	img, block := consts[0], consts[1]
	r := len(img)
	xs := c.v(x).Shape
	kprod := numel(block)
	if len(block) != r || len(xs) != 3 || kprod == 0 || xs[1]%kprod != 0 {
		return fmt.Errorf("input %v, image_shape %v, block_shape %v", xs, img, block)
	}
	N, C, L := xs[0], xs[1]/kprod, xs[2]
	dil, str := attrInts(n, "dilations", ones(r)), attrInts(n, "strides", ones(r))
	pads := attrInts(n, "pads", make([]int64, 2*r))
	if len(dil) != r || len(str) != r || len(pads) != 2*r {
		return fmt.Errorf("dilations %v, strides %v, pads %v for %d axes", dil, str, pads, r)
	}
	nb := make([]int64, r)
	for d := range nb {
		nb[d] = (img[d]+pads[d]+pads[r+d]-dil[d]*(block[d]-1)-1)/str[d] + 1
		if nb[d] < 1 {
			return fmt.Errorf("no block fits axis %d", d)
		}
	}
	if numel(nb) != L {
		return fmt.Errorf("%d columns for %v blocks", L, nb)
	}
	P := numel(img)
	src := make([][]int64, P) // per image position: (block offset flat)·L + column
	ki, bi := make([]int64, r), make([]int64, r)
	for kf := int64(0); kf < kprod; kf++ {
		unflatten(kf, block, ki)
		for l := int64(0); l < L; l++ {
			unflatten(l, nb, bi)
			p, inside := int64(0), true
			for d := 0; d < r; d++ {
				pd := bi[d]*str[d] - pads[d] + ki[d]*dil[d]
				if pd < 0 || pd >= img[d] {
					inside = false
					break
				}
				p = p*img[d] + pd
			}
			if inside {
				src[p] = append(src[p], kf*L+l)
			}
		}
	}
	K := int64(1)
	for _, s := range src {
		K = max(K, int64(len(s)))
	}
	total := N * C * P
	if total*K > MaxTensorElements {
		return fmt.Errorf("%w: Col2Im of %d taps", ErrTooLarge, total*K)
	}
	idx, ws := make([]int64, total*K), make([]int64, total*K)
	for nc := int64(0); nc < N*C; nc++ {
		for p := int64(0); p < P; p++ {
			j := (nc*P + p) * K
			for t, s := range src[p] {
				idx[j+int64(t)] = nc*kprod*L + s
				ws[j+int64(t)] = 1
			}
		}
	}
	ic := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{total * K}, Const: idx})
	wc := c.add(Value{Scale: 0, Shape: []int64{total * K}, Const: ws})
	out := append([]int64{N, C}, img...)
	return c.bindTo(n)(c.emit(n, OpWeightedGather, []int32{x, ic, wc}, c.like(x, out), []int64{K}))
}

// lowerDeformConv (opset 19, 2-D) as the reference: every kernel tap of every output position
// samples X bilinearly (zeros outside) at its position plus the run-time offset — indices and
// weights computed at run time, times the mask, one WeightedGather per (channel, tap, position)
// of the 4 corners — and the sampled columns go through a grouped MatMul with W (+ B).
func lowerDeformConv(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	w, err := c.real(n, 1)
	if err != nil {
		return err
	}
	offs, err := c.real(n, 2)
	if err != nil {
		return err
	}
	xs, ws, os := c.v(x).Shape, c.v(w).Shape, c.v(offs).Shape
	if len(xs) != 4 || len(ws) != 4 || len(os) != 4 {
		return &UnsupportedError{Op: "DeformConv", Detail: "only 2-D inputs"}
	}
	N, C, H, W := xs[0], xs[1], xs[2], xs[3]
	M, kh, kw := ws[0], ws[2], ws[3]
	group, G := attrInt(n, "group", 1), attrInt(n, "offset_group", 1)
	OH, OW := os[2], os[3]
	if group < 1 || G < 1 || C%group != 0 || M%group != 0 || ws[1] != C/group || C%G != 0 || os[0] != N || os[1] != G*kh*kw*2 {
		return fmt.Errorf("X %v, W %v, offset %v, group %d, offset_group %d", xs, ws, os, group, G)
	}
	st, dl := attrInts(n, "strides", []int64{1, 1}), attrInts(n, "dilations", []int64{1, 1})
	pads := attrInts(n, "pads", []int64{0, 0, 0, 0})
	s := c.opt.Scale
	var e error
	k := func(f float64) int32 {
		id, err := c.constReal(nil, []float64{f}, s)
		if e == nil {
			e = err
		}
		return id
	}
	do := func(f func() (int32, error)) int32 {
		if e != nil {
			return 0
		}
		id, err := f()
		e = err
		return id
	}
	bin := func(op OpCode, a, b int32) int32 { return do(func() (int32, error) { return c.binary(n, op, a, b) }) }
	rsh := func(a int32, shape ...int64) int32 {
		return do(func() (int32, error) { return c.reshapeTo(n, a, shape) })
	}
	sl := func(a int32, ax int, i int64) int32 {
		return do(func() (int32, error) { return c.sliceAxis(n, a, ax, i, i+1, 1) })
	}
	pos := []int64{N, G, kh, kw, OH, OW}
	o7 := rsh(offs, N, G, kh, kw, 2, OH, OW)
	// axis gives the two taps (integer-valued reals) and weights of one coordinate, each [pos…, 2].
	axis := func(comp int64, L, kn, O, stride, dil, pad int64, kShape []int64) (int32, int32) {
		base := make([]float64, kn*O)
		for ki := int64(0); ki < kn; ki++ {
			for o := int64(0); o < O; o++ {
				base[ki*O+o] = float64(ki*dil + o*stride - pad)
			}
		}
		bc := do(func() (int32, error) { return c.constReal([]int64{kn, O}, base, s) })
		bc = rsh(bc, kShape...)
		v := bin(OpAdd, rsh(sl(o7, 4, comp), pos...), bc)
		lo := do(func() (int32, error) { return c.unary(n, OpRound, v, RoundFloor) })
		f := bin(OpSub, v, lo)
		taps := []int32{lo, bin(OpAdd, lo, k(1))}
		wts := []int32{bin(OpSub, k(1), f), f}
		for i, t := range taps {
			for _, side := range []struct {
				kind  int64
				bound float64
			}{{CmpLess, 0}, {CmpGreater, float64(L - 1)}} {
				cond := do(func() (int32, error) { return c.compare(n, side.kind, t, k(side.bound)) })
				wts[i] = do(func() (int32, error) { return c.where(n, cond, k(0), wts[i]) })
			}
			taps[i] = do(func() (int32, error) {
				ql, _ := Quantize(0, c.v(t).Scale)
				qh, err := Quantize(float64(L-1), c.v(t).Scale)
				if err != nil {
					return 0, err
				}
				return c.unary(n, OpClip, t, ql, qh)
			})
		}
		stack := func(ids []int32) int32 {
			return do(func() (int32, error) {
				al, err := c.alignScales(n, ids)
				if err != nil {
					return 0, err
				}
				for i := range al {
					if al[i], err = c.reshapeTo(n, al[i], append(append([]int64{}, pos...), 1)); err != nil {
						return 0, err
					}
				}
				return c.concat(n, 6, al...)
			})
		}
		return stack(taps), stack(wts)
	}
	hT, hW := axis(0, H, kh, OH, st[0], dl[0], pads[0], []int64{1, 1, kh, 1, OH, 1})
	wT, wW := axis(1, W, kw, OW, st[1], dl[1], pads[1], []int64{1, 1, 1, kw, 1, OW})
	toInt := func(a int32) int32 {
		return do(func() (int32, error) {
			return c.emit(n, OpCast, []int32{a}, Value{Int: true, DType: dtInt64, Shape: c.v(a).Shape}, nil)
		})
	}
	Cg := C / G
	sp := []int64{N, G, 1, kh, kw, OH, OW}
	hI := rsh(toInt(hT), append(append([]int64{}, sp...), 2, 1)...)
	wI := rsh(toInt(wT), append(append([]int64{}, sp...), 1, 2)...)
	idx := bin(OpAdd, bin(OpMul, hI, c.intConst(dtInt64, []int64{}, W)), wI)
	base := make([]int64, N*C)
	for i := range base {
		base[i] = int64(i) * H * W
	}
	idx = bin(OpAdd, idx, c.constInt(dtInt64, []int64{N, G, Cg, 1, 1, 1, 1, 1, 1}, base))
	wt := bin(OpMul, rsh(hW, append(append([]int64{}, sp...), 2, 1)...), rsh(wW, append(append([]int64{}, sp...), 1, 2)...))
	if c.has(n, 4) {
		mask, err := c.real(n, 4)
		if err != nil {
			return err
		}
		wt = bin(OpMul, wt, rsh(mask, append(append([]int64{}, sp...), 1, 1)...))
	}
	full := []int64{N, G, Cg, kh, kw, OH, OW, 2, 2}
	wt = do(func() (int32, error) { return c.emit(n, OpExpand, []int32{wt}, c.like(wt, full), nil) })
	if e != nil {
		return e
	}
	cols, err := c.emit(n, OpWeightedGather, []int32{x, idx, wt}, c.like(x, []int64{N, group, C / group * kh * kw, OH * OW}), []int64{4})
	if err != nil {
		return err
	}
	wm := rsh(w, 1, group, M/group, C/group*kh*kw)
	y := do(func() (int32, error) { return c.matmul(n, wm, cols, -1) })
	y = rsh(y, N, M, OH, OW)
	if c.has(n, 3) {
		b, err := c.real(n, 3)
		if err != nil {
			return err
		}
		y = bin(OpAdd, y, rsh(b, 1, M, 1, 1))
	}
	if e != nil {
		return e
	}
	c.bind(n, 0, y)
	return nil
}
