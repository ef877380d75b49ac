package inference

import (
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// lowerGridSample (opset 16/20/22) as the ONNX reference, for any number r of spatial axes, with
// indices and weights computed at run time from the grid and one WeightedGather:
//
//   - each spatial axis d takes grid[…, r−1−d] and denormalises it: x = (g+1)/2·(L−1) with
//     align_corners, else ((g+1)·L − 1)/2; nearest rounds it half to even;
//   - outside [lo, hi] (0 and L−1 with align_corners, else −0.5 and L−0.5) border moves it to the
//     nearest of 0, L−1, reflection reflects it into [lo, hi] (period 2(hi−lo), folded);
//   - taps: nearest x; linear ⌊x⌋, ⌊x⌋+1 with weights 1−f, f; cubic ⌊x⌋−1 … ⌊x⌋+2 with Keys'
//     coefficients (A = −0.75) as polynomials in f = x − ⌊x⌋;
//   - a tap outside [0, L−1] has weight 0 (zeros), is clamped (border) or reflected (reflection);
//   - the flat source index Σ tap_d·stride_d + (n·C + c)·ΠL and the product of the axes' weights
//     feed WeightedGather, K = taps^r per output element.
func lowerGridSample(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	grid, err := c.real(n, 1)
	if err != nil {
		return err
	}
	xs, gs := c.v(x).Shape, c.v(grid).Shape
	r := len(xs) - 2
	if r < 1 || len(gs) != r+2 || gs[0] != xs[0] || gs[r+1] != int64(r) {
		return fmt.Errorf("X %v and grid %v: want [N, C, L…] and [N, O…, %d]", xs, gs, r)
	}
	mode := attrString(n, "mode", "linear")
	switch mode {
	case "bilinear":
		mode = "linear"
	case "bicubic":
		mode = "cubic"
	}
	pad := attrString(n, "padding_mode", "zeros")
	align := attrInt(n, "align_corners", 0) != 0
	if (mode != "linear" && mode != "nearest" && mode != "cubic") || (pad != "zeros" && pad != "border" && pad != "reflection") {
		return &UnsupportedError{Op: "GridSample", Detail: fmt.Sprintf("mode %q, padding_mode %q", mode, pad)}
	}
	N, C := xs[0], xs[1]
	s := c.opt.Scale
	cst := func(f float64) (int32, error) { return c.constReal(nil, []float64{f}, s) }
	mulAdd := func(v int32, a, b float64) (int32, error) { // v·a + b
		ca, err := cst(a)
		if err != nil {
			return 0, err
		}
		if v, err = c.binary(n, OpMul, v, ca); err != nil {
			return 0, err
		}
		if b == 0 {
			return v, nil
		}
		cb, err := cst(b)
		if err != nil {
			return 0, err
		}
		return c.binary(n, OpAdd, v, cb)
	}
	floor := func(v int32) (int32, error) { return c.unary(n, OpRound, v, RoundFloor) }
	clip := func(v int32, lo, hi float64) (int32, error) {
		ql, err := Quantize(lo, c.v(v).Scale)
		if err != nil {
			return 0, err
		}
		qh, err := Quantize(hi, c.v(v).Scale)
		if err != nil {
			return 0, err
		}
		return c.unary(n, OpClip, v, ql, qh)
	}
	// reflect folds v into [lo, hi]: u = v − lo, t = u − 2R·⌊u / 2R⌋, lo + R − |t − R|.
	reflect := func(v int32, lo, hi float64) (int32, error) {
		R := hi - lo
		if R <= 0 {
			return clip(v, lo, lo)
		}
		u, err := mulAdd(v, 1, -lo)
		if err != nil {
			return 0, err
		}
		k, err := mulAdd(u, 1/(2*R), 0)
		if err != nil {
			return 0, err
		}
		if k, err = floor(k); err != nil {
			return 0, err
		}
		if k, err = mulAdd(k, 2*R, 0); err != nil {
			return 0, err
		}
		t, err := c.binary(n, OpSub, u, k)
		if err != nil {
			return 0, err
		}
		if t, err = mulAdd(t, 1, -R); err != nil {
			return 0, err
		}
		if t, err = c.unary(n, OpAbs, t); err != nil {
			return 0, err
		}
		return mulAdd(t, -1, lo+R)
	}
	// outside replaces v by a where test < lo and by b where test > hi.
	outside := func(test, v int32, lo, hi float64, a, b int32) (int32, error) {
		for _, side := range []struct {
			kind  int64
			bound float64
			with  int32
		}{{CmpLess, lo, a}, {CmpGreater, hi, b}} {
			cb, err := cst(side.bound)
			if err != nil {
				return 0, err
			}
			cond, err := c.compare(n, side.kind, test, cb)
			if err != nil {
				return 0, err
			}
			if v, err = c.where(n, cond, side.with, v); err != nil {
				return 0, err
			}
		}
		return v, nil
	}
	// horner evaluates Σ cs[i]·t^(len−1−i).
	horner := func(t int32, cs ...float64) (int32, error) {
		acc, err := cst(cs[0])
		if err != nil {
			return 0, err
		}
		for _, k := range cs[1:] {
			if acc, err = c.binary(n, OpMul, acc, t); err != nil {
				return 0, err
			}
			if acc, err = mulAdd(acc, 1, k); err != nil {
				return 0, err
			}
		}
		return acc, nil
	}
	outSp := gs[1 : r+1]
	col := append(append([]int64{N}, outSp...), 1) // [N, O…, 1]
	var idx, wts int32 = -1, -1
	stride := int64(1)
	for d := r - 1; d >= 0; d-- {
		L := xs[2+d]
		lo, hi := -0.5, float64(L)-0.5
		if align {
			lo, hi = 0, float64(L-1)
		}
		g, err := c.sliceAxis(n, grid, r+1, int64(r-1-d), int64(r-d), 1)
		if err != nil {
			return err
		}
		var v int32
		if align {
			v, err = mulAdd(g, float64(L-1)/2, float64(L-1)/2)
		} else {
			v, err = mulAdd(g, float64(L)/2, float64(L-1)/2)
		}
		if err != nil {
			return err
		}
		if mode == "nearest" {
			if v, err = c.unary(n, OpRound, v, RoundHalfEven); err != nil {
				return err
			}
		}
		switch pad {
		case "border":
			z, err := cst(0)
			if err != nil {
				return err
			}
			e, err := cst(float64(L - 1))
			if err != nil {
				return err
			}
			if v, err = outside(v, v, lo, hi, z, e); err != nil {
				return err
			}
		case "reflection":
			if v, err = reflect(v, lo, hi); err != nil {
				return err
			}
		}
		var taps, ws []int32
		switch mode {
		case "nearest":
			taps = []int32{v}
		default:
			x0, err := floor(v)
			if err != nil {
				return err
			}
			f, err := c.binary(n, OpSub, v, x0)
			if err != nil {
				return err
			}
			u, err := mulAdd(f, -1, 1)
			if err != nil {
				return err
			}
			first, count := 0.0, 2
			if mode == "linear" {
				ws = []int32{u, f}
			} else {
				const A = -0.75
				first, count = -1, 4
				for _, p := range []struct {
					t  int32
					cs []float64
				}{{f, []float64{A, -2 * A, A, 0}}, {f, []float64{A + 2, -(A + 3), 0, 1}},
					{u, []float64{A + 2, -(A + 3), 0, 1}}, {u, []float64{A, -2 * A, A, 0}}} {
					w, err := horner(p.t, p.cs...)
					if err != nil {
						return err
					}
					ws = append(ws, w)
				}
			}
			for i := 0; i < count; i++ {
				ti := x0
				if off := first + float64(i); off != 0 {
					if ti, err = mulAdd(x0, 1, off); err != nil {
						return err
					}
				}
				taps = append(taps, ti)
			}
		}
		if ws == nil && pad == "zeros" {
			one, err := cst(1)
			if err != nil {
				return err
			}
			ws = []int32{one}
		}
		ints := make([]int32, len(taps))
		for i, ti := range taps {
			switch pad {
			case "zeros":
				z, err := cst(0)
				if err != nil {
					return err
				}
				if ws[i], err = outside(ti, ws[i], 0, float64(L-1), z, z); err != nil {
					return err
				}
			case "reflection":
				if ti, err = reflect(ti, lo, hi); err != nil {
					return err
				}
			}
			if ti, err = clip(ti, 0, float64(L-1)); err != nil {
				return err
			}
			if ti, err = mulAdd(ti, float64(stride), 0); err != nil {
				return err
			}
			if ints[i], err = c.emit(n, OpCast, []int32{ti}, Value{Int: true, DType: dtInt64, Shape: c.v(ti).Shape}, nil); err != nil {
				return err
			}
			if ws != nil {
				if ws[i], err = c.emit(n, OpExpand, []int32{ws[i]}, c.like(ws[i], col), nil); err != nil {
					return err
				}
			}
		}
		// Axis d's taps on an axis of their own: [N, O…, 1…, T, 1…] (d's place among r).
		tapShape := append([]int64{}, col[:r+1]...)
		for e := 0; e < r; e++ {
			tapShape = append(tapShape, 1)
		}
		tapShape[r+1+d] = int64(len(taps))
		ti, err := c.concat(n, r+1, ints...)
		if err != nil {
			return err
		}
		if ti, err = c.reshapeTo(n, ti, tapShape); err != nil {
			return err
		}
		if idx < 0 {
			idx = ti
		} else if idx, err = c.binary(n, OpAdd, idx, ti); err != nil {
			return err
		}
		if ws != nil {
			al, err := c.alignScales(n, ws)
			if err != nil {
				return err
			}
			w, err := c.concat(n, r+1, al...)
			if err != nil {
				return err
			}
			if w, err = c.reshapeTo(n, w, tapShape); err != nil {
				return err
			}
			if wts < 0 {
				wts = w
			} else if wts, err = c.binary(n, OpMul, wts, w); err != nil {
				return err
			}
		}
		stride *= L
	}
	// idx: [N, O…, taps per axis…] → [N, 1, O…, K] + (n·C + c)·ΠL.
	is := c.v(idx).Shape
	K := numel(is[r+1:])
	flat := append(append([]int64{N, 1}, outSp...), K)
	if idx, err = c.reshapeTo(n, idx, flat); err != nil {
		return err
	}
	baseShape := make([]int64, len(flat))
	for i := range baseShape {
		baseShape[i] = 1
	}
	baseShape[0], baseShape[1] = N, C
	base := make([]int64, N*C)
	for i := range base {
		base[i] = int64(i) * stride
	}
	full := append(append([]int64{N, C}, outSp...), K)
	if idx, err = c.binary(n, OpAdd, idx, c.constInt(dtInt64, baseShape, base)); err != nil {
		return err
	}
	if wts < 0 {
		if wts, err = cst(1); err != nil {
			return err
		}
	} else if wts, err = c.reshapeTo(n, wts, flat); err != nil {
		return err
	}
	if wts, err = c.emit(n, OpExpand, []int32{wts}, c.like(wts, full), nil); err != nil {
		return err
	}
	return c.bindTo(n)(c.emit(n, OpWeightedGather, []int32{x, idx, wts}, c.like(x, full[:len(full)-1]), []int64{K}))
}

// lowerAffineGrid (opset 20): the constant homogeneous grid of the output size — (x, y[, z], 1),
// x fastest, each coordinate −1 + 2i/(L−1) with align_corners, else −1 + (2i+1)/L — times θᵀ,
// one MatMul: [P, r+1] · [N, r+1, r] → [N, spatial…, r].
func lowerAffineGrid(c *compiler, n *onnx.Node) error {
	theta, err := c.real(n, 0)
	if err != nil {
		return err
	}
	sid, err := c.in(n, 1)
	if err != nil {
		return err
	}
	size, err := c.constInts(sid)
	if err != nil {
		return err
	}
	ts := c.v(theta).Shape
	r := len(size) - 2
	if (r != 2 && r != 3) || len(ts) != 3 || ts[1] != int64(r) || ts[2] != int64(r+1) || ts[0] != size[0] {
		return fmt.Errorf("theta %v for size %v", ts, size)
	}
	sp := size[2:]
	P := numel(sp)
	align := attrInt(n, "align_corners", 0) != 0
	coord := func(i, L int64) float64 {
		if align {
			if L == 1 {
				return -1
			}
			return -1 + 2*float64(i)/float64(L-1)
		}
		return -1 + float64(2*i+1)/float64(L)
	}
	base := make([]float64, 0, P*int64(r+1))
	idx := make([]int64, r)
	for p := int64(0); p < P; p++ {
		unflatten(p, sp, idx)
		for d := r - 1; d >= 0; d-- { // x (the last axis) first
			base = append(base, coord(idx[d], sp[d]))
		}
		base = append(base, 1)
	}
	bc, err := c.constReal([]int64{P, int64(r + 1)}, base, c.opt.Scale)
	if err != nil {
		return err
	}
	tt, err := c.transpose(n, theta, []int64{0, 2, 1})
	if err != nil {
		return err
	}
	g, err := c.matmul(n, bc, tt, -1)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.reshapeTo(n, g, append(append([]int64{ts[0]}, sp...), int64(r))))
}

// lowerRoiAlign (opset 16, a constant sampling_ratio): per roi, the S×S sample points of every
// output bin are computed at run time along each axis (start + bin·(p + (i + ½)/S)), clamped as the
// reference does (outside [−1, L] weight 0; at or past L − 1 both taps are L − 1), and their two
// taps and linear weights combined across the axes into flat indices (with the roi's batch index)
// and weights: avg is one WeightedGather with the weights divided by S²; max takes every weighted
// tap on its own (K = 1) and ReduceMax, as the reference's max of w·x does. sampling_ratio = 0
// (a sample count that depends on the roi's size) is refused.
func lowerRoiAlign(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	rois, err := c.real(n, 1)
	if err != nil {
		return err
	}
	bi, err := c.in(n, 2)
	if err != nil {
		return err
	}
	xs, rs := c.v(x).Shape, c.v(rois).Shape
	if len(xs) != 4 || len(rs) != 2 || rs[1] != 4 || !c.v(bi).Int || c.v(bi).Len() != rs[0] {
		return fmt.Errorf("X %v, rois %v, batch_indices %v", xs, rs, c.v(bi).Shape)
	}
	S := attrInt(n, "sampling_ratio", 0)
	if S <= 0 {
		return &UnsupportedError{Op: "RoiAlign", Detail: "sampling_ratio 0 (a per-roi sample count that depends on the rois' values)"}
	}
	mode := attrString(n, "mode", "avg")
	if mode != "avg" && mode != "max" {
		return &UnsupportedError{Op: "RoiAlign", Detail: fmt.Sprintf("mode %q", mode)}
	}
	half := attrString(n, "coordinate_transformation_mode", "half_pixel") == "half_pixel"
	OH, OW := attrInt(n, "output_height", 1), attrInt(n, "output_width", 1)
	scale := attrFloat(n, "spatial_scale", 1)
	R, C, H, W := rs[0], xs[1], xs[2], xs[3]
	s := c.opt.Scale
	var e error
	k := func(f float64) int32 {
		id, err := c.constReal(nil, []float64{f}, s)
		if e == nil {
			e = err
		}
		return id
	}
	bin := func(op OpCode, a, b int32) int32 {
		if e != nil {
			return 0
		}
		id, err := c.binary(n, op, a, b)
		e = err
		return id
	}
	un := func(op OpCode, a int32, args ...int64) int32 {
		if e != nil {
			return 0
		}
		id, err := c.unary(n, op, a, args...)
		e = err
		return id
	}
	cmp := func(kind int64, a, b int32) int32 {
		if e != nil {
			return 0
		}
		id, err := c.compare(n, kind, a, b)
		e = err
		return id
	}
	wh := func(cond, a, b int32) int32 {
		if e != nil {
			return 0
		}
		id, err := c.where(n, cond, a, b)
		e = err
		return id
	}
	off := 0.0
	if half {
		off = 0.5
	}
	// axis returns, for one axis (column lo/hi of rois, length L, bins O), the taps [R, O, S, 2]
	// as integer-valued reals and their weights.
	axis := func(col int64, L, O int64) (int32, int32) {
		if e != nil {
			return 0, 0
		}
		st, err := c.sliceAxis(n, rois, 1, col, col+1, 1)
		if err != nil {
			e = err
			return 0, 0
		}
		en, err := c.sliceAxis(n, rois, 1, col+2, col+3, 1)
		if err != nil {
			e = err
			return 0, 0
		}
		st = bin(OpSub, bin(OpMul, st, k(scale)), k(off))
		en = bin(OpSub, bin(OpMul, en, k(scale)), k(off))
		size := bin(OpSub, en, st)
		if !half {
			size = bin(OpMax, size, k(1))
		}
		binSz := bin(OpMul, size, k(1/float64(O)))
		a := make([]float64, O*S)
		for p := int64(0); p < O; p++ {
			for i := int64(0); i < S; i++ {
				a[p*S+i] = float64(p) + (float64(i)+0.5)/float64(S)
			}
		}
		ac, err := c.constReal([]int64{1, O * S}, a, s)
		if err != nil {
			e = err
			return 0, 0
		}
		y := bin(OpAdd, st, bin(OpMul, binSz, ac)) // [R, O·S]
		valid := wh(cmp(CmpLess, y, k(-1)), k(0), k(1))
		valid = wh(cmp(CmpGreater, y, k(float64(L))), k(0), valid)
		y = bin(OpMax, y, k(0))
		lo := un(OpRound, y, RoundFloor)
		edge := cmp(CmpGreaterOrEqual, lo, k(float64(L-1)))
		lo = wh(edge, k(float64(L-1)), lo)
		hi := wh(edge, k(float64(L-1)), bin(OpAdd, lo, k(1)))
		y = wh(edge, k(float64(L-1)), y)
		ly := bin(OpSub, y, lo)
		hy := bin(OpSub, k(1), ly)
		hy, ly = bin(OpMul, hy, valid), bin(OpMul, ly, valid)
		if e != nil {
			return 0, 0
		}
		stack := func(p, q int32) int32 {
			if e != nil {
				return 0
			}
			pq, err := c.alignScales(n, []int32{p, q})
			if err != nil {
				e = err
				return 0
			}
			for i := range pq {
				if pq[i], err = c.reshapeTo(n, pq[i], []int64{R, O, S, 1}); err != nil {
					e = err
					return 0
				}
			}
			id, err := c.concat(n, 3, pq...)
			e = err
			return id
		}
		return stack(lo, hi), stack(hy, ly)
	}
	yi, yw := axis(1, H, OH)
	xi, xw := axis(0, W, OW)
	if e != nil {
		return e
	}
	full := []int64{R, C, OH, OW, S, S, 2, 2}
	rsh := func(id int32, shape ...int64) int32 {
		if e != nil {
			return 0
		}
		r, err := c.reshapeTo(n, id, shape)
		e = err
		return r
	}
	toInt := func(id int32) int32 {
		if e != nil {
			return 0
		}
		r, err := c.emit(n, OpCast, []int32{id}, Value{Int: true, DType: dtInt64, Shape: c.v(id).Shape}, nil)
		e = err
		return r
	}
	yI := rsh(toInt(yi), R, 1, OH, 1, S, 1, 2, 1)
	xI := rsh(toInt(xi), R, 1, 1, OW, 1, S, 1, 2)
	b := bi
	if e == nil && c.v(b).DType != dtInt64 {
		b, e = c.emit(n, OpCast, []int32{b}, Value{Int: true, DType: dtInt64, Shape: c.v(b).Shape}, nil)
	}
	b = rsh(b, R, 1, 1, 1, 1, 1, 1, 1)
	base := bin(OpMul, b, c.intConst(dtInt64, []int64{}, C*H*W))
	cs := make([]int64, C)
	for i := range cs {
		cs[i] = int64(i) * H * W
	}
	base = bin(OpAdd, base, c.constInt(dtInt64, []int64{1, C, 1, 1, 1, 1, 1, 1}, cs))
	idx := bin(OpAdd, bin(OpAdd, bin(OpMul, yI, c.intConst(dtInt64, []int64{}, W)), xI), base)
	w := bin(OpMul, rsh(yw, R, 1, OH, 1, S, 1, 2, 1), rsh(xw, R, 1, 1, OW, 1, S, 1, 2))
	if mode == "avg" {
		w = bin(OpMul, w, k(1/float64(S*S)))
	}
	if e != nil {
		return e
	}
	if w, err = c.emit(n, OpExpand, []int32{w}, c.like(w, full), nil); err != nil {
		return err
	}
	K := S * S * 4
	if mode == "avg" {
		return c.bindTo(n)(c.emit(n, OpWeightedGather, []int32{x, idx, w}, c.like(x, []int64{R, C, OH, OW}), []int64{K}))
	}
	taps, err := c.emit(n, OpWeightedGather, []int32{x, idx, w}, c.like(x, []int64{R, C, OH, OW, K}), []int64{1})
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.reduceAxes(n, taps, ReduceMax, false, 4))
}
