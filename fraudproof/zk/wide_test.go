package zk

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
)

// TestSqrtOfLargeValues: the circuit's Sqrt is the engine's 128-bit one: inputs whose u·2^k leaves
// int64 (a variance of 10^6 at scale 24; k = 64) have their root, and a wrong root is refused.
func TestSqrtOfLargeValues(t *testing.T) {
	for _, c := range []struct {
		sx, so uint8
		x      []int64
	}{
		{24, 24, []int64{1_000_000 << 24, 1 << 62, 0, 3}},
		{0, 32, []int64{1<<62 - 1, 1 << 40, 7, 2}},
	} {
		p := &inference.Program{Values: []inference.Value{
			{Name: "x", Shape: []int64{int64(len(c.x))}, Scale: c.sx},
			{Name: "y", Shape: []int64{int64(len(c.x))}, Scale: c.so},
		}, Inputs: []int32{0}, Outputs: []int32{1}, Steps: []inference.Step{{Op: inference.OpSqrt, In: []int32{0}, Out: 1, Node: "sqrt"}}}
		tr, err := trace.New(p, [][]int64{c.x})
		if err != nil {
			t.Fatal(err)
		}
		circ, err := New(p, FormatInt64, ChecksLookup)
		if err != nil {
			t.Fatal(err)
		}
		if err := test.IsSolved(circ, assign(t, circ, tr), ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("scales %d→%d: the engine's roots %v do not satisfy the circuit: %v", c.sx, c.so, tr.Values[1], err)
		}
		bad := assign(t, circ, tr)
		bad.Out[0] = tr.Values[1][0] + 1
		if err := test.IsSolved(circ, bad, ecc.BN254.ScalarField()); err == nil {
			t.Fatalf("scales %d→%d: a wrong root satisfies the circuit", c.sx, c.so)
		}
	}
}

// TestDivOfLargeValues: the circuit's real Div is the engine's divScaled: a dividend whose shift by
// the divisor's scale leaves int64 (|x| ≥ 2^14 at scale 24) is divided exactly, with either sign,
// and a wrong quotient is refused.
func TestDivOfLargeValues(t *testing.T) {
	x := []int64{50_000 << 24, -(50_000 << 24), 1 << 62, -3, 1 << 24}
	y := []int64{2 << 24, 3 << 24, 7, -(5 << 23), -(1 << 24)}
	shape := []int64{int64(len(x))}
	p := &inference.Program{Values: []inference.Value{
		{Name: "x", Shape: shape, Scale: 24}, {Name: "y", Shape: shape, Scale: 24}, {Name: "q", Shape: shape, Scale: 24},
	}, Inputs: []int32{0, 1}, Outputs: []int32{2}, Steps: []inference.Step{{Op: inference.OpDiv, In: []int32{0, 1}, Out: 2, Node: "div"}}}
	tr, err := trace.New(p, [][]int64{x, y})
	if err == nil {
		t.Fatal("1<<62 / 7 at scale 24 fits int64?")
	}
	x[2] = 1 << 40
	if tr, err = trace.New(p, [][]int64{x, y}); err != nil {
		t.Fatal(err)
	}
	circ, err := New(p, FormatInt64, ChecksLookup)
	if err != nil {
		t.Fatal(err)
	}
	if err := test.IsSolved(circ, assign(t, circ, tr), ecc.BN254.ScalarField()); err != nil {
		t.Fatalf("the engine's quotients %v do not satisfy the circuit: %v", tr.Values[2], err)
	}
	bad := assign(t, circ, tr)
	bad.Out[0] = tr.Values[2][0] + 1
	if err := test.IsSolved(circ, bad, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("a wrong quotient satisfies the circuit")
	}
}
