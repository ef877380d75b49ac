package fraudproof

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

// claimPlayer plays from any claim (batches, error claims).
func (a *arena) claimPlayer(who string, c *Claim, defender bool) *Player {
	pl := a.player(who, a.honest, defender)
	pl.Claim = c
	return pl
}

// settle plays until the game ends; a side that has no move (an error, or nothing to dispute)
// stays silent and loses on time, as it would on a real chain.
func (a *arena) settle(id *big.Int, def, ch *Player) (contracts.Game, int) {
	a.t.Helper()
	return a.run(id, def, ch, true)
}

func (a *arena) proposeError(who string, code uint16) {
	a.t.Helper()
	if _, err := a.c.Sender(who).Send(context.Background(), a.c.Oracle.ProposeErrorTx(a.req, code)); err != nil {
		a.t.Fatal(err)
	}
}

// artifactOf registers a hand-built program (no ONNX file) under the commitment of its stand-in
// file, which the arena publishes.
func artifactOf(p *inference.Program, name string) *modelregistry.Artifact {
	h, err := modelregistry.ContentHash(bytes.NewReader(handBuiltFile(p)))
	if err != nil {
		panic(fmt.Sprintf("%s: %v", name, err))
	}
	return &modelregistry.Artifact{OnnxHash: h, ProgramHash: p.Hash(), LayoutRoot: p.Layout().Root(), Program: p}
}

// handBuiltFile stands in for the model file of a hand-built program: its program hash's bytes.
func handBuiltFile(p *inference.Program) []byte {
	h := p.Hash()
	return h[:]
}

// chainProgram is a hand-built program of n steps (Add a constant, then Relu, alternating) over
// x[1,8]: a trace of n+1 states, more than one reveal holds when n ≥ 64.
func chainProgram(n int) *inference.Program {
	c := []int64{5 << 20, -3 << 20, 1 << 22, 0, -1 << 23, 7 << 19, 2 << 21, -6 << 20}
	p := &inference.Program{
		Values: []inference.Value{{Name: "x", Shape: []int64{1, 8}, Scale: 24}, {Name: "c", Shape: []int64{1, 8}, Scale: 24, Const: c}},
		Inputs: []int32{0},
	}
	prev := int32(0)
	for i := 0; i < n; i++ {
		out := int32(len(p.Values))
		p.Values = append(p.Values, inference.Value{Name: "v", Shape: []int64{1, 8}, Scale: 24})
		if i%2 == 0 {
			p.Steps = append(p.Steps, inference.Step{Op: inference.OpAdd, In: []int32{prev, 1}, Out: out, Node: "add"})
		} else {
			p.Steps = append(p.Steps, inference.Step{Op: inference.OpRelu, In: []int32{prev}, Out: out, Node: "relu"})
		}
		prev = out
	}
	p.Outputs = []int32{prev}
	return p
}

// TestLongTraceGames: a 150-step program (151 states: the trace tree is revealed 64 nodes at a
// time over two levels). A lie at the first, a middle and the last step, in s_0 and in the
// output bytes loses to the honest challenger at that point; an honest proposer beats a wrong
// challenger.
func TestLongTraceGames(t *testing.T) {
	p := chainProgram(150)
	art := artifactOf(p, "chain150")
	input := make([]byte, 8)
	for i := range input {
		input[i] = byte(30 * i)
	}
	if err := CheckDisputable(p); err != nil {
		t.Fatal(err)
	}
	for _, step := range []int{0, 64, 149} {
		a := newArenaWith(t, art, "file:///chain", input)
		lie := a.lie(step, 3, 5<<20, true)
		a.propose(devchain.Operator, lie)
		id := a.challenge(devchain.Challenger)
		g, rounds := a.play(id, a.player(devchain.Operator, lie, true), a.player(devchain.Challenger, a.honest, false))
		if g.ProposerWon || int(g.Step) != step {
			t.Fatalf("lie at step %d: proposer won %v at step %d", step, g.ProposerWon, g.Step)
		}
		t.Logf("151 states: lie at step %d lost in %d rounds; challenger gas %d, proposer gas %d; the challenge %d", step, rounds,
			total(a.gas[devchain.Challenger]), total(a.gas[devchain.Operator]), total(a.gas["challenge"]))
	}
	t.Run("wrong s_0", func(t *testing.T) {
		a := newArenaWith(t, art, "file:///chain", input)
		vals := slices.Clone(a.honest.Values)
		vals[0] = slices.Clone(vals[0])
		vals[0][2]++
		if err := inference.Continue(p, vals, 0); err != nil {
			t.Fatal(err)
		}
		lie := trace.CommitValues(p, vals)
		a.propose(devchain.Operator, lie)
		id := a.challenge(devchain.Challenger)
		if g, _ := a.play(id, a.player(devchain.Operator, lie, true), a.player(devchain.Challenger, a.honest, false)); g.ProposerWon {
			t.Fatal("a wrong s_0 won")
		}
	})
	t.Run("honest proposer, wrong challenger", func(t *testing.T) {
		a := newArenaWith(t, art, "file:///chain", input)
		a.propose(devchain.Operator, a.honest)
		id := a.challenge(devchain.Challenger)
		g, _ := a.settle(id, a.player(devchain.Operator, a.honest, true), a.player(devchain.Challenger, a.lie(100, 0, 1<<20, true), false))
		if !g.ProposerWon {
			t.Fatal("the honest proposer lost")
		}
	})
	t.Run("output bytes", func(t *testing.T) {
		a := newArenaWith(t, art, "file:///chain", input)
		out := a.output(a.honest)
		out[3] ^= 1
		if _, err := a.c.Sender(devchain.Operator).Send(context.Background(), a.c.Oracle.ProposeResultTx(a.req, out)); err != nil {
			t.Fatal(err)
		}
		id := a.challenge(devchain.Challenger)
		if g, _ := a.play(id, a.player(devchain.Operator, a.honest, true), a.player(devchain.Challenger, a.honest, false)); g.ProposerWon {
			t.Fatal("wrong output bytes won")
		}
	})
}

// doublingProgram doubles x[1,4] (scale 24) n times: an input near 1.0 overflows int64 near step
// 38, a zero input never does — the test bed for execution-error claims.
func doublingProgram(n int) *inference.Program {
	p := &inference.Program{Values: []inference.Value{{Name: "x", Shape: []int64{1, 4}, Scale: 24}}, Inputs: []int32{0}}
	for i := 0; i < n; i++ {
		out := int32(len(p.Values))
		p.Values = append(p.Values, inference.Value{Name: "v", Shape: []int64{1, 4}, Scale: 24})
		p.Steps = append(p.Steps, inference.Step{Op: inference.OpAdd, In: []int32{out - 1, out - 1}, Out: out, Node: "double"})
	}
	p.Outputs = []int32{int32(n)}
	return p
}

// wrapped runs the doubling program with wrapping arithmetic from step `from` on: the values a
// liar posts past the true overflow.
func wrapped(vals [][]int64, from, n int) [][]int64 {
	vals = slices.Clone(vals)
	for i := from; i < n; i++ {
		prev := vals[i]
		next := make([]int64, len(prev))
		for k, v := range prev {
			next[k] = v + v
		}
		vals[i+1] = next
	}
	return vals
}

// TestExecutionErrorClaims: code-2 claims are disputed over the trace up to the failing step.
func TestExecutionErrorClaims(t *testing.T) {
	const n = 60
	p := doublingProgram(n)
	art := artifactOf(p, "doubling")
	big, zero := []byte{255, 255, 255, 255}, make([]byte, 4)
	claim := func(input []byte) *Claim {
		c, err := NewClaim(p, input, 1)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	fails := claim(big).Item(0).T
	if fails.Failure == nil {
		t.Fatal("the big input does not overflow")
	}
	k := fails.Failure.Step
	t.Logf("the big input overflows at step %d", k)

	t.Run("true claim, wrong challenger", func(t *testing.T) {
		a := newArenaWith(t, art, "file:///doubling", big)
		a.proposeError(devchain.Operator, CodeExecution)
		id := a.challenge(devchain.Challenger)
		liar := ClaimOf(p, trace.CommitValues(p, wrapped(fails.Values, k, n)))
		g, rounds := a.settle(id, a.claimPlayer(devchain.Operator, claim(big), true), a.claimPlayer(devchain.Challenger, liar, false))
		if !g.ProposerWon {
			t.Fatal("a true execution-error claim lost")
		}
		t.Logf("true claim held in %d rounds; gas proposer %d, challenger %d", rounds, total(a.gas[devchain.Operator]), total(a.gas[devchain.Challenger]))
	})
	cases := []struct {
		name  string
		input []byte
		trace func(a *arena) *trace.Trace
	}{
		{"claimed on an input that runs", zero, func(a *arena) *trace.Trace {
			return trace.CommitFailure(p, a.honest.Values, 20)
		}},
		{"claimed too early", big, func(*arena) *trace.Trace {
			return trace.CommitFailure(p, wrapped(fails.Values, k, n), k-5)
		}},
		{"claimed too late", big, func(*arena) *trace.Trace {
			return trace.CommitFailure(p, wrapped(fails.Values, k, n), k+5)
		}},
		{"claimed over a complete trace", zero, func(a *arena) *trace.Trace { return a.honest }},
		{"a wrong state before the failure", big, func(*arena) *trace.Trace {
			vals := slices.Clone(fails.Values)
			vals[10] = slices.Clone(vals[10])
			vals[10][1]++
			return trace.CommitFailure(p, vals, k)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := newArenaWith(t, art, "file:///doubling", tc.input)
			lie := tc.trace(a)
			a.proposeError(devchain.Operator, CodeExecution)
			id := a.challenge(devchain.Challenger)
			g, rounds := a.settle(id, a.claimPlayer(devchain.Operator, ClaimOf(p, lie), true), a.claimPlayer(devchain.Challenger, claim(tc.input), false))
			if g.ProposerWon || a.status() != contracts.StatusPending {
				t.Fatalf("a false execution-error claim won (request %s)", a.status())
			}
			t.Logf("lost in %d rounds; gas proposer %d, challenger %d", rounds, total(a.gas[devchain.Operator]), total(a.gas[devchain.Challenger]))
		})
	}
	t.Run("a result where the run fails", func(t *testing.T) {
		a := newArenaWith(t, art, "file:///doubling", big)
		lie := trace.CommitValues(p, wrapped(fails.Values, k, n))
		a.propose(devchain.Operator, lie)
		id := a.challenge(devchain.Challenger)
		if g, _ := a.settle(id, a.player(devchain.Operator, lie, true), a.claimPlayer(devchain.Challenger, claim(big), false)); g.ProposerWon {
			t.Fatal("a result for a failing run won")
		}
	})
}

// TestBatchGames: a batch of three mnist-8 inputs. A lie in one item, or in one item's output
// bytes, loses at that item; an honest batch beats a wrong challenger.
func TestBatchGames(t *testing.T) {
	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	items := [][]byte{digits[:784], digits[784:1568], digits[1568:2352]}
	a := newArena(t)
	ctx := context.Background()
	r, _ := a.c.Oracle.CallRequest(ctx, a.req)
	request := func() {
		fee, _ := a.c.Oracle.CallEstimateBatchFee(ctx, r.ModelID, 3, 0)
		rcpt, err := a.c.Sender(devchain.User).Send(ctx, a.c.Oracle.RequestTx(contracts.NewRequest{ModelID: r.ModelID, Inputs: items}, fee))
		if err != nil {
			t.Fatal(err)
		}
		ev := a.c.Oracle.ParseInferenceRequested(rcpt)[0]
		a.req, a.nonce, a.input = ev.RequestID, ev.Nonce.Uint64(), ev.Input
	}
	honest, err := NewClaim(a.p, mustPack(t, items), 3)
	if err != nil || honest.Code() != 0 {
		t.Fatal(err, honest.Reason())
	}
	// The liar's item 1 is wrong at step 5 (consistent after).
	liar, _ := NewClaim(a.p, mustPack(t, items), 3)
	tr := liar.Items[1].T
	vals := slices.Clone(tr.Values)
	out := a.p.Steps[5].Out
	vals[out] = slices.Clone(vals[out])
	vals[out][7] += 1 << 10
	if err := inference.Continue(a.p, vals, 6); err != nil {
		t.Fatal(err)
	}
	liar.Items[1] = NewTraceProvider(a.p, trace.CommitValues(a.p, vals))
	proposeClaim := func(c *Claim) {
		o, err := c.Output()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.ProposeResultTx(a.req, o)); err != nil {
			t.Fatal(err)
		}
	}

	request()
	proposeClaim(liar)
	id := a.challenge(devchain.Challenger)
	g, rounds := a.play(id, a.claimPlayer(devchain.Operator, liar, true), a.claimPlayer(devchain.Challenger, honest, false))
	if g.ProposerWon || g.BatchIndex != 1 || g.Step != 5 {
		t.Fatalf("batch lie: proposer won %v at item %d step %d", g.ProposerWon, g.BatchIndex, g.Step)
	}
	t.Logf("batch: lie in item 1 lost in %d rounds; gas proposer %d, challenger %d", rounds, total(a.gas[devchain.Operator]), total(a.gas[devchain.Challenger]))

	// The truth, then a wrong challenger against it.
	proposeClaim(honest)
	id = a.challenge(devchain.User2)
	if g, _ := a.settle(id, a.claimPlayer(devchain.Operator, honest, true), a.claimPlayer(devchain.User2, liar, false)); !g.ProposerWon {
		t.Fatal("the honest batch lost")
	}

	// Right traces, wrong output bytes for item 2.
	request()
	outs := make([][]byte, 3)
	for i, it := range honest.Items {
		outs[i] = it.Output()
	}
	outs[2] = slices.Clone(outs[2])
	outs[2][0] ^= 1
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.ProposeResultTx(a.req, mustPack(t, outs))); err != nil {
		t.Fatal(err)
	}
	id = a.challenge(devchain.Challenger)
	if g, _ := a.play(id, a.claimPlayer(devchain.Operator, honest, true), a.claimPlayer(devchain.Challenger, honest, false)); g.ProposerWon || g.BatchIndex != 2 {
		t.Fatalf("wrong batch output bytes: proposer won %v at item %d", g.ProposerWon, g.BatchIndex)
	}
}

func mustPack(t *testing.T, items [][]byte) []byte {
	t.Helper()
	b, err := abi.Arguments{{Type: bytesArray}}.Pack(items)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWideExecutionErrorClaims: a 64-term MatMul whose sums leave int64 for a large input: the
// failure is proved through the accumulator bisection (the full accumulator gives no element).
func TestWideExecutionErrorClaims(t *testing.T) {
	w := make([]int64, 128)
	for i := range w {
		w[i] = int64(1) << 60
	}
	p := &inference.Program{
		Values: []inference.Value{
			{Name: "x", Shape: []int64{1, 64}, Scale: 24},
			{Name: "w", Shape: []int64{64, 2}, Scale: 24, Const: w},
			{Name: "y", Shape: []int64{1, 2}, Scale: 24},
		},
		Inputs: []int32{0}, Outputs: []int32{2},
		Steps: []inference.Step{{Op: inference.OpMatMul, In: []int32{0, 1}, Out: 2, Node: "matmul"}},
	}
	art := artifactOf(p, "wide")
	big, zero := make([]byte, 64), make([]byte, 64)
	for i := range big {
		big[i] = 255
	}
	claim := func(input []byte) *Claim {
		c, err := NewClaim(p, input, 1)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if claim(big).Code() != CodeExecution || claim(zero).Code() != 0 {
		t.Fatalf("codes %d %d", claim(big).Code(), claim(zero).Code())
	}
	t.Run("true claim, wrong challenger", func(t *testing.T) {
		a := newArenaWith(t, art, "file:///wide", big)
		a.proposeError(devchain.Operator, CodeExecution)
		id := a.challenge(devchain.Challenger)
		vals := slices.Clone(a.honest.Values)
		vals[2] = []int64{1, 2}
		liar := ClaimOf(p, trace.CommitValues(p, vals))
		if g, _ := a.settle(id, a.claimPlayer(devchain.Operator, claim(big), true), a.claimPlayer(devchain.Challenger, liar, false)); !g.ProposerWon {
			t.Fatal("a true wide execution-error claim lost")
		}
	})
	t.Run("false claim", func(t *testing.T) {
		a := newArenaWith(t, art, "file:///wide", zero)
		lie := trace.CommitFailure(p, a.honest.Values, 0)
		a.proposeError(devchain.Operator, CodeExecution)
		id := a.challenge(devchain.Challenger)
		if g, _ := a.settle(id, a.claimPlayer(devchain.Operator, ClaimOf(p, lie), true), a.claimPlayer(devchain.Challenger, claim(zero), false)); g.ProposerWon {
			t.Fatal("a false wide execution-error claim won")
		}
	})
	t.Run("a result where the sum overflows", func(t *testing.T) {
		a := newArenaWith(t, art, "file:///wide", big)
		vals := slices.Clone(a.honest.Values)
		vals[2] = []int64{1, 2}
		lie := trace.CommitValues(p, vals)
		a.propose(devchain.Operator, lie)
		id := a.challenge(devchain.Challenger)
		g, rounds := a.settle(id, a.player(devchain.Operator, lie, true), a.claimPlayer(devchain.Challenger, claim(big), false))
		if g.ProposerWon {
			t.Fatal("a result for an overflowing sum won")
		}
		t.Logf("lost in %d rounds", rounds)
	})
}

// TestWideReduceOneStepGas: the widest one-step CheckDisputable lets through unbisected
// (MaxOneStepLeaves leaves: a ReduceSum over 4·MaxOneStepLeaves elements) fits in one
// transaction; its gas is logged for docs/BENCHMARKS.md.
func TestWideReduceOneStepGas(t *testing.T) {
	n := int64(4 * MaxOneStepLeaves)
	p := &inference.Program{
		Values: []inference.Value{{Name: "x", Shape: []int64{1, n}, Scale: 8}, {Name: "s", Shape: []int64{1, 1}, Scale: 8}},
		Inputs: []int32{0}, Outputs: []int32{1},
		Steps: []inference.Step{{Op: inference.OpReduce, In: []int32{0}, Out: 1, Node: "sum", Args: []int64{int64(inference.ReduceSum), 1, 0, 1}}},
	}
	if err := CheckDisputable(p); err != nil {
		t.Fatal(err)
	}
	input := make([]byte, n)
	for i := range input {
		input[i] = byte(i)
	}
	a := newArenaWith(t, artifactOf(p, "reduce"), "file:///reduce", input)
	vals := slices.Clone(a.honest.Values)
	vals[1] = []int64{vals[1][0] + 1}
	lie := trace.CommitValues(p, vals)
	a.propose(devchain.Operator, lie)
	id := a.challenge(devchain.Challenger)
	g, _ := a.play(id, a.player(devchain.Operator, lie, true), a.player(devchain.Challenger, a.honest, false))
	if g.ProposerWon {
		t.Fatal("the lie won")
	}
	gs := a.gas[devchain.Challenger]
	t.Logf("ReduceSum over %d elements (%d leaves): one-step gas %d", n, MaxOneStepLeaves, gs[len(gs)-1])
	// One element more than the limit is refused.
	p.Values[0].Shape[1]++
	if err := CheckDisputable(p); err == nil {
		t.Fatal("a wider reduction was accepted")
	}
}
