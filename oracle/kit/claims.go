package kit

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/internal/lru"
	"github.com/auspex-labs/auspex/internal/store"
)

// Claims keeps the most recent claims (a request's answer with its traces: ~1 MiB for mnist-8)
// up to a fixed count. The engine is deterministic, so an evicted claim is rebuilt, under an
// engine slot, when a game needs it again: memory is bounded by configuration, not by history.
type Claims struct {
	cache *lru.Cache[common.Hash, *fraudproof.Claim]
	sched *Scheduler
	build Builder
}

// Builder prepares the claim for a request: it does the I/O (the model, checks) and returns the
// engine run, which Claims runs under an engine slot.
type Builder func(ctx context.Context, r store.Request) (run func() (*fraudproof.Claim, error), err error)

// NewClaims keeps up to size claims built by build.
func NewClaims(sched *Scheduler, size int, build Builder) *Claims {
	return &Claims{cache: lru.New[common.Hash, *fraudproof.Claim](size), sched: sched, build: build}
}

// Get returns the claim for request r (r must carry its input), building it if it is not kept.
func (c *Claims) Get(ctx context.Context, r store.Request) (*fraudproof.Claim, error) {
	if cl, ok := c.cache.Get(r.ID); ok {
		return cl, nil
	}
	run, err := c.build(ctx, r)
	if err != nil {
		return nil, err
	}
	var cl *fraudproof.Claim
	if eerr := c.sched.Engine(ctx, func() { cl, err = run() }); eerr != nil {
		return nil, eerr
	}
	if err != nil {
		return nil, err
	}
	c.cache.Add(r.ID, cl)
	return cl, nil
}

// Len is how many claims are kept.
func (c *Claims) Len() int { return c.cache.Len() }
