package zk

import (
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/auspex-labs/auspex/inference"
)

// Value bounds. The engine's values are int64, so by default every stored value is range-checked
// to 64 bits. Where the circuit can bound a value from the program alone — inputs of the bytes form,
// narrow integer inputs, constants, and what ReLU, max, sums, products and rescales make of bounded
// values — it checks only as many bits as the bound needs, and skips a sum's overflow check when
// the sum cannot reach 2^63. A bound B means |v| ≤ B for every element of a slot; bounds are
// computed from the program (weights included), never from a run, so the circuit is the same for
// every input.

// unbounded is the bound of an int64 nothing more is known of.
var unbounded = new(big.Int).Lsh(big.NewInt(1), 63)

// lookupBase is a limb width for the lookup range checks that fits the engine's 24-bit rescale
// remainders in two limbs: for large circuits it beats gnark's own choice (mnist-8: 175k
// constraints at 12, 196k at 10, 189k at 13, 191k at 14, 235k at 16, 191k with gnark's choice);
// small ones do better with gnark's smaller table, so Compile tries both.
const lookupBase = 12

// boundOf is slot id's bound: recorded for inputs and computed steps, exact for constants.
func (b *builder) boundOf(id int32) *big.Int {
	if b.bound[id] != nil {
		return b.bound[id]
	}
	if c := b.p.Values[id].Const; c != nil {
		m := new(big.Int)
		for _, x := range c {
			m = maxBig(m, abs(big.NewInt(x)))
		}
		b.bound[id] = m
		return m
	}
	return unbounded
}

// bounded reports whether values within B are known to be int64 with room for a sign check.
func bounded(bnd *big.Int) bool { return bnd.BitLen() <= 62 }

// elemBound is the bound of one element: its constant value, or its slot's bound.
func (b *builder) elemBound(slot int32, x frontend.Variable) *big.Int {
	if c, ok := x.(int64); ok {
		return abs(big.NewInt(c))
	}
	return b.boundOf(slot)
}

// signed constrains x to [-2^n, 2^n) for the smallest n with 2^n > B (B unbounded: int64).
func (b *builder) signed(x frontend.Variable, bnd *big.Int) {
	if isConst(x) {
		return
	}
	if !bounded(bnd) {
		b.int64(x)
		return
	}
	n := b.widen(bnd.BitLen()+1) - 1
	b.rc.Check(b.api.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(n))), n+1)
}

// widen rounds a check's width up to whole lookup limbs (below 63 bits: the windows stay far
// narrower than the field, which is all uniqueness needs).
func (b *builder) widen(n int) int {
	if b.base == 0 {
		return n
	}
	return min((n+b.base-1)/b.base*b.base, 63)
}

// inputRange constrains an integer input of the int64 form to its ONNX type's range (DecodeInput
// refuses the rest) and returns its bound; other inputs are left as they are.
func (b *builder) inputRange(v *inference.Value, x frontend.Variable) *big.Int {
	lo, hi, ok := dtypeRange(v.DType)
	if !v.Int || !ok {
		return unbounded
	}
	n := big.NewInt(hi - lo).BitLen()
	b.rc.Check(b.api.Sub(x, lo), n)
	b.rc.Check(b.api.Sub(hi, x), n)
	return maxBig(abs(big.NewInt(lo)), big.NewInt(hi))
}

// dtypeRange is an ONNX integer type's range, for the types narrower than int64.
func dtypeRange(dt uint8) (lo, hi int64, ok bool) {
	switch dt {
	case 2: // uint8
		return 0, 255, true
	case 3: // int8
		return -128, 127, true
	case 4: // uint16
		return 0, 65535, true
	case 5: // int16
		return -32768, 32767, true
	case 6: // int32
		return -1 << 31, 1<<31 - 1, true
	case boolDType:
		return 0, 1, true
	case 12: // uint32
		return 0, 1<<32 - 1, true
	case 21: // uint4
		return 0, 15, true
	case 22: // int4
		return -8, 7, true
	case 25: // uint2
		return 0, 3, true
	case 26: // int2
		return -2, 1, true
	}
	return 0, 0, false
}

func abs(x *big.Int) *big.Int { return new(big.Int).Abs(x) }

// maxBig is the larger of x and y; a nil x (nothing yet) gives y.
func maxBig(x, y *big.Int) *big.Int {
	if x != nil && x.Cmp(y) >= 0 {
		return x
	}
	return y
}

func minBig(x, y *big.Int) *big.Int {
	if x.Cmp(y) <= 0 {
		return x
	}
	return y
}

// deferredChecks marks the MatMul/Conv outputs whose quotients need no range check of their own:
// each element is read once, by a ReLU, directly or through an elementwise Add of a constant (a
// bias). The ReLU's sign check puts its input x = q (+ c) in [-2^n, 2^n) for n the bound's width,
// which leaves one q for the rescale's equation, as q's own check would. The engine's order of
// checks does not change the values: this only drops a duplicate constraint.
//
// A MaxPool may stand between the Add and the ReLU (poolFirst puts it there): every element the
// pool reads is then the ReLU-checked maximum less a chain of differences each checked to
// [-2^n, 2^n), so it too lies in a window far narrower than p/2^k. An element no window reads
// reaches no output, so its quotient needs no check at all.
func deferredChecks(p *inference.Program) []bool {
	readers := readersOf(p)
	// only is the one step reading slot id, or -1.
	only := func(id int32) int {
		if len(readers[id]) != 1 || readers[id][0] < 0 {
			return -1
		}
		return readers[id][0]
	}
	out := make([]bool, len(p.Values))
	for _, s := range p.Steps {
		if s.Op != inference.OpMatMul && s.Op != inference.OpConv && s.Op != inference.OpConvTranspose {
			continue
		}
		r := only(s.Out)
		if r >= 0 && p.Steps[r].Op == inference.OpAdd {
			add := &p.Steps[r]
			other := add.In[0]
			if other == s.Out {
				other = add.In[1]
			}
			if p.Values[other].Const == nil || add.In[0] == add.In[1] || p.Values[add.Out].Len() != p.Values[s.Out].Len() {
				continue
			}
			r = only(add.Out)
		}
		if r >= 0 && p.Steps[r].Op == inference.OpMaxPool {
			r = only(p.Steps[r].Out)
		}
		out[s.Out] = r >= 0 && p.Steps[r].Op == inference.OpRelu
	}
	return out
}

// AutoOutputBits, as Circuit.OutputBits, lets Define pick the outputs' domain (outputBits).
const AutoOutputBits = -1

// outputBits is the narrowest domain of the outputs' bound: n with every output's bound below 2^n,
// or 0 (whole int64 words) when an output is unbounded or packing by value would not beat words.
func (b *builder) outputBits() int {
	m := new(big.Int)
	for _, id := range b.p.Outputs {
		m = maxBig(m, b.boundOf(id))
	}
	n := max(m.BitLen(), 1)
	if !bounded(m) || domainPer(n) <= OutChunkBytes/8 {
		return 0
	}
	return n
}
