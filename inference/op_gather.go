package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

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

// gatherElem: out[idx] = data[idx[:axis] ++ indices[idx[axis:axis+r]] ++ idx[axis+r:]].
func gatherElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	axis := int(s.Args[0])
	data, ind := &p.Values[s.In[0]], &p.Values[s.In[1]]
	r := len(ind.Shape)
	var iflat int64
	ist := strides(ind.Shape)
	for d := 0; d < r; d++ {
		iflat += idx[axis+d] * ist[d]
	}
	ix, err := get(s.In[1], iflat)
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
	return get(s.In[0], off)
}

// gatherElementsElem: out[i…] = data[i… with axis replaced by indices[i…]].
func gatherElementsElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	axis := int(s.Args[0])
	ix, err := get(s.In[1], j)
	if err != nil {
		return 0, err
	}
	data := p.Values[s.In[0]].Shape
	n := data[axis]
	if ix < 0 {
		ix += n
	}
	if ix < 0 || ix >= n {
		return 0, fmt.Errorf("gather index %d out of range [0, %d)", ix, n)
	}
	st := strides(data)
	var off int64
	for d := range idx {
		v := idx[d]
		if d == axis {
			v = ix
		}
		off += v * st[d]
	}
	return get(s.In[0], off)
}

// lowerOneHot: depth is a constant (it fixes the output shape); out[…, k at axis, …] = on where
// the index (truncated, negative ones counted from depth) equals k, off elsewhere, so an index out
// of range gives a row of off values.
func lowerOneHot(c *compiler, n *onnx.Node) error {
	idx, err := c.in(n, 0)
	if err != nil {
		return err
	}
	did, err := c.in(n, 1)
	if err != nil {
		return err
	}
	vals, err := c.in(n, 2)
	if err != nil {
		return err
	}
	dv := c.v(did)
	if dv.Const == nil {
		return &NeedsConstantError{Name: dv.Name}
	}
	if len(dv.Const) != 1 {
		return fmt.Errorf("depth must be a scalar")
	}
	D := dv.Const[0]
	if !dv.Int {
		D = int64(Dequantize(D, dv.Scale))
	}
	if D <= 0 || D > 1<<24 {
		return fmt.Errorf("depth %d", D)
	}
	is := c.v(idx).Shape
	axis, err := normAxis(attrInt(n, "axis", -1), len(is)+1)
	if err != nil {
		return err
	}
	if c.v(vals).Len() != 2 {
		return fmt.Errorf("values of shape %v", c.v(vals).Shape)
	}
	// k is the constant k of idx's kind.
	k := func(v int64) int32 {
		if c.v(idx).Int {
			return c.constInt(c.v(idx).DType, []int64{}, []int64{v})
		}
		return c.add(Value{Scale: c.v(idx).Scale, Shape: []int64{}, Const: []int64{v << c.v(idx).Scale}})
	}
	t := idx
	if !c.v(idx).Int { // ONNX casts float indices to integers: truncate
		fl, err := c.unary(n, OpRound, idx, RoundFloor)
		if err != nil {
			return err
		}
		ce, err := c.unary(n, OpRound, idx, RoundCeil)
		if err != nil {
			return err
		}
		neg, err := c.compare(n, CmpLess, idx, k(0))
		if err != nil {
			return err
		}
		if t, err = c.where(n, neg, ce, fl); err != nil {
			return err
		}
	}
	neg, err := c.compare(n, CmpLess, t, k(0))
	if err != nil {
		return err
	}
	up, err := c.binary(n, OpAdd, t, k(D))
	if err != nil {
		return err
	}
	if t, err = c.where(n, neg, up, t); err != nil {
		return err
	}
	ushape := append(append(append([]int64{}, is[:axis]...), 1), is[axis:]...)
	if t, err = c.reshapeTo(n, t, ushape); err != nil {
		return err
	}
	pshape := ones(len(ushape))
	pshape[axis] = D
	pos := make([]int64, D)
	for i := range pos {
		pos[i] = int64(i)
	}
	var positions int32
	if c.v(idx).Int {
		positions = c.constInt(c.v(idx).DType, pshape, pos)
	} else {
		for i := range pos {
			pos[i] <<= c.v(idx).Scale
		}
		positions = c.add(Value{Scale: c.v(idx).Scale, Shape: pshape, Const: pos})
	}
	eq, err := c.compare(n, CmpEqual, t, positions)
	if err != nil {
		return err
	}
	flat, err := c.reshapeTo(n, vals, []int64{2})
	if err != nil {
		return err
	}
	off, err := c.sliceAxis(n, flat, 0, 0, 1, 1)
	if err != nil {
		return err
	}
	on, err := c.sliceAxis(n, flat, 0, 1, 2, 1)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.where(n, eq, on, off))
}

// lowerGatherND: the index tuples become flat row numbers of the data viewed as
// [Π shape[:b+k], shape[b+k:]…] by integer arithmetic (negative components counted from their
// axis, the batch offset a constant), then a Gather on axis 0.
func lowerGatherND(c *compiler, n *onnx.Node) error {
	data, err := c.in(n, 0)
	if err != nil {
		return err
	}
	ind, err := c.in(n, 1)
	if err != nil {
		return err
	}
	vi := c.v(ind)
	if !vi.Int {
		return fmt.Errorf("indices must be integers")
	}
	ds, is := c.v(data).Shape, vi.Shape
	b := int(attrInt(n, "batch_dims", 0))
	q := len(is)
	if q < 1 || b < 0 || b >= q {
		return fmt.Errorf("batch_dims %d for indices %v", b, is)
	}
	k := int(is[q-1])
	if k < 1 || b+k > len(ds) {
		return &UnsupportedError{Op: "GatherND", Detail: fmt.Sprintf("index tuples of %d for data %v", k, ds)}
	}
	for d := 0; d < b; d++ {
		if is[d] != ds[d] {
			return fmt.Errorf("batch dimensions of %v and %v differ", is, ds)
		}
	}
	dt := vi.DType
	var flat int32 = -1
	for j := 0; j < k; j++ {
		col, err := c.sliceAxis(n, ind, q-1, int64(j), int64(j)+1, 1)
		if err != nil {
			return err
		}
		dim := ds[b+j]
		neg, err := c.compare(n, CmpLess, col, c.constInt(dt, []int64{}, []int64{0}))
		if err != nil {
			return err
		}
		up, err := c.binary(n, OpAdd, col, c.constInt(dt, []int64{}, []int64{dim}))
		if err != nil {
			return err
		}
		if col, err = c.where(n, neg, up, col); err != nil {
			return err
		}
		if st := numel(ds[b+j+1 : b+k]); st != 1 {
			if col, err = c.binary(n, OpMul, col, c.constInt(dt, []int64{}, []int64{st})); err != nil {
				return err
			}
		}
		if flat < 0 {
			flat = col
		} else if flat, err = c.binary(n, OpAdd, flat, col); err != nil {
			return err
		}
	}
	if b > 0 {
		nb := numel(is[:b])
		offs := make([]int64, nb)
		for i := range offs {
			offs[i] = int64(i) * numel(ds[b:b+k])
		}
		if flat, err = c.binary(n, OpAdd, flat, c.constInt(dt, append(append([]int64{}, is[:b]...), ones(q-b)...), offs)); err != nil {
			return err
		}
	}
	if flat, err = c.reshapeTo(n, flat, append([]int64{}, is[:q-1]...)); err != nil {
		return err
	}
	rows, err := c.reshapeTo(n, data, append([]int64{numel(ds[:b+k])}, ds[b+k:]...))
	if err != nil {
		return err
	}
	shape := append(append([]int64{}, is[:q-1]...), ds[b+k:]...)
	return c.bindTo(n)(c.emit(n, OpGather, []int32{rows, flat}, c.like(data, shape), []int64{0}))
}
