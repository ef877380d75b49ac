package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// lowerAttention lowers Attention (opset 23/24) as the ONNX function body does, to Reshape,
// Transpose, Concat, Expand, MatMul, Mul, Tanh, Softmax, Compare and Where:
//
//   - 3-D inputs [B, S, H·D] are split into heads with q_num_heads / kv_num_heads;
//   - present_key/value = Concat(past, K/V) on the sequence axis;
//   - GQA repeats each K/V head q_heads/kv_heads times, interleaved (head h reads kv head h/rep);
//   - scores = (Q·Kᵀ)·scale (default 1/√head_size), softcap·tanh(scores/softcap) if softcap ≠ 0,
//     plus the bias: the float attn_mask (a shorter mask is padded with −Inf), −Inf where a boolean
//     attn_mask is false, where the causal frontier (j > i + offset, bottom-right aligned: offset =
//     past length, or nonpad_kv_seqlen − q_len per batch) excludes, and at keys past
//     nonpad_kv_seqlen;
//   - probabilities = Softmax(scores), set to 0 on rows whose bias is −Inf throughout;
//   - Y = probabilities·V (3-D: heads merged back).
//
// The exclusions are applied with Where(keep, bias, −InfQ) rather than by adding −Inf biases, so
// a position excluded twice is exactly −InfQ (two added infinities would leave int64).
// qk_matmul_output: mode 0 the scaled Q·Kᵀ, 1 after softcap, 2 after the bias, 3 the
// probabilities.
func lowerAttention(c *compiler, n *onnx.Node) error {
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
	rank := len(c.v(q).Shape)
	if rank != len(c.v(k).Shape) || rank != len(c.v(v).Shape) || (rank != 3 && rank != 4) {
		return fmt.Errorf("Q, K, V of shapes %v, %v, %v", c.v(q).Shape, c.v(k).Shape, c.v(v).Shape)
	}
	if rank == 3 {
		qh, kvh := attrInt(n, "q_num_heads", 0), attrInt(n, "kv_num_heads", 0)
		if qh <= 0 || kvh <= 0 {
			return fmt.Errorf("3-D inputs need q_num_heads and kv_num_heads")
		}
		if q, err = c.splitHeads(n, q, qh); err != nil {
			return err
		}
		if k, err = c.splitHeads(n, k, kvh); err != nil {
			return err
		}
		if v, err = c.splitHeads(n, v, kvh); err != nil {
			return err
		}
	}
	past := int64(0)
	if c.has(n, 4) {
		pk, err := c.real(n, 4)
		if err != nil {
			return err
		}
		past = c.v(pk).Shape[2]
		if k, err = c.concat(n, 2, pk, k); err != nil {
			return err
		}
	}
	if c.has(n, 5) {
		pv, err := c.real(n, 5)
		if err != nil {
			return err
		}
		if v, err = c.concat(n, 2, pv, v); err != nil {
			return err
		}
	}
	c.bind(n, 1, k)
	c.bind(n, 2, v)
	qs, ks, vs := c.v(q).Shape, c.v(k).Shape, c.v(v).Shape
	B, Hq, S, D := qs[0], qs[1], qs[2], qs[3]
	Hkv, T := ks[1], ks[2]
	if ks[0] != B || vs[0] != B || ks[3] != D || vs[1] != Hkv || vs[2] != T {
		return fmt.Errorf("Q %v, K %v and V %v do not match", qs, ks, vs)
	}
	if Hq != Hkv {
		if Hkv == 0 || Hq%Hkv != 0 {
			return fmt.Errorf("%d query heads for %d key/value heads", Hq, Hkv)
		}
		if k, err = c.repeatHeads(n, k, Hq/Hkv); err != nil {
			return err
		}
		if v, err = c.repeatHeads(n, v, Hq/Hkv); err != nil {
			return err
		}
	}
	kt, err := c.transpose(n, k, []int64{0, 1, 3, 2})
	if err != nil {
		return err
	}
	qk, err := c.matmul(n, q, kt, -1)
	if err != nil {
		return err
	}
	scale := attrFloat(n, "scale", 0)
	if _, ok := n.Attr("scale"); !ok {
		scale = 1 / math.Sqrt(float64(D))
	}
	sc, err := c.constReal(nil, []float64{scale}, c.opt.Scale)
	if err != nil {
		return err
	}
	if qk, err = c.binary(n, OpMul, qk, sc); err != nil {
		return err
	}
	capped := qk
	if cap := attrFloat(n, "softcap", 0); cap != 0 {
		inv, err := c.constReal(nil, []float64{1 / cap}, c.opt.Scale)
		if err != nil {
			return err
		}
		if capped, err = c.binary(n, OpMul, qk, inv); err != nil {
			return err
		}
		if capped, err = c.applyTable(n, capped, "tanh"); err != nil {
			return err
		}
		cf, err := c.constReal(nil, []float64{cap}, c.opt.Scale)
		if err != nil {
			return err
		}
		if capped, err = c.binary(n, OpMul, capped, cf); err != nil {
			return err
		}
	}
	bias, err := c.attentionBias(n, B, S, T, past)
	if err != nil {
		return err
	}
	scores := capped
	if bias >= 0 {
		if scores, err = c.binary(n, OpAdd, capped, bias); err != nil {
			return err
		}
	}
	mask := make([]int64, 4)
	mask[3] = 1
	probs, err := c.softmax(n, scores, mask, false)
	if err != nil {
		return err
	}
	if bias >= 0 {
		// A row masked throughout gives probabilities 0 (float: NaN).
		rowMax, err := c.reduceKeep(n, bias, ReduceMax, mask[4-len(c.v(bias).Shape):])
		if err != nil {
			return err
		}
		lim := c.add(Value{Scale: c.v(bias).Scale, Shape: []int64{}, Const: []int64{-InfQ / 2}})
		masked, err := c.compare(n, CmpLessOrEqual, rowMax, lim)
		if err != nil {
			return err
		}
		zero, err := c.scalarConst(0, c.v(probs).Scale)
		if err != nil {
			return err
		}
		if probs, err = c.where(n, masked, zero, probs); err != nil {
			return err
		}
	}
	y, err := c.matmul(n, probs, v, -1)
	if err != nil {
		return err
	}
	if rank == 3 {
		if y, err = c.transpose(n, y, []int64{0, 2, 1, 3}); err != nil {
			return err
		}
		ys := c.v(y).Shape
		if y, err = c.reshapeTo(n, y, []int64{ys[0], ys[1], ys[2] * ys[3]}); err != nil {
			return err
		}
	}
	c.bind(n, 0, y)
	switch attrInt(n, "qk_matmul_output_mode", 0) {
	case 0:
		c.bind(n, 3, qk)
	case 1:
		c.bind(n, 3, capped)
	case 2:
		c.bind(n, 3, scores)
	case 3:
		c.bind(n, 3, probs)
	default:
		return &UnsupportedError{Op: "Attention", Detail: "qk_matmul_output_mode"}
	}
	return nil
}

// splitHeads turns [B, S, H·D] into [B, H, S, D].
func (c *compiler) splitHeads(n *onnx.Node, x int32, heads int64) (int32, error) {
	s := c.v(x).Shape
	if s[2]%heads != 0 {
		return 0, fmt.Errorf("hidden size %d for %d heads", s[2], heads)
	}
	r, err := c.reshapeTo(n, x, []int64{s[0], s[1], heads, s[2] / heads})
	if err != nil {
		return 0, err
	}
	return c.transpose(n, r, []int64{0, 2, 1, 3})
}

// repeatHeads turns [B, H, T, D] into [B, H·rep, T, D], head h·rep + r a copy of head h.
func (c *compiler) repeatHeads(n *onnx.Node, x int32, rep int64) (int32, error) {
	s := c.v(x).Shape
	u, err := c.reshapeTo(n, x, []int64{s[0], s[1], 1, s[2], s[3]})
	if err != nil {
		return 0, err
	}
	e, err := c.emit(n, OpExpand, []int32{u}, c.like(u, []int64{s[0], s[1], rep, s[2], s[3]}), nil)
	if err != nil {
		return 0, err
	}
	return c.reshapeTo(n, e, []int64{s[0], s[1] * rep, s[2], s[3]})
}

// concat joins values of one kind and scale along axis.
func (c *compiler) concat(n *onnx.Node, axis int, ids ...int32) (int32, error) {
	shape := append([]int64{}, c.v(ids[0]).Shape...)
	shape[axis] = 0
	for _, id := range ids {
		s := c.v(id).Shape
		if len(s) != len(shape) || c.v(id).Scale != c.v(ids[0]).Scale || c.v(id).Int != c.v(ids[0]).Int {
			return 0, fmt.Errorf("values of different rank, kind or scale")
		}
		for d := range s {
			if d != axis && s[d] != c.v(ids[0]).Shape[d] {
				return 0, fmt.Errorf("shapes %v and %v do not concatenate on axis %d", c.v(ids[0]).Shape, s, axis)
			}
		}
		shape[axis] += s[axis]
	}
	return c.emit(n, OpConcat, ids, c.like(ids[0], shape), []int64{int64(axis)})
}

// attentionBias builds the additive bias of the scores (−1 if there is none): the float mask (or
// 0) where every boolean condition keeps the position, −InfQ elsewhere.
func (c *compiler) attentionBias(n *onnx.Node, B, S, T, past int64) (int32, error) {
	var keep, fbias int32 = -1, -1
	and := func(a, b int32) (int32, error) {
		if a < 0 {
			return b, nil
		}
		shape, err := broadcastShape(c.v(a).Shape, c.v(b).Shape)
		if err != nil {
			return 0, err
		}
		return c.emit(n, OpMin, []int32{a, b}, Value{Int: true, DType: dtBool, Shape: shape}, nil)
	}
	hasNonpad := c.has(n, 6)
	causal := attrInt(n, "is_causal", 0) == 1
	if c.has(n, 3) {
		m, err := c.in(n, 3)
		if err != nil {
			return 0, err
		}
		ms := c.v(m).Shape
		if len(ms) < 2 || ms[len(ms)-1] > T {
			return 0, fmt.Errorf("attn_mask of shape %v for %d keys", ms, T)
		}
		if short := T - ms[len(ms)-1]; short > 0 {
			// A shorter mask is padded at the end of the key axis with −Inf (false).
			val := int64(0)
			if !c.v(m).Int {
				val = -InfQ
			}
			shape := append([]int64{}, ms...)
			shape[len(shape)-1] = T
			args := append([]int64{0, val}, make([]int64, len(ms))...)
			if m, err = c.emit(n, OpPad, []int32{m}, c.like(m, shape), args); err != nil {
				return 0, err
			}
			ms = shape
		}
		if causal && hasNonpad && !c.has(n, 4) && len(ms) == 3 {
			// The external-cache causal mask is [B, 1, S, T]: a 3-D mask is read as [B, S, T].
			if m, err = c.reshapeTo(n, m, []int64{ms[0], 1, ms[1], ms[2]}); err != nil {
				return 0, err
			}
		}
		if c.v(m).Int {
			keep = m
		} else {
			fbias = m
		}
	}
	var nonpad int32 = -1
	if hasNonpad {
		np, err := c.in(n, 6)
		if err != nil {
			return 0, err
		}
		if !c.v(np).Int || !sameShape(c.v(np).Shape, []int64{B}) {
			return 0, fmt.Errorf("nonpad_kv_seqlen of shape %v for batch %d", c.v(np).Shape, B)
		}
		if nonpad, err = c.reshapeTo(n, np, []int64{B, 1, 1, 1}); err != nil {
			return 0, err
		}
	}
	cols := make([]int64, T)
	for j := range cols {
		cols[j] = int64(j)
	}
	if causal {
		var tri int32
		if hasNonpad && !c.has(n, 4) {
			// keep j ≤ i + nonpad[b] − S
			rows := make([]int64, S)
			for i := range rows {
				rows[i] = int64(i) - S
			}
			r := c.constInt(dtInt64, []int64{1, 1, S, 1}, rows)
			ro, err := c.binary(n, OpAdd, r, nonpad)
			if err != nil {
				return 0, err
			}
			col := c.constInt(dtInt64, []int64{1, 1, 1, T}, cols)
			if tri, err = c.compare(n, CmpGreaterOrEqual, ro, col); err != nil {
				return 0, err
			}
		} else {
			m := make([]int64, S*T)
			for i := int64(0); i < S; i++ {
				for j := int64(0); j < T; j++ {
					m[i*T+j] = boolToInt(j <= i+past)
				}
			}
			tri = c.constInt(dtBool, []int64{S, T}, m)
		}
		var err error
		if keep, err = and(keep, tri); err != nil {
			return 0, err
		}
	}
	if hasNonpad {
		col := c.constInt(dtInt64, []int64{1, 1, 1, T}, cols)
		in, err := c.compare(n, CmpLess, col, nonpad)
		if err != nil {
			return 0, err
		}
		if keep, err = and(keep, in); err != nil {
			return 0, err
		}
	}
	if keep < 0 {
		return fbias, nil
	}
	if fbias < 0 {
		var err error
		if fbias, err = c.scalarConst(0, c.opt.Scale); err != nil {
			return 0, err
		}
	}
	ninf := c.add(Value{Scale: c.v(fbias).Scale, Shape: []int64{}, Const: []int64{-InfQ}})
	return c.where(n, keep, fbias, ninf)
}

// sliceAxis takes x[…, start:end:step, …] on one axis (0 ≤ start < end ≤ size, step > 0).
func (c *compiler) sliceAxis(n *onnx.Node, x int32, axis int, start, end, step int64) (int32, error) {
	in := c.v(x).Shape
	args := make([]int64, 2*len(in))
	shape := append([]int64{}, in...)
	for d := range in {
		args[2*d+1] = 1
	}
	if start < 0 || end > in[axis] || step <= 0 {
		return 0, fmt.Errorf("slice %d:%d:%d of an axis of %d", start, end, step, in[axis])
	}
	args[2*axis], args[2*axis+1] = start, step
	shape[axis] = max(0, (end-start+step-1)/step)
	return c.emit(n, OpSlice, []int32{x}, c.like(x, shape), args)
}

// lowerRotaryEmbedding (opset 23) as the ONNX function body: x as [B, S, H, D] (4-D input
// [B, H, S, D] transposed, 3-D [B, S, H·D] split with num_heads); cos and sin from the caches
// (gathered at position_ids when given, else [B, S, ·]) cut to rotary_embedding_dim/2; the
// first rotary_embedding_dim features rotated in pairs (x1, x2) — halves, or even/odd features
// when interleaved — to (cos·x1 − sin·x2, sin·x1 + cos·x2); the rest passed through.
func lowerRotaryEmbedding(c *compiler, n *onnx.Node) error {
	x, err := c.real(n, 0)
	if err != nil {
		return err
	}
	xs := c.v(x).Shape
	var xin int32
	switch len(xs) {
	case 4:
		if xin, err = c.transpose(n, x, []int64{0, 2, 1, 3}); err != nil {
			return err
		}
	case 3:
		h := attrInt(n, "num_heads", 0)
		if h <= 0 || xs[2]%h != 0 {
			return fmt.Errorf("3-D input %v needs num_heads dividing its last axis", xs)
		}
		if xin, err = c.reshapeTo(n, x, []int64{xs[0], xs[1], h, xs[2] / h}); err != nil {
			return err
		}
	default:
		return fmt.Errorf("input of rank %d", len(xs))
	}
	is := c.v(xin).Shape
	B, S, D := is[0], is[1], is[3]
	rd := attrInt(n, "rotary_embedding_dim", 0)
	if rd <= 0 {
		rd = D
	}
	if rd > D || rd%2 != 0 {
		return fmt.Errorf("rotary_embedding_dim %d for head size %d", rd, D)
	}
	half := rd / 2
	caches := make([]int32, 2)
	for i := range caches {
		cc, err := c.real(n, 1+i)
		if err != nil {
			return err
		}
		if c.has(n, 3) {
			pos, err := c.in(n, 3)
			if err != nil {
				return err
			}
			if !c.v(pos).Int {
				return fmt.Errorf("position_ids must be integers")
			}
			shape := append(append([]int64{}, c.v(pos).Shape...), c.v(cc).Shape[1:]...)
			if cc, err = c.emit(n, OpGather, []int32{cc, pos}, c.like(cc, shape), []int64{0}); err != nil {
				return err
			}
		}
		cs := c.v(cc).Shape
		if len(cs) != 3 || cs[0] != B || cs[1] != S || cs[2] < half {
			return fmt.Errorf("cos/sin of shape %v for input %v and rotary dimension %d", cs, xs, rd)
		}
		if cs[2] != half {
			if cc, err = c.sliceAxis(n, cc, 2, 0, half, 1); err != nil {
				return err
			}
		}
		if caches[i], err = c.reshapeTo(n, cc, []int64{B, S, 1, half}); err != nil {
			return err
		}
	}
	cos, sin := caches[0], caches[1]
	rot := xin
	if rd < D {
		if rot, err = c.sliceAxis(n, xin, 3, 0, rd, 1); err != nil {
			return err
		}
	}
	interleaved := attrInt(n, "interleaved", 0) == 1
	var x1, x2 int32
	if interleaved {
		if x1, err = c.sliceAxis(n, rot, 3, 0, rd, 2); err != nil {
			return err
		}
		x2, err = c.sliceAxis(n, rot, 3, 1, rd, 2)
	} else {
		if x1, err = c.sliceAxis(n, rot, 3, 0, half, 1); err != nil {
			return err
		}
		x2, err = c.sliceAxis(n, rot, 3, half, rd, 1)
	}
	if err != nil {
		return err
	}
	mul := func(a, b int32) int32 {
		if err != nil {
			return 0
		}
		var id int32
		id, err = c.binary(n, OpMul, a, b)
		return id
	}
	cx1, sx2, sx1, cx2 := mul(cos, x1), mul(sin, x2), mul(sin, x1), mul(cos, x2)
	if err != nil {
		return err
	}
	re, err := c.binary(n, OpSub, cx1, sx2)
	if err != nil {
		return err
	}
	im, err := c.binary(n, OpAdd, sx1, cx2)
	if err != nil {
		return err
	}
	var rotated int32
	if interleaved {
		ps := append(append([]int64{}, c.v(re).Shape...), 1)
		if re, err = c.reshapeTo(n, re, ps); err != nil {
			return err
		}
		if im, err = c.reshapeTo(n, im, ps); err != nil {
			return err
		}
		pair, err := c.concat(n, 4, re, im)
		if err != nil {
			return err
		}
		if rotated, err = c.reshapeTo(n, pair, c.v(rot).Shape); err != nil {
			return err
		}
	} else if rotated, err = c.concat(n, 3, re, im); err != nil {
		return err
	}
	if rd < D {
		pass, err := c.sliceAxis(n, xin, 3, rd, D, 1)
		if err != nil {
			return err
		}
		if rotated, err = c.concat(n, 3, rotated, pass); err != nil {
			return err
		}
	}
	if len(xs) == 4 {
		return c.bindTo(n)(c.transpose(n, rotated, []int64{0, 2, 1, 3}))
	}
	return c.bindTo(n)(c.reshapeTo(n, rotated, xs))
}
