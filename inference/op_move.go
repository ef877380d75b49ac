package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

func (c *compiler) transpose(n *onnx.Node, x int32, perm []int64) (int32, error) {
	in := c.v(x).Shape
	if len(perm) != len(in) {
		return 0, fmt.Errorf("perm %v for rank %d", perm, len(in))
	}
	shape := make([]int64, len(in))
	seen := make([]bool, len(in))
	for d, p := range perm {
		if p < 0 || p >= int64(len(in)) || seen[p] {
			return 0, fmt.Errorf("bad perm %v", perm)
		}
		seen[p] = true
		shape[d] = in[p]
	}
	return c.emit(n, OpTranspose, []int32{x}, c.like(x, shape), perm)
}

func lowerTranspose(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	r := len(c.v(x).Shape)
	perm := attrInts(n, "perm", nil)
	if perm == nil {
		for d := r - 1; d >= 0; d-- {
			perm = append(perm, int64(d))
		}
	}
	return c.bindTo(n)(c.transpose(n, x, perm))
}

func lowerConcat(c *compiler, n *onnx.Node) error {
	var ins []int32
	for i := range n.Inputs {
		if !c.has(n, i) {
			continue
		}
		id, err := c.in(n, i)
		if err != nil {
			return err
		}
		ins = append(ins, id)
	}
	if len(ins) == 0 {
		return fmt.Errorf("no inputs")
	}
	if err := c.sameKind(ins...); err != nil {
		return err
	}
	ins, err := c.alignScales(n, ins)
	if err != nil {
		return err
	}
	first := c.v(ins[0]).Shape
	axis, err := normAxis(attrInt(n, "axis", 0), len(first))
	if err != nil {
		return err
	}
	shape := append([]int64{}, first...)
	shape[axis] = 0
	for _, id := range ins {
		s := c.v(id).Shape
		if len(s) != len(first) || c.v(id).Scale != c.v(ins[0]).Scale {
			return fmt.Errorf("inputs of different rank or scale")
		}
		for d := range s {
			if d != axis && s[d] != first[d] {
				return fmt.Errorf("shapes %v and %v do not concatenate on axis %d", first, s, axis)
			}
		}
		shape[axis] += s[axis]
	}
	return c.bindTo(n)(c.emit(n, OpConcat, ins, c.like(ins[0], shape), []int64{int64(axis)}))
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
	runtimeValue := int32(-1)
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
			if fs, ok := c.floats[vid]; ok && len(fs) == 1 && !vx.Int && cv.Scale != vx.Scale {
				if value, err = Quantize(fs[0], vx.Scale); err != nil {
					return err
				}
			} else if cv.Const == nil && cv.Len() == 1 && cv.Int == vx.Int {
				runtimeValue = vid // filled in after the pad, with a Where
			} else if cv.Const == nil || len(cv.Const) != 1 || cv.Int != vx.Int || cv.Scale != vx.Scale {
				return &UnsupportedError{Op: "Pad", Detail: "constant_value must be a scalar of the input's type"}
			} else {
				value = cv.Const[0]
			}
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
	modes := map[string]int64{"constant": 0, "reflect": 1, "edge": 2, "wrap": 3}
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
	y, err := c.emit(n, OpPad, []int32{x}, c.like(x, shape), args)
	if err != nil || runtimeValue < 0 || mode != 0 {
		return c.bindTo(n)(y, err)
	}
	// A constant_value computed at run time: the padded positions take it through a Where on a
	// constant mask of them.
	outside := Value{Int: true, DType: dtBool, Shape: shape, Const: make([]int64, numel(shape))}
	idx := make([]int64, r)
	for j := range outside.Const {
		unflatten(int64(j), shape, idx)
		for d := range idx {
			if idx[d] < pads[d] || idx[d] >= pads[d]+vx.Shape[d] {
				outside.Const[j] = 1
				break
			}
		}
	}
	ids, err := c.alignScales(n, []int32{runtimeValue, y})
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpWhere, []int32{c.add(outside), ids[0], ids[1]}, c.like(ids[1], shape), nil))
}

func lowerTile(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	rid, err := c.in(n, 1)
	if err != nil {
		return err
	}
	reps, err := c.constInts(rid)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	if len(reps) != len(in) {
		return fmt.Errorf("repeats %v for rank %d", reps, len(in))
	}
	shape := make([]int64, len(in))
	for d := range in {
		if reps[d] < 0 {
			return fmt.Errorf("negative repeat")
		}
		shape[d] = in[d] * reps[d]
	}
	return c.bindTo(n)(c.emit(n, OpTile, []int32{x}, c.like(x, shape), nil))
}

// lowerSplit: one Slice per output, sizes from the split input/attribute or equal parts.
func lowerSplit(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	axis, err := normAxis(attrInt(n, "axis", 0), len(in))
	if err != nil {
		return err
	}
	var sizes []int64
	if c.has(n, 1) {
		sid, err := c.in(n, 1)
		if err != nil {
			return err
		}
		if sizes, err = c.constInts(sid); err != nil {
			return err
		}
	} else if a, ok := n.Attr("split"); ok {
		sizes = a.Ints
	} else {
		k := int64(len(n.Outputs))
		if ns := attrInt(n, "num_outputs", 0); ns > 0 {
			k = ns
		}
		part := (in[axis] + k - 1) / k
		for left := in[axis]; left > 0; left -= part {
			sizes = append(sizes, min(part, left))
		}
	}
	if len(sizes) != len(n.Outputs) {
		return fmt.Errorf("%d parts for %d outputs", len(sizes), len(n.Outputs))
	}
	var start int64
	for i, sz := range sizes {
		args := make([]int64, 2*len(in))
		shape := append([]int64{}, in...)
		for d := range in {
			args[2*d+1] = 1
		}
		args[2*axis] = start
		shape[axis] = sz
		id, err := c.emit(n, OpSlice, []int32{x}, c.like(x, shape), args)
		if err != nil {
			return err
		}
		c.bind(n, i, id)
		start += sz
	}
	if start != in[axis] {
		return fmt.Errorf("parts %v do not add up to %d", sizes, in[axis])
	}
	return nil
}

// lowerTrilu keeps the upper (or lower) triangle of the last two axes relative to diagonal k, as a
// Where with a constant mask.
func lowerTrilu(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	sh := c.v(x).Shape
	if len(sh) < 2 {
		return fmt.Errorf("rank %d", len(sh))
	}
	k := int64(0)
	if c.has(n, 1) {
		kid, err := c.in(n, 1)
		if err != nil {
			return err
		}
		kv, err := c.constInts(kid)
		if err != nil {
			return err
		}
		if len(kv) != 1 {
			return fmt.Errorf("k must be a scalar")
		}
		k = kv[0]
	}
	upper := attrInt(n, "upper", 1) == 1
	R, C := sh[len(sh)-2], sh[len(sh)-1]
	mask := make([]int64, R*C)
	for i := int64(0); i < R; i++ {
		for j := int64(0); j < C; j++ {
			keep := j-i >= k
			if !upper {
				keep = j-i <= k
			}
			mask[i*C+j] = boolToInt(keep)
		}
	}
	m := c.add(Value{Int: true, DType: dtBool, Shape: []int64{R, C}, Const: mask})
	v := c.v(x)
	zero := c.add(Value{Int: v.Int, DType: v.DType, Scale: v.Scale, Shape: []int64{}, Const: []int64{0}})
	return c.bindTo(n)(c.emit(n, OpWhere, []int32{m, x, zero}, c.like(x, sh), nil))
}

// transposeSplit: out[i…] = in[j…] with j[perm[d]] = i[d]. Args: perm.
func transposeSplit(p *Program, s *Step, in [][]int64, out []int64) (int, func(int, *arith) error) {
	vx, vo := &p.Values[s.In[0]], &p.Values[s.Out]
	ist := strides(vx.Shape)
	st := make([]int64, len(s.Args))
	for d, pd := range s.Args {
		st[d] = ist[pd]
	}
	n := int64(len(out))
	parts := int(min(64, (n+elementsPerPart-1)/elementsPerPart))
	return parts, func(part int, _ *arith) error {
		lo, hi := span(part, parts, n)
		it := newIndexer(vo.Shape, st)
		it.seek(lo)
		for i := lo; i < hi; i++ {
			out[i] = in[0][it.off]
			it.next()
		}
		return nil
	}
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
	case 3: // wrap
		if x %= n; x < 0 {
			x += n
		}
		return x, true
	}
	return 0, false
}

func tileElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	vx := &p.Values[s.In[0]]
	st := strides(vx.Shape)
	var off int64
	for d := range idx {
		off += (idx[d] % vx.Shape[d]) * st[d]
	}
	return get(s.In[0], off)
}

func transposeElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	ist := strides(p.Values[s.In[0]].Shape)
	var off int64
	for d, pd := range s.Args {
		off += idx[d] * ist[pd]
	}
	return get(s.In[0], off)
}

func sliceElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	ist := strides(p.Values[s.In[0]].Shape)
	var off int64
	for d := range ist {
		off += (s.Args[2*d] + idx[d]*s.Args[2*d+1]) * ist[d]
	}
	return get(s.In[0], off)
}

func padElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	in := p.Values[s.In[0]].Shape
	ist := strides(in)
	var off int64
	for d, o := range idx {
		x, inside := padSource(s.Args[0], o-s.Args[2+d], in[d])
		if !inside {
			return s.Args[1], nil
		}
		off += x * ist[d]
	}
	return get(s.In[0], off)
}

func concatElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	axis := int(s.Args[0])
	pos := idx[axis]
	for k, id := range s.In {
		sh := p.Values[id].Shape
		if pos < sh[axis] {
			st := strides(sh)
			var off int64
			for d := range idx {
				v := idx[d]
				if d == axis {
					v = pos
				}
				off += v * st[d]
			}
			return get(s.In[k], off)
		}
		pos -= sh[axis]
	}
	return 0, fmt.Errorf("concat index out of range")
}

// lowerEyeLike: a constant of the input's (static) 2-D shape, ones on the diagonal offset by k, of
// the dtype attribute's type (default the input's).
func lowerEyeLike(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	if len(xs) != 2 {
		return fmt.Errorf("input of rank %d", len(xs))
	}
	isInt, dt := c.v(x).Int, c.v(x).DType
	if a, ok := n.Attr("dtype"); ok {
		t := onnx.DataType(a.I)
		isInt, dt = !t.IsFloat(), uint8(a.I)
		if isInt && !t.IsInt() && dt != dtBool {
			return &UnsupportedError{Op: "EyeLike", Detail: "dtype " + t.String()}
		}
	}
	k := attrInt(n, "k", 0)
	vals := make([]int64, xs[0]*xs[1])
	one := int64(1)
	if !isInt {
		one <<= c.opt.Scale
	}
	for i := int64(0); i < xs[0]; i++ {
		if j := i + k; j >= 0 && j < xs[1] {
			vals[i*xs[1]+j] = one
		}
	}
	v := Value{Int: isInt, Shape: xs, Const: vals}
	if isInt {
		v.DType = dt
	} else {
		v.Scale = c.opt.Scale
	}
	c.bind(n, 0, c.add(v))
	return nil
}

// lowerDepthToSpace: Reshape, Transpose, Reshape (DCR: depth as [b, b, C/b²]; CRD: [C/b², b, b]).
func lowerDepthToSpace(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	b := attrInt(n, "blocksize", 0)
	if len(xs) != 4 || b <= 0 || xs[1]%(b*b) != 0 {
		return fmt.Errorf("blocksize %d for input %v", b, xs)
	}
	N, C, H, W := xs[0], xs[1], xs[2], xs[3]
	var mid []int64
	var perm []int64
	switch mode := attrString(n, "mode", "DCR"); mode {
	case "DCR":
		mid, perm = []int64{N, b, b, C / (b * b), H, W}, []int64{0, 3, 4, 1, 5, 2}
	case "CRD":
		mid, perm = []int64{N, C / (b * b), b, b, H, W}, []int64{0, 1, 4, 2, 5, 3}
	default:
		return fmt.Errorf("mode %q", mode)
	}
	r, err := c.reshapeTo(n, x, mid)
	if err != nil {
		return err
	}
	if r, err = c.transpose(n, r, perm); err != nil {
		return err
	}
	return c.bindTo(n)(c.reshapeTo(n, r, []int64{N, C / (b * b), H * b, W * b}))
}

// lowerSpaceToDepth: Reshape to [N, C, H/b, b, W/b, b], Transpose, Reshape to [N, C·b², H/b, W/b].
func lowerSpaceToDepth(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	b := attrInt(n, "blocksize", 0)
	if len(xs) != 4 || b <= 0 || xs[2]%b != 0 || xs[3]%b != 0 {
		return fmt.Errorf("blocksize %d for input %v", b, xs)
	}
	N, C, H, W := xs[0], xs[1], xs[2], xs[3]
	r, err := c.reshapeTo(n, x, []int64{N, C, H / b, b, W / b, b})
	if err != nil {
		return err
	}
	if r, err = c.transpose(n, r, []int64{0, 3, 5, 1, 2, 4}); err != nil {
		return err
	}
	return c.bindTo(n)(c.reshapeTo(n, r, []int64{N, C * b * b, H / b, W / b}))
}

// lowerCenterCropPad (opset 18): per listed axis, a centred Slice of the input (crop, the extra
// odd element cut at the end) or a centred zero Pad (the extra odd element added at the end).
func lowerCenterCropPad(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	sid, err := c.in(n, 1)
	if err != nil {
		return err
	}
	target, err := c.constInts(sid)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	axes := attrInts(n, "axes", nil)
	if axes == nil {
		axes = make([]int64, len(xs))
		for d := range axes {
			axes[d] = int64(d)
		}
	}
	if len(axes) != len(target) {
		return fmt.Errorf("shape %v for axes %v", target, axes)
	}
	for i, a := range axes {
		d, err := normAxis(a, len(xs))
		if err != nil {
			return err
		}
		dim, sh := c.v(x).Shape[d], target[i]
		switch {
		case sh < 0:
			return fmt.Errorf("target size %d", sh)
		case sh < dim:
			start := (dim - sh) / 2
			if x, err = c.sliceAxis(n, x, d, start, start+sh, 1); err != nil {
				return err
			}
		case sh > dim:
			shape := append([]int64{}, c.v(x).Shape...)
			shape[d] = sh
			args := make([]int64, 2+len(shape))
			args[2+d] = (sh - dim) / 2
			if x, err = c.emit(n, OpPad, []int32{x}, c.like(x, shape), args); err != nil {
				return err
			}
		}
	}
	c.bind(n, 0, x)
	return nil
}

// lowerCompress with a constant condition: a Gather of the selected positions along the axis (of
// the flattened input when there is no axis). A run-time condition would give a data-dependent
// shape: refused.
func lowerCompress(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	cid, err := c.in(n, 1)
	if err != nil {
		return err
	}
	cond, err := c.constInts(cid)
	if err != nil {
		return err
	}
	axis := 0
	if a, ok := n.Attr("axis"); ok {
		if axis, err = normAxis(a.I, len(c.v(x).Shape)); err != nil {
			return err
		}
	} else if x, err = c.reshapeTo(n, x, []int64{numel(c.v(x).Shape)}); err != nil {
		return err
	}
	xs := c.v(x).Shape
	if int64(len(cond)) > xs[axis] {
		return fmt.Errorf("condition of %d values for an axis of %d", len(cond), xs[axis])
	}
	var idx []int64
	for i, b := range cond {
		if b != 0 {
			idx = append(idx, int64(i))
		}
	}
	shape := append([]int64{}, xs...)
	shape[axis] = int64(len(idx))
	ic := c.constInt(dtInt64, []int64{int64(len(idx))}, idx)
	return c.bindTo(n)(c.emit(n, OpGather, []int32{x, ic}, c.like(x, shape), []int64{int64(axis)}))
}

// lowerReverseSequence: GatherElements along the time axis with indices computed at run time from
// sequence_lens: position t of batch entry b reads len_b − 1 − t when t < len_b, else t.
func lowerReverseSequence(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	lens, err := c.in(n, 1)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	ta, ba := int(attrInt(n, "time_axis", 0)), int(attrInt(n, "batch_axis", 1))
	if len(xs) < 2 || ta == ba || ta < 0 || ba < 0 || ta > 1 || ba > 1 || !c.v(lens).Int || c.v(lens).Len() != xs[ba] {
		return fmt.Errorf("input %v, time_axis %d, batch_axis %d, sequence_lens %v", xs, ta, ba, c.v(lens).Shape)
	}
	T := xs[ta]
	bshape := make([]int64, len(xs))
	tshape := make([]int64, len(xs))
	for d := range bshape {
		bshape[d], tshape[d] = 1, 1
	}
	bshape[ba], tshape[ta] = xs[ba], T
	dt := c.v(lens).DType
	if lens, err = c.reshapeTo(n, lens, bshape); err != nil {
		return err
	}
	ts := make([]int64, T)
	for i := range ts {
		ts[i] = int64(i)
	}
	t := c.constInt(dt, tshape, ts)
	inside, err := c.compare(n, CmpLess, t, lens)
	if err != nil {
		return err
	}
	rev, err := c.binary(n, OpSub, lens, c.constInt(dt, []int64{}, []int64{1}))
	if err != nil {
		return err
	}
	if rev, err = c.binary(n, OpSub, rev, t); err != nil {
		return err
	}
	idx, err := c.where(n, inside, rev, t)
	if err != nil {
		return err
	}
	if idx, err = c.emit(n, OpExpand, []int32{idx}, c.like(idx, xs), nil); err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpGatherElements, []int32{x, idx}, c.like(x, xs), []int64{int64(ta)}))
}
