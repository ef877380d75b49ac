package inference

import (
	"fmt"
	"math"
	"math/bits"
)

// DefaultScale is the fixed-point scale of real-valued tensors: q represents q / 2^24.
const DefaultScale = 24

// ErrOverflow is reported (wrapped, naming the step) when a value leaves int64: the engine's
// arithmetic is checked, never wrapping.
var ErrOverflow = fmt.Errorf("int64 overflow")

// arith does checked int64 arithmetic, remembering whether anything overflowed so hot loops need no
// error plumbing: callers check Overflow once per step.
type arith struct{ overflow bool }

func (a *arith) add(x, y int64) int64 {
	s := x + y
	if (x >= 0) == (y >= 0) && (s >= 0) != (x >= 0) {
		a.overflow = true
	}
	return s
}

func (a *arith) sub(x, y int64) int64 {
	s := x - y
	if (x >= 0) != (y >= 0) && (s >= 0) != (x >= 0) {
		a.overflow = true
	}
	return s
}

func (a *arith) mul(x, y int64) int64 {
	hi, lo := bits.Mul64(uabs(x), uabs(y))
	neg := (x < 0) != (y < 0)
	if hi != 0 || lo > 1<<63 || (lo == 1<<63 && !neg) {
		a.overflow = true
		return 0
	}
	if neg {
		return -int64(lo)
	}
	return int64(lo)
}

// shl multiplies by 2^k, checked.
func (a *arith) shl(x int64, k uint) int64 {
	if k == 0 {
		return x
	}
	if k >= 63 || x > math.MaxInt64>>k || x < math.MinInt64>>k {
		a.overflow = true
		return 0
	}
	return x << k
}

// rshr divides by 2^k rounding half up: floor((x + 2^(k-1)) / 2^k), the engine's one rescaling
// rule (an arithmetic shift is a floor).
func (a *arith) rshr(x int64, k uint) int64 {
	if k == 0 {
		return x
	}
	if k >= 63 {
		return 0
	}
	return a.add(x, int64(1)<<(k-1)) >> k
}

// rshrWide is rshr without its overflow case, for 1 ≤ k ≤ 63: floor((x + 2^(k-1)) / 2^k) taken
// from x's bits (x >> k, plus bit k-1), so x near 2^63 rounds as the 128-bit rshr does instead of
// overflowing the addition. It is the rescale of a sum known to fit int64.
func rshrWide(x int64, k uint) int64 { return x>>k + x>>(k-1)&1 }

// div divides rounding half up: floor((2n + d) / 2d) for d > 0 (signs normalised first).
func (a *arith) div(n, d int64) int64 {
	if d == 0 {
		a.overflow = true // reported as an error like an overflow; the kernel names it
		return 0
	}
	if d < 0 {
		n, d = a.sub(0, n), a.sub(0, d)
	}
	num := a.add(a.mul(n, 2), d)
	den := a.mul(d, 2)
	if den == 0 { // 2d left int64 (d ≠ 0): already flagged; do not divide by the placeholder
		return 0
	}
	return floorDiv(num, den)
}

// divScaled is div(u·2^k, v) with u·2^k exact in 128 bits (0 ≤ k ≤ 62): floor((2n + v) / 2v)
// after making v > 0, round half up, as div; only the quotient must fit int64. A real Div's
// dividend is shifted by the divisor's scale (24 for two scale-24 operands), which as an int64
// overflowed from |u| = 2^14.
func (a *arith) divScaled(u int64, k int, v int64) int64 {
	if v == 0 || k < 0 || k > 62 {
		a.overflow = true
		return 0
	}
	neg := (u < 0) != (v < 0)
	N := shl128(uabs(u), uint(k)) // |u|·2^k < 2^125
	D := uabs(v)
	if uint64(N.hi) >= D { // the quotient needs more than 64 bits
		a.overflow = true
		return 0
	}
	q, r := bits.Div64(uint64(N.hi), N.lo, D)
	// n = ±(qD + r): n ≥ 0 rounds up from 2r ≥ D; n < 0 (half up is toward +∞) from 2r > D.
	twoR, carry := bits.Add64(r, r, 0)
	if (carry != 0 || twoR > D) || (!neg && twoR == D) {
		q++
	}
	if (!neg && q > math.MaxInt64) || (neg && q > 1<<63) {
		a.overflow = true
		return 0
	}
	if neg {
		return int64(-q) // -2^63 wraps to itself: correct
	}
	return int64(q)
}

func floorDiv(n, d int64) int64 {
	q := n / d
	if (n%d != 0) && ((n < 0) != (d < 0)) {
		q--
	}
	return q
}

func uabs(x int64) uint64 {
	if x < 0 {
		return uint64(-x) // -MinInt64 wraps to itself, whose uint64 is 2^63: correct
	}
	return uint64(x)
}

// ErrNotRepresentable: NaN has no fixed-point value.
var ErrNotRepresentable = fmt.Errorf("not representable in fixed point")

// InfQ is ±Inf in fixed point, at every scale: the saturating extreme. The reals from ±InfQ/2
// (÷ 2^s) on are infinite: an infinity, or float32's lowest value used as an attention mask,
// quantizes to ±InfQ, and Dequantize reads every |q| ≥ InfQ/2 as ±Inf. So a finite value added to
// an infinity stays infinite and is computed exactly (2^62 leaves one doubling of int64 headroom):
// a masked score stays below every finite one, Softmax gives it exactly 0, and Equal(mask, −Inf)
// holds where the mask is −Inf. Inf − Inf is 0 (float: NaN); what else float32 would carry past
// its range, such as Inf + Inf, overflows here: an error, never a wrap.
const InfQ = int64(1) << 62

// Quantize turns a real into fixed point at scale s: roundHalfEven(x · 2^s), saturating to ±InfQ
// from ±InfQ/2 on. x · 2^s is exact in float64, so every machine gets the same integer. NaN is an
// error.
func Quantize(x float64, s uint8) (int64, error) {
	if math.IsNaN(x) {
		return 0, fmt.Errorf("NaN: %w (a NaN constant or input cannot be computed with)", ErrNotRepresentable)
	}
	v := math.RoundToEven(math.Ldexp(x, int(s)))
	switch {
	case v >= float64(InfQ/2):
		return InfQ, nil
	case v <= -float64(InfQ/2):
		return -InfQ, nil
	}
	return int64(v), nil
}

// Dequantize is the real value of q at scale s, ±Inf from ±InfQ/2 on (for reports and tests,
// never for computing).
func Dequantize(q int64, s uint8) float64 {
	switch {
	case q >= InfQ/2:
		return math.Inf(1)
	case q <= -InfQ/2:
		return math.Inf(-1)
	}
	return math.Ldexp(float64(q), -int(s))
}

// mulShiftEven is roundHalfEven(x·m / 2^k) computed exactly in 128 bits (m > 0).
func (a *arith) mulShiftEven(x, m int64, k uint) int64 {
	neg := x < 0
	hi, lo := bits.Mul64(uabs(x), uint64(m))
	var q, rem, half uint64
	if k >= 64 {
		a.overflow = true // multipliers are built with k < 64
		return 0
	}
	if k == 0 {
		if hi != 0 || lo > math.MaxInt64 {
			a.overflow = true
			return 0
		}
		q = lo
	} else {
		// q = (hi:lo) >> k, rem = (hi:lo) mod 2^k
		q = lo>>k | hi<<(64-k)
		if hi>>k != 0 {
			a.overflow = true
			return 0
		}
		rem = lo & (1<<k - 1)
		half = 1 << (k - 1)
		if rem > half || (rem == half && q&1 == 1) {
			q++
		}
	}
	if q > math.MaxInt64 {
		a.overflow = true
		return 0
	}
	if neg {
		return -int64(q)
	}
	return int64(q)
}
