package fraudproof

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// SendFunc sends one move (txmgr or a chain.Sender) and returns its receipt.
type SendFunc func(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error)

// Player plays one side of dispute games from its trace provider: the defender (the proposer's
// side, inside oracled) or the challenger (cmd/verifier). Move reads the game and, when it is this
// side's turn, sends the move its solver chooses. It is level-triggered: a restart just calls Move
// again.
type Player struct {
	Game     *contracts.DisputeGame
	Logs     contracts.LogReader
	Prov     *TraceProvider
	Send     SendFunc
	Defender bool
}

// ErrNothingToDispute: the challenger's trace agrees with the proposer's everywhere.
var ErrNothingToDispute = errors.New("the traces agree: nothing to dispute")

// Move makes this side's next move in game id, if it is this side's turn. It reports whether it
// sent one.
func (pl *Player) Move(ctx context.Context, id *big.Int) (bool, error) {
	g, err := pl.Game.CallGame(ctx, id)
	if err != nil {
		return false, err
	}
	if g.Phase == contracts.PhaseNone || g.Phase == contracts.PhaseResolved || g.Phase.ProposerMoves() != pl.Defender {
		return false, nil
	}
	c, err := pl.next(ctx, g)
	if err != nil {
		return false, fmt.Errorf("game %s, phase %d: %w", id, g.Phase, err)
	}
	if _, err := pl.Send(ctx, c); err != nil {
		return false, fmt.Errorf("game %s, phase %d: %w", id, g.Phase, err)
	}
	return true, nil
}

func bitsFor(height uint8) int { return min(int(height), 6) }

// next is the solver: the move for this side in state g.
func (pl *Player) next(ctx context.Context, g contracts.Game) (chain.TxCandidate, error) {
	tp := pl.Prov
	switch g.Phase {
	case contracts.PhaseStates:
		return pl.Game.RevealStatesTx(g.ID, tp.States()), nil
	case contracts.PhaseSlots:
		return pl.Game.RevealSlotsTx(g.ID, tp.T.Slots(int(g.Step)), tp.T.Slots(int(g.Step)+1)), nil
	case contracts.PhaseNodes:
		return pl.Game.RevealNodesTx(g.ID, tp.Children(int32(g.OutSlot), int(g.Height), bitsFor(g.Height), g.NodeIndex)), nil
	case contracts.PhaseStepPick:
		theirs, err := pl.Game.RevealedStates(ctx, pl.Logs, g.ID)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		i, ok := FirstDisputedStep(theirs, tp.States())
		if !ok {
			return chain.TxCandidate{}, ErrNothingToDispute
		}
		if i < 0 {
			return chain.TxCandidate{}, errors.New("s_0 differs: that dispute is not implemented yet")
		}
		desc, descProof := tp.StepDescription(i)
		return pl.Game.PickStepTx(g.ID, uint32(i), theirs[i], inference.MerkleProof(theirs, i), theirs[i+1],
			inference.MerkleProof(theirs, i+1), tp.Layout(), desc, descProof), nil
	case contracts.PhaseChildPick:
		theirs, err := pl.Game.RevealedNodes(ctx, pl.Logs, g.ID)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		bits := 0
		for 1<<bits < len(theirs) {
			bits++
		}
		mine := tp.Children(int32(g.OutSlot), int(g.Height), bits, g.NodeIndex)
		c, ok := FirstDifferent(theirs, mine)
		if !ok {
			return chain.TxCandidate{}, ErrNothingToDispute
		}
		return pl.Game.PickChildTx(g.ID, theirs, c), nil
	case contracts.PhaseOneStep:
		mine := tp.T.TensorNodes(int32(g.OutSlot), 0)[g.NodeIndex]
		e, ok := DifferentElement(g.Node, mine)
		if !ok {
			return chain.TxCandidate{}, ErrNothingToDispute
		}
		j := int64(g.NodeIndex)*inference.ElemsPerLeaf + int64(e)
		desc, _ := tp.StepDescription(int(g.Step))
		if j >= tp.P.Values[g.OutSlot].Len() {
			return pl.Game.ProveOneStepTx(g.ID, uint8(e), desc, nil, nil), nil
		}
		slots, leaves, err := tp.Openings(int(g.Step), j)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		return pl.Game.ProveOneStepTx(g.ID, uint8(e), desc, slots, leaves), nil
	}
	return chain.TxCandidate{}, fmt.Errorf("no move in phase %d", g.Phase)
}
