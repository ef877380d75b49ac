package oracle

import (
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the node's own Prometheus series (the kit's — head, cursor, queue, head time,
// discovered — are on the same registry, the service's own: no globals).
type metrics struct {
	proposals     *prometheus.CounterVec // kind=result|error
	finalizations prometheus.Counter
	txFailures    *prometheus.CounterVec // action
	engineSeconds prometheus.Histogram
	proveSeconds  prometheus.Histogram
	latencyBlocks prometheus.Histogram
	skipped       *prometheus.CounterVec // reason
	reorgs        prometheus.Gauge
	openProposals prometheus.Gauge
	bondedWei     prometheus.Gauge
	earningsWei   prometheus.Gauge
	disputes      *prometheus.CounterVec // event=opened|won|lost|stale
	keeper        *prometheus.CounterVec // action=finalize|refund|timeout
	bondShort     prometheus.Counter
	collected     *prometheus.CounterVec // from=game|oracle|bond
}

func newMetrics(reg *prometheus.Registry) *metrics {
	m := &metrics{}
	f := func(c prometheus.Collector) { reg.MustRegister(c) }
	ns := "auspex_oracle"
	m.proposals = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "proposals_total", Help: "Proposals confirmed on-chain, by kind."}, []string{"kind"})
	m.finalizations = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "finalizations_total", Help: "Finalizations sent by this node and confirmed."})
	m.txFailures = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "tx_failures_total", Help: "Transactions that failed, by action."}, []string{"action"})
	m.engineSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "engine_seconds", Help: "Engine time per request (run and trace commitment).", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)})
	m.proveSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "prove_seconds", Help: "Validity-proof time per request (ZK mode).", Buckets: prometheus.ExponentialBuckets(0.01, 2, 14)})
	m.latencyBlocks = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "request_to_proposal_blocks", Help: "Blocks from a request to its proposal.", Buckets: []float64{0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50}})
	m.skipped = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "requests_skipped_total", Help: "Requests this node will not answer, by reason."}, []string{"reason"})
	m.reorgs = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "reorgs", Help: "Reorgs handled since start."})
	m.openProposals = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "open_proposals", Help: "Proposals of this operator not yet finalized (bond locked)."})
	m.bondedWei = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "bonded_wei", Help: "Operator bond."})
	m.earningsWei = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "earnings_wei", Help: "Operator earnings not yet withdrawn."})
	m.disputes = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "disputes_total", Help: "Dispute games against this node's proposals, by event."}, []string{"event"})
	m.keeper = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "keeper_actions_total", Help: "Requests and games this node ended for others (finalize, refund, timeout), confirmed."}, []string{"action"})
	m.bondShort = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "proposals_deferred_total", Help: "Proposals held back because the free bond covered no more (retried next head)."})
	m.collected = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "collected_wei_total", Help: "Wei withdrawn to the operator, by source."}, []string{"from"})
	for _, c := range []prometheus.Collector{m.keeper, m.bondShort, m.collected, m.disputes, m.proposals, m.finalizations,
		m.txFailures, m.engineSeconds, m.proveSeconds, m.latencyBlocks, m.skipped, m.reorgs, m.openProposals, m.bondedWei,
		m.earningsWei} {
		f(c)
	}
	return m
}
