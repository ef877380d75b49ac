package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// trainer holds a training-op lowering's arithmetic helpers (ai.onnx.preview.training Adagrad,
// Momentum, Adam: one update per optimized tensor, plain arithmetic as the ONNX reference writes
// it, with the step count T cast to a real).
type trainer struct {
	c   *compiler
	n   *onnx.Node
	err error
}

func (t *trainer) k(f float64) int32 {
	if t.err != nil {
		return 0
	}
	id, err := t.c.constReal(nil, []float64{f}, t.c.opt.Scale)
	t.err = err
	return id
}

func (t *trainer) op(op OpCode, a, b int32) int32 {
	if t.err != nil {
		return 0
	}
	id, err := t.c.binary(t.n, op, a, b)
	t.err = err
	return id
}

func (t *trainer) scale(a int32, f float64) int32 { return t.op(OpMul, a, t.k(f)) }

func (t *trainer) sqrt(a int32) int32 {
	if t.err != nil {
		return 0
	}
	id, err := t.c.sqrt(t.n, a)
	t.err = err
	return id
}

func (t *trainer) exp(a int32) int32 {
	if t.err != nil {
		return 0
	}
	id, err := t.c.applyTable(t.n, a, "exp")
	t.err = err
	return id
}

func (t *trainer) where(cond, a, b int32) int32 {
	if t.err != nil {
		return 0
	}
	id, err := t.c.where(t.n, cond, a, b)
	t.err = err
	return id
}

// inputs reads R (real), T (integer, as a real and as T > 0) and the groups of n tensors each.
func (t *trainer) inputs(groups int) (r, tr, pos int32, sets [][]int32) {
	c, n := t.c, t.n
	if (len(n.Inputs)-2)%groups != 0 || len(n.Inputs) < 2+groups {
		t.err = fmt.Errorf("%d inputs: want R, T and %d groups of tensors", len(n.Inputs), groups)
		return
	}
	if r, t.err = c.real(n, 0); t.err != nil {
		return
	}
	ti, err := c.in(n, 1)
	if t.err = err; err != nil {
		return
	}
	if !c.v(ti).Int {
		t.err = fmt.Errorf("T must be an integer")
		return
	}
	if tr, t.err = c.emit(n, OpCast, []int32{ti}, Value{Scale: c.opt.Scale, Shape: c.v(ti).Shape}, nil); t.err != nil {
		return
	}
	if pos, t.err = c.compare(n, CmpGreater, ti, c.intConst(c.v(ti).DType, []int64{}, 0)); t.err != nil {
		return
	}
	m := (len(n.Inputs) - 2) / groups
	sets = make([][]int32, m)
	for i := range sets {
		for g := 0; g < groups; g++ {
			id, err := c.real(n, 2+g*m+i)
			if err != nil {
				t.err = err
				return
			}
			sets[i] = append(sets[i], id)
		}
	}
	return
}

// bind names output g·m + i for tensor i of output group g.
func (t *trainer) bind(outs [][]int32) error {
	if t.err != nil {
		return t.err
	}
	m := len(outs)
	for i, o := range outs {
		for g, id := range o {
			t.c.bind(t.n, g*m+i, id)
		}
	}
	return nil
}

// lowerAdagrad: r = R / (1 + T·decay_factor); g = norm_coefficient·X + G; H' = H + g²;
// X' = X − r·g / (√H' + epsilon).
func lowerAdagrad(c *compiler, n *onnx.Node) error {
	t := &trainer{c: c, n: n}
	r, tr, _, sets := t.inputs(3)
	decay, eps, norm := attrFloat(n, "decay_factor", 0), attrFloat(n, "epsilon", 0), attrFloat(n, "norm_coefficient", 0)
	rr := t.op(OpDiv, r, t.op(OpAdd, t.k(1), t.scale(tr, decay)))
	outs := make([][]int32, len(sets))
	for i, s := range sets {
		if t.err != nil {
			break
		}
		x, g, h := s[0], s[1], s[2]
		gr := t.op(OpAdd, t.scale(x, norm), g)
		hn := t.op(OpAdd, h, t.op(OpMul, gr, gr))
		ha := t.op(OpAdd, t.sqrt(hn), t.k(eps))
		xn := t.op(OpSub, x, t.op(OpDiv, t.op(OpMul, rr, gr), ha))
		outs[i] = []int32{xn, hn}
	}
	return t.bind(outs)
}

// lowerMomentum: g = norm_coefficient·X + G; V' = alpha·V + (T > 0 ? beta : 1)·g;
// X' = X − R·V' (standard) or X − R·(g + alpha·V') (nesterov).
func lowerMomentum(c *compiler, n *onnx.Node) error {
	t := &trainer{c: c, n: n}
	r, _, pos, sets := t.inputs(3)
	alpha, beta, norm := attrFloat(n, "alpha", 0), attrFloat(n, "beta", 0), attrFloat(n, "norm_coefficient", 0)
	mode := attrString(n, "mode", "standard")
	if mode != "standard" && mode != "nesterov" {
		return &UnsupportedError{Op: "Momentum", Detail: fmt.Sprintf("mode %q", mode)}
	}
	b := t.where(pos, t.k(beta), t.k(1))
	outs := make([][]int32, len(sets))
	for i, s := range sets {
		if t.err != nil {
			break
		}
		x, g, v := s[0], s[1], s[2]
		gr := t.op(OpAdd, t.scale(x, norm), g)
		vn := t.op(OpAdd, t.scale(v, alpha), t.op(OpMul, b, gr))
		step := vn
		if mode == "nesterov" {
			step = t.op(OpAdd, gr, t.scale(vn, alpha))
		}
		outs[i] = []int32{t.op(OpSub, x, t.op(OpMul, r, step)), vn}
	}
	return t.bind(outs)
}

// lowerAdam: g = norm_coefficient·X + G; V' = alpha·V + (1−alpha)·g; H' = beta·H + (1−beta)·g²;
// r = T > 0 ? R·√(1 − beta^T)/(1 − alpha^T) : R (the powers as exp(T·ln ·)); X' = (1 −
// norm_coefficient_post)·(X − r·V'/(√H' + epsilon)).
func lowerAdam(c *compiler, n *onnx.Node) error {
	t := &trainer{c: c, n: n}
	r, tr, pos, sets := t.inputs(4)
	alpha, beta := attrFloat(n, "alpha", 0.9), attrFloat(n, "beta", 0.999)
	eps, norm, post := attrFloat(n, "epsilon", 0), attrFloat(n, "norm_coefficient", 0), attrFloat(n, "norm_coefficient_post", 0)
	if alpha <= 0 || beta <= 0 {
		return &UnsupportedError{Op: "Adam", Detail: "alpha or beta not positive"}
	}
	pa := t.exp(t.scale(tr, math.Log(alpha)))
	pb := t.exp(t.scale(tr, math.Log(beta)))
	// At T = 0 both corrections are 1 (and 1 − alpha^0 = 0 is never divided by).
	num := t.where(pos, t.sqrt(t.op(OpSub, t.k(1), pb)), t.k(1))
	den := t.where(pos, t.op(OpSub, t.k(1), pa), t.k(1))
	ra := t.op(OpDiv, t.op(OpMul, r, num), den)
	outs := make([][]int32, len(sets))
	for i, s := range sets {
		if t.err != nil {
			break
		}
		x, g, v, h := s[0], s[1], s[2], s[3]
		gr := t.op(OpAdd, t.scale(x, norm), g)
		vn := t.op(OpAdd, t.scale(v, alpha), t.scale(gr, 1-alpha))
		hn := t.op(OpAdd, t.scale(h, beta), t.scale(t.op(OpMul, gr, gr), 1-beta))
		hs := t.op(OpAdd, t.sqrt(hn), t.k(eps))
		xn := t.op(OpSub, x, t.op(OpMul, ra, t.op(OpDiv, vn, hs)))
		if post != 0 {
			xn = t.scale(xn, 1-post)
		}
		outs[i] = []int32{xn, vn, hn}
	}
	return t.bind(outs)
}
