package oracle

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/store"
	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle/kit"
)

// sender is the part of txmgr the node uses.
type sender interface {
	Send(ctx context.Context, key string, c chain.TxCandidate) (*types.Receipt, error)
	InFlight(key string) bool
	From() common.Address
}

// node is the node's logic: it is the watcher's handler, and it decides every action from the
// chain's state (level-triggered), so that a restart, a reorg or a missed event changes nothing
// but timing. A head only reads the open work from the store and offers one keyed task per
// request or game that has something due (kit.Scheduler); the task reads the chain and acts, so
// a head costs O(open work) store reads and no chain calls. Each action is keyed (propose/<id>,
// finalize/<id>) and checked against the chain and the transaction journal first: never twice.
type node struct {
	cfg    Config
	log    zerolog.Logger
	st     *store.Store
	oracle *contracts.Oracle
	models *modelregistry.Cache
	tx     sender
	kit    *kit.Service
	sched  *kit.Scheduler
	intake *kit.Intake
	claims *kit.Claims
	// games defends this node's proposals (and, as a keeper, times out others' stuck games);
	// nil without a dispute game.
	games *kit.Games
	m     *metrics
	me    common.Address

	// bond is the oracle's proposal bond (immutable), once read (by the account task only).
	bond *big.Int
	// bonds paces proposals by the operator's free bond.
	bonds bondBudget
	// zk holds the configured zk keys (Config.ZKKeys); zkVerifierAt binds a model's verifier.
	zk           *provers
	zkVerifierAt func(common.Address) zkVerifier
	// hook, when set (WithClaimHook), replaces the claims the node proposes: demonstrations only.
	hook ClaimHook
	// filter, when set (WithRequestFilter), limits which requests the node answers.
	filter func(common.Hash) bool
	// turns orders the operators per request so that they do not race (turns.go).
	turns *turns
	// engine runs claims on Config.Threads goroutines each.
	engine inference.Runner
}

// HandleLogs records discovered requests (idempotently), games and slashes; it honours removed
// logs.
func (n *node) HandleLogs(_ context.Context, logs []types.Log) error {
	for i := range logs {
		l := &logs[i]
		if n.games != nil {
			if ok, err := n.games.Handle(l); ok {
				if err != nil {
					return err
				}
				continue
			}
		}
		if ev, ok := n.oracle.ParseProposalSlashed(l); ok {
			if !l.Removed {
				n.turns.slashed(ev.Proposer)
				if err := n.slashed(common.BigToHash(ev.RequestID)); err != nil {
					return err
				}
			}
			continue
		}
		if ev, ok := n.oracle.ParseResultProposedLog(l); ok {
			n.turns.proposed(ev.Proposer, l.BlockNumber)
			continue
		}
		if ev, ok := n.oracle.ParseErrorProposedLog(l); ok {
			n.turns.proposed(ev.Proposer, l.BlockNumber)
			continue
		}
		if _, err := n.intake.Handle(l); err != nil {
			return err
		}
	}
	return nil
}

// slashed reopens a request whose proposal was slashed: forget the window we were waiting for.
// (A node with a claim hook — a demonstration liar — caught once gives up on the request.)
func (n *node) slashed(id common.Hash) error {
	err := n.st.UpdateRequest(id, func(r *store.Request) error {
		switch {
		case r.Phase.Terminal():
		case n.hook != nil:
			r.Phase, r.Note = store.PhaseSkipped, "slashed"
		default:
			r.Phase, r.FinalizableAt = store.PhaseNew, 0
		}
		return nil
	})
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	return err
}

// Rollback forgets requests from orphaned blocks; re-included ones are discovered again.
func (n *node) Rollback(_ context.Context, ancestor uint64) error {
	n.m.reorgs.Inc()
	return n.intake.Rollback(ancestor)
}

// OnHead offers a task for every open request with something due at head, one for every open
// game, and the account task.
func (n *node) OnHead(_ context.Context, head *types.Header) error {
	num := head.Number.Uint64()
	n.sched.Offer("account", func(ctx context.Context) { n.account(ctx, head) })
	n.kit.Prune(num, n.cfg.PruneAfterBlocks, store.PhaseFinalized, store.PhaseRefunded)
	// Only open work that is due: the phase index keeps terminal records, and records waiting for a
	// window or a deadline, out of the way of every head.
	open, err := n.st.RequestsDue(head.Time, store.PhaseNew, store.PhaseProposed, store.PhaseAnswered, store.PhaseSkipped)
	if err != nil {
		return err
	}
	for i := range open {
		n.offer(head, open[i])
	}
	if n.games != nil {
		return n.games.OnHead(head)
	}
	return nil
}

// keeperAfter reports whether the keeper may do, at head, work that became possible at t and is
// first someone else's (the proposer's finalize, the requester's refund).
func (n *node) keeperAfter(now, t uint64) bool {
	return n.cfg.Keeper && now >= t+uint64(n.cfg.KeeperDelay/time.Second)
}

// offer starts the request's task if something may be due at head. The checks are on the stored
// record only: nothing can happen before these times (a slash resets the phase through its event),
// so the endpoint is spared the calls.
func (n *node) offer(head *types.Header, r store.Request) {
	key := "req/" + r.ID.Hex()
	if n.sched.Busy(key) || n.tx.InFlight("propose/"+r.ID.Hex()) || n.tx.InFlight("finalize/"+r.ID.Hex()) ||
		n.tx.InFlight("refund/"+r.ID.Hex()) {
		return
	}
	switch r.Phase {
	case store.PhaseNew:
		// Confirmations first, then this node's turn among the operators (turns.go).
		if head.Number.Uint64()+1 < r.Block+n.cfg.RequestConfirmations+n.turns.wait(r.ID, head.Number.Uint64()) {
			return
		}
	case store.PhaseAnswered:
		if r.FinalizableAt != 0 && head.Time < r.FinalizableAt {
			return
		}
	case store.PhaseSkipped:
		// Not ours to answer; the keeper refunds it once its deadline has passed.
		if !n.keeperAfter(head.Time, r.Deadline) {
			return
		}
	}
	n.sched.Offer(key, func(ctx context.Context) {
		if err := n.reconcile(ctx, head, r); err != nil && ctx.Err() == nil {
			n.log.Debug().Err(err).Str("request_id", r.ID.Hex()).Msg("reconcile; retried next head")
		}
	})
}

// reconcile reads the request at head and does what its state asks.
func (n *node) reconcile(ctx context.Context, head *types.Header, r store.Request) error {
	id := r.ID.Big()
	onchain, err := n.oracle.CallRequest(ctx, id)
	if err != nil {
		return err
	}
	log := n.log.With().Str("request_id", r.ID.Hex()).Uint64("model_id", r.ModelID).Logger()
	switch onchain.Status {
	case contracts.StatusNone:
		// Not at head (a reorg the watcher has not reached yet): nothing to do.
	case contracts.StatusPending:
		return n.reconcilePending(ctx, head, r, onchain, log)
	case contracts.StatusProposed:
		p, err := n.oracle.CallProposal(ctx, id)
		if err != nil {
			return err
		}
		at := p.ProposedAt + uint64(onchain.ChallengeWindow)
		if (r.Phase == store.PhaseNew || r.Phase == store.PhaseProposed) && p.Proposer != n.me {
			n.m.skipped.WithLabelValues("already_answered").Inc()
			msg := "not proposing: answered by another operator"
			if r.Phase == store.PhaseProposed {
				msg = "another operator's proposal landed first (ours, if sent in the same block, reverted)"
			}
			log.Info().Str("proposer", p.Proposer.Hex()).Msg(msg)
		}
		if r.Phase != store.PhaseAnswered || r.FinalizableAt != at {
			if err := n.st.UpdateRequest(r.ID, func(q *store.Request) error {
				q.Phase, q.FinalizableAt = store.PhaseAnswered, at
				return nil
			}); err != nil {
				return err
			}
		}
		mine := p.Proposer == n.me
		if head.Time < at || (!mine && !n.keeperAfter(head.Time, at)) {
			return nil // another operator's proposal is its to finalize first
		}
		// Open games block finalize until they end; the game tracker times out any whose clock
		// ran out, so finalizing now would only revert.
		if open, err := n.oracle.CallOpenDisputes(ctx, id); err != nil {
			return err
		} else if open.Sign() != 0 {
			return nil
		}
		n.finalize(ctx, r, !mine)
	case contracts.StatusFinalized:
		return n.setPhase(r.ID, store.PhaseFinalized, "")
	case contracts.StatusRefunded:
		return n.setPhase(r.ID, store.PhaseRefunded, "")
	}
	return nil
}

// reconcilePending answers a pending request, or refunds it as a keeper once nobody can.
func (n *node) reconcilePending(ctx context.Context, head *types.Header, r store.Request, onchain contracts.Request,
	log zerolog.Logger) error {
	if onchain.Deadline != r.Deadline {
		// A slash extended it.
		if err := n.st.UpdateRequest(r.ID, func(q *store.Request) error { q.Deadline = onchain.Deadline; return nil }); err != nil {
			return err
		}
		r.Deadline = onchain.Deadline
	}
	if head.Time >= onchain.Deadline {
		if n.keeperAfter(head.Time, onchain.Deadline) {
			n.refund(ctx, r, "expired unanswered")
			return nil
		}
		if r.Phase != store.PhaseSkipped {
			log.Warn().Msg("request expired unanswered; it is refundable")
			n.m.skipped.WithLabelValues("expired").Inc()
			return n.setPhase(r.ID, store.PhaseSkipped, "expired before it was answered")
		}
		return nil
	}
	if r.Phase == store.PhaseSkipped {
		return nil
	}
	if onchain.Mode != contracts.ModeOPML && onchain.BatchSize == 1 {
		prove, err := n.canProve(ctx, r.ModelID)
		if err != nil {
			return err
		}
		if prove {
			n.prove(ctx, r, onchain.Mode)
			return nil
		}
	}
	if onchain.Mode == contracts.ModeZK {
		n.m.skipped.WithLabelValues("zk_mode").Inc()
		log.Warn().Msg("ZK-mode model with no zk keys configured or published: not answering (refunded at its deadline)")
		return n.setPhase(r.ID, store.PhaseSkipped, "ZK-mode model: needs a validity proof and no keys are configured or published for it")
	}
	// After its last allowed proposal was slashed a request takes no more: it is refundable now.
	if p, err := n.oracle.CallProposal(ctx, r.ID.Big()); err != nil {
		return err
	} else if p.Nonce >= contracts.MaxProposals {
		if n.cfg.Keeper {
			n.refund(ctx, r, "every allowed proposal was slashed")
			return nil
		}
		n.m.skipped.WithLabelValues("proposals_exhausted").Inc()
		return n.setPhase(r.ID, store.PhaseSkipped, "every allowed proposal was slashed; the request is refundable")
	}
	if n.filter != nil && !n.filter(r.ID) {
		return nil
	}
	// Never send a proposal the free bond cannot cover: it would revert and cost gas.
	if !n.bonds.reserve() {
		n.m.bondShort.Inc()
		return nil
	}
	n.bonds.release(n.propose(ctx, r))
	return nil
}

// canProve reports whether the node has zk keys for the model's program, or the model published
// its own for any node to fetch.
func (n *node) canProve(ctx context.Context, modelID uint64) (bool, error) {
	m, err := n.models.Get(ctx, modelID)
	if err != nil {
		// Unavailable now: the proving task reports it and the next head retries.
		return true, nil
	}
	return n.zk.can(m), nil
}

func (n *node) setPhase(id common.Hash, p store.Phase, note string) error {
	return n.st.UpdateRequest(id, func(r *store.Request) error {
		r.Phase = p
		if note != "" {
			r.Note = note
		}
		return nil
	})
}
