package kit

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
	"github.com/auspex-labs/auspex/internal/store"
)

// Side is the side of dispute games a service plays.
type Side int

const (
	// Proposer defends its own proposals (the node).
	Proposer Side = iota
	// Challenger plays the games it opened (the verifier).
	Challenger
)

func (s Side) String() string {
	if s == Proposer {
		return "proposer"
	}
	return "challenger"
}

// GameRecord is what a service keeps about one open game; the record is deleted when the game
// ends (the chain keeps the outcome), so the store holds as many as there are open games.
type GameRecord struct {
	GameID    string `json:"game_id"`
	RequestID string `json:"request_id"`
	Open      bool   `json:"open"`
	Won       bool   `json:"won,omitempty"`
	// Keeper: another operator's game, which this node only times out when it blocks a request.
	Keeper bool `json:"keeper,omitempty"`
}

// Sender is the part of the transaction manager a game needs.
type Sender interface {
	Send(ctx context.Context, key string, c chain.TxCandidate) (*types.Receipt, error)
}

// Games tracks and plays one side's dispute games, level-triggered: each head it offers a task
// per open game that makes the move the game's state asks for (fraudproof.Player), so a restart
// resumes every game where the chain left it.
type Games struct {
	Side Side
	// Keeper also tracks other operators' games (Proposer side only) and times out one whose
	// clock ran out once MayTimeout says it blocks its request.
	Keeper     bool
	MayTimeout func(rec GameRecord, now uint64) bool
	// Claim is this side's claim for a request (from the store, with its input).
	Claim func(ctx context.Context, r store.Request) (*fraudproof.Claim, error)
	// Event is told what happened to a game: opened, won, lost, stale, timeout (keeper).
	Event func(rec GameRecord, event string)

	me     common.Address
	st     *store.Store
	game   *contracts.DisputeGame
	oracle *contracts.Oracle
	logs   contracts.LogReader
	tx     Sender
	sched  *Scheduler
	log    zerolog.Logger
}

// NewGames returns the tracker of s's games in game.
func NewGames(s *Service, side Side, game *contracts.DisputeGame, oracle *contracts.Oracle, logs contracts.LogReader) *Games {
	return &Games{Side: side, me: s.Account(), st: s.Store, game: game, oracle: oracle, logs: logs, tx: s.Tx, sched: s.Sched,
		log: s.Log, Event: func(GameRecord, string) {}}
}

// Game is the tracked contract.
func (g *Games) Game() *contracts.DisputeGame { return g.game }

// Handle records the game l starts if it is this side's (or, for a keeper, any other); it
// reports whether l was a GameStarted log.
func (g *Games) Handle(l *types.Log) (bool, error) {
	ev, ok := g.game.ParseGameStartedLog(l)
	if !ok || l.Removed {
		return ok, nil
	}
	ours := ev.Proposer == g.me
	if g.Side == Challenger {
		ours = ev.Challenger == g.me
	}
	if !ours && !(g.Keeper && g.Side == Proposer && ev.Challenger != g.me) {
		return true, nil
	}
	rec := GameRecord{GameID: ev.GameID.String(), RequestID: common.BigToHash(ev.RequestID).Hex(), Open: true, Keeper: !ours}
	if ours && g.Side == Proposer {
		g.log.Warn().Str("request_id", rec.RequestID).Str("game_id", rec.GameID).Str("challenger", ev.Challenger.Hex()).
			Msg("our proposal is challenged; defending")
	}
	return true, g.track(rec)
}

// Track records a game this side opened (the challenger, from its transaction's receipt).
func (g *Games) Track(id *big.Int, requestID common.Hash) error {
	return g.track(GameRecord{GameID: id.String(), RequestID: requestID.Hex(), Open: true})
}

func (g *Games) track(rec GameRecord) error {
	key := common.BigToHash(mustBig(rec.GameID))
	var known GameRecord
	if err := g.st.Dispute(key, &known); err == nil {
		return nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	if !rec.Keeper {
		g.Event(rec, "opened")
	}
	return g.st.PutDispute(key, rec)
}

// OnHead offers a task for every open game.
func (g *Games) OnHead(head *types.Header) error {
	var open []GameRecord
	if err := g.st.Disputes(func(key common.Hash, data []byte) error {
		var r GameRecord
		if err := json.Unmarshal(data, &r); err != nil {
			return fmt.Errorf("decode game record %s: %w", key, err)
		}
		if !r.Open { // ended under an older version, which kept them
			return nil
		}
		open = append(open, r)
		return nil
	}); err != nil {
		return err
	}
	for _, r := range open {
		g.sched.Offer("game/"+r.GameID, func(ctx context.Context) { g.play(ctx, r, head.Time) })
	}
	return nil
}

func (g *Games) end(r GameRecord, event string) {
	if err := g.st.DeleteDispute(common.BigToHash(mustBig(r.GameID))); err != nil {
		g.log.Warn().Err(err).Str("game_id", r.GameID).Msg("forget ended game")
		return
	}
	if !r.Keeper {
		g.Event(r, event)
	}
}

func (g *Games) play(ctx context.Context, r GameRecord, now uint64) {
	id := mustBig(r.GameID)
	log := g.log.With().Str("game_id", r.GameID).Str("request_id", r.RequestID).Str("side", g.Side.String()).Logger()
	st, err := g.game.CallGame(ctx, id)
	if err != nil {
		log.Debug().Err(err).Msg("read game")
		return
	}
	if r.Keeper {
		g.keep(ctx, r, st, now, log)
		return
	}
	if st.Phase == contracts.PhaseResolved {
		won := st.ProposerWon == (g.Side == Proposer)
		outcome := map[bool]string{true: "won", false: "lost"}[won]
		log.Info().Bool("won", won).Msg("game resolved")
		g.end(r, outcome)
		return
	}
	// A game whose proposal was slashed in another game is stale: no move is accepted. Its
	// challenger closes it (the Player does) to get its bond back; the defender has nothing left
	// to defend.
	stale, err := fraudproof.Stale(ctx, g.oracle, st)
	if err != nil {
		log.Debug().Err(err).Msg("read the open proposal")
		return
	}
	if stale && g.Side == Proposer {
		log.Warn().Uint32("proposal", st.Proposal).Msg("the challenged proposal was slashed in another game; the game is stale")
		g.end(r, "stale")
		return
	}
	ourMove := st.Phase.ProposerMoves() == (g.Side == Proposer)
	if !stale && !ourMove && !fraudproof.Expired(st, now) {
		return // the other side's move, with time left
	}
	req, err := g.st.Request(common.HexToHash(r.RequestID))
	if err != nil {
		log.Warn().Err(err).Msg("the game's request is not in the store")
		return
	}
	var cl *fraudproof.Claim
	if ourMove && !stale {
		if cl, err = g.Claim(ctx, req); err != nil {
			log.Error().Err(err).Msg("cannot rebuild our trace")
			return
		}
	}
	pl := &fraudproof.Player{Game: g.game, Oracle: g.oracle, Logs: g.logs, Claim: cl, Defender: g.Side == Proposer, Now: now,
		Input: func(context.Context, *big.Int) (uint64, []byte, error) { return req.Nonce, req.Input, nil },
		Send: func(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error) {
			// One key per move (its calldata): a move is never sent twice, even across restarts.
			return g.tx.Send(ctx, fmt.Sprintf("game/%s/%x", r.GameID, crypto.Keccak256(c.Data)[:8]), c)
		}}
	switch moved, err := pl.Move(ctx, id); {
	case errors.Is(err, fraudproof.ErrClockExpired):
		log.Debug().Msg("our clock ran out; the game is lost")
	case err != nil && ctx.Err() != nil:
		// stopping: the journaled move resumes at the next start
	case err != nil:
		log.Warn().Err(err).Msg("move failed; retried next head")
	case moved:
		log.Info().Uint8("phase", uint8(st.Phase)).Msg("move sent")
	}
}

// keep ends another operator's game whose side to move ran out of time: until someone calls
// timeout it blocks the request's finalize (or its re-proposal), and neither silent side will.
// Timeouts carry no pay of their own: the keeper ends a game only once it blocks a finalize, which
// it is then paid for (MayTimeout); earlier, the game's winner has every reason to end it, and a
// griefer's swarm of silent games costs keepers nothing.
func (g *Games) keep(ctx context.Context, r GameRecord, st contracts.Game, now uint64, log zerolog.Logger) {
	if st.Phase == contracts.PhaseResolved {
		g.end(r, "")
		return
	}
	if stale, err := fraudproof.Stale(ctx, g.oracle, st); err != nil || stale {
		// A stale game blocks nothing (the slash cleared the request's dispute count); its
		// challenger closes it to get its bond back.
		if err == nil {
			g.end(r, "")
		}
		return
	}
	if !fraudproof.Expired(st, now) || g.MayTimeout == nil || !g.MayTimeout(r, now) {
		return
	}
	rcpt, err := g.tx.Send(ctx, "timeout/"+r.GameID, g.game.TimeoutTx(st.ID))
	if err != nil {
		log.Debug().Err(err).Msg("keeper: timeout not sent; retried next head")
		return
	}
	g.Event(GameRecord{GameID: r.GameID, RequestID: r.RequestID}, "timeout")
	log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Bool("proposer_to_move", st.Phase.ProposerMoves()).
		Msg("keeper: ended a game whose clock ran out")
}

func mustBig(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}
