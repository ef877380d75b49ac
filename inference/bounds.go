package inference

import (
	"fmt"
	"math"

	"github.com/auspex-labs/auspex/inference/onnx"
)

// Range is a declared interval of a real input's values (Options.InputRanges). With it the
// compiler can bound the tensors computed from the input and give a product that would leave int64
// at the default scale a lower scale of its own. The scales it leads to are part of the program
// and its hash, so a registered model records its ranges as it records its shapes.
type Range struct{ Lo, Hi float64 }

func (r Range) bound() float64 { return math.Max(math.Abs(r.Lo), math.Abs(r.Hi)) }

// maxInputScale caps a ranged input's scale: 2^-40 holds every float32 from 2^-17 on exactly.
const maxInputScale = 40

// inputScale is the scale of an input declared in r: the finest that keeps its values below 2^60
// (within [0, maxInputScale]), so a float32 feature keeps its own precision — a tree's threshold
// compares exactly where the default 2^-24 rounds two nearby float32 values together — and a
// range past 2^36 does not saturate.
func (r Range) inputScale() uint8 {
	b := r.bound()
	if b == 0 {
		return maxInputScale
	}
	_, e := math.Frexp(b) // b < 2^e
	return uint8(min(max(60-e, 0), maxInputScale))
}

// unknownBound marks a value nothing is known about: the compiler then keeps the default scale.
var unknownBound = math.Inf(1)

// bound is |x| ≤ B for every element of value id (a real value's real magnitude, an integer's
// value), or unknownBound. Bounds come from facts only: constants, declared input ranges, integer
// types, and ops whose output is bounded by their inputs (bound rules below); an op without a rule
// gives an unknown bound, so a model without declared ranges compiles as it always has.
func (c *compiler) bound(id int32) float64 {
	v := c.v(id)
	if v.Const != nil {
		if b, ok := c.constBounds[id]; ok {
			return b
		}
		var m uint64
		for _, q := range v.Const {
			m = max(m, uabs(q))
		}
		b := float64(m)
		if !v.Int {
			b = math.Ldexp(b, -int(v.Scale))
		}
		c.constBounds[id] = b
		return b
	}
	if b, ok := c.bounds[id]; ok {
		return b
	}
	if v.Int {
		if lo, hi, err := dtypeRange(v.DType); err == nil {
			return math.Max(-float64(lo), float64(hi))
		}
	}
	return unknownBound
}

// stepBound bounds the output of op on ins (with args), before the step exists.
func (c *compiler) stepBound(op OpCode, ins []int32, args []int64) float64 {
	b := func(k int) float64 { return c.bound(ins[k]) }
	maxOf := func(ks ...int) float64 {
		m := 0.0
		for _, k := range ks {
			m = math.Max(m, b(k))
		}
		return m
	}
	switch op {
	case OpCopy, OpTranspose, OpSlice, OpExpand, OpTile, OpMaxPool, OpAvgPool, OpRelu, OpAbs, OpNeg, OpCast,
		OpGather, OpGatherElements:
		return b(0)
	case OpConcat:
		ks := make([]int, len(ins))
		for i := range ks {
			ks[i] = i
		}
		return maxOf(ks...)
	case OpWhere:
		return maxOf(1, 2)
	case OpAdd, OpSub:
		return b(0) + b(1)
	case OpMax, OpMin:
		return maxOf(0, 1)
	case OpMul:
		if b(0) == 0 || b(1) == 0 {
			return 0
		}
		return b(0) * b(1)
	case OpSqrt:
		return math.Sqrt(b(0)) + 1
	case OpReduce:
		if args[0] == ReduceSum {
			vx := c.v(ins[0])
			count := 1.0
			for d, m := range args[2:] {
				if m == 1 {
					count *= float64(vx.Shape[d])
				}
			}
			return b(0) * count
		}
		return b(0)
	case OpMatMul:
		va, vb := c.v(ins[0]), c.v(ins[1])
		K := float64(va.Shape[len(va.Shape)-1])
		acc := b(0) * b(1) * K
		if vb.Const != nil && !vb.Int {
			if m, ok := c.columnAbsSum(ins[1]); ok {
				acc = b(0) * math.Ldexp(float64(m), -int(vb.Scale))
			}
		}
		if len(ins) == 3 {
			acc += b(2)
		}
		return acc
	case OpConv:
		vw := c.v(ins[1])
		acc := b(0) * b(1) * float64(numel(vw.Shape[1:]))
		if vw.Const != nil {
			per := numel(vw.Shape[1:])
			var worst uint64
			for m := int64(0); m < vw.Shape[0]; m++ {
				var sum uint64
				for _, q := range vw.Const[m*per : (m+1)*per] {
					sum += uabs(q)
				}
				worst = max(worst, sum)
			}
			acc = b(0) * math.Ldexp(float64(worst), -int(vw.Scale))
		}
		if len(ins) == 3 {
			acc += b(2)
		}
		return acc
	}
	return unknownBound
}

// productScale is the output scale of a product (Mul, MatMul, Conv) of ins: the default, lowered
// when the output's bound B would reach 2^60 at it (leaving one doubling before the ±Inf range of
// 2^61, for a sum of two such values), and never above sa + sb (the rescale only shifts right).
func (c *compiler) productScale(op OpCode, ins []int32, args []int64) uint8 {
	s := int(c.opt.Scale)
	if B := c.stepBound(op, ins, args); B > 0 && !math.IsInf(B, 1) {
		_, e := math.Frexp(B) // B < 2^e
		s = min(s, 60-e)
	}
	s = min(s, int(c.v(ins[0]).Scale)+int(c.v(ins[1]).Scale))
	return uint8(max(s, 0))
}

// alignScales brings real values to one scale, the smallest among them, with a Cast of each finer
// one (rescaling down never overflows): Add, Sub, Max, Min, Where and Concat need equal scales.
func (c *compiler) alignScales(n *onnx.Node, ids []int32) ([]int32, error) {
	s := -1
	for _, id := range ids {
		if v := c.v(id); !v.Int && (s < 0 || int(v.Scale) < s) {
			s = int(v.Scale)
		}
	}
	out := append([]int32{}, ids...)
	for i, id := range ids {
		v := c.v(id)
		if v.Int || int(v.Scale) == s {
			continue
		}
		cast := Value{Scale: uint8(s), Shape: v.Shape}
		var err error
		if out[i], err = c.emit(n, OpCast, []int32{id}, cast, nil); err != nil {
			return nil, fmt.Errorf("align scales: %w", err)
		}
	}
	return out, nil
}

// checkScales refuses a step whose scales its kernel would misread: the ops that add, compare or
// select without rescaling need one scale, and a product's rescale only shifts right. Lowerings
// align scales first (alignScales, productScale); this turns a lowering that forgets into a
// compile error instead of a wrong program.
func (c *compiler) checkScales(op OpCode, ins []int32, out *Value) error {
	if out.Int && op != OpCompare {
		return nil
	}
	real := func(k int) bool { return k < len(ins) && !c.v(ins[k]).Int }
	same := func(ks ...int) error {
		for _, k := range ks {
			if real(k) && c.v(ins[k]).Scale != c.v(ins[ks[0]]).Scale {
				return fmt.Errorf("%s of values at scales %d and %d (internal: operands must be aligned)", op, c.v(ins[ks[0]]).Scale, c.v(ins[k]).Scale)
			}
		}
		if op != OpCompare && real(ks[0]) && out.Scale != c.v(ins[ks[0]]).Scale {
			return fmt.Errorf("%s at scale %d of values at scale %d (internal: no rescale)", op, out.Scale, c.v(ins[ks[0]]).Scale)
		}
		return nil
	}
	switch op {
	case OpAdd, OpSub, OpMax, OpMin, OpCompare:
		return same(0, 1)
	case OpWhere:
		return same(1, 2)
	case OpConcat:
		ks := make([]int, len(ins))
		for i := range ks {
			ks[i] = i
		}
		return same(ks...)
	case OpMul, OpMatMul, OpConv, OpConvTranspose:
		if real(0) && real(1) && int(out.Scale) > int(c.v(ins[0]).Scale)+int(c.v(ins[1]).Scale) {
			return fmt.Errorf("%s at scale %d of factors at scales %d and %d (internal: the rescale only shifts right)", op, out.Scale, c.v(ins[0]).Scale, c.v(ins[1]).Scale)
		}
	}
	return nil
}
