package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// scatterInto applies updates one after another, in index order: out = Where(hit_k, f(out, u_k),
// out), f by reduction (none: u_k; add, mul, max, min). hit_k (boolean) and u_k broadcast to out.
// With run-time indices each output position is compared against every index; a later duplicate
// wins for reduction none (ONNX leaves that order unspecified).
func (c *compiler) scatterInto(n *onnx.Node, out int32, hits, ups []int32, reduction string) (int32, error) {
	op := map[string]OpCode{"add": OpAdd, "mul": OpMul, "max": OpMax, "min": OpMin}[reduction]
	if op == 0 && reduction != "none" {
		return 0, &UnsupportedError{Op: n.OpType, Detail: fmt.Sprintf("reduction %q", reduction)}
	}
	for k := range hits {
		v := ups[k]
		var err error
		if op != 0 {
			if v, err = c.binary(n, op, out, v); err != nil {
				return 0, err
			}
		}
		if out, err = c.where(n, hits[k], v, out); err != nil {
			return 0, err
		}
	}
	return out, nil
}

// wrapIndex maps negative indices i of an axis of size D to i + D.
func (c *compiler) wrapIndex(n *onnx.Node, idx int32, D int64) (int32, error) {
	dt := c.v(idx).DType
	zero := c.intConst(dt, []int64{}, 0)
	neg, err := c.compare(n, CmpLess, idx, zero)
	if err != nil {
		return 0, err
	}
	up, err := c.binary(n, OpAdd, idx, c.intConst(dt, []int64{}, D))
	if err != nil {
		return 0, err
	}
	return c.where(n, neg, up, idx)
}

// lowerScatterElements (and the older Scatter): the axis moved last; for every update k along it,
// hit = (index = position) over the data's axis, and scatterInto. Indices shorter than the data on
// other axes are padded with −1 (never a position).
func lowerScatterElements(c *compiler, n *onnx.Node) error {
	data, err := c.in(n, 0)
	if err != nil {
		return err
	}
	idx, err := c.in(n, 1)
	if err != nil {
		return err
	}
	upd, err := c.in(n, 2)
	if err != nil {
		return err
	}
	ds, is := c.v(data).Shape, c.v(idx).Shape
	if !c.v(idx).Int || len(is) != len(ds) || !sameShape(is, c.v(upd).Shape) {
		return fmt.Errorf("data %v, indices %v, updates %v", ds, is, c.v(upd).Shape)
	}
	if err := c.sameKind(data, upd); err != nil {
		return err
	}
	axis, err := normAxis(attrInt(n, "axis", 0), len(ds))
	if err != nil {
		return err
	}
	R := len(ds)
	pads := make([]int64, R)
	padded := false
	for d := range ds {
		if d != axis && is[d] != ds[d] {
			if is[d] > ds[d] {
				return fmt.Errorf("indices %v larger than data %v", is, ds)
			}
			pads[d], padded = ds[d]-is[d], true
		}
	}
	if idx, err = c.wrapIndex(n, idx, ds[axis]); err != nil {
		return err
	}
	if padded { // pad the end of the short axes: index −1 never hits
		for _, p := range []*int32{&idx, &upd} {
			shape := append([]int64{}, c.v(*p).Shape...)
			for d := range shape {
				shape[d] += pads[d]
			}
			val := int64(-1)
			if *p == upd {
				val = 0
			}
			if *p, err = c.emit(n, OpPad, []int32{*p}, c.like(*p, shape), append([]int64{0, val}, make([]int64, R)...)); err != nil {
				return err
			}
		}
	}
	perm := make([]int64, 0, R)
	for d := 0; d < R; d++ {
		if d != axis {
			perm = append(perm, int64(d))
		}
	}
	perm = append(perm, int64(axis))
	inv := make([]int64, R)
	for i, p := range perm {
		inv[p] = int64(i)
	}
	for _, p := range []*int32{&data, &idx, &upd} {
		if *p, err = c.transpose(n, *p, perm); err != nil {
			return err
		}
	}
	D, K := ds[axis], is[axis]
	pos := make([]int64, D)
	for i := range pos {
		pos[i] = int64(i)
	}
	posC := c.constInt(c.v(idx).DType, []int64{D}, pos)
	hits, ups := make([]int32, K), make([]int32, K)
	for k := int64(0); k < K; k++ {
		ik, err := c.sliceAxis(n, idx, R-1, k, k+1, 1)
		if err != nil {
			return err
		}
		if hits[k], err = c.compare(n, CmpEqual, ik, posC); err != nil {
			return err
		}
		if ups[k], err = c.sliceAxis(n, upd, R-1, k, k+1, 1); err != nil {
			return err
		}
	}
	out, err := c.scatterInto(n, data, hits, ups, attrString(n, "reduction", "none"))
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.transpose(n, out, inv))
}

// lowerScatterND: data viewed as [rows, slice] (rows = the product of the first m axes, m the
// index tuples' length), each index tuple flattened to a row number with integer arithmetic, and
// scatterInto over the tuples.
func lowerScatterND(c *compiler, n *onnx.Node) error {
	data, err := c.in(n, 0)
	if err != nil {
		return err
	}
	idx, err := c.in(n, 1)
	if err != nil {
		return err
	}
	upd, err := c.in(n, 2)
	if err != nil {
		return err
	}
	if err := c.sameKind(data, upd); err != nil {
		return err
	}
	ds, is := c.v(data).Shape, c.v(idx).Shape
	if !c.v(idx).Int || len(is) < 1 || is[len(is)-1] > int64(len(ds)) {
		return fmt.Errorf("data %v, indices %v", ds, is)
	}
	m := int(is[len(is)-1])
	J := numel(is[:len(is)-1])
	rows, S := numel(ds[:m]), numel(ds[m:])
	if numel(c.v(upd).Shape) != J*S {
		return fmt.Errorf("updates %v for indices %v and data %v", c.v(upd).Shape, is, ds)
	}
	dt := c.v(idx).DType
	if idx, err = c.reshapeTo(n, idx, []int64{J, int64(m)}); err != nil {
		return err
	}
	flat := c.intConst(dt, []int64{J, 1}, make([]int64, J)...)
	stride := int64(1)
	for t := m - 1; t >= 0; t-- {
		col, err := c.sliceAxis(n, idx, 1, int64(t), int64(t+1), 1)
		if err != nil {
			return err
		}
		if col, err = c.wrapIndex(n, col, ds[t]); err != nil {
			return err
		}
		if col, err = c.binary(n, OpMul, col, c.intConst(dt, []int64{}, stride)); err != nil {
			return err
		}
		if flat, err = c.binary(n, OpAdd, flat, col); err != nil {
			return err
		}
		stride *= ds[t]
	}
	if data, err = c.reshapeTo(n, data, []int64{rows, S}); err != nil {
		return err
	}
	if upd, err = c.reshapeTo(n, upd, []int64{J, S}); err != nil {
		return err
	}
	pos := make([]int64, rows)
	for i := range pos {
		pos[i] = int64(i)
	}
	posC := c.constInt(dt, []int64{rows, 1}, pos)
	hits, ups := make([]int32, J), make([]int32, J)
	for j := int64(0); j < J; j++ {
		fj, err := c.sliceAxis(n, flat, 0, j, j+1, 1)
		if err != nil {
			return err
		}
		if hits[j], err = c.compare(n, CmpEqual, fj, posC); err != nil { // [rows, 1]
			return err
		}
		if ups[j], err = c.sliceAxis(n, upd, 0, j, j+1, 1); err != nil { // [1, S]
			return err
		}
	}
	out, err := c.scatterInto(n, data, hits, ups, attrString(n, "reduction", "none"))
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.reshapeTo(n, out, ds))
}

// lowerTopK (k constant): along the axis (moved last), the rank of element i is the count of
// elements that beat it — greater (smaller for largest = 0), or equal at a lower index, so ties go
// to the lower index as ONNX requires — summed exactly from Compare/Where/Cast; output r selects
// the element of rank r by Equal, and its value and index are exact ReduceSums of one term.
func lowerTopK(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	kid, err := c.in(n, 1)
	if err != nil {
		return err
	}
	kv, err := c.constInts(kid)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	R := len(xs)
	axis, err := normAxis(attrInt(n, "axis", -1), R)
	if err != nil {
		return err
	}
	L := xs[axis]
	if len(kv) != 1 || kv[0] < 0 || kv[0] > L {
		return fmt.Errorf("k %v for an axis of %d", kv, L)
	}
	k := kv[0]
	perm := make([]int64, 0, R)
	for d := 0; d < R; d++ {
		if d != axis {
			perm = append(perm, int64(d))
		}
	}
	perm = append(perm, int64(axis))
	inv := make([]int64, R)
	for i, p := range perm {
		inv[p] = int64(i)
	}
	y, err := c.transpose(n, x, perm)
	if err != nil {
		return err
	}
	ys := c.v(y).Shape
	P := ys[:R-1]
	with := func(shape []int64, tail ...int64) []int64 { return append(append([]int64{}, shape...), tail...) }
	xj, err := c.reshapeTo(n, y, with(P, 1, L)) // [P, 1(i), L(j)]
	if err != nil {
		return err
	}
	xi, err := c.reshapeTo(n, y, with(P, L, 1))
	if err != nil {
		return err
	}
	kind := int64(CmpGreater)
	if attrInt(n, "largest", 1) == 0 {
		kind = CmpLess
	}
	better, err := c.compare(n, kind, xj, xi)
	if err != nil {
		return err
	}
	eq, err := c.compare(n, CmpEqual, xj, xi)
	if err != nil {
		return err
	}
	before := make([]int64, L*L)
	for i := int64(0); i < L; i++ {
		for j := int64(0); j < i; j++ {
			before[i*L+j] = 1
		}
	}
	beforeC := c.constInt(dtBool, []int64{L, L}, before)
	tie, err := c.where(n, eq, beforeC, better)
	if err != nil {
		return err
	}
	cnt, err := c.emit(n, OpCast, []int32{tie}, Value{Int: true, DType: dtInt64, Shape: c.v(tie).Shape}, nil)
	if err != nil {
		return err
	}
	rank, err := c.reduceAxes(n, cnt, ReduceSum, true, R) // [P, L, 1]
	if err != nil {
		return err
	}
	if rank, err = c.reshapeTo(n, rank, with(P, 1, L)); err != nil {
		return err
	}
	rs := make([]int64, k)
	for r := range rs {
		rs[r] = int64(r)
	}
	sel, err := c.compare(n, CmpEqual, rank, c.constInt(dtInt64, []int64{k, 1}, rs)) // [P, k, L]
	if err != nil {
		return err
	}
	zero := c.add(Value{Int: c.v(x).Int, DType: c.v(x).DType, Scale: c.v(x).Scale, Shape: []int64{}, Const: []int64{0}})
	vals, err := c.where(n, sel, xj, zero)
	if err != nil {
		return err
	}
	if vals, err = c.reduceAxes(n, vals, ReduceSum, false, R); err != nil {
		return err
	}
	js := make([]int64, L)
	for j := range js {
		js[j] = int64(j)
	}
	ids, err := c.where(n, sel, c.constInt(dtInt64, []int64{L}, js), c.intConst(dtInt64, []int64{}, 0))
	if err != nil {
		return err
	}
	if ids, err = c.reduceAxes(n, ids, ReduceSum, false, R); err != nil {
		return err
	}
	if vals, err = c.transpose(n, vals, inv); err != nil {
		return err
	}
	if ids, err = c.transpose(n, ids, inv); err != nil {
		return err
	}
	c.bind(n, 0, vals)
	c.bind(n, 1, ids)
	return nil
}

// lowerTensorScatter (opset 24): cache position s of batch entry b takes update[s − w_b] when
// 0 ≤ s − w_b < L (mode linear; circular: (s − w_b) mod max_len), else keeps the past cache — a
// GatherElements of the update at the computed offsets and a Where.
func lowerTensorScatter(c *compiler, n *onnx.Node) error {
	past, err := c.in(n, 0)
	if err != nil {
		return err
	}
	upd, err := c.in(n, 1)
	if err != nil {
		return err
	}
	if err := c.sameKind(past, upd); err != nil {
		return err
	}
	ps, us := c.v(past).Shape, c.v(upd).Shape
	axis, err := normAxis(attrInt(n, "axis", -2), len(ps))
	if err != nil {
		return err
	}
	mode := attrString(n, "mode", "linear")
	if mode != "linear" && mode != "circular" {
		return &UnsupportedError{Op: "TensorScatter", Detail: fmt.Sprintf("mode %q", mode)}
	}
	if len(us) != len(ps) || axis == 0 || us[axis] > ps[axis] {
		return fmt.Errorf("past_cache %v, update %v, axis %d", ps, us, axis)
	}
	for d := range ps {
		if d != axis && ps[d] != us[d] {
			return fmt.Errorf("past_cache %v and update %v differ off the axis", ps, us)
		}
	}
	M, L := ps[axis], us[axis]
	sShape := make([]int64, len(ps))
	for d := range sShape {
		sShape[d] = 1
	}
	sShape[axis] = M
	pos := make([]int64, M)
	for i := range pos {
		pos[i] = int64(i)
	}
	off := c.constInt(dtInt64, sShape, pos)
	if c.has(n, 2) {
		w, err := c.in(n, 2)
		if err != nil {
			return err
		}
		if !c.v(w).Int || c.v(w).Len() != ps[0] {
			return fmt.Errorf("write_indices %v for a batch of %d", c.v(w).Shape, ps[0])
		}
		wShape := make([]int64, len(ps))
		for d := range wShape {
			wShape[d] = 1
		}
		wShape[0] = ps[0]
		if w, err = c.reshapeTo(n, w, wShape); err != nil {
			return err
		}
		if c.v(w).DType != dtInt64 {
			if w, err = c.emit(n, OpCast, []int32{w}, Value{Int: true, DType: dtInt64, Shape: wShape}, nil); err != nil {
				return err
			}
		}
		if off, err = c.binary(n, OpSub, off, w); err != nil {
			return err
		}
	}
	if mode == "circular" {
		if off, err = c.emit(n, OpMod, []int32{off, c.intConst(dtInt64, []int64{}, M)}, c.like(off, c.v(off).Shape), []int64{0}); err != nil {
			return err
		}
	}
	lo, err := c.compare(n, CmpGreaterOrEqual, off, c.intConst(dtInt64, []int64{}, 0))
	if err != nil {
		return err
	}
	hi, err := c.compare(n, CmpLess, off, c.intConst(dtInt64, []int64{}, L))
	if err != nil {
		return err
	}
	written, err := c.where(n, lo, hi, lo) // lo ∧ hi
	if err != nil {
		return err
	}
	src, err := c.emit(n, OpClip, []int32{off}, c.like(off, c.v(off).Shape), []int64{0, L - 1})
	if err != nil {
		return err
	}
	if src, err = c.emit(n, OpExpand, []int32{src}, c.like(src, ps), nil); err != nil {
		return err
	}
	g, err := c.emit(n, OpGatherElements, []int32{upd, src}, c.like(upd, ps), []int64{int64(axis)})
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.where(n, written, g, past))
}
