package fraudproof

import (
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

// The exploits of issue #14, each as the attacker played it on the simulated chain. Every one of
// them won against an honest party before the fix (run against the contracts at 87d… / HEAD~: the
// forged move was accepted); now the forged move reverts and the honest side wins.

// mustRevert sends c from who and fails the test unless it reverts with the named error.
func (a *arena) mustRevert(who string, c chain.TxCandidate, name string) {
	a.t.Helper()
	_, err := a.c.Sender(who).Send(context.Background(), c)
	if err == nil {
		a.t.Fatalf("the forged move was accepted (want %s)", name)
	}
	if !contracts.IsRevert(err, name) {
		a.t.Fatalf("forged move: %v, want %s", err, name)
	}
}

// driveTo moves both players until the game reaches phase `want`.
func (a *arena) driveTo(id *big.Int, def, ch *Player, want contracts.GamePhase) {
	a.t.Helper()
	ctx := context.Background()
	for range 20 {
		g, err := a.game.CallGame(ctx, id)
		if err != nil {
			a.t.Fatal(err)
		}
		if g.Phase == want {
			return
		}
		pl := ch
		if g.Phase.ProposerMoves() {
			pl = def
		}
		if _, err := pl.Move(ctx, id); err != nil {
			a.t.Fatalf("phase %d: %v", g.Phase, err)
		}
	}
	a.t.Fatalf("phase %d not reached", want)
}

// nodeOnPath is the internal node `level` levels above leaf i of a tree, and its (shorter) path:
// what an attacker passes as a "leaf" when proofs are not bound to the tree's height.
func nodeOnPath(leaf common.Hash, i int, proof []common.Hash, level int) (common.Hash, int, []common.Hash) {
	h := leaf
	for k := 0; k < level; k++ {
		if i%2 == 0 {
			h = merkle.HashPair(h, proof[k])
		} else {
			h = merkle.HashPair(proof[k], h)
		}
		i /= 2
	}
	return h, i, proof[level:]
}

// expectHonestProposerWins lets the (attacking) challenger's clock run out: the honest proposer wins.
func (a *arena) expectHonestProposerWins(id *big.Int) {
	a.t.Helper()
	if err := a.c.Advance((gameClock + 1) * time.Second); err != nil {
		a.t.Fatal(err)
	}
	rcpt, err := a.c.Sender(devchain.User2).Send(context.Background(), a.game.TimeoutTx(id))
	if err != nil {
		a.t.Fatal(err)
	}
	if won, reason, _ := a.game.ParseResolved(rcpt); !won {
		a.t.Fatalf("the honest proposer lost: %s", reason)
	}
}

// Class 1: the trace root offered as s_0 with an empty proof, and a subtree node offered as a
// state at pickStep, against an honest mnist-8 proposal.
func TestAttackInternalNodeAsState(t *testing.T) {
	a := newArena(t)
	ctx := context.Background()
	a.propose(devchain.Operator, a.honest)
	id := a.challenge(devchain.Challenger)
	if _, err := a.player(devchain.Operator, a.honest, true).Move(ctx, id); err != nil {
		t.Fatal(err)
	}
	tp := NewTraceProvider(a.p, a.honest)
	st := a.honest.States
	root := a.honest.Root
	// The whole trace as "s_0": an empty path from the root to itself.
	a.mustRevert(devchain.Challenger, a.game.DisputeInitialStateTx(id, root, nil, tp.Layout(), tp.Consts(), a.nonce, a.input), "BadProof")
	// A level-1 node (over states 2 and 3) as "s_1", so that s_1 can never be revealed as slots.
	p1 := merkle.Proof(st, 2)
	node, idx, short := nodeOnPath(st[2], 2, p1, 1)
	if idx != 1 {
		t.Fatalf("node index %d", idx)
	}
	desc, descProof := tp.StepDescription(0)
	a.mustRevert(devchain.Challenger, a.game.PickStepTx(id, 0, st[0], merkle.Proof(st, 0), node, short, tp.Layout(), desc, descProof), "BadProof")
	// A proof one sibling too long (an extra zero) is refused as well.
	long := append(slices.Clone(merkle.Proof(st, 1)), common.Hash{})
	a.mustRevert(devchain.Challenger, a.game.PickStepTx(id, 0, st[0], merkle.Proof(st, 0), st[1], long, tp.Layout(), desc, descProof), "BadProof")
	a.expectHonestProposerWins(id)
}

// squareProgram is x[1,8] → Mul(x, x): an 8-element input has a two-leaf tree, so its root is an
// internal node whose 32 bytes read as four huge values, whose squares overflow.
func squareProgram() *inference.Program {
	return &inference.Program{
		Values: []inference.Value{
			{Name: "x", Shape: []int64{1, 8}, Scale: 24},
			{Name: "y", Shape: []int64{1, 8}, Scale: 24},
		},
		Inputs: []int32{0}, Outputs: []int32{1},
		Steps: []inference.Step{{Op: inference.OpMul, In: []int32{0, 0}, Out: 1, Node: "square"}},
	}
}

// forgedOpening opens element j's input leaf as the tensor's root (an internal node) with an empty
// path: four "values" that are not in the tensor.
func forgedOpening(tp *TraceProvider, j int64) ([]contracts.SlotOpening, []contracts.LeafOpening) {
	slots, leaves, err := tp.Openings(0, j)
	if err != nil {
		panic(err)
	}
	root := slots[0].Commitment
	var vals [4]int64
	for k := range vals {
		vals[k] = int64(new(big.Int).SetBytes(root[8*k : 8*k+8]).Uint64())
	}
	forged := slices.Clone(leaves)
	for i := range forged {
		forged[i] = contracts.LeafOpening{Input: leaves[i].Input, Leaf: 0, Values: vals, Proof: nil}
	}
	return slots, forged
}

// Class 1 at the one-step, both ways: a challenger forges an input element to disprove an honest
// element; a false "execution error" claim forges an overflowing input to show a failure.
func TestAttackInternalNodeAsInputLeaf(t *testing.T) {
	p := squareProgram()
	art := artifactOf(p, "square")
	input := []byte{1, 2, 3, 4, 5, 6, 7, 8}
	t.Run("challenger disproves an honest element", func(t *testing.T) {
		a := newArenaWith(t, art, "file:///square", input)
		a.propose(devchain.Operator, a.honest)
		id := a.challenge(devchain.Challenger)
		def := a.player(devchain.Operator, a.honest, true)
		liar := a.player(devchain.Challenger, a.lie(0, 0, 5, true), false)
		a.driveTo(id, def, liar, contracts.PhaseOneStep)
		slots, forged := forgedOpening(NewTraceProvider(p, a.honest), 0)
		desc, _ := ClaimOf(p, a.honest).StepDescription(0)
		a.mustRevert(devchain.Challenger, a.game.ProveOneStepTx(id, 0, desc, slots, forged), "BadOpening")
		a.expectHonestProposerWins(id)
	})
	t.Run("a false execution-error claim forges an overflow", func(t *testing.T) {
		a := newArenaWith(t, art, "file:///square", input)
		lie := trace.CommitFailure(p, a.honest.Values, 0)
		a.proposeError(devchain.Operator, CodeExecution)
		id := a.challenge(devchain.Challenger)
		def := a.claimPlayer(devchain.Operator, ClaimOf(p, lie), true)
		ch := a.player(devchain.Challenger, a.honest, false)
		ctx := context.Background()
		a.driveTo(id, def, ch, contracts.PhaseFailure)
		slots, forged := forgedOpening(NewTraceProvider(p, a.honest), 0)
		desc, _ := ClaimOf(p, a.honest).StepDescription(0)
		a.mustRevert(devchain.Operator, a.game.ProveOneStepTx(id, 0, desc, slots, forged), "BadOpening")
		if err := a.c.Advance((gameClock + 1) * time.Second); err != nil {
			t.Fatal(err)
		}
		rcpt, err := a.c.Sender(devchain.User2).Send(ctx, a.game.TimeoutTx(id))
		if err != nil {
			t.Fatal(err)
		}
		if won, _, _ := a.game.ParseResolved(rcpt); won {
			t.Fatal("the false error claim won")
		}
	})
}

// wideThenDoubling is x[1,64] → MatMul(W[64,2] of ones) → n doublings: the MatMul is a wide
// (bisected) step that computes; a large input overflows in a later doubling.
func wideThenDoubling(n int) *inference.Program {
	w := make([]int64, 128)
	for i := range w {
		w[i] = 1 << 24
	}
	p := &inference.Program{
		Values: []inference.Value{
			{Name: "x", Shape: []int64{1, 64}, Scale: 24},
			{Name: "w", Shape: []int64{64, 2}, Scale: 24, Const: w},
			{Name: "y", Shape: []int64{1, 2}, Scale: 24},
		},
		Inputs: []int32{0},
		Steps:  []inference.Step{{Op: inference.OpMatMul, In: []int32{0, 1}, Out: 2, Node: "matmul"}},
	}
	for i := 0; i < n; i++ {
		out := int32(len(p.Values))
		p.Values = append(p.Values, inference.Value{Name: "v", Shape: []int64{1, 2}, Scale: 24})
		p.Steps = append(p.Steps, inference.Step{Op: inference.OpAdd, In: []int32{out - 1, out - 1}, Out: out, Node: "double"})
	}
	p.Outputs = []int32{int32(len(p.Values) - 1)}
	return p
}

// Class 2: a true execution-error claim whose trace has an honest wide MatMul before the failing
// step; a challenger disputing the MatMul must lose (the failure rule applied to it before).
func TestAttackHonestWideStepInAFailureClaim(t *testing.T) {
	p := wideThenDoubling(40)
	art := artifactOf(p, "wide-doubling")
	input := make([]byte, 64)
	for i := range input {
		input[i] = 255
	}
	c, err := NewClaim(p, input, 1)
	if err != nil {
		t.Fatal(err)
	}
	if c.Code() != CodeExecution || c.Item(0).T.Failure.Step == 0 {
		t.Fatalf("code %d: the input must fail after the MatMul", c.Code())
	}
	a := newArenaWith(t, art, "file:///wide-doubling", input)
	a.proposeError(devchain.Operator, CodeExecution)
	id := a.challenge(devchain.Challenger)
	vals := slices.Clone(c.Item(0).T.Values)
	vals[2] = []int64{vals[2][0] + 1<<24, vals[2][1]}
	liar := ClaimOf(p, trace.CommitFailure(p, vals, c.Item(0).T.Failure.Step))
	g, _ := a.settle(id, a.claimPlayer(devchain.Operator, c, true), a.claimPlayer(devchain.Challenger, liar, false))
	if !g.ProposerWon || g.Step != 0 {
		t.Fatalf("a true execution-error claim lost at step %d (its MatMul disputed)", g.Step)
	}
}

// Class 2 in batches: an honest execution-error claim over [runs, fails, after]: a challenger may
// neither pick the zero root after the failing item nor dispute the (empty) output bytes of an
// item before it.
func TestAttackBatchFailureClaim(t *testing.T) {
	p := doublingProgram(60)
	art := artifactOf(p, "doubling")
	zero, big := make([]byte, 4), []byte{255, 255, 255, 255}
	items := [][]byte{zero, big, zero}
	input := mustPack(t, items)
	c, err := NewClaim(p, input, 3)
	if err != nil {
		t.Fatal(err)
	}
	if c.Code() != CodeExecution {
		t.Fatalf("code %d", c.Code())
	}
	roots := c.ItemRoots()
	if roots[2] != (common.Hash{}) {
		t.Fatal("the item after the failing one has a root")
	}
	for _, tc := range []struct {
		name string
		item int
	}{{"the zero root after the failing item", 2}, {"an item before the failing one, then its output", 0}} {
		t.Run(tc.name, func(t *testing.T) {
			a := newBatchArena(t, art, "file:///doubling", items)
			a.proposeError(devchain.Operator, CodeExecution)
			id := a.challenge(devchain.Challenger)
			def := a.claimPlayer(devchain.Operator, c, true)
			ctx := context.Background()
			if _, err := def.Move(ctx, id); err != nil { // reveal the batch
				t.Fatal(err)
			}
			if tc.item == 2 {
				a.mustRevert(devchain.Challenger, a.game.PickBatchItemTx(id, roots, 2), "BadIndex")
				a.expectHonestProposerWins(id)
				return
			}
			if _, err := a.c.Sender(devchain.Challenger).Send(ctx, a.game.PickBatchItemTx(id, roots, 0)); err != nil {
				t.Fatal(err)
			}
			if _, err := def.Move(ctx, id); err != nil { // reveal item 0's states
				t.Fatal(err)
			}
			tr := c.Item(0).T
			n := len(tr.States) - 1
			a.mustRevert(devchain.Challenger, a.game.DisputeOutputTx(id, tr.States[n], merkle.Proof(tr.States, n), c.Layout(), c.Item(0).OutputOpenings()), "WrongPhase")
			a.expectHonestProposerWins(id)
		})
	}
}

// newBatchArena is an arena whose request is a batch of items.
func newBatchArena(t *testing.T, art *modelregistry.Artifact, uri string, items [][]byte) *arena {
	t.Helper()
	a := newArenaWith(t, art, uri, items[0])
	ctx := context.Background()
	r, _ := a.c.Oracle.CallRequest(ctx, a.req)
	fee, err := a.c.Oracle.CallEstimateBatchFee(ctx, r.ModelID, len(items), 0)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := a.c.Sender(devchain.User).Send(ctx, a.c.Oracle.RequestTx(contracts.NewRequest{ModelID: r.ModelID, Inputs: items}, fee))
	if err != nil {
		t.Fatal(err)
	}
	ev := a.c.Oracle.ParseInferenceRequested(rcpt)[0]
	a.req, a.nonce, a.input = ev.RequestID, ev.Nonce.Uint64(), ev.Input
	return a
}

// Classes 3 and 4: a liar escapes through a sock. Its honest challenger and its own sock both
// challenge; the liar goes silent in the sock's game, which slashes the proposal first. The honest
// challenger's game is then stale: no move of the slashed liar is accepted in it, it closes with
// the honest bond back (and a share of the reward), and it does not block the honest
// re-proposal's finalization (before, it kept counting as an open dispute).
func TestAttackSockChallenger(t *testing.T) {
	a := newArena(t)
	ctx := context.Background()
	lie := a.lie(10, 3, 1<<20, true)
	a.propose(devchain.Operator, lie)
	honestGame := a.challenge(devchain.Challenger)
	sockGame := a.challenge(devchain.User2)
	def := a.player(devchain.Operator, lie, true)
	hon := a.player(devchain.Challenger, a.honest, false)
	// The honest game goes one round; the liar never moves in the sock's game and lets it run out.
	if _, err := def.Move(ctx, honestGame); err != nil {
		t.Fatal(err)
	}
	if _, err := hon.Move(ctx, honestGame); err != nil {
		t.Fatal(err)
	}
	before, _ := a.game.CallBalance(ctx, a.c.Addr(devchain.Challenger))
	if err := a.c.Advance((gameClock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	feesBefore, _ := a.c.Oracle.CallProtocolFees(ctx)
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.game.TimeoutTx(sockGame)); err != nil {
		t.Fatal(err)
	}
	// The liar and its sock together lose half the bond at least (before: the sock got it all).
	pbond, _ := a.c.Oracle.CallProposalBond(ctx)
	if fees, _ := a.c.Oracle.CallProtocolFees(ctx); new(big.Int).Sub(fees, feesBefore).Cmp(new(big.Int).Div(pbond, big.NewInt(2))) != 0 {
		t.Fatalf("treasury got %s of the liar's %s bond", new(big.Int).Sub(fees, feesBefore), pbond)
	}
	if a.status() != contracts.StatusPending {
		t.Fatalf("request %s after the sock's game", a.status())
	}
	// The honest proposal now comes. The honest challenger's old game, which nobody has closed,
	// must not block it (before, it still counted as open: DisputeOpen until someone ended it) ...
	a.propose(devchain.Operator2, a.honest)
	if err := a.c.Advance(601 * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := a.c.Sender(devchain.User).Send(ctx, a.c.Oracle.FinalizeTx(a.req)); err != nil {
		t.Fatalf("the honest re-proposal cannot finalize: %v", err)
	}
	// ... nor take the honest bond: closing it returns the bond (and a share of the reward).
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.game.TimeoutTx(honestGame)); err != nil {
		t.Fatal(err)
	}
	after, _ := a.game.CallBalance(ctx, a.c.Addr(devchain.Challenger))
	if new(big.Int).Sub(after, before).Cmp(a.bond) <= 0 {
		t.Fatalf("the honest challenger got %s back for its bond %s and no share", new(big.Int).Sub(after, before), a.bond)
	}
}

// Class 4: replacing the dispute game contract strands no game: a game opened in the old one still
// ends, slashes through the oracle and pays its bonds.
func TestAttackDisputeGameReplaced(t *testing.T) {
	a := newArena(t)
	ctx := context.Background()
	lie := a.lie(10, 3, 1<<20, true)
	a.propose(devchain.Operator, lie)
	id := a.challenge(devchain.Challenger)
	v, err := contracts.DeployOneStepVerifier(ctx, a.c.Sender(devchain.Deployer), a.c.Client)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := contracts.DeployDisputeGame(ctx, a.c.Sender(devchain.Deployer), a.c.Client, a.c.Oracle, v.Address(), a.bond, gameClock); err != nil {
		t.Fatal(err)
	}
	if err := a.c.Advance((gameClock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	rcpt, err := a.c.Sender(devchain.User2).Send(ctx, a.game.TimeoutTx(id))
	if err != nil {
		t.Fatalf("the old game cannot end: %v", err)
	}
	if won, _, _ := a.game.ParseResolved(rcpt); won || a.status() != contracts.StatusPending {
		t.Fatalf("proposer won %v, request %s", won, a.status())
	}
	if b, _ := a.game.CallBalance(ctx, a.c.Addr(devchain.Challenger)); b.Cmp(a.bond) <= 0 {
		t.Fatalf("challenger balance %s in the old game", b)
	}
	if _, err := a.c.Sender(devchain.Challenger).Send(ctx, a.game.WithdrawTx()); err != nil {
		t.Fatal(err)
	}
}
