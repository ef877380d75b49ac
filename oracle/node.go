package oracle

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/store"
	"github.com/auspex-labs/auspex/modelregistry"
)

// sender is the part of txmgr the node uses.
type sender interface {
	Send(ctx context.Context, key string, c chain.TxCandidate) (*types.Receipt, error)
	InFlight(key string) bool
	From() common.Address
}

// node is the node's logic: it is the watcher's handler, and it decides every action from the
// chain's state at the head (level-triggered), so that a restart, a reorg or a missed event
// changes nothing but timing. Each action is keyed (propose/<id>, finalize/<id>) and checked
// against the chain and the transaction journal before it is taken: never twice.
type node struct {
	cfg    Config
	log    zerolog.Logger
	st     *store.Store
	oracle *contracts.Oracle
	models *modelregistry.Cache
	tx     sender
	sched  *scheduler
	m      *metrics
	me     common.Address

	// lastHead throttles the operator-account read to once per head.
	lastHead uint64
	// bond is the oracle's proposal bond (immutable), once read.
	bond *big.Int
	// bonds paces proposals by the operator's free bond.
	bonds bondBudget
	// def defends this node's proposals in dispute games (nil without a game).
	def *defender
	// zk holds the configured zk keys (Config.ZKKeys); zkVerifierAt binds a model's verifier.
	zk           *provers
	zkVerifierAt func(common.Address) zkVerifier
	// hook, when set (WithClaimHook), replaces the claims the node proposes: demonstrations only.
	hook ClaimHook
	// filter, when set (WithRequestFilter), limits which requests the node answers.
	filter func(common.Hash) bool
}

// HandleLogs records discovered requests (idempotently) and honours removed logs.
func (n *node) HandleLogs(_ context.Context, logs []types.Log) error {
	for i := range logs {
		if n.def != nil && logs[i].Address == n.def.game.Address() {
			if err := n.def.handleLog(&logs[i]); err != nil {
				return err
			}
			continue
		}
		if id, ok := n.oracle.ParseProposalSlashedLog(&logs[i]); ok && !logs[i].Removed {
			// The request is open again: forget the window we were waiting for. (A node with a
			// claim hook — a demonstration liar — caught once gives up on the request.)
			err := n.st.UpdateRequest(common.BigToHash(id), func(r *store.Request) error {
				switch {
				case r.Phase.Terminal():
				case n.hook != nil:
					r.Phase, r.Note = store.PhaseSkipped, "slashed"
				default:
					r.Phase, r.FinalizableAt = store.PhaseNew, 0
				}
				return nil
			})
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				return err
			}
			continue
		}
		ev, ok := n.oracle.ParseInferenceRequestedLog(&logs[i])
		if !ok {
			continue
		}
		id := common.BigToHash(ev.RequestID)
		if logs[i].Removed {
			dropped, err := n.st.DropRequestsIn(logs[i].BlockHash, id)
			if err != nil {
				return err
			}
			n.m.dropped.Add(float64(len(dropped)))
			continue
		}
		created, err := n.st.UpsertRequest(store.Request{
			ID: id, ModelID: ev.ModelID, Nonce: ev.Nonce.Uint64(), Requester: ev.Requester, BatchSize: ev.BatchSize,
			Deadline: ev.Deadline, Input: ev.Input, Block: logs[i].BlockNumber, BlockHash: logs[i].BlockHash,
			TxHash: logs[i].TxHash, LogIndex: logs[i].Index,
		})
		if err != nil {
			return err
		}
		if created {
			n.m.discovered.Inc()
			n.log.Info().Str("request_id", id.Hex()).Uint64("model_id", ev.ModelID).Uint64("block", logs[i].BlockNumber).
				Str("tx_hash", logs[i].TxHash.Hex()).Int("input_bytes", len(ev.Input)).Msg("request discovered")
		}
	}
	return nil
}

// Rollback forgets requests from orphaned blocks; re-included ones are discovered again.
func (n *node) Rollback(_ context.Context, ancestor uint64) error {
	dropped, err := n.st.DropRequestsAfter(ancestor)
	if err != nil {
		return err
	}
	for _, id := range dropped {
		n.log.Warn().Str("request_id", id.Hex()).Uint64("ancestor", ancestor).Msg("request dropped by a reorg")
	}
	n.m.dropped.Add(float64(len(dropped)))
	n.m.reorgs.Inc()
	return nil
}

// pruneEvery is how often (in blocks) ended requests past Config.PruneAfterBlocks are deleted.
const pruneEvery = 1024

// OnHead reads the operator's account, then reconciles every open request with the chain at head.
func (n *node) OnHead(ctx context.Context, head *types.Header) error {
	n.m.head.Set(float64(head.Number.Uint64()))
	q, _ := n.sched.depth()
	n.m.queueDepth.Set(float64(q))
	if head.Number.Uint64() != n.lastHead {
		n.lastHead = head.Number.Uint64()
		n.account(ctx, head)
	}
	// Only open work: the phase index keeps terminal records out of the way of every head.
	open, err := n.st.RequestsIn(store.PhaseNew, store.PhaseProposed, store.PhaseAnswered, store.PhaseSkipped)
	if err != nil {
		return err
	}
	if n.cfg.PruneAfterBlocks != 0 && head.Number.Uint64()%pruneEvery == 0 && head.Number.Uint64() > n.cfg.PruneAfterBlocks {
		if pruned, err := n.st.PruneRequests(head.Number.Uint64()-n.cfg.PruneAfterBlocks, store.PhaseFinalized, store.PhaseRefunded); err != nil {
			n.log.Warn().Err(err).Msg("prune ended requests")
		} else if pruned > 0 {
			n.log.Info().Int("requests", pruned).Msg("pruned ended requests")
		}
	}
	for i := range open {
		if err := n.reconcile(ctx, head, &open[i]); err != nil {
			return err
		}
	}
	if n.def != nil {
		return n.def.onHead(ctx, head)
	}
	return nil
}

// keeperAfter reports whether the keeper may do, at head, work that became possible at t and is
// first someone else's (the proposer's finalize, the requester's refund).
func (n *node) keeperAfter(now, t uint64) bool {
	return n.cfg.Keeper && now >= t+uint64(n.cfg.KeeperDelay/time.Second)
}

func (n *node) reconcile(ctx context.Context, head *types.Header, r *store.Request) error {
	key := "req/" + r.ID.Hex()
	if n.sched.busy(key) || n.tx.InFlight("propose/"+r.ID.Hex()) || n.tx.InFlight("finalize/"+r.ID.Hex()) ||
		n.tx.InFlight("refund/"+r.ID.Hex()) {
		return nil
	}
	// Nothing can happen before these times (a slash resets the phase through its event): spare
	// the endpoint the calls.
	switch r.Phase {
	case store.PhaseAnswered:
		if r.FinalizableAt != 0 && head.Time < r.FinalizableAt {
			return nil
		}
	case store.PhaseSkipped:
		// Not ours to answer; the keeper refunds it once its deadline has passed.
		if !n.keeperAfter(head.Time, r.Deadline) {
			return nil
		}
	}
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
		n.sched.offer(key, n.finalizeJob(*r, !mine))
	case contracts.StatusFinalized:
		return n.setPhase(r.ID, store.PhaseFinalized, "")
	case contracts.StatusRefunded:
		return n.setPhase(r.ID, store.PhaseRefunded, "")
	}
	return nil
}

// reconcilePending answers a pending request, or refunds it as a keeper once nobody can.
func (n *node) reconcilePending(ctx context.Context, head *types.Header, r *store.Request, onchain contracts.Request,
	log zerolog.Logger) error {
	key := "req/" + r.ID.Hex()
	if onchain.Deadline != r.Deadline {
		// A slash extended it.
		if err := n.st.UpdateRequest(r.ID, func(q *store.Request) error { q.Deadline = onchain.Deadline; return nil }); err != nil {
			return err
		}
		r.Deadline = onchain.Deadline
	}
	if head.Time >= onchain.Deadline {
		if n.keeperAfter(head.Time, onchain.Deadline) {
			n.sched.offer(key, n.refundJob(*r, "expired unanswered"))
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
	if head.Number.Uint64()+1 < r.Block+n.cfg.RequestConfirmations {
		return nil
	}
	if onchain.Mode != contracts.ModeOPML && onchain.BatchSize == 1 {
		prove, err := n.canProve(ctx, r.ModelID)
		if err != nil {
			return err
		}
		if prove {
			n.sched.offer(key, n.proveJob(*r, onchain.Mode, head.Number.Uint64()))
			return nil
		}
	}
	if onchain.Mode == contracts.ModeZK {
		n.m.skipped.WithLabelValues("zk_mode").Inc()
		log.Warn().Msg("ZK-mode model and no zk keys for it: not answering (refunded at its deadline)")
		return n.setPhase(r.ID, store.PhaseSkipped, "ZK-mode model: needs a validity proof and this node has no keys for it")
	}
	// After its last allowed proposal was slashed a request takes no more: it is refundable now.
	if p, err := n.oracle.CallProposal(ctx, r.ID.Big()); err != nil {
		return err
	} else if p.Nonce >= contracts.MaxProposals {
		if n.cfg.Keeper {
			n.sched.offer(key, n.refundJob(*r, "every allowed proposal was slashed"))
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
	if !n.sched.offer(key, n.bonds.hold(n.proposeJob(*r, head.Number.Uint64()))) {
		n.bonds.release(false)
	}
	return nil
}

// canProve reports whether the node has zk keys for the model's program.
func (n *node) canProve(ctx context.Context, modelID uint64) (bool, error) {
	if n.zk.empty() {
		return false, nil
	}
	m, err := n.models.Get(ctx, modelID)
	if err != nil {
		// Unavailable now: the proving job reports it and the next head retries.
		return true, nil
	}
	return n.zk.has(m.Program.Hash()), nil
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

// jobModel is a request's compiled model for a job, checked against this node's resource bounds
// for the request's batch size; when it cannot be served the job logs and counts it once.
func (n *node) jobModel(ctx context.Context, r store.Request, log zerolog.Logger) (*modelregistry.Model, bool) {
	m, err := n.models.Get(ctx, r.ModelID)
	if err == nil {
		err = modelregistry.CheckBatch(m.Resources, int(r.BatchSize), n.cfg.MaxInferenceBytes)
	}
	if err == nil {
		return m, true
	}
	// A model that is too large or does not compile to its registered program never will: the
	// request is skipped (a keeper refunds it at its deadline unless another node answers it).
	// Anything else (a gateway down) is retried every head, but said once per request.
	permanent := errors.Is(err, modelregistry.ErrModelTooLarge) || errors.Is(err, modelregistry.ErrProgramMismatch) ||
		errors.Is(err, modelregistry.ErrLayoutMismatch)
	note := "cannot serve: " + err.Error()
	if r.Note == note {
		log.Debug().Err(err).Msg("cannot serve this request yet")
		return nil, false
	}
	reason := "model_unavailable"
	if errors.Is(err, modelregistry.ErrModelTooLarge) {
		reason = "too_large"
	}
	n.m.skipped.WithLabelValues(reason).Inc()
	log.Error().Err(err).Bool("permanent", permanent).Msg("cannot serve this request")
	_ = n.st.UpdateRequest(r.ID, func(q *store.Request) error {
		q.Note = note
		if permanent {
			q.Phase = store.PhaseSkipped
		}
		return nil
	})
	return nil, false
}

// proposeJob runs the engine on a worker, then proposes the result (or the error) through txmgr.
func (n *node) proposeJob(r store.Request, seenAt uint64) job {
	return func(ctx context.Context) func(context.Context) {
		log := n.log.With().Str("request_id", r.ID.Hex()).Uint64("model_id", r.ModelID).Logger()
		m, ok := n.jobModel(ctx, r, log)
		if !ok {
			return nil
		}
		start := time.Now()
		a := answerOf(n.claim(m.Program, r))
		n.m.engineSeconds.Observe(time.Since(start).Seconds())
		if a.err != nil {
			n.m.skipped.WithLabelValues("engine_error").Inc()
			log.Error().Err(a.err).Msg("no answer for this request")
			return nil
		}
		return func(ctx context.Context) {
			cand := n.oracle.ProposeResultTx(r.ID.Big(), a.output, a.traceRoot)
			if a.errCode != 0 {
				cand = n.oracle.ProposeErrorTx(r.ID.Big(), a.errCode, a.traceRoot)
			}
			if err := n.st.UpdateRequest(r.ID, func(q *store.Request) error {
				q.Phase, q.Output, q.TraceRoot, q.IsError, q.Note = store.PhaseProposed, a.output, a.traceRoot, a.errCode != 0, a.reason
				return nil
			}); err != nil {
				log.Error().Err(err).Msg("store")
				return
			}
			rcpt, err := n.tx.Send(ctx, "propose/"+r.ID.Hex(), cand)
			if err != nil {
				if contracts.IsRevert(err, "WrongStatus") {
					// Another operator's proposal landed first: the estimate refused ours, so
					// nothing was sent or paid.
					n.m.skipped.WithLabelValues("already_answered").Inc()
					log.Info().Msg("not proposing: another operator answered first")
					return
				}
				n.m.txFailures.WithLabelValues("propose").Inc()
				ev := log.Warn()
				if errors.Is(err, context.Canceled) {
					ev = log.Debug()
				}
				ev.Err(err).Msg("proposal not made")
				return
			}
			n.onProposed(r, a, rcpt)
		}
	}
}

func (n *node) onProposed(r store.Request, a answer, rcpt *types.Receipt) {
	kind := "result"
	if a.errCode != 0 {
		kind = "error"
	}
	n.m.proposals.WithLabelValues(kind).Inc()
	n.m.latencyBlocks.Observe(float64(rcpt.BlockNumber.Uint64() - r.Block))
	_ = n.st.UpdateRequest(r.ID, func(q *store.Request) error {
		q.Phase, q.ProposalTx = store.PhaseAnswered, rcpt.TxHash
		return nil
	})
	ev := n.log.Info().Str("request_id", r.ID.Hex()).Uint64("model_id", r.ModelID).Str("tx_hash", rcpt.TxHash.Hex()).
		Uint64("gas", rcpt.GasUsed).Uint64("blocks", rcpt.BlockNumber.Uint64()-r.Block).Str("kind", kind)
	if a.errCode != 0 {
		ev = ev.Uint16("error_code", a.errCode).Str("reason", a.reason)
	}
	ev.Msg("proposed")
}

// finalizeJob finalizes a proposal whose window has passed: ours, or (keeper) another
// operator's that it left unfinalized. Whoever finalizes is paid the request's keeper pay.
func (n *node) finalizeJob(r store.Request, keeper bool) job {
	return func(context.Context) func(context.Context) {
		return func(ctx context.Context) {
			log := n.log.With().Str("request_id", r.ID.Hex()).Uint64("model_id", r.ModelID).Bool("keeper", keeper).Logger()
			rcpt, err := n.tx.Send(ctx, "finalize/"+r.ID.Hex(), n.oracle.FinalizeTx(r.ID.Big()))
			if err != nil {
				n.endFailed(log, "finalize", err)
				return
			}
			n.m.finalizations.Inc()
			if keeper {
				n.m.keeper.WithLabelValues("finalize").Inc()
			}
			_ = n.st.UpdateRequest(r.ID, func(q *store.Request) error {
				q.Phase, q.FinalizeTx = store.PhaseFinalized, rcpt.TxHash
				return nil
			})
			ev := log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Uint64("gas", rcpt.GasUsed)
			if fin, err := n.oracle.ParseInferenceFinalized(rcpt); err == nil {
				ev = ev.Bool("callback_ok", fin.CallbackSucceeded).Str("operator_share_wei", fin.OperatorShare.String()).
					Str("keeper_share_wei", fin.KeeperShare.String())
			}
			ev.Msg("finalized")
		}
	}
}

// refundJob refunds a request nobody answered in time (or whose proposals were all slashed), as
// a keeper: the requester gets its fee back but the keeper pay, which goes to this node.
func (n *node) refundJob(r store.Request, why string) job {
	return func(context.Context) func(context.Context) {
		return func(ctx context.Context) {
			log := n.log.With().Str("request_id", r.ID.Hex()).Uint64("model_id", r.ModelID).Logger()
			rcpt, err := n.tx.Send(ctx, "refund/"+r.ID.Hex(), n.oracle.RefundTx(r.ID.Big()))
			if err != nil {
				n.endFailed(log, "refund", err)
				return
			}
			n.m.keeper.WithLabelValues("refund").Inc()
			_ = n.st.UpdateRequest(r.ID, func(q *store.Request) error {
				q.Phase, q.Note = store.PhaseRefunded, why
				return nil
			})
			ev := log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Uint64("gas", rcpt.GasUsed).Str("why", why)
			if rf, err := n.oracle.ParseRequestRefunded(rcpt); err == nil {
				ev = ev.Str("keeper_share_wei", rf.KeeperShare.String()).Str("refunded_wei", rf.Amount.String())
			}
			ev.Msg("keeper: refunded")
		}
	}
}

// endFailed logs a finalize or refund that was not made. Another party ending the request first
// (WrongStatus) is the normal race among keepers, not a failure; the next head reads the chain.
func (n *node) endFailed(log zerolog.Logger, action string, err error) {
	if contracts.IsRevert(err, "WrongStatus") || errors.Is(err, context.Canceled) {
		log.Debug().Err(err).Msg(action + " not needed: the request was ended by another party")
		return
	}
	n.m.txFailures.WithLabelValues(action).Inc()
	log.Warn().Err(err).Msg(action + " failed; the next head retries from chain state")
}

func weiFloat(v *big.Int) float64 {
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}

// claim is this node's answer to a request with its traces: the engine's, or what the claim hook
// (demonstrations and tests only) makes of it.
func (n *node) claim(p *inference.Program, r store.Request) (*fraudproof.Claim, error) {
	c, err := fraudproof.NewClaim(p, r.Input, r.BatchSize)
	if err != nil || n.hook == nil {
		return c, err
	}
	n.log.Warn().Str("request_id", r.ID.Hex()).Msg("CLAIM HOOK: proposing what the hook made of the engine's claim")
	return n.hook(p, c), nil
}
