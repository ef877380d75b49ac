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
// Answers (what to propose, or to check a proposal against) need no traces: they are run without
// commitments and not kept, so only disputed requests ever pay for their traces.
type Claims struct {
	kept  prometheus.Gauge
	cache *lru.Cache[common.Hash, *fraudproof.Claim]
	sched *Scheduler
	build Builder
}

// Builder prepares the engine work for a request: it does the I/O (the model, checks) and returns
// the engine runs, which Claims runs under an engine slot.
type Builder func(ctx context.Context, r store.Request) (Job, error)

// Job is a request's engine work: its answer (runs only) or its claim (runs with their traces).
type Job struct {
	Answer func() (fraudproof.Answer, error)
	Claim  func() (*fraudproof.Claim, error)
}

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
	job, err := c.build(ctx, r)
	if err != nil {
		return nil, err
	}
	var cl *fraudproof.Claim
	if eerr := c.sched.Engine(ctx, func() { cl, err = job.Claim() }); eerr != nil {
		return nil, eerr
	}
	if err != nil {
		return nil, err
	}
	c.cache.Add(r.ID, cl)
	c.kept.Set(float64(c.cache.Len()))
	return cl, nil
}

// Answer is request r's answer (r must carry its input): the kept claim's, or runs without
// commitments.
func (c *Claims) Answer(ctx context.Context, r store.Request) (fraudproof.Answer, error) {
	if cl, ok := c.cache.Get(r.ID); ok {
		return cl.Answer()
	}
	job, err := c.build(ctx, r)
	if err != nil {
		return fraudproof.Answer{}, err
	}
	var a fraudproof.Answer
	if eerr := c.sched.Engine(ctx, func() { a, err = job.Answer() }); eerr != nil {
		return fraudproof.Answer{}, eerr
	}
	return a, err
}

// Len is how many claims are kept.
func (c *Claims) Len() int { return c.cache.Len() }
