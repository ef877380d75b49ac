package oracle_test

import (
	"context"
	"encoding/binary"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/auspex-labs/auspex/fraudproof"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/oracle"
	"github.com/auspex-labs/auspex/oracle/liar"
)

// TestBatchLieAndExecutionErrorEndToEnd: services on one chain — a dishonest node, an honest node
// and the verifier. The liar's batch (a wrong first item) is challenged, slashed and replaced by the
// truth, which the dApp receives; the execution error of an input that overflows mnist-8's first
// Conv is proposed with its trace, checked by the verifier, left alone and delivered as code 2.
func TestBatchLieAndExecutionErrorEndToEnd(t *testing.T) {
	n := newNet(t, 50*time.Millisecond)
	ctx := context.Background()
	game, modelID, _ := n.withGame(300)
	m := n.models[0]

	liarCfg := n.nodeConfig(t.TempDir())
	liarCfg.DisputeGame = game.Address()
	lying := n.startNodeAs(liarCfg, devchain.Operator, oracle.WithClaimHook(liar.Claim))
	defer func() { lying.Stop(ctx) }()

	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	items := [][]byte{digits[:784], digits[784:1568], digits[1568:2352]}
	// ResultStore keeps the whole abi-encoded batch output: ~15 storage slots.
	fee, _ := n.c.Oracle.CallEstimateBatchFee(ctx, modelID, 3, 1_000_000)
	rcpt, err := n.c.Sender(devchain.User).Send(ctx, n.c.Oracle.RequestTx(contracts.NewRequest{
		ModelID: modelID, Inputs: items, Callback: n.store.Address(), CallbackGasLimit: 1_000_000}, fee))
	if err != nil {
		t.Fatal(err)
	}
	batchEv := n.c.Oracle.ParseInferenceRequested(rcpt)[0]
	// int64 form: every pixel 2^62 — the first Conv's sums leave int64.
	huge := make([]byte, 8*784)
	for i := 0; i < 784; i++ {
		binary.BigEndian.PutUint64(huge[8*i:], 1<<62)
	}
	fee, _ = n.c.Oracle.CallEstimateFee(ctx, modelID, 300_000)
	rcpt, err = n.c.Sender(devchain.User).Send(ctx, n.c.Oracle.RequestTx(contracts.NewRequest{
		ModelID: modelID, Input: huge, Callback: n.store.Address(), CallbackGasLimit: 300_000}, fee))
	if err != nil {
		t.Fatal(err)
	}
	failReq := n.c.Oracle.ParseInferenceRequested(rcpt)[0].RequestID
	waitFor(t, "the liar's proposals", time.Minute, func() bool {
		a, _ := n.c.Oracle.CallRequest(ctx, batchEv.RequestID)
		b, _ := n.c.Oracle.CallRequest(ctx, failReq)
		return a.Status == contracts.StatusProposed && b.Status == contracts.StatusProposed
	})
	if p, _ := n.c.Oracle.CallProposal(ctx, failReq); !p.IsError || p.ErrorCode != oracle.ErrorExecution {
		t.Fatalf("the overflow was not proposed as an execution error: %+v", p)
	}

	honestCfg := n.nodeConfig(t.TempDir())
	honestCfg.DisputeGame = game.Address()
	honest := n.startNodeAs(honestCfg, devchain.Operator2)
	defer honest.Stop(ctx)
	ver := n.startVerifier(game.Address(), devchain.Challenger)
	defer ver.Stop(ctx)

	waitFor(t, "both requests delivered", 3*time.Minute, func() bool {
		a, _ := n.store.CallResultOf(ctx, batchEv.RequestID)
		b, _ := n.store.CallResultOf(ctx, failReq)
		return a.Count > 0 && b.Count > 0
	})
	want, err := fraudproof.NewClaim(m.art.Program, batchEv.Input, 3)
	if err != nil {
		t.Fatal(err)
	}
	wantOut, _ := want.Output()
	a, _ := n.store.CallResultOf(ctx, batchEv.RequestID)
	if a.Count != 1 || a.Failed || string(a.Output) != string(wantOut) {
		t.Fatalf("batch delivered %d times, failed %v, the engine's outputs: %v", a.Count, a.Failed, string(a.Output) == string(wantOut))
	}
	b, _ := n.store.CallResultOf(ctx, failReq)
	if b.Count != 1 || !b.Failed || b.ErrorCode != fraudproof.CodeExecution {
		t.Fatalf("execution error delivered %d times, failed %v, code %d", b.Count, b.Failed, b.ErrorCode)
	}
	counts := n.eventCounts("ProposalSlashed", "InferenceFinalized")
	if counts["ProposalSlashed"][commonHash(batchEv.RequestID)] != 1 || counts["ProposalSlashed"][commonHash(failReq)] != 0 {
		t.Fatalf("slashes: batch %d, execution error %d", counts["ProposalSlashed"][commonHash(batchEv.RequestID)], counts["ProposalSlashed"][commonHash(failReq)])
	}
	if g, _ := game.CallGame(ctx, big.NewInt(1)); g.RequestID.Cmp(batchEv.RequestID) != 0 || g.ProposerWon {
		t.Fatalf("the one game: request %s, proposer won %v", g.RequestID, g.ProposerWon)
	}
	if g, _ := game.CallGame(ctx, big.NewInt(2)); g.Phase != contracts.PhaseNone {
		t.Fatal("a second game was opened (the execution error is true)")
	}
}
