package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

// TestFraudOnGeth: the fraud story against `geth --dev` on 127.0.0.1 with every party its own
// process: `oracled --dishonest` (a -tags auspexdemo build) proposes a wrong digit, `verifier` challenges and wins, an honest
// `oracled` proposes the truth, which finalizes; the liar's bond went to the verifier.
func TestFraudOnGeth(t *testing.T) {
	if testing.Short() {
		t.Skip("builds geth and runs three processes")
	}
	dir := t.TempDir()
	httpURL, wsURL := startGeth(t, dir)
	ctx := context.Background()
	client, err := ethclient.Dial(httpURL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	names := []string{devchain.Deployer, devchain.Creator, devchain.Operator, devchain.Operator2, devchain.User, devchain.Challenger}
	var addrs []common.Address
	for _, n := range names {
		addrs = append(addrs, addrOf(n))
	}
	fund(t, httpURL, addrs...)
	sender := func(name string) *chain.Sender {
		s, err := chain.NewSender(ctx, client, devchain.DevKey(name), chain.WithRevertDecoder(contracts.DecodeRevert))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	p := devchain.DefaultParams()
	p.MinChallengeWindow = 2
	dep, err := contracts.Deploy(ctx, sender(devchain.Deployer), client, p)
	if err != nil {
		t.Fatal(err)
	}
	start, _ := client.BlockNumber(ctx)
	v, err := contracts.DeployOneStepVerifier(ctx, sender(devchain.Deployer), client)
	if err != nil {
		t.Fatal(err)
	}
	bond, _ := dep.Oracle.CallProposalBond(ctx)
	game, err := contracts.DeployDisputeGame(ctx, sender(devchain.Deployer), client, dep.Oracle, v.Address(), bond, 3600)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(repoRoot(t), "models", "mnist-8", "model.onnx")
	art, err := modelregistry.BuildFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := sender(devchain.Creator).Send(ctx, dep.Registry.RegisterModelTx(contracts.ModelSpec{
		OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot, URI: "file://" + path,
		Fee: big.NewInt(1e14), Mode: contracts.ModeOPML, ChallengeWindow: 40,
	}))
	if err != nil {
		t.Fatal(err)
	}
	modelID, _ := dep.Registry.ParseModelRegistered(rcpt)
	if err := modelregistry.PublishFile(ctx, sender(devchain.Creator), dep.Registry, modelID, path, nil); err != nil {
		t.Fatal(err)
	}
	rs, _, err := contracts.DeployResultStore(ctx, sender(devchain.User), client, dep.Oracle.Address())
	if err != nil {
		t.Fatal(err)
	}

	bins := map[string]string{"oracled": filepath.Join(dir, "oracled"), "verifier": filepath.Join(dir, "verifier")}
	goBuild(t, bins["oracled"], "./cmd/oracled", "-tags", "auspexdemo") // --dishonest is a demonstration build's
	goBuild(t, bins["verifier"], "./cmd/verifier")
	os.WriteFile(filepath.Join(dir, "password"), []byte("pw\n"), 0o600)
	process := func(name, bin, account string, extra ...string) *oracledProc {
		ks := writeKeystoreAs(t, dir, name, devchain.DevKey(account), "pw")
		cfg := filepath.Join(dir, name+".yaml")
		os.WriteFile(cfg, []byte(fmt.Sprintf(`rpc:
  url: %s
contracts:
  oracle: "%s"
  registry: "%s"
  dispute_game: "%s"
  start_block: %d
keystore:
  path: %s
  password_file: %s
db:
  path: %s
models:
  dir: %s
watcher:
  poll_interval: 200ms
  reorg_depth: 16
tx:
  poll_interval: 200ms
bond:
  target_wei: "2000000000000000000"
metrics:
  addr: 127.0.0.1:0
log:
  level: info
`, wsURL, dep.Oracle.Address().Hex(), dep.Registry.Address().Hex(), game.Address().Hex(), start, ks,
			filepath.Join(dir, "password"), filepath.Join(dir, name+".db"), filepath.Join(dir, name+"-models"))), 0o600)
		pr := &oracledProc{bin: bin, config: cfg, log: filepath.Join(dir, name+".log"), args: extra}
		pr.start(t)
		t.Cleanup(func() {
			pr.kill()
			if t.Failed() {
				b, _ := os.ReadFile(pr.log)
				t.Logf("%s log tail:\n%s", name, tail(string(b), 30))
			}
		})
		return pr
	}
	liar := process("liar", bins["oracled"], devchain.Operator2, "--dishonest")
	waitUntil(t, "the liar's bond", time.Minute, func() bool {
		a, _ := dep.Oracle.CallOperator(ctx, addrOf(devchain.Operator2))
		return a.Bonded.Sign() > 0
	})
	digits, _ := os.ReadFile(filepath.Join(repoRoot(t), "examples", "mnist", "digits-784x4.u8"))
	fee, _ := dep.Oracle.CallEstimateFee(ctx, modelID, 1_500_000)
	rcpt, err = sender(devchain.User).Send(ctx, dep.Oracle.RequestTx(contracts.NewRequest{ModelID: modelID, Input: digits[:784],
		Callback: rs.Address(), CallbackGasLimit: 1_500_000}, fee))
	if err != nil {
		t.Fatal(err)
	}
	req := dep.Oracle.ParseInferenceRequested(rcpt)[0].RequestID
	waitUntil(t, "the dishonest proposal", time.Minute, func() bool {
		r, _ := dep.Oracle.CallRequest(ctx, req)
		return r.Status == contracts.StatusProposed
	})
	process("verifier", bins["verifier"], devchain.Challenger)
	process("honest", bins["oracled"], devchain.Operator)
	waitUntil(t, "the truth delivered", 4*time.Minute, func() bool {
		d, err := rs.CallResultOf(ctx, req)
		return err == nil && d.Count > 0
	})
	liar.kill()
	in, _ := inference.DecodeInput(art.Program, digits[:784])
	outs, _ := inference.Run(art.Program, in)
	d, _ := rs.CallResultOf(ctx, req)
	if d.Count != 1 || string(d.Output) != string(inference.EncodeOutput(outs)) {
		t.Fatalf("delivered %d times; output is the engine's: %v", d.Count, string(d.Output) == string(inference.EncodeOutput(outs)))
	}
	slashed := eventCount(t, client, dep.Oracle, "ProposalSlashed", start)
	if slashed[commonHash(req)] != 1 {
		t.Fatalf("slashed %d times", slashed[commonHash(req)])
	}
	t.Logf("on geth --dev: the dishonest oracled was challenged by the verifier process and slashed; the honest oracled's result was delivered")
}

func addrOf(name string) common.Address {
	return crypto.PubkeyToAddress(devchain.DevKey(name).PublicKey)
}

func commonHash(x *big.Int) common.Hash { return common.BigToHash(x) }

func splitLines(s string) []string { return strings.Split(strings.TrimRight(s, "\n"), "\n") }

func waitUntil(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

func tail(s string, n int) string {
	lines := splitLines(s)
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	out := ""
	for _, l := range lines {
		out += l + "\n"
	}
	return out
}
