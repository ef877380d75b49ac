package inference

import (
	"fmt"
	"math/big"
)

// Partial sums of wide reductions (docs/DISPUTE.md): a MatMul or Conv output element is
// rshr(bias + Σ_t term_t, shift) with the terms in a fixed order — MatMul: t = k, the inner index;
// Conv: t = c·kernelSize + kernelPosition (row-major), a position outside the input contributing
// zero. When one element's terms do not fit in a one-step transaction, the dispute bisects over the
// accumulator after t terms; these functions define that accumulator exactly.

// ReductionTerms is how many terms output elements of step s sum (0 for ops without a reduction).
func ReductionTerms(p *Program, s *Step) int64 {
	switch s.Op {
	case OpMatMul:
		va := &p.Values[s.In[0]]
		return va.Shape[len(va.Shape)-1]
	case OpConv:
		vx, vw := &p.Values[s.In[0]], &p.Values[s.In[1]]
		return vx.Shape[1] / s.Args[0] * numel(vw.Shape[2:])
	}
	return 0
}

// ReductionBias is the accumulator's starting value for output element j: the bias element, or 0.
func ReductionBias(p *Program, s *Step, j int64, get Getter) (int64, error) {
	if len(s.In) < 3 {
		return 0, nil
	}
	vo := &p.Values[s.Out]
	idx := make([]int64, len(vo.Shape))
	unflatten(j, vo.Shape, idx)
	switch s.Op {
	case OpMatMul:
		return get(s.In[2], bcastIndex(p.Values[s.In[2]].Shape, vo.Shape, idx))
	case OpConv:
		return get(s.In[2], idx[1])
	}
	return 0, fmt.Errorf("%s has no reduction", s.Op)
}

// Accumulate is start + Σ term_t for t in [from, to) of output element j, exact, with the
// engine's accumulator semantics: every running total must stay in int128 (else ErrOverflow),
// as acc128's sticky overflow flag demands. The dispute posts these running totals.
func Accumulate(p *Program, s *Step, j, from, to int64, start *big.Int, get Getter) (*big.Int, error) {
	if n := ReductionTerms(p, s); from < 0 || to > n || from > to {
		return nil, fmt.Errorf("term range [%d, %d) outside [0, %d)", from, to, n)
	}
	vo := &p.Values[s.Out]
	idx := make([]int64, len(vo.Shape))
	unflatten(j, vo.Shape, idx)
	sum := new(big.Int).Set(start)
	ovf := false
	add := func(x, y int64) {
		sum.Add(sum, new(big.Int).Mul(big.NewInt(x), big.NewInt(y)))
		ovf = ovf || sum.Cmp(int128Max) > 0 || sum.Cmp(int128Min) < 0
	}
	switch s.Op {
	case OpMatMul:
		va, vb := &p.Values[s.In[0]], &p.Values[s.In[1]]
		ra, rb, ro := len(va.Shape), len(vb.Shape), len(vo.Shape)
		K, N, M := va.Shape[ra-1], vb.Shape[rb-1], va.Shape[ra-2]
		batch := idx[:ro-2]
		aoff := bcastIndex(va.Shape[:ra-2], vo.Shape[:ro-2], batch) * M * K
		boff := bcastIndex(vb.Shape[:rb-2], vo.Shape[:ro-2], batch) * K * N
		i, jj := idx[ro-2], idx[ro-1]
		for k := from; k < to; k++ {
			x, err := get(s.In[0], aoff+i*K+k)
			if err != nil {
				return nil, err
			}
			y, err := get(s.In[1], boff+k*N+jj)
			if err != nil {
				return nil, err
			}
			add(x, y)
		}
	case OpConv:
		vx, vw := &p.Values[s.In[0]], &p.Values[s.In[1]]
		group, nsp := s.Args[0], int(s.Args[1])
		C, M := vx.Shape[1], vw.Shape[0]
		cg, mg := C/group, M/group
		n, m := idx[0], idx[1]
		inSp, kernel := vx.Shape[2:], vw.Shape[2:]
		inSt := strides(inSp)
		inPlane, kPlane := numel(inSp), numel(kernel)
		g := m / mg
		kidx := make([]int64, nsp)
		for t := from; t < to; t++ {
			c, kp := t/kPlane, t%kPlane
			unflatten(kp, kernel, kidx)
			off, inside := int64(0), true
			for d := 0; d < nsp; d++ {
				x := idx[2+d]*s.Args[2+3*d] - s.Args[4+3*d] + kidx[d]*s.Args[3+3*d]
				if x < 0 || x >= inSp[d] {
					inside = false
					break
				}
				off += x * inSt[d]
			}
			if !inside {
				continue
			}
			xv, err := get(s.In[0], (n*C+g*cg+c)*inPlane+off)
			if err != nil {
				return nil, err
			}
			wv, err := get(s.In[1], (m*cg+c)*kPlane+kp)
			if err != nil {
				return nil, err
			}
			add(xv, wv)
		}
	default:
		return nil, fmt.Errorf("%s has no reduction", s.Op)
	}
	if ovf {
		return nil, ErrOverflow
	}
	return sum, nil
}

// int128Bounds are the accumulator's limits (acc128).
var (
	int128Max = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
	int128Min = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 127))
)

// FinishReduction turns a full accumulator (bias + all terms) into the stored element: the
// engine's rescale and int64 check. An accumulator outside int128 is an overflow.
func FinishReduction(p *Program, s *Step, acc *big.Int) (int64, error) {
	if acc.Cmp(int128Max) > 0 || acc.Cmp(int128Min) < 0 {
		return 0, ErrOverflow
	}
	a := acc128{hi: new(big.Int).Rsh(acc, 64).Int64(), lo: new(big.Int).And(acc, new(big.Int).SetUint64(^uint64(0))).Uint64()}
	shift := int(p.Values[s.In[0]].Scale) + int(p.Values[s.In[1]].Scale) - int(p.Values[s.Out].Scale)
	var ar arith
	v := a.rshr(uint(shift)).int64(&ar)
	if ar.overflow {
		return 0, ErrOverflow
	}
	return v, nil
}
