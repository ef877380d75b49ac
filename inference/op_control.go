package inference

import (
	"errors"
	"fmt"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Control flow (If, Loop, Scan) is compiled away: programs are a straight list of steps, so a
// subgraph is inlined where its node stands. An If on a compile-time condition inlines the taken
// branch; on a condition computed at run time it inlines both and selects their outputs with
// Where. A Loop or Scan is unrolled: its body is inlined once per iteration, so its trip count
// (and a Loop's condition) must be known at compile time. See docs/NUMERICS.md, "Control flow and
// recurrence".

// short names a node in the prefixes of inlined subgraphs.
func short(n *onnx.Node) string {
	if n.Name != "" {
		return n.Name
	}
	if len(n.Outputs) > 0 && n.Outputs[0] != "" {
		return n.OpType + ":" + n.Outputs[0]
	}
	return n.OpType
}

func graphAttr(n *onnx.Node, name string) (*onnx.Graph, error) {
	a, ok := n.Attr(name)
	if !ok || a.G == nil {
		return nil, fmt.Errorf("graph attribute %q missing", name)
	}
	return a.G, nil
}

// inline compiles subgraph g in a scope of its own, its formal inputs bound to ins, its steps and
// values named under prefix, and returns the ids of its outputs. Names g does not define resolve
// in the enclosing scopes.
func (c *compiler) inline(g *onnx.Graph, prefix string, ins []int32) ([]int32, error) {
	if len(ins) != len(g.Inputs) {
		return nil, fmt.Errorf("subgraph %q has %d inputs, given %d", g.Name, len(g.Inputs), len(ins))
	}
	saved := c.prefix
	c.prefix = prefix
	c.push()
	defer func() {
		c.pop()
		c.prefix = saved
	}()
	for _, t := range g.Initializers {
		id, err := c.constTensor(t)
		if err != nil {
			if errors.Is(err, ErrNotRepresentable) {
				return nil, &UnsupportedError{Op: "initializer", Detail: fmt.Sprintf("%q: %v", t.Name, err)}
			}
			return nil, fmt.Errorf("initializer %q: %w", t.Name, err)
		}
		c.byName[t.Name] = id
	}
	for i, in := range g.Inputs {
		v := c.v(ins[i])
		if (in.DType.IsFloat() && v.Int) || (in.DType.IsInt() && !v.Int) {
			return nil, fmt.Errorf("subgraph %q input %q is declared %s, given a %s value", g.Name, in.Name, in.DType, kindName(v))
		}
		c.byName[in.Name] = ins[i]
	}
	for _, n := range g.Nodes {
		if err := c.lowerNode(n); err != nil {
			return nil, err
		}
	}
	outs := make([]int32, len(g.Outputs))
	for i, o := range g.Outputs {
		id, ok := c.lookup(o.Name)
		if !ok {
			return nil, fmt.Errorf("subgraph %q output %q was not computed", g.Name, o.Name)
		}
		outs[i] = id
	}
	return outs, nil
}

func kindName(v *Value) string {
	if v.Int {
		return "integer"
	}
	return "real"
}

// apply lowers a node made up at compile time (op type op, attributes attrs) on values already
// computed, and returns its first output, named label.
func (c *compiler) apply(label, op string, ins []int32, attrs ...onnx.Attr) (int32, error) {
	c.push()
	defer c.pop()
	m := &onnx.Node{Name: label, OpType: op, Attrs: attrs, Outputs: []string{label}}
	for i, id := range ins {
		name := fmt.Sprintf("\x00in%d", i)
		c.byName[name] = id
		m.Inputs = append(m.Inputs, name)
	}
	if err := c.lowerNode(m); err != nil {
		return 0, err
	}
	id, ok := c.byName[label]
	if !ok {
		return 0, fmt.Errorf("%s computed nothing", op)
	}
	return id, nil
}

// intConst adds an integer constant of element type dt.
func (c *compiler) intConst(dt uint8, shape []int64, vals ...int64) int32 {
	return c.add(Value{Int: true, DType: dt, Shape: shape, Const: vals})
}

// scalarCond reads a boolean condition that must hold one element; ok is false when it is
// computed at run time.
func (c *compiler) scalarCond(id int32, what string) (val, ok bool, err error) {
	v := c.v(id)
	if v.Len() != 1 {
		return false, false, fmt.Errorf("%s has shape %v, not one element", what, v.Shape)
	}
	if v.Const == nil {
		return false, false, nil
	}
	return v.Const[0] != 0, true, nil
}

// lowerIf inlines the taken branch of a compile-time condition; a condition computed at run time
// compiles both branches and selects each output with Where (the branches' outputs must agree in
// shape and kind).
func lowerIf(c *compiler, n *onnx.Node) error {
	cond, err := c.in(n, 0)
	if err != nil {
		return err
	}
	then, err := graphAttr(n, "then_branch")
	if err != nil {
		return err
	}
	els, err := graphAttr(n, "else_branch")
	if err != nil {
		return err
	}
	if len(then.Outputs) != len(n.Outputs) || len(els.Outputs) != len(n.Outputs) {
		return fmt.Errorf("%d outputs, branches return %d and %d", len(n.Outputs), len(then.Outputs), len(els.Outputs))
	}
	if !c.v(cond).Int {
		return fmt.Errorf("condition must be boolean")
	}
	val, known, err := c.scalarCond(cond, "condition")
	if err != nil {
		return err
	}
	if known {
		g, which := els, "else"
		if val {
			g, which = then, "then"
		}
		outs, err := c.inline(g, c.prefix+short(n)+"."+which+"/", nil)
		if err != nil {
			return fmt.Errorf("%s_branch: %w", which, err)
		}
		for i, id := range outs {
			c.bind(n, i, id)
		}
		return nil
	}
	a, err := c.inline(then, c.prefix+short(n)+".then/", nil)
	if err != nil {
		return fmt.Errorf("then_branch (the condition is computed at run time, so both branches are compiled): %w", err)
	}
	b, err := c.inline(els, c.prefix+short(n)+".else/", nil)
	if err != nil {
		return fmt.Errorf("else_branch (the condition is computed at run time, so both branches are compiled): %w", err)
	}
	if len(c.v(cond).Shape) > 0 {
		if cond, err = c.reshapeTo(n, cond, []int64{}); err != nil {
			return err
		}
	}
	for i := range n.Outputs {
		if n.Outputs[i] == "" {
			continue
		}
		va, vb := c.v(a[i]), c.v(b[i])
		if a[i] == b[i] {
			c.bind(n, i, a[i])
			continue
		}
		if !sameShape(va.Shape, vb.Shape) {
			return &UnsupportedError{Op: "If", Detail: fmt.Sprintf("node %s%s: output %d has shape %v in then_branch and %v in else_branch; "+
				"a condition computed at run time needs branches of one shape", c.prefix, n.Label(), i, va.Shape, vb.Shape)}
		}
		if va.Int != vb.Int || (va.Int && va.DType != vb.DType) {
			return &UnsupportedError{Op: "If", Detail: fmt.Sprintf("node %s%s: output %d is %s in then_branch and %s in else_branch",
				c.prefix, n.Label(), i, kindName(va), kindName(vb))}
		}
		x, y := a[i], b[i]
		if !va.Int && va.Scale != vb.Scale {
			// Bring both to the program scale (exact shifts up, rounded down).
			if va.Scale != c.opt.Scale {
				if x, err = c.emit(n, OpCast, []int32{x}, Value{Scale: c.opt.Scale, Shape: va.Shape}, nil); err != nil {
					return err
				}
			}
			if vb.Scale != c.opt.Scale {
				if y, err = c.emit(n, OpCast, []int32{y}, Value{Scale: c.opt.Scale, Shape: vb.Shape}, nil); err != nil {
					return err
				}
			}
		}
		id, err := c.emit(n, OpWhere, []int32{cond, x, y}, c.like(x, c.v(x).Shape), nil)
		if err != nil {
			return err
		}
		c.bind(n, i, id)
	}
	return nil
}

// stack joins values of one shape along a new axis (0 ≤ axis ≤ rank): a Concat along axis and a
// reshape inserting the new axis, or, for a new last axis, reshapes then a Concat.
func (c *compiler) stack(n *onnx.Node, ids []int32, axis int) (int32, error) {
	return c.stackAs(n, ids, axis, nil)
}

// stackAs is stack with the result reshaped to final (of as many elements), if not nil, in the
// same step.
func (c *compiler) stackAs(n *onnx.Node, ids []int32, axis int, final []int64) (int32, error) {
	first := c.v(ids[0])
	shape := first.Shape
	if axis < 0 || axis > len(shape) {
		return 0, fmt.Errorf("axis %d out of range for rank %d", axis, len(shape)+1)
	}
	for _, id := range ids[1:] {
		v := c.v(id)
		if !sameShape(v.Shape, shape) || v.Int != first.Int || v.Scale != first.Scale || v.DType != first.DType {
			return 0, fmt.Errorf("values of shapes %v and %v (or kinds) cannot be stacked: every iteration must give one shape", shape, v.Shape)
		}
	}
	out := append(append(append([]int64{}, shape[:axis]...), int64(len(ids))), shape[axis:]...)
	if final != nil {
		if numel(final) != numel(out) {
			return 0, fmt.Errorf("cannot reshape %v to %v", out, final)
		}
		out = final
	}
	if len(ids) == 1 {
		return c.reshapeTo(n, ids[0], out)
	}
	if axis < len(shape) {
		cat := append([]int64{}, shape...)
		cat[axis] *= int64(len(ids))
		id, err := c.emit(n, OpConcat, ids, c.like(ids[0], cat), []int64{int64(axis)})
		if err != nil {
			return 0, err
		}
		return c.reshapeTo(n, id, out)
	}
	one := append(append([]int64{}, shape...), 1)
	parts := make([]int32, len(ids))
	for i, id := range ids {
		var err error
		if parts[i], err = c.reshapeTo(n, id, one); err != nil {
			return 0, err
		}
	}
	cat := append(append([]int64{}, shape...), int64(len(ids)))
	id, err := c.emit(n, OpConcat, parts, c.like(ids[0], cat), []int64{int64(axis)})
	if err != nil || final == nil {
		return id, err
	}
	return c.reshapeTo(n, id, final)
}

// emptyScan is the output of a scan that ran zero times: [0, …] with the element shape the body
// declares, which must be static.
func (c *compiler) emptyScan(vi onnx.ValueInfo, axis int) (int32, error) {
	if vi.Shape == nil || !(vi.DType.IsFloat() || vi.DType.IsInt()) {
		return 0, &UnsupportedError{Op: "Loop", Detail: fmt.Sprintf("zero iterations, and the body does not declare the shape and type of scan output %q", vi.Name)}
	}
	var shape []int64
	for _, d := range vi.Shape {
		if d.Param != "" || d.Value < 0 {
			return 0, &UnsupportedError{Op: "Loop", Detail: fmt.Sprintf("zero iterations, and scan output %q has no static shape", vi.Name)}
		}
		shape = append(shape, d.Value)
	}
	if axis > len(shape) {
		return 0, fmt.Errorf("scan output axis %d out of range", axis)
	}
	shape = append(append(append([]int64{}, shape[:axis]...), 0), shape[axis:]...)
	v := Value{Shape: shape, Const: []int64{}}
	if vi.DType.IsFloat() {
		v.Scale = c.opt.Scale
	} else {
		v.Int, v.DType = true, uint8(vi.DType)
	}
	return c.add(v), nil
}

// lowerLoop unrolls a Loop whose trip count M is a compile-time constant, or whose condition
// becomes a compile-time false: the body is inlined once per iteration, with the iteration number
// and condition as constants. Loop-carried values flow from one copy to the next; scan outputs
// are stacked along a new axis 0.
func lowerLoop(c *compiler, n *onnx.Node) error {
	body, err := graphAttr(n, "body")
	if err != nil {
		return err
	}
	trip := int64(-1)
	if c.has(n, 0) {
		id, err := c.in(n, 0)
		if err != nil {
			return err
		}
		v, err := c.constInts(id)
		if errors.Is(err, ErrNeedsConstant) {
			return fmt.Errorf("trip count M: the loop is unrolled at compile time, so a trip count computed at run time is refused: %w", err)
		}
		if err != nil {
			return err
		}
		if len(v) != 1 {
			return fmt.Errorf("trip count M has %d elements", len(v))
		}
		trip = max(v[0], 0)
	}
	cond := true
	if c.has(n, 1) {
		id, err := c.in(n, 1)
		if err != nil {
			return err
		}
		val, known, err := c.scalarCond(id, "condition")
		if err != nil {
			return err
		}
		if !known {
			return fmt.Errorf("initial condition: the loop is unrolled at compile time, so a condition computed at run time is refused: %w",
				&NeedsConstantError{Name: c.v(id).Name})
		}
		cond = val
	}
	nCarried := len(n.Inputs) - 2
	if nCarried < 0 {
		return fmt.Errorf("%d inputs: M and cond (possibly empty) come first", len(n.Inputs))
	}
	if len(body.Inputs) != 2+nCarried {
		return fmt.Errorf("body has %d inputs for 2 + %d loop-carried values", len(body.Inputs), nCarried)
	}
	nScan := len(body.Outputs) - 1 - nCarried
	if nScan < 0 || len(n.Outputs) > nCarried+nScan {
		return fmt.Errorf("body has %d outputs for 1 + %d loop-carried values, node %d outputs", len(body.Outputs), nCarried, len(n.Outputs))
	}
	carried := make([]int32, nCarried)
	for i := range carried {
		if carried[i], err = c.in(n, 2+i); err != nil {
			return fmt.Errorf("loop-carried value %d: %w", i, err)
		}
	}
	scans := make([][]int32, nScan)
	condIn := c.intConst(dtBool, []int64{}, 1) // every iteration that runs sees true
	for it := int64(0); cond && (trip < 0 || it < trip); it++ {
		// Each iteration counts once even if its body is empty: a loop without a trip count whose
		// condition never turns false stops at the limit.
		if c.lowered++; c.lowered > maxLoweredNodes {
			return fmt.Errorf("%w: the unrolled loop passes %d lowered nodes (iteration %d)", ErrTooLarge, maxLoweredNodes, it)
		}
		ins := append([]int32{c.intConst(dtInt64, []int64{}, it), condIn}, carried...)
		outs, err := c.inline(body, fmt.Sprintf("%s%s[%d]/", c.prefix, short(n), it), ins)
		if err != nil {
			return fmt.Errorf("iteration %d: %w", it, err)
		}
		val, known, err := c.scalarCond(outs[0], "the body's condition output")
		if err != nil {
			return fmt.Errorf("iteration %d: %w", it, err)
		}
		if !known {
			return &UnsupportedError{Op: "Loop", Detail: fmt.Sprintf("node %s%s: the condition the body computes at iteration %d depends on run-time data "+
				"(a data-dependent trip count): loops are unrolled at compile time", c.prefix, n.Label(), it)}
		}
		cond = val
		copy(carried, outs[1:1+nCarried])
		for k := range scans {
			scans[k] = append(scans[k], outs[1+nCarried+k])
		}
	}
	for i, id := range carried {
		c.bind(n, i, id)
	}
	for k, vals := range scans {
		if nCarried+k >= len(n.Outputs) || n.Outputs[nCarried+k] == "" {
			continue
		}
		var id int32
		if len(vals) == 0 {
			id, err = c.emptyScan(body.Outputs[1+nCarried+k], 0)
		} else {
			id, err = c.stack(n, vals, 0)
		}
		if err != nil {
			return fmt.Errorf("scan output %d: %w", k, err)
		}
		c.bind(n, nCarried+k, id)
	}
	return nil
}

// lowerScan unrolls a Scan over the static length of its scan inputs (opset 9 on: scan axes and
// directions per input and output; opset 8: a leading batch axis, each batch entry scanned on its
// own).
func lowerScan(c *compiler, n *onnx.Node) error {
	body, err := graphAttr(n, "body")
	if err != nil {
		return err
	}
	m := int(attrInt(n, "num_scan_inputs", -1))
	first := 0
	opset8 := c.m.Opset() < 9
	if opset8 {
		first = 1 // sequence_lens
	}
	nIn := len(n.Inputs) - first
	if m < 1 || m > nIn {
		return fmt.Errorf("num_scan_inputs %d for %d inputs", m, nIn)
	}
	nState := nIn - m
	if len(body.Inputs) != nState+m {
		return fmt.Errorf("body has %d inputs for %d states and %d scan inputs", len(body.Inputs), nState, m)
	}
	nScanOut := len(body.Outputs) - nState
	if nScanOut < 0 {
		return fmt.Errorf("body has %d outputs for %d states", len(body.Outputs), nState)
	}
	ins := make([]int32, nIn)
	for i := range ins {
		if ins[i], err = c.in(n, first+i); err != nil {
			return err
		}
	}
	var inAxes, inDirs, outAxes, outDirs []int64
	if opset8 {
		inDirs = attrInts(n, "directions", nil)
	} else {
		inAxes = attrInts(n, "scan_input_axes", nil)
		inDirs = attrInts(n, "scan_input_directions", nil)
		outAxes = attrInts(n, "scan_output_axes", nil)
		outDirs = attrInts(n, "scan_output_directions", nil)
	}
	for name, l := range map[string][]int64{"scan input axes": inAxes, "scan input directions": inDirs} {
		if l != nil && len(l) != m {
			return fmt.Errorf("%d %s for %d scan inputs", len(l), name, m)
		}
	}
	for name, l := range map[string][]int64{"scan output axes": outAxes, "scan output directions": outDirs} {
		if l != nil && len(l) != nScanOut {
			return fmt.Errorf("%d %s for %d scan outputs", len(l), name, nScanOut)
		}
	}
	at := func(l []int64, i int) int64 {
		if l == nil {
			return 0
		}
		return l[i]
	}
	sc := scan{n: n, body: body, nState: nState, inDirs: inDirs, outDirs: outDirs}
	if !opset8 {
		sc.inAxes = make([]int, m)
		for j := range m {
			if sc.inAxes[j], err = normAxis(at(inAxes, j), len(c.v(ins[nState+j]).Shape)); err != nil {
				return fmt.Errorf("scan input %d: %w", j, err)
			}
		}
		sc.outAxes = outAxes
		outs, err := c.scanRun(&sc, ins, c.prefix+short(n))
		if err != nil {
			return err
		}
		for i, id := range outs {
			c.bind(n, i, id)
		}
		return nil
	}
	// Opset 8: axis 0 of every input is the batch; the scan axis is 1.
	if c.has(n, 0) {
		id, err := c.in(n, 0)
		if err != nil {
			return err
		}
		lens, err := c.constInts(id)
		if err != nil {
			return fmt.Errorf("sequence_lens: %w", err)
		}
		for _, l := range lens {
			if sh := c.v(ins[nState]).Shape; len(sh) < 2 || l != sh[1] {
				return &UnsupportedError{Op: "Scan", Detail: "sequence_lens shorter than the sequence"}
			}
		}
	}
	sc.inAxes = make([]int, m)
	var batch int64 = -1
	for _, id := range ins {
		sh := c.v(id).Shape
		if len(sh) == 0 || (batch >= 0 && sh[0] != batch) {
			return fmt.Errorf("opset-8 Scan inputs need one leading batch axis")
		}
		batch = sh[0]
	}
	per := make([][]int32, len(n.Outputs))
	for b := range batch {
		bi := c.intConst(dtInt64, []int64{}, b)
		sub := make([]int32, len(ins))
		for i, id := range ins {
			if sub[i], err = c.gatherAt(n, id, bi, 0); err != nil {
				return err
			}
		}
		outs, err := c.scanRun(&sc, sub, fmt.Sprintf("%s%s{batch %d}", c.prefix, short(n), b))
		if err != nil {
			return err
		}
		for i := range per {
			if i < len(outs) {
				per[i] = append(per[i], outs[i])
			}
		}
	}
	for i, vals := range per {
		if n.Outputs[i] == "" || len(vals) == 0 {
			continue
		}
		id, err := c.stack(n, vals, 0)
		if err != nil {
			return err
		}
		c.bind(n, i, id)
	}
	return nil
}

type scan struct {
	n       *onnx.Node
	body    *onnx.Graph
	nState  int
	inAxes  []int
	inDirs  []int64
	outAxes []int64
	outDirs []int64
}

// gatherAt takes index idx (a constant scalar) of x along axis, dropping the axis.
func (c *compiler) gatherAt(n *onnx.Node, x, idx int32, axis int) (int32, error) {
	in := c.v(x).Shape
	shape := append(append([]int64{}, in[:axis]...), in[axis+1:]...)
	return c.emit(n, OpGather, []int32{x, idx}, c.like(x, shape), []int64{int64(axis)})
}

// scanRun unrolls one scan: ins are the initial states then the scan inputs; it returns the final
// states then the stacked scan outputs.
func (c *compiler) scanRun(sc *scan, ins []int32, label string) ([]int32, error) {
	n := sc.n
	states := append([]int32{}, ins[:sc.nState]...)
	scanIns := ins[sc.nState:]
	T := int64(-1)
	for j, id := range scanIns {
		l := c.v(id).Shape[sc.inAxes[j]]
		if T >= 0 && l != T {
			return nil, fmt.Errorf("scan inputs of lengths %d and %d", T, l)
		}
		T = l
	}
	nOut := len(sc.body.Outputs) - sc.nState
	scans := make([][]int32, nOut)
	for t := range T {
		if c.lowered++; c.lowered > maxLoweredNodes {
			return nil, fmt.Errorf("%w: the unrolled scan passes %d lowered nodes (iteration %d)", ErrTooLarge, maxLoweredNodes, t)
		}
		bodyIns := append([]int32{}, states...)
		for j, id := range scanIns {
			k := t
			if sc.inDirs != nil && sc.inDirs[j] == 1 {
				k = T - 1 - t
			}
			e, err := c.gatherAt(n, id, c.intConst(dtInt64, []int64{}, k), sc.inAxes[j])
			if err != nil {
				return nil, err
			}
			bodyIns = append(bodyIns, e)
		}
		outs, err := c.inline(sc.body, fmt.Sprintf("%s[%d]/", label, t), bodyIns)
		if err != nil {
			return nil, fmt.Errorf("iteration %d: %w", t, err)
		}
		copy(states, outs[:sc.nState])
		for k := range scans {
			scans[k] = append(scans[k], outs[sc.nState+k])
		}
	}
	res := states
	for k, vals := range scans {
		axis := int64(0)
		if sc.outAxes != nil {
			axis = sc.outAxes[k]
		}
		if len(vals) == 0 {
			id, err := c.emptyScan(sc.body.Outputs[sc.nState+k], int(max(axis, 0)))
			if err != nil {
				return nil, err
			}
			res = append(res, id)
			continue
		}
		if sc.outDirs != nil && sc.outDirs[k] == 1 {
			rev := make([]int32, len(vals))
			for i, v := range vals {
				rev[len(vals)-1-i] = v
			}
			vals = rev
		}
		a, err := normAxis(axis, len(c.v(vals[0]).Shape)+1)
		if err != nil {
			return nil, fmt.Errorf("scan output %d: %w", k, err)
		}
		id, err := c.stack(n, vals, a)
		if err != nil {
			return nil, fmt.Errorf("scan output %d: %w", k, err)
		}
		res = append(res, id)
	}
	return res, nil
}
