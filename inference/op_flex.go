package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// lowerCausalConvWithState (opset 27) as the ONNX reference: the input [B, C, L] left-padded with
// past_state [B, C, k−1] (zeros when absent), a depthwise Conv (group C, weight [C, 1, k], valid
// padding, + bias), SiLU/Swish (x·sigmoid x) when activation asks for it; present_state is the
// last k−1 positions of the padded input.
func lowerCausalConvWithState(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	w, err := c.real(n, 1)
	if err != nil {
		return err
	}
	xs, ws := c.v(x).Shape, c.v(w).Shape
	if len(xs) != 3 || len(ws) != 3 || ws[0] != xs[1] || ws[1] != 1 || ws[2] < 1 {
		return fmt.Errorf("input %v and weight %v: want [B, C, L] and [C, 1, k]", xs, ws)
	}
	B, C, L, k := xs[0], xs[1], xs[2], ws[2]
	act := attrString(n, "activation", "none")
	if act != "none" && act != "silu" && act != "swish" {
		return &UnsupportedError{Op: "CausalConvWithState", Detail: fmt.Sprintf("activation %q", act)}
	}
	var past int32
	if c.has(n, 3) {
		if past, err = c.real(n, 3); err != nil {
			return err
		}
		if ps := c.v(past).Shape; len(ps) != 3 || ps[0] != B || ps[1] != C || ps[2] != k-1 {
			return fmt.Errorf("past_state %v for input %v and kernel %d", ps, xs, k)
		}
	} else {
		if past, err = c.constReal([]int64{B, C, k - 1}, make([]float64, B*C*(k-1)), c.v(x).Scale); err != nil {
			return err
		}
	}
	padded := x
	if k > 1 {
		al, err := c.alignScales(n, []int32{past, x})
		if err != nil {
			return err
		}
		if padded, err = c.concat(n, 2, al[0], al[1]); err != nil {
			return err
		}
	}
	ins := []int32{padded, w}
	if c.has(n, 2) {
		b, err := c.real(n, 2)
		if err != nil {
			return err
		}
		ins = append(ins, b)
	}
	y, err := c.apply(n.Name+"/conv", "Conv", ins, onnx.Attr{Name: "group", Type: onnx.AttrInt, I: C})
	if err != nil {
		return err
	}
	if act != "none" {
		if y, err = c.swish(n, y, 1); err != nil {
			return err
		}
	}
	c.bind(n, 0, y)
	state, err := c.sliceAxis(n, padded, 2, L, L+k-1, 1)
	if err != nil {
		return err
	}
	c.bind(n, 1, state)
	return nil
}

// lowerFlexAttention (ai.onnx.preview FlexAttention) as its definition: scores = (Q·Kᵀ)·scale
// (default 1/√head_size), the score_mod subgraph inlined on them, Softmax on the last axis, the
// prob_mod subgraph inlined on the probabilities, Y = probabilities·V; GQA repeats each K/V head
// for its contiguous group of query heads.
func lowerFlexAttention(c *compiler, n *onnx.Node) error {
	q, err := c.real(n, 0)
	if err != nil {
		return err
	}
	k, err := c.real(n, 1)
	if err != nil {
		return err
	}
	v, err := c.real(n, 2)
	if err != nil {
		return err
	}
	qs, ks, vs := c.v(q).Shape, c.v(k).Shape, c.v(v).Shape
	if len(qs) != 4 || len(ks) != 4 || len(vs) != 4 || ks[0] != qs[0] || vs[0] != qs[0] || ks[3] != qs[3] ||
		vs[1] != ks[1] || vs[2] != ks[2] {
		return fmt.Errorf("Q %v, K %v, V %v: want rank-4 tensors that match", qs, ks, vs)
	}
	if qs[1] != ks[1] {
		if ks[1] == 0 || qs[1]%ks[1] != 0 {
			return fmt.Errorf("%d query heads for %d key/value heads", qs[1], ks[1])
		}
		if k, err = c.repeatHeads(n, k, qs[1]/ks[1]); err != nil {
			return err
		}
		if v, err = c.repeatHeads(n, v, qs[1]/ks[1]); err != nil {
			return err
		}
	}
	kt, err := c.transpose(n, k, []int64{0, 1, 3, 2})
	if err != nil {
		return err
	}
	scores, err := c.matmul(n, q, kt, -1)
	if err != nil {
		return err
	}
	scale := attrFloat(n, "scale", 0)
	if scale == 0 {
		scale = 1 / math.Sqrt(float64(qs[3]))
	}
	sc, err := c.constReal(nil, []float64{scale}, c.opt.Scale)
	if err != nil {
		return err
	}
	if scores, err = c.binary(n, OpMul, scores, sc); err != nil {
		return err
	}
	modify := func(attr string, x int32) (int32, error) {
		a, ok := n.Attr(attr)
		if !ok || a.G == nil {
			return x, nil
		}
		outs, err := c.inline(a.G, c.prefix+n.Label()+"/"+attr+"/", []int32{x})
		if err != nil {
			return 0, err
		}
		if len(outs) != 1 || !sameShape(c.v(outs[0]).Shape, c.v(x).Shape) || c.v(outs[0]).Int {
			return 0, fmt.Errorf("%s must give one real tensor of shape %v", attr, c.v(x).Shape)
		}
		return outs[0], nil
	}
	if scores, err = modify("score_mod", scores); err != nil {
		return err
	}
	probs, err := c.softmax(n, scores, []int64{0, 0, 0, 1}, false)
	if err != nil {
		return err
	}
	if probs, err = modify("prob_mod", probs); err != nil {
		return err
	}
	return c.bindTo(n)(c.matmul(n, probs, v, -1))
}
