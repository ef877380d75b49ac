package zk

import (
	"fmt"
	"math/big"

	"github.com/auspex-labs/auspex/inference"
	"github.com/consensys/gnark/frontend"
)

// circuitStep builds the constraints of one step: out receives the output elements; the result
// is the output's bound when the op computes one (bounds.go).
type circuitStep func(b *builder, s *inference.Step, out []frontend.Variable) (*big.Int, error)

// circuitSteps are the ops the circuits implement, each mirroring the engine's per-element rule;
// circuitRefusals name, for every other op, why ZK mode refuses it. TestEveryOpHasItsTwins
// (fraudproof) checks that every engine op is in one of the two.
var circuitSteps = map[inference.OpCode]circuitStep{
	inference.OpCopy:           (*builder).copyStep,
	inference.OpRelu:           (*builder).reluStep,
	inference.OpAdd:            (*builder).binaryStep,
	inference.OpSub:            (*builder).binaryStep,
	inference.OpMul:            (*builder).binaryStep,
	inference.OpMax:            (*builder).binaryStep,
	inference.OpMin:            (*builder).binaryStep,
	inference.OpMatMul:         (*builder).dotStep,
	inference.OpConv:           (*builder).dotStep,
	inference.OpConvTranspose:  (*builder).dotStep,
	inference.OpTable:          (*builder).tableStep,
	inference.OpTranspose:      (*builder).moveStep,
	inference.OpConcat:         (*builder).moveStep,
	inference.OpSlice:          (*builder).moveStep,
	inference.OpPad:            (*builder).moveStep,
	inference.OpGather:         (*builder).moveStep,
	inference.OpExpand:         (*builder).moveStep,
	inference.OpTile:           (*builder).moveStep,
	inference.OpGatherElements: (*builder).moveStep,
	inference.OpNeg:            (*builder).unaryStep,
	inference.OpAbs:            (*builder).unaryStep,
	inference.OpClip:           (*builder).unaryStep,
	inference.OpLeakyRelu:      (*builder).unaryStep,
	inference.OpCompare:        (*builder).compareStep,
	inference.OpWhere:          (*builder).whereStep,
	inference.OpReduce:         (*builder).reduceStep,
	inference.OpAvgPool:        (*builder).avgPoolStep,
	inference.OpDiv:            (*builder).divStep,
	inference.OpSqrt:           (*builder).sqrtStep,
	inference.OpCast:           (*builder).castStep,
	inference.OpMaxPool:        (*builder).maxPoolStep,
}

func (b *builder) copyStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	copy(out, b.value(s.In[0]))
	return b.boundOf(s.In[0]), nil
}

func (b *builder) reluStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	in := func(k int) []frontend.Variable { return b.value(s.In[k]) }
	var ob *big.Int
	ob = b.boundOf(s.In[0])
	for j, x := range in(0) {
		sgn, err := b.nonNegB(x, ob)
		if err != nil {
			return nil, err
		}
		out[j] = b.api.Mul(sgn, x)
	}
	return ob, nil
}

func (b *builder) binaryStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	n := int64(len(out))
	shift := func(a, c int32) int {
		return int(b.p.Values[a].Scale) + int(b.p.Values[c].Scale) - int(b.p.Values[s.Out].Scale)
	}
	var ob *big.Int
	for j := int64(0); j < n; j++ {
		r, err := b.readsOf(s, j)
		if err != nil {
			return nil, err
		}
		if len(r.slots) != 2 {
			return nil, fmt.Errorf("step %s: %d reads for a binary op", s.Node, len(r.slots))
		}
		u, v := b.value(r.slots[0])[r.idx[0]], b.value(r.slots[1])[r.idx[1]]
		bu, bv := b.elemBound(r.slots[0], u), b.elemBound(r.slots[1], v)
		sum := new(big.Int).Add(bu, bv)
		var eb *big.Int
		switch s.Op {
		case inference.OpAdd, inference.OpSub:
			if s.Op == inference.OpAdd {
				out[j] = b.api.Add(u, v)
			} else {
				out[j] = b.api.Sub(u, v)
			}
			// A sum that cannot reach 2^63 cannot overflow: no check.
			eb = sum
			if !bounded(sum) {
				b.int64(out[j])
				eb = unbounded
			}
		case inference.OpMul:
			if out[j], eb, err = b.rshrQ(b.api.Mul(u, v), max(shift(s.In[0], s.In[1]), 0), new(big.Int).Mul(bu, bv), false); err != nil {
				return nil, err
			}
		case inference.OpMax:
			if out[j], err = b.maxB(u, v, sum); err != nil {
				return nil, err
			}
			eb = maxBig(bu, bv)
		case inference.OpMin:
			if out[j], err = b.minB(u, v, sum); err != nil {
				return nil, err
			}
			eb = maxBig(bu, bv)
		}
		ob = maxBig(ob, eb)
	}
	return ob, nil
}

func (b *builder) dotStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	n := int64(len(out))
	shift := func(a, c int32) int {
		return int(b.p.Values[a].Scale) + int(b.p.Values[c].Scale) - int(b.p.Values[s.Out].Scale)
	}
	var ob *big.Int
	// bias (when present) then (input, weight) pairs, as the engine reads them.
	bias := len(s.In) == 3
	for j := int64(0); j < n; j++ {
		r, err := b.readsOf(s, j)
		if err != nil {
			return nil, err
		}
		var acc frontend.Variable = 0
		ab := new(big.Int) // the accumulator's bound: exact weights times the inputs' bounds
		k := 0
		if bias {
			acc = b.value(r.slots[0])[r.idx[0]]
			ab.Set(b.elemBound(r.slots[0], acc)) // compiled at the accumulator's scale
			k = 1
		}
		for ; k+1 < len(r.slots); k += 2 {
			x, w := b.value(r.slots[k])[r.idx[k]], b.value(r.slots[k+1])[r.idx[k+1]]
			acc = b.api.Add(acc, b.api.Mul(x, w))
			ab.Add(ab, new(big.Int).Mul(b.elemBound(r.slots[k], x), b.elemBound(r.slots[k+1], w)))
		}
		var qb *big.Int
		if out[j], qb, err = b.rshrQ(acc, shift(s.In[0], s.In[1]), ab, b.deferred[s.Out]); err != nil {
			return nil, err
		}
		ob = maxBig(ob, qb)
	}
	return ob, nil
}

func (b *builder) tableStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	p := b.p
	in := func(k int) []frontend.Variable { return b.value(s.In[k]) }
	var err error
	var ob *big.Int
	t := &p.Tables[s.Args[0]]
	ob = new(big.Int) // an interpolation never leaves its two points: the largest |value|
	for _, v := range t.Values {
		ob = maxBig(ob, abs(big.NewInt(v)))
	}
	for j, x := range in(0) {
		if out[j], err = b.table(s.Args[0], t, x, ob); err != nil {
			return nil, err
		}
	}
	return ob, nil
}

func (b *builder) moveStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	n := int64(len(out))
	var err error
	var ob *big.Int
	for j := int64(0); j < n; j++ {
		if out[j], err = b.moved(s, j); err != nil {
			return nil, err
		}
	}
	return ob, nil
}

func (b *builder) unaryStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	vo := &b.p.Values[s.Out]
	in := func(k int) []frontend.Variable { return b.value(s.In[k]) }
	var err error
	var ob *big.Int
	for j, u := range in(0) {
		if out[j], err = b.unary(s, u, int(vo.Scale)); err != nil {
			return nil, err
		}
	}
	return ob, nil
}

func (b *builder) compareStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	n := int64(len(out))
	var ob *big.Int
	for j := int64(0); j < n; j++ {
		r, err := b.readsOf(s, j)
		if err != nil {
			return nil, err
		}
		if out[j], err = b.compare(s.Args[0], b.value(r.slots[0])[r.idx[0]], b.value(r.slots[1])[r.idx[1]]); err != nil {
			return nil, err
		}
	}
	return ob, nil
}

func (b *builder) whereStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	p := b.p
	n := int64(len(out))
	var ob *big.Int
	for j := int64(0); j < n; j++ {
		// The engine reads the condition, then the branch it selects: record both branches.
		pick := func(c int64) (int32, int64, error) {
			var slot int32
			var idx int64
			k := 0
			_, err := inference.ElementValue(p, s, j, func(sl int32, ix int64) (int64, error) {
				if k == 0 {
					k++
					return c, nil
				}
				slot, idx = sl, ix
				return 0, nil
			})
			return slot, idx, err
		}
		cr, err := b.readsOf(s, j)
		if err != nil {
			return nil, err
		}
		xs, xi, err := pick(1)
		if err != nil {
			return nil, err
		}
		ys, yi, err := pick(0)
		if err != nil {
			return nil, err
		}
		cond := b.value(cr.slots[0])[cr.idx[0]]
		out[j] = b.api.Select(b.api.IsZero(cond), b.value(ys)[yi], b.value(xs)[xi])
	}
	return ob, nil
}

func (b *builder) reduceStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	n := int64(len(out))
	var ob *big.Int
	for j := int64(0); j < n; j++ {
		r, err := b.readsOf(s, j)
		if err != nil {
			return nil, err
		}
		var eb *big.Int
		if out[j], eb, err = b.reduce(s.Args[0], r); err != nil {
			return nil, err
		}
		ob = maxBig(ob, eb)
	}
	return ob, nil
}

func (b *builder) avgPoolStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	n := int64(len(out))
	var err error
	var ob *big.Int
	for j := int64(0); j < n; j++ {
		var eb *big.Int
		if out[j], eb, err = b.avgPool(s, j); err != nil {
			return nil, err
		}
		ob = maxBig(ob, eb)
	}
	return ob, nil
}

func (b *builder) divStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	p := b.p
	vo := &b.p.Values[s.Out]
	n := int64(len(out))
	var ob *big.Int
	if vo.Int {
		return nil, fmt.Errorf("step %s: integer Div: %w", s.Node, ErrUnsupported)
	}
	k := int(vo.Scale) + int(p.Values[s.In[1]].Scale) - int(p.Values[s.In[0]].Scale)
	if k < 0 || k > 62 {
		return nil, fmt.Errorf("step %s: Div shift %d: %w", s.Node, k, ErrUnsupported)
	}
	for j := int64(0); j < n; j++ {
		r, err := b.readsOf(s, j)
		if err != nil {
			return nil, err
		}
		u, v := b.value(r.slots[0])[r.idx[0]], b.value(r.slots[1])[r.idx[1]]
		// u·2^k is exact, as the engine computes it in 128 bits: no int64 check of the dividend.
		num := b.api.Mul(u, int64(1)<<k)
		nb := new(big.Int).Lsh(minBig(b.elemBound(r.slots[0], u), unbounded), uint(k))
		var eb *big.Int
		if out[j], eb, err = b.divWide(num, v, nb, b.elemBound(r.slots[1], v)); err != nil {
			return nil, err
		}
		ob = maxBig(ob, eb)
	}
	return ob, nil
}

func (b *builder) sqrtStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	p := b.p
	vo := &b.p.Values[s.Out]
	in := func(k int) []frontend.Variable { return b.value(s.In[k]) }
	var err error
	var ob *big.Int
	k := 2*int(vo.Scale) - int(p.Values[s.In[0]].Scale)
	if k < 0 || k > 64 {
		return nil, fmt.Errorf("step %s: Sqrt shift %d: %w", s.Node, k, ErrUnsupported)
	}
	for j, u := range in(0) {
		var eb *big.Int
		if out[j], eb, err = b.sqrt(u, k, b.elemBound(s.In[0], u)); err != nil {
			return nil, err
		}
		ob = maxBig(ob, eb)
	}
	return ob, nil
}

func (b *builder) castStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	p := b.p
	vo := &b.p.Values[s.Out]
	in := func(k int) []frontend.Variable { return b.value(s.In[k]) }
	var err error
	var ob *big.Int
	vx := &p.Values[s.In[0]]
	for j, u := range in(0) {
		if out[j], err = b.cast(vx, vo, u); err != nil {
			return nil, fmt.Errorf("step %s: %w", s.Node, err)
		}
	}
	return ob, nil
}

func (b *builder) maxPoolStep(s *inference.Step, out []frontend.Variable) (*big.Int, error) {
	n := int64(len(out))
	var ob *big.Int
	for j := int64(0); j < n; j++ {
		r, err := b.readsOf(s, j)
		if err != nil {
			return nil, err
		}
		if len(r.slots) == 0 {
			return nil, fmt.Errorf("step %s: an empty window", s.Node)
		}
		m := b.value(r.slots[0])[r.idx[0]]
		mb := b.elemBound(r.slots[0], m)
		for k := 1; k < len(r.slots); k++ {
			x := b.value(r.slots[k])[r.idx[k]]
			xb := b.elemBound(r.slots[k], x)
			if m, err = b.maxB(m, x, new(big.Int).Add(mb, xb)); err != nil {
				return nil, err
			}
			mb = maxBig(mb, xb)
		}
		out[j] = m
		ob = maxBig(ob, mb)
	}
	return ob, nil
}

var circuitRefusals = map[inference.OpCode]string{
	inference.OpLog:            "natural log: no circuit yet (the one-step verifier has it)",
	inference.OpRequant:        "per-channel integer rescale: no circuit yet",
	inference.OpArgMax:         "ArgMax: no circuit yet",
	inference.OpRound:          "Floor/Ceil/Round: no circuit yet",
	inference.OpWeightedGather: "Resize's weighted gather: no circuit yet",
	inference.OpMod:            "integer Mod: no circuit yet",
	inference.OpBitwise:        "bitwise And/Or/Xor/shifts: no circuit yet (each needs the operands' bit decomposition, 64 constraints per operand; the one-step verifier has them)",
}

// Supports reports whether the circuits implement op and, when they do not, why ("" for an op
// neither implemented nor refused: TestEveryOpHasItsTwins fails on it).
func Supports(op inference.OpCode) (bool, string) {
	if _, ok := circuitSteps[op]; ok {
		return true, ""
	}
	return false, circuitRefusals[op]
}
