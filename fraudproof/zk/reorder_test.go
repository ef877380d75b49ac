package zk

import (
	"math/big"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/consensys/gnark/test"

	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/modelregistry"
)

// TestPoolFirstKeepsTheOutputs: the engine itself, run on the reordered program, gives the same
// outputs as on the program, for the models that have a ReLU before a MaxPool.
func TestPoolFirstKeepsTheOutputs(t *testing.T) {
	moved := 0
	for name, path := range models(t) {
		art, err := modelregistry.BuildFile(path)
		if err != nil {
			continue
		}
		p := art.Program
		before := p.Hash()
		q := poolFirst(p)
		if q == p {
			continue
		}
		moved++
		if p.Hash() != before {
			t.Fatalf("%s: poolFirst changed the program it was given", name)
		}
		for seed := uint64(1); seed <= 3; seed++ {
			tr := randomTrace(t, p, seed)
			var ins [][]int64
			for _, id := range p.Inputs {
				ins = append(ins, tr.Values[id])
			}
			got, err := trace.New(q, ins)
			if err != nil {
				t.Fatalf("%s: the reordered program: %v", name, err)
			}
			for _, id := range p.Outputs {
				if !slices.Equal(got.Values[id], tr.Values[id]) {
					t.Fatalf("%s seed %d: output %d differs after reordering", name, seed, id)
				}
			}
		}
		t.Logf("%s: ReLU moved after MaxPool", name)
	}
	if moved == 0 {
		t.Fatal("no model has a ReLU before a MaxPool (mnist-8 does)")
	}
}

// rescalePoolRelu is two rescales whose quotient checks are deferred, their max (a MaxPool
// window), then the ReLU's sign check on the max — the shape poolFirst gives mnist-8.
type rescalePoolRelu struct {
	X    [2]frontend.Variable
	Relu bool `gnark:"-"`
}

func (c *rescalePoolRelu) Define(api frontend.API) error {
	b := &builder{api: api, rc: rangecheck.New(api)}
	xb := big.NewInt(1 << 20)
	q0, qb, err := b.rshrQ(c.X[0], 8, xb, true)
	if err != nil {
		return err
	}
	q1, _, err := b.rshrQ(c.X[1], 8, xb, true)
	if err != nil {
		return err
	}
	m, err := b.maxB(q0, q1, new(big.Int).Lsh(qb, 1))
	if err != nil {
		return err
	}
	if c.Relu {
		_, err = b.nonNegB(m, qb)
	}
	return err
}

// TestDeferredQuotientThroughAPool: a dishonest rescale of either element of a pool window, or of
// both alike (which keeps their difference), is refused by the pool's comparisons and the ReLU's
// sign check on the maximum; with both tampered and no ReLU it would pass, so the ReLU check is
// what holds the quotients.
func TestDeferredQuotientThroughAPool(t *testing.T) {
	defer func() { tamperRescale = nil }()
	for _, which := range []int{0, 1, -1} { // -1: both
		calls := 0
		tamperRescale = func(field *big.Int, k uint, q, r *big.Int) {
			defer func() { calls++ }()
			if which < 0 || calls%2 == which {
				otherRemainder(field, k, q, r)
			}
		}
		for _, x := range [][2]frontend.Variable{{12345, -12345}, {-300, -200}, {1 << 19, 0}} {
			if err := test.IsSolved(&rescalePoolRelu{Relu: true}, &rescalePoolRelu{X: x}, ecc.BN254.ScalarField()); err == nil {
				t.Fatalf("tampered %d, x=%v: a wrong rescale passed the pool and the ReLU", which, x)
			}
		}
	}
	tamperRescale = otherRemainder // both remainders are non-zero here: both quotients shift alike
	if err := test.IsSolved(&rescalePoolRelu{}, &rescalePoolRelu{X: [2]frontend.Variable{1000, 2000}}, ecc.BN254.ScalarField()); err != nil {
		t.Fatalf("without the ReLU both rescales shifted alike should pass (the test would show nothing): %v", err)
	}
}
