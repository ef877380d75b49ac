package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/google/uuid"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/testutil"
	"github.com/auspex-labs/auspex/modelregistry"
)

// repoRoot is two levels up from this package.
func repoRoot(t *testing.T) string {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// goBuild builds pkg into out with the go command running this test (module cache, build cache),
// with any build flags (e.g. -tags auspexdemo for a demonstration build).
func goBuild(t *testing.T, out, pkg string, flags ...string) {
	t.Helper()
	cmd := exec.Command("go", append(append([]string{"build"}, flags...), "-o", out, pkg)...)
	cmd.Dir = repoRoot(t)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, b)
	}
}

// gethBinary builds geth from the go-ethereum module pinned in go.mod, once per version: later
// runs reuse .cache/bin (scripts/test.sh keeps it between CI runs).
func gethBinary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("AUSPEX_GETH"); p != "" {
		return p
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "github.com/ethereum/go-ethereum").Output()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(repoRoot(t), ".cache", "bin", "geth-"+strings.TrimSpace(string(out)))
	if _, err := os.Stat(bin); err != nil {
		t.Logf("building %s (once)", bin)
		goBuild(t, bin, "github.com/ethereum/go-ethereum/cmd/geth")
	}
	return bin
}

// startGeth runs `geth --dev` on loopback with 1-second blocks.
func startGeth(t *testing.T, dir string) (httpURL, wsURL string) {
	t.Helper()
	hp, wp := testutil.FreePort(t), testutil.FreePort(t)
	cmd := exec.Command(gethBinary(t), "--dev", "--dev.period", "1", "--datadir", filepath.Join(dir, "geth"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(hp), "--http.api", "eth,net,web3",
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", fmt.Sprint(wp), "--ws.api", "eth,net,web3",
		"--nodiscover", "--maxpeers", "0", "--ipcdisable", "--verbosity", "2")
	logf, _ := os.Create(filepath.Join(dir, "geth.log"))
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait(); logf.Close() })
	httpURL, wsURL = fmt.Sprintf("http://127.0.0.1:%d", hp), fmt.Sprintf("ws://127.0.0.1:%d", wp)
	deadline := time.Now().Add(time.Minute)
	for {
		c, err := ethclient.Dial(httpURL)
		if err == nil {
			_, err = c.BlockNumber(context.Background())
			c.Close()
			if err == nil {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth did not start: %v (log in %s)", err, dir)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// fund sends ETH from geth's unlocked dev account to each address.
func fund(t *testing.T, url string, to ...common.Address) {
	t.Helper()
	rc, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var accts []common.Address
	if err := rc.Call(&accts, "eth_accounts"); err != nil || len(accts) == 0 {
		t.Fatalf("geth dev account: %v", err)
	}
	c := ethclient.NewClient(rc)
	var last common.Hash
	for _, a := range to {
		if err := rc.Call(&last, "eth_sendTransaction", map[string]any{
			"from": accts[0], "to": a, "value": "0x" + new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)).Text(16),
		}); err != nil {
			t.Fatal(err)
		}
	}
	for {
		if _, err := c.TransactionReceipt(context.Background(), last); err == nil {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// oracledProc runs the oracled binary, restartable.
type oracledProc struct {
	bin, config, log string
	args             []string // extra flags
	cmd              *exec.Cmd
	logf             *os.File
	starts           int
}

func (p *oracledProc) start(t *testing.T) {
	t.Helper()
	if p.logf == nil {
		p.logf, _ = os.Create(p.log)
	}
	p.cmd = exec.Command(p.bin, append([]string{"--config", p.config}, p.args...)...)
	p.cmd.Stdout, p.cmd.Stderr = p.logf, p.logf
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p.starts++
}

func (p *oracledProc) kill() {
	p.cmd.Process.Signal(syscall.SIGKILL)
	p.cmd.Wait()
}

// TestOracledOnGethSurvivesKills runs oracled as its own process against `geth --dev` on
// 127.0.0.1, kills it with SIGKILL at 10 random moments while requests keep coming, and checks
// on-chain that every request ends exactly once and that no request ever got two proposal
// transactions (reverted ones included).
func TestOracledOnGethSurvivesKills(t *testing.T) {
	if testing.Short() {
		t.Skip("builds geth and runs for ~2 minutes")
	}
	dir := t.TempDir()
	httpURL, wsURL := startGeth(t, dir)
	ctx := context.Background()
	client, err := ethclient.Dial(httpURL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	names := []string{devchain.Deployer, devchain.Creator, devchain.Operator, devchain.User, devchain.User2}
	var addrs []common.Address
	for _, n := range names {
		addrs = append(addrs, crypto.PubkeyToAddress(devchain.DevKey(n).PublicKey))
	}
	fund(t, httpURL, addrs...)
	sender := func(name string) *chain.Sender {
		s, err := chain.NewSender(ctx, client, devchain.DevKey(name), chain.WithRevertDecoder(contracts.DecodeRevert))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}

	// Contracts, two models, a ResultStore.
	p := devchain.DefaultParams()
	p.MinChallengeWindow = 2
	dep, err := contracts.Deploy(ctx, sender(devchain.Deployer), client, p)
	if err != nil {
		t.Fatal(err)
	}
	startBlock, _ := client.BlockNumber(ctx)
	type model struct {
		id  uint64
		art *modelregistry.Artifact
	}
	var models []model
	for _, name := range []string{"velardo-sum-mlp-sigmoid", "gonnx-mlp"} {
		path := filepath.Join(repoRoot(t), "models", name, "model.onnx")
		art, err := modelregistry.BuildFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rcpt, err := sender(devchain.Creator).Send(ctx, dep.Registry.RegisterModelTx(contracts.ModelSpec{
			OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot, URI: "file://" + path, Fee: big.NewInt(1e14),
			Mode: contracts.ModeOPML, ChallengeWindow: 3,
		}))
		if err != nil {
			t.Fatal(err)
		}
		id, _ := dep.Registry.ParseModelRegistered(rcpt)
		if err := modelregistry.PublishFile(ctx, sender(devchain.Creator), dep.Registry, id, path, nil); err != nil {
			t.Fatal(err)
		}
		models = append(models, model{id, art})
	}
	rs, _, err := contracts.DeployResultStore(ctx, sender(devchain.User), client, dep.Oracle.Address())
	if err != nil {
		t.Fatal(err)
	}

	// The operator's key in an encrypted keystore, a config file, the binary.
	opKey := devchain.DevKey(devchain.Operator)
	ksFile := writeKeystore(t, dir, opKey, "hunter2")
	os.WriteFile(filepath.Join(dir, "password"), []byte("hunter2\n"), 0o600)
	cfgPath := filepath.Join(dir, "oracled.yaml")
	os.WriteFile(cfgPath, []byte(fmt.Sprintf(`rpc:
  url: %s
contracts:
  oracle: "%s"
  registry: "%s"
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
  resubmit_after: 4s
bond:
  target_wei: "20000000000000000000"
metrics:
  addr: 127.0.0.1:0
log:
  level: info
`, wsURL, dep.Oracle.Address().Hex(), dep.Registry.Address().Hex(), startBlock, ksFile, filepath.Join(dir, "password"),
		filepath.Join(dir, "oracled.db"), filepath.Join(dir, "models"))), 0o600)
	proc := &oracledProc{bin: filepath.Join(dir, "oracled"), config: cfgPath, log: filepath.Join(dir, "oracled.log")}
	goBuild(t, proc.bin, "./cmd/oracled")
	proc.start(t)
	defer func() {
		proc.kill()
		if t.Failed() {
			b, _ := os.ReadFile(proc.log)
			lines := strings.Split(string(b), "\n")
			t.Logf("oracled log (last 40 lines):\n%s", strings.Join(lines[max(0, len(lines)-40):], "\n"))
		}
	}()

	// geth --dev runs go-ethereum's future forks, whose storage pricing makes the ResultStore's
	// three fresh slots cost several times mainnet's: give the callback room.
	const callbackGas = 1_500_000
	// Requests from two accounts over ~40 s while oracled is killed and restarted 10 times.
	const perAccount = 30
	var mu sync.Mutex
	var ids []*big.Int
	var wg sync.WaitGroup
	errc := make(chan error, 2)
	for ai, who := range []string{devchain.User, devchain.User2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := sender(who)
			rng := rand.New(rand.NewPCG(uint64(ai), 99))
			for k := 0; k < perAccount; k++ {
				m := models[k%len(models)]
				in := m.art.Program.Values[m.art.Program.Inputs[0]]
				input := make([]byte, 8*in.Len())
				for i := range input {
					if i%8 >= 5 {
						input[i] = byte(rng.IntN(256))
					}
				}
				fee, err := dep.Oracle.CallEstimateFee(ctx, m.id, callbackGas)
				if err != nil {
					errc <- err
					return
				}
				rcpt, err := s.Send(ctx, dep.Oracle.RequestTx(contracts.NewRequest{ModelID: m.id, Input: input, Callback: rs.Address(), CallbackGasLimit: callbackGas}, fee))
				if err != nil {
					errc <- err
					return
				}
				mu.Lock()
				ids = append(ids, dep.Oracle.ParseInferenceRequested(rcpt)[0].RequestID)
				mu.Unlock()
			}
		}()
	}
	rng := rand.New(rand.NewPCG(42, 42))
	kills := 10
	if os.Getenv("AUSPEX_E2E_KILLS") != "" {
		fmt.Sscan(os.Getenv("AUSPEX_E2E_KILLS"), &kills)
	}
	for k := 0; k < kills; k++ {
		time.Sleep(time.Duration(500+rng.IntN(3500)) * time.Millisecond)
		proc.kill()
		time.Sleep(time.Duration(rng.IntN(1500)) * time.Millisecond)
		proc.start(t)
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Fatal(err)
	}
	deadline := time.Now().Add(3 * time.Minute)
	for {
		d, err := rs.CallDeliveries(ctx)
		if err == nil && d >= uint64(len(ids)) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d requests delivered after the kills", d, len(ids))
		}
		time.Sleep(time.Second)
	}
	time.Sleep(3 * time.Second) // a duplicate would land now

	// Count, on-chain, every transaction the operator sent, by kind and request id.
	orcABI := bindings.NewAIOracle().GetABI()
	proposals, finalizes := map[common.Hash]int{}, map[common.Hash]int{}
	head, _ := client.BlockNumber(ctx)
	signer := types.LatestSignerForChainID(chain.SimChainID)
	op := crypto.PubkeyToAddress(opKey.PublicKey)
	for n := startBlock; n <= head; n++ {
		b, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil || from != op || tx.To() == nil || *tx.To() != dep.Oracle.Address() || len(tx.Data()) < 4 {
				continue
			}
			method, err := orcABI.MethodById(tx.Data()[:4])
			if err != nil {
				continue
			}
			args, err := method.Inputs.Unpack(tx.Data()[4:])
			if err != nil || len(args) == 0 {
				continue
			}
			id, ok := args[0].(*big.Int)
			if !ok {
				continue
			}
			switch method.Name {
			case "proposeResult", "proposeError":
				proposals[common.BigToHash(id)]++
			case "finalize":
				finalizes[common.BigToHash(id)]++
			}
		}
	}
	finalized := eventCount(t, client, dep.Oracle, "InferenceFinalized", startBlock)
	for _, id := range ids {
		k := common.BigToHash(id)
		if proposals[k] != 1 {
			t.Errorf("request %s: %d proposal transactions", k, proposals[k])
		}
		if finalized[k] != 1 {
			t.Errorf("request %s finalized %d times", k, finalized[k])
		}
		d, err := rs.CallResultOf(ctx, id)
		if err != nil || d.Count != 1 {
			t.Errorf("request %s: %d callbacks (%v)", k, d.Count, err)
		}
	}
	extra := 0
	for _, c := range finalizes {
		extra += c - 1
	}
	t.Logf("%d requests, %d oracled starts (%d SIGKILLs): each proposed by exactly one transaction and finalized once; %d redundant finalize transactions",
		len(ids), proc.starts, kills, extra)
	if n := countLines(t, proc.log, "resuming journaled transaction"); n > 0 {
		t.Logf("%d journaled transactions resumed after kills", n)
	}
}

func writeKeystore(t *testing.T, dir string, k *ecdsa.PrivateKey, password string) string {
	return writeKeystoreAs(t, dir, "operator", k, password)
}

func writeKeystoreAs(t *testing.T, dir, name string, k *ecdsa.PrivateKey, password string) string {
	key := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}
	blob, err := keystore.EncryptKey(key, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name+".json")
	if err := os.WriteFile(p, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func eventCount(t *testing.T, c *ethclient.Client, o *contracts.Oracle, name string, from uint64) map[common.Hash]int {
	logs, err := c.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{o.Address()}, Topics: [][]common.Hash{{o.EventTopic(name)}}})
	if err != nil {
		t.Fatal(err)
	}
	out := map[common.Hash]int{}
	for _, l := range logs {
		out[l.Topics[1]]++
	}
	return out
}

func countLines(t *testing.T, path, substr string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.Contains(sc.Text(), substr) {
			n++
		}
	}
	return n
}
