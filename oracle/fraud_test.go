package oracle_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/oracle"
	"github.com/auspex-labs/auspex/oracle/liar"
	"github.com/auspex-labs/auspex/oracle/verifier"
)

// TestFraudIsCaughtAndTheDAppStillGetsTheTruth: a dishonest node posts a wrong result; the verifier
// re-executes it, challenges, wins the game and the bond; an honest node then proposes the correct
// result, which finalizes; the dApp's callback carries the engine's output.
func TestFraudIsCaughtAndTheDAppStillGetsTheTruth(t *testing.T) { testFraud(t, false) }

// TestFraudGameSurvivesRestarts: the same story, with the verifier and the liar's defender
// restarted (new processes' worth of state: new services on the same databases) in the middle of
// the game; both resume from the chain and the journal.
func TestFraudGameSurvivesRestarts(t *testing.T) { testFraud(t, true) }

func testFraud(t *testing.T, restart bool) {
	n := newNet(t, 50*time.Millisecond)
	ctx := context.Background()
	game, modelID, bond := n.withGame(300)
	m := n.models[0]

	liarCfg := n.nodeConfig(t.TempDir())
	liarCfg.DisputeGame = game.Address()
	lying := n.startNodeAs(liarCfg, devchain.Operator, oracle.WithClaimHook(liar.Claim))
	defer func() { lying.Stop(ctx) }()

	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	fee, _ := n.c.Oracle.CallEstimateFee(ctx, modelID, 300_000)
	rcpt, err := n.c.Sender(devchain.User).Send(ctx, n.c.Oracle.RequestTx(contracts.NewRequest{
		ModelID: modelID, Input: digits[:784], Callback: n.store.Address(), CallbackGasLimit: 300_000}, fee))
	if err != nil {
		t.Fatal(err)
	}
	req := n.c.Oracle.ParseInferenceRequested(rcpt)[0].RequestID
	waitFor(t, "the dishonest proposal", time.Minute, func() bool {
		r, _ := n.c.Oracle.CallRequest(ctx, req)
		return r.Status == contracts.StatusProposed
	})
	before, _ := n.c.Oracle.CallOperator(ctx, n.c.Addr(devchain.Operator))

	// The honest node and the verifier join.
	honestCfg := n.nodeConfig(t.TempDir())
	honestCfg.DisputeGame = game.Address()
	honest := n.startNodeAs(honestCfg, devchain.Operator2)
	defer honest.Stop(ctx)
	dir := t.TempDir()
	vcfg := verifier.Config{
		Oracle: n.c.Oracle.Address(), Registry: n.c.Registry.Address(), Game: game.Address(),
		DBPath: filepath.Join(dir, "verifier.db"), Models: honestCfg.Models, Tx: honestCfg.Tx,
		PollInterval: 50 * time.Millisecond, ReorgDepth: 16, LogBatch: 1000, HealthStaleAfter: time.Minute,
	}
	vcfg.Models.Dir = filepath.Join(dir, "models")
	startVerifier := func() *verifier.Service {
		ver, err := verifier.New(ctx, vcfg, n.c.Client, n.c.Key(devchain.Challenger), testLogger(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := ver.Start(ctx); err != nil {
			t.Fatal(err)
		}
		return ver
	}
	ver := startVerifier()
	defer func() { ver.Stop(ctx) }()
	if restart {
		// Wait for the game to be under way, then restart both players mid-game.
		waitFor(t, "the game to start", time.Minute, func() bool {
			c, _ := game.CallGame(ctx, big.NewInt(1))
			return c.Phase >= contracts.PhaseStepPick && c.Phase != contracts.PhaseResolved
		})
		if err := ver.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		if err := lying.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		lying = n.startNodeAs(liarCfg, devchain.Operator, oracle.WithClaimHook(liar.Claim))
		ver = startVerifier()
		t.Log("verifier and liar restarted mid-game")
	}

	waitFor(t, "the correct result delivered", 3*time.Minute, func() bool {
		d, err := n.store.CallResultOf(ctx, req)
		return err == nil && d.Count > 0
	})
	d, _ := n.store.CallResultOf(ctx, req)
	in, _ := inference.DecodeInput(m.art.Program, digits[:784])
	outs, _ := inference.Run(m.art.Program, in)
	if d.Count != 1 || d.Failed || string(d.Output) != string(inference.EncodeOutput(outs)) {
		t.Fatalf("delivered %d times, failed %v; output equals the engine's: %v", d.Count, d.Failed, string(d.Output) == string(inference.EncodeOutput(outs)))
	}
	after, _ := n.c.Oracle.CallOperator(ctx, n.c.Addr(devchain.Operator))
	if new(big.Int).Sub(before.Bonded, after.Bonded).Cmp(bond) != 0 {
		t.Fatalf("liar's bond %s → %s", before.Bonded, after.Bonded)
	}
	counts := n.eventCounts("ProposalSlashed", "InferenceFinalized")
	key := commonHash(req)
	if counts["ProposalSlashed"][key] != 1 || counts["InferenceFinalized"][key] != 1 {
		t.Fatalf("slashed %d, finalized %d", counts["ProposalSlashed"][key], counts["InferenceFinalized"][key])
	}
	waitFor(t, "the verifier to collect the slashed bond", time.Minute, func() bool {
		b, _ := n.c.Oracle.CallBalance(ctx, n.c.Addr(devchain.Challenger))
		g, _ := game.CallBalance(ctx, n.c.Addr(devchain.Challenger))
		return b.Sign() == 0 && g.Sign() == 0
	})
}
