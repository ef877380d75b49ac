package fraudproof

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

// arena is a chain with the contracts, the game, mnist-8 registered, two bonded operators and one
// pending request for a shipped digit.
type arena struct {
	t      *testing.T
	c      *devchain.Chain
	game   *contracts.DisputeGame
	p      *inference.Program
	honest *trace.Trace
	req    *big.Int
	nonce  uint64
	input  []byte
	bond   *big.Int
	gas    map[string][]uint64 // per side, each move's gas
}

const gameClock = 3600

func newArena(t *testing.T) *arena {
	t.Helper()
	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	return newArenaFor(t, "mnist-8", digits[:784])
}

// newArenaFor is an arena for a shipped model and one request input.
func newArenaFor(t *testing.T, model string, input []byte) *arena {
	t.Helper()
	path := filepath.Join("..", "models", model, "model.onnx")
	if strings.Contains(model, "/") {
		path = model
	}
	art, err := modelregistry.BuildFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return newArenaWith(t, art, "file://"+path, input)
}

// inMemory holds the files of models built from bytes (buildInMemory), by onnxHash.
var inMemory sync.Map

// buildInMemory is modelregistry.Build of a model file that exists only in memory; the arena finds
// its bytes to publish by its hash.
func buildInMemory(t *testing.T, data []byte) *modelregistry.Artifact {
	t.Helper()
	art, err := modelregistry.Build(data)
	if err != nil {
		t.Fatal(err)
	}
	inMemory.Store(art.OnnxHash, data)
	return art
}

// modelFile is the file an arena publishes for art (the oracle takes requests only for a published
// model): a hand-built program's stand-in (handBuiltFile), a model built in memory, the file behind
// uri, or the shipped model whose commitment art carries.
func modelFile(t *testing.T, art *modelregistry.Artifact, uri string) []byte {
	t.Helper()
	candidates := [][]byte{handBuiltFile(art.Program)}
	if data, ok := inMemory.Load(art.OnnxHash); ok {
		candidates = append(candidates, data.([]byte))
	}
	paths, _ := filepath.Glob(filepath.Join("..", "models", "*", "model.onnx"))
	for _, p := range append([]string{strings.TrimPrefix(uri, "file://")}, paths...) {
		if data, err := os.ReadFile(p); err == nil {
			candidates = append(candidates, data)
		}
	}
	for _, data := range candidates {
		if h, err := modelregistry.ContentHash(bytes.NewReader(data)); err == nil && h == art.OnnxHash {
			return data
		}
	}
	t.Fatalf("no file for %s with onnxHash %s", uri, art.OnnxHash)
	return nil
}

// newArenaWith registers any compiled program (an ONNX file's, or one built by hand) and requests
// one inference on it.
func newArenaWith(t *testing.T, art *modelregistry.Artifact, uri string, input []byte) *arena {
	t.Helper()
	ctx := context.Background()
	c, err := devchain.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Deploy(ctx, devchain.DefaultParams()); err != nil {
		t.Fatal(err)
	}
	v, err := contracts.DeployOneStepVerifier(ctx, c.Sender(devchain.Deployer), c.Client)
	if err != nil {
		t.Fatal(err)
	}
	bond := big.NewInt(1e17)
	game, err := contracts.DeployDisputeGame(ctx, c.Sender(devchain.Deployer), c.Client, c.Oracle, v.Address(), bond, gameClock)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := c.Sender(devchain.Creator).Send(ctx, c.Registry.RegisterModelTx(contracts.ModelSpec{
		OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot, URI: uri,
		Fee: big.NewInt(1e15), Mode: contracts.ModeOPML, ChallengeWindow: 600,
	}))
	if err != nil {
		t.Fatal(err)
	}
	modelID, _ := c.Registry.ParseModelRegistered(rcpt)
	if err := modelregistry.Publish(ctx, c.Sender(devchain.Creator), c.Registry, modelID, modelFile(t, art, uri), nil); err != nil {
		t.Fatal(err)
	}
	for _, op := range []string{devchain.Operator, devchain.Operator2} {
		if _, err := c.Sender(op).Send(ctx, c.Oracle.DepositBondTx(new(big.Int).Mul(bond, big.NewInt(10)))); err != nil {
			t.Fatal(err)
		}
	}
	fee, _ := c.Oracle.CallEstimateFee(ctx, modelID, 0)
	rcpt, err = c.Sender(devchain.User).Send(ctx, c.Oracle.RequestTx(contracts.NewRequest{ModelID: modelID, Input: input}, fee))
	if err != nil {
		t.Fatal(err)
	}
	ev := c.Oracle.ParseInferenceRequested(rcpt)[0]
	req := ev.RequestID
	in, err := inference.DecodeInput(art.Program, input)
	if err != nil {
		t.Fatal(err)
	}
	honest, err := trace.NewRun(art.Program, in)
	if err != nil {
		t.Fatal(err)
	}
	return &arena{t: t, c: c, game: game, p: art.Program, honest: honest, req: req, nonce: ev.Nonce.Uint64(), input: input,
		bond: bond, gas: map[string][]uint64{}}
}

// lie returns a trace whose step `step` output element `j` is off by delta; with consistent, the
// steps after it are recomputed from the lie, else they keep the honest values.
func (a *arena) lie(step int, j int64, delta int64, consistent bool) *trace.Trace {
	vals := make([][]int64, len(a.honest.Values))
	for i, v := range a.honest.Values {
		vals[i] = slices.Clone(v)
	}
	vals[a.p.Steps[step].Out][j] += delta
	if consistent {
		if err := inference.Continue(a.p, vals, step+1); err != nil {
			a.t.Fatal(err)
		}
	}
	return trace.CommitValues(a.p, vals)
}

func (a *arena) output(tr *trace.Trace) []byte {
	var outs [][]int64
	for _, id := range a.p.Outputs {
		outs = append(outs, tr.Values[id])
	}
	return inference.EncodeOutput(outs)
}

func (a *arena) propose(who string, tr *trace.Trace) {
	a.t.Helper()
	if _, err := a.c.Sender(who).Send(context.Background(), a.c.Oracle.ProposeResultTx(a.req, a.output(tr))); err != nil {
		a.t.Fatal(err)
	}
}

func (a *arena) challenge(who string) *big.Int {
	a.t.Helper()
	rcpt, err := a.c.Sender(who).Send(context.Background(), a.game.ChallengeTx(a.req, a.bond, ClaimOf(a.p, a.honest).Layout()))
	if err != nil {
		a.t.Fatal(err)
	}
	id, err := a.game.ParseGameStarted(rcpt)
	if err != nil {
		a.t.Fatal(err)
	}
	a.gas["challenge"] = append(a.gas["challenge"], rcpt.GasUsed)
	return id
}

func (a *arena) player(who string, tr *trace.Trace, defender bool) *Player {
	s := a.c.Sender(who)
	return &Player{Game: a.game, Oracle: a.c.Oracle, Logs: a.c.Client, Claim: ClaimOf(a.p, tr), Defender: defender,
		Input: func(context.Context, *big.Int) (uint64, []byte, error) { return a.nonce, a.input, nil },
		Send: func(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error) {
			rcpt, err := s.Send(ctx, c)
			if err == nil {
				a.gas[who] = append(a.gas[who], rcpt.GasUsed)
			}
			return rcpt, err
		}}
}

// play alternates the two players until the game resolves; it returns the rounds played. A
// challenger with nothing to dispute ends it early (its clock would run out).
func (a *arena) play(id *big.Int, def, ch *Player) (contracts.Game, int) {
	a.t.Helper()
	return a.run(id, def, ch, false)
}

// run plays the game; a side without a move ends it (stuck false: only a challenger with nothing
// to dispute, any other error fails the test) or stays silent until its clock runs out (stuck true).
func (a *arena) run(id *big.Int, def, ch *Player, stuck bool) (contracts.Game, int) {
	a.t.Helper()
	ctx := context.Background()
	moves := 0
	for k := 0; k < 60; k++ {
		g, err := a.game.CallGame(ctx, id)
		if err != nil {
			a.t.Fatal(err)
		}
		if g.Phase == contracts.PhaseResolved {
			return g, (moves + 1) / 2
		}
		pl := ch
		if g.Phase.ProposerMoves() {
			pl = def
		}
		if pl == nil {
			a.t.Fatalf("phase %d: that side is silent", g.Phase)
		}
		moved, err := pl.Move(ctx, id)
		if err == nil && !moved && pl == def && ch != nil {
			// A stale game: the defender leaves it, the challenger closes it.
			moved, err = ch.Move(ctx, id)
		}
		switch {
		case err != nil && stuck:
			a.t.Logf("phase %d: the side to move has none (%v); its clock runs out", g.Phase, err)
			if err := a.c.Advance((gameClock + 1) * time.Second); err != nil {
				a.t.Fatal(err)
			}
			if _, err := a.c.Sender(devchain.User2).Send(ctx, a.game.TimeoutTx(id)); err != nil {
				a.t.Fatal(err)
			}
		case errors.Is(err, ErrNothingToDispute):
			return g, (moves + 1) / 2
		case err != nil:
			a.t.Fatal(err)
		case moved:
			moves++
		}
	}
	a.t.Fatal("game did not end in 60 moves")
	return contracts.Game{}, 0
}

func (a *arena) status() contracts.RequestStatus {
	r, err := a.c.Oracle.CallRequest(context.Background(), a.req)
	if err != nil {
		a.t.Fatal(err)
	}
	return r.Status
}

func total(gs []uint64) (s uint64) {
	for _, g := range gs {
		s += g
	}
	return s
}

// TestDishonestProposerLoses: lies in the final output, in one intermediate step (consistent
// after it), and an internally inconsistent trace — the honest challenger wins each game, takes
// the bond, and the request reopens for the correct result, which finalizes with the right output.
func TestDishonestProposerLoses(t *testing.T) {
	cases := []struct {
		name       string
		step       int
		j          int64
		consistent bool
	}{
		{"lie in the final output", 10, 3, true},
		{"lie in one intermediate step (Relu), consistent after", 2, 4000, true},
		{"internally inconsistent trace (MaxPool)", 3, 700, false},
		{"lie in the first Conv", 0, 1234, true},
		{"lie in the second Conv (200-term reduction: accumulator bisection)", 4, 321, true},
		{"lie in the MatMul (256-term reduction: accumulator bisection)", 9, 4, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := newArena(t)
			ctx := context.Background()
			lie := a.lie(tc.step, tc.j, 1<<20, tc.consistent)
			a.propose(devchain.Operator, lie)
			before, _ := a.c.Oracle.CallOperator(ctx, a.c.Addr(devchain.Operator))
			id := a.challenge(devchain.Challenger)
			if _, err := a.c.Sender(devchain.Operator2).Send(ctx, a.c.Oracle.FinalizeTx(a.req)); err == nil {
				t.Fatal("finalized during a dispute")
			}
			g, rounds := a.play(id, a.player(devchain.Operator, lie, true), a.player(devchain.Challenger, a.honest, false))
			if g.ProposerWon {
				t.Fatal("the lying proposer won")
			}
			if int(g.Step) != tc.step {
				t.Fatalf("disputed step %d, the lie is at %d", g.Step, tc.step)
			}
			after, _ := a.c.Oracle.CallOperator(ctx, a.c.Addr(devchain.Operator))
			pbond, _ := a.c.Oracle.CallProposalBond(ctx)
			if new(big.Int).Sub(before.Bonded, after.Bonded).Cmp(pbond) != 0 {
				t.Fatalf("bond %s → %s: not slashed by exactly one proposal bond", before.Bonded, after.Bonded)
			}
			// The challenger gets its bond back and the reward: half the slashed bond (the rest
			// goes to the treasury, so a liar's own sock challenger cannot return it all).
			won := new(big.Int).Add(a.bond, new(big.Int).Div(pbond, big.NewInt(2)))
			if back, _ := a.game.CallBalance(ctx, a.c.Addr(devchain.Challenger)); back.Cmp(won) != 0 {
				t.Fatalf("challenger: %s in the game, want its bond and half the slashed bond (%s)", back, won)
			}
			if a.status() != contracts.StatusPending {
				t.Fatalf("request %s after the slash", a.status())
			}
			// The correct result is proposed by another operator and finalizes.
			a.propose(devchain.Operator2, a.honest)
			if err := a.c.Advance(601 * time.Second); err != nil {
				t.Fatal(err)
			}
			if _, err := a.c.Sender(devchain.Operator2).Send(ctx, a.c.Oracle.FinalizeTx(a.req)); err != nil {
				t.Fatal(err)
			}
			res, err := a.c.Oracle.CallResult(ctx, a.req)
			if err != nil || string(res) != string(a.output(a.honest)) {
				t.Fatalf("final result differs from the engine's: %v", err)
			}
			t.Logf("%s: challenger won at step %d in %d rounds; gas proposer %d (%d moves), challenger %d (%d moves, one-step %d), challenge tx %d",
				tc.name, g.Step, rounds, total(a.gas[devchain.Operator]), len(a.gas[devchain.Operator]),
				total(a.gas[devchain.Challenger]), len(a.gas[devchain.Challenger]), a.gas[devchain.Challenger][len(a.gas[devchain.Challenger])-1],
				total(a.gas["challenge"]))
		})
	}
}

// TestWrongInitialStateLoses: a proposer that ran another input, or other weights, computes
// consistently from a wrong s_0; the challenger has the contract build s_0 and wins.
func TestWrongInitialStateLoses(t *testing.T) {
	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		trace func(a *arena) *trace.Trace
	}{
		{"another input", func(a *arena) *trace.Trace {
			in, _ := inference.DecodeInput(a.p, digits[784:1568])
			tr, _ := trace.New(a.p, in)
			return tr
		}},
		{"other weights", func(a *arena) *trace.Trace {
			vals := make([][]int64, len(a.honest.Values))
			for i, v := range a.honest.Values {
				vals[i] = slices.Clone(v)
			}
			for k, v := range a.p.Values {
				if v.Const != nil && len(v.Const) > 100 {
					vals[k][7] += 1 << 16
					break
				}
			}
			if err := inference.Continue(a.p, vals, 0); err != nil {
				t.Fatal(err)
			}
			return trace.CommitValues(a.p, vals)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newArena(t)
			lie := tc.trace(a)
			a.propose(devchain.Operator, lie)
			id := a.challenge(devchain.Challenger)
			g, rounds := a.play(id, a.player(devchain.Operator, lie, true), a.player(devchain.Challenger, a.honest, false))
			if g.ProposerWon || g.Phase != contracts.PhaseResolved {
				t.Fatalf("proposer won %v (phase %d)", g.ProposerWon, g.Phase)
			}
			t.Logf("%s: s_0 disputed and won in %d rounds; challenger gas %d", tc.name, rounds, total(a.gas[devchain.Challenger]))
		})
	}
	t.Run("honest s_0 disputed", func(t *testing.T) {
		a := newArena(t)
		a.propose(devchain.Operator, a.honest)
		id := a.challenge(devchain.Challenger)
		if _, err := a.player(devchain.Operator, a.honest, true).Move(context.Background(), id); err != nil {
			t.Fatal(err)
		}
		tp := NewTraceProvider(a.p, a.honest)
		st := a.honest.States
		rcpt, err := a.c.Sender(devchain.Challenger).Send(context.Background(),
			a.game.DisputeInitialStateTx(id, st[0], merkle.Proof(st, 0), tp.Layout(), tp.Consts(), a.nonce, a.input))
		if err != nil {
			t.Fatal(err)
		}
		if won, reason, _ := a.game.ParseResolved(rcpt); !won {
			t.Fatalf("an honest s_0 lost: %q", reason)
		}
	})
}

// TestTableStepDisputes: the sigmoid MLP (Table steps): a lie at a lookup loses; an honest
// lookup wrongly disputed holds.
func TestTableStepDisputes(t *testing.T) {
	input := inference.EncodeOutput([][]int64{{1 << 23, 1 << 22}}) // (0.5, 0.25)
	a := newArenaFor(t, "velardo-sum-mlp-sigmoid", input)
	tables := 0
	for i, s := range a.p.Steps {
		if s.Op == inference.OpTable {
			tables++
			a2 := newArenaFor(t, "velardo-sum-mlp-sigmoid", input)
			lie := a2.lie(i, 0, 1<<10, true)
			a2.propose(devchain.Operator, lie)
			id := a2.challenge(devchain.Challenger)
			g, rounds := a2.play(id, a2.player(devchain.Operator, lie, true), a2.player(devchain.Challenger, a2.honest, false))
			if g.ProposerWon || int(g.Step) != i {
				t.Fatalf("lie at Table step %d: proposer won %v at step %d", i, g.ProposerWon, g.Step)
			}
			t.Logf("lie at Table step %d: challenger won in %d rounds (one-step gas %d)", i, rounds, a2.gas[devchain.Challenger][len(a2.gas[devchain.Challenger])-1])
		}
	}
	if tables == 0 {
		t.Fatal("the model has no Table step")
	}
	// Honest proposal, challenger with a wrong sigmoid output.
	a.propose(devchain.Operator, a.honest)
	id := a.challenge(devchain.Challenger)
	var last int
	for i, s := range a.p.Steps {
		if s.Op == inference.OpTable {
			last = i
		}
	}
	g, _ := a.play(id, a.player(devchain.Operator, a.honest, true), a.player(devchain.Challenger, a.lie(last, 0, -77, true), false))
	if !g.ProposerWon {
		t.Fatal("an honest Table step lost")
	}
}

// TestBurnMnistCNNDisputes: burn-mnist-cnn (../shared/data, not shipped: skipped when absent), 20
// steps with Conv, Reduce, Log and Table: lies at representative steps lose; rounds and gas logged.
func TestBurnMnistCNNDisputes(t *testing.T) {
	path, _ := filepath.Abs(filepath.Join("..", "..", "shared", "data", "models", "burn-mnist-cnn", "model.onnx"))
	if _, err := os.Stat(path); err != nil {
		t.Skip("burn-mnist-cnn not available:", err)
	}
	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	probe := newArenaFor(t, path, digits[:784])
	if err := CheckDisputable(probe.p); err != nil {
		t.Fatal(err)
	}
	picked := map[inference.OpCode]bool{}
	for i, s := range probe.p.Steps {
		if picked[s.Op] && i != len(probe.p.Steps)-1 {
			continue
		}
		picked[s.Op] = true
		a := newArenaFor(t, path, digits[:784])
		j := a.p.Values[s.Out].Len() / 2
		lie := a.lie(i, j, 1<<20, true)
		a.propose(devchain.Operator, lie)
		id := a.challenge(devchain.Challenger)
		g, rounds := a.play(id, a.player(devchain.Operator, lie, true), a.player(devchain.Challenger, a.honest, false))
		if g.ProposerWon || g.Phase != contracts.PhaseResolved {
			t.Fatalf("lie at step %d (%s): proposer won %v, phase %d", i, s.Op, g.ProposerWon, g.Phase)
		}
		ch := a.gas[devchain.Challenger]
		t.Logf("burn step %2d %-7s: challenger won at step %d in %d rounds; gas proposer %d, challenger %d, last move %d",
			i, s.Op, g.Step, rounds, total(a.gas[devchain.Operator]), total(ch), ch[len(ch)-1])
	}
}

// TestWrongOutputBytesLose: an honest trace with output bytes that are not its outputs.
func TestWrongOutputBytesLose(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func([]byte) []byte
	}{
		{"one logit changed", func(b []byte) []byte { b[5] ^= 1; return b }},
		{"output too short", func(b []byte) []byte { return b[:72] }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newArena(t)
			ctx := context.Background()
			out := tc.mutate(a.output(a.honest))
			if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.ProposeResultTx(a.req, out)); err != nil {
				t.Fatal(err)
			}
			id := a.challenge(devchain.Challenger)
			g, rounds := a.play(id, a.player(devchain.Operator, a.honest, true), a.player(devchain.Challenger, a.honest, false))
			if g.ProposerWon || g.Phase != contracts.PhaseResolved {
				t.Fatalf("proposer won %v (phase %d)", g.ProposerWon, g.Phase)
			}
			if a.status() != contracts.StatusPending {
				t.Fatalf("request %s", a.status())
			}
			t.Logf("%s: caught in %d rounds", tc.name, rounds)
		})
	}
}

// An honest proposal: an output dispute on it loses.
func TestOutputDisputeOnHonestProposalLoses(t *testing.T) {
	a := newArena(t)
	a.propose(devchain.Operator, a.honest)
	id := a.challenge(devchain.Challenger)
	ch := a.player(devchain.Challenger, a.honest, false)
	// The proposer reveals its states; the challenger forces an output dispute (an honest one would
	// find nothing to dispute).
	if moved, err := a.player(devchain.Operator, a.honest, true).Move(context.Background(), id); err != nil || !moved {
		t.Fatalf("reveal: %v", err)
	}
	if _, err := ch.Move(context.Background(), id); !errors.Is(err, ErrNothingToDispute) {
		t.Fatalf("an honest challenger found something to dispute: %v", err)
	}
	tp := ch.Claim.Item(0)
	theirs := a.honest.States
	n := len(theirs) - 1
	rcpt, err := a.c.Sender(devchain.Challenger).Send(context.Background(), a.game.DisputeOutputTx(id, theirs[n], merkle.Proof(theirs, n), tp.Layout(), tp.OutputOpenings()))
	if err != nil {
		t.Fatal(err)
	}
	if won, reason, ok := a.game.ParseResolved(rcpt); !ok || !won {
		t.Fatalf("output dispute on an honest proposal: won %v %q", won, reason)
	}
}

// TestDishonestChallengerLosesOnAWideStep: the wrong challenger disputes the MatMul; the honest
// proposer's accumulators hold and the challenger's segment proof confirms them.
func TestDishonestChallengerLosesOnAWideStep(t *testing.T) {
	a := newArena(t)
	a.propose(devchain.Operator, a.honest)
	id := a.challenge(devchain.Challenger)
	wrong := a.lie(9, 2, 1<<22, true)
	g, rounds := a.play(id, a.player(devchain.Operator, a.honest, true), a.player(devchain.Challenger, wrong, false))
	if g.Phase != contracts.PhaseAccumPick || g.Step != 9 {
		t.Fatalf("phase %d at step %d: the wrong challenger should be left without a move in the MatMul's accumulation", g.Phase, g.Step)
	}
	// Every accumulator the honest proposer posted agrees with the challenger's own pre-state, so it
	// has nothing to prove; its clock runs out and it loses.
	if err := a.c.Advance((gameClock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	rcpt, err := a.c.Sender(devchain.Operator).Send(context.Background(), a.game.TimeoutTx(id))
	if err != nil {
		t.Fatal(err)
	}
	if won, _, ok := a.game.ParseResolved(rcpt); !ok || !won {
		t.Fatal("the honest proposer did not win")
	}
	t.Logf("wrong challenger on the MatMul: no move left after %d rounds, lost on time", rounds)
}

// TestDishonestChallengerLoses: an honest proposal challenged by a challenger with a wrong trace —
// the challenger loses its bond to the proposer and the proposal finalizes.
func TestDishonestChallengerLoses(t *testing.T) {
	a := newArena(t)
	ctx := context.Background()
	a.propose(devchain.Operator, a.honest)
	id := a.challenge(devchain.Challenger)
	wrong := a.lie(6, 99, -5, true)
	g, rounds := a.play(id, a.player(devchain.Operator, a.honest, true), a.player(devchain.Challenger, wrong, false))
	if !g.ProposerWon {
		t.Fatal("the honest proposer lost")
	}
	won, _ := a.game.CallBalance(ctx, a.c.Addr(devchain.Operator))
	if won.Cmp(a.bond) != 0 {
		t.Fatalf("proposer won %s, want the challenger's bond %s", won, a.bond)
	}
	if err := a.c.Advance(601 * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.FinalizeTx(a.req)); err != nil {
		t.Fatalf("finalize after the won dispute: %v", err)
	}
	t.Logf("honest proposer won in %d rounds", rounds)
}

// TestSilentProposerLosesOnTime: the proposer never answers; after its clock, anyone ends the game.
func TestSilentProposerLosesOnTime(t *testing.T) {
	a := newArena(t)
	ctx := context.Background()
	lie := a.lie(10, 0, 7, true)
	a.propose(devchain.Operator, lie)
	id := a.challenge(devchain.Challenger)
	if _, err := a.c.Sender(devchain.User2).Send(ctx, a.game.TimeoutTx(id)); !contracts.IsRevert(err, "ClockRunning") {
		t.Fatalf("timeout before the clock ran out: %v", err)
	}
	if err := a.c.Advance((gameClock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	rcpt, err := a.c.Sender(devchain.User2).Send(ctx, a.game.TimeoutTx(id))
	if err != nil {
		t.Fatal(err)
	}
	if won, reason, ok := a.game.ParseResolved(rcpt); !ok || won || reason != "timeout" {
		t.Fatalf("resolution %v %q", won, reason)
	}
	if a.status() != contracts.StatusPending {
		t.Fatalf("request %s after the timeout", a.status())
	}
}

// TestProposerSilentMidGameLosesOnTime: the liar answers the first moves, then stops; its clock
// runs out and it loses.
func TestProposerSilentMidGameLosesOnTime(t *testing.T) {
	a := newArena(t)
	ctx := context.Background()
	lie := a.lie(2, 40, 99, true)
	a.propose(devchain.Operator, lie)
	id := a.challenge(devchain.Challenger)
	def, ch := a.player(devchain.Operator, lie, true), a.player(devchain.Challenger, a.honest, false)
	for _, pl := range []*Player{def, ch, def, ch} { // states, step pick, slots, first child pick
		if _, err := pl.Move(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	g, _ := a.game.CallGame(ctx, id)
	if g.Phase != contracts.PhaseNodes && g.Phase != contracts.PhaseOneStep {
		t.Fatalf("phase %d after four moves", g.Phase)
	}
	if err := a.c.Advance((gameClock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	if g.Phase == contracts.PhaseOneStep {
		t.Skip("the descent ended on the challenger's side; nothing for the proposer to miss")
	}
	rcpt, err := a.c.Sender(devchain.User2).Send(ctx, a.game.TimeoutTx(id))
	if err != nil {
		t.Fatal(err)
	}
	if won, reason, _ := a.game.ParseResolved(rcpt); won || reason != "timeout" {
		t.Fatalf("resolution %v %q", won, reason)
	}
	if a.status() != contracts.StatusPending {
		t.Fatalf("request %s", a.status())
	}
}

// TestTwoChallengersOneProposal: the first game to end slashes the proposal; the other game is then
// stale and closes with its challenger's bond back and an equal share of the reward.
func TestTwoChallengersOneProposal(t *testing.T) {
	a := newArena(t)
	ctx := context.Background()
	lie := a.lie(2, 10, 3, true)
	a.propose(devchain.Operator, lie)
	id1 := a.challenge(devchain.Challenger)
	id2 := a.challenge(devchain.User2)
	def := a.player(devchain.Operator, lie, true)
	if g, _ := a.play(id1, def, a.player(devchain.Challenger, a.honest, false)); g.ProposerWon {
		t.Fatal("first game: the liar won")
	}
	if g, _ := a.play(id2, def, a.player(devchain.User2, a.honest, false)); g.ProposerWon {
		t.Fatal("second game: the liar won")
	}
	pbond, _ := a.c.Oracle.CallProposalBond(ctx)
	share := new(big.Int).Div(pbond, big.NewInt(4)) // half the bond, shared by two games
	b1, _ := a.game.CallBalance(ctx, a.c.Addr(devchain.Challenger))
	b2, _ := a.game.CallBalance(ctx, a.c.Addr(devchain.User2))
	want := new(big.Int).Add(a.bond, share)
	if b1.Cmp(want) != 0 || b2.Cmp(want) != 0 {
		t.Fatalf("first challenger %s, second %s; want each its bond and a quarter of the slashed bond (%s)", b1, b2, want)
	}
}

// toyProgram is a program built by hand, no ONNX: x[1,8] → Add(c) → Relu → MatMul(W[8,4]) →
// Mul(x, x) — the solver's test bed, as op-challenger's alphabet provider is for its bisection.
func toyProgram() *inference.Program {
	c := []int64{5 << 20, -3 << 20, 1 << 22, 0, -1 << 23, 7 << 19, 2 << 21, -6 << 20}
	w := make([]int64, 32)
	for i := range w {
		w[i] = int64((i*37)%17-8) << 20
	}
	return &inference.Program{
		Values: []inference.Value{
			{Name: "x", Shape: []int64{1, 8}, Scale: 24},
			{Name: "c", Shape: []int64{1, 8}, Scale: 24, Const: c},
			{Name: "a", Shape: []int64{1, 8}, Scale: 24},
			{Name: "r", Shape: []int64{1, 8}, Scale: 24},
			{Name: "w", Shape: []int64{8, 4}, Scale: 24, Const: w},
			{Name: "m", Shape: []int64{1, 4}, Scale: 24},
			{Name: "y", Shape: []int64{1, 4}, Scale: 24},
		},
		Inputs:  []int32{0},
		Outputs: []int32{6},
		Steps: []inference.Step{
			{Op: inference.OpAdd, In: []int32{0, 1}, Out: 2, Node: "add"},
			{Op: inference.OpRelu, In: []int32{2}, Out: 3, Node: "relu"},
			{Op: inference.OpMatMul, In: []int32{3, 4}, Out: 5, Node: "matmul"},
			{Op: inference.OpMul, In: []int32{5, 5}, Out: 6, Node: "square"},
		},
	}
}

// TestToyProgramGames: the whole game on a hand-built program (no ONNX): a lie at each step loses to
// the honest trace, at that step.
func TestToyProgramGames(t *testing.T) {
	p := toyProgram()
	art := artifactOf(p, "toy")
	input := make([]byte, 8)
	for i := range input {
		input[i] = byte(40 * i)
	}
	for step := range p.Steps {
		a := newArenaWith(t, art, "file:///toy", input)
		lie := a.lie(step, 1, 3<<20, true)
		a.propose(devchain.Operator, lie)
		id := a.challenge(devchain.Challenger)
		g, rounds := a.play(id, a.player(devchain.Operator, lie, true), a.player(devchain.Challenger, a.honest, false))
		if g.ProposerWon || int(g.Step) != step {
			t.Fatalf("lie at step %d: proposer won %v at step %d", step, g.ProposerWon, g.Step)
		}
		t.Logf("toy: lie at step %d (%s) lost in %d rounds", step, p.Steps[step].Op, rounds)
	}
}

// TestInvalidInputClaims: an "invalid input" error claim on a valid input loses (the contract decodes
// the input itself); a true one, wrongly disputed, holds.
func TestInvalidInputClaims(t *testing.T) {
	a := newArena(t)
	ctx := context.Background()
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.ProposeErrorTx(a.req, 1)); err != nil {
		t.Fatal(err)
	}
	id := a.challenge(devchain.Challenger)
	g, rounds := a.play(id, a.player(devchain.Operator, a.honest, true), a.player(devchain.Challenger, a.honest, false))
	if g.ProposerWon || a.status() != contracts.StatusPending {
		t.Fatalf("false invalid-input claim: proposer won %v, request %s", g.ProposerWon, a.status())
	}
	t.Logf("false invalid-input claim lost in %d round(s)", rounds)

	// A request whose input really is invalid (10 bytes for mnist-8).
	r, _ := a.c.Oracle.CallRequest(ctx, a.req)
	fee, _ := a.c.Oracle.CallEstimateFee(ctx, r.ModelID, 0)
	bad := make([]byte, 10)
	rcpt, err := a.c.Sender(devchain.User).Send(ctx, a.c.Oracle.RequestTx(contracts.NewRequest{ModelID: r.ModelID, Input: bad}, fee))
	if err != nil {
		t.Fatal(err)
	}
	ev := a.c.Oracle.ParseInferenceRequested(rcpt)[0]
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.ProposeErrorTx(ev.RequestID, 1)); err != nil {
		t.Fatal(err)
	}
	rcpt, err = a.c.Sender(devchain.Challenger).Send(ctx, a.game.ChallengeTx(ev.RequestID, a.bond, ClaimOf(a.p, a.honest).Layout()))
	if err != nil {
		t.Fatal(err)
	}
	id, _ = a.game.ParseGameStarted(rcpt)
	rcpt, err = a.c.Sender(devchain.Challenger).Send(ctx, a.game.DisputeInvalidInputClaimTx(id, NewTraceProvider(a.p, a.honest).Layout(), ev.Nonce.Uint64(), bad))
	if err != nil {
		t.Fatal(err)
	}
	if won, reason, _ := a.game.ParseResolved(rcpt); !won {
		t.Fatalf("a true invalid-input claim lost: %q", reason)
	}
	// Only a proposal can be challenged.
	if _, err := a.c.Sender(devchain.User2).Send(ctx, a.game.ChallengeTx(a.req, a.bond, ClaimOf(a.p, a.honest).Layout())); err == nil {
		t.Fatal("challenged a pending request")
	}
}

// A proposal carries no trace: the proposer's first reveal in a game is its commitment. A reveal
// of the wrong size commits nothing; the first one fixes the game's trace root, which binds every
// later move; and a lie loses whatever the liar commits to (here the honest trace behind wrong
// output bytes).
func TestFirstRevealCommits(t *testing.T) {
	a := newArena(t)
	ctx := context.Background()
	out := a.output(a.honest)
	out[5] ^= 1
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.ProposeResultTx(a.req, out)); err != nil {
		t.Fatal(err)
	}
	id := a.challenge(devchain.Challenger)
	g, _ := a.game.CallGame(ctx, id)
	if g.TraceRoot != (common.Hash{}) || g.Phase != contracts.PhaseStates {
		t.Fatalf("game opened with trace root %s, phase %d", g.TraceRoot, g.Phase)
	}
	bits := min(int(g.Height), 6)
	roots := make([]common.Hash, 1<<bits)
	for k := range roots {
		roots[k] = a.honest.StateNode(int(g.Height)-bits, uint64(k))
	}
	def := a.c.Sender(devchain.Operator)
	if _, err := def.Send(ctx, a.game.RevealStatesTx(id, roots[:len(roots)-1])); !contracts.IsRevert(err, "BadIndex") {
		t.Fatalf("a reveal of the wrong size: %v", err)
	}
	if _, err := a.c.Sender(devchain.Challenger).Send(ctx, a.game.RevealStatesTx(id, roots)); !contracts.IsRevert(err, "NotYourMove") {
		t.Fatalf("the challenger committed for the proposer: %v", err)
	}
	if _, err := def.Send(ctx, a.game.RevealStatesTx(id, roots)); err != nil {
		t.Fatal(err)
	}
	if g, _ = a.game.CallGame(ctx, id); g.TraceRoot != a.honest.Root || g.Phase != contracts.PhaseStepPick {
		t.Fatalf("after the first reveal: trace root %s (want %s), phase %d", g.TraceRoot, a.honest.Root, g.Phase)
	}
	if _, err := def.Send(ctx, a.game.RevealStatesTx(id, roots)); !contracts.IsRevert(err, "WrongPhase") {
		t.Fatalf("a second commitment: %v", err)
	}
	g, _ = a.play(id, a.player(devchain.Operator, a.honest, true), a.player(devchain.Challenger, a.honest, false))
	if g.ProposerWon || a.status() != contracts.StatusPending {
		t.Fatalf("wrong output bytes behind the honest trace: proposer won %v, request %d", g.ProposerWon, a.status())
	}
}
