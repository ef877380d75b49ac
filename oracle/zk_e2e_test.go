package oracle_test

import (
	"bytes"
	"context"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// zkReg says how registerZKModel registers a ZK model.
type zkReg struct {
	keys         string // a directory of earlier keys for the program ("": a new setup)
	verifierKeys string // the keys whose verifier is deployed ("": the same keys)
	keysURI      string // where the keys bundle is published ("": its file://)
}

// registerZKModel sets up zk keys for m's program, deploys its verifier, publishes the keys bundle
// and registers the same model file in mode; it returns the new model (same program) and the keys
// directory.
func (n *testNet) registerZKModel(m testModel, mode contracts.VerificationMode, o zkReg) (testModel, string) {
	t := n.t
	t.Helper()
	ctx := context.Background()
	if o.keys == "" {
		o.keys = n.zkSetup(m)
	}
	if o.verifierKeys == "" {
		o.verifierKeys = o.keys
	}
	bundle, keysHash, err := zk.WriteBundle(o.keys)
	if err != nil {
		t.Fatal(err)
	}
	if o.keysURI == "" {
		o.keysURI = "file://" + bundle
	}
	s := n.c.Sender(devchain.Creator)
	v, err := zk.DeployVerifier(ctx, s, n.c.Client, "..", o.verifierKeys)
	if err != nil {
		t.Fatal(err)
	}
	spec := contracts.ModelSpec{OnnxHash: m.art.OnnxHash, ProgramHash: m.art.ProgramHash, URI: "file://" + filepath.Join(must(filepath.Abs(filepath.Join("..", "models", m.name, "model.onnx")))),
		Fee: big.NewInt(1e15), Mode: mode, ZkVerifier: v.Address(), ZkKeysHash: keysHash, ZkKeysURI: o.keysURI}
	if mode == contracts.ModeOPMLAndZK {
		spec.LayoutRoot, spec.ChallengeWindow = m.art.LayoutRoot, testWindow
	}
	rcpt, err := s.Send(ctx, n.c.Registry.RegisterModelTx(spec))
	if err != nil {
		t.Fatal(err)
	}
	id, err := n.c.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		t.Fatal(err)
	}
	if mode != contracts.ModeZK { // optimistic settlement needs the file on-chain
		publishModel(t, n.c, id, must(os.ReadFile(strings.TrimPrefix(spec.URI, "file://"))))
	}
	return testModel{id: id, name: m.name, art: m.art}, o.keys
}

// zkSetup runs a local setup for m's program and writes the keys to a new directory.
func (n *testNet) zkSetup(m testModel) string {
	n.t.Helper()
	k, err := zk.Setup(m.art.Program, zk.FormatInt64, zk.ChecksAuto)
	if err != nil {
		n.t.Fatal(err)
	}
	dir := filepath.Join(n.t.TempDir(), "keys")
	if err := k.Write(dir); err != nil {
		n.t.Fatal(err)
	}
	return dir
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func (n *testNet) requestTo(m testModel, in []byte) *big.Int {
	n.t.Helper()
	ctx := context.Background()
	fee, err := n.c.Oracle.CallEstimateFee(ctx, m.id, 300_000)
	if err != nil {
		n.t.Fatal(err)
	}
	rcpt, err := n.c.Sender(devchain.User).Send(ctx, n.c.Oracle.RequestTx(contracts.NewRequest{
		ModelID: m.id, Input: in, Callback: n.store.Address(), CallbackGasLimit: 300_000}, fee))
	if err != nil {
		n.t.Fatal(err)
	}
	return n.c.Oracle.ParseInferenceRequested(rcpt)[0].RequestID
}

// TestZKModeEndToEnd: a node that cannot get a ZK-only model's keys (its URI is gone) leaves its
// requests alone; a node holding a copy of the published keys proves each request and the dApp's
// callback receives the engine's output in the proof's own transaction (no bond, no window); an
// input the keys cannot prove, or a model whose verifier comes from another setup than its
// published keys, stays pending (refundable). An OPML_AND_ZK request is proven too, and one the
// keys cannot prove is answered optimistically.
func TestZKModeEndToEnd(t *testing.T) {
	n := newNet(t, 50*time.Millisecond)
	ctx := context.Background()
	mlp := n.models[1] // gonnx-mlp
	zkOnly, dir := n.registerZKModel(mlp, contracts.ModeZK, zkReg{keysURI: "file:///nonexistent/keys.tar"})
	both, _ := n.registerZKModel(mlp, contracts.ModeOPMLAndZK, zkReg{keys: dir})
	// Keys published for one setup, a verifier from another: no proof from the keys verifies.
	other, _ := n.registerZKModel(mlp, contracts.ModeZK, zkReg{keys: dir, verifierKeys: n.zkSetup(mlp)})
	rng := rand.New(rand.NewPCG(5, 5))

	// Without keys (none held, the published URI is gone): nothing is answered.
	plain := n.startNode(n.nodeConfig(t.TempDir()))
	early := n.requestTo(zkOnly, input(rng, mlp, nil, false))
	for range 10 {
		n.c.Mine()
	}
	time.Sleep(500 * time.Millisecond)
	if r, err := n.c.Oracle.CallRequest(ctx, early); err != nil || r.Status != contracts.StatusPending {
		t.Fatalf("a node without keys answered a ZK-only request: %v %v", r.Status, err)
	}
	if err := plain.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	cfg := n.nodeConfig(t.TempDir())
	cfg.ZKKeys = []string{dir}
	svc := n.startNode(cfg)
	defer svc.Stop(ctx)
	type req struct {
		id   *big.Int
		in   []byte
		code uint16
	}
	var reqs []req
	for i := range 3 {
		in := input(rng, mlp, nil, false)
		m := zkOnly
		if i == 2 {
			m = both
		}
		reqs = append(reqs, req{id: n.requestTo(m, in), in: in})
	}
	reqs = append(reqs, req{id: early, in: nil}) // proven by the node with keys once it sees it
	invalid := n.requestTo(zkOnly, []byte{1, 2, 3, 4, 5})
	mismatched := n.requestTo(other, input(rng, mlp, nil, false))
	// 3 bytes: the bytes form of the model's three inputs, which the int64-form keys do not prove.
	bothBytes := n.requestTo(both, []byte{1, 2, 3})
	waitFor(t, "every provable request final", 90*time.Second, func() bool {
		for _, r := range reqs {
			if ok, _ := n.c.Oracle.CallIsFinalized(ctx, r.id); !ok {
				return false
			}
		}
		return true
	})
	for _, r := range reqs {
		d, err := n.store.CallResultOf(ctx, r.id)
		if err != nil || d.Count != 1 || d.Failed {
			t.Fatalf("delivery %+v, %v", d, err)
		}
		if r.in != nil {
			want, _ := expected(t, mlp.art.Program, r.in)
			if !bytes.Equal(d.Output, want) {
				t.Fatalf("callback output %x, engine %x", d.Output, want)
			}
		}
		p, err := n.c.Oracle.CallProposal(ctx, r.id)
		if err != nil || p.Proposer != n.c.Addr(devchain.Operator) {
			t.Fatalf("proposal %+v, %v: want a proof by the operator", p, err)
		}
	}
	// The node proved for its own sender (issue #14): the proof in its proveResult transaction
	// verifies for the operator and for no other account, so a copy sent by another would revert.
	n.proofsBindTheirSender(zkOnly, reqs[0].id)
	// The OPML_AND_ZK request in the other input form is answered optimistically.
	want, _ := expected(t, mlp.art.Program, []byte{1, 2, 3})
	waitFor(t, "the OPML_AND_ZK bytes-form request proposed", 30*time.Second, func() bool {
		p, err := n.c.Oracle.CallProposal(ctx, bothBytes)
		return err == nil && bytes.Equal(p.Output, want)
	})
	for _, id := range []*big.Int{invalid, mismatched} {
		if r, err := n.c.Oracle.CallRequest(ctx, id); err != nil || r.Status != contracts.StatusPending {
			t.Fatalf("an unprovable ZK-only request: %v %v, want pending", r.Status, err)
		}
	}
}

// proofsBindTheirSender checks the proof in the proveResult transaction of request id (model m)
// against m's verifier: it holds for the transaction's sender, the operator, and not for another
// account.
func (n *testNet) proofsBindTheirSender(m testModel, id *big.Int) {
	t := n.t
	t.Helper()
	ctx := context.Background()
	logs, err := n.c.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{n.c.Oracle.Address()},
		Topics: [][]common.Hash{{n.c.Oracle.EventTopic("ResultProven")}, {common.BigToHash(id)}}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("ResultProven of %s: %d logs, %v", id, len(logs), err)
	}
	tx, _, err := n.c.Client.TransactionByHash(ctx, logs[0].TxHash)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := bindings.AIOracleMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	args, err := parsed.Methods["proveResult"].Inputs.Unpack(tx.Data()[4:])
	if err != nil {
		t.Fatal(err)
	}
	in, out, proof := args[2].([]byte), args[3].([]byte), args[4].([]byte)
	model, err := n.c.Registry.CallModel(ctx, m.id)
	if err != nil {
		t.Fatal(err)
	}
	v := contracts.NewZkModelVerifier(model.ZkVerifier, n.c.Client)
	for _, c := range []struct {
		who  string
		want bool
	}{{devchain.Operator, true}, {devchain.Operator2, false}, {devchain.User, false}} {
		if ok, err := v.CallVerify(ctx, n.c.Addr(c.who), in, out, proof); err != nil || ok != c.want {
			t.Fatalf("the node's proof checked for %s: %v (%v), want %v", c.who, ok, err, c.want)
		}
	}
}
