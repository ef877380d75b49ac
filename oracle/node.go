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
	// def defends this node's proposals in dispute games (nil without a game).
	def *defender
	// zk holds the configured zk keys (Config.ZKKeys); zkVerifierAt binds a model's verifier.
	zk           *provers
	zkVerifierAt func(common.Address) zkVerifier
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
			// The request is open again: forget the window we were waiting for. (A dishonest
			// demonstration node caught once gives up on the request.)
			err := n.st.UpdateRequest(common.BigToHash(id), func(r *store.Request) error {
				switch {
				case r.Phase.Terminal():
				case n.cfg.Dishonest:
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

// OnHead reconciles every open request with the chain at head.
func (n *node) OnHead(ctx context.Context, head *types.Header) error {
	n.m.head.Set(float64(head.Number.Uint64()))
	q, _ := n.sched.depth()
	n.m.queueDepth.Set(float64(q))
	open, err := n.st.Requests(func(r *store.Request) bool { return !r.Phase.Terminal() })
	if err != nil {
		return err
	}
	for i := range open {
		if err := n.reconcile(ctx, head, &open[i]); err != nil {
			return err
		}
	}
	if head.Number.Uint64() != n.lastHead {
		n.lastHead = head.Number.Uint64()
		n.operatorAccount(ctx)
	}
	if n.def != nil {
		return n.def.onHead(ctx)
	}
	return nil
}

func (n *node) reconcile(ctx context.Context, head *types.Header, r *store.Request) error {
	key := "req/" + r.ID.Hex()
	if n.sched.busy(key) || n.tx.InFlight("propose/"+r.ID.Hex()) || n.tx.InFlight("finalize/"+r.ID.Hex()) {
		return nil
	}
	// An answered request has nothing to do before its window ends: spare the endpoint the call.
	if r.Phase == store.PhaseAnswered && r.FinalizableAt != 0 && head.Time < r.FinalizableAt {
		return nil
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
		if head.Time >= onchain.Deadline {
			log.Warn().Msg("request expired unanswered; the requester can refund it")
			n.m.skipped.WithLabelValues("expired").Inc()
			return n.setPhase(r.ID, store.PhaseSkipped, "expired before it was answered")
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
			return n.setPhase(r.ID, store.PhaseSkipped, "ZK-mode model: needs a validity proof and this node has no keys for it")
		}
		// After its last allowed proposal was slashed a request takes no more: it is refundable.
		if p, err := n.oracle.CallProposal(ctx, id); err != nil {
			return err
		} else if p.Nonce >= contracts.MaxProposals {
			n.m.skipped.WithLabelValues("proposals_exhausted").Inc()
			return n.setPhase(r.ID, store.PhaseSkipped, "every allowed proposal was slashed; the request is refundable")
		}
		n.sched.offer(key, n.proposeJob(*r, head.Number.Uint64()))
	case contracts.StatusProposed:
		p, err := n.oracle.CallProposal(ctx, id)
		if err != nil {
			return err
		}
		if at := p.ProposedAt + uint64(onchain.ChallengeWindow); r.Phase != store.PhaseAnswered || r.FinalizableAt != at {
			if err := n.st.UpdateRequest(r.ID, func(q *store.Request) error {
				q.Phase, q.FinalizableAt = store.PhaseAnswered, at
				return nil
			}); err != nil {
				return err
			}
		}
		if p.Proposer != n.me {
			return nil // another operator's: it finalizes its own
		}
		if head.Time >= p.ProposedAt+uint64(onchain.ChallengeWindow) {
			n.sched.offer(key, n.finalizeJob(*r))
		}
	case contracts.StatusFinalized:
		return n.setPhase(r.ID, store.PhaseFinalized, "")
	case contracts.StatusRefunded:
		return n.setPhase(r.ID, store.PhaseRefunded, "")
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

// jobModel is a request's compiled model for a job; when it is unavailable (a gateway down, a
// hash mismatch) the job logs and counts it, and the next head retries.
func (n *node) jobModel(ctx context.Context, r store.Request, log zerolog.Logger) (*modelregistry.Model, bool) {
	m, err := n.models.Get(ctx, r.ModelID)
	if err != nil {
		n.m.skipped.WithLabelValues("model_unavailable").Inc()
		log.Error().Err(err).Msg("model unavailable; will retry")
		return nil, false
	}
	return m, true
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

// finalizeJob finalizes our proposal once its window has passed.
func (n *node) finalizeJob(r store.Request) job {
	return func(context.Context) func(context.Context) {
		return func(ctx context.Context) {
			log := n.log.With().Str("request_id", r.ID.Hex()).Uint64("model_id", r.ModelID).Logger()
			rcpt, err := n.tx.Send(ctx, "finalize/"+r.ID.Hex(), n.oracle.FinalizeTx(r.ID.Big()))
			if err != nil {
				n.m.txFailures.WithLabelValues("finalize").Inc()
				log.Warn().Err(err).Msg("finalize failed; the next head retries from chain state")
				return
			}
			n.m.finalizations.Inc()
			_ = n.st.UpdateRequest(r.ID, func(q *store.Request) error {
				q.Phase, q.FinalizeTx = store.PhaseFinalized, rcpt.TxHash
				return nil
			})
			ev := log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Uint64("gas", rcpt.GasUsed)
			if fin, err := n.oracle.ParseInferenceFinalized(rcpt); err == nil {
				ev = ev.Bool("callback_ok", fin.CallbackSucceeded).Str("operator_share_wei", fin.OperatorShare.String())
			}
			ev.Msg("finalized")
		}
	}
}

// operatorAccount exports the bond and earnings and withdraws earnings above the threshold.
func (n *node) operatorAccount(ctx context.Context) {
	acct, err := n.oracle.CallOperator(ctx, n.me)
	if err != nil {
		n.log.Debug().Err(err).Msg("read operator account")
		return
	}
	n.m.bondedWei.Set(weiFloat(acct.Bonded))
	n.m.earningsWei.Set(weiFloat(acct.Earnings))
	if n.bond == nil { // immutable in the contract: read once
		if b, err := n.oracle.CallProposalBond(ctx); err == nil {
			n.bond = b
		}
	}
	if n.bond != nil && n.bond.Sign() > 0 {
		n.m.openProposals.Set(weiFloat(new(big.Int).Div(acct.Locked, n.bond)))
	}
	if n.cfg.WithdrawAbove == nil || acct.Earnings.Cmp(n.cfg.WithdrawAbove) <= 0 {
		return
	}
	amount := new(big.Int).Set(acct.Earnings)
	n.sched.offer("withdraw", func(context.Context) func(context.Context) {
		return func(ctx context.Context) {
			rcpt, err := n.tx.Send(ctx, "withdraw", n.oracle.WithdrawTx())
			if err != nil {
				n.m.txFailures.WithLabelValues("withdraw").Inc()
				n.log.Warn().Err(err).Msg("withdraw failed")
				return
			}
			n.m.withdrawnWei.Add(weiFloat(amount))
			n.log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Str("amount_wei", amount.String()).Msg("withdrew earnings")
		}
	})
}

func weiFloat(v *big.Int) float64 {
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}

// claim is this node's answer to a request with its traces: the engine's, or (Dishonest) a lie in
// every result's first item; error claims stay honest.
func (n *node) claim(p *inference.Program, r store.Request) (*fraudproof.Claim, error) {
	c, err := fraudproof.NewClaim(p, r.Input, r.BatchSize)
	if err != nil || !n.cfg.Dishonest || c.Code() != 0 {
		return c, err
	}
	// The first (or only) item's output is changed: for a batch, the lie hides in one item.
	n.log.Warn().Str("request_id", r.ID.Hex()).Msg("DISHONEST: proposing a wrong result")
	c.Items[0] = fraudproof.NewTraceProvider(p, lie(p, c.Items[0].T))
	return c, nil
}
