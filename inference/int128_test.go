package inference

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func toBig(a acc128) *big.Int {
	v := new(big.Int).SetInt64(a.hi)
	v.Lsh(v, 64)
	return v.Add(v, new(big.Int).SetUint64(a.lo))
}

// acc128 against math/big on random products, sums and rescales, extremes included.
func TestAcc128MatchesBig(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pick := func() int64 {
		switch rng.IntN(5) {
		case 0:
			return math.MinInt64
		case 1:
			return math.MaxInt64
		case 2:
			return int64(rng.Uint64())
		}
		return rng.Int64N(1<<20) - 1<<19
	}
	for range 20000 {
		x0 := pick() >> 2
		acc := from64(x0)
		want := big.NewInt(x0)
		for k := 0; k < 4; k++ {
			x, y := pick()>>1, pick()>>1 // four products of |x|,|y| ≤ 2^62 stay below 2^126
			acc = acc.addProd(x, y)
			want.Add(want, new(big.Int).Mul(big.NewInt(x), big.NewInt(y)))
		}
		if toBig(acc).Cmp(want) != 0 || acc.ovf {
			t.Fatalf("sum %s, want %s", toBig(acc), want)
		}
		k := uint(rng.IntN(80))
		got := toBig(acc.rshr(k))
		w := new(big.Int).Add(want, new(big.Int).Lsh(big.NewInt(1), k))
		if k == 0 {
			w = want
		} else {
			w.Sub(w, new(big.Int).Lsh(big.NewInt(1), k)) // undo, then add half
			w.Add(w, new(big.Int).Lsh(big.NewInt(1), k-1))
			w.Rsh(w, k) // big.Int Rsh is a floor for negatives too
		}
		if got.Cmp(w) != 0 {
			t.Fatalf("rshr(%d) of %s: %s, want %s", k, want, got, w)
		}
	}
	// Leaving 128 bits is flagged, never wrapped.
	big := from64(0)
	for range 4 {
		big = big.addProd(math.MinInt64, math.MinInt64)
	}
	var a arith
	if big.int64(&a); !a.overflow {
		t.Fatal("128-bit overflow not reported")
	}
}
