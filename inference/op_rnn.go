package inference

import (
	"fmt"
	"strings"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// RNN, GRU and LSTM are unrolled over their static sequence length into MatMul, Add, Mul and the
// activations' ops (Sigmoid and Tanh are tables): no recurrent program op exists, so a layer of T
// steps becomes O(T·gates) steps of the existing ops.
//
// Per direction, the input projections of all steps come first (X·W_gᵀ + biases, one MatMul per
// gate for the whole sequence), then each time step gathers its row and adds H·R_gᵀ. With
// sequence_lens, steps past an entry's length leave its state unchanged and write zeros to Y (a
// Where on a mask; folded away when the lengths are constant and cover the step).

type recurrentSpec struct {
	gates    int      // weight blocks: RNN i; GRU z, r, h; LSTM i, o, f, c
	defaults []string // activations f, g, h per direction
}

var recurrentSpecs = map[string]recurrentSpec{
	"RNN":  {1, []string{"Tanh"}},
	"GRU":  {3, []string{"Sigmoid", "Tanh"}},
	"LSTM": {4, []string{"Sigmoid", "Tanh", "Tanh"}},
}

type activation struct {
	name        string // lower case
	alpha, beta float64
}

// activationArgs: which functions take alpha and beta (consumed from activation_alpha and
// activation_beta in order, by those functions only, as onnxruntime does), and their defaults.
var activationArgs = map[string]struct {
	alpha, beta       bool
	defAlpha, defBeta float64
}{
	"sigmoid": {}, "tanh": {}, "relu": {}, "softsign": {}, "softplus": {},
	"leakyrelu": {alpha: true, defAlpha: 0.01}, "thresholdedrelu": {alpha: true, defAlpha: 1}, "elu": {alpha: true, defAlpha: 1},
	"hardsigmoid": {alpha: true, beta: true, defAlpha: 0.2, defBeta: 0.5},
	"affine":      {alpha: true, beta: true, defAlpha: 1, defBeta: 0},
	"scaledtanh":  {alpha: true, beta: true, defAlpha: 1, defBeta: 1},
}

func recurrentActivations(n *onnx.Node, spec recurrentSpec, dirs int) ([]activation, error) {
	names := attrStrings(n, "activations")
	if names == nil {
		for range dirs {
			names = append(names, spec.defaults...)
		}
	}
	if len(names) != dirs*len(spec.defaults) {
		return nil, fmt.Errorf("%d activations for %d direction(s) of %d functions", len(names), dirs, len(spec.defaults))
	}
	alphas, betas := attrFloats(n, "activation_alpha"), attrFloats(n, "activation_beta")
	acts := make([]activation, len(names))
	for i, name := range names {
		a := activation{name: strings.ToLower(name)}
		args, ok := activationArgs[a.name]
		if !ok {
			return nil, &UnsupportedError{Op: n.OpType, Detail: fmt.Sprintf("activation %q", name)}
		}
		if args.alpha {
			a.alpha = args.defAlpha
			if len(alphas) > 0 {
				a.alpha, alphas = alphas[0], alphas[1:]
			}
		}
		if args.beta {
			a.beta = args.defBeta
			if len(betas) > 0 {
				a.beta, betas = betas[0], betas[1:]
			}
		}
		acts[i] = a
	}
	return acts, nil
}

// activate applies an activation function.
func (c *compiler) activate(n *onnx.Node, x int32, a activation) (int32, error) {
	f := func(name string, v float64) onnx.Attr { return onnx.Attr{Name: name, Type: onnx.AttrFloat, F: v} }
	label := n.Name + "/" + a.name
	switch a.name {
	case "sigmoid", "tanh":
		return c.applyTable(n, x, a.name)
	case "relu":
		return c.emit(n, OpRelu, []int32{x}, c.like(x, c.v(x).Shape), nil)
	case "softsign":
		return c.apply(label, "Softsign", []int32{x})
	case "softplus":
		return c.apply(label, "Softplus", []int32{x})
	case "leakyrelu":
		return c.apply(label, "LeakyRelu", []int32{x}, f("alpha", a.alpha))
	case "thresholdedrelu":
		return c.apply(label, "ThresholdedRelu", []int32{x}, f("alpha", a.alpha))
	case "elu":
		return c.apply(label, "Elu", []int32{x}, f("alpha", a.alpha))
	case "hardsigmoid":
		return c.apply(label, "HardSigmoid", []int32{x}, f("alpha", a.alpha), f("beta", a.beta))
	case "affine":
		y, err := c.scaleBy(n, x, a.alpha)
		if err != nil {
			return 0, err
		}
		b, err := c.scalarConst(a.beta, c.v(y).Scale)
		if err != nil {
			return 0, err
		}
		return c.binary(n, OpAdd, y, b)
	case "scaledtanh":
		y, err := c.scaleBy(n, x, a.beta)
		if err != nil {
			return 0, err
		}
		if y, err = c.applyTable(n, y, "tanh"); err != nil {
			return 0, err
		}
		return c.scaleBy(n, y, a.alpha)
	}
	return 0, &UnsupportedError{Op: n.OpType, Detail: fmt.Sprintf("activation %q", a.name)}
}

// recurrent holds one RNN/GRU/LSTM node's operands, normalised to layout 0.
type recurrent struct {
	n                    *onnx.Node
	spec                 recurrentSpec
	T, B, I, H           int64
	x                    int32 // [T, B, I]
	w, r, bias           int32 // bias -1 if absent
	lens                 int32 // -1 if absent
	initH, initC, peep   int32 // -1 if absent
	layout               int64
	clip                 float64 // 0: none
	linearBeforeReset    bool
	inputForget          bool
	acts                 []activation
	stepNodes            map[string]*onnx.Node
	zeroBH               int32 // zeros [B, H]
	one                  int32 // scalar 1
	lensKnown            []int64
	lensRuntime, hasLens bool
}

func lowerRecurrent(c *compiler, n *onnx.Node) error {
	spec := recurrentSpecs[n.OpType]
	rc := &recurrent{n: n, spec: spec, bias: -1, lens: -1, initH: -1, initC: -1, peep: -1, stepNodes: map[string]*onnx.Node{}}
	var err error
	if rc.x, err = c.real(n, 0); err != nil {
		return err
	}
	if rc.w, err = c.real(n, 1); err != nil {
		return err
	}
	if rc.r, err = c.real(n, 2); err != nil {
		return err
	}
	opt := func(i int, dst *int32, real bool) error {
		if !c.has(n, i) {
			return nil
		}
		var e error
		if real {
			*dst, e = c.real(n, i)
		} else {
			*dst, e = c.in(n, i)
		}
		return e
	}
	for _, o := range []struct {
		i    int
		dst  *int32
		real bool
	}{{3, &rc.bias, true}, {4, &rc.lens, false}, {5, &rc.initH, true}} {
		if err := opt(o.i, o.dst, o.real); err != nil {
			return err
		}
	}
	if n.OpType == "LSTM" {
		if err := opt(6, &rc.initC, true); err != nil {
			return err
		}
		if err := opt(7, &rc.peep, true); err != nil {
			return err
		}
	}
	dirs := 1
	reverse := false
	switch d := attrString(n, "direction", "forward"); d {
	case "forward":
	case "reverse":
		reverse = true
	case "bidirectional":
		dirs = 2
	default:
		return fmt.Errorf("direction %q", d)
	}
	rc.layout = attrInt(n, "layout", 0)
	if rc.layout != 0 && rc.layout != 1 {
		return fmt.Errorf("layout %d", rc.layout)
	}
	if a, ok := n.Attr("clip"); ok {
		if a.F <= 0 {
			return fmt.Errorf("clip %v must be positive", a.F)
		}
		rc.clip = a.F
	}
	rc.linearBeforeReset = attrInt(n, "linear_before_reset", 0) != 0
	rc.inputForget = attrInt(n, "input_forget", 0) != 0
	if rc.acts, err = recurrentActivations(n, spec, dirs); err != nil {
		return err
	}
	xs := c.v(rc.x).Shape
	if len(xs) != 3 {
		return fmt.Errorf("X has shape %v, not rank 3", xs)
	}
	if rc.layout == 1 {
		if rc.x, err = c.transpose(n, rc.x, []int64{1, 0, 2}); err != nil {
			return err
		}
		xs = c.v(rc.x).Shape
	}
	rc.T, rc.B, rc.I = xs[0], xs[1], xs[2]
	ws, rs := c.v(rc.w).Shape, c.v(rc.r).Shape
	if len(rs) != 3 {
		return fmt.Errorf("R has shape %v, not rank 3", rs)
	}
	rc.H = attrInt(n, "hidden_size", rs[2])
	G := int64(spec.gates)
	if !sameShape(ws, []int64{int64(dirs), G * rc.H, rc.I}) || !sameShape(rs, []int64{int64(dirs), G * rc.H, rc.H}) {
		return fmt.Errorf("W %v and R %v for %d direction(s), %d gates, hidden size %d and input size %d", ws, rs, dirs, G, rc.H, rc.I)
	}
	if rc.bias >= 0 && !sameShape(c.v(rc.bias).Shape, []int64{int64(dirs), 2 * G * rc.H}) {
		return fmt.Errorf("B has shape %v", c.v(rc.bias).Shape)
	}
	if rc.peep >= 0 && !sameShape(c.v(rc.peep).Shape, []int64{int64(dirs), 3 * rc.H}) {
		return fmt.Errorf("P has shape %v", c.v(rc.peep).Shape)
	}
	state := []int64{int64(dirs), rc.B, rc.H}
	if rc.layout == 1 {
		state = []int64{rc.B, int64(dirs), rc.H}
	}
	for _, id := range []int32{rc.initH, rc.initC} {
		if id >= 0 && !sameShape(c.v(id).Shape, state) {
			return fmt.Errorf("initial state of shape %v, want %v", c.v(id).Shape, state)
		}
	}
	if rc.T == 0 {
		return &UnsupportedError{Op: n.OpType, Detail: "an empty sequence"}
	}
	if rc.lens >= 0 {
		lv := c.v(rc.lens)
		if !lv.Int || !sameShape(lv.Shape, []int64{rc.B}) {
			return fmt.Errorf("sequence_lens must be integers of shape [%d]", rc.B)
		}
		rc.hasLens = true
		if lv.Const != nil {
			rc.lensKnown = lv.Const
			full := true
			for _, l := range lv.Const {
				if l < 0 || l > rc.T {
					return fmt.Errorf("sequence length %d outside [0, %d]", l, rc.T)
				}
				full = full && l == rc.T
			}
			rc.hasLens = !full
		} else {
			rc.lensRuntime = true
		}
	}
	rc.zeroBH = c.add(Value{Scale: c.opt.Scale, Shape: []int64{rc.B, rc.H}, Const: make([]int64, rc.B*rc.H)})
	if rc.one, err = c.scalarConst(1, c.opt.Scale); err != nil {
		return err
	}
	Y := make([][]int32, dirs) // per direction, per time step (time order)
	hs := make([]int32, dirs)
	cs := make([]int32, dirs)
	for d := range dirs {
		acts := rc.acts[d*len(spec.defaults) : (d+1)*len(spec.defaults)]
		if Y[d], hs[d], cs[d], err = c.recurrentDirection(rc, d, reverse || d == 1, acts); err != nil {
			return err
		}
	}
	// Y: [T, D, B, H] (layout 1: [B, T, D, H]); Y_h, Y_c: [D, B, H] (layout 1: [B, D, H]).
	if len(n.Outputs) > 0 && n.Outputs[0] != "" {
		var y int32
		if dirs == 1 {
			y, err = c.stackAs(n, Y[0], 0, []int64{rc.T, 1, rc.B, rc.H})
		} else {
			per := make([]int32, dirs)
			for d := range dirs {
				if per[d], err = c.stack(n, Y[d], 0); err != nil { // [T, B, H]
					return err
				}
			}
			y, err = c.stack(n, per, 1) // [T, D, B, H]
		}
		if err != nil {
			return err
		}
		if rc.layout == 1 {
			if y, err = c.transpose(n, y, []int64{2, 0, 1, 3}); err != nil {
				return err
			}
		}
		c.bind(n, 0, y)
	}
	for i, final := range [][]int32{hs, cs} {
		if len(n.Outputs) <= i+1 || n.Outputs[i+1] == "" {
			continue
		}
		if n.OpType != "LSTM" && i == 1 {
			return fmt.Errorf("%s has no cell state output", n.OpType)
		}
		id, err := c.stack(n, final, int(rc.layout))
		if err != nil {
			return err
		}
		c.bind(n, i+1, id)
	}
	return nil
}

// rows gathers rows [k·H, (k+1)·H) of x along axis.
func (c *compiler) rows(n *onnx.Node, x int32, k, h int64, axis int) (int32, error) {
	idx := make([]int64, h)
	for i := range idx {
		idx[i] = k*h + int64(i)
	}
	in := c.v(x).Shape
	shape := append([]int64{}, in...)
	shape[axis] = h
	return c.emit(n, OpGather, []int32{x, c.intConst(dtInt64, []int64{h}, idx...)}, c.like(x, shape), []int64{int64(axis)})
}

// step returns a node labelling the steps of one time step of one direction.
func (rc *recurrent) step(d int, t int64) *onnx.Node {
	name := fmt.Sprintf("%s/d%d/t%d", short(rc.n), d, t)
	if s, ok := rc.stepNodes[name]; ok {
		return s
	}
	s := &onnx.Node{Name: name, OpType: rc.n.OpType}
	rc.stepNodes[name] = s
	return s
}

// recurrentDirection unrolls one direction and returns its Y per time step (in time order) and
// its final hidden and cell states.
func (c *compiler) recurrentDirection(rc *recurrent, d int, reverse bool, acts []activation) (ys []int32, hFinal, cFinal int32, err error) {
	n := &onnx.Node{Name: fmt.Sprintf("%s/d%d", short(rc.n), d), OpType: rc.n.OpType}
	G, H := int64(rc.spec.gates), rc.H
	di := c.intConst(dtInt64, []int64{}, int64(d))
	w, err := c.gatherAt(n, rc.w, di, 0) // [G·H, I]
	if err != nil {
		return nil, 0, 0, err
	}
	r, err := c.gatherAt(n, rc.r, di, 0) // [G·H, H]
	if err != nil {
		return nil, 0, 0, err
	}
	var b int32 = -1
	if rc.bias >= 0 {
		if b, err = c.gatherAt(n, rc.bias, di, 0); err != nil { // [2·G·H]: Wb then Rb
			return nil, 0, 0, err
		}
	}
	// xw[g] = X·W_gᵀ + Wb_g + Rb_g: [T, B, H] (GRU with linear_before_reset keeps Rb_h apart).
	xw := make([]int32, G)
	rt := make([]int32, G)
	rbH := int32(-1)
	for g := range G {
		wg, err := c.rows(n, w, g, H, 0)
		if err != nil {
			return nil, 0, 0, err
		}
		if wg, err = c.transpose(n, wg, []int64{1, 0}); err != nil {
			return nil, 0, 0, err
		}
		rg, err := c.rows(n, r, g, H, 0)
		if err != nil {
			return nil, 0, 0, err
		}
		if rt[g], err = c.transpose(n, rg, []int64{1, 0}); err != nil {
			return nil, 0, 0, err
		}
		bias := int32(-1)
		if b >= 0 {
			wb, err := c.rows(n, b, g, H, 0)
			if err != nil {
				return nil, 0, 0, err
			}
			rb, err := c.rows(n, b, G+g, H, 0)
			if err != nil {
				return nil, 0, 0, err
			}
			bias = wb
			if rc.n.OpType == "GRU" && g == 2 && rc.linearBeforeReset {
				rbH = rb
			} else if bias, err = c.sum(n, wb, rb); err != nil {
				return nil, 0, 0, err
			}
		}
		if bias >= 0 && c.v(bias).Const != nil {
			// A constant bias joins the product's accumulator, at scale sx+sw, exactly (as Gemm's).
			if bias, err = c.rescaleConst(n, bias, c.v(rc.x).Scale+c.v(wg).Scale, 1); err != nil {
				return nil, 0, 0, err
			}
			if xw[g], err = c.matmul(n, rc.x, wg, bias); err != nil {
				return nil, 0, 0, err
			}
			continue
		}
		if xw[g], err = c.matmul(n, rc.x, wg, -1); err != nil {
			return nil, 0, 0, err
		}
		if bias >= 0 {
			if xw[g], err = c.sum(n, xw[g], bias); err != nil {
				return nil, 0, 0, err
			}
		}
	}
	var peep [3]int32 // LSTM i, o, f
	if rc.peep >= 0 {
		p, err := c.gatherAt(n, rc.peep, di, 0)
		if err != nil {
			return nil, 0, 0, err
		}
		for k := range peep {
			if peep[k], err = c.rows(n, p, int64(k), H, 0); err != nil {
				return nil, 0, 0, err
			}
		}
	}
	initial := func(id int32) (int32, error) {
		if id < 0 {
			return rc.zeroBH, nil
		}
		return c.gatherAt(n, id, di, int(rc.layout))
	}
	h, err := initial(rc.initH)
	if err != nil {
		return nil, 0, 0, err
	}
	cell, err := initial(rc.initC)
	if err != nil {
		return nil, 0, 0, err
	}
	ys = make([]int32, rc.T)
	for k := range rc.T {
		t := k
		if reverse {
			t = rc.T - 1 - k
		}
		sn := rc.step(d, t)
		// mask: which batch entries are still inside their sequence at t.
		active, all, none := int32(-1), true, false
		if rc.hasLens {
			if rc.lensKnown != nil {
				mask := make([]int64, rc.B)
				none = true
				for i, l := range rc.lensKnown {
					if t < l {
						mask[i] = 1
						none = false
					} else {
						all = false
					}
				}
				if !all && !none {
					active = c.intConst(dtBool, []int64{rc.B, 1}, mask...)
				}
			} else {
				all = false
				tc := c.intConst(c.v(rc.lens).DType, []int64{}, t)
				cmp, err := c.emit(sn, OpCompare, []int32{tc, rc.lens}, Value{Int: true, DType: dtBool, Shape: []int64{rc.B}}, []int64{CmpLess})
				if err != nil {
					return nil, 0, 0, err
				}
				if active, err = c.reshapeTo(sn, cmp, []int64{rc.B, 1}); err != nil {
					return nil, 0, 0, err
				}
			}
		}
		if none {
			ys[t] = rc.zeroBH
			continue
		}
		ti := c.intConst(dtInt64, []int64{}, t)
		pre := func(g int64, hIn int32) (int32, error) { // X_t·W_gᵀ + biases + H·R_gᵀ
			x, err := c.gatherAt(sn, xw[g], ti, 0)
			if err != nil {
				return 0, err
			}
			hr, err := c.matmul(sn, hIn, rt[g], -1)
			if err != nil {
				return 0, err
			}
			return c.sum(sn, x, hr)
		}
		act := func(x int32, a activation) (int32, error) {
			if rc.clip > 0 {
				lo, err := Quantize(-rc.clip, c.v(x).Scale)
				if err != nil {
					return 0, err
				}
				if x, err = c.emit(sn, OpClip, []int32{x}, c.like(x, c.v(x).Shape), []int64{lo, -lo}); err != nil {
					return 0, err
				}
			}
			return c.activate(sn, x, a)
		}
		var hNew, cNew int32 = -1, -1
		switch rc.n.OpType {
		case "RNN":
			a, err := pre(0, h)
			if err != nil {
				return nil, 0, 0, err
			}
			if hNew, err = act(a, acts[0]); err != nil {
				return nil, 0, 0, err
			}
		case "GRU":
			hNew, err = c.gruStep(rc, sn, h, ti, xw, rt, rbH, pre, act, acts)
			if err != nil {
				return nil, 0, 0, err
			}
		case "LSTM":
			hNew, cNew, err = c.lstmStep(rc, sn, h, cell, pre, act, acts, peep)
			if err != nil {
				return nil, 0, 0, err
			}
		}
		if all {
			h, ys[t] = hNew, hNew
			if cNew >= 0 {
				cell = cNew
			}
			continue
		}
		if ys[t], err = c.emit(sn, OpWhere, []int32{active, hNew, rc.zeroBH}, c.like(hNew, c.v(hNew).Shape), nil); err != nil {
			return nil, 0, 0, err
		}
		if h, err = c.emit(sn, OpWhere, []int32{active, hNew, h}, c.like(hNew, c.v(hNew).Shape), nil); err != nil {
			return nil, 0, 0, err
		}
		if cNew >= 0 {
			if cell, err = c.emit(sn, OpWhere, []int32{active, cNew, cell}, c.like(cNew, c.v(cNew).Shape), nil); err != nil {
				return nil, 0, 0, err
			}
		}
	}
	return ys, h, cell, nil
}

// gruStep: z = f(Xz + H·Rzᵀ), r = f(Xr + H·Rrᵀ), ĥ = g(Xh + (r⊙H)·Rhᵀ) or, with
// linear_before_reset, g(Xh + r⊙(H·Rhᵀ + Rbh)); H' = ĥ + z⊙(H − ĥ) = (1−z)⊙ĥ + z⊙H.
func (c *compiler) gruStep(rc *recurrent, sn *onnx.Node, h, ti int32, xw, rt []int32, rbH int32,
	pre func(int64, int32) (int32, error), act func(int32, activation) (int32, error), acts []activation) (int32, error) {
	zp, err := pre(0, h)
	if err != nil {
		return 0, err
	}
	z, err := act(zp, acts[0])
	if err != nil {
		return 0, err
	}
	rp, err := pre(1, h)
	if err != nil {
		return 0, err
	}
	r, err := act(rp, acts[0])
	if err != nil {
		return 0, err
	}
	var hp int32
	if rc.linearBeforeReset {
		x, err := c.gatherAt(sn, xw[2], ti, 0)
		if err != nil {
			return 0, err
		}
		hr, err := c.matmul(sn, h, rt[2], -1)
		if err != nil {
			return 0, err
		}
		if rbH >= 0 {
			if hr, err = c.sum(sn, hr, rbH); err != nil {
				return 0, err
			}
		}
		if hr, err = c.prod(sn, r, hr); err != nil {
			return 0, err
		}
		if hp, err = c.sum(sn, x, hr); err != nil {
			return 0, err
		}
	} else {
		rh, err := c.prod(sn, r, h)
		if err != nil {
			return 0, err
		}
		if hp, err = pre(2, rh); err != nil {
			return 0, err
		}
	}
	hh, err := act(hp, acts[1])
	if err != nil {
		return 0, err
	}
	diff, err := c.binary(sn, OpSub, h, hh)
	if err != nil {
		return 0, err
	}
	if diff, err = c.prod(sn, z, diff); err != nil {
		return 0, err
	}
	return c.sum(sn, hh, diff)
}

// lstmStep: i = f(Xi + H·Riᵀ + Pi⊙C), f = f(Xf + H·Rfᵀ + Pf⊙C) (1 − i with input_forget),
// c̃ = g(Xc + H·Rcᵀ), C' = f⊙C + i⊙c̃, o = f(Xo + H·Roᵀ + Po⊙C'), H' = o⊙h(C'). Gates are stored
// i, o, f, c.
func (c *compiler) lstmStep(rc *recurrent, sn *onnx.Node, h, cell int32, pre func(int64, int32) (int32, error),
	act func(int32, activation) (int32, error), acts []activation, peep [3]int32) (int32, int32, error) {
	gate := func(g int64, p int32, cs int32, a activation) (int32, error) {
		x, err := pre(g, h)
		if err != nil {
			return 0, err
		}
		if rc.peep >= 0 {
			pc, err := c.prod(sn, p, cs)
			if err != nil {
				return 0, err
			}
			if x, err = c.sum(sn, x, pc); err != nil {
				return 0, err
			}
		}
		return act(x, a)
	}
	i, err := gate(0, peep[0], cell, acts[0])
	if err != nil {
		return 0, 0, err
	}
	var f int32
	if rc.inputForget {
		f, err = c.binary(sn, OpSub, rc.one, i)
	} else {
		f, err = gate(2, peep[2], cell, acts[0])
	}
	if err != nil {
		return 0, 0, err
	}
	cp, err := pre(3, h)
	if err != nil {
		return 0, 0, err
	}
	ct, err := act(cp, acts[1])
	if err != nil {
		return 0, 0, err
	}
	fc, err := c.prod(sn, f, cell)
	if err != nil {
		return 0, 0, err
	}
	ic, err := c.prod(sn, i, ct)
	if err != nil {
		return 0, 0, err
	}
	cNew, err := c.sum(sn, fc, ic)
	if err != nil {
		return 0, 0, err
	}
	o, err := gate(1, peep[1], cNew, acts[0])
	if err != nil {
		return 0, 0, err
	}
	hc, err := c.activate(sn, cNew, acts[2])
	if err != nil {
		return 0, 0, err
	}
	hNew, err := c.prod(sn, o, hc)
	if err != nil {
		return 0, 0, err
	}
	return hNew, cNew, nil
}

// isZero: a constant of zeros (a zero initial state, or a product with one).
func (c *compiler) isZero(id int32) bool {
	v := c.v(id)
	if v.Const == nil {
		return false
	}
	for _, q := range v.Const {
		if q != 0 {
			return false
		}
	}
	return true
}

// sum is a + b, skipping the step when one of them is a constant zero that changes nothing
// (a zero initial state, in the first time step).
func (c *compiler) sum(n *onnx.Node, a, b int32) (int32, error) {
	for _, pair := range [][2]int32{{a, b}, {b, a}} {
		x, zero := c.v(pair[0]), pair[1]
		if c.isZero(zero) && !x.Int && x.Scale == c.opt.Scale {
			if shape, err := broadcastShape(x.Shape, c.v(zero).Shape); err == nil && sameShape(shape, x.Shape) {
				return pair[0], nil
			}
		}
	}
	return c.binary(n, OpAdd, a, b)
}

// prod is a · b, a constant zero when one of them is.
func (c *compiler) prod(n *onnx.Node, a, b int32) (int32, error) {
	if (c.isZero(a) || c.isZero(b)) && !c.v(a).Int && !c.v(b).Int {
		shape, err := broadcastShape(c.v(a).Shape, c.v(b).Shape)
		if err != nil {
			return 0, err
		}
		return c.add(Value{Scale: c.opt.Scale, Shape: shape, Const: make([]int64, numel(shape))}), nil
	}
	return c.binary(n, OpMul, a, b)
}
