package oracle_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/oracle/verifier"
)

// gauge reads one gauge or counter from a service's registry.
func gauge(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name && len(mf.Metric) == 1 {
			m := mf.Metric[0]
			if m.Gauge != nil {
				return m.Gauge.GetValue()
			}
			return m.Counter.GetValue()
		}
	}
	return 0
}

// Memory is bounded by configuration, not by history: under a burst several times the bounds,
// the node and the verifier never hold more tasks or claims than configured, and still answer and
// check every request (what finds no room is offered again at a later head). Nobody challenges, so
// neither builds a single trace: they propose and check answers (issue 18).
func TestCachesAndTasksStayWithinBounds(t *testing.T) {
	n := newLiveNet(t)
	ctx := context.Background()
	cfg := n.nodeConfig(t.TempDir())
	cfg.DisputeGame = n.game.Address()
	cfg.ClaimCache, cfg.QueueSize, cfg.Tx.MaxInFlight = 3, 2, 2
	node := n.startNodeAs(cfg, devchain.Operator)
	defer node.Stop(ctx)
	vcfg := n.verifierConfig(n.game.Address())
	vcfg.ClaimCache, vcfg.Tasks = 3, 4
	ver, err := verifier.New(ctx, vcfg, n.c.Client, n.c.Key(devchain.Challenger), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := ver.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer ver.Stop(ctx)
	const requests = 24
	var all []*big.Int
	for k := range requests {
		all = append(all, n.request(n.model.id, k%4))
	}
	maxTasks, maxClaims, maxChecked := 0, 0.0, 0.0
	waitFor(t, "every request proposed and checked", 3*time.Minute, func() bool {
		maxTasks = max(maxTasks, node.Sched.Depth())
		maxClaims = max(maxClaims, gauge(t, node.Metrics, "auspex_oracle_claims_kept"))
		if d := node.Sched.Depth(); d > cfg.QueueSize+cfg.Tx.MaxInFlight {
			t.Fatalf("the node holds %d tasks; its bound is %d", d, cfg.QueueSize+cfg.Tx.MaxInFlight)
		}
		if c := gauge(t, node.Metrics, "auspex_oracle_claims_kept"); c > float64(cfg.ClaimCache) {
			t.Fatalf("the node keeps %v claims; its bound is %d", c, cfg.ClaimCache)
		}
		if d := ver.Sched.Depth(); d > vcfg.Tasks {
			t.Fatalf("the verifier holds %d tasks; its bound is %d", d, vcfg.Tasks)
		}
		maxChecked = max(maxChecked, gauge(t, ver.Metrics, "auspex_verifier_claims_kept"))
		if c := gauge(t, ver.Metrics, "auspex_verifier_claims_kept"); c > float64(vcfg.ClaimCache) {
			t.Fatalf("the verifier keeps %v claims; its bound is %d", c, vcfg.ClaimCache)
		}
		for _, id := range all {
			r, _ := n.c.Oracle.CallRequest(ctx, id)
			if r.Status == contracts.StatusPending {
				return false
			}
		}
		return gauge(t, ver.Metrics, "auspex_verifier_proposals_checked_total") >= requests
	})
	t.Logf("peak: %d node tasks (bound %d), %v claims kept (bound %d)", maxTasks, cfg.QueueSize+cfg.Tx.MaxInFlight, maxClaims, cfg.ClaimCache)
	if maxClaims != 0 || maxChecked != 0 {
		t.Fatalf("traces built for unchallenged requests: node %v, verifier %v", maxClaims, maxChecked)
	}
}
