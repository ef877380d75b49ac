package inference

// logKernel: for x > 0 at scale sx, with k = bitlen(x) − 1 and t = x normalised to [1, 2) at
// scale 16 (x·2^(16−k), or rshr(x, k−16)): out = (k − sx)·ln2Q + table(t). Args [table, ln2Q].
func logKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	t := &p.Tables[s.Args[0]]
	sx := int64(p.Values[s.In[0]].Scale)
	for i, x := range in[0] {
		v, err := logElem(t, s.Args[1], sx, x, a)
		if err != nil {
			return err
		}
		out[i] = v
	}
	return nil
}

// Compare kinds (Args[0] of OpCompare).
const (
	CmpLess = iota
	CmpLessOrEqual
	CmpGreater
	CmpGreaterOrEqual
	CmpEqual
	CmpNotEqual
)

// compareKernel: broadcast a ? b, 1 or 0 (operands at one scale).
func compareKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	va, vb, vo := &p.Values[s.In[0]], &p.Values[s.In[1]], &p.Values[s.Out]
	ia := newIndexer(vo.Shape, broadcastStrides(va.Shape, vo.Shape))
	ib := newIndexer(vo.Shape, broadcastStrides(vb.Shape, vo.Shape))
	for i := range out {
		u, v := in[0][ia.off], in[1][ib.off]
		var r bool
		switch s.Args[0] {
		case CmpLess:
			r = u < v
		case CmpLessOrEqual:
			r = u <= v
		case CmpGreater:
			r = u > v
		case CmpGreaterOrEqual:
			r = u >= v
		default:
			r = compareElem(s.Args[0], u, v) == 1
		}
		out[i] = boolToInt(r)
		ia.next()
		ib.next()
	}
	return nil
}

// whereKernel: broadcast cond ≠ 0 ? a : b.
func whereKernel(p *Program, s *Step, in [][]int64, out []int64, _ *arith) error {
	vo := &p.Values[s.Out]
	its := make([]*indexer, 3)
	for k := range its {
		its[k] = newIndexer(vo.Shape, broadcastStrides(p.Values[s.In[k]].Shape, vo.Shape))
	}
	for i := range out {
		if in[0][its[0].off] != 0 {
			out[i] = in[1][its[1].off]
		} else {
			out[i] = in[2][its[2].off]
		}
		for _, it := range its {
			it.next()
		}
	}
	return nil
}

// requantKernel: y = clamp(roundHalfEven((x − inZp[c])·M[c] / 2^K) + outZp[c], lo, hi), c the
// index along Args[0] (−1: one channel). The product is exact in 128 bits. QuantizeLinear,
// DequantizeLinear and the QLinear ops' output rescale are this op with constants fixed at
// compile time.
func requantKernel(p *Program, s *Step, in [][]int64, out []int64, a *arith) error {
	vx := &p.Values[s.In[0]]
	for i, x := range in[0] {
		out[i] = requantElem(s, vx, int64(i), x, a)
	}
	return nil
}
