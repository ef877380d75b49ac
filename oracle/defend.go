package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/lru"
)

// disputeRecord is what the node keeps about a game: one against its own proposal, which it
// defends, or (Keeper) another operator's, which it only times out when a clock runs out.
type disputeRecord struct {
	GameID    string `json:"game_id"`
	RequestID string `json:"request_id"`
	Open      bool   `json:"open"`
	Won       bool   `json:"won,omitempty"`
	Keeper    bool   `json:"keeper,omitempty"`
}

// defender plays the proposer's side of every game opened against this node's proposals, and as
// a keeper ends every other game whose side to move has run out of time (such a game blocks its
// request's finalize until someone calls timeout, and neither silent side will). Like the rest of
// the node it is level-triggered: each head it makes the move the game's state asks for
// (fraudproof.Player), so a restart resumes every game where the chain left it.
type defender struct {
	n    *node
	game *contracts.DisputeGame
	logs contracts.LogReader

	// claims keeps recent rebuilt claims (Config.ClaimCache of them): a claim is recomputed from
	// the stored request when it is needed again.
	claims *lru.Cache[common.Hash, *fraudproof.Claim]
}

func (d *defender) handleLog(l *types.Log) error {
	ev, ok := d.game.ParseGameStartedLog(l)
	if !ok || l.Removed {
		return nil
	}
	ours := ev.Proposer == d.n.me
	if !ours && !d.n.cfg.Keeper {
		return nil
	}
	key := common.BigToHash(ev.GameID)
	var rec disputeRecord
	if err := d.n.st.Dispute(key, &rec); err == nil {
		return nil // known
	}
	if ours {
		d.n.log.Warn().Str("request_id", common.BigToHash(ev.RequestID).Hex()).Str("game_id", ev.GameID.String()).
			Str("challenger", ev.Challenger.Hex()).Msg("our proposal is challenged; defending")
		d.n.m.disputes.WithLabelValues("opened").Inc()
	}
	return d.n.st.PutDispute(key, disputeRecord{GameID: ev.GameID.String(), RequestID: common.BigToHash(ev.RequestID).Hex(),
		Open: true, Keeper: !ours})
}

// onHead offers a move (or a timeout) for every open game.
func (d *defender) onHead(ctx context.Context, head *types.Header) error {
	var open []disputeRecord
	if err := d.n.st.Disputes(func(_ common.Hash, data []byte) error {
		var r disputeRecord
		if err := json.Unmarshal(data, &r); err != nil {
			return err
		}
		if r.Open {
			open = append(open, r)
		}
		return nil
	}); err != nil {
		return err
	}
	for _, r := range open {
		r := r
		d.n.sched.offer("dispute/"+r.GameID, func(context.Context) func(context.Context) {
			return func(ctx context.Context) { d.play(ctx, r, head.Time) }
		})
	}
	return nil
}

func (d *defender) play(ctx context.Context, r disputeRecord, now uint64) {
	id, _ := new(big.Int).SetString(r.GameID, 10)
	log := d.n.log.With().Str("game_id", r.GameID).Str("request_id", r.RequestID).Logger()
	g, err := d.game.CallGame(ctx, id)
	if err != nil {
		log.Debug().Err(err).Msg("read game")
		return
	}
	if r.Keeper {
		d.keep(ctx, r, g, now, log)
		return
	}
	if g.Phase == contracts.PhaseResolved {
		r.Open, r.Won = false, g.ProposerWon
		_ = d.n.st.PutDispute(common.BigToHash(id), r)
		outcome := "lost"
		if g.ProposerWon {
			outcome = "won"
		}
		d.n.m.disputes.WithLabelValues(outcome).Inc()
		log.Info().Bool("won", g.ProposerWon).Msg("dispute resolved")
		return
	}
	// A game whose proposal was slashed in another game is stale: no move is accepted and its
	// challenger closes it; there is nothing left to defend.
	if stale, err := fraudproof.Stale(ctx, d.n.oracle, g); err == nil && stale {
		r.Open = false
		_ = d.n.st.PutDispute(common.BigToHash(id), r)
		d.n.m.disputes.WithLabelValues("stale").Inc()
		log.Warn().Uint32("proposal", g.Proposal).Msg("the challenged proposal was slashed in another game; the game is stale")
		return
	}
	var c *fraudproof.Claim
	if g.Phase.ProposerMoves() {
		if c, err = d.claim(ctx, common.HexToHash(r.RequestID)); err != nil {
			log.Error().Err(err).Msg("cannot rebuild our trace")
			return
		}
	} else if !fraudproof.Expired(g, now) {
		return // the challenger's move, with time left
	}
	pl := &fraudproof.Player{Game: d.game, Oracle: d.n.oracle, Logs: d.logs, Claim: c, Defender: true, Now: now,
		Send: func(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error) {
			// One key per move (its calldata): a move is never sent twice, even across restarts.
			key := fmt.Sprintf("dispute/%s/%x", r.GameID, crypto.Keccak256(c.Data)[:8])
			return d.n.tx.Send(ctx, key, c)
		}}
	switch moved, err := pl.Move(ctx, id); {
	case errors.Is(err, fraudproof.ErrClockExpired):
		log.Debug().Msg("our clock ran out; the game is lost")
	case err != nil:
		log.Warn().Err(err).Msg("dispute move failed; retried next head")
	case moved:
		log.Info().Uint8("phase", uint8(g.Phase)).Msg("dispute move sent")
	}
}

// keep ends another operator's game whose side to move ran out of time: until someone calls
// timeout it blocks the request's finalize (or its re-proposal), and neither silent side will.
// The node gains the request's keeper pay by finalizing or refunding it afterwards.
func (d *defender) keep(ctx context.Context, r disputeRecord, g contracts.Game, now uint64, log zerolog.Logger) {
	if g.Phase == contracts.PhaseResolved {
		r.Open = false
		_ = d.n.st.PutDispute(common.BigToHash(g.ID), r)
		return
	}
	if stale, err := fraudproof.Stale(ctx, d.n.oracle, g); err != nil || stale {
		// A stale game blocks nothing (the slash cleared the request's dispute count); its
		// challenger closes it to get its bond back.
		if err == nil {
			r.Open = false
			_ = d.n.st.PutDispute(common.BigToHash(g.ID), r)
		}
		return
	}
	if !fraudproof.Expired(g, now) {
		return
	}
	// Timeouts carry no pay of their own: the keeper ends a game only once it blocks a finalize
	// (the request's window has passed), which it is then paid for. Earlier, the game's winner has
	// every reason to end it, and a griefer's swarm of silent games costs keepers nothing.
	req, err := d.n.st.Request(common.HexToHash(r.RequestID))
	if err != nil || req.FinalizableAt == 0 || !d.n.keeperAfter(now, req.FinalizableAt) {
		return
	}
	rcpt, err := d.n.tx.Send(ctx, "timeout/"+r.GameID, d.game.TimeoutTx(g.ID))
	if err != nil {
		log.Debug().Err(err).Msg("keeper: timeout not sent; retried next head")
		return
	}
	d.n.m.keeper.WithLabelValues("timeout").Inc()
	log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Bool("proposer_to_move", g.Phase.ProposerMoves()).
		Msg("keeper: ended a game whose clock ran out")
}

// claim rebuilds the claim the node proposed for a request (kept while recently used).
func (d *defender) claim(ctx context.Context, reqID common.Hash) (*fraudproof.Claim, error) {
	if c, ok := d.claims.Get(reqID); ok {
		return c, nil
	}
	r, err := d.n.st.Request(reqID)
	if err != nil {
		return nil, err
	}
	m, err := d.n.models.Get(ctx, r.ModelID)
	if err != nil {
		return nil, err
	}
	c, err := d.n.claim(m.Program, r)
	if err != nil {
		return nil, err
	}
	if c.TraceRoot() != r.TraceRoot {
		return nil, fmt.Errorf("rebuilt trace root %s differs from the proposed %s", c.TraceRoot(), r.TraceRoot)
	}
	d.claims.Add(reqID, c)
	return c, nil
}
