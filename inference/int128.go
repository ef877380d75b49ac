package inference

import "math/bits"

// acc128 is an exact signed 128-bit accumulator (two's complement hi:lo). Products and sums in
// MatMul, Conv, Mul and the reductions accumulate exactly in it; only the value finally stored —
// after the rescale — must fit int64 (else the step fails with ErrOverflow). No practical sum of
// int64 products reaches 2^127, and Solidity's int256 and gnark's field hold the same values.
type acc128 struct {
	hi  int64
	lo  uint64
	ovf bool // sticky: the exact value left 128 bits (reported as ErrOverflow)
}

func from64(x int64) acc128 { return acc128{hi: x >> 63, lo: uint64(x)} }

// addProd adds x·y exactly.
func (a acc128) addProd(x, y int64) acc128 {
	hi, lo := bits.Mul64(uint64(x), uint64(y))
	// Signed high word: subtract y·2^64 if x < 0 and x·2^64 if y < 0 (mod 2^128).
	if x < 0 {
		hi -= uint64(y)
	}
	if y < 0 {
		hi -= uint64(x)
	}
	return a.add(acc128{hi: int64(hi), lo: lo})
}

func (a acc128) add(b acc128) acc128 {
	lo, carry := bits.Add64(a.lo, b.lo, 0)
	hi := a.hi + b.hi + int64(carry)
	ovf := a.ovf || b.ovf
	if (a.hi >= 0) == (b.hi >= 0) && (hi >= 0) != (a.hi >= 0) {
		ovf = true
	}
	return acc128{hi: hi, lo: lo, ovf: ovf}
}

func (a acc128) add64(x int64) acc128 { return a.add(from64(x)) }

// rshr is floor((a + 2^(k−1)) / 2^k), the engine's rescale, exactly.
func (a acc128) rshr(k uint) acc128 {
	if k == 0 {
		return a
	}
	a = a.add(shl128(1, k-1))
	if k >= 127 {
		return acc128{hi: a.hi >> 63, lo: uint64(a.hi >> 63), ovf: a.ovf}
	}
	if k >= 64 {
		return acc128{hi: a.hi >> 63, lo: uint64(a.hi >> (k - 64)), ovf: a.ovf}
	}
	return acc128{hi: a.hi >> k, lo: a.lo>>k | uint64(a.hi)<<(64-k), ovf: a.ovf}
}

func shl128(x uint64, k uint) acc128 {
	if k >= 127 {
		return acc128{}
	}
	if k >= 64 {
		return acc128{hi: int64(x << (k - 64))}
	}
	return acc128{hi: int64(x >> (64 - k)), lo: x << k}
}

// int64 returns the value if it fits, flagging overflow otherwise.
func (a acc128) int64(ar *arith) int64 {
	if a.ovf || a.hi != int64(a.lo)>>63 {
		ar.overflow = true
		return 0
	}
	return int64(a.lo)
}

// exactSum is acc128 with a fast lane: products of operands below 2^31 in magnitude are exact in
// int64 and summed there, spilling into the 128-bit lane before an int64 overflow. The total is
// the same exact sum (integer addition does not care about grouping), just cheaper.
type exactSum struct {
	fast int64
	big  acc128
}

// small: |x| < 2^31, so products of two small values are exact in int64.
func small(x int64) bool { return uint64(x+1<<31) < 1<<32 }

func (e *exactSum) addProd(x, y int64) {
	if small(x) && small(y) {
		p := x * y
		s := e.fast + p
		if (e.fast >= 0) == (p >= 0) && (s >= 0) != (p >= 0) {
			e.big = e.big.add64(e.fast)
			e.fast = p
			return
		}
		e.fast = s
		return
	}
	e.big = e.big.addProd(x, y)
}

func (e *exactSum) total() acc128 { return e.big.add64(e.fast) }
