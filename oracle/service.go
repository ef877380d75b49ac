package oracle

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
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/lru"
	"github.com/auspex-labs/auspex/internal/store"
	"github.com/auspex-labs/auspex/internal/txmgr"
	"github.com/auspex-labs/auspex/internal/watcher"
	"github.com/auspex-labs/auspex/modelregistry"
)

// Chain is what the node needs from an endpoint: ethclient.Client over HTTP or WebSocket, or the
// in-process client of the devnet.
type Chain interface {
	bind.ContractBackend
	txmgr.Backend
}

// Service is the node's composition root.
type Service struct {
	cfg   Config
	log   zerolog.Logger
	chain Chain
	st    *store.Store
	tx    *txmgr.Manager
	w     *watcher.Watcher
	n     *node
	m     *metrics

	httpSrv  *http.Server
	httpAddr net.Addr

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// ClaimHook replaces the claim a node proposes and defends for a request with what it returns
// (the honest one is c). Demonstrations and tests only — a lying node (oracle/liar); a node with
// a hook gives up on a request once its proposal was slashed.
type ClaimHook func(p *inference.Program, c *fraudproof.Claim) *fraudproof.Claim

// Option changes how NewService wires the node beyond its Config.
type Option func(*node)

// WithClaimHook makes the node propose and defend what h makes of each honest claim: for
// demonstrations and tests only; no production binary sets it.
func WithClaimHook(h ClaimHook) Option { return func(n *node) { n.hook = h } }

// WithRequestFilter makes the node answer only the requests f accepts (it still keeps, finalizes
// and refunds the rest): with a claim hook, a liar that lies on some requests only (benchmarks,
// tests).
func WithRequestFilter(f func(id common.Hash) bool) Option { return func(n *node) { n.filter = f } }

// NewService wires the node; nothing runs until Start.
func NewService(ctx context.Context, cfg Config, ch Chain, key *ecdsa.PrivateKey, log zerolog.Logger, opts ...Option) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	st, err := store.Open(cfg.DBPath)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			st.Close()
		}
	}()
	src, err := modelregistry.NewStore(cfg.Models, log.With().Str("component", "models").Logger())
	if err != nil {
		return nil, err
	}
	tx, err := txmgr.New(ctx, cfg.Tx, ch, key, log.With().Str("component", "txmgr").Logger(),
		txmgr.WithJournal(st), txmgr.WithRevertDecoder(contracts.DecodeRevert))
	if err != nil {
		return nil, err
	}
	m := newMetrics()
	orc := contracts.NewOracle(cfg.Oracle, ch)
	zkp, err := newProvers(cfg.ZKKeys)
	if err != nil {
		return nil, fmt.Errorf("zk keys: %w", err)
	}
	models := modelregistry.NewCache(contracts.NewRegistry(cfg.Registry, ch), src)
	if err := models.SetMaxInferenceBytes(cfg.MaxInferenceBytes); err != nil {
		return nil, err
	}
	n := &node{
		cfg: cfg, log: log, st: st, oracle: orc, models: models,
		tx: tx, sched: newScheduler(cfg.QueueSize, cfg.QueueSize+cfg.Tx.MaxInFlight), m: m, me: tx.From(), zk: zkp,
		zkVerifierAt: func(a common.Address) zkVerifier { return contracts.NewZkModelVerifier(a, ch) },
	}
	for _, o := range opts {
		o(n)
	}
	wcfg := cfg.watcherConfig()
	wcfg.ObserveHead = func(d time.Duration) { m.headSeconds.Observe(d.Seconds()) }
	wcfg.Topics = [][]common.Hash{{orc.EventTopic("InferenceRequested"), orc.EventTopic("ProposalSlashed")}}
	if cfg.DisputeGame != (common.Address{}) {
		game := contracts.NewDisputeGame(cfg.DisputeGame, ch)
		n.def = &defender{n: n, game: game, logs: ch, claims: lru.New[common.Hash, *fraudproof.Claim](cfg.ClaimCache)}
		wcfg.Topics[0] = append(wcfg.Topics[0], game.EventTopic("GameStarted"))
	}
	w, err := watcher.New(wcfg, ch, st, n, log.With().Str("component", "watcher").Logger())
	if err != nil {
		return nil, err
	}
	ok = true
	return &Service{cfg: cfg, log: log, chain: ch, st: st, tx: tx, w: w, n: n, m: m}, nil
}

// Operator is the node's account.
func (s *Service) Operator() common.Address { return s.tx.From() }

// MetricsAddr is where /metrics and /healthz listen (nil when disabled).
func (s *Service) MetricsAddr() net.Addr { return s.httpAddr }

// Start tops up the bond, resumes journaled transactions and starts the watcher, the workers
// and the metrics server.
func (s *Service) Start(ctx context.Context) error {
	if s.cfg.MetricsAddr != "" {
		ln, err := net.Listen("tcp", s.cfg.MetricsAddr)
		if err != nil {
			return fmt.Errorf("metrics listener: %w", err)
		}
		s.httpAddr = ln.Addr()
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(s.m.reg, promhttp.HandlerOpts{}))
		mux.HandleFunc("/healthz", s.healthz)
		s.httpSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go func() {
			if err := s.httpSrv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error().Err(err).Msg("metrics server")
			}
		}()
	}
	runCtx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	// Journaled transactions first: they hold nonces, and one may be the bond deposit.
	if err := s.tx.Resume(runCtx, s.resumed); err != nil {
		cancel()
		return err
	}
	if err := s.topUpBond(ctx); err != nil {
		cancel()
		return err
	}
	s.n.sched.start(runCtx, s.cfg.Workers)
	s.wg.Add(2)
	go func() {
		defer s.wg.Done()
		_ = s.w.Run(runCtx)
	}()
	go func() {
		defer s.wg.Done()
		s.watchHealth(runCtx)
	}()
	s.log.Info().Str("operator", s.Operator().Hex()).Str("oracle", s.cfg.Oracle.Hex()).Msg("oracle node started")
	return nil
}

// Stop stops everything and closes the database. Transactions in flight stay journaled and are
// resumed by the next Start.
func (s *Service) Stop(ctx context.Context) error {
	if s.cancel != nil {
		s.cancel()
	}
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		s.n.sched.wait()
		close(done)
	}()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("stop: %w", ctx.Err())
	}
	if s.httpSrv != nil {
		err = errors.Join(err, s.httpSrv.Shutdown(ctx))
	}
	return errors.Join(err, s.st.Close())
}

// Healthy reports nil when the watcher is keeping up with the chain.
func (s *Service) Healthy() error { return s.w.Status().Healthy(s.cfg.HealthStaleAfter) }

func (s *Service) healthz(w http.ResponseWriter, _ *http.Request) {
	st := s.w.Status()
	body := map[string]any{"head": st.Head, "cursor": st.Cursor, "operator": s.Operator().Hex()}
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
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		st := s.w.Status()
		s.m.cursor.Set(float64(st.Cursor))
		if s.Healthy() == nil {
			s.m.watcherHealthy.Set(1)
		} else {
			s.m.watcherHealthy.Set(0)
		}
	}
}

// resumed is told the outcome of a transaction left in flight by a previous run.
func (s *Service) resumed(key string, rcpt *types.Receipt, err error) {
	if err != nil {
		s.log.Warn().Err(err).Str("key", key).Msg("resumed transaction failed; the chain state decides what next")
		return
	}
	s.log.Info().Str("key", key).Str("tx_hash", rcpt.TxHash.Hex()).Msg("resumed transaction confirmed")
}

func (s *Service) topUpBond(ctx context.Context) error {
	if s.cfg.BondTarget == nil || s.cfg.BondTarget.Sign() == 0 || s.tx.InFlight("bond") {
		return nil
	}
	acct, err := s.n.oracle.CallOperator(ctx, s.Operator())
	if err != nil {
		return err
	}
	if acct.Bonded.Cmp(s.cfg.BondTarget) >= 0 {
		return nil
	}
	amount := new(big.Int).Sub(s.cfg.BondTarget, acct.Bonded)
	rcpt, err := s.tx.Send(ctx, "bond", s.n.oracle.DepositBondTx(amount))
	if err != nil {
		return fmt.Errorf("deposit bond: %w", err)
	}
	s.log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Str("amount_wei", amount.String()).Msg("bond topped up")
	return nil
}

// Request reads what the node knows about a request (for status tooling and tests).
func (s *Service) Request(id common.Hash) (store.Request, error) { return s.st.Request(id) }
