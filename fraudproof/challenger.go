package fraudproof

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
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/lru"
	"github.com/auspex-labs/auspex/internal/store"
	"github.com/auspex-labs/auspex/internal/txmgr"
	"github.com/auspex-labs/auspex/internal/watcher"
	"github.com/auspex-labs/auspex/modelregistry"
)

// ChallengerConfig configures the verifier (cmd/verifier).
type ChallengerConfig struct {
	Oracle, Registry, Game common.Address
	StartBlock             uint64
	DBPath                 string
	Models                 modelregistry.StoreConfig
	Tx                     txmgr.Config
	PollInterval           time.Duration
	ReorgDepth, LogBatch   uint64
	MetricsAddr            string
	HealthStaleAfter       time.Duration
	// Workers bounds engine runs at once (default 2); Tasks bounds checks, games and collections
	// under way at once (default 64): more wait for a later head. ClaimCache is how many
	// re-executed claims are kept (default 64; older ones are recomputed when a game needs them).
	Workers, Tasks, ClaimCache int
}

// withDefaults fills the zero bounds with their defaults.
func (c ChallengerConfig) withDefaults() ChallengerConfig {
	if c.Workers == 0 {
		c.Workers = 2
	}
	if c.Tasks == 0 {
		c.Tasks = 64
	}
	if c.ClaimCache == 0 {
		c.ClaimCache = 64
	}
	return c
}

// Check reports the first invalid field (zero bounds take their defaults).
func (c ChallengerConfig) Check() error {
	c = c.withDefaults()
	if c.Workers < 0 || c.Tasks < 0 || c.ClaimCache < 0 {
		return errors.New("verifier: workers, tasks and claim cache must be positive")
	}
	switch {
	case c.Oracle == (common.Address{}) || c.Registry == (common.Address{}) || c.Game == (common.Address{}):
		return errors.New("verifier: oracle, registry and dispute game addresses are required")
	case c.DBPath == "":
		return errors.New("verifier: db path is not set")
	case c.PollInterval <= 0 || c.ReorgDepth == 0 || c.LogBatch == 0:
		return errors.New("verifier: poll interval, reorg depth and log batch must be positive")
	case c.HealthStaleAfter <= 0:
		return errors.New("verifier: health stale-after must be positive")
	}
	if err := c.Models.Check(); err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	return c.Tx.Check()
}

// Chain is what the verifier needs from an endpoint.
type Chain interface {
	bind.ContractBackend
	txmgr.Backend
}

// challengeRecord is what the verifier keeps about one of its games.
type challengeRecord struct {
	GameID    string `json:"game_id"`
	RequestID string `json:"request_id"`
	Open      bool   `json:"open"`
	Won       bool   `json:"won,omitempty"`
}

// Challenger is the verifier: it re-executes every proposed result, challenges each one that is
// not the engine's, plays the game to the end and collects what it wins. Level-triggered like the
// node: each head it checks what is unchecked and moves in every open game, so a restart resumes
// where the chain stands.
type Challenger struct {
	cfg    ChallengerConfig
	log    zerolog.Logger
	st     *store.Store
	tx     *txmgr.Manager
	w      *watcher.Watcher
	oracle *contracts.Oracle
	game   *contracts.DisputeGame
	models *modelregistry.Cache
	logs   contracts.LogReader
	reg    *prometheus.Registry
	m      struct {
		checked, mismatches, challenges, won, lost, unchecked prometheus.Counter
		collected                                             *prometheus.CounterVec
		unverifiable                                          prometheus.Gauge
		headSeconds                                           prometheus.Histogram
	}

	mu     sync.Mutex
	claims *lru.Cache[common.Hash, *Claim]
	busy   map[string]bool
	// engine admits Workers engine runs at once.
	engine chan struct{}
	// runCtx is the service's context: every task derives from it, so Stop ends them.
	runCtx context.Context
	// unverifiable holds the challengeable proposals this verifier cannot re-execute (their
	// model cannot be obtained), with why: the health check fails while any is.
	unverifiable map[common.Hash]string

	httpSrv *http.Server
	cancel  context.CancelFunc
	wg      sync.WaitGroup
}

// NewChallenger wires the verifier; nothing runs until Start.
func NewChallenger(ctx context.Context, cfg ChallengerConfig, ch Chain, key *ecdsa.PrivateKey, log zerolog.Logger) (*Challenger, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	st, err := store.Open(cfg.DBPath)
	if err != nil {
		return nil, err
	}
	src, err := modelregistry.NewStore(cfg.Models, log)
	if err != nil {
		st.Close()
		return nil, err
	}
	tx, err := txmgr.New(ctx, cfg.Tx, ch, key, log.With().Str("component", "txmgr").Logger(),
		txmgr.WithJournal(st), txmgr.WithRevertDecoder(contracts.DecodeRevert))
	if err != nil {
		st.Close()
		return nil, err
	}
	c := &Challenger{
		cfg: cfg, log: log, st: st, tx: tx, logs: ch,
		oracle: contracts.NewOracle(cfg.Oracle, ch), game: contracts.NewDisputeGame(cfg.Game, ch),
		models: modelregistry.NewCache(contracts.NewRegistry(cfg.Registry, ch), src),
		claims: lru.New[common.Hash, *Claim](cfg.ClaimCache), busy: map[string]bool{}, engine: make(chan struct{}, cfg.Workers),
		unverifiable: map[common.Hash]string{}, reg: prometheus.NewRegistry(), runCtx: context.Background(),
	}
	counter := func(name, help string) prometheus.Counter {
		k := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "auspex_verifier", Name: name, Help: help})
		c.reg.MustRegister(k)
		return k
	}
	c.m.checked = counter("proposals_checked_total", "Result proposals re-executed.")
	c.m.mismatches = counter("mismatches_total", "Proposals that are not the engine's result.")
	c.m.challenges = counter("challenges_total", "Games opened.")
	c.m.won = counter("games_won_total", "Games won.")
	c.m.lost = counter("games_lost_total", "Games lost.")
	c.m.unchecked = counter("proposals_unchecked_total", "Proposals whose window closed before they could be re-executed (their model could not be obtained).")
	c.m.collected = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "auspex_verifier", Name: "collected_wei_total",
		Help: "Wei withdrawn to the verifier, by source."}, []string{"from"})
	c.m.unverifiable = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "auspex_verifier", Name: "proposals_unverifiable",
		Help: "Challengeable proposals the verifier cannot re-execute now (model unavailable)."})
	c.m.headSeconds = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "auspex_verifier", Name: "head_seconds",
		Help: "Time to handle one new head (open work read and offered).", Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16)})
	c.reg.MustRegister(c.m.collected, c.m.unverifiable, c.m.headSeconds)
	wcfg := watcher.Config{
		Addresses: []common.Address{cfg.Oracle, cfg.Game}, StartBlock: cfg.StartBlock, PollInterval: cfg.PollInterval,
		MaxBatch: cfg.LogBatch, ReorgDepth: cfg.ReorgDepth, MaxBackoff: max(cfg.PollInterval, 10*time.Second),
		Topics: [][]common.Hash{{c.oracle.EventTopic("InferenceRequested"), c.oracle.EventTopic("ResultProposed"),
			c.oracle.EventTopic("ErrorProposed"), c.game.EventTopic("GameStarted")}},
		ObserveHead: func(d time.Duration) { c.m.headSeconds.Observe(d.Seconds()) },
	}
	c.w, err = watcher.New(wcfg, ch, st, c, log.With().Str("component", "watcher").Logger())
	if err != nil {
		st.Close()
		return nil, err
	}
	return c, nil
}

// Address is the verifier's account.
func (c *Challenger) Address() common.Address { return c.tx.From() }

// Start resumes journaled transactions and starts the watcher and the metrics server.
func (c *Challenger) Start(ctx context.Context) error {
	runCtx, cancel := context.WithCancel(context.Background())
	c.cancel, c.runCtx = cancel, runCtx
	if err := c.tx.Resume(runCtx, nil); err != nil {
		cancel()
		return err
	}
	if c.cfg.MetricsAddr != "" {
		ln, err := net.Listen("tcp", c.cfg.MetricsAddr)
		if err != nil {
			cancel()
			return fmt.Errorf("metrics listener: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(c.reg, promhttp.HandlerOpts{}))
		mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
			st := c.w.Status()
			body := map[string]any{"head": st.Head, "cursor": st.Cursor, "status": "ok"}
			if err := c.Healthy(); err != nil {
				body["status"], body["error"] = "unhealthy", err.Error()
				w.WriteHeader(http.StatusServiceUnavailable)
			}
			_ = json.NewEncoder(w).Encode(body)
		})
		c.httpSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go func() { _ = c.httpSrv.Serve(ln) }()
	}
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		_ = c.w.Run(runCtx)
	}()
	c.log.Info().Str("verifier", c.Address().Hex()).Msg("verifier started")
	return nil
}

// Healthy reports nil when the watcher keeps up and every challengeable proposal can be
// re-executed. A proposal whose model cannot be obtained is a hole in the guarantee (a lie about
// it would finalize), so it is reported as unhealthy until the model is back or the window ends.
func (c *Challenger) Healthy() error {
	if err := c.w.Status().Healthy(c.cfg.HealthStaleAfter); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for id, why := range c.unverifiable {
		return fmt.Errorf("%d proposal(s) cannot be re-executed, e.g. request %s: %s", len(c.unverifiable), id.Hex(), why)
	}
	return nil
}

// Stop stops the verifier and closes its database. Every task runs under the service's context,
// so cancelling it ends them; Stop waits for them until ctx's deadline. Transactions in flight stay
// journaled and are resumed by the next Start.
func (c *Challenger) Stop(ctx context.Context) error {
	if c.cancel != nil {
		c.cancel()
	}
	done := make(chan struct{})
	go func() { c.wg.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("stop: tasks still running: %w", ctx.Err())
	}
	if c.httpSrv != nil {
		err = errors.Join(err, c.httpSrv.Shutdown(ctx))
	}
	return errors.Join(err, c.st.Close())
}

// HandleLogs records requests (their inputs), proposals to check, and our games.
func (c *Challenger) HandleLogs(_ context.Context, logs []types.Log) error {
	for i := range logs {
		l := &logs[i]
		if ev, ok := c.oracle.ParseInferenceRequestedLog(l); ok {
			id := common.BigToHash(ev.RequestID)
			if l.Removed {
				if _, err := c.st.DropRequestsIn(l.BlockHash, id); err != nil {
					return err
				}
				continue
			}
			if _, err := c.st.UpsertRequest(store.Request{ID: id, ModelID: ev.ModelID, Nonce: ev.Nonce.Uint64(), Requester: ev.Requester,
				BatchSize: ev.BatchSize, Deadline: ev.Deadline, Input: ev.Input, Block: l.BlockNumber, BlockHash: l.BlockHash,
				TxHash: l.TxHash, LogIndex: l.Index}); err != nil {
				return err
			}
			continue
		}
		if ev, ok := c.oracle.ParseResultProposedLog(l); ok && !l.Removed {
			id := common.BigToHash(ev.RequestID)
			err := c.st.UpdateRequest(id, func(r *store.Request) error {
				r.Phase, r.Output, r.TraceRoot, r.IsError, r.ErrorCode, r.Note = store.PhaseAnswered, ev.Output, ev.TraceRoot, false, 0, ""
				return nil
			})
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				return err
			}
			continue
		}
		if ev, ok := c.oracle.ParseErrorProposedLog(l); ok && !l.Removed {
			err := c.st.UpdateRequest(common.BigToHash(ev.RequestID), func(r *store.Request) error {
				r.Phase, r.Output, r.TraceRoot, r.IsError, r.ErrorCode, r.Note = store.PhaseAnswered, nil, ev.TraceRoot, true, ev.Code, ""

				return nil
			})
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				return err
			}
			continue
		}
		if ev, ok := c.game.ParseGameStartedLog(l); ok && !l.Removed && ev.Challenger == c.Address() {
			key := common.BigToHash(ev.GameID)
			var rec challengeRecord
			if c.st.Dispute(key, &rec) != nil {
				if err := c.st.PutDispute(key, challengeRecord{GameID: ev.GameID.String(), RequestID: common.BigToHash(ev.RequestID).Hex(), Open: true}); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// Rollback forgets requests of orphaned blocks.
func (c *Challenger) Rollback(_ context.Context, ancestor uint64) error {
	_, err := c.st.DropRequestsAfter(ancestor)
	return err
}

// OnHead checks unchecked proposals and moves in open games.
func (c *Challenger) OnHead(ctx context.Context, head *types.Header) error {
	pending, err := c.st.RequestsIn(store.PhaseAnswered) // only open work (the phase index)
	if err != nil {
		return err
	}
	if n := head.Number.Uint64(); n%1024 == 0 && n > verifierPruneAfter {
		// Checked proposals long past their window: only disk.
		if _, err := c.st.PruneRequests(n-verifierPruneAfter, store.PhaseSkipped, store.PhaseNew); err != nil {
			c.log.Warn().Err(err).Msg("prune checked requests")
		}
	}
	for _, r := range pending {
		c.spawn("check/"+r.ID.Hex()+r.TraceRoot.Hex(), func(ctx context.Context) { c.check(ctx, r, head) })
	}
	if head.Number.Uint64()%8 == 0 { // what is owed changes slowly: not a read on every head
		c.spawn("collect", c.collect)
	}
	return c.st.Disputes(func(key common.Hash, data []byte) error {
		var rec challengeRecord
		if err := json.Unmarshal(data, &rec); err != nil || !rec.Open {
			return err
		}
		c.spawn("game/"+rec.GameID, func(ctx context.Context) { c.play(ctx, rec, head.Time) })
		return nil
	})
}

// verifierPruneAfter is how many blocks the verifier keeps a checked (or never proposed) request.
const verifierPruneAfter = 100_000

// spawn runs f once per key at a time, off the watcher's goroutine, under the service's context;
// at most Tasks run at once, and what finds no room is offered again at the next head.
func (c *Challenger) spawn(key string, f func(context.Context)) {
	c.mu.Lock()
	if c.busy[key] || len(c.busy) >= c.cfg.Tasks || c.runCtx.Err() != nil {
		c.mu.Unlock()
		return
	}
	c.busy[key] = true
	c.wg.Add(1)
	c.mu.Unlock()
	go func() {
		defer c.wg.Done()
		defer func() { c.mu.Lock(); delete(c.busy, key); c.mu.Unlock() }()
		ctx, cancel := context.WithTimeout(c.runCtx, 10*time.Minute)
		defer cancel()
		f(ctx)
	}()
}

// check re-executes a proposed result; a mismatch inside the window is challenged.
func (c *Challenger) check(ctx context.Context, r store.Request, head *types.Header) {
	log := c.log.With().Str("request_id", r.ID.Hex()).Uint64("model_id", r.ModelID).Logger()
	done := func(note string) {
		_ = c.st.UpdateRequest(r.ID, func(q *store.Request) error {
			if q.TraceRoot == r.TraceRoot {
				q.Phase, q.Note = store.PhaseSkipped, note
			}
			return nil
		})
	}
	cl, err := c.claim(ctx, r)
	if err != nil {
		c.unavailable(ctx, r, head, err, log)
		return
	}
	c.available(r)
	c.m.checked.Inc()
	if agrees(cl, r) {
		done("verified")
		return
	}
	c.m.mismatches.Inc()
	p, err := c.oracle.CallProposal(ctx, r.ID.Big())
	if err != nil {
		return
	}
	req, err := c.oracle.CallRequest(ctx, r.ID.Big())
	if err != nil {
		return
	}
	if req.Status != contracts.StatusProposed || p.TraceRoot != r.TraceRoot || p.IsError != r.IsError || head.Time >= p.ProposedAt+uint64(req.ChallengeWindow) {
		done("mismatch no longer challengeable")
		return
	}
	bond, err := c.game.CallChallengeBond(ctx)
	if err != nil {
		return
	}
	log.Warn().Str("proposer", p.Proposer.Hex()).Msg("proposed result is not the engine's: challenging")
	rcpt, err := c.tx.Send(ctx, "challenge/"+r.ID.Hex()+"/"+r.TraceRoot.Hex(), c.game.ChallengeTx(r.ID.Big(), bond, cl.Layout()))
	if err != nil {
		log.Warn().Err(err).Msg("challenge failed; retried next head")
		return
	}
	c.m.challenges.Inc()
	if id, err := c.game.ParseGameStarted(rcpt); err == nil {
		_ = c.st.PutDispute(common.BigToHash(id), challengeRecord{GameID: id.String(), RequestID: r.ID.Hex(), Open: true})
		log.Info().Str("game_id", id.String()).Str("tx_hash", rcpt.TxHash.Hex()).Msg("challenge opened")
	}
	done("challenged")
}

// unavailable handles a proposal the verifier cannot re-execute (its model cannot be obtained):
// it is reported once (log, metric, health) and retried every head while it can still be
// challenged; once its window has closed, that it went unchecked is logged as an error, once.
func (c *Challenger) unavailable(ctx context.Context, r store.Request, head *types.Header, err error, log zerolog.Logger) {
	req, rerr := c.oracle.CallRequest(ctx, r.ID.Big())
	p, perr := c.oracle.CallProposal(ctx, r.ID.Big())
	if rerr == nil && perr == nil && (req.Status != contracts.StatusProposed || p.TraceRoot != r.TraceRoot ||
		head.Time >= p.ProposedAt+uint64(req.ChallengeWindow)) {
		c.available(r)
		c.m.unchecked.Inc()
		log.Error().Err(err).Msg("proposal left unchecked: its window closed while its model could not be obtained")
		_ = c.st.UpdateRequest(r.ID, func(q *store.Request) error {
			if q.TraceRoot == r.TraceRoot {
				q.Phase, q.Note = store.PhaseSkipped, "unchecked: model unavailable"
			}
			return nil
		})
		return
	}
	c.mu.Lock()
	_, known := c.unverifiable[r.ID]
	c.unverifiable[r.ID] = err.Error()
	c.m.unverifiable.Set(float64(len(c.unverifiable)))
	c.mu.Unlock()
	if !known {
		log.Error().Err(err).Msg("cannot re-execute the proposal: its model is unavailable; retrying every head while it is challengeable")
	}
}

// available clears a request from the unverifiable set.
func (c *Challenger) available(r store.Request) {
	c.mu.Lock()
	if _, ok := c.unverifiable[r.ID]; ok {
		delete(c.unverifiable, r.ID)
		c.m.unverifiable.Set(float64(len(c.unverifiable)))
	}
	c.mu.Unlock()
}

func (c *Challenger) play(ctx context.Context, rec challengeRecord, now uint64) {
	id, _ := new(big.Int).SetString(rec.GameID, 10)
	log := c.log.With().Str("game_id", rec.GameID).Str("request_id", rec.RequestID).Logger()
	g, err := c.game.CallGame(ctx, id)
	if err != nil {
		return
	}
	if g.Phase == contracts.PhaseResolved {
		rec.Open, rec.Won = false, !g.ProposerWon
		_ = c.st.PutDispute(common.BigToHash(id), rec)
		if rec.Won {
			c.m.won.Inc()
		} else {
			c.m.lost.Inc()
		}
		log.Info().Bool("won", rec.Won).Msg("game resolved")
		return
	}
	if g.Phase.ProposerMoves() && !Expired(g, now) {
		return // the proposer's move, with time left
	}
	r, err := c.st.Request(common.HexToHash(rec.RequestID))
	if err != nil {
		return
	}
	cl, err := c.claim(ctx, r)
	if err != nil {
		log.Warn().Err(err).Msg("cannot rebuild the trace")
		return
	}
	pl := &Player{Game: c.game, Oracle: c.oracle, Logs: c.logs, Claim: cl, Now: now,
		Input: func(context.Context, *big.Int) (uint64, []byte, error) { return r.Nonce, r.Input, nil },
		Send: func(ctx context.Context, cand chain.TxCandidate) (*types.Receipt, error) {
			return c.tx.Send(ctx, fmt.Sprintf("move/%s/%x", rec.GameID, crypto.Keccak256(cand.Data)[:8]), cand)
		}}
	switch moved, err := pl.Move(ctx, id); {
	case errors.Is(err, ErrClockExpired):
		log.Debug().Msg("our clock ran out; the game is lost")
	case err != nil:
		log.Warn().Err(err).Msg("move failed; retried next head")
	case moved:
		log.Info().Uint8("phase", uint8(g.Phase)).Msg("move sent")
	}
}

// collect withdraws what the verifier is owed: bonds and rewards won in games, and anything the
// oracle credited it. It runs every head from the chain's state, so a failed withdrawal is tried
// again until it succeeds.
func (c *Challenger) collect(ctx context.Context) {
	me := c.Address()
	for _, w := range []struct {
		from string
		bal  func(context.Context, common.Address) (*big.Int, error)
		tx   chain.TxCandidate
	}{
		{"game", c.game.CallBalance, c.game.WithdrawTx()},
		{"oracle", c.oracle.CallBalance, c.oracle.WithdrawTx()},
	} {
		b, err := w.bal(ctx, me)
		if err != nil || b.Sign() == 0 {
			continue
		}
		rcpt, err := c.tx.Send(ctx, "collect-"+w.from, w.tx)
		if err != nil {
			c.log.Warn().Err(err).Str("from", w.from).Msg("withdrawal failed; retried next head")
			continue
		}
		c.m.collected.WithLabelValues(w.from).Add(weiFloat(b))
		c.log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Str("from", w.from).Str("amount_wei", b.String()).Msg("collected")
	}
}

func weiFloat(v *big.Int) float64 {
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}

// agrees reports whether a proposal (result or error claim) is the one the engine's claim makes.
func agrees(cl *Claim, r store.Request) bool {
	code := cl.Code()
	if r.IsError {
		return r.ErrorCode == code && (code == CodeInvalidInput || cl.TraceRoot() == r.TraceRoot)
	}
	out, err := cl.Output()
	return code == 0 && err == nil && cl.TraceRoot() == r.TraceRoot && string(out) == string(r.Output)
}

// claim is the engine's answer to a request with its traces (cached).
func (c *Challenger) claim(ctx context.Context, r store.Request) (*Claim, error) {
	if cl, ok := c.claims.Get(r.ID); ok {
		return cl, nil
	}
	m, err := c.models.Get(ctx, r.ModelID)
	if err != nil {
		return nil, err
	}
	// The protocol's bound, never lower: a model a verifier refuses is one whose lies it cannot
	// challenge (reported as unverifiable). So is one registered past the CLI with a step that has
	// no on-chain one-step.
	if err := modelregistry.CheckBatch(m.Resources, int(r.BatchSize), 0); err != nil {
		return nil, err
	}
	if m.Info.Mode != contracts.ModeZK {
		if err := CheckDisputable(m.Program); err != nil {
			return nil, err
		}
	}
	select { // at most Workers engine runs at once
	case c.engine <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	cl, err := NewClaim(m.Program, r.Input, r.BatchSize)
	<-c.engine
	if err != nil {
		return nil, err
	}
	c.claims.Add(r.ID, cl)
	return cl, nil
}
