package fraudproof

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

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
	Game   *contracts.DisputeGame
	Oracle *contracts.Oracle // to read the proposal's output bytes
	// Input gives a request's nonce and input bytes (from the InferenceRequested event), for
	// disputes of s_0.
	Input    func(ctx context.Context, requestID *big.Int) (nonce uint64, input []byte, err error)
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
			// Same trace: the output bytes may still not be its outputs.
			p, err := pl.Oracle.CallProposal(ctx, g.RequestID)
			if err != nil {
				return chain.TxCandidate{}, err
			}
			if string(p.Output) == string(tp.Output()) {
				return chain.TxCandidate{}, ErrNothingToDispute
			}
			n := len(theirs) - 1
			return pl.Game.DisputeOutputTx(g.ID, theirs[n], inference.MerkleProof(theirs, n), tp.Layout(), tp.OutputOpenings()), nil
		}
		if i < 0 {
			if pl.Input == nil {
				return chain.TxCandidate{}, errors.New("s_0 differs and the request's input is unknown")
			}
			nonce, input, err := pl.Input(ctx, g.RequestID)
			if err != nil {
				return chain.TxCandidate{}, err
			}
			return pl.Game.DisputeInitialStateTx(g.ID, theirs[0], inference.MerkleProof(theirs, 0), tp.Layout(), tp.Consts(), nonce, input), nil
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
		if j >= tp.P.Values[g.OutSlot].Len() || inference.ReductionTerms(tp.P, &tp.P.Steps[g.Step]) > maxTerms {
			// Padding needs no proof; a wide reduction opens the accumulator bisection first.
			return pl.Game.ProveOneStepTx(g.ID, uint8(e), desc, nil, nil), nil
		}
		if op := tp.P.Steps[g.Step].Op; op == inference.OpTable || op == inference.OpLog {
			in, inLeaf, t, entries := tp.TableOpenings(int(g.Step), j)
			return pl.Game.ProveTableStepTx(g.ID, uint8(e), desc, tp.Layout(), in, inLeaf, t, entries), nil
		}
		slots, leaves, err := tp.Openings(int(g.Step), j)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		return pl.Game.ProveOneStepTx(g.ID, uint8(e), desc, slots, leaves), nil
	case contracts.PhaseErrorClaim:
		if pl.Input == nil {
			return chain.TxCandidate{}, errors.New("an invalid-input claim needs the request's input")
		}
		nonce, input, err := pl.Input(ctx, g.RequestID)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		if _, err := inference.DecodeInput(tp.P, input); err != nil {
			return chain.TxCandidate{}, ErrNothingToDispute // the claim is true
		}
		return pl.Game.DisputeInvalidInputClaimTx(g.ID, tp.Layout(), nonce, input), nil
	case contracts.PhaseAccums:
		return pl.revealAccumulators(g)
	case contracts.PhaseAccumPick:
		return pl.pickSegment(ctx, g)
	}
	return chain.TxCandidate{}, fmt.Errorf("no move in phase %d", g.Phase)
}

// maxTerms is DisputeGame.MAX_TERMS: a segment this short is proved at once.
const maxTerms = 32

// revealAccumulators: this trace's accumulators over the range; the range's end is the one the
// game holds (at the first level: the full accumulator of the claimed element — a liar's own
// accumulation does not give its claim, so it posts the accumulator that does).
func (pl *Player) revealAccumulators(g contracts.Game) (chain.TxCandidate, error) {
	tp, i, j := pl.Prov, int(g.Step), int64(g.Element)
	s := &tp.P.Steps[i]
	first := g.PointsHash == (common.Hash{})
	start := g.AccLo
	if first {
		b, err := tp.Bias(i, j)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		start = b
	}
	points, err := tp.Accumulators(i, j, g.Lo, g.Hi, start)
	if err != nil {
		return chain.TxCandidate{}, err
	}
	last := len(points) - 1
	if first {
		if v, err := inference.FinishReduction(tp.P, s, points[last]); err != nil || v != g.Claimed {
			shift := int(tp.P.Values[s.In[0]].Scale) + int(tp.P.Values[s.In[1]].Scale) - int(tp.P.Values[s.Out].Scale)
			points[last] = new(big.Int).Lsh(big.NewInt(g.Claimed), uint(max(shift, 0)))
		}
	} else {
		points[last] = g.AccHi
	}
	desc, _ := tp.StepDescription(i)
	return pl.Game.RevealAccumulatorsTx(g.ID, points, desc), nil
}

// pickSegment: the first point this trace disagrees with decides: the bias, or the segment before it.
func (pl *Player) pickSegment(ctx context.Context, g contracts.Game) (chain.TxCandidate, error) {
	tp, i, j := pl.Prov, int(g.Step), int64(g.Element)
	theirs, err := pl.Game.RevealedAccumulators(ctx, pl.Logs, g.ID)
	if err != nil {
		return chain.TxCandidate{}, err
	}
	start := theirs[0]
	if g.Lo == 0 {
		if start, err = tp.Bias(i, j); err != nil {
			return chain.TxCandidate{}, err
		}
	}
	mine, err := tp.Accumulators(i, j, g.Lo, g.Hi, start)
	if err != nil {
		return chain.TxCandidate{}, err
	}
	desc, _ := tp.StepDescription(i)
	d := -1
	for k := range theirs {
		if k >= len(mine) || theirs[k].Cmp(mine[k]) != 0 {
			d = k
			break
		}
	}
	switch {
	case d < 0:
		return chain.TxCandidate{}, ErrNothingToDispute
	case d == 0:
		slots, leaves, err := tp.BiasOpenings(i, j)
		if err != nil {
			return chain.TxCandidate{}, err
		}
		return pl.Game.DisputeBiasTx(g.ID, theirs, desc, slots, leaves), nil
	}
	k := d - 1
	a, b := contracts.AccumulatorPosition(g.Lo, g.Hi, k), contracts.AccumulatorPosition(g.Lo, g.Hi, k+1)
	if b-a > maxTerms {
		return pl.Game.PickSegmentTx(g.ID, theirs, k), nil
	}
	slots, leaves, err := tp.SegmentOpenings(i, j, int64(a), int64(b), theirs[k])
	if err != nil {
		return chain.TxCandidate{}, err
	}
	return pl.Game.ProveSegmentTx(g.ID, theirs, k, desc, slots, leaves), nil
}
