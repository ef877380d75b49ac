package oracle

import (
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the node's Prometheus series, on a registry of its own (no globals).
type metrics struct {
	reg            *prometheus.Registry
	discovered     prometheus.Counter
	dropped        prometheus.Counter
	proposals      *prometheus.CounterVec // kind=result|error
	finalizations  prometheus.Counter
	txFailures     *prometheus.CounterVec // action
	engineSeconds  prometheus.Histogram
	proveSeconds   prometheus.Histogram
	latencyBlocks  prometheus.Histogram
	queueDepth     prometheus.Gauge
	head, cursor   prometheus.Gauge
	skipped        *prometheus.CounterVec // reason
	reorgs         prometheus.Gauge
	openProposals  prometheus.Gauge
	bondedWei      prometheus.Gauge
	earningsWei    prometheus.Gauge
	watcherHealthy prometheus.Gauge
	disputes       *prometheus.CounterVec // event=opened|won|lost|stale
	keeper         *prometheus.CounterVec // action=finalize|refund|timeout
	bondShort      prometheus.Counter
	collected      *prometheus.CounterVec // from=game|oracle|bond
	headSeconds    prometheus.Histogram
}

func newMetrics() *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	f := func(c prometheus.Collector) { m.reg.MustRegister(c) }
	ns := "auspex_oracle"
	m.discovered = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "requests_discovered_total", Help: "Inference requests discovered."})
	m.dropped = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "requests_dropped_total", Help: "Requests dropped because a reorg removed them."})
	m.proposals = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "proposals_total", Help: "Proposals confirmed on-chain, by kind."}, []string{"kind"})
	m.finalizations = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "finalizations_total", Help: "Finalizations sent by this node and confirmed."})
	m.txFailures = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "tx_failures_total", Help: "Transactions that failed, by action."}, []string{"action"})
	m.engineSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "engine_seconds", Help: "Engine time per request (run and trace commitment).", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)})
	m.proveSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "prove_seconds", Help: "Validity-proof time per request (ZK mode).", Buckets: prometheus.ExponentialBuckets(0.01, 2, 14)})
	m.latencyBlocks = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "request_to_proposal_blocks", Help: "Blocks from a request to its proposal.", Buckets: []float64{0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50}})
	m.queueDepth = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "queue_depth", Help: "Jobs waiting for a worker."})
	m.head = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "head_block", Help: "Latest head seen."})
	m.cursor = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "cursor_block", Help: "Last block fully processed."})
	m.skipped = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "requests_skipped_total", Help: "Requests this node will not answer, by reason."}, []string{"reason"})
	m.reorgs = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "reorgs", Help: "Reorgs handled since start."})
	m.openProposals = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "open_proposals", Help: "Proposals of this operator not yet finalized (bond locked)."})
	m.bondedWei = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "bonded_wei", Help: "Operator bond."})
	m.earningsWei = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "earnings_wei", Help: "Operator earnings not yet withdrawn."})
	m.watcherHealthy = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "watcher_healthy", Help: "1 when the last watcher step succeeded."})
	m.disputes = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "disputes_total", Help: "Dispute games against this node's proposals, by event."}, []string{"event"})
	m.keeper = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "keeper_actions_total", Help: "Requests and games this node ended for others (finalize, refund, timeout), confirmed."}, []string{"action"})
	m.bondShort = prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "proposals_deferred_total", Help: "Proposals held back because the free bond covered no more (retried next head)."})
	m.collected = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "collected_wei_total", Help: "Wei withdrawn to the operator, by source."}, []string{"from"})
	m.headSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "head_seconds", Help: "Time to handle one new head (open work read and offered).", Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16)})
	for _, c := range []prometheus.Collector{m.headSeconds, m.keeper, m.bondShort, m.collected, m.disputes, m.discovered, m.dropped, m.proposals, m.finalizations, m.txFailures, m.engineSeconds, m.proveSeconds,
		m.latencyBlocks, m.queueDepth, m.head, m.cursor, m.skipped, m.reorgs, m.openProposals, m.bondedWei,
		m.earningsWei, m.watcherHealthy} {
		f(c)
	}
	return m
}
