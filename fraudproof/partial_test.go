package fraudproof

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

func deployVerifier(t *testing.T) (*devchain.Chain, *contracts.OneStepVerifier) {
	t.Helper()
	ctx := context.Background()
	c, err := devchain.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	v, err := contracts.DeployOneStepVerifier(ctx, c.Sender(devchain.Deployer), c.Client)
	if err != nil {
		t.Fatal(err)
	}
	return c, v
}

// TestPartialSumsMatchEngine: random MatMul/Conv steps, random term ranges: the on-chain running
// accumulator equals the engine's (value or overflow), and bias + segments finished on-chain equals
// the element.
func TestPartialSumsMatchEngine(t *testing.T) {
	_, v := deployVerifier(t)
	ctx := context.Background()
	n := diffCases()
	for _, op := range []inference.OpCode{inference.OpMatMul, inference.OpConv} {
		rng := rand.New(rand.NewPCG(uint64(op), 77))
		checked := 0
		for k := 0; k < n; k++ {
			p, vals := oneStep(rng, op)
			s := &p.Steps[0]
			d := inference.EncodeStepDesc(p.StepDesc(0))
			terms := inference.ReductionTerms(p, s)
			if got, err := v.CallReductionTerms(ctx, d); err != nil || int64(got) != terms {
				t.Fatalf("%s case %d: terms on-chain %d (%v), engine %d", op, k, got, err, terms)
			}
			j := rng.Int64N(p.Values[s.Out].Len())
			want, elemErr := inference.ElementValue(p, s, j, func(slot int32, idx int64) (int64, error) { return vals[slot][idx], nil })
			bl, b, err := BiasLeaves(p, 0, j, vals)
			if err != nil {
				t.Fatal(err)
			}
			acc := big.NewInt(b)
			if onchain, err := v.CallReductionBias(ctx, d, uint64(j), bl); err != nil || onchain.Cmp(acc) != 0 {
				t.Fatalf("%s case %d: bias on-chain %v (%v), engine %d", op, k, onchain, err, b)
			}
			overflowed := false
			for from := int64(0); from < terms; {
				to := min(terms, from+1+rng.Int64N(9))
				leaves, next, goErr := SegmentLeaves(p, 0, j, from, to, acc, vals)
				onchain, err := v.CallAccumulate(ctx, d, uint64(j), uint64(from), uint64(to), acc, leaves)
				switch {
				case goErr == nil && err == nil:
					if onchain.Cmp(next) != 0 {
						t.Fatalf("%s case %d [%d,%d): on-chain %v, engine %v", op, k, from, to, onchain, next)
					}
				case errors.Is(goErr, inference.ErrOverflow) && contracts.IsRevert(err, "Overflow"):
					overflowed = true
				default:
					t.Fatalf("%s case %d [%d,%d): on-chain (%v, %v), engine (%v, %v)", op, k, from, to, onchain, err, next, goErr)
				}
				if overflowed {
					break
				}
				acc, from = next, to
			}
			if overflowed {
				// The engine's element overflows too: acc128's flag is sticky.
				if !errors.Is(elemErr, inference.ErrOverflow) {
					t.Fatalf("%s case %d: a running total left int128 but the element is %d (%v)", op, k, want, elemErr)
				}
				checked++
				continue
			}
			got, finErr := v.CallFinishReduction(ctx, d, acc)
			goFin, goFinErr := inference.FinishReduction(p, s, acc)
			if (finErr == nil) != (goFinErr == nil) || got != goFin {
				t.Fatalf("%s case %d: finish on-chain %d (%v), engine %d (%v)", op, k, got, finErr, goFin, goFinErr)
			}
			// The composition is the element itself, value or overflow.
			if (elemErr == nil) != (finErr == nil) || (elemErr == nil && got != want) {
				t.Fatalf("%s case %d: segments give %d (%v), element %d (%v)", op, k, got, finErr, want, elemErr)
			}
			checked++
		}
		t.Logf("%-7s %d elements split into random segments: on-chain running totals (values and overflows), bias and finish equal the engine's", op, checked)
	}
}

// TestMnist8WideReductionsInSegments: mnist-8's two wide reductions (Conv #2: 200 terms, MatMul:
// 256 terms) as 32-term segments: each segment's on-chain gas, and the composition on-chain.
func TestMnist8WideReductionsInSegments(t *testing.T) {
	art, err := modelregistry.BuildFile(filepath.Join("..", "models", "mnist-8", "model.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	p := art.Program
	in, _ := inference.DecodeInput(p, digits[:784])
	tr, err := trace.New(p, in)
	if err != nil {
		t.Fatal(err)
	}
	c, v := deployVerifier(t)
	ctx := context.Background()
	const segment = 32
	for i, s := range p.Steps {
		terms := inference.ReductionTerms(p, &s)
		if terms <= segment {
			continue
		}
		j := p.Values[s.Out].Len() / 2
		d := inference.EncodeStepDesc(p.StepDesc(i))
		_, b, _ := BiasLeaves(p, i, j, tr.Values)
		acc := big.NewInt(b)
		var worst uint64
		for from := int64(0); from < terms; from += segment {
			to := min(terms, from+segment)
			leaves, next, err := SegmentLeaves(p, i, j, from, to, acc, tr.Values)
			if err != nil {
				t.Fatal(err)
			}
			gas, err := v.EstimateAccumulate(ctx, c.Client, d, uint64(j), uint64(from), uint64(to), acc, leaves)
			if err != nil {
				t.Fatal(err)
			}
			worst = max(worst, gas)
			acc = next
		}
		got, err := v.CallFinishReduction(ctx, d, acc)
		if err != nil || got != tr.Values[s.Out][j] {
			t.Fatalf("step %d: segments finish to %d (%v), engine %d", i, got, err, tr.Values[s.Out][j])
		}
		t.Logf("step %d %-6s %3d terms in %d-term segments: worst segment %d gas", i, s.Op, terms, segment, worst)
	}
}
