package fraudproof

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/inference"
)

// TestEveryOpHasItsTwins is the checklist of an engine op (inference.Ops): in opML its steps are
// settled on-chain (the Solidity verifier supports it and TestOneStepVerifierMatchesEngine has a
// generator for it, or it is proven against its table) or refused with a reason; in ZK mode the
// circuits implement it or refuse it with a reason. Adding an op without its twins fails here.
func TestEveryOpHasItsTwins(t *testing.T) {
	ctx := context.Background()
	_, v := deployVerifier(t)
	engine := inference.Ops()
	for _, op := range engine {
		t.Run(op.String(), func(t *testing.T) {
			switch {
			case op == inference.OpTable || op == inference.OpLog:
				// proveTableStep: table_diff_test.go
			case slices.Contains(OnChainOps, op):
				if ok, err := v.CallIsSupported(ctx, uint16(op)); err != nil || !ok {
					t.Errorf("in OnChainOps but OneStepVerifier.isSupported(%d) = %v, %v", op, ok, err)
				}
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("no differential generator (onestep_diff_test.go oneStep): %v", r)
						}
					}()
					p, _ := oneStep(rand.New(rand.NewPCG(1, 2)), op)
					if p.Steps[0].Op != op {
						t.Errorf("the generator builds %s", p.Steps[0].Op)
					}
				}()
			case OffChainOps[op] != "":
				// refused for opML, with its reason
			default:
				t.Errorf("neither in OnChainOps nor refused in OffChainOps")
			}
			if ok, why := zk.Supports(op); !ok && why == "" {
				t.Errorf("no circuit and no refusal (fraudproof/zk/steps.go)")
			}
		})
	}
	for _, op := range OnChainOps {
		if !slices.Contains(engine, op) {
			t.Errorf("OnChainOps names %s, which the engine does not have", op)
		}
	}
}
