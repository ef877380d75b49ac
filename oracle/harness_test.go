package oracle_test

import (
	"context"
	"encoding/binary"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle"
	"github.com/auspex-labs/auspex/oracle/verifier"
)

// testNet is a devchain mining on its own with the contracts, the three shipped models and a
// ResultStore deployed.
type testNet struct {
	t      *testing.T
	c      *devchain.Chain
	store  *contracts.ResultStore
	models []testModel
}

type testModel struct {
	id   uint64
	name string
	art  *modelregistry.Artifact
}

const testWindow = 5 // seconds of chain time; blocks add ≥ 1 s each

// publishModel puts a registered model's file on-chain, from the creator: the oracle takes requests
// for a model that is not ZK-only only once it is available.
func publishModel(t *testing.T, c *devchain.Chain, id uint64, data []byte) {
	t.Helper()
	if err := modelregistry.Publish(context.Background(), c.Sender(devchain.Creator), c.Registry, id, data, nil); err != nil {
		t.Fatal(err)
	}
}

func newNet(t *testing.T, interval time.Duration, opts ...devchain.Option) *testNet {
	t.Helper()
	ctx := context.Background()
	c, err := devchain.New(ctx, append([]devchain.Option{devchain.WithBlockInterval(interval)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	p := devchain.DefaultParams()
	p.MinChallengeWindow = 1
	if err := c.Deploy(ctx, p); err != nil {
		t.Fatal(err)
	}
	n := &testNet{t: t, c: c}
	for _, name := range []string{"mnist-8", "gonnx-mlp", "velardo-sum-mlp-sigmoid"} {
		path, _ := filepath.Abs(filepath.Join("..", "models", name, "model.onnx"))
		art, err := modelregistry.BuildFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rcpt, err := c.Sender(devchain.Creator).Send(ctx, c.Registry.RegisterModelTx(contracts.ModelSpec{
			OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot, URI: "file://" + path,
			Fee: big.NewInt(1e15), Mode: contracts.ModeOPML, ChallengeWindow: testWindow,
		}))
		if err != nil {
			t.Fatal(err)
		}
		id, err := c.Registry.ParseModelRegistered(rcpt)
		if err != nil {
			t.Fatal(err)
		}
		publishModel(t, c, id, must(os.ReadFile(path)))
		n.models = append(n.models, testModel{id: id, name: name, art: art})
	}
	n.store, _, err = contracts.DeployResultStore(ctx, c.Sender(devchain.User), c.Client, c.Oracle.Address())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (n *testNet) nodeConfig(dir string) oracle.Config {
	cfg := oracle.DefaultConfig()
	cfg.Oracle, cfg.Registry = n.c.Oracle.Address(), n.c.Registry.Address()
	cfg.DBPath = filepath.Join(dir, "node.db")
	cfg.Models.Dir = filepath.Join(dir, "models")
	cfg.PollInterval = 50 * time.Millisecond
	cfg.Tx.PollInterval = 20 * time.Millisecond
	cfg.Tx.ResubmitAfter = 2 * time.Second
	cfg.BondTarget = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	return cfg
}

func (n *testNet) startNode(cfg oracle.Config) *oracle.Service {
	n.t.Helper()
	return n.startNodeAs(cfg, devchain.Operator)
}

func (n *testNet) startNodeAs(cfg oracle.Config, account string, opts ...oracle.Option) *oracle.Service {
	n.t.Helper()
	ctx := context.Background()
	svc, err := oracle.NewService(ctx, cfg, n.c.Client, n.c.Key(account), testLogger(n.t), opts...)
	if err != nil {
		n.t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		n.t.Fatal(err)
	}
	return svc
}

// startVerifier starts a verifier for game as account, with a database and model directory of its
// own (the caller stops it).
func (n *testNet) startVerifier(game common.Address, account string) *verifier.Service {
	n.t.Helper()
	ctx := context.Background()
	v, err := verifier.New(ctx, n.verifierConfig(game), n.c.Client, n.c.Key(account), testLogger(n.t))
	if err != nil {
		n.t.Fatal(err)
	}
	if err := v.Start(ctx); err != nil {
		n.t.Fatal(err)
	}
	return v
}

// verifierConfig is a test verifier's configuration, with a database and model directory of its
// own.
func (n *testNet) verifierConfig(game common.Address) verifier.Config {
	dir := n.t.TempDir()
	ncfg := n.nodeConfig(dir)
	return verifier.Config{
		Oracle: n.c.Oracle.Address(), Registry: n.c.Registry.Address(), Game: game,
		DBPath: filepath.Join(dir, "verifier.db"), Models: ncfg.Models, Tx: ncfg.Tx,
		PollInterval: 50 * time.Millisecond, ReorgDepth: 16, LogBatch: 1000, HealthStaleAfter: time.Minute,
	}
}

func testLogger(t *testing.T) zerolog.Logger {
	if os.Getenv("AUSPEX_TEST_LOG") != "" {
		return zerolog.New(zerolog.NewConsoleWriter()).With().Timestamp().Logger()
	}
	return zerolog.Nop()
}

// input makes a valid input for a model, or (invalid) a wrong-length one.
func input(rng *rand.Rand, m testModel, digits []byte, invalid bool) []byte {
	if invalid {
		return make([]byte, 3+rng.IntN(5))
	}
	if m.name == "mnist-8" {
		if rng.IntN(2) == 0 {
			k := rng.IntN(len(digits) / 784)
			return digits[k*784 : (k+1)*784]
		}
		b := make([]byte, 784)
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		return b
	}
	// int64 form: small real values at the input scale.
	in := m.art.Program.Values[m.art.Program.Inputs[0]]
	b := make([]byte, 8*in.Len())
	for i := int64(0); i < in.Len(); i++ {
		q, _ := inference.Quantize(rng.Float64()*2-1, in.Scale)
		binary.BigEndian.PutUint64(b[8*i:], uint64(q))
	}
	return b
}

// expected computes a request's output independently of the node: the output bytes, or the
// error code the node must propose.
func expected(t *testing.T, p *inference.Program, in []byte) ([]byte, uint16) {
	inputs, err := inference.DecodeInput(p, in)
	if err != nil {
		return nil, oracle.ErrorInvalidInput
	}
	outs, err := inference.Run(p, inputs)
	if err != nil {
		return nil, oracle.ErrorExecution
	}
	return inference.EncodeOutput(outs), 0
}

// eventCounts counts the oracle's events by name and request id (topic 1).
func (n *testNet) eventCounts(names ...string) map[string]map[common.Hash]int {
	n.t.Helper()
	out := map[string]map[common.Hash]int{}
	for _, name := range names {
		logs, err := n.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
			Addresses: []common.Address{n.c.Oracle.Address()}, Topics: [][]common.Hash{{n.c.Oracle.EventTopic(name)}},
		})
		if err != nil {
			n.t.Fatal(err)
		}
		out[name] = map[common.Hash]int{}
		for _, l := range logs {
			out[name][l.Topics[1]]++
		}
	}
	return out
}

func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func commonHash(x *big.Int) common.Hash { return common.BigToHash(x) }

// withGame deploys the one-step verifier and the dispute game (bond 0.1 ETH, 1 h clocks) and
// registers mnist-8 again with a challenge window long enough to play in; it returns the game, the
// new model id and the dispute bond.
func (n *testNet) withGame(window uint32) (*contracts.DisputeGame, uint64, *big.Int) {
	n.t.Helper()
	ctx := context.Background()
	v, err := contracts.DeployOneStepVerifier(ctx, n.c.Sender(devchain.Deployer), n.c.Client)
	if err != nil {
		n.t.Fatal(err)
	}
	bond := big.NewInt(1e17)
	game, err := contracts.DeployDisputeGame(ctx, n.c.Sender(devchain.Deployer), n.c.Client, n.c.Oracle, v.Address(), bond, 3600)
	if err != nil {
		n.t.Fatal(err)
	}
	m := n.models[0]
	path, _ := filepath.Abs(filepath.Join("..", "models", "mnist-8", "model.onnx"))
	rcpt, err := n.c.Sender(devchain.Creator).Send(ctx, n.c.Registry.RegisterModelTx(contracts.ModelSpec{
		OnnxHash: m.art.OnnxHash, ProgramHash: m.art.ProgramHash, LayoutRoot: m.art.LayoutRoot, URI: "file://" + path,
		Fee: big.NewInt(1e15), Mode: contracts.ModeOPML, ChallengeWindow: window,
	}))
	if err != nil {
		n.t.Fatal(err)
	}
	id, err := n.c.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		n.t.Fatal(err)
	}
	publishModel(n.t, n.c, id, must(os.ReadFile(path)))
	return game, id, bond
}
