package kit

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/internal/lru"
	"github.com/auspex-labs/auspex/internal/store"
)

// Claims keeps the most recent claims (a request's answer with its traces: ~1 MiB for mnist-8)
// up to a fixed count. The engine is deterministic, so an evicted claim is rebuilt, under an
// engine slot, when a game needs it again: memory is bounded by configuration, not by history.
type Claims struct {
	kept  prometheus.Gauge
	cache *lru.Cache[common.Hash, *fraudproof.Claim]
	sched *Scheduler
	build Builder
}

// Builder prepares the claim for a request: it does the I/O (the model, checks) and returns the
// engine run, which Claims runs under an engine slot.
type Builder func(ctx context.Context, r store.Request) (run func() (*fraudproof.Claim, error), err error)

// NewClaims keeps up to size claims built by build, under s's engine slots; the count kept is
// the gauge auspex_<name>_claims_kept.
func NewClaims(s *Service, size int, build Builder) *Claims {
	c := &Claims{cache: lru.New[common.Hash, *fraudproof.Claim](size), sched: s.Sched, build: build,
		kept: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "auspex_" + s.cfg.Name, Name: "claims_kept",
			Help: "Claims (traces) kept in memory; older ones are rebuilt when a game needs them."})}
	s.Metrics.MustRegister(c.kept)
	return c
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
	c.kept.Set(float64(c.cache.Len()))
	return cl, nil
}

// Len is how many claims are kept.
func (c *Claims) Len() int { return c.cache.Len() }
