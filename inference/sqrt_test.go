package inference

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestSqrtScaledIsExact holds sqrtScaled to math/big on random and edge inputs: every int64 input
// has a root (in 128 bits), rounded to nearest, ties impossible (n − r² = r + ½ has no integer n).
func TestSqrtScaledIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 1))
	check := func(u int64, k int) {
		var a arith
		got := sqrtScaled(u, k, &a)
		n := new(big.Int).Lsh(big.NewInt(u), uint(k))
		r := new(big.Int).Sqrt(n)
		rest := new(big.Int).Sub(n, new(big.Int).Mul(r, r))
		if rest.Cmp(r) > 0 {
			r.Add(r, big.NewInt(1))
		}
		if !r.IsInt64() {
			if !a.overflow {
				t.Fatalf("sqrt(%d·2^%d) = %d, want overflow", u, k, got)
			}
			return
		}
		if a.overflow || got != r.Int64() {
			t.Fatalf("sqrt(%d·2^%d) = %d (overflow %v), want %d", u, k, got, a.overflow, r.Int64())
		}
	}
	for _, u := range []int64{0, 1, 2, 3, 4, 1 << 39, 1<<62 - 1, 1 << 62, math.MaxInt64} {
		for _, k := range []int{0, 1, 24, 48, 63, 64} {
			check(u, k)
		}
	}
	for range 200000 {
		u := rng.Int64N(math.MaxInt64) >> rng.IntN(63)
		check(u, rng.IntN(65))
	}
	var a arith
	if sqrtScaled(4, 65, &a); !a.overflow {
		t.Error("k = 65 must overflow")
	}
	// A variance past 2^15 at scale 24 (an un-fused LayerNorm on int16-range audio) has a root.
	a = arith{}
	if got := sqrtScaled(1e6*(1<<24), 24, &a); a.overflow || got != 1000*(1<<24) {
		t.Errorf("sqrt(10^6) at scale 24 = %d, %v", got, a.overflow)
	}
}
