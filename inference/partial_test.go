package inference

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// Bias + the partial sums of any split, finished, is the element's value (when no prefix leaves
// 128 bits, which moderate values guarantee).
func TestPartialSumsComposeToTheElement(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	p := &Program{Values: []Value{
		{Shape: []int64{1, 3, 6, 6}, Scale: 24}, {Shape: []int64{4, 3, 3, 3}, Scale: 24}, {Shape: []int64{4}, Scale: 24},
		{Shape: []int64{1, 4, 3, 3}, Scale: 24},
		{Shape: []int64{2, 5, 40}, Scale: 20}, {Shape: []int64{40, 3}, Scale: 22}, {Shape: []int64{2, 5, 3}, Scale: 24},
	}}
	p.Steps = []Step{
		{Op: OpConv, In: []int32{0, 1, 2}, Out: 3, Args: []int64{1, 2, 2, 1, 1, 2, 1, 1}},
		{Op: OpMatMul, In: []int32{4, 5}, Out: 6},
	}
	vals := make([][]int64, len(p.Values))
	for i := range vals {
		vals[i] = make([]int64, p.Values[i].Len())
		for k := range vals[i] {
			vals[i][k] = rng.Int64N(1<<40) - 1<<39
		}
	}
	get := func(slot int32, idx int64) (int64, error) { return vals[slot][idx], nil }
	for si := range p.Steps {
		s := &p.Steps[si]
		n := ReductionTerms(p, s)
		for j := int64(0); j < p.Values[s.Out].Len(); j++ {
			want, err := ElementValue(p, s, j, get)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := ReductionBias(p, s, j, get)
			acc := big.NewInt(b)
			for from := int64(0); from < n; {
				to := min(n, from+1+rng.Int64N(7))
				next, err := Accumulate(p, s, j, from, to, acc, get)
				if err != nil {
					t.Fatal(err)
				}
				acc = next
				from = to
			}
			got, err := FinishReduction(p, s, acc)
			if err != nil || got != want {
				t.Fatalf("step %s element %d: partial sums give %d (%v), element %d", s.Op, j, got, err, want)
			}
		}
	}
}
