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
