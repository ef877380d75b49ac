package fraudproof

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// SendFunc sends one move (txmgr or a chain.Sender) and returns its receipt.
type SendFunc func(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error)

// Player plays one side of dispute games from its claim: the defender (the proposer's side, inside
// oracled) or the challenger (cmd/verifier). Move reads the game and what the other side revealed
// (the I/O), asks the Solver for this side's move and sends it. It is level-triggered: a restart
// just calls Move again.
type Player struct {
	Game   *contracts.DisputeGame
	Oracle *contracts.Oracle // to read the proposal's output bytes
	// Input gives a request's nonce and input bytes (from the InferenceRequested event), for
	// disputes of s_0 and of error claims.
	Input    func(ctx context.Context, requestID *big.Int) (nonce uint64, input []byte, err error)
	Logs     contracts.LogReader
	Claim    *Claim
	Send     SendFunc
	Defender bool
	// Now is the chain time the move is decided at (the head's timestamp); when the other side's
	// clock has run out by then, Move ends the game with timeout (this side wins). Zero: never.
	Now uint64
}

// ErrNothingToDispute: this side's claim agrees with the other's where the game stands.
var ErrNothingToDispute = errors.New("the traces agree: nothing to dispute")

// ErrClockExpired: it is this side's turn but its clock has run out; the game is lost and waits
// for anyone's timeout.
var ErrClockExpired = errors.New("this side's clock has run out")

// Move makes this side's next move in game id, if it is this side's turn. It reports whether it
// sent one.
func (pl *Player) Move(ctx context.Context, id *big.Int) (bool, error) {
	g, err := pl.Game.CallGame(ctx, id)
	if err != nil {
		return false, err
	}
	if g.Phase == contracts.PhaseNone || g.Phase == contracts.PhaseResolved {
		return false, nil
	}
	// A stale game accepts no move. The challenger closes it, which returns its bond with its share
	// of the reward.
	stale, err := Stale(ctx, pl.Oracle, g)
	if err != nil {
		return false, err
	}
	if stale {
		if pl.Defender {
			return false, nil
		}
		if _, err := pl.Send(ctx, pl.Game.CloseStaleTx(id)); err != nil {
			return false, fmt.Errorf("game %s: close stale: %w", id, err)
		}
		return true, nil
	}
	if g.Phase.ProposerMoves() != pl.Defender {
		// The other side's turn. A side whose clock ran out loses; nobody else is bound to say so,
		// and until someone does the game blocks its request, so the winner calls it.
		if pl.Now == 0 || !Expired(g, pl.Now) {
			return false, nil
		}
		if _, err := pl.Send(ctx, pl.Game.TimeoutTx(id)); err != nil {
			return false, fmt.Errorf("game %s: timeout: %w", id, err)
		}
		return true, nil
	}
	if pl.Now != 0 && Expired(g, pl.Now) {
		return false, ErrClockExpired
	}
	st, err := pl.observe(ctx, g)
	if err != nil {
		return false, fmt.Errorf("game %s, phase %d: %w", id, g.Phase, err)
	}
	c, err := (&Solver{Claim: pl.Claim, Game: pl.Game}).Next(st)
	if err != nil {
		return false, fmt.Errorf("game %s, phase %d: %w", id, g.Phase, err)
	}
	if _, err := pl.Send(ctx, c); err != nil {
		return false, fmt.Errorf("game %s, phase %d: %w", id, g.Phase, err)
	}
	return true, nil
}

// Stale reports whether an open game's proposal is no longer the request's open one (it was
// slashed in another game): DisputeGame refuses its moves and anyone may close it.
func Stale(ctx context.Context, o *contracts.Oracle, g contracts.Game) (bool, error) {
	open, err := o.CallOpenProposalNonce(ctx, g.RequestID)
	if err != nil {
		return false, fmt.Errorf("read the open proposal: %w", err)
	}
	return open != g.Proposal, nil
}

// Expired reports whether the side to move in open game g has run out of its clock at chain time
// now: DisputeGame.timeout accepts it in any block after now.
func Expired(g contracts.Game, now uint64) bool {
	left := g.ChallengerClock
	if g.Phase.ProposerMoves() {
		left = g.ProposerClock
	}
	return now > g.LastMoveAt+left
}

// observe reads what the solver needs in g's phase.
func (pl *Player) observe(ctx context.Context, g contracts.Game) (GameState, error) {
	st := GameState{Game: g}
	var err error
	needInput := func() error {
		if pl.Input == nil {
			return errors.New("the request's input is unknown")
		}
		st.Nonce, st.Input, err = pl.Input(ctx, g.RequestID)
		return err
	}
	needOutput := func() error {
		p, err := pl.Oracle.CallProposal(ctx, g.RequestID)
		st.Output = p.Output
		return err
	}
	switch g.Phase {
	case contracts.PhaseBatchPick:
		if st.Batch, err = pl.Game.RevealedBatch(ctx, pl.Logs, g.ID); err != nil {
			return st, err
		}
		if err := needOutput(); err != nil {
			return st, err
		}
		if pl.Input != nil {
			return st, needInput()
		}
	case contracts.PhaseStepPick:
		if st.Reveals, err = pl.Game.RevealedStates(ctx, pl.Logs, g.ID); err != nil {
			return st, err
		}
		if err := needOutput(); err != nil {
			return st, err
		}
		if pl.Input != nil {
			return st, needInput()
		}
	case contracts.PhaseErrorClaim:
		return st, needInput()
	case contracts.PhaseChildPick:
		st.Nodes, err = pl.Game.RevealedNodes(ctx, pl.Logs, g.ID)
	case contracts.PhaseAccumPick:
		st.Points, err = pl.Game.RevealedAccumulators(ctx, pl.Logs, g.ID)
	}
	return st, err
}
