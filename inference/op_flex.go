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

// lowerLinearAttention (opset 27) unrolls the reference recurrence over the T steps, per batch and
// key/value head, with the state S [B, Hkv, d_k, d_v] (past_state, or zeros):
//
//	gated rules:  S ← S · exp(decay_t)            (decay per head, or per head and key feature)
//	delta rules:  v_t ← beta_t · (v_t − k_tᵀ·S)
//	              S ← S + k_t ⊗ v_t               (an exact MatMul of a column by a row)
//	              y_t = scale · q_t·S              (S's heads repeated for the query groups)
//
// The inputs are [B, T, H·D]; the output [B, T, Hq·d_v]; present_state is the last S. chunk_size
// is a tuning hint without effect on the result.
func lowerLinearAttention(c *compiler, n *onnx.Node) error {
	rule := attrString(n, "update_rule", "gated_delta")
	gating, delta := rule == "gated" || rule == "gated_delta", rule == "delta" || rule == "gated_delta"
	if !gating && !delta && rule != "linear" {
		return &UnsupportedError{Op: "LinearAttention", Detail: fmt.Sprintf("update_rule %q", rule)}
	}
	Hq, Hkv := attrInt(n, "q_num_heads", 0), attrInt(n, "kv_num_heads", 0)
	if Hq <= 0 || Hkv <= 0 || Hq%Hkv != 0 {
		return fmt.Errorf("q_num_heads %d and kv_num_heads %d", Hq, Hkv)
	}
	if gating != c.has(n, 4) || delta != c.has(n, 5) {
		return fmt.Errorf("update_rule %q with decay given %v, beta given %v", rule, c.has(n, 4), c.has(n, 5))
	}
	var qkv [3]int32
	for i, h := range []int64{Hq, Hkv, Hkv} {
		x, err := c.real(n, i)
		if err != nil {
			return err
		}
		if len(c.v(x).Shape) != 3 {
			return fmt.Errorf("input %d of shape %v: want [B, T, H·D]", i, c.v(x).Shape)
		}
		if qkv[i], err = c.splitHeads(n, x, h); err != nil {
			return err
		}
	}
	q, k, v := qkv[0], qkv[1], qkv[2]
	qs, ks, vs := c.v(q).Shape, c.v(k).Shape, c.v(v).Shape
	B, T, dk, dv := qs[0], qs[2], qs[3], vs[3]
	if ks[0] != B || vs[0] != B || ks[2] != T || vs[2] != T || ks[3] != dk {
		return fmt.Errorf("query %v, key %v and value %v heads do not match", qs, ks, vs)
	}
	var err error
	// decay → exp(decay) as [B, Hkv, T, X], X = 1 or d_k; beta as [B, Hkv or 1, T, 1].
	var gate, beta int32
	if gating {
		d, err := c.real(n, 4)
		if err != nil {
			return err
		}
		ds := c.v(d).Shape
		if len(ds) != 3 || ds[0] != B || ds[1] != T || (ds[2] != Hkv && ds[2] != Hkv*dk) {
			return fmt.Errorf("decay of shape %v", ds)
		}
		if gate, err = c.splitHeads(n, d, Hkv); err != nil {
			return err
		}
		if gate, err = c.applyTable(n, gate, "exp"); err != nil {
			return err
		}
	}
	if delta {
		b, err := c.real(n, 5)
		if err != nil {
			return err
		}
		bs := c.v(b).Shape
		if len(bs) != 3 || bs[0] != B || bs[1] != T || (bs[2] != Hkv && bs[2] != 1) {
			return fmt.Errorf("beta of shape %v", bs)
		}
		if beta, err = c.splitHeads(n, b, bs[2]); err != nil {
			return err
		}
	}
	var state int32
	if c.has(n, 3) {
		if state, err = c.real(n, 3); err != nil {
			return err
		}
		if ss := c.v(state).Shape; !sameShape(ss, []int64{B, Hkv, dk, dv}) {
			return fmt.Errorf("past_state %v: want %v", ss, []int64{B, Hkv, dk, dv})
		}
	} else if state, err = c.constReal([]int64{B, Hkv, dk, dv}, make([]float64, B*Hkv*dk*dv), c.opt.Scale); err != nil {
		return err
	}
	at := func(x int32, i int64) (int32, error) { return c.sliceAxis(n, x, 2, i, i+1, 1) }
	col := func(x int32) (int32, error) { // [B, H, 1, X] → [B, H, X, 1]
		s := c.v(x).Shape
		return c.reshapeTo(n, x, []int64{s[0], s[1], s[3], 1})
	}
	ys := make([]int32, T)
	for i := int64(0); i < T; i++ {
		kt, err := at(k, i)
		if err != nil {
			return err
		}
		vt, err := at(v, i)
		if err != nil {
			return err
		}
		if gating {
			g, err := at(gate, i)
			if err != nil {
				return err
			}
			if g, err = col(g); err != nil {
				return err
			}
			if state, err = c.prod(n, state, g); err != nil {
				return err
			}
		}
		if delta {
			if !c.isZero(state) {
				got, err := c.matmul(n, kt, state, -1)
				if err != nil {
					return err
				}
				if vt, err = c.binary(n, OpSub, vt, got); err != nil {
					return err
				}
			}
			bt, err := at(beta, i)
			if err != nil {
				return err
			}
			if vt, err = c.binary(n, OpMul, vt, bt); err != nil {
				return err
			}
		}
		kc, err := col(kt)
		if err != nil {
			return err
		}
		kv, err := c.matmul(n, kc, vt, -1)
		if err != nil {
			return err
		}
		if state, err = c.sum(n, state, kv); err != nil {
			return err
		}
		read := state
		if Hq != Hkv {
			if read, err = c.repeatHeads(n, state, Hq/Hkv); err != nil {
				return err
			}
		}
		qt, err := at(q, i)
		if err != nil {
			return err
		}
		if ys[i], err = c.matmul(n, qt, read, -1); err != nil {
			return err
		}
	}
	y := ys[0]
	if T > 1 {
		if ys, err = c.alignScales(n, ys); err != nil {
			return err
		}
		if y, err = c.concat(n, 2, ys...); err != nil {
			return err
		}
	}
	scale := attrFloat(n, "scale", 0)
	if scale == 0 {
		scale = 1 / math.Sqrt(float64(dk))
	}
	if y, err = c.scaleBy(n, y, scale); err != nil {
		return err
	}
	if y, err = c.transpose(n, y, []int64{0, 2, 1, 3}); err != nil {
		return err
	}
	if y, err = c.reshapeTo(n, y, []int64{B, T, Hq * dv}); err != nil {
		return err
	}
	c.bind(n, 0, y)
	c.bind(n, 1, state)
	return nil
}
