package inference

import (
	"errors"
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Reduce kinds (Args[0] of OpReduce).
const (
	ReduceSum  = 0
	ReduceMax  = 1
	ReduceMin  = 2
	ReduceMean = 3
)

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
	empty := false
	for d, s := range in {
		switch {
		case mask[d] == 0:
			shape = append(shape, s)
		case keep:
			shape = append(shape, 1)
		}
		if mask[d] == 1 && s == 0 {
			empty = true
		}
	}
	if shape == nil {
		shape = []int64{}
	}
	if empty {
		return mask, shape, keep, errEmptyReduction
	}
	return mask, shape, keep, nil
}

// errEmptyReduction: a reduced axis is empty; the result is the reduction's identity.
var errEmptyReduction = errors.New("reduction over an empty axis")

// emptyReduction is the result of a reduction over an empty axis: its identity f (0 for sums,
// 1 for products, −Inf for the max and the log-sums, +Inf for the min) everywhere; a mean (NaN) or
// an infinite integer has none.
func (c *compiler) emptyReduction(n *onnx.Node, x int32, shape []int64, f float64) (int32, error) {
	v := c.like(x, shape)
	q := int64(f)
	switch {
	case math.IsNaN(f) || (v.Int && math.IsInf(f, 0)):
		return 0, &UnsupportedError{Op: n.OpType, Detail: "reduction over an empty axis (no value in its element type)"}
	case math.IsInf(f, 1):
		q = InfQ
	case math.IsInf(f, -1):
		q = -InfQ
	case !v.Int:
		var err error
		if q, err = Quantize(f, v.Scale); err != nil {
			return 0, err
		}
	}
	v.Const = make([]int64, numel(shape))
	for i := range v.Const {
		v.Const[i] = q
	}
	return c.add(v), nil
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
		if errors.Is(err, errEmptyReduction) {
			return c.bindTo(n)(c.emptyReduction(n, x, shape, map[int64]float64{ReduceSum: 0, ReduceMax: math.Inf(-1),
				ReduceMin: math.Inf(1), ReduceMean: math.NaN()}[kind]))
		}
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

// lowerReduceComposite: ReduceSumSquare Σx², ReduceL1 Σ|x|, ReduceL2 sqrt(Σx²) (squares at twice
// the scale), ReduceLogSum log Σx, ReduceLogSumExp m + log Σ exp(x − m) with m the max.
func lowerReduceComposite(kind string) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.real(n, 0)
		if err != nil {
			return err
		}
		mask, shape, keep, err := c.reduceSpec(n, x)
		if errors.Is(err, errEmptyReduction) {
			return c.bindTo(n)(c.emptyReduction(n, x, shape, map[string]float64{"sumsquare": 0, "l1": 0, "l2": 0,
				"logsum": math.Inf(-1), "logsumexp": math.Inf(-1)}[kind]))
		}
		if err != nil {
			return err
		}
		if mask == nil {
			return &UnsupportedError{Op: n.OpType, Detail: "noop_with_empty_axes"}
		}
		var id int32
		switch kind {
		case "sumsquare":
			sq, err := c.binary(n, OpMul, x, x)
			if err != nil {
				return err
			}
			id, err = c.reduce(n, sq, ReduceSum, mask, shape, keep)
			if err != nil {
				return err
			}
		case "l1":
			ab, err := c.emit(n, OpAbs, []int32{x}, c.like(x, c.v(x).Shape), nil)
			if err != nil {
				return err
			}
			if id, err = c.reduce(n, ab, ReduceSum, mask, shape, keep); err != nil {
				return err
			}
		case "l2":
			sq, err := c.emit(n, OpMul, []int32{x, x}, Value{Scale: 2 * c.v(x).Scale, Shape: c.v(x).Shape}, nil)
			if err != nil {
				return err
			}
			s, err := c.reduce(n, sq, ReduceSum, mask, shape, keep)
			if err != nil {
				return err
			}
			if id, err = c.sqrt(n, s); err != nil {
				return err
			}
		case "logsum":
			s, err := c.reduce(n, x, ReduceSum, mask, shape, keep)
			if err != nil {
				return err
			}
			if id, err = c.log(n, s); err != nil {
				return err
			}
		case "logsumexp":
			m, err := c.reduceKeep(n, x, ReduceMax, mask)
			if err != nil {
				return err
			}
			d, err := c.binary(n, OpSub, x, m)
			if err != nil {
				return err
			}
			e, err := c.applyTable(n, d, "exp")
			if err != nil {
				return err
			}
			s, err := c.reduce(n, e, ReduceSum, mask, shape, keep)
			if err != nil {
				return err
			}
			l, err := c.log(n, s)
			if err != nil {
				return err
			}
			mo, err := c.reduce(n, x, ReduceMax, mask, shape, keep)
			if err != nil {
				return err
			}
			if id, err = c.binary(n, OpAdd, l, mo); err != nil {
				return err
			}
		}
		c.bind(n, 0, id)
		return nil
	}
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

func reduceElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
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

func lowerArg(isMin bool) lowering {
	return func(c *compiler, n *onnx.Node) error {
		x, err := c.in(n, 0)
		if err != nil {
			return err
		}
		in := c.v(x).Shape
		axis, err := normAxis(attrInt(n, "axis", 0), len(in))
		if err != nil {
			return err
		}
		if in[axis] == 0 {
			return fmt.Errorf("arg-reduction over an empty axis")
		}
		var shape []int64
		for d, s := range in {
			switch {
			case d != axis:
				shape = append(shape, s)
			case attrInt(n, "keepdims", 1) == 1:
				shape = append(shape, 1)
			}
		}
		args := []int64{int64(axis), attrInt(n, "select_last_index", 0), boolToInt(isMin)}
		return c.bindTo(n)(c.emit(n, OpArgMax, []int32{x}, Value{Int: true, DType: dtInt64, Shape: shape}, args))
	}
}

// argElem: output element j of an arg-reduction: the index along Args[0] of the largest
// (Args[2] = 1: smallest) element, the first (Args[1] = 1: the last) among equals.
func argElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
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

// lowerHardmax: 1 at the first maximum along the axis (ArgMax compared with the positions), 0
// elsewhere; before opset 13 the input is coerced to 2-D at axis (default 1).
func lowerHardmax(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	opset := c.m.Opset()
	def := int64(-1)
	if opset < 13 {
		def = 1
	}
	axis, err := normAxis(attrInt(n, "axis", def), len(xs))
	if err != nil {
		return err
	}
	v := x
	if opset < 13 {
		if v, err = c.reshapeTo(n, x, []int64{numel(xs[:axis]), numel(xs[axis:])}); err != nil {
			return err
		}
		axis = 1
	}
	vs := c.v(v).Shape
	if vs[axis] == 0 {
		return fmt.Errorf("hardmax over an empty axis")
	}
	ashape := append([]int64{}, vs...)
	ashape[axis] = 1
	am, err := c.emit(n, OpArgMax, []int32{v}, Value{Int: true, DType: dtInt64, Shape: ashape}, []int64{int64(axis), 0, 0})
	if err != nil {
		return err
	}
	pshape := ones(len(vs))
	pshape[axis] = vs[axis]
	pos := make([]int64, vs[axis])
	for i := range pos {
		pos[i] = int64(i)
	}
	eq, err := c.compare(n, CmpEqual, am, c.constInt(dtInt64, pshape, pos))
	if err != nil {
		return err
	}
	one, err := c.scalarConst(1, c.v(x).Scale)
	if err != nil {
		return err
	}
	zero, err := c.scalarConst(0, c.v(x).Scale)
	if err != nil {
		return err
	}
	y, err := c.where(n, eq, one, zero)
	if err != nil {
		return err
	}
	if opset < 13 {
		y, err = c.reshapeTo(n, y, xs)
	}
	return c.bindTo(n)(y, err)
}

// lowerCumSum: an exact prefix sum along the axis (a constant input) by log₂(L) doubling steps,
// y ← y + y shifted by 2^k (Pad with zeros, Slice); exclusive shifts x by one first, reverse
// shifts toward the start. Real or integer.
func lowerCumSum(c *compiler, n *onnx.Node) error { return c.cumulative(n, OpAdd) }

// lowerCumProd (opset 26) is CumSum's scheme with Mul, and 1 shifted in.
func lowerCumProd(c *compiler, n *onnx.Node) error { return c.cumulative(n, OpMul) }

// cumulative is an inclusive (or exclusive, or reversed) prefix sum or product along an axis in
// ⌈log₂ L⌉ shifted-copy steps.
func (c *compiler) cumulative(n *onnx.Node, op OpCode) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	aid, err := c.in(n, 1)
	if err != nil {
		return err
	}
	av, err := c.constInts(aid)
	if err != nil {
		return err
	}
	if len(av) != 1 {
		return fmt.Errorf("axis must be a scalar")
	}
	xs := c.v(x).Shape
	axis, err := normAxis(av[0], len(xs))
	if err != nil {
		return err
	}
	reverse := attrInt(n, "reverse", 0) == 1
	L := xs[axis]
	// shift moves y by k along the axis (toward the end, or the start when reversed), zeros in.
	shift := func(y int32, k int64) (int32, error) {
		padded := append([]int64{}, xs...)
		padded[axis] += k
		args := make([]int64, 2+len(xs))
		start := int64(0)
		if !reverse {
			args[2+axis] = k
		} else {
			start = k
		}
		if op == OpMul { // the identity shifted in: 1
			args[1] = 1
			if !c.v(y).Int {
				var err error
				if args[1], err = Quantize(1, c.v(y).Scale); err != nil {
					return 0, err
				}
			}
		}
		p, err := c.emit(n, OpPad, []int32{y}, c.like(y, padded), args)
		if err != nil {
			return 0, err
		}
		return c.sliceAxis(n, p, axis, start, start+L, 1)
	}
	y := x
	if attrInt(n, "exclusive", 0) == 1 && L > 0 {
		if y, err = shift(y, 1); err != nil {
			return err
		}
	}
	for k := int64(1); k < L; k *= 2 {
		s, err := shift(y, k)
		if err != nil {
			return err
		}
		if y, err = c.binary(n, op, y, s); err != nil {
			return err
		}
	}
	c.bind(n, 0, y)
	return nil
}

// lowerReduceProd multiplies the reduced axes (moved last and flattened) pairwise, halves against
// halves, in ⌈log₂ R⌉ Mul steps (an odd count padded with 1); over an empty axis the product is 1.
func lowerReduceProd(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	mask, shape, _, err := c.reduceSpec(n, x)
	if errors.Is(err, errEmptyReduction) {
		return c.bindTo(n)(c.emptyReduction(n, x, shape, 1))
	}
	if err != nil {
		return err
	}
	if mask == nil {
		c.bind(n, 0, x)
		return nil
	}
	in := c.v(x).Shape
	var perm, kept []int64
	R := int64(1)
	for d, m := range mask {
		if m == 0 {
			perm = append(perm, int64(d))
			kept = append(kept, in[d])
		}
	}
	for d, m := range mask {
		if m == 1 {
			perm = append(perm, int64(d))
			R *= in[d]
		}
	}
	y, err := c.transpose(n, x, perm)
	if err != nil {
		return err
	}
	if y, err = c.reshapeTo(n, y, append(append([]int64{}, kept...), R)); err != nil {
		return err
	}
	ax := len(kept)
	for R > 1 {
		if R%2 == 1 {
			one := int64(1)
			if !c.v(y).Int {
				if one, err = Quantize(1, c.v(y).Scale); err != nil {
					return err
				}
			}
			ps := append(append([]int64{}, kept...), R+1)
			if y, err = c.emit(n, OpPad, []int32{y}, c.like(y, ps), append([]int64{0, one}, make([]int64, ax+1)...)); err != nil {
				return err
			}
			R++
		}
		a, err := c.sliceAxis(n, y, ax, 0, R/2, 1)
		if err != nil {
			return err
		}
		b, err := c.sliceAxis(n, y, ax, R/2, R, 1)
		if err != nil {
			return err
		}
		if y, err = c.binary(n, OpMul, a, b); err != nil {
			return err
		}
		R /= 2
	}
	return c.bindTo(n)(c.reshapeTo(n, y, shape))
}
