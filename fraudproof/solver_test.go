package fraudproof

import (
	"math/big"

	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/merkle"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// TestSolverWithoutAChain drives the pure solver through the trace descent of a 201-state trace
// from hand-made game states — no chain, no contract, as op-challenger tests its solver against an
// alphabet provider: the liar reveals, the honest challenger descends to the lie's step and names
// it with paths that verify against the liar's trace root.
func TestSolverWithoutAChain(t *testing.T) {
	p := chainProgram(200)
	in, _ := inference.DecodeInput(p, []byte{1, 2, 3, 4, 5, 6, 7, 8})
	honest, err := trace.New(p, in)
	if err != nil {
		t.Fatal(err)
	}
	const lieAt = 137
	vals := make([][]int64, len(honest.Values))
	copy(vals, honest.Values)
	out := p.Steps[lieAt].Out
	vals[out] = append([]int64{}, vals[out]...)
	vals[out][5] += 99
	if err := inference.Continue(p, vals, lieAt+1); err != nil {
		t.Fatal(err)
	}
	lie := trace.CommitValues(p, vals)

	game := contracts.NewDisputeGame(common.Address{}, nil) // packs calldata only
	liar, me := &Solver{Claim: ClaimOf(p, lie), Game: game}, &Solver{Claim: ClaimOf(p, honest), Game: game}
	gameABI, err := bindings.DisputeGameMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	call := func(c chain.TxCandidate) (string, []any) {
		m, err := gameABI.MethodById(c.Data[:4])
		if err != nil {
			t.Fatal(err)
		}
		args, err := m.Inputs.Unpack(c.Data[4:])
		if err != nil {
			t.Fatal(err)
		}
		return m.Name, args
	}
	hashesOf := func(x any) []common.Hash {
		var out []common.Hash
		for _, h := range x.([][32]byte) {
			out = append(out, h)
		}
		return out
	}

	st := GameState{Game: contracts.Game{ID: big.NewInt(1), Phase: contracts.PhaseStates, NSteps: 200, Height: 8, TraceRoot: lie.Root}}
	var reveals [][]common.Hash
	for level := 0; ; level++ {
		c, err := liar.Next(st)
		if err != nil {
			t.Fatal(err)
		}
		name, args := call(c)
		if name != "revealStates" {
			t.Fatalf("the liar's move: %s", name)
		}
		reveals = append(reveals, hashesOf(args[1]))
		st.Phase, st.ChildBits, st.Reveals = contracts.PhaseStepPick, uint8(bitsFor(st.Height)), reveals
		c, err = me.Next(st)
		if err != nil {
			t.Fatal(err)
		}
		name, args = call(c)
		if name == "pickStep" {
			step, pre, preProof, post, postProof := args[1].(uint32), common.Hash(args[2].([32]byte)), hashesOf(args[3]), common.Hash(args[4].([32]byte)), hashesOf(args[5])
			if step != lieAt || level != 1 {
				t.Fatalf("named step %d after %d reveals", step, level+1)
			}
			if pre != honest.States[lieAt] || post != lie.States[lieAt+1] ||
				!merkle.Verify(lie.Root, pre, lieAt, preProof) || !merkle.Verify(lie.Root, post, lieAt+1, postProof) {
				t.Fatal("the step's states do not verify against the liar's trace root")
			}
			return
		}
		if name != "pickStates" {
			t.Fatalf("the challenger's move: %s", name)
		}
		child := args[2].(interface{ Uint64() uint64 }).Uint64()
		st.NodeIndex = st.NodeIndex<<st.ChildBits | child
		st.Height -= st.ChildBits
		st.Phase = contracts.PhaseStates
		if want := uint64(lieAt+1) >> st.Height; st.NodeIndex != want {
			t.Fatalf("descended to node %d at height %d, want %d", st.NodeIndex, st.Height, want)
		}
	}
}
