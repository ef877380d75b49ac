package fraudproof

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// Attacks on the trace committed in the game (issue 18), from an independent review: two on a
// batch whose engine answer is "invalid input" (they broke invariants 1 and 3 before the batch
// validity dispute; the flaw predates issue 18), and two on the moves around the commitment.

// batchArena is a doubling-program arena whose request is the batch `items`.
func batchArena(t *testing.T, items [][]byte) (*arena, []byte) {
	t.Helper()
	p := doublingProgram(60)
	a := newArenaWith(t, artifactOf(p, "doubling"), "file:///doubling", make([]byte, 4))
	ctx := context.Background()
	r, _ := a.c.Oracle.CallRequest(ctx, a.req)
	fee, _ := a.c.Oracle.CallEstimateBatchFee(ctx, r.ModelID, len(items), 0)
	rcpt, err := a.c.Sender(devchain.User).Send(ctx, a.c.Oracle.RequestTx(contracts.NewRequest{ModelID: r.ModelID, Inputs: items}, fee))
	if err != nil {
		t.Fatal(err)
	}
	ev := a.c.Oracle.ParseInferenceRequested(rcpt)[0]
	a.req, a.nonce, a.input = ev.RequestID, ev.Nonce.Uint64(), ev.Input
	return a, ev.Input
}

// TestAttackBatchExecutionErrorOverInvalidItem: a batch [x0, x1] where x0 is a valid input whose
// run overflows and x1 does not decode. The engine's answer is code 1 (every item decodes before
// any runs). A liar proposes code 2 and commits the item roots [x0's true failing trace, 0], well
// formed for an execution-error claim. No item can be named to beat it (item 1 has no trace, item
// 0's is the engine's own), so the challenger shows the batch input instead
// (disputeInvalidInputClaim in phase BatchPick) and wins.
func TestAttackBatchExecutionErrorOverInvalidItem(t *testing.T) {
	big4 := []byte{255, 255, 255, 255}
	invalid := []byte{1, 2, 3} // 3 bytes for x[1,4]: does not decode
	items := [][]byte{big4, invalid}

	a, packed := batchArena(t, items)
	p := a.p
	honest, err := NewClaim(p, packed, 2)
	if err != nil {
		t.Fatal(err)
	}
	if honest.Code() != CodeInvalidInput || honest.InvalidItem != 1 {
		t.Fatalf("engine: code %d item %d", honest.Code(), honest.InvalidItem)
	}
	ans, err := NewAnswer(p, packed, 2)
	if err != nil {
		t.Fatal(err)
	}
	if ans.Agrees(Proposed{IsError: true, ErrorCode: CodeExecution}) {
		t.Fatal("the verifier would not challenge")
	}
	// x0's true (failing) trace.
	c0, err := NewClaim(p, big4, 1)
	if err != nil || c0.Code() != CodeExecution {
		t.Fatal(err, c0.Code())
	}
	liar := &Claim{P: p, BatchSize: 2, Items: []*TraceProvider{c0.Items[0]}}
	if r := liar.ItemRoots(); r[0] == (common.Hash{}) || r[1] != (common.Hash{}) {
		t.Fatal("liar roots", r)
	}
	a.proposeError(devchain.Operator, CodeExecution)
	id := a.challenge(devchain.Challenger)
	g, rounds := a.settle(id, a.claimPlayer(devchain.Operator, liar, true), a.claimPlayer(devchain.Challenger, honest, false))
	t.Logf("proposer won %v after %d rounds; request %s", g.ProposerWon, rounds, a.status())
	if g.ProposerWon || g.Phase != contracts.PhaseResolved || a.status() != contracts.StatusPending {
		t.Fatal("a code-2 claim on a batch whose engine answer is code 1 (invalid item after the failing one) beat the honest challenger")
	}
}

// TestAttackBatchFabricatedFailureBeforeInvalidItem: the Go challenger's move on an invalid batch. A batch [x0, x1] where
// x0 runs to a result and x1 does not decode (engine: code 1). A liar proposes code 2 with roots
// [a fabricated failing trace of x0, 0]. A challenger naming item 0 wins (the claimed failing step
// has a value), but the solver names c.InvalidItem = 1, whose root is zero: pickBatchItem reverts
// (BadIndex): the honest challenger lost on its clock until it showed the input instead.
func TestAttackBatchFabricatedFailureBeforeInvalidItem(t *testing.T) {
	zero := make([]byte, 4)
	items := [][]byte{zero, {1, 2, 3}}
	run := func(t *testing.T, pick0 bool) contracts.Game {
		a, packed := batchArena(t, items)
		p := a.p
		honest, err := NewClaim(p, packed, 2)
		if err != nil || honest.Code() != CodeInvalidInput {
			t.Fatal(err, honest.Code())
		}
		c0, err := NewClaim(p, zero, 1)
		if err != nil || c0.Code() != 0 {
			t.Fatal(err, c0.Code())
		}
		fake := trace.CommitFailure(p, c0.Items[0].T.Values, 20)
		liar := &Claim{P: p, BatchSize: 2, Items: []*TraceProvider{NewTraceProvider(p, fake)}}
		a.proposeError(devchain.Operator, CodeExecution)
		id := a.challenge(devchain.Challenger)
		def := a.claimPlayer(devchain.Operator, liar, true)
		ch := a.claimPlayer(devchain.Challenger, honest, false)
		if pick0 {
			ctx := context.Background()
			if _, err := def.Move(ctx, id); err != nil {
				t.Fatal(err)
			}
			if _, err := a.c.Sender(devchain.Challenger).Send(ctx, a.game.PickBatchItemTx(id, liar.ItemRoots(), 0)); err != nil {
				t.Fatal(err)
			}
			ch = a.claimPlayer(devchain.Challenger, &Claim{P: p, BatchSize: 2, Items: []*TraceProvider{c0.Items[0]}}, false)
		}
		g, _ := a.settle(id, def, ch)
		return g
	}
	t.Run("honest Go solver", func(t *testing.T) {
		if g := run(t, false); g.ProposerWon {
			t.Error("a fabricated execution-error claim beat the honest Go challenger (it named the zero-root invalid item)")
		}
	})
	// The same lie against a challenger that names item 0 (and plays x0's real run) loses: the
	// contract allows the win, only the solver misses it.
	t.Run("challenger names item 0", func(t *testing.T) {
		if g := run(t, true); g.ProposerWon {
			t.Error("the lie also beat a challenger naming item 0")
		}
	})
}

// TestNoMoveBeforeTheCommitment: before the proposer's first reveal (trace root zero) no
// challenger move is accepted (each needs phase StepPick or later), so no Merkle opening is ever
// checked against root 0; timeout waits for the proposer's clock, then takes its bond.
func TestNoMoveBeforeTheCommitment(t *testing.T) {
	a := newArena(t)
	ctx := context.Background()
	out := a.output(a.honest)
	out[0] ^= 1
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.ProposeResultTx(a.req, out)); err != nil {
		t.Fatal(err)
	}
	id := a.challenge(devchain.Challenger)
	c := ClaimOf(a.p, a.honest)
	n := uint64(len(a.p.Steps))
	zeros := make([]common.Hash, traceHeight(uint32(n)))
	desc, descProof := c.StepDescription(0)
	moves := map[string]chain.TxCandidate{
		"pickStates":          a.game.PickStatesTx(id, []common.Hash{{}, {}}, 0),
		"pickStep":            a.game.PickStepTx(id, 0, a.honest.States[0], zeros, common.Hash{}, zeros, c.Layout(), desc, descProof),
		"disputeEnd":          a.game.DisputeEndTx(id, n+1, common.Hash{1}, zeros, 0, nil),
		"disputeOutput":       a.game.DisputeOutputTx(id, common.Hash{}, zeros, c.Layout(), ClaimOf(a.p, a.honest).Item(0).OutputOpenings()),
		"disputeInitialState": a.game.DisputeInitialStateTx(id, common.Hash{}, zeros, c.Layout(), c.Consts(), a.nonce, a.input),
		"pickBatchItem":       a.game.PickBatchItemTx(id, nil, 0),
		"revealSlots":         a.game.RevealSlotsTx(id, nil, nil),
	}
	for name, m := range moves {
		for _, who := range []string{devchain.Challenger, devchain.Operator} {
			if _, err := a.c.Sender(who).Send(ctx, m); !contracts.IsRevert(err, "WrongPhase") {
				t.Errorf("%s by %s before the commitment: %v", name, who, err)
			}
		}
	}
	if _, err := a.c.Sender(devchain.User2).Send(ctx, a.game.TimeoutTx(id)); !contracts.IsRevert(err, "ClockRunning") {
		t.Fatalf("timeout before the proposer's clock ran out: %v", err)
	}
	if err := a.c.Advance((gameClock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := a.c.Sender(devchain.User2).Send(ctx, a.game.TimeoutTx(id)); err != nil {
		t.Fatal(err)
	}
	if g, _ := a.game.CallGame(ctx, id); g.ProposerWon || a.status() != contracts.StatusPending {
		t.Fatalf("a proposer that never committed: won %v, request %d", g.ProposerWon, a.status())
	}
}

// TestZeroRootCommitment: the only trace tree whose root can be zero is a one-leaf tree (a
// program of no steps: the first reveal is one state, its own root). A liar that commits the
// zero state keeps the game's trace root at zero, but the game is then in StepPick and no reveal
// can commit again; the honest challenger opens s_0 = 0 against root 0 and wins.
func TestZeroRootCommitment(t *testing.T) {
	p := chainProgram(0)
	input := make([]byte, 8)
	for i := range input {
		input[i] = byte(7 * i)
	}
	a := newArenaWith(t, artifactOf(p, "chain0"), "file:///chain0", input)
	ctx := context.Background()
	out := a.output(a.honest)
	out[2] ^= 1
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.ProposeResultTx(a.req, out)); err != nil {
		t.Fatal(err)
	}
	id := a.challenge(devchain.Challenger)
	g, _ := a.game.CallGame(ctx, id)
	if g.Height != 0 || g.NSteps != 0 {
		t.Fatalf("height %d, steps %d", g.Height, g.NSteps)
	}
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.game.RevealStatesTx(id, []common.Hash{{}})); err != nil {
		t.Fatal(err)
	}
	g, _ = a.game.CallGame(ctx, id)
	t.Logf("after committing [0]: trace root %s, phase %d", g.TraceRoot, g.Phase)
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.game.RevealStatesTx(id, []common.Hash{a.honest.States[0]})); !contracts.IsRevert(err, "WrongPhase") {
		t.Fatalf("a second commitment: %v", err)
	}
	g, _ = a.settle(id, nil, a.player(devchain.Challenger, a.honest, false))
	if g.ProposerWon {
		t.Fatal("a zero-root commitment won")
	}
}

// A griefer cannot use the batch validity dispute against a valid batch: it is refused, and the
// honest proposer still wins the game.
func TestBatchValidityDisputeRefusesAValidBatch(t *testing.T) {
	zero := make([]byte, 4)
	a, packed := batchArena(t, [][]byte{zero, zero})
	honest, err := NewClaim(a.p, packed, 2)
	if err != nil || honest.Code() != 0 {
		t.Fatal(err, honest.Code())
	}
	out, _ := honest.Output()
	ctx := context.Background()
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.ProposeResultTx(a.req, out)); err != nil {
		t.Fatal(err)
	}
	id := a.challenge(devchain.Challenger)
	def := a.claimPlayer(devchain.Operator, honest, true)
	if _, err := def.Move(ctx, id); err != nil {
		t.Fatal(err)
	}
	tx := a.game.DisputeInvalidInputClaimTx(id, honest.Layout(), a.nonce, a.input)
	if _, err := a.c.Sender(devchain.Challenger).Send(ctx, tx); !contracts.IsRevert(err, "BadOpening") {
		t.Fatalf("a validity dispute of a valid batch: %v", err)
	}
	if g, _ := a.settle(id, def, a.claimPlayer(devchain.Challenger, honest, false)); !g.ProposerWon {
		t.Fatal("the honest batch proposer lost")
	}
}
