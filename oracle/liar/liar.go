// Package liar makes an oracle node lie, for demonstrations (the devnet's fraud story) and tests
// only: production binaries do not link it. Its Claim is an oracle.ClaimHook.
package liar

import (
	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
)

// Claim is the honest claim c with the first (or only) item's output changed so that its argmax
// moves to the next element — for a classifier, the next class wins by 1.0 — committed as if the
// last step had computed it; for a batch the lie hides in that one item. Error claims stay honest.
func Claim(p *inference.Program, c *fraudproof.Claim) *fraudproof.Claim {
	if c.Code() != 0 {
		return c
	}
	c.Items[0] = fraudproof.NewTraceProvider(p, lie(p, c.Items[0].T))
	return c
}

func lie(p *inference.Program, tr *trace.Trace) *trace.Trace {
	vals := make([][]int64, len(tr.Values))
	copy(vals, tr.Values)
	out := p.Outputs[0]
	v := append([]int64{}, tr.Values[out]...)
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	v[(best+1)%len(v)] = v[best] + int64(1)<<p.Values[out].Scale
	vals[out] = v
	return trace.CommitValues(p, vals)
}
