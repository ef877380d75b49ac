package oracle_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// TestNodeDefendsItsProposal: a challenger with a wrong trace disputes the node's honest proposal;
// the node plays the proposer's side on its own and wins the challenger's bond, then finalizes.
func TestNodeDefendsItsProposal(t *testing.T) {
	n := newNet(t, 50*time.Millisecond)
	ctx := context.Background()
	game, modelID, bond := n.withGame(300)
	m := n.models[0]

	cfg := n.nodeConfig(t.TempDir())
	cfg.DisputeGame = game.Address()
	svc := n.startNode(cfg)
	defer svc.Stop(ctx)

	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	fee, _ := n.c.Oracle.CallEstimateFee(ctx, modelID, 0)
	rcpt, err := n.c.Sender(devchain.User).Send(ctx, n.c.Oracle.RequestTx(contracts.NewRequest{ModelID: modelID, Input: digits[:784]}, fee))
	if err != nil {
		t.Fatal(err)
	}
	req := n.c.Oracle.ParseInferenceRequested(rcpt)[0].RequestID
	waitFor(t, "the node's proposal", time.Minute, func() bool {
		r, _ := n.c.Oracle.CallRequest(ctx, req)
		return r.Status == contracts.StatusProposed
	})

	// The challenger's trace lies in the first Relu.
	p := m.art.Program
	in, _ := inference.DecodeInput(p, digits[:784])
	honest, _ := trace.New(p, in)
	vals := make([][]int64, len(honest.Values))
	for i, x := range honest.Values {
		vals[i] = slices.Clone(x)
	}
	vals[p.Steps[2].Out][2000] += 12345
	if err := inference.Continue(p, vals, 3); err != nil {
		t.Fatal(err)
	}
	wrong := trace.CommitValues(p, vals)

	rcpt, err = n.c.Sender(devchain.Challenger).Send(ctx, game.ChallengeTx(req, bond, fraudproof.ClaimOf(p, honest).Layout()))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := game.ParseGameStarted(rcpt)
	ch := &fraudproof.Player{Game: game, Oracle: n.c.Oracle, Logs: n.c.Client, Claim: fraudproof.ClaimOf(p, wrong),
		Send: func(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error) {
			return n.c.Sender(devchain.Challenger).Send(ctx, c)
		}}
	deadline := time.Now().Add(2 * time.Minute)
	var g contracts.Game
	for {
		if g, err = game.CallGame(ctx, id); err != nil {
			t.Fatal(err)
		}
		if g.Phase == contracts.PhaseResolved {
			break
		}
		if _, err := ch.Move(ctx, id); err != nil && !errors.Is(err, fraudproof.ErrNothingToDispute) {
			t.Fatal(err)
		}
		if time.Now().After(deadline) {
			t.Fatalf("game stuck in phase %d", g.Phase)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !g.ProposerWon {
		t.Fatal("the node lost a dispute about its honest proposal")
	}
	// The node collects the challenger's bond and finalizes once the window is over.
	op := n.c.Addr(devchain.Operator)
	waitFor(t, "the node to withdraw the won bond", time.Minute, func() bool {
		b, _ := game.CallBalance(ctx, op)
		return b.Sign() == 0
	})
	waitFor(t, "finalization", 2*time.Minute, func() bool {
		ok, _ := n.c.Oracle.CallIsFinalized(ctx, req)
		return ok
	})
}
