package inference

import (
	"fmt"
	"math"
	"math/bits"
)

// spatial describes the sliding window of Conv and the pools over the trailing spatial axes.
type spatial struct {
	kernel, stride, dilation, padBegin, padEnd []int64
}

// convKernel: out[n,m,o…] = rshr(bias[m] + Σ_{c,k…} X[n, g·C/g + c, o·stride − padBegin + k·dilation]
// · W[m,c,k…], sx+sw−so), summed exactly (acc128) over c then kernel positions in row-major order,
// positions outside X skipped; g = m / (M/group). Args: [group, nsp, (stride, dilation,
// padBegin) × nsp].
func convKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
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
	if nsp == 2 {
		conv2d(X, W, bias, out, N, C, M, cg, mg, inSp, outSp, sp, shift, a)
		return nil
	}
	kpos := kernelPositions(sp.kernel, kSt)
	oidx := make([]int64, nsp)
	for n := int64(0); n < N; n++ {
		for m := int64(0); m < M; m++ {
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
	}
	return nil
}

// conv2d is convKernel for two spatial axes, with the same summation order (channel, then kernel
// row, then kernel column; positions outside X skipped) and the valid kernel ranges precomputed
// per output row and column instead of tested per tap.
func conv2d(X, W, bias, out []int64, N, C, M, cg, mg int64, inSp, outSp []int64, sp spatial, shift uint, a *arith) {
	H, Wd, OH, OW := inSp[0], inSp[1], outSp[0], outSp[1]
	KH, KW := sp.kernel[0], sp.kernel[1]
	sh, sw, dh, dw, ph, pw := sp.stride[0], sp.stride[1], sp.dilation[0], sp.dilation[1], sp.padBegin[0], sp.padBegin[1]
	// For each kernel column, the output columns whose tap lands inside the input.
	owLo, owHi := make([]int64, KW), make([]int64, KW)
	for kw := int64(0); kw < KW; kw++ {
		lo, hi := int64(0), OW
		for lo < OW && lo*sw-pw+kw*dw < 0 {
			lo++
		}
		for hi > lo && (hi-1)*sw-pw+kw*dw >= Wd {
			hi--
		}
		owLo[kw], owHi[kw] = lo, hi
	}
	plane := OH * OW
	fast := make([]int64, plane)
	big := make([]acc128, plane)
	maxX := maxAbs(X)
	for n := int64(0); n < N; n++ {
		for m := int64(0); m < M; m++ {
			g := m / mg
			for i := range fast {
				fast[i], big[i] = 0, acc128{}
				if bias != nil {
					big[i] = from64(bias[m])
				}
			}
			if noOverflow(maxX, W[m*cg*KH*KW:(m+1)*cg*KH*KW]) {
				// Every partial sum of this channel is bounded by max|x|·Σ|w| < 2^62: plain int64
				// arithmetic is exact here, and the compiler can keep the loop tight.
				for c := int64(0); c < cg; c++ {
					xplane := (n*C + g*cg + c) * H * Wd
					wplane := (m*cg + c) * KH * KW
					for kh := int64(0); kh < KH; kh++ {
						for kw := int64(0); kw < KW; kw++ {
							w := W[wplane+kh*KW+kw]
							lo, hi := owLo[kw], owHi[kw]
							for oh := int64(0); oh < OH; oh++ {
								ih := oh*sh - ph + kh*dh
								if ih < 0 || ih >= H || lo >= hi {
									continue
								}
								xs := X[xplane+ih*Wd-pw+kw*dw+lo*sw:]
								os := fast[oh*OW+lo : oh*OW+hi]
								if sw == 1 {
									xs = xs[:len(os)]
									for i := range os {
										os[i] += xs[i] * w
									}
									continue
								}
								for i := range os {
									os[i] += xs[int64(i)*sw] * w
								}
							}
						}
					}
				}
				obase := (n*M + m) * plane
				for i := range fast {
					out[obase+int64(i)] = big[i].add64(fast[i]).rshr(shift).int64(a)
				}
				continue
			}
			// Tap by tap over whole output rows (an axpy), B read contiguously: the sums are exact,
			// so this order gives the same result as the per-element definition.
			for c := int64(0); c < cg; c++ {
				xplane := (n*C + g*cg + c) * H * Wd
				wplane := (m*cg + c) * KH * KW
				for kh := int64(0); kh < KH; kh++ {
					for kw := int64(0); kw < KW; kw++ {
						w := W[wplane+kh*KW+kw]
						wSmall := small(w)
						for oh := int64(0); oh < OH; oh++ {
							ih := oh*sh - ph + kh*dh
							if ih < 0 || ih >= H {
								continue
							}
							xrow := xplane + ih*Wd - pw + kw*dw
							orow := oh * OW
							for ow := owLo[kw]; ow < owHi[kw]; ow++ {
								x := X[xrow+ow*sw]
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
			obase := (n*M + m) * plane
			for i := range fast {
				out[obase+int64(i)] = big[i].add64(fast[i]).rshr(shift).int64(a)
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

func unflatten(i int64, shape, idx []int64) {
	for d := len(shape) - 1; d >= 0; d-- {
		idx[d] = i % shape[d]
		i /= shape[d]
	}
}

// poolKernel: MaxPool takes the max over the window's positions inside X (padding never wins);
// AvgPool divides the window's sum by its count (positions inside X, or inside the padded extent
// with countIncludePad), rounding half up. Args: [countIncludePad, nsp, (kernel, stride,
// dilation, padBegin, padEnd) × nsp].
func poolKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
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
	planes := numel(vx.Shape[:2])
	inSp, outSp := vx.Shape[2:], vo.Shape[2:]
	inPlane, outPlane := numel(inSp), numel(outSp)
	if s.Op == OpMaxPool && nsp == 2 {
		return maxPool2d(in[0], out, planes, inSp, outSp, sp)
	}
	inSt := strides(inSp)
	kpos := kernelPositions(sp.kernel, strides(sp.kernel))
	oidx := make([]int64, nsp)
	X := in[0]
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

// maxPool2d is poolKernel's MaxPool for two spatial axes: the same maximum over the window's
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

// reduceKernel: Args [kind, keepdims, mask per input axis]. Sum/Max/Min over the masked axes
// (sums exact, then they must fit int64); Mean is the sum divided by the count, rounding half up.
func reduceKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	vx := &p.Values[s.In[0]]
	kind := s.Args[0]
	mask := s.Args[2:]
	// Output strides per input axis (0 on reduced axes).
	var kept []int64
	for d, m := range mask {
		if m == 0 {
			kept = append(kept, vx.Shape[d])
		}
	}
	kst := strides(kept)
	ost := make([]int64, len(mask))
	k := 0
	for d, m := range mask {
		if m == 0 {
			ost[d] = kst[k]
			k++
		}
	}
	count := int64(1)
	for d, m := range mask {
		if m == 1 {
			count *= vx.Shape[d]
		}
	}
	seen := make([]bool, len(out))
	sums := make([]acc128, len(out))
	it := newIndexer(vx.Shape, ost)
	for _, u := range in[0] {
		o := it.off
		switch {
		case kind == ReduceSum || kind == ReduceMean:
			sums[o] = sums[o].add64(u)
		case !seen[o]:
			out[o], seen[o] = u, true
		case kind == ReduceMax:
			out[o] = max(out[o], u)
		default:
			out[o] = min(out[o], u)
		}
		it.next()
	}
	if kind == ReduceSum || kind == ReduceMean {
		for i := range out {
			out[i] = sums[i].int64(a)
			if kind == ReduceMean {
				out[i] = a.div(out[i], count)
			}
		}
	}
	return nil
}

// transposeKernel: out[i…] = in[j…] with j[perm[d]] = i[d]. Args: perm.
func transposeKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	vx, vo := &p.Values[s.In[0]], &p.Values[s.Out]
	ist := strides(vx.Shape)
	st := make([]int64, len(s.Args))
	for d, pd := range s.Args {
		st[d] = ist[pd]
	}
	it := newIndexer(vo.Shape, st)
	for i := range out {
		out[i] = in[0][it.off]
		it.next()
	}
	return nil
}

// concatKernel: inputs joined along Args[0].
func concatKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	axis := int(s.Args[0])
	vo := &p.Values[s.Out]
	outer := numel(vo.Shape[:axis])
	inner := numel(vo.Shape[axis+1:])
	o := 0
	for i := int64(0); i < outer; i++ {
		for k, id := range s.In {
			blk := p.Values[id].Shape[axis] * inner
			copy(out[o:o+int(blk)], in[k][i*blk:(i+1)*blk])
			o += int(blk)
		}
	}
	return nil
}

// sliceKernel: out[i…] = in[start_d + i_d·step_d …]. Args: (start, step) per axis.
func sliceKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	vx, vo := &p.Values[s.In[0]], &p.Values[s.Out]
	ist := strides(vx.Shape)
	st := make([]int64, len(ist))
	var base int64
	for d := range ist {
		base += s.Args[2*d] * ist[d]
		st[d] = s.Args[2*d+1] * ist[d]
	}
	it := newIndexer(vo.Shape, st)
	for i := range out {
		out[i] = in[0][base+it.off]
		it.next()
	}
	return nil
}

// padKernel: Args [mode, valueQ, padBegin per axis]; mode 0 constant (value outside), 1 reflect,
// 2 edge.
func padKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	vx, vo := &p.Values[s.In[0]], &p.Values[s.Out]
	mode, value := s.Args[0], s.Args[1]
	pb := s.Args[2:]
	ist := strides(vx.Shape)
	it := newIndexer(vo.Shape, make([]int64, len(vo.Shape)))
	for i := range out {
		off, inside := int64(0), true
		for d, o := range it.idx {
			x := o - pb[d]
			n := vx.Shape[d]
			x, inside = padSource(mode, x, n)
			if !inside {
				break
			}
			off += x * ist[d]
		}
		if inside {
			out[i] = in[0][off]
		} else {
			out[i] = value
		}
		it.next()
	}
	return nil
}

// padSource maps a padded coordinate x to the input coordinate it copies (n > 0): inside the
// input itself; constant mode has none (false); reflect mirrors without repeating the edge; edge
// clamps.
func padSource(mode, x, n int64) (int64, bool) {
	if x >= 0 && x < n {
		return x, true
	}
	switch mode {
	case 1:
		if n == 1 { // reflecting over one element stays on it (the loop below would never end)
			return 0, true
		}
		for x < 0 || x >= n {
			if x < 0 {
				x = -x
			}
			if x >= n {
				x = 2*(n-1) - x
			}
		}
		return x, true
	case 2:
		return min(max(x, 0), n-1), true
	}
	return 0, false
}

// gatherKernel: out[a…, i…, b…] = data[a…, idx[i…], b…] along Args[0]; negative indices count
// from the end; out-of-range indices are an error.
func gatherKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	vd := &p.Values[s.In[0]]
	axis := int(s.Args[0])
	outer := numel(vd.Shape[:axis])
	n := vd.Shape[axis]
	inner := numel(vd.Shape[axis+1:])
	o := int64(0)
	for i := int64(0); i < outer; i++ {
		for _, ix := range in[1] {
			if ix < 0 {
				ix += n
			}
			if ix < 0 || ix >= n {
				return fmt.Errorf("gather index %d out of range [0, %d)", ix, n)
			}
			copy(out[o:o+inner], in[0][(i*n+ix)*inner:(i*n+ix+1)*inner])
			o += inner
		}
	}
	return nil
}

// castKernel: real→real rescales (rshr or shift left); real→int truncates toward zero then wraps
// to the target type (bool: x ≠ 0); int→real shifts left; int→int wraps to the target type.
func castKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	vx, vo := &p.Values[s.In[0]], &p.Values[s.Out]
	for i, u := range in[0] {
		out[i] = castElem(vx, vo, u, a)
	}
	return nil
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

func boolToInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
