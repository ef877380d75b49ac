package inference

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestDivScaledIsExact holds divScaled to math/big (floor((2n + d) / 2d) with d > 0) and to the
// 64-bit div wherever that one does not overflow.
func TestDivScaledIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	check := func(u int64, k int, v int64) {
		var a arith
		got := a.divScaled(u, k, v)
		n := new(big.Int).Lsh(big.NewInt(u), uint(k))
		d := big.NewInt(v)
		if v < 0 {
			n.Neg(n)
			d.Neg(d)
		}
		num := new(big.Int).Add(new(big.Int).Lsh(n, 1), d)
		den := new(big.Int).Lsh(d, 1)
		want := new(big.Int).Div(num, den) // Euclidean = floor for den > 0
		if !want.IsInt64() {
			if !a.overflow {
				t.Fatalf("div(%d·2^%d, %d) = %d, want overflow", u, k, v, got)
			}
			return
		}
		if a.overflow || got != want.Int64() {
			t.Fatalf("div(%d·2^%d, %d) = %d (overflow %v), want %d", u, k, v, got, a.overflow, want)
		}
		var b arith
		if old := b.div(b.shl(u, uint(k)), v); !b.overflow && old != got {
			t.Fatalf("div(%d·2^%d, %d): %d, the 64-bit div %d", u, k, v, got, old)
		}
	}
	edge := []int64{0, 1, -1, 2, -2, 3, -3, 7, 1 << 40, -(1 << 40), math.MaxInt64, math.MinInt64}
	for _, u := range edge {
		for _, v := range edge {
			if v != 0 {
				for _, k := range []int{0, 1, 24, 48, 62} {
					check(u, k, v)
				}
			}
		}
	}
	for range 300000 {
		u := int64(rng.Uint64()) >> rng.IntN(64)
		v := int64(rng.Uint64()) >> rng.IntN(64)
		if v == 0 {
			v = 1
		}
		check(u, rng.IntN(63), v)
	}
	// A LayerNorm's x − mean of 50,000 divided by its root, at scale 24: fine now.
	var a arith
	if got := a.divScaled(50000<<24, 24, 2<<24); a.overflow || got != 25000<<24 {
		t.Errorf("50000 / 2 at scale 24 = %d, %v", got, a.overflow)
	}
}
