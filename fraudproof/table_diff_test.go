package fraudproof

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/auspex-labs/auspex/inference"
)

// TestTableValueMatchesEngine: random tables and inputs (inside, below and above the grid, extreme
// values): OneStepVerifier.tableValue equals the engine's Table step, values and overflows.
func TestTableValueMatchesEngine(t *testing.T) {
	_, v := deployVerifier(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(13, 13))
	n := diffCases()
	oks, errs := 0, 0
	for k := 0; k < n; k++ {
		wild := rng.IntN(10) < 3
		tb := inference.Table{Func: "diff", Lo: rng.Int64N(41) - 20, Shift: uint8(rng.IntN(31)), OverflowAbove: rng.IntN(2) == 0}
		tb.Values = make([]int64, 2+rng.IntN(40))
		for i := range tb.Values {
			tb.Values[i] = randVal(rng, wild)
		}
		span := (int64(len(tb.Values)) + 4) << tb.Shift
		u := (tb.Lo-2)<<tb.Shift + rng.Int64N(span+1)
		if wild && rng.IntN(3) == 0 {
			u = randVal(rng, true)
		}
		p := &inference.Program{
			Values: []inference.Value{{Shape: []int64{1}, Scale: 24}, {Shape: []int64{1}, Scale: 24}},
			Steps:  []inference.Step{{Op: inference.OpTable, In: []int32{0}, Out: 1, Args: []int64{0}, Node: "t"}},
			Tables: []inference.Table{tb},
		}
		want, goErr := inference.ElementValue(p, &p.Steps[0], 0, func(int32, int64) (int64, error) { return u, nil })
		got, solErr := v.CallTableValue(ctx, u, tb.Lo, tb.Shift, tb.OverflowAbove, uint64(len(tb.Values)), TableEntries(&tb, u))
		switch {
		case goErr == nil && solErr == nil && got == want:
			oks++
		case goErr != nil && sameError(goErr, solErr):
			errs++
		default:
			t.Fatalf("case %d: u %d table lo %d shift %d len %d: Go (%d, %v), Solidity (%d, %v)", k, u, tb.Lo, tb.Shift, len(tb.Values), want, goErr, got, solErr)
		}
	}
	t.Logf("Table %d cases: %d values equal, %d overflows equal, 0 divergences", n, oks, errs)
}

// TestLogValueMatchesEngine: random log2-fraction tables, ln2 constants, input scales and inputs
// (positive, zero, negative, extreme): OneStepVerifier.logValue equals the engine's Log step.
func TestLogValueMatchesEngine(t *testing.T) {
	_, v := deployVerifier(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(26, 26))
	n := diffCases()
	oks, errs := 0, 0
	for k := 0; k < n; k++ {
		wild := rng.IntN(10) < 3
		// Tables over the mantissa domain [2^16, 2^17], as the compiler builds them.
		shift := uint8(6 + rng.IntN(8))
		size := int64(1<<17)>>shift - int64(1<<16)>>shift + 2
		tb := inference.Table{Func: "log2frac", Lo: int64(1<<16) >> shift, Shift: shift}
		tb.Values = make([]int64, size)
		for i := range tb.Values {
			tb.Values[i] = randVal(rng, wild)
		}
		ln2 := rng.Int64N(1<<30) + 1
		sx := uint8(rng.IntN(31))
		u := rng.Int64N(1 << uint(1+rng.IntN(62)))
		if rng.IntN(10) == 0 {
			u = -u
		}
		p := &inference.Program{
			Values: []inference.Value{{Shape: []int64{1}, Scale: sx}, {Shape: []int64{1}, Scale: 24}},
			Steps:  []inference.Step{{Op: inference.OpLog, In: []int32{0}, Out: 1, Args: []int64{0, ln2}, Node: "log"}},
			Tables: []inference.Table{tb},
		}
		want, goErr := inference.ElementValue(p, &p.Steps[0], 0, func(int32, int64) (int64, error) { return u, nil })
		m := int64(1 << 16)
		if u > 0 {
			m = inference.LogMantissa(u)
		}
		got, solErr := v.CallLogValue(ctx, u, ln2, sx, tb.Lo, tb.Shift, uint64(len(tb.Values)), TableEntries(&tb, m))
		switch {
		case goErr == nil && solErr == nil && got == want:
			oks++
		case goErr != nil && sameError(goErr, solErr):
			errs++
		default:
			t.Fatalf("case %d: u %d ln2 %d sx %d: Go (%d, %v), Solidity (%d, %v)", k, u, ln2, sx, want, goErr, got, solErr)
		}
	}
	t.Logf("Log %d cases: %d values equal, %d errors equal, 0 divergences", n, oks, errs)
}
