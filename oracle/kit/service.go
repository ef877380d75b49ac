package kit

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/store"
	"github.com/auspex-labs/auspex/internal/txmgr"
	"github.com/auspex-labs/auspex/internal/watcher"
)

// Chain is what a service needs from an endpoint: ethclient.Client over HTTP or WebSocket, or
// the in-process client of the devnet.
type Chain interface {
	bind.ContractBackend
	txmgr.Backend
}

// Config is what every service built from the kit has.
type Config struct {
	// Name is the service's metrics namespace (auspex_<Name>_*) and log name.
	Name   string
	DBPath string
	Tx     txmgr.Config
	Watch  watcher.Config
	// Workers bound engine runs at once; MaxTasks bounds requests, games and withdrawals under
	// way at once (more wait for a later head).
	Workers, MaxTasks int
	// MetricsAddr serves /metrics and /healthz ("" disables).
	MetricsAddr string
	// HealthStaleAfter: /healthz fails when the watcher has not caught up for this long.
	HealthStaleAfter time.Duration
}

// Check reports the first invalid field.
func (c Config) Check() error {
	switch {
	case c.Name == "":
		return errors.New("service name is not set")
	case c.DBPath == "":
		return errors.New("db path is not set")
	case c.Workers <= 0 || c.MaxTasks <= 0:
		return errors.New("workers and max tasks must be positive")
	case c.HealthStaleAfter <= 0:
		return errors.New("health stale-after must be positive")
	}
	if c.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			return fmt.Errorf("metrics address %q: %w", c.MetricsAddr, err)
		}
	}
	if err := c.Tx.Check(); err != nil {
		return err
	}
	return c.Watch.Check()
}

// Service is the part every service shares: its store, transaction manager, watcher, scheduler,
// metrics and health. A service adds its handler (Watch) and its health checks, then Start.
type Service struct {
	Log     zerolog.Logger
	Store   *store.Store
	Tx      *txmgr.Manager
	Sched   *Scheduler
	Metrics *prometheus.Registry

	cfg    Config
	w      *watcher.Watcher
	checks []func() error
	m      struct {
		head, cursor, healthy, tasks prometheus.Gauge
		headSeconds                  prometheus.Histogram
	}

	httpSrv  *http.Server
	httpAddr net.Addr
	cancel   context.CancelFunc
	wg       sync.WaitGroup
}

// New opens the store (refusing a damaged one, store.ErrDamaged) and the transaction manager.
func New(ctx context.Context, cfg Config, ch Chain, key *ecdsa.PrivateKey, log zerolog.Logger) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("%s: %w", cfg.Name, err)
	}
	st, err := store.Open(cfg.DBPath)
	if err != nil {
		return nil, err
	}
	tx, err := txmgr.New(ctx, cfg.Tx, ch, key, log.With().Str("component", "txmgr").Logger(),
		txmgr.WithJournal(st), txmgr.WithRevertDecoder(contracts.DecodeRevert))
	if err != nil {
		st.Close()
		return nil, err
	}
	s := &Service{Log: log, Store: st, Tx: tx, Sched: NewScheduler(cfg.Workers, cfg.MaxTasks), Metrics: prometheus.NewRegistry(), cfg: cfg}
	ns := "auspex_" + cfg.Name
	gauge := func(name, help string) prometheus.Gauge {
		g := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: name, Help: help})
		s.Metrics.MustRegister(g)
		return g
	}
	s.m.head = gauge("head_block", "Latest head seen.")
	s.m.cursor = gauge("cursor_block", "Last block fully processed.")
	s.m.healthy = gauge("watcher_healthy", "1 when the last watcher step succeeded.")
	s.m.tasks = gauge("queue_depth", "Tasks under way (waiting for an engine slot or running).")
	s.m.headSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "head_seconds",
		Help: "Time to handle one new head (open work read and offered).", Buckets: headBuckets})
	s.Metrics.MustRegister(s.m.headSeconds)
	return s, nil
}

// headBuckets double from 0.1 ms, with 10 ms steps around the 50 ms a head may take (the soak's
// bound), so a p99 near it is read exactly.
var headBuckets = append(prometheus.ExponentialBuckets(0.0001, 2, 9), 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2)

// Account is the service's address.
func (s *Service) Account() common.Address { return s.Tx.From() }

// Watch builds the watcher that feeds h; call it once, before Start.
func (s *Service) Watch(ch Chain, h watcher.Handler) error {
	cfg := s.cfg.Watch
	cfg.ObserveHead = func(d time.Duration) { s.m.headSeconds.Observe(d.Seconds()) }
	w, err := watcher.New(cfg, ch, s.Store, headGauge{h, s}, s.Log.With().Str("component", "watcher").Logger())
	if err != nil {
		return err
	}
	s.w = w
	return nil
}

// headGauge exports the head and the task count before the handler sees the head.
type headGauge struct {
	watcher.Handler
	s *Service
}

func (h headGauge) OnHead(ctx context.Context, head *types.Header) error {
	h.s.m.head.Set(float64(head.Number.Uint64()))
	h.s.m.tasks.Set(float64(h.s.Sched.Depth()))
	return h.Handler.OnHead(ctx, head)
}

// CheckHealth adds a condition /healthz reports (nil: healthy).
func (s *Service) CheckHealth(f func() error) { s.checks = append(s.checks, f) }

// Close releases what New opened, for a service that will not Start.
func (s *Service) Close() error { return s.Store.Close() }

// MetricsAddr is where /metrics and /healthz listen (nil when disabled or not started).
func (s *Service) MetricsAddr() net.Addr { return s.httpAddr }

// Status is the watcher's progress.
func (s *Service) Status() watcher.Status { return s.w.Status() }

// Healthy reports nil when the watcher keeps up and every added check passes.
func (s *Service) Healthy() error {
	if err := s.w.Status().Healthy(s.cfg.HealthStaleAfter); err != nil {
		return err
	}
	for _, c := range s.checks {
		if err := c(); err != nil {
			return err
		}
	}
	return nil
}

// Start serves the metrics, resumes journaled transactions (they hold nonces), runs before
// (e.g. a bond top-up) and starts the scheduler and the watcher. Every task derives from one
// context that Stop cancels.
func (s *Service) Start(ctx context.Context, before func(ctx context.Context) error) error {
	if s.w == nil {
		return errors.New("kit: Start before Watch")
	}
	if s.cfg.MetricsAddr != "" {
		ln, err := net.Listen("tcp", s.cfg.MetricsAddr)
		if err != nil {
			return fmt.Errorf("metrics listener: %w", err)
		}
		s.httpAddr = ln.Addr()
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(s.Metrics, promhttp.HandlerOpts{}))
		mux.HandleFunc("/healthz", s.healthz)
		s.httpSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go func() {
			if err := s.httpSrv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.Log.Error().Err(err).Msg("metrics server")
			}
		}()
	}
	runCtx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	if err := s.Tx.Resume(runCtx, s.resumed); err != nil {
		return err
	}
	if before != nil {
		if err := before(ctx); err != nil {
			return err
		}
	}
	s.Sched.Start(runCtx)
	s.wg.Add(2)
	go func() {
		defer s.wg.Done()
		_ = s.w.Run(runCtx)
	}()
	go func() {
		defer s.wg.Done()
		s.watchHealth(runCtx)
	}()
	return nil
}

// Stop cancels every task and waits for them until ctx's deadline, then closes the store.
// Transactions in flight stay journaled and are resumed by the next Start.
func (s *Service) Stop(ctx context.Context) error {
	if s.cancel != nil {
		s.cancel()
	}
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	var err error
	select {
	case <-done:
		err = s.Sched.Wait(ctx)
	case <-ctx.Done():
		err = errors.New("watcher still running")
	}
	if err != nil {
		err = fmt.Errorf("stop %s: %w", s.cfg.Name, err)
	}
	if s.httpSrv != nil {
		err = errors.Join(err, s.httpSrv.Shutdown(ctx))
	}
	return errors.Join(err, s.Store.Close())
}

func (s *Service) healthz(w http.ResponseWriter, _ *http.Request) {
	st := s.w.Status()
	body := map[string]any{"head": st.Head, "cursor": st.Cursor, "account": s.Account().Hex()}
	w.Header().Set("Content-Type", "application/json")
	if err := s.Healthy(); err != nil {
		body["status"], body["error"] = "unhealthy", err.Error()
		w.WriteHeader(http.StatusServiceUnavailable)
	} else {
		body["status"] = "ok"
	}
	_ = json.NewEncoder(w).Encode(body)
}

func (s *Service) watchHealth(ctx context.Context) {
	t := time.NewTicker(s.cfg.Watch.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s.m.cursor.Set(float64(s.w.Status().Cursor))
		if s.w.Status().Healthy(s.cfg.HealthStaleAfter) == nil {
			s.m.healthy.Set(1)
		} else {
			s.m.healthy.Set(0)
		}
	}
}

// resumed is told the outcome of a transaction left in flight by a previous run.
func (s *Service) resumed(key string, rcpt *types.Receipt, err error) {
	if err != nil {
		s.Log.Warn().Err(err).Str("key", key).Msg("resumed transaction failed; the chain state decides what next")
		return
	}
	s.Log.Info().Str("key", key).Str("tx_hash", rcpt.TxHash.Hex()).Msg("resumed transaction confirmed")
}

// CollectEvery is how often, in blocks, a service reads what it is owed and withdraws it: what is
// owed changes slowly, and a failed withdrawal is retried that many blocks later.
const CollectEvery = 8

// pruneEvery is how often, in blocks, Prune deletes.
const pruneEvery = 1024

// Prune deletes, every pruneEvery heads, the requests in the given phases first seen more than
// after blocks before head (after 0: never). It runs as a task: a large delete never holds up a head.
func (s *Service) Prune(head, after uint64, phases ...store.Phase) {
	if after == 0 || head%pruneEvery != 0 || head <= after {
		return
	}
	s.Sched.Offer("prune", func(context.Context) {
		pruned, err := s.Store.PruneRequests(head-after, phases...)
		if err != nil {
			s.Log.Warn().Err(err).Msg("prune requests")
		} else if pruned > 0 {
			s.Log.Info().Int("requests", pruned).Msg("pruned requests")
		}
	})
}

// Wei is an amount of wei as a metric value.
func Wei(v *big.Int) float64 {
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}
