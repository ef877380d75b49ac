package oracle

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/store"
	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle/kit"
)

// jobModel is a request's compiled model, checked against this node's resource bounds for the
// request's batch size; when it cannot be served the task logs and counts it once.
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

// propose runs the engine (under an engine slot) and proposes the result, or the error, through
// txmgr. It reports whether the proposal was mined (its bond is then locked on-chain).
func (n *node) propose(ctx context.Context, r store.Request) bool {
	log := n.log.With().Str("request_id", r.ID.Hex()).Uint64("model_id", r.ModelID).Logger()
	r, err := n.st.Request(r.ID) // with its input, kept apart from the head's list
	if err != nil {
		log.Error().Err(err).Msg("read the request")
		return false
	}
	if _, ok := n.jobModel(ctx, r, log); !ok {
		return false
	}
	start := time.Now()
	a := answerOf(n.claims.Answer(ctx, r))
	if ctx.Err() != nil {
		return false
	}
	n.m.engineSeconds.Observe(time.Since(start).Seconds())
	if a.err == nil {
		log.Info().Dur("engine", time.Since(start)).Int("output_bytes", len(a.output)).Uint16("error_code", a.errCode).Msg("executed")
	}
	if a.err != nil {
		n.m.skipped.WithLabelValues("engine_error").Inc()
		log.Error().Err(a.err).Msg("no answer for this request")
		return false
	}
	cand := n.oracle.ProposeResultTx(r.ID.Big(), a.output)
	if a.errCode != 0 {
		cand = n.oracle.ProposeErrorTx(r.ID.Big(), a.errCode)
	}
	if err := n.st.UpdateRequest(r.ID, func(q *store.Request) error {
		q.Phase, q.Output, q.IsError, q.ErrorCode, q.Note = store.PhaseProposed, a.output, a.errCode != 0, a.errCode, a.reason
		return nil
	}); err != nil {
		log.Error().Err(err).Msg("store")
		return false
	}
	rcpt, err := n.tx.Send(ctx, "propose/"+r.ID.Hex(), cand)
	if err != nil {
		if contracts.IsRevert(err, "WrongStatus") {
			// Another operator's proposal landed first: the estimate refused ours, so nothing
			// was sent or paid.
			n.m.skipped.WithLabelValues("already_answered").Inc()
			log.Info().Msg("not proposing: another operator answered first")
			return false
		}
		n.m.txFailures.WithLabelValues("propose").Inc()
		ev := log.Warn()
		if errors.Is(err, context.Canceled) {
			ev = log.Debug()
		}
		ev.Err(err).Msg("proposal not made")
		return false
	}
	n.onProposed(r, a, rcpt)
	return true
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

// finalize finalizes a proposal whose window has passed: ours, or (keeper) another operator's
// that it left unfinalized. Whoever finalizes is paid the request's keeper pay.
func (n *node) finalize(ctx context.Context, r store.Request, keeper bool) {
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

// refund refunds a request nobody answered in time (or whose proposals were all slashed), as a
// keeper: the requester gets its fee back but the keeper pay, which goes to this node.
func (n *node) refund(ctx context.Context, r store.Request, why string) {
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

// claim is this node's answer to a request with its traces: the engine's, or what the claim hook
// (demonstrations and tests only) makes of it.
func (n *node) claim(p *inference.Program, r store.Request) (*fraudproof.Claim, error) {
	c, err := fraudproof.NewClaimWith(n.engine, p, r.Input, r.BatchSize)
	if err != nil || n.hook == nil {
		return c, err
	}
	n.log.Warn().Str("request_id", r.ID.Hex()).Msg("CLAIM HOOK: proposing what the hook made of the engine's claim")
	return n.hook(p, c), nil
}

// buildClaim prepares the claim cache's engine work for a request. With a hook, the answer is
// the hooked claim's (a demonstration only: it builds the traces to propose).
func (n *node) buildClaim(ctx context.Context, r store.Request) (kit.Job, error) {
	m, err := n.models.Get(ctx, r.ModelID)
	if err != nil {
		return kit.Job{}, err
	}
	if err := modelregistry.CheckBatch(m.Resources, int(r.BatchSize), n.cfg.MaxInferenceBytes); err != nil {
		return kit.Job{}, err
	}
	claim := func() (*fraudproof.Claim, error) { return n.claim(m.Program, r) }
	answer := func() (fraudproof.Answer, error) {
		return fraudproof.NewAnswerWith(n.engine, m.Program, r.Input, r.BatchSize)
	}
	if n.hook != nil {
		answer = func() (fraudproof.Answer, error) {
			c, err := claim()
			if err != nil {
				return fraudproof.Answer{}, err
			}
			return c.Answer()
		}
	}
	return kit.Job{Answer: answer, Claim: claim}, nil
}

// defenseClaim is the claim behind what the node proposed for a request (kept while recently
// used, rebuilt otherwise), checked against the proposal: its first reveal commits to its traces.
func (n *node) defenseClaim(ctx context.Context, r store.Request) (*fraudproof.Claim, error) {
	c, err := n.claims.Get(ctx, r)
	if err != nil {
		return nil, err
	}
	a, err := c.Answer()
	if err != nil {
		return nil, err
	}
	if !a.Agrees(fraudproof.Proposed{Output: r.Output, IsError: r.IsError, ErrorCode: r.ErrorCode}) {
		return nil, fmt.Errorf("the rebuilt claim is not the proposal made (error code %d, proposed %d)", a.Code, r.ErrorCode)
	}
	return c, nil
}

// mayTimeout: the keeper ends another operator's expired game only once it blocks a finalize
// (the request's window has passed), which the keeper is then paid for.
func (n *node) mayTimeout(rec kit.GameRecord, now uint64) bool {
	req, err := n.st.Request(common.HexToHash(rec.RequestID))
	return err == nil && req.FinalizableAt != 0 && n.keeperAfter(now, req.FinalizableAt)
}

// gameEvent counts what happened to a game: against our proposals (disputes_total), or one the
// keeper ended (keeper_actions_total).
func (n *node) gameEvent(_ kit.GameRecord, event string) {
	if event == "timeout" {
		n.m.keeper.WithLabelValues("timeout").Inc()
		return
	}
	n.m.disputes.WithLabelValues(event).Inc()
}
