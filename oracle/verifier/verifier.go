// Package verifier is the challenger service (cmd/verifier): the service kit configured to
// re-execute every proposed result, challenge each one that is not the engine's, play the game to
// the end and collect what it wins.
package verifier

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/parallel"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/store"
	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle/kit"
)

// Service is the verifier. Level-triggered like the node: each head it checks what is unchecked
// and moves in every open game, so a restart resumes where the chain stands.
type Service struct {
	*kit.Service
	cfg    Config
	oracle *contracts.Oracle
	game   *contracts.DisputeGame
	models *modelregistry.Cache
	intake *kit.Intake
	claims *kit.Claims
	games  *kit.Games
	engine inference.Runner // Config.Threads goroutines per re-execution
	m      struct {
		checked, mismatches, challenges, won, lost, unchecked prometheus.Counter
		collected                                             *prometheus.CounterVec
		unverifiable                                          prometheus.Gauge
	}

	mu sync.Mutex
	// unverifiable holds the challengeable proposals this verifier cannot re-execute (their
	// model cannot be obtained), with why: the health check fails while any is.
	unverifiable map[common.Hash]string
}

// New wires the verifier; nothing runs until Start.
func New(ctx context.Context, cfg Config, ch kit.Chain, key *ecdsa.PrivateKey, log zerolog.Logger) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	src, err := modelregistry.NewStore(cfg.Models, log)
	if err != nil {
		return nil, err
	}
	orc, game := contracts.NewOracle(cfg.Oracle, ch), contracts.NewDisputeGame(cfg.Game, ch)
	kcfg := cfg.kitConfig()
	kcfg.Watch.Topics = [][]common.Hash{{orc.EventTopic("InferenceRequested"), orc.EventTopic("ResultProposed"),
		orc.EventTopic("ErrorProposed"), game.EventTopic("GameStarted")}}
	k, err := kit.New(ctx, kcfg, ch, key, log)
	if err != nil {
		return nil, err
	}
	v := &Service{Service: k, cfg: cfg, oracle: orc, game: game, intake: kit.NewIntake(k, orc), engine: parallel.Runner(cfg.Threads),
		models:       modelregistry.NewCache(contracts.NewRegistry(cfg.Registry, ch), src),
		unverifiable: map[common.Hash]string{},
	}
	v.claims = kit.NewClaims(k, cfg.ClaimCache, v.buildClaim)
	v.games = kit.NewGames(k, kit.Challenger, game, orc, ch)
	v.games.Claim, v.games.Event = v.claims.Get, v.gameEvent
	counter := func(name, help string) prometheus.Counter {
		c := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "auspex_verifier", Name: name, Help: help})
		k.Metrics.MustRegister(c)
		return c
	}
	v.m.checked = counter("proposals_checked_total", "Result proposals re-executed.")
	v.m.mismatches = counter("mismatches_total", "Proposals that are not the engine's result.")
	v.m.challenges = counter("challenges_total", "Games opened.")
	v.m.won = counter("games_won_total", "Games won.")
	v.m.lost = counter("games_lost_total", "Games lost.")
	v.m.unchecked = counter("proposals_unchecked_total", "Proposals whose window closed before they could be re-executed (their model could not be obtained).")
	v.m.collected = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "auspex_verifier", Name: "collected_wei_total",
		Help: "Wei withdrawn to the verifier, by source."}, []string{"from"})
	v.m.unverifiable = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "auspex_verifier", Name: "proposals_unverifiable",
		Help: "Challengeable proposals the verifier cannot re-execute now (model unavailable)."})
	k.Metrics.MustRegister(v.m.collected, v.m.unverifiable)
	// A proposal whose model cannot be obtained is a hole in the guarantee (a lie about it would
	// finalize), so it is reported as unhealthy until the model is back or the window ends.
	k.CheckHealth(v.verifiable)
	if err := k.Watch(ch, v); err != nil {
		k.Close()
		return nil, err
	}
	return v, nil
}

// Address is the verifier's account.
func (v *Service) Address() common.Address { return v.Account() }

// Start resumes journaled transactions and starts the watcher and the tasks.
func (v *Service) Start(ctx context.Context) error {
	if err := v.Service.Start(ctx, nil); err != nil {
		return err
	}
	v.Log.Info().Str("verifier", v.Address().Hex()).Msg("verifier started")
	return nil
}

func (v *Service) verifiable() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	for id, why := range v.unverifiable {
		return fmt.Errorf("%d proposal(s) cannot be re-executed, e.g. request %s: %s", len(v.unverifiable), id.Hex(), why)
	}
	return nil
}

// HandleLogs records requests (their inputs), proposals to check, and our games.
func (v *Service) HandleLogs(_ context.Context, logs []types.Log) error {
	for i := range logs {
		l := &logs[i]
		if ok, err := v.games.Handle(l); ok {
			if err != nil {
				return err
			}
			continue
		}
		if ok, err := v.intake.Handle(l); ok {
			if err != nil {
				return err
			}
			continue
		}
		if l.Removed {
			continue
		}
		var id common.Hash
		var answer func(r *store.Request)
		if ev, ok := v.oracle.ParseResultProposedLog(l); ok {
			id, answer = common.BigToHash(ev.RequestID), func(r *store.Request) {
				r.Output, r.Proposal, r.IsError, r.ErrorCode = ev.Output, ev.Nonce, false, 0
			}
		} else if ev, ok := v.oracle.ParseErrorProposedLog(l); ok {
			id, answer = common.BigToHash(ev.RequestID), func(r *store.Request) {
				r.Output, r.Proposal, r.IsError, r.ErrorCode = nil, ev.Nonce, true, ev.Code
			}
		} else {
			continue
		}
		err := v.Store.UpdateRequest(id, func(r *store.Request) error {
			answer(r)
			r.Phase, r.Note = store.PhaseAnswered, ""
			return nil
		})
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
	}
	return nil
}

// Rollback forgets requests of orphaned blocks.
func (v *Service) Rollback(_ context.Context, ancestor uint64) error {
	return v.intake.Rollback(ancestor)
}

// OnHead offers a check for every unchecked proposal and a move for every open game.
func (v *Service) OnHead(_ context.Context, head *types.Header) error {
	n := head.Number.Uint64()
	// Checked proposals long past their window: only disk.
	v.Prune(n, v.cfg.PruneAfterBlocks, store.PhaseSkipped, store.PhaseNew)
	if n%kit.CollectEvery == 0 { // what is owed changes slowly: not a read on every head
		v.Sched.Offer("collect", v.collect)
	}
	pending, err := v.Store.RequestsIn(store.PhaseAnswered) // only open work (the phase index)
	if err != nil {
		return err
	}
	for _, r := range pending {
		v.Sched.Offer(fmt.Sprintf("check/%s/%d", r.ID.Hex(), r.Proposal), func(ctx context.Context) { v.check(ctx, r, head) })
	}
	return v.games.OnHead(head)
}

// check re-executes a proposed result; a mismatch inside the window is challenged.
func (v *Service) check(ctx context.Context, r store.Request, head *types.Header) {
	log := v.Log.With().Str("request_id", r.ID.Hex()).Uint64("model_id", r.ModelID).Logger()
	done := func(note string) {
		_ = v.Store.UpdateRequest(r.ID, func(q *store.Request) error {
			if q.Proposal == r.Proposal {
				q.Phase, q.Note = store.PhaseSkipped, note
			}
			return nil
		})
	}
	full, err := v.Store.Request(r.ID) // with its input, kept apart from the head's list
	if err != nil {
		return
	}
	start := time.Now()
	a, err := v.claims.Answer(ctx, full)
	if err != nil {
		if ctx.Err() == nil {
			v.unavailable(ctx, r, head, err, log)
		}
		return
	}
	v.available(r)
	v.m.checked.Inc()
	if a.Agrees(fraudproof.Proposed{Output: r.Output, IsError: r.IsError, ErrorCode: r.ErrorCode}) {
		log.Info().Uint32("proposal", r.Proposal).Dur("engine", time.Since(start)).Msg("proposal verified: the engine agrees")
		done("verified")
		return
	}
	v.m.mismatches.Inc()
	p, err := v.oracle.CallProposal(ctx, r.ID.Big())
	if err != nil {
		return
	}
	req, err := v.oracle.CallRequest(ctx, r.ID.Big())
	if err != nil {
		return
	}
	if req.Status != contracts.StatusProposed || p.Nonce != r.Proposal || p.IsError != r.IsError || head.Time >= p.ProposedAt+uint64(req.ChallengeWindow) {
		done("mismatch no longer challengeable")
		return
	}
	bond, err := v.game.CallChallengeBond(ctx)
	if err != nil {
		return
	}
	// The game is played from the traces: built now (the cache keeps them for its moves).
	cl, err := v.claims.Get(ctx, full)
	if err != nil {
		return
	}
	log.Warn().Str("proposer", p.Proposer.Hex()).Msg("proposed result is not the engine's: challenging")
	rcpt, err := v.Tx.Send(ctx, fmt.Sprintf("challenge/%s/%d", r.ID.Hex(), r.Proposal), v.game.ChallengeTx(r.ID.Big(), bond, cl.Layout()))
	if err != nil {
		if ctx.Err() != nil {
			return // stopping: the journaled transaction resumes at the next start
		}
		log.Warn().Err(err).Msg("challenge failed; retried next head")
		return
	}
	if id, err := v.game.ParseGameStarted(rcpt); err == nil {
		if err := v.games.Track(id, r.ID); err != nil {
			log.Error().Err(err).Msg("record the game")
		}
		log.Info().Str("game_id", id.String()).Str("tx_hash", rcpt.TxHash.Hex()).Msg("challenge opened")
	}
	done("challenged")
}

// unavailable handles a proposal the verifier cannot re-execute (its model cannot be obtained):
// it is reported once (log, metric, health) and retried every head while it can still be
// challenged; once its window has closed, that it went unchecked is logged as an error, once.
func (v *Service) unavailable(ctx context.Context, r store.Request, head *types.Header, err error, log zerolog.Logger) {
	req, rerr := v.oracle.CallRequest(ctx, r.ID.Big())
	p, perr := v.oracle.CallProposal(ctx, r.ID.Big())
	if rerr == nil && perr == nil && (req.Status != contracts.StatusProposed || p.Nonce != r.Proposal ||
		head.Time >= p.ProposedAt+uint64(req.ChallengeWindow)) {
		v.available(r)
		v.m.unchecked.Inc()
		log.Error().Err(err).Msg("proposal left unchecked: its window closed while its model could not be obtained")
		_ = v.Store.UpdateRequest(r.ID, func(q *store.Request) error {
			if q.Proposal == r.Proposal {
				q.Phase, q.Note = store.PhaseSkipped, "unchecked: model unavailable"
			}
			return nil
		})
		return
	}
	v.mu.Lock()
	_, known := v.unverifiable[r.ID]
	v.unverifiable[r.ID] = err.Error()
	v.m.unverifiable.Set(float64(len(v.unverifiable)))
	v.mu.Unlock()
	if !known {
		log.Error().Err(err).Msg("cannot re-execute the proposal: its model is unavailable; retrying every head while it is challengeable")
	}
}

// available clears a request from the unverifiable set.
func (v *Service) available(r store.Request) {
	v.mu.Lock()
	if _, ok := v.unverifiable[r.ID]; ok {
		delete(v.unverifiable, r.ID)
		v.m.unverifiable.Set(float64(len(v.unverifiable)))
	}
	v.mu.Unlock()
}

// gameEvent counts what happened to one of our games.
func (v *Service) gameEvent(_ kit.GameRecord, event string) {
	switch event {
	case "opened":
		v.m.challenges.Inc()
	case "won":
		v.m.won.Inc()
	case "lost":
		v.m.lost.Inc()
	}
}

// collect withdraws what the verifier is owed: bonds and rewards won in games, and anything the
// oracle credited it. It runs every kit.CollectEvery heads from the chain's state, so a failed
// withdrawal is tried again until it succeeds.
func (v *Service) collect(ctx context.Context) {
	me := v.Address()
	for _, w := range []struct {
		from string
		bal  func(context.Context, common.Address) (*big.Int, error)
		tx   chain.TxCandidate
	}{
		{"game", v.game.CallBalance, v.game.WithdrawTx()},
		{"oracle", v.oracle.CallBalance, v.oracle.WithdrawTx()},
	} {
		b, err := w.bal(ctx, me)
		if err != nil || b.Sign() == 0 {
			continue
		}
		rcpt, err := v.Tx.Send(ctx, "collect-"+w.from, w.tx)
		if err != nil {
			if ctx.Err() != nil {
				return // stopping: the journaled transaction resumes at the next start
			}
			v.Log.Warn().Err(err).Str("from", w.from).Msg("withdrawal failed; retried next head")
			continue
		}
		v.m.collected.WithLabelValues(w.from).Add(kit.Wei(b))
		v.Log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Str("from", w.from).Str("amount_wei", b.String()).Msg("collected")
	}
}

// buildClaim prepares the engine's claim for a request, after the checks that make a model one
// this verifier can challenge lies about.
func (v *Service) buildClaim(ctx context.Context, r store.Request) (kit.Job, error) {
	m, err := v.models.Get(ctx, r.ModelID)
	if err != nil {
		return kit.Job{}, err
	}
	// The protocol's bound, never lower: a model a verifier refuses is one whose lies it cannot
	// challenge (reported as unverifiable). So is one registered past the CLI with a step that has
	// no on-chain one-step.
	if err := modelregistry.CheckBatch(m.Resources, int(r.BatchSize), 0); err != nil {
		return kit.Job{}, err
	}
	if m.Info.Mode != contracts.ModeZK {
		if err := fraudproof.CheckDisputable(m.Program); err != nil {
			return kit.Job{}, err
		}
	}
	return kit.Job{
		Answer: func() (fraudproof.Answer, error) {
			return fraudproof.NewAnswerWith(v.engine, m.Program, r.Input, r.BatchSize)
		},
		Claim: func() (*fraudproof.Claim, error) {
			return fraudproof.NewClaimWith(v.engine, m.Program, r.Input, r.BatchSize)
		},
	}, nil
}
