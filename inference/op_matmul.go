package inference

import (
	"fmt"
	"math/bits"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// matmul emits a (batched) product at the program scale with an optional bias at scale sa+sb.
func (c *compiler) matmul(n *onnx.Node, a, b int32, bias int32) (int32, error) {
	if err := c.sameKind(a, b); err != nil {
		return 0, err
	}
	va, vb := c.v(a), c.v(b)
	if va.Int {
		return 0, &UnsupportedError{Op: "MatMul", Detail: "integer operands (use MatMulInteger)"}
	}
	as, bs := va.Shape, vb.Shape
	// 1-D operands are promoted and the added axis removed afterwards, as numpy does.
	if len(as) == 1 {
		as = []int64{1, as[0]}
	}
	if len(bs) == 1 {
		bs = []int64{bs[0], 1}
	}
	if as[len(as)-1] != bs[len(bs)-2] {
		return 0, fmt.Errorf("shapes %v and %v do not multiply", va.Shape, vb.Shape)
	}
	batch, err := broadcastShape(as[:len(as)-2], bs[:len(bs)-2])
	if err != nil {
		return 0, err
	}
	var err2 error
	if len(va.Shape) == 1 {
		a, err2 = c.reshapeTo(n, a, as)
	}
	if err2 == nil && len(vb.Shape) == 1 {
		b, err2 = c.reshapeTo(n, b, bs)
	}
	if err2 != nil {
		return 0, err2
	}
	shape := append(append([]int64{}, batch...), as[len(as)-2], bs[len(bs)-1])
	out := Value{Scale: c.productScale(OpMatMul, []int32{a, b}, nil), Shape: shape}
	ins := []int32{a, b}
	if bias >= 0 {
		if bs, err := broadcastShape(c.v(bias).Shape, shape); err != nil || !sameShape(bs, shape) {
			return 0, fmt.Errorf("bias of shape %v does not broadcast to %v", c.v(bias).Shape, shape)
		}
		ins = append(ins, bias)
	}
	var args []int64
	if vb := c.v(b); vb.Const != nil && !vb.Int {
		// A bound the kernel uses to skip overflow checks; the values it computes are the same.
		if m, ok := c.columnAbsSum(b); ok {
			args = []int64{int64(m)}
		}
	}
	id, err := c.emit(n, OpMatMul, ins, out, args)
	if err != nil {
		return 0, err
	}
	final := shape
	if len(c.v(ins[0]).Shape) != len(va.Shape) || len(c.v(ins[1]).Shape) != len(vb.Shape) {
		final = append([]int64{}, batch...)
		if len(va.Shape) > 1 {
			final = append(final, as[len(as)-2])
		}
		if len(vb.Shape) > 1 {
			final = append(final, bs[len(bs)-1])
		}
		return c.reshapeTo(n, id, final)
	}
	return id, nil
}

func lowerMatMul(c *compiler, n *onnx.Node) error {
	a, err := c.in(n, 0)
	if err != nil {
		return err
	}
	b, err := c.in(n, 1)
	if err != nil {
		return err
	}
	return c.bindTo(n)(c.matmul(n, a, b, -1))
}

// lowerGemm: Y = alpha·A'·B' + beta·C with the transposes folded; alpha and beta other than 1 are
// folded into constant operands when possible.
func lowerGemm(c *compiler, n *onnx.Node) error {
	a, err := c.in(n, 0)
	if err != nil {
		return err
	}
	b, err := c.in(n, 1)
	if err != nil {
		return err
	}
	if attrInt(n, "transA", 0) == 1 {
		if a, err = c.transpose(n, a, []int64{1, 0}); err != nil {
			return err
		}
	}
	if attrInt(n, "transB", 0) == 1 {
		if b, err = c.transpose(n, b, []int64{1, 0}); err != nil {
			return err
		}
	}
	alpha, beta := attrFloat(n, "alpha", 1), attrFloat(n, "beta", 1)
	if alpha != 1 {
		if b, err = c.scaleBy(n, b, alpha); err != nil {
			return err
		}
	}
	bias := int32(-1)
	if c.has(n, 2) && beta != 0 {
		cid, err := c.in(n, 2)
		if err != nil {
			return err
		}
		// The bias joins the accumulator at scale sa+sb: exact when it is a constant.
		if bias, err = c.rescaleConst(n, cid, c.v(a).Scale+c.v(b).Scale, beta); err != nil {
			return err
		}
	}
	return c.bindTo(n)(c.matmul(n, a, b, bias))
}

// scaleBy multiplies a real value by a real constant factor.
func (c *compiler) scaleBy(n *onnx.Node, x int32, f float64) (int32, error) {
	q, err := Quantize(f, c.opt.Scale)
	if err != nil {
		return 0, err
	}
	k := c.add(Value{Scale: c.opt.Scale, Shape: []int64{}, Const: []int64{q}})
	return c.binary(n, OpMul, x, k)
}

// rescaleConst brings a bias to scale s (times factor): re-quantized from the original float when
// it is a constant (no double rounding), otherwise by an exact shift of a computed value.
func (c *compiler) rescaleConst(n *onnx.Node, id int32, s uint8, factor float64) (int32, error) {
	v := c.v(id)
	if v.Int {
		return 0, fmt.Errorf("integer bias")
	}
	if t, ok := c.m.Initializer(v.Name); ok && v.Const != nil && t.DType.IsFloat() {
		out := Value{Name: v.Name, Scale: s, Shape: v.Shape, Const: make([]int64, len(t.Floats))}
		for i, f := range t.Floats {
			q, err := Quantize(f*factor, s)
			if err != nil {
				return 0, err
			}
			out.Const[i] = q
		}
		return c.add(out), nil
	}
	if factor != 1 {
		var err error
		if id, err = c.scaleBy(n, id, factor); err != nil {
			return 0, err
		}
	}
	return c.emit(n, OpCast, []int32{id}, Value{Scale: s, Shape: c.v(id).Shape}, nil)
}

// matmulKernel: out[b,i,j] = rshr(bias[b,i,j] + Σ_k A[b,i,k]·B[b,k,j], sa+sb−so), summed exactly
// (acc128) in k order, batch dims broadcast; the bias (optional third input) is at scale sa+sb.
func matmulKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	va, vb, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	ra, rb, ro := len(va.Shape), len(vb.Shape), len(vo.Shape)
	M, K, N := va.Shape[ra-2], va.Shape[ra-1], vb.Shape[rb-1]
	shift := uint(int(va.Scale) + int(vb.Scale) - int(vo.Scale))
	batch := vo.Shape[:ro-2]
	ia := newIndexer(batch, broadcastStrides(va.Shape[:ra-2], batch))
	ib := newIndexer(batch, broadcastStrides(vb.Shape[:rb-2], batch))
	var bias []int64
	var ic *indexer
	if len(s.In) == 3 {
		bias = in[2]
		ic = newIndexer(vo.Shape, broadcastStrides(p.Values[s.In[2]].Shape, vo.Shape))
	}
	A, B := in[0], in[1]
	nb := numel(batch)
	// Row by row, k outer and j inner, so B is read contiguously: the sums are exact, so their
	// order does not change the result.
	fast := make([]int64, N)
	big := make([]acc128, N)
	// If max|A| · max_j Σ_k |B[k,j]| < 2^62 no partial sum can leave int64: the checks go. For a
	// constant B the compiler stores the column bound in Args[0].
	var safe bool
	if len(s.Args) == 1 && s.Args[0] >= 0 {
		hi, lo := bits.Mul64(maxAbs(A), uint64(s.Args[0]))
		safe = hi == 0 && lo < 1<<62
	} else {
		safe = noOverflowMatMul(maxAbs(A), B, K, N)
	}
	o := 0
	for bi := int64(0); bi < nb; bi++ {
		aoff, boff := ia.off*M*K, ib.off*K*N
		for i := int64(0); i < M; i++ {
			for j := range fast {
				fast[j], big[j] = 0, acc128{}
				if bias != nil {
					big[j] = from64(bias[ic.off])
					ic.next()
				}
			}
			ar := A[aoff+i*K : aoff+i*K+K]
			if safe {
				for k, x := range ar {
					brow := B[boff+int64(k)*N : boff+int64(k)*N+N]
					brow = brow[:len(fast)]
					for j, y := range brow {
						fast[j] += x * y
					}
				}
				for j := range fast {
					out[o] = big[j].add64(fast[j]).rshr(shift).int64(a)
					o++
				}
				continue
			}
			for k, x := range ar {
				brow := B[boff+int64(k)*N : boff+int64(k)*N+N]
				if !small(x) {
					for j, y := range brow {
						big[j] = big[j].addProd(x, y)
					}
					continue
				}
				// The exactSum fast lane, inlined: both operands below 2^31, the product is exact.
				for j, y := range brow {
					if !small(y) {
						big[j] = big[j].addProd(x, y)
						continue
					}
					p := x * y
					f := fast[j]
					s := f + p
					if (f >= 0) == (p >= 0) && (s >= 0) != (p >= 0) {
						big[j] = big[j].add64(f)
						s = p
					}
					fast[j] = s
				}
			}
			for j := range fast {
				out[o] = big[j].add64(fast[j]).rshr(shift).int64(a)
				o++
			}
		}
		ia.next()
		ib.next()
	}
	return nil
}

func matmulElem(p *Program, s *Step, j int64, idx []int64, get Getter, a *arith) (int64, error) {
	va, vb, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	ra, rb, ro := len(va.Shape), len(vb.Shape), len(vo.Shape)
	K, N := va.Shape[ra-1], vb.Shape[rb-1]
	M := va.Shape[ra-2]
	batch := idx[:ro-2]
	i, jj := idx[ro-2], idx[ro-1]
	aoff := bcastIndex(va.Shape[:ra-2], vo.Shape[:ro-2], batch) * M * K
	boff := bcastIndex(vb.Shape[:rb-2], vo.Shape[:ro-2], batch) * K * N
	var acc acc128
	if len(s.In) == 3 {
		v, err := get(s.In[2], bcastIndex(p.Values[s.In[2]].Shape, vo.Shape, idx))
		if err != nil {
			return 0, err
		}
		acc = from64(v)
	}
	for k := int64(0); k < K; k++ {
		x, err := get(s.In[0], aoff+i*K+k)
		if err != nil {
			return 0, err
		}
		y, err := get(s.In[1], boff+k*N+jj)
		if err != nil {
			return 0, err
		}
		acc = acc.addProd(x, y)
	}
	return acc.rshr(uint(int(va.Scale) + int(vb.Scale) - int(vo.Scale))).int64(a), nil
}

// noOverflowMatMul: max|a| · (the largest column sum of |B| over every K×N block) < 2^62.
func noOverflowMatMul(maxA uint64, B []int64, K, N int64) bool {
	worst, ok := maxColumnAbsSum(B, K, N)
	if !ok {
		return false
	}
	hi, lo := bits.Mul64(maxA, worst)
	return hi == 0 && lo < 1<<62
}

// columnAbsSum is maxColumnAbsSum of the constant matrix (or batch of matrices) id, computed once
// per compilation: a weight is read by every unrolled step of a loop or a generation.
func (c *compiler) columnAbsSum(id int32) (uint64, bool) {
	if r, ok := c.colSums[id]; ok {
		return r.max, r.ok
	}
	v := c.v(id)
	m, ok := maxColumnAbsSum(v.Const, v.Shape[len(v.Shape)-2], v.Shape[len(v.Shape)-1])
	c.colSums[id] = colSum{m, ok}
	return m, ok
}

type colSum struct {
	max uint64
	ok  bool
}

// maxColumnAbsSum is the largest Σ_k |B[k,j]| over the K×N blocks of B (false if it passes 2^63).
func maxColumnAbsSum(B []int64, K, N int64) (uint64, bool) {
	var worst uint64
	for base := int64(0); K*N > 0 && base+K*N <= int64(len(B)); base += K * N {
		for j := int64(0); j < N; j++ {
			var sum uint64
			for k := int64(0); k < K; k++ {
				sum += uabs(B[base+k*N+j])
				if sum >= 1<<63 {
					return 0, false
				}
			}
			worst = max(worst, sum)
		}
	}
	return worst, true
}
