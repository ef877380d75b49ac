package fraudproof

// Red-team findings (an independent attacker's review after issue #14). Each test plays the attack
// as it worked before its fix (the forged move was accepted and the honest side lost) and now
// asserts the honest outcome.

import (
	"context"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnxpb"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

// rtValueInfo is a float tensor's value info.
func rtValueInfo(name string, dims ...int64) *onnxpb.ValueInfoProto {
	sh := &onnxpb.TensorShapeProto{}
	for _, d := range dims {
		sh.Dim = append(sh.Dim, &onnxpb.TensorShapeProto_Dimension{Value: &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: d}})
	}
	return &onnxpb.ValueInfoProto{Name: proto.String(name), Type: &onnxpb.TypeProto{
		Value: &onnxpb.TypeProto_TensorType{TensorType: &onnxpb.TypeProto_Tensor{ElemType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)), Shape: sh}},
	}}
}

// rtClipModel is a real ONNX graph x[1,4] → Clip(x, 0, hi) → then `tail` (ONNX op types applied in
// order, e.g. Sigmoid, or Neg then Exp), compiled with the project's compiler. Clip with a lower
// bound of 0 (ReLU6 and friends) compiles to a one-input step whose Args[0] is 0, and any
// Sigmoid/Tanh/Exp/... gives the program a table 0.
func rtClipModel(t *testing.T, hi float32, tail ...string) *modelregistry.Artifact {
	t.Helper()
	f := int32(onnxpb.TensorProto_FLOAT)
	g := &onnxpb.GraphProto{Name: proto.String("redteam"), Input: []*onnxpb.ValueInfoProto{rtValueInfo("x", 1, 4)}}
	g.Initializer = append(g.Initializer,
		&onnxpb.TensorProto{Name: proto.String("lo"), DataType: proto.Int32(f), FloatData: []float32{0}},
		&onnxpb.TensorProto{Name: proto.String("hi"), DataType: proto.Int32(f), FloatData: []float32{hi}})
	g.Node = append(g.Node, &onnxpb.NodeProto{OpType: proto.String("Clip"), Input: []string{"x", "lo", "hi"}, Output: []string{"c"}})
	prev := "c"
	for i, op := range tail {
		out := op + string(rune('0'+i))
		g.Node = append(g.Node, &onnxpb.NodeProto{OpType: proto.String(op), Input: []string{prev}, Output: []string{out}})
		prev = out
	}
	g.Output = []*onnxpb.ValueInfoProto{rtValueInfo(prev, 1, 4)}
	m := &onnxpb.ModelProto{IrVersion: proto.Int64(8), ProducerName: proto.String("redteam"),
		OpsetImport: []*onnxpb.OperatorSetIdProto{{Domain: proto.String(""), Version: proto.Int64(13)}}, Graph: g}
	data, err := proto.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	art := buildInMemory(t, data)
	if err := CheckDisputable(art.Program); err != nil {
		t.Fatal(err)
	}
	s := art.Program.Steps[0]
	if s.Op != inference.OpClip || len(s.In) != 1 || s.Args[0] != 0 || len(art.Program.Tables) == 0 {
		t.Fatalf("step 0 is %s %v args %v, %d tables", s.Op, s.In, s.Args, len(art.Program.Tables))
	}
	for i, s := range art.Program.Steps {
		t.Logf("step %d %s in %v args %v", i, s.Op, s.In, s.Args)
	}
	return art
}

// rtInput is the wide (int64, scale 16) encoding of real values.
func rtInput(xs ...float64) []byte {
	q := make([]int64, len(xs))
	for i, x := range xs {
		q[i] = int64(x * (1 << inference.DefaultScale))
	}
	return inference.EncodeOutput([][]int64{q})
}

// FINDING 1 — op confusion at the one-step: a dishonest challenger beats an honest proposer.
//
// DisputeGame.proveTableStep lets the mover choose the Table one-step for ANY step: it checks only
// keccak256(desc) == g.stepLeaf, and GameProofs.tableElement checks that the step has one input and
// that desc.args[0] indexes a table of the layout — never that desc.op is Table (or Log). Any
// one-input step whose Args[0] is a valid table index (Clip with lo = 0 — ReLU6, HardSigmoid —,
// Transpose with perm[0] = 0, Reduce kind 0 = Sum, Cast, Round, LeakyRelu, …) in a program with a
// table (any Sigmoid/Tanh/Exp/Erf/Gelu/Softmax/Log) is then "recomputed" as a table lookup of its
// input element. Here: x → Clip(0, 6) → Sigmoid. The honest proposer posts the engine's result;
// the attacker challenges, descends honestly to step 0 (Clip) and calls proveTableStep with honest,
// fully valid openings (the input element against s_0, table 0 against the layout, the entries):
// sigmoid(2.0) ≠ clip(2.0), so the honest proposer LOSES the game and its bond, and the request is
// reopened. Invariants I1 and I2 broken (and, repeated MAX_PROPOSALS times, I3: the honest answer
// never finalizes, the request is refunded).
//
// Root cause: contracts/src/GameProofs.sol:tableElement (reached from
// DisputeGame.sol:proveTableStep) does not check d.op ∈ {Table, Log}. Fix: in tableElement revert
// InvalidOpening unless d.op == OP_TABLE || d.op == OP_LOG (and, symmetrically, make element()/
// proveOneStep refuse Table/Log descs, which elementValue already does with UnsupportedOp).
func TestAttackTableOneStepOnNonTableStep(t *testing.T) {
	art := rtClipModel(t, 6, "Sigmoid")
	a := newArenaWith(t, art, "file:///redteam-clip-sigmoid", rtInput(2, 3, 1, 0.5))
	ctx := context.Background()
	a.propose(devchain.Operator, a.honest) // the engine's true answer
	pbond, _ := a.c.Oracle.CallProposalBond(ctx)
	before, _ := a.c.Oracle.CallOperator(ctx, a.c.Addr(devchain.Operator))

	id := a.challenge(devchain.Challenger)
	// The attacker "believes" a lie at step 0 so that the ordinary player descends there.
	def := a.player(devchain.Operator, a.honest, true)
	liar := a.player(devchain.Challenger, a.lie(0, 0, 5, true), false)
	a.driveTo(id, def, liar, contracts.PhaseOneStep)
	g, _ := a.game.CallGame(ctx, id)
	if g.Step != 0 {
		t.Fatalf("disputed step %d", g.Step)
	}

	// The forged move: the Table one-step on the Clip step, with honest openings.
	tp := NewTraceProvider(a.p, a.honest)
	desc, _ := ClaimOf(a.p, a.honest).StepDescription(0)
	in, inLeaf, tab, entries := tp.TableOpenings(0, 0)
	a.mustRevert(devchain.Challenger, a.game.ProveTableStepTx(id, 0, desc, tp.Layout(), in, inLeaf, tab, entries), "InvalidOpening")
	a.expectHonestProposerWins(id)
	after, _ := a.c.Oracle.CallOperator(ctx, a.c.Addr(devchain.Operator))
	if after.Bonded.Cmp(before.Bonded) != 0 || pbond.Sign() == 0 {
		t.Fatalf("honest bond %s → %s", before.Bonded, after.Bonded)
	}
}

// FINDING 1b — the same confusion in the Failure phase: a FALSE "execution error" claim wins
// against the honest challenger and finalizes.
//
// x → Clip(0, 60) → Neg → Exp: the engine computes a result (exp of a non-positive number), but the
// program has the exp table (OverflowAbove). The liar proposes error code 2 failing at step 0 (the
// Clip). The honest challenger challenges and names step 0 (the liar's s_1 is zero): phase Failure.
// The liar calls proveTableStep on the Clip step with valid openings: its input element 50.0 is
// past the exp table's grid (top 31.0), tableValue reverts Overflow, which GameProofs reports as
// "no value", so _settle accepts it as the failing element (Outcome StepFails). The honest
// challenger loses its bond, and after the window the false error finalizes: the dApp gets
// onInferenceError instead of the engine's result. I1, I2 and I3 broken.
//
// Root cause and fix: as finding 1 (GameProofs.sol:tableElement lacks the op check).
func TestAttackFalseExecutionErrorViaTableOnNonTableStep(t *testing.T) {
	art := rtClipModel(t, 60, "Neg", "Exp")
	input := rtInput(1, 50, 2, 0.5)
	truth, err := NewClaim(art.Program, input, 1)
	if err != nil {
		t.Fatal(err)
	}
	if truth.Failed() {
		t.Fatalf("the engine fails on this input (%s); the attack needs a true result", truth.Reason())
	}
	a := newArenaWith(t, art, "file:///redteam-clip-neg-exp", input)
	ctx := context.Background()
	lie := trace.CommitFailure(a.p, a.honest.Values, 0)
	a.proposeError(devchain.Operator, CodeExecution)
	id := a.challenge(devchain.Challenger)
	def := a.claimPlayer(devchain.Operator, ClaimOf(a.p, lie), true)
	honestCh := a.player(devchain.Challenger, a.honest, false)
	a.driveTo(id, def, honestCh, contracts.PhaseFailure)

	tp := NewTraceProvider(a.p, a.honest) // s_0 is the same in the lie and the truth
	desc, _ := ClaimOf(a.p, a.honest).StepDescription(0)
	in, inLeaf, tab, entries := tp.TableOpenings(0, 1) // element 1: input 50.0
	a.mustRevert(devchain.Operator, a.game.ProveTableStepTx(id, 1, desc, tp.Layout(), in, inLeaf, tab, entries), "InvalidOpening")
	// The liar has no true failure to show: its clock runs out and the request reopens.
	if err := a.c.Advance((gameClock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	rcpt, err := a.c.Sender(devchain.User2).Send(ctx, a.game.TimeoutTx(id))
	if err != nil {
		t.Fatal(err)
	}
	if won, reason, _ := a.game.ParseResolved(rcpt); won {
		t.Fatalf("the false error claim won: %s", reason)
	}
	if a.status() != contracts.StatusPending {
		t.Fatalf("request %d after the false claim lost", a.status())
	}
}

// FINDING 2 — batch output malleability: a non-canonical output finalizes and the honest verifier
// that challenges it loses its bond.
//
// A batch's output is abi.encode(bytes[]). The game checks it only through
// GameProofs.item → decodeItems = abi.decode(output, (bytes[])), which accepts non-canonical
// encodings (here: the canonical encoding followed by 32 junk bytes; offsets may also be permuted
// or point to shared data). The liar proposes the honest trace root with output' = canonical ‖ junk.
// The honest verifier (fraudproof.Challenger.agrees: output bytes must be the engine's) challenges —
// but every item decodes to the honest item, so it has nothing to dispute, runs out of clock and
// LOSES its challenge bond to the liar; after the window output' finalizes: getResult and the
// dApp's onInferenceResult get bytes that are not the engine's (I3), and the honest challenger lost
// a game against a wrong proposal (I1, I2). The liar is paid for it.
//
// Root cause: contracts/src/GameProofs.sol:outputOf/item (abi.decode is not injective) and
// AIOracle.proposeResult, which stores batch output bytes unchecked. Fix: in outputOf (size > 1)
// treat the output as malformed unless keccak256(abi.encode(items)) == keccak256(output), i.e.
// only the canonical encoding is well-formed (or check it at proposeResult for batches); the Go
// solver should then dispute such an output (it does: ItemOutputs/agrees compare bytes).
func TestAttackBatchOutputMalleability(t *testing.T) {
	p := squareProgram()
	art := artifactOf(p, "square")
	items := [][]byte{{1, 2, 3, 4, 5, 6, 7, 8}, {8, 7, 6, 5, 4, 3, 2, 1}}
	a := newBatchArena(t, art, "file:///square", items)
	ctx := context.Background()
	c, err := NewClaim(p, a.input, uint16(len(items)))
	if err != nil || c.Code() != 0 {
		t.Fatalf("claim: %v code %d", err, c.Code())
	}
	canonical, err := c.Output()
	if err != nil {
		t.Fatal(err)
	}
	forged := append(append([]byte{}, canonical...), make([]byte, 32)...)
	forged[len(forged)-1] = 0x42
	if _, err := a.c.Sender(devchain.Operator).Send(ctx, a.c.Oracle.ProposeResultTx(a.req, forged)); err != nil {
		t.Fatal(err)
	}
	// The honest verifier sees a proposal that is not the engine's answer, and challenges it.
	if ans, _ := c.Answer(); ans.Agrees(Proposed{Output: forged}) {
		t.Fatal("the verifier would not challenge")
	}
	id := a.challenge(devchain.Challenger)
	g, _ := a.settle(id, a.claimPlayer(devchain.Operator, c, true), a.claimPlayer(devchain.Challenger, c, false))
	if g.ProposerWon || a.status() != contracts.StatusPending {
		t.Fatalf("the non-canonical output won (request %d)", a.status())
	}
}

// TRIED, FAILED (documents the honest outcome): the reverse confusion — the generic one-step on a
// Table step. OneStepVerifier.elementValue has no Table/Log branch and reverts UnsupportedOp, which
// GameProofs re-raises (not a "no value"), so the forged move reverts and the honest proposer wins
// on time.
func TestAttackGenericOneStepOnTableStep(t *testing.T) {
	art := rtClipModel(t, 6, "Sigmoid")
	a := newArenaWith(t, art, "file:///redteam-clip-sigmoid", rtInput(2, 3, 1, 0.5))
	a.propose(devchain.Operator, a.honest)
	id := a.challenge(devchain.Challenger)
	a.driveTo(id, a.player(devchain.Operator, a.honest, true), a.player(devchain.Challenger, a.lie(1, 0, 5, true), false), contracts.PhaseOneStep)
	tp := NewTraceProvider(a.p, a.honest)
	desc, _ := ClaimOf(a.p, a.honest).StepDescription(1)
	in, inLeaf, _, _ := tp.TableOpenings(1, 0)
	a.mustRevert(devchain.Challenger, a.game.ProveOneStepTx(id, 0, desc, []contracts.SlotOpening{in}, []contracts.LeafOpening{inLeaf}), "UnsupportedOp")
	a.expectHonestProposerWins(id)
}
