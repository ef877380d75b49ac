package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// tap is one source index and its weight along one axis.
type tap struct {
	i int64
	w float64
}

// resizeWeightScale is the fixed-point scale of interpolation weights.
const resizeWeightScale = 30

// lowerResize compiles Resize (and the older Upsample) to a WeightedGather: for every output
// element, constant source indices and constant weights computed at compile time in float64 from
// the ONNX coordinate transformation, then quantized once. Supported: nearest (all nearest modes),
// linear and cubic (with cubic_coeff_a and exclude_outside); the coordinate modes half_pixel,
// pytorch_half_pixel, half_pixel_symmetric, align_corners, asymmetric and tf_crop_and_resize
// (with a constant roi; an output outside the roi is extrapolation_value, added as a constant);
// scales or sizes (stretch, not_larger, not_smaller); antialias for linear and cubic, whose
// filter widens by 1/scale when downsampling (as ONNX's reference implementation computes it).
func lowerResize(c *compiler, n *onnx.Node) error {
	x, err := c.in(n, 0)
	if err != nil {
		return err
	}
	in := c.v(x).Shape
	r := len(in)
	mode := attrString(n, "mode", "nearest")
	coord := attrString(n, "coordinate_transformation_mode", "half_pixel")
	nearestMode := attrString(n, "nearest_mode", "round_prefer_floor")
	if n.OpType == "Upsample" || c.m.Opset() < 11 {
		coord, nearestMode = "asymmetric", "floor" // the pre-11 semantics
	}
	antialias := attrInt(n, "antialias", 0) != 0 && mode != "nearest"
	switch coord {
	case "half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric", "half_pixel_symmetric", "tf_crop_and_resize":
	default:
		return &UnsupportedError{Op: n.OpType, Detail: "coordinate_transformation_mode " + coord}
	}
	if mode != "nearest" && mode != "linear" && mode != "cubic" {
		return &UnsupportedError{Op: n.OpType, Detail: "mode " + mode}
	}
	if mode != "nearest" && c.v(x).Int {
		return &UnsupportedError{Op: n.OpType, Detail: "interpolation of integers"}
	}
	// Axes (opset 18) and the scales or sizes, as constants.
	axes := attrInts(n, "axes", nil)
	if axes == nil {
		for d := 0; d < r; d++ {
			axes = append(axes, int64(d))
		}
	}
	for i, a := range axes {
		d, err := normAxis(a, r)
		if err != nil {
			return err
		}
		axes[i] = int64(d)
	}
	scales := make([]float64, r)
	out := append([]int64{}, in...)
	outF := make([]float64, r) // the resized length before flooring (align_corners uses it)
	for d := range scales {
		scales[d] = 1
		outF[d] = float64(in[d])
	}
	scaleIn, sizeIn := 2, 3
	if n.OpType == "Upsample" || c.m.Opset() < 11 {
		scaleIn, sizeIn = 1, -1
	}
	switch {
	case c.has(n, scaleIn):
		id, err := c.in(n, scaleIn)
		if err != nil {
			return err
		}
		f, ok := c.floats[id]
		if !ok {
			if c.v(id).Const == nil {
				return &NeedsConstantError{Name: c.v(id).Name}
			}
			return fmt.Errorf("scales must be float")
		}
		if len(f) == 0 {
			break // empty scales: sizes are given
		}
		if len(f) != len(axes) {
			return fmt.Errorf("%d scales for %d axes", len(f), len(axes))
		}
		for i, d := range axes {
			scales[d] = f[i]
			outF[d] = float64(in[d]) * f[i]
			out[d] = int64(math.Floor(outF[d]))
		}
	case n.OpType == "Upsample":
		f := attrFloats(n, "scales")
		if len(f) != r {
			return fmt.Errorf("scales attribute of %d values for rank %d", len(f), r)
		}
		for d := range f {
			scales[d] = f[d]
			outF[d] = float64(in[d]) * f[d]
			out[d] = int64(math.Floor(outF[d]))
		}
	}
	if sizeIn >= 0 && c.has(n, sizeIn) {
		id, err := c.in(n, sizeIn)
		if err != nil {
			return err
		}
		sizes, err := c.constInts(id)
		if err != nil {
			return err
		}
		if len(sizes) != len(axes) {
			return fmt.Errorf("%d sizes for %d axes", len(sizes), len(axes))
		}
		policy := attrString(n, "keep_aspect_ratio_policy", "stretch")
		if policy == "stretch" {
			for i, d := range axes {
				out[d] = sizes[i]
				outF[d] = float64(sizes[i])
				scales[d] = float64(sizes[i]) / float64(in[d])
			}
		} else {
			s := float64(sizes[0]) / float64(in[axes[0]])
			for i, d := range axes {
				si := float64(sizes[i]) / float64(in[d])
				if (policy == "not_larger" && si < s) || (policy == "not_smaller" && si > s) {
					s = si
				}
			}
			for _, d := range axes {
				scales[d] = s
				out[d] = int64(math.Round(s * float64(in[d])))
				outF[d] = float64(out[d])
			}
		}
	}
	// tf_crop_and_resize reads the roi: [starts…, ends…] over the axes, normalised coordinates.
	roiStart, roiEnd := make([]float64, r), make([]float64, r)
	for d := range roiEnd {
		roiEnd[d] = 1
	}
	if coord == "tf_crop_and_resize" {
		id, err := c.in(n, 1)
		if err != nil {
			return fmt.Errorf("tf_crop_and_resize needs a roi: %w", err)
		}
		roi, ok := c.floats[id]
		if !ok {
			return &NeedsConstantError{Name: c.v(id).Name}
		}
		if len(roi) != 2*len(axes) {
			return fmt.Errorf("roi of %d values for %d axes", len(roi), len(axes))
		}
		for i, d := range axes {
			roiStart[d], roiEnd[d] = roi[i], roi[len(axes)+i]
		}
	}
	extrapolate := make([][]bool, r) // per axis and output coordinate: outside the input
	// Per-axis taps.
	a := attrFloat(n, "cubic_coeff_a", -0.75)
	exclude := attrInt(n, "exclude_outside", 0) == 1
	taps := make([][][]tap, r)
	K := int64(1)
	for d := 0; d < r; d++ {
		taps[d] = make([][]tap, out[d])
		extrapolate[d] = make([]bool, out[d])
		width := 0
		for o := int64(0); o < out[d]; o++ {
			if scales[d] == 1 && out[d] == in[d] && coord != "tf_crop_and_resize" {
				taps[d][o] = []tap{{o, 1}}
			} else {
				var xo float64
				if coord == "tf_crop_and_resize" {
					xo = cropCoord(float64(o), out[d], in[d], roiStart[d], roiEnd[d])
					if xo < 0 || xo > float64(in[d]-1) {
						extrapolate[d][o] = true
					}
				} else {
					xo = transformCoord(coord, float64(o), scales[d], out[d], outF[d], in[d])
				}
				if antialias && scales[d] < 1 {
					taps[d][o] = antialiasTaps(mode, xo, scales[d], in[d], a, exclude)
				} else {
					taps[d][o] = axisTaps(mode, nearestMode, xo, in[d], a, exclude)
				}
			}
			width = max(width, len(taps[d][o]))
		}
		for o := range taps[d] { // pad to one width with zero-weight taps
			for len(taps[d][o]) < width {
				taps[d][o] = append(taps[d][o], tap{0, 0})
			}
		}
		if out[d] > 0 {
			K *= int64(width)
		}
	}
	if numel(out)*K > MaxTensorElements {
		return fmt.Errorf("%w: resize to %v needs too many taps", ErrTooLarge, out)
	}
	// Cartesian product per output element, in row-major order.
	st := strides(in)
	total := numel(out)
	idx := make([]int64, 0, total*K)
	ws := make([]int64, 0, total*K)
	oi := make([]int64, r)
	wScale := uint8(resizeWeightScale)
	if mode == "nearest" {
		wScale = 0
	}
	for j := int64(0); j < total; j++ {
		unflatten(j, out, oi)
		var rec func(d int, off int64, w float64) error
		rec = func(d int, off int64, w float64) error {
			if d == r {
				q, err := Quantize(w, wScale)
				if err != nil {
					return err
				}
				idx = append(idx, off)
				ws = append(ws, q)
				return nil
			}
			for _, t := range taps[d][oi[d]] {
				if err := rec(d+1, off+t.i*st[d], float64(w*t.w)); err != nil {
					return err
				}
			}
			return nil
		}
		if err := rec(0, 0, 1); err != nil {
			return err
		}
	}
	// Outside a tf_crop_and_resize roi: zero weights here, extrapolation_value added below.
	outside := make([]bool, total)
	if coord == "tf_crop_and_resize" {
		for j := int64(0); j < total; j++ {
			unflatten(j, out, oi)
			for d := range oi {
				if extrapolate[d][oi[d]] {
					outside[j] = true
					for k := int64(0); k < K; k++ {
						ws[j*K+k] = 0
					}
					break
				}
			}
		}
	}
	ic := c.add(Value{Int: true, DType: dtInt64, Shape: []int64{int64(len(idx))}, Const: idx})
	wc := c.add(Value{Scale: wScale, Shape: []int64{int64(len(ws))}, Const: ws})
	outV := c.like(x, out)
	y, err := c.emit(n, OpWeightedGather, []int32{x, ic, wc}, outV, []int64{K})
	if err != nil || coord != "tf_crop_and_resize" {
		return c.bindTo(n)(y, err)
	}
	ev, err := Quantize(attrFloat(n, "extrapolation_value", 0), c.v(y).Scale)
	if err != nil {
		return err
	}
	add := Value{Scale: c.v(y).Scale, Shape: out, Const: make([]int64, total)}
	for j, o := range outside {
		if o {
			add.Const[j] = ev
		}
	}
	return c.bindTo(n)(c.binary(n, OpAdd, y, c.add(add)))
}

func attrFloats(n *onnx.Node, name string) []float64 {
	if a, ok := n.Attr(name); ok {
		return a.Floats
	}
	return nil
}

// transformCoord maps an output coordinate to the input's (ONNX Resize); outF is the resized
// length before flooring (in·scale), which align_corners divides by.
func transformCoord(mode string, o, scale float64, outLen int64, outF float64, inLen int64) float64 {
	switch mode {
	case "half_pixel":
		return (o+0.5)/scale - 0.5
	case "half_pixel_symmetric":
		adjustment := float64(outLen) / outF
		center := float64(inLen) / 2
		return center*(1-adjustment) + (o+0.5)/scale - 0.5
	case "pytorch_half_pixel":
		if outLen > 1 {
			return (o+0.5)/scale - 0.5
		}
		return 0
	case "align_corners":
		if outF == 1 {
			return 0
		}
		return float64(o*float64(inLen-1)) / (outF - 1)
	}
	return o / scale // asymmetric
}

// axisTaps lists the source indices (clamped to the axis: edge padding) and weights of one output
// coordinate.
func axisTaps(mode, nearest string, xo float64, n int64, a float64, exclude bool) []tap {
	clamp := func(i int64) int64 { return min(max(i, 0), n-1) }
	switch mode {
	case "nearest":
		var i float64
		switch nearest {
		case "round_prefer_ceil":
			i = math.Floor(xo + 0.5)
		case "floor":
			i = math.Floor(xo)
		case "ceil":
			i = math.Ceil(xo)
		default: // round_prefer_floor
			i = math.Ceil(xo - 0.5)
		}
		return []tap{{clamp(int64(i)), 1}}
	case "linear":
		x := math.Max(0, math.Min(xo, float64(n-1)))
		x0 := math.Floor(x)
		f := x - x0
		return []tap{{clamp(int64(x0)), 1 - f}, {clamp(int64(x0) + 1), f}}
	}
	// cubic
	x0 := math.Floor(xo)
	f := xo - x0
	coeff := func(t float64) float64 {
		t = math.Abs(t)
		switch {
		case t <= 1:
			return float64(float64((a+2)*t*t*t)-float64((a+3)*t*t)) + 1
		case t < 2:
			return float64(float64(a*t*t*t)-float64(5*a*t*t)) + float64(8*a*t) - 4*a
		}
		return 0
	}
	ts := make([]tap, 4)
	var sum float64
	for k := int64(-1); k <= 2; k++ {
		i := int64(x0) + k
		w := coeff(f - float64(k))
		if exclude && (i < 0 || i >= n) {
			w = 0
		}
		ts[k+1] = tap{clamp(i), w}
		sum += w
	}
	if exclude && sum != 0 {
		for k := range ts {
			ts[k].w /= sum
		}
	}
	return ts
}

// weightedGatherElem: out[i] = rshr(Σ_k x[idx[i·K+k]]·w[i·K+k], sx+sw−so), summed exactly. Resize
// (nearest, linear, cubic) compiles to it with constant indices and weights.
func weightedGatherElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	K := s.Args[0]
	vx, vw, vo := &p.Values[s.In[0]], &p.Values[s.In[2]], &p.Values[s.Out]
	var acc acc128
	for k := int64(0); k < K; k++ {
		ix, err := get(s.In[1], j*K+k)
		if err != nil {
			return 0, err
		}
		w, err := get(s.In[2], j*K+k)
		if err != nil {
			return 0, err
		}
		x, err := get(s.In[0], ix)
		if err != nil {
			return 0, err
		}
		acc = acc.addProd(x, w)
	}
	return acc.rshr(uint(int(vx.Scale) + int(vw.Scale) - int(vo.Scale))).int64(a), nil
}

// cropCoord is tf_crop_and_resize's input coordinate of output o: the roi [start, end] of the axis
// (normalised) sampled at out points.
func cropCoord(o float64, outLen, inLen int64, start, end float64) float64 {
	if outLen > 1 {
		return start*float64(inLen-1) + o*(end-start)*float64(inLen-1)/float64(outLen-1)
	}
	return 0.5 * (start + end) * float64(inLen-1)
}

// antialiasTaps are the taps of a downsampling (scale < 1) linear or cubic resize with
// antialias: the filter stretched by 1/scale, normalised to sum 1, over the nearest input points
// (edge-clamped), as ONNX's reference implementation computes them.
func antialiasTaps(mode string, xo, scale float64, n int64, a float64, exclude bool) []tap {
	base := math.Ceil(xo) - 1 // the point left of xo; ratio in (0, 1]
	ratio := xo - base
	var start int64
	var coeff func(t float64) float64
	if mode == "linear" {
		start = int64(math.Floor(-1/scale)) + 1
		coeff = func(t float64) float64 { return math.Max(0, 1-math.Abs(t)) }
	} else {
		start = int64(math.Floor(-2/scale)) + 1
		coeff = func(t float64) float64 {
			t = math.Abs(t)
			switch {
			case t <= 1:
				return float64(float64((a+2)*t*t*t)-float64((a+3)*t*t)) + 1
			case t < 2:
				return float64(float64(a*t*t*t)-float64(5*a*t*t)) + float64(8*a*t) - 4*a
			}
			return 0
		}
	}
	count := 2 - 2*start
	ts := make([]tap, count)
	var sum float64
	for k := int64(0); k < count; k++ {
		off := start + k
		ts[k] = tap{int64(base) + off, coeff(float64(float64(off)-ratio) * scale)}
		sum += ts[k].w
	}
	for k := range ts {
		ts[k].w /= sum
	}
	if exclude {
		sum = 0
		for k := range ts {
			if ts[k].i < 0 || ts[k].i >= n {
				ts[k].w = 0
			}
			sum += ts[k].w
		}
		for k := range ts {
			if sum != 0 {
				ts[k].w /= sum
			}
		}
	}
	for k := range ts {
		ts[k].i = min(max(ts[k].i, 0), n-1)
	}
	return ts
}
