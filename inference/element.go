package inference

import (
	"fmt"
	"math"
)

// Getter reads element idx of value slot: from the program's constants, a run, or a proof.
type Getter func(slot int32, idx int64) (int64, error)

// ElementValue computes output element j of step s from its inputs alone: the per-element
// semantics the on-chain one-step verifier implements. For every op it performs the same checked
// integer operations, in the same order, as the op's kernel, so both agree bit for bit (and on
// overflow); a differential test holds them together.
func ElementValue(p *Program, s *Step, j int64, get Getter) (int64, error) {
	var a arith
	v, err := elementValue(p, s, j, get, &a)
	if err != nil {
		return 0, fmt.Errorf("step %s (%s) element %d: %w", s.Node, s.Op, j, err)
	}
	if a.overflow {
		return 0, fmt.Errorf("step %s (%s) element %d: %w", s.Node, s.Op, j, ErrOverflow)
	}
	return v, nil
}

// bcastIndex maps output multi-index idx to the flat index of an input broadcast to it.
func bcastIndex(in, out []int64, idx []int64) int64 {
	st := broadcastStrides(in, out)
	var off int64
	for d := range idx {
		off += idx[d] * st[d]
	}
	return off
}

func elementValue(p *Program, s *Step, j int64, get Getter, a *arith) (int64, error) {
	vo := &p.Values[s.Out]
	idx := make([]int64, len(vo.Shape))
	unflatten(j, vo.Shape, idx)
	in := func(k int) *Value { return &p.Values[s.In[k]] }
	at := func(k int, i int64) (int64, error) { return get(s.In[k], i) }
	switch s.Op {
	case OpCopy:
		return at(0, j)
	case OpExpand:
		return at(0, bcastIndex(in(0).Shape, vo.Shape, idx))
	case OpArgMax:
		return argElem(p, s, j, get)
	case OpRound:
		u, err := at(0, j)
		if err != nil {
			return 0, err
		}
		return roundElem(s.Args[0], u, uint(in(0).Scale), a), nil
	case OpTile:
		return tileElem(p, s, j, get)
	case OpConvTranspose:
		return convTransposeElem(p, s, idx, get, a)
	case OpWeightedGather:
		return weightedGatherElem(p, s, j, get, a)
	case OpGatherElements:
		axis := int(s.Args[0])
		ix, err := at(1, j)
		if err != nil {
			return 0, err
		}
		n := in(0).Shape[axis]
		if ix < 0 {
			ix += n
		}
		if ix < 0 || ix >= n {
			return 0, fmt.Errorf("gather index %d out of range [0, %d)", ix, n)
		}
		st := strides(in(0).Shape)
		var off int64
		for d := range idx {
			v := idx[d]
			if d == axis {
				v = ix
			}
			off += v * st[d]
		}
		return at(0, off)
	case OpMod:
		u, err := at(0, bcastIndex(in(0).Shape, vo.Shape, idx))
		if err != nil {
			return 0, err
		}
		v, err := at(1, bcastIndex(in(1).Shape, vo.Shape, idx))
		if err != nil {
			return 0, err
		}
		if v == 0 {
			return 0, fmt.Errorf("modulo by zero")
		}
		r := u % v // sign of the dividend (C fmod)
		if s.Args[0] == 0 && r != 0 && (r < 0) != (v < 0) {
			r += v // Python-style: sign of the divisor
		}
		return r, nil
	case OpAdd, OpSub, OpMul, OpDiv, OpMax, OpMin, OpCompare:
		u, err := at(0, bcastIndex(in(0).Shape, vo.Shape, idx))
		if err != nil {
			return 0, err
		}
		v, err := at(1, bcastIndex(in(1).Shape, vo.Shape, idx))
		if err != nil {
			return 0, err
		}
		if s.Op == OpCompare {
			return compareElem(s.Args[0], u, v), nil
		}
		return binaryElem(s.Op, u, v, in(0), in(1), vo, a)
	case OpWhere:
		c, err := at(0, bcastIndex(in(0).Shape, vo.Shape, idx))
		if err != nil {
			return 0, err
		}
		k := 2
		if c != 0 {
			k = 1
		}
		return at(k, bcastIndex(in(k).Shape, vo.Shape, idx))
	case OpRelu, OpLeakyRelu, OpClip, OpNeg, OpAbs:
		u, err := at(0, j)
		if err != nil {
			return 0, err
		}
		return unaryElem(s, u, uint(vo.Scale), a), nil
	case OpTable:
		u, err := at(0, j)
		if err != nil {
			return 0, err
		}
		t := &p.Tables[s.Args[0]]
		if t.OverflowAbove && u > (t.Lo+int64(len(t.Values))-1)<<t.Shift {
			return 0, ErrOverflow
		}
		return t.eval(u, a), nil
	case OpSqrt:
		u, err := at(0, j)
		if err != nil {
			return 0, err
		}
		if u < 0 {
			return 0, fmt.Errorf("sqrt of a negative value")
		}
		return isqrtRound(a.shl(u, uint(2*int(vo.Scale)-int(in(0).Scale)))), nil
	case OpLog:
		u, err := at(0, j)
		if err != nil {
			return 0, err
		}
		return logElem(&p.Tables[s.Args[0]], s.Args[1], int64(in(0).Scale), u, a)
	case OpCast:
		u, err := at(0, j)
		if err != nil {
			return 0, err
		}
		return castElem(in(0), vo, u, a), nil
	case OpRequant:
		u, err := at(0, j)
		if err != nil {
			return 0, err
		}
		return requantElem(s, in(0), j, u, a), nil
	case OpMatMul:
		return matmulElem(p, s, idx, get, a)
	case OpConv:
		return convElem(p, s, idx, get, a)
	case OpMaxPool, OpAvgPool:
		return poolElem(p, s, idx, get, a)
	case OpReduce:
		return reduceElem(p, s, idx, get, a)
	case OpTranspose:
		ist := strides(in(0).Shape)
		var off int64
		for d, pd := range s.Args {
			off += idx[d] * ist[pd]
		}
		return at(0, off)
	case OpSlice:
		ist := strides(in(0).Shape)
		var off int64
		for d := range ist {
			off += (s.Args[2*d] + idx[d]*s.Args[2*d+1]) * ist[d]
		}
		return at(0, off)
	case OpPad:
		ist := strides(in(0).Shape)
		var off int64
		for d, o := range idx {
			x, inside := padSource(s.Args[0], o-s.Args[2+d], in(0).Shape[d])
			if !inside {
				return s.Args[1], nil
			}
			off += x * ist[d]
		}
		return at(0, off)
	case OpConcat:
		axis := int(s.Args[0])
		pos := idx[axis]
		for k := range s.In {
			sh := in(k).Shape
			if pos < sh[axis] {
				sub := append([]int64{}, idx...)
				sub[axis] = pos
				var off int64
				st := strides(sh)
				for d := range sub {
					off += sub[d] * st[d]
				}
				return at(k, off)
			}
			pos -= sh[axis]
		}
		return 0, fmt.Errorf("concat index out of range")
	case OpGather:
		axis := int(s.Args[0])
		data, ind := in(0), in(1)
		r := len(ind.Shape)
		// out idx = data[:axis] ++ ind idx ++ data[axis+1:]
		var iflat int64
		ist := strides(ind.Shape)
		for d := 0; d < r; d++ {
			iflat += idx[axis+d] * ist[d]
		}
		ix, err := at(1, iflat)
		if err != nil {
			return 0, err
		}
		n := data.Shape[axis]
		if ix < 0 {
			ix += n
		}
		if ix < 0 || ix >= n {
			return 0, fmt.Errorf("gather index %d out of range [0, %d)", ix, n)
		}
		dst := strides(data.Shape)
		var off int64
		for d := 0; d < axis; d++ {
			off += idx[d] * dst[d]
		}
		off += ix * dst[axis]
		for d := axis + 1; d < len(data.Shape); d++ {
			off += idx[d+r-1] * dst[d]
		}
		return at(0, off)
	}
	return 0, fmt.Errorf("no per-element semantics for %s", s.Op)
}

// argElem: output element j of an arg-reduction: the index along Args[0] of the largest
// (Args[2] = 1: smallest) element, the first (Args[1] = 1: the last) among equals.
func argElem(p *Program, s *Step, j int64, get Getter) (int64, error) {
	vx := &p.Values[s.In[0]]
	axis := int(s.Args[0])
	n, inner := vx.Shape[axis], numel(vx.Shape[axis+1:])
	o, i := j/inner, j%inner
	base := o*n*inner + i
	var best int64
	var bestV int64
	for k := int64(0); k < n; k++ {
		v, err := get(s.In[0], base+k*inner)
		if err != nil {
			return 0, err
		}
		better := v > bestV
		if s.Args[2] == 1 {
			better = v < bestV
		}
		if k == 0 || better || (v == bestV && s.Args[1] == 1) {
			best, bestV = k, v
		}
	}
	return best, nil
}

// binaryElem is the scalar semantics of the broadcast binary ops (shared with binaryKernel).
func binaryElem(op OpCode, u, v int64, va, vb, vo *Value, a *arith) (int64, error) {
	switch op {
	case OpAdd:
		return a.add(u, v), nil
	case OpSub:
		return a.sub(u, v), nil
	case OpMax:
		return max(u, v), nil
	case OpMin:
		return min(u, v), nil
	case OpMul:
		r := acc128{}.addProd(u, v)
		if shift := int(va.Scale) + int(vb.Scale) - int(vo.Scale); shift > 0 {
			r = r.rshr(uint(shift))
		}
		return r.int64(a), nil
	case OpDiv:
		if v == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		if vo.Int {
			if u == math.MinInt64 && v == -1 {
				return 0, ErrOverflow
			}
			return u / v, nil
		}
		return a.div(a.shl(u, uint(int(vo.Scale)+int(vb.Scale)-int(va.Scale))), v), nil
	}
	return 0, fmt.Errorf("not a binary op: %s", op)
}

func compareElem(kind, u, v int64) int64 {
	switch kind {
	case CmpLess:
		return boolToInt(u < v)
	case CmpLessOrEqual:
		return boolToInt(u <= v)
	case CmpGreater:
		return boolToInt(u > v)
	case CmpGreaterOrEqual:
		return boolToInt(u >= v)
	case CmpNotEqual:
		return boolToInt(u != v)
	}
	return boolToInt(u == v)
}

func unaryElem(s *Step, u int64, sc uint, a *arith) int64 {
	switch s.Op {
	case OpRelu:
		return max(u, 0)
	case OpLeakyRelu:
		if u < 0 {
			return a.rshr(a.mul(u, s.Args[0]), sc)
		}
		return u
	case OpClip:
		return min(max(u, s.Args[0]), s.Args[1])
	case OpNeg:
		return a.sub(0, u)
	case OpAbs:
		if u < 0 {
			return a.sub(0, u)
		}
	}
	return u
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

func logElem(t *Table, ln2, sx, x int64, a *arith) (int64, error) {
	if x <= 0 {
		return 0, fmt.Errorf("log of a non-positive value")
	}
	k := int64(63 - leadingZeros(uint64(x)))
	var m int64
	if k >= 16 {
		m = a.rshr(x, uint(k-16))
	} else {
		m = x << uint(16-k)
	}
	return a.add(a.mul(k-sx, ln2), t.eval(m, a)), nil
}

func leadingZeros(x uint64) int {
	n := 0
	for i := 63; i >= 0 && x>>uint(i)&1 == 0; i-- {
		n++
	}
	return n
}

func matmulElem(p *Program, s *Step, idx []int64, get Getter, a *arith) (int64, error) {
	va, vb, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	ra, rb, ro := len(va.Shape), len(vb.Shape), len(vo.Shape)
	K, N := va.Shape[ra-1], vb.Shape[rb-1]
	M := va.Shape[ra-2]
	batch := idx[:ro-2]
	i, jj := idx[ro-2], idx[ro-1]
	aoff := bcastIndex(va.Shape[:ra-2], vo.Shape[:ro-2], batch) * M * K
	boff := bcastIndex(vb.Shape[:rb-2], vo.Shape[:ro-2], batch) * K * N
	var acc acc128
	if len(s.In) == 3 {
		v, err := get(s.In[2], bcastIndex(p.Values[s.In[2]].Shape, vo.Shape, idx))
		if err != nil {
			return 0, err
		}
		acc = from64(v)
	}
	for k := int64(0); k < K; k++ {
		x, err := get(s.In[0], aoff+i*K+k)
		if err != nil {
			return 0, err
		}
		y, err := get(s.In[1], boff+k*N+jj)
		if err != nil {
			return 0, err
		}
		acc = acc.addProd(x, y)
	}
	return acc.rshr(uint(int(va.Scale) + int(vb.Scale) - int(vo.Scale))).int64(a), nil
}

func convElem(p *Program, s *Step, idx []int64, get Getter, a *arith) (int64, error) {
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

// convTransposeElem: out[n,m,o…] = rshr(bias[m] + Σ_{c,k…} X[n, g·C/g + c, i…]·W[g·C/g + c, m mod M/g, k…],
// sx+sw−so) over the c and kernel positions (row-major) for which i = (o + padBegin − k·dilation) /
// stride is an integer inside X; summed exactly. Args: [group, nsp, (stride, dilation, padBegin) × nsp].
func convTransposeElem(p *Program, s *Step, idx []int64, get Getter, a *arith) (int64, error) {
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

func poolElem(p *Program, s *Step, idx []int64, get Getter, a *arith) (int64, error) {
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

func reduceElem(p *Program, s *Step, idx []int64, get Getter, a *arith) (int64, error) {
	vx := &p.Values[s.In[0]]
	kind, keep, mask := s.Args[0], s.Args[1] == 1, s.Args[2:]
	// The input index: kept axes from idx, reduced axes iterated in row-major order.
	base := make([]int64, len(mask))
	var red []int
	k := 0
	for d, m := range mask {
		if m == 1 {
			red = append(red, d)
			if keep {
				k++
			}
			continue
		}
		base[d] = idx[k]
		k++
	}
	ist := strides(vx.Shape)
	rshape := make([]int64, len(red))
	for i, d := range red {
		rshape[i] = vx.Shape[d]
	}
	n := numel(rshape)
	ridx := make([]int64, len(red))
	var out int64
	var sum acc128
	for r := int64(0); r < n; r++ {
		unflatten(r, rshape, ridx)
		for i, d := range red {
			base[d] = ridx[i]
		}
		var off int64
		for d := range base {
			off += base[d] * ist[d]
		}
		u, err := get(s.In[0], off)
		if err != nil {
			return 0, err
		}
		switch {
		case kind == ReduceSum || kind == ReduceMean:
			sum = sum.add64(u)
		case r == 0:
			out = u
		case kind == ReduceMax:
			out = max(out, u)
		default:
			out = min(out, u)
		}
	}
	switch kind {
	case ReduceSum:
		out = sum.int64(a)
	case ReduceMean:
		out = a.div(sum.int64(a), n)
	}
	return out, nil
}

// CheckElements runs p and recomputes up to perStep elements of every step (all of them if the
// output is that small, else evenly spaced ones) with ElementValue, reporting the first element
// whose per-element semantics disagrees with the kernel: the differential test between the two.
func CheckElements(p *Program, inputs [][]int64, perStep int64) error {
	vals, err := Execute(p, inputs)
	if err != nil {
		return err
	}
	get := func(slot int32, idx int64) (int64, error) {
		if idx < 0 || idx >= int64(len(vals[slot])) {
			return 0, fmt.Errorf("read of element %d of slot %d (length %d)", idx, slot, len(vals[slot]))
		}
		return vals[slot][idx], nil
	}
	for i := range p.Steps {
		s := &p.Steps[i]
		n := p.Values[s.Out].Len()
		stride := max(int64(1), n/max(perStep, 1))
		for j := int64(0); j < n; j += stride {
			v, err := ElementValue(p, s, j, get)
			if err != nil {
				return err
			}
			if v != vals[s.Out][j] {
				return fmt.Errorf("step %d %s (%s) element %d: per-element %d, kernel %d", i, s.Node, s.Op, j, v, vals[s.Out][j])
			}
		}
	}
	return nil
}
