package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

func lowerIdentity(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	c.bind(n, 0, x)
	return nil
}

// reshapeTo emits a Copy with a new shape (data order is unchanged).
func (c *compiler) reshapeTo(n *onnx.Node, x int32, shape []int64) (int32, error) {
	if numel(shape) != c.v(x).Len() {
		return 0, fmt.Errorf("cannot reshape %v to %v", c.v(x).Shape, shape)
	}
	return c.emit(n, OpCopy, []int32{x}, c.like(x, shape), nil)
}

func lowerReshape(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	var target []int64
	if c.has(n, 1) {
		sid, err := c.in(n, 1)
		if err != nil {
			return err
		}
		if target, err = c.constInts(sid); err != nil {
			return err
		}
	} else {
		target = attrInts(n, "shape", nil) // opset < 5
	}
	allowZero := attrInt(n, "allowzero", 0) == 1
	in := c.v(x).Shape
	shape := make([]int64, len(target))
	infer := -1
	known := int64(1)
	for i, d := range target {
		switch {
		case d == 0 && !allowZero:
			if i >= len(in) {
				return fmt.Errorf("shape %v copies axis %d of a rank-%d input", target, i, len(in))
			}
			shape[i] = in[i]
		case d == -1:
			if infer >= 0 {
				return fmt.Errorf("shape %v has two -1", target)
			}
			infer = i
			continue
		case d < 0:
			return fmt.Errorf("shape %v has a negative size", target)
		default:
			shape[i] = d
		}
		known *= shape[i]
	}
	if infer >= 0 {
		if known == 0 || c.v(x).Len()%known != 0 {
			return fmt.Errorf("cannot infer -1 in %v for %v", target, in)
		}
		shape[infer] = c.v(x).Len() / known
	}
	return c.bindTo(n)(c.reshapeTo(n, x, shape))
}

func lowerFlatten(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	axis := attrInt(n, "axis", 1)
	if axis < 0 {
		axis += int64(len(in))
	}
	if axis < 0 || axis > int64(len(in)) {
		return fmt.Errorf("axis %d out of range", axis)
	}
	return c.bindTo(n)(c.reshapeTo(n, x, []int64{numel(in[:axis]), numel(in[axis:])}))
}

// axesOf reads axes from input i (newer opsets) or the "axes" attribute (older ones).
func (c *compiler) axesOf(n *onnx.Node, i int) ([]int64, bool, error) {
	if c.has(n, i) {
		id, err := c.in(n, i)
		if err != nil {
			return nil, false, err
		}
		ax, err := c.constInts(id)
		return ax, true, err
	}
	if a, ok := n.Attr("axes"); ok {
		return a.Ints, true, nil
	}
	return nil, false, nil
}

func lowerSqueeze(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	axes, given, err := c.axesOf(n, 1)
	if err != nil {
		return err
	}
	drop := make([]bool, len(in))
	if !given {
		for d, s := range in {
			drop[d] = s == 1
		}
	}
	for _, a := range axes {
		d, err := normAxis(a, len(in))
		if err != nil {
			return err
		}
		if in[d] != 1 {
			return fmt.Errorf("cannot squeeze axis %d of size %d", d, in[d])
		}
		drop[d] = true
	}
	var shape []int64
	for d, s := range in {
		if !drop[d] {
			shape = append(shape, s)
		}
	}
	return c.bindTo(n)(c.reshapeTo(n, x, shape))
}

func lowerUnsqueeze(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	axes, _, err := c.axesOf(n, 1)
	if err != nil {
		return err
	}
	rank := len(in) + len(axes)
	ins := make([]bool, rank)
	for _, a := range axes {
		d, err := normAxis(a, rank)
		if err != nil {
			return err
		}
		if ins[d] {
			return fmt.Errorf("axis %d repeated", d)
		}
		ins[d] = true
	}
	shape := make([]int64, 0, rank)
	k := 0
	for d := 0; d < rank; d++ {
		if ins[d] {
			shape = append(shape, 1)
		} else {
			shape = append(shape, in[k])
			k++
		}
	}
	return c.bindTo(n)(c.reshapeTo(n, x, shape))
}

func lowerConstant(c *compiler, n *onnx.Node) error {
	var t *onnx.Tensor
	for _, a := range n.Attrs {
		switch a.Name {
		case "value":
			t = a.T
		case "value_float":
			t = &onnx.Tensor{DType: onnx.Float, Floats: []float64{a.F}}
		case "value_floats":
			t = &onnx.Tensor{DType: onnx.Float, Floats: a.Floats, Shape: []int64{int64(len(a.Floats))}}
		case "value_int":
			t = &onnx.Tensor{DType: onnx.Int64, Ints: []int64{a.I}}
		case "value_ints":
			t = &onnx.Tensor{DType: onnx.Int64, Ints: a.Ints, Shape: []int64{int64(len(a.Ints))}}
		default:
			return &UnsupportedError{Op: "Constant", Detail: a.Name}
		}
	}
	if t == nil {
		return fmt.Errorf("no value")
	}
	return c.bindTo(n)(c.constTensor(t))
}

func lowerShape(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	sh := c.v(x).Shape
	r := int64(len(sh))
	start, end := attrInt(n, "start", 0), attrInt(n, "end", r)
	if start < 0 {
		start += r
	}
	if end < 0 {
		end += r
	}
	start, end = min(max(start, 0), r), min(max(end, 0), r)
	dims := []int64{}
	if start < end {
		dims = append(dims, sh[start:end]...)
	}
	id := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{int64(len(dims))}, Const: dims})
	c.bind(n, 0, id)
	return nil
}

func lowerSize(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	c.bind(n, 0, c.add(Value{Int: true, DType: dtInt64, Shape: []int64{}, Const: []int64{c.v(x).Len()}}))
	return nil
}

func lowerConstantOfShape(c *compiler, n *onnx.Node) error {
	sid, err := c.in(n, 0)
	if err != nil {
		return err
	}
	shape, err := c.constInts(sid)
	if err != nil {
		return err
	}
	t := &onnx.Tensor{DType: onnx.Float, Floats: []float64{0}}
	if a, ok := n.Attr("value"); ok && a.T != nil {
		t = a.T
	}
	if t.Len() != 1 {
		return fmt.Errorf("value must hold one element")
	}
	one, err := c.constTensor(t)
	if err != nil {
		return err
	}
	out := c.like(one, append([]int64{}, shape...))
	if numel(shape) > 1<<24 {
		return fmt.Errorf("shape %v too large for a constant", shape)
	}
	return c.bindTo(n)(c.emit(n, OpExpand, []int32{one}, out, nil))
}

// lowerRange folds Range(start, limit, delta) of constants into a constant.
func lowerRange(c *compiler, n *onnx.Node) error {
	ids := make([]int32, 3)
	for i := range ids {
		var err error
		if ids[i], err = c.in(n, i); err != nil {
			return err
		}
		if c.v(ids[i]).Const == nil || len(c.v(ids[i]).Const) != 1 {
			return &NeedsConstantError{Name: c.v(ids[i]).Name}
		}
	}
	v0 := c.v(ids[0])
	start, limit, delta := v0.Const[0], c.v(ids[1]).Const[0], c.v(ids[2]).Const[0]
	if delta == 0 {
		return fmt.Errorf("delta 0")
	}
	count := (limit - start + delta - 1) / delta
	if delta < 0 {
		count = (start - limit + (-delta) - 1) / (-delta)
	}
	count = max(count, 0)
	if count > 1<<24 {
		return fmt.Errorf("range of %d values", count)
	}
	vals := make([]int64, count)
	for i := range vals {
		vals[i] = start + int64(i)*delta
	}
	out := c.like(ids[0], []int64{count})
	out.Const = vals
	c.bind(n, 0, c.add(out))
	return nil
}

// lowerNonZero folds NonZero of a constant (its output shape depends on the data, so a run-time
// input would make shapes dynamic).
func lowerNonZero(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	v := c.v(x)
	if v.Const == nil {
		return &NeedsConstantError{Name: v.Name}
	}
	r := int64(len(v.Shape))
	var coords [][]int64
	idx := make([]int64, r)
	for i, q := range v.Const {
		if q != 0 {
			unflatten(int64(i), v.Shape, idx)
			coords = append(coords, append([]int64{}, idx...))
		}
	}
	nz := int64(len(coords))
	out := make([]int64, r*nz)
	for j, cd := range coords {
		for d := int64(0); d < r; d++ {
			out[d*nz+int64(j)] = cd[d]
		}
	}
	c.bind(n, 0, c.add(Value{Int: true, DType: dtInt64, Shape: []int64{r, nz}, Const: out}))
	return nil
}

// lowerDropout is the identity at inference; its mask output is true everywhere.
func lowerDropout(c *compiler, n *onnx.Node) error {
	if c.has(n, 2) {
		id, err := c.in(n, 2)
		if err != nil {
			return err
		}
		if k := c.v(id).Const; k == nil || (len(k) == 1 && k[0] != 0) {
			return &UnsupportedError{Op: "Dropout", Detail: "training mode"}
		}
	}
	if err := lowerIdentity(c, n); err != nil {
		return err
	}
	if len(n.Outputs) > 1 && n.Outputs[1] != "" {
		x, _ := c.in(n, 0)
		mask := make([]int64, c.v(x).Len())
		for i := range mask {
			mask[i] = 1
		}
		c.bind(n, 1, c.constInt(dtBool, c.v(x).Shape, mask))
	}
	return nil
}

func copyKernel(_ *Program, _ *Step, in [][]int64, out []int64, _ *arith) error {
	copy(out, in[0])
	return nil
}

func copyElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	return get(s.In[0], j)
}
