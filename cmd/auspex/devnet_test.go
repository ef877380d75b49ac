package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/viper"

	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/testutil"
)

func runCLI(t *testing.T, ctx context.Context, args ...string) (string, error) {
	t.Helper()
	out, _, err := runCLIErr(t, ctx, args...)
	return out, err
}

// runCLIErr is runCLI with what the command writes to its stderr (progress, warnings).
func runCLIErr(t *testing.T, ctx context.Context, args ...string) (string, string, error) {
	t.Helper()
	root := newRoot()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	root.SetContext(ctx)
	err := root.Execute()
	return out.String(), errOut.String(), err
}

// The README's main command, run as a test from the repository root on every shipped digit:
// the in-process node answers, the window passes, the node finalizes and the dApp stores the digit.
// The last digit's demo runs outside the checkout, from the files shipped in the binary, its ZK
// model's verifier compiled by the pinned solc installed in the user's cache.
func TestDevnetDemoClassifiesEveryShippedDigit(t *testing.T) {
	t.Chdir("../..")
	t.Setenv("AUSPEX_DEVNET_DEPLOYMENT_FILE", filepath.Join(t.TempDir(), "devnet.json"))
	for i := 0; i < 4; i++ {
		outside := i == 3
		if outside {
			t.Chdir(t.TempDir())
		}
		out, err := runCLI(t, context.Background(), "--log-level", "error", "devnet", "--demo", "--json", "--block-time", "200ms",
			"--port", fmt.Sprint(testutil.FreePort(t)), "--ws-port", fmt.Sprint(testutil.FreePort(t)), "--image", fmt.Sprint(i))
		if err != nil {
			t.Fatalf("image %d: %v", i, err)
		}
		var res storyResult
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("image %d: %v\n%s", i, err, out)
		}
		if res.Digit != res.Label {
			t.Fatalf("image %d: stored digit %d, label %d", i, res.Digit, res.Label)
		}
		var proposed, finalized bool
		for _, s := range res.Steps {
			proposed = proposed || (strings.Contains(s.Action, "proposed") && s.Tx != "" && s.Gas > 0)
			finalized = finalized || (strings.Contains(s.Action, "finalized") && s.Tx != "" && s.Gas > 0)
		}
		if !proposed || !finalized {
			t.Fatalf("image %d: the node's proposal or finalization is missing from the story", i)
		}
		var held, lied, won, truth bool
		for _, s := range res.Steps {
			held = held || strings.Contains(s.Action, "exactly the operator's bond")
			lied = lied || (strings.Contains(s.Action, "DISHONEST node proposed") && s.Tx != "")
			won = won || (strings.Contains(s.Action, "won the game") && s.Tx != "")
			truth = truth || strings.Contains(s.Action, "the truth, despite the lie")
		}
		if !held || !lied || !won || !truth {
			t.Fatalf("image %d: story incomplete (bond check %v, lie %v, game won %v, truth delivered %v)", i, held, lied, won, truth)
		}
		// The IMO part: 100 paid requests, exact pro-rata claims, a burn, an ERC-7007 mint.
		imo := res.IMO
		if imo == nil || imo.Requests != 100 || len(imo.Claimed) != 3 || imo.NFTBefore || !imo.NFTAfter || imo.Redeemed == "0" {
			t.Fatalf("image %d: IMO story %+v", i, imo)
		}
		for who, got := range imo.Claimed {
			if got != imo.Expected[who] {
				t.Fatalf("image %d: %s claimed %s, expected %s", i, who, got, imo.Expected[who])
			}
		}
		// The zkML part: the ZK model's request proven and final in one transaction.
		if res.ZK == nil || res.ZK.Model != "gonnx-mlp-zk" || res.ZK.Gas == 0 || len(res.ZK.Output) < 4 {
			t.Fatalf("image %d: zk story %+v", i, res.ZK)
		}
	}
}

// A dApp developer's session: devnet running, then model list/show/register, request, status.
func TestDevnetWithClientCommands(t *testing.T) {
	dep := runTestDevnet(t)
	bg := context.Background()
	out, err := runCLI(t, bg, "model", "list", "--deployment", dep, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var models []modelView
	if err := json.Unmarshal([]byte(out), &models); err != nil || len(models) != 4 || models[3].Mode != "ZK" || models[0].Name != "mnist-8" {
		t.Fatalf("model list: %v %s", err, out)
	}
	if out, err = runCLI(t, bg, "model", "list", "--deployment", dep); err != nil || !strings.Contains(out, "mnist-8") || !strings.Contains(out, "window 10m0s") {
		t.Fatalf("model list: %v %s", err, out)
	}
	if out, err = runCLI(t, bg, "model", "show", "3", "--deployment", dep); err != nil || !strings.Contains(out, "programHash") {
		t.Fatalf("model show: %v %s", err, out)
	}
	// show names the inputs and outputs a dApp encodes and decodes.
	var mnist modelView
	if out, err = runCLI(t, bg, "model", "show", "1", "--deployment", dep, "--json"); err != nil || json.Unmarshal([]byte(out), &mnist) != nil ||
		len(mnist.Inputs) != 1 || mnist.Inputs[0].Name != "Input3" || fmt.Sprint(mnist.Inputs[0].Shape) != "[1 1 28 28]" ||
		len(mnist.Outputs) != 1 || fmt.Sprint(mnist.Outputs[0].Shape) != "[1 10]" || mnist.Outputs[0].Scale != 24 {
		t.Fatalf("model show 1: %v %s", err, out)
	}
	out, err = runCLI(t, bg, "model", "register", "--deployment", dep, "--account", "creator", "--json",
		"--file", "models/gonnx-mlp/model.onnx", "--fee-wei", "5", "--window", "60")
	if err != nil || !strings.Contains(out, `"id": 5`) {
		t.Fatalf("model register: %v %s", err, out)
	}
	// register published the file; publish resumes (here: nothing left) and refuses another file.
	if !strings.Contains(out, `"published_chunks": 1`) {
		t.Fatalf("model register did not publish: %s", out)
	}
	if out, err = runCLI(t, bg, "model", "publish", "5", "models/gonnx-mlp/model.onnx", "--deployment", dep, "--account", "user", "--json"); err != nil || !strings.Contains(out, `"chunks": 0`) {
		t.Fatalf("model publish: %v %s", err, out)
	}
	if out, err = runCLI(t, bg, "model", "publish", "5", "models/mnist-8/model.onnx", "--deployment", dep, "--account", "user"); err == nil || !strings.Contains(out+err.Error(), "does not match") {
		t.Fatalf("model publish of another file: %v %s", err, out)
	}
	// velardo-sum (#3) adds two numbers through a sigmoid MLP.
	out, err = runCLI(t, bg, "request", "--deployment", dep, "--account", "user", "--json", "--model", "3", "--values", "0.1,0.2", "--wait", "2m")
	if err != nil {
		t.Fatalf("request: %v %s", err, out)
	}
	var v requestView
	if err := json.Unmarshal([]byte(out), &v); err != nil || v.Status != "finalized" || len(v.Values) != 1 {
		t.Fatalf("request result: %v %s", err, out)
	}
	// 0.2859681 in ONNX: printed in real units, the raw q at scale 24 beside it.
	if got := v.Values[0]; got < 0.2855 || got > 0.2865 || len(v.RawValues) != 1 || float64(v.RawValues[0])/(1<<24) != got {
		t.Fatalf("sum model answered %v (raw %v)", got, v.RawValues)
	}
	out, err = runCLI(t, bg, "status", v.RequestID, "--deployment", dep)
	if err != nil || !strings.Contains(out, "status finalized") {
		t.Fatalf("status: %v %s", err, out)
	}
	if _, err := runCLI(t, bg, "request", "--deployment", dep, "--account", "user", "--model", "3", "--values", "0.1"); err == nil {
		t.Fatal("a wrong number of values was accepted")
	}
	// An input the model does not take ends in error 1, named, with a non-zero exit status; the
	// wait tells each step, and the devnet's clock is moved past the window as a developer would.
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := runCLI(t, bg, "request", "--deployment", dep, "--account", "user", "--json", "--model", "3", "--input-hex", "0x010203", "--wait", "2m")
		done <- result{out, err}
	}()
	var r result
	for warped := false; ; {
		select {
		case r = <-done:
		case <-time.After(time.Second):
			if !warped {
				if _, err := runCLI(t, bg, "devnet", "warp", "2m", "--deployment", dep); err == nil {
					warped = true
				}
			}
			continue
		}
		break
	}
	if r.err == nil || !strings.Contains(r.err.Error(), "ended with error 1 (invalid input") {
		t.Fatalf("an invalid input: exit error %v", r.err)
	}
	if err := json.Unmarshal([]byte(r.out), &v); err != nil || v.ErrorCode != 1 || !strings.HasPrefix(v.Error, "invalid input") {
		t.Fatalf("an invalid input: %v %s", err, r.out)
	}
	// gonnx-mlp-zk (#4) is proven by the devnet's node: final at once, no window.
	out, err = runCLI(t, bg, "request", "--deployment", dep, "--account", "user", "--json", "--model", "4", "--values", "0.5,0.5,0.5", "--wait", "2m")
	if err != nil {
		t.Fatalf("zk request: %v %s", err, out)
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil || v.Status != "finalized" || len(v.Values) == 0 {
		t.Fatalf("zk request result: %v %s", err, out)
	}
	// A model creator's zk setup against the running devnet: keys, verifier deployed, model registered.
	relu := filepath.Join("..", "shared", "data", "ezkl", "1l_relu", "network.onnx")
	if _, statErr := os.Stat(relu); statErr == nil {
		out, err := runCLI(t, bg, "zk", "setup", "--model", relu, "--keys", filepath.Join(t.TempDir(), "keys"), "--register",
			"--deployment", dep, "--account", "creator", "--json")
		if err != nil || !strings.Contains(out, `"id": 6`) || strings.Contains(out, `"zk_verifier": "0x0000000000000000000000000000000000000000"`) ||
			!strings.Contains(out, `"zk_keys_uri": "file://`) {
			t.Fatalf("zk setup --register: %v %s", err, out)
		}
		// The devnet's node was given no keys for it: it fetches the bundle the registration
		// published, checks its hash and proves the request (issue 19).
		out, err = runCLI(t, bg, "request", "--deployment", dep, "--account", "user", "--json", "--model", "6", "--values", "-1,0.5,2", "--wait", "2m")
		if err != nil || json.Unmarshal([]byte(out), &v) != nil || v.Status != "finalized" || fmt.Sprint(v.Values) != "[0 0.5 2]" {
			t.Fatalf("a request to the newly set up ZK model: %v %s", err, out)
		}
		if out, err := runCLI(t, bg, "model", "show", "6", "--deployment", dep); err != nil || !strings.Contains(out, "zkKeys file://") {
			t.Fatalf("model show of a ZK model: %v %s", err, out)
		}
	}
	// The integer-ops model (Requant, Cast, …) is disputable on-chain, so it registers for opML.
	quant := filepath.Join("..", "shared", "data", "models", "mnist-8-uint8-integer-ops", "model.onnx")
	if _, statErr := os.Stat(quant); statErr == nil {
		if out, err := runCLI(t, bg, "model", "register", "--deployment", dep, "--account", "creator", "--file", quant, "--window", "60"); err != nil {
			t.Fatalf("the integer-ops model was refused for opML: %v %s", err, out)
		}
	}
	// A model with a symbolic input registers only with --shape, records it, and the devnet's node
	// compiles it with exactly that shape to serve a request (issue 17).
	symbolic := writeSymbolicModel(t)
	if _, err := runCLI(t, bg, "model", "register", "--deployment", dep, "--account", "creator", "--file", symbolic, "--window", "60"); err == nil ||
		!strings.Contains(err.Error(), `input "x" dimension 2 ("height") is symbolic`) {
		t.Fatalf("register without --shape: %v", err)
	}
	out, err = runCLI(t, bg, "model", "register", "--deployment", dep, "--account", "creator", "--json", "--file", symbolic, "--window", "60", "--shape", "x=1x3x2x3")
	var reg struct {
		ID          uint64 `json:"id"`
		InputShapes string `json:"input_shapes"`
	}
	if err != nil || json.Unmarshal([]byte(out), &reg) != nil || reg.InputShapes != "x=1x3x2x3" {
		t.Fatalf("register --shape: %v %s", err, out)
	}
	id := fmt.Sprint(reg.ID)
	if out, err = runCLI(t, bg, "model", "show", id, "--deployment", dep); err != nil || !strings.Contains(out, "inputShapes x=1x3x2x3") {
		t.Fatalf("model show: %v %s", err, out)
	}
	if out, err = runCLI(t, bg, "model", "list", "--deployment", dep); err != nil || !strings.Contains(out, "shapes x=1x3x2x3") {
		t.Fatalf("model list: %v %s", err, out)
	}
	values := strings.TrimSuffix(strings.Repeat("0.5,", 18), ",")
	out, err = runCLI(t, bg, "request", "--deployment", dep, "--account", "user", "--json", "--model", id, "--values", values, "--wait", "2m")
	if err != nil || json.Unmarshal([]byte(out), &v) != nil || v.Status != "finalized" || len(v.Values) != 2*2*3 {
		t.Fatalf("request to the shaped model: %v %s", err, out)
	}
}

func TestConfigCheckRejectsBadValues(t *testing.T) {
	t.Chdir("../..")
	v := viper.New()
	v.Set("protocol.operator_fee_wei", "-1")
	v.Set("devnet.block_time", "0s")
	_, err := loadConfig(v, "configs/devnet.yaml")
	if err == nil || !strings.Contains(err.Error(), "operator_fee_wei") || !strings.Contains(err.Error(), "block_time") {
		t.Fatalf("bad config accepted or error unclear: %v", err)
	}
	if _, err := loadConfig(viper.New(), "configs/missing.yaml"); err == nil {
		t.Fatal("missing config file accepted")
	}
	cfg, err := loadConfig(viper.New(), "configs/devnet.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Devnet.Models[1].Shapes = []string{"data_input=1x0"}
	if err := cfg.Check(); err == nil || !strings.Contains(err.Error(), "devnet.models[1].shapes") {
		t.Fatalf("a bad shape accepted or error unclear: %v", err)
	}
}

// A model creator's and its holders' session on the devnet: imo start / buy / finalize, paid
// requests, token snapshot / claim / burn / show, and an ERC-7007 mint bound once final.
func TestDevnetIMOCommands(t *testing.T) {
	dep := runTestDevnet(t)
	bg := context.Background()
	cli := func(args ...string) string {
		t.Helper()
		out, err := runCLI(t, bg, append(args, "--deployment", dep)...)
		if err != nil {
			t.Fatalf("auspex %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	// mnist-8 again with a one-minute window (the shipped registration's is ten minutes).
	out := cli("model", "register", "--account", "creator", "--json", "--file", "models/mnist-8/model.onnx", "--fee-wei", "10000000000000000", "--window", "60")
	if !strings.Contains(out, `"id": 5`) {
		t.Fatalf("model register: %s", out)
	}
	cli("imo", "start", "--account", "creator", "--model", "5", "--name", "MNIST-8 revenue", "--symbol", "MNIST",
		"--supply", "1000", "--creator-share", "400", "--price-wei", "1000000000000000", "--soft-cap", "100", "--duration", "1h",
		"--snapshot-interval", "1", "--percent-claimable", "80")
	for who, n := range map[string]string{"user": "300", "user2": "200", "challenger": "100"} {
		cli("imo", "buy", "--account", who, "--model", "5", "--amount", n)
	}
	cli("imo", "finalize", "--account", "creator", "--model", "5")
	for _, who := range []string{"user", "user2", "challenger"} {
		cli("imo", "finalize", "--account", who, "--model", "5")
	}
	digits, err := os.ReadFile(filepath.Join("examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	img := filepath.Join(t.TempDir(), "digit.u8")
	if err := os.WriteFile(img, digits[:784], 0o600); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i := 0; i < 3; i++ {
		var v requestView
		if err := json.Unmarshal([]byte(cli("request", "--account", "user", "--model", "5", "--input", img, "--json")), &v); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, v.RequestID)
	}
	out = cli("nft", "create", "--account", "creator", "--model", "5", "--name", "Digits", "--symbol", "DGT", "--json")
	var coll struct {
		Collection string `json:"collection"`
	}
	if err := json.Unmarshal([]byte(out), &coll); err != nil {
		t.Fatalf("nft create: %v %s", err, out)
	}
	for _, id := range ids {
		waitUntil(t, "request "+id+" finalized", 2*time.Minute, func() bool {
			return strings.Contains(cli("status", id), "status finalized")
		})
	}
	out = cli("token", "snapshot", "--account", "treasury", "--model", "5", "--json")
	var snap struct {
		Pool string `json:"claim_pool_wei"`
	}
	if err := json.Unmarshal([]byte(out), &snap); err != nil || snap.Pool == "0" {
		t.Fatalf("snapshot: %v %s", err, out)
	}
	out = cli("token", "claim", "--account", "user", "--model", "5", "--json")
	var claim struct {
		Claimed string `json:"claimed_wei"`
	}
	pool, _ := new(big.Int).SetString(snap.Pool, 10)
	want := new(big.Int).Div(new(big.Int).Mul(pool, big.NewInt(300)), big.NewInt(1000))
	if err := json.Unmarshal([]byte(out), &claim); err != nil || claim.Claimed != want.String() {
		t.Fatalf("claim: %v %s (want %s)", err, out, want)
	}
	cli("token", "burn", "--account", "challenger", "--model", "5", "--amount", "50")
	if out := cli("token", "show", "--model", "5", "--holder", crypto.PubkeyToAddress(devchain.DevKey("challenger").PublicKey).Hex()); !strings.Contains(out, "50.000000") {
		t.Fatalf("token show after the burn:\n%s", out)
	}
	out = cli("nft", "mint", "--account", "user2", "--collection", coll.Collection, "--input", img, "--wait", "2m", "--json")
	if !strings.Contains(out, "aigc_data") {
		t.Fatalf("nft mint: %s", out)
	}
	if out := cli("nft", "show", "--collection", coll.Collection, "--input", img); !strings.Contains(out, "content bound: true") {
		t.Fatalf("nft show:\n%s", out)
	}
}

func waitUntil(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	end := time.Now().Add(d)
	for !cond() {
		if time.Now().After(end) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// runTestDevnet runs `auspex devnet` from the repository root until the test ends and returns its
// deployment file once the chain answers.
func runTestDevnet(t *testing.T, flags ...string) string {
	t.Helper()
	t.Chdir("../..")
	dep := filepath.Join(t.TempDir(), "devnet.json")
	t.Setenv("AUSPEX_DEVNET_DEPLOYMENT_FILE", dep)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		args := append([]string{"--log-level", "error", "devnet", "--block-time", "200ms", "--port", fmt.Sprint(testutil.FreePort(t)), "--ws-port", fmt.Sprint(testutil.FreePort(t))}, flags...)
		_, err := runCLI(t, ctx, args...)
		done <- err
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("devnet: %v", err)
		}
	})
	waitUntil(t, "the devnet", time.Minute, func() bool {
		_, err := runCLI(t, context.Background(), "model", "list", "--deployment", dep)
		return err == nil
	})
	return dep
}

// auspex zk setup / prove / verify on an EZKL MLP: the proof verifies, a tampered one does not.
func TestZKCommands(t *testing.T) {
	model := filepath.Join("..", "..", "..", "shared", "data", "ezkl", "1l_mlp", "network.onnx")
	if _, err := os.Stat(model); err != nil {
		t.Skip("no EZKL example")
	}
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	bg := context.Background()
	if out, errOut, err := runCLIErr(t, bg, "zk", "setup", "--model", model, "--keys", keys); err != nil || !strings.Contains(out, "constraints") ||
		strings.Contains(out+errOut, "\r") || strings.Contains(out+errOut, "may not work") || strings.Contains(out+errOut, "compiling circuit") ||
		strings.Contains(out+errOut, "\x1b[") {
		t.Fatalf("zk setup (no spinner frames, colours, gnark progress or false alarms off a terminal): %v %q %q", err, out, errOut)
	}
	// A ZK model is registered with its keys published, and with keys for its own program only.
	if _, err := runCLI(t, bg, "model", "register", "--file", model, "--mode", "zk", "--zk-verifier", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"); err == nil ||
		!strings.Contains(err.Error(), "needs --zk-keys") {
		t.Fatalf("a ZK model registered without keys: %v", err)
	}
	relu := filepath.Join(filepath.Dir(filepath.Dir(model)), "1l_relu", "network.onnx")
	if _, err := runCLI(t, bg, "model", "register", "--file", relu, "--mode", "zk", "--zk-keys", filepath.Join(keys, "keys.tar")); err == nil ||
		!strings.Contains(err.Error(), "is for program") {
		t.Fatalf("a ZK model registered with another program's keys: %v", err)
	}
	// One input, wide form: 3 int64 values (about 0.5 at the input's scale).
	input := filepath.Join(dir, "input.bin")
	raw := make([]byte, 24)
	for i := 0; i < 3; i++ {
		raw[8*i+5] = 0x80
	}
	if err := os.WriteFile(input, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	proof := filepath.Join(dir, "proof.json")
	if out, err := runCLI(t, bg, "zk", "prove", "--model", model, "--keys", keys, "--input", input, "--account", "operator", "--out", proof); err != nil {
		t.Fatalf("zk prove: %v %s", err, out)
	}
	if out, err := runCLI(t, bg, "zk", "verify", "--model", model, "--keys", keys, "--proof", proof, "--input", input); err != nil || !strings.Contains(out, "proof verified") {
		t.Fatalf("zk verify: %v %s", err, out)
	}
	// Made for the operator, the proof does not verify for another account (issue #14).
	if _, err := runCLI(t, bg, "zk", "verify", "--model", model, "--keys", keys, "--proof", proof, "--input", input, "--prover", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"); err == nil {
		t.Fatal("a proof verified for another prover")
	}
	b, _ := os.ReadFile(proof)
	// Another output under the same proof: the digest no longer binds input and output.
	if err := os.WriteFile(proof, []byte(strings.Replace(string(b), `"output": "`, `"output": "01`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, bg, "zk", "verify", "--model", model, "--keys", keys, "--proof", proof, "--input", input); err == nil {
		t.Fatal("a proof verified for another output")
	}
	// Without the input only the digest is checked, and verify says so rather than "proof verified".
	if out, err := runCLI(t, bg, "zk", "verify", "--model", model, "--keys", keys, "--proof", proof); err != nil || !strings.Contains(out, "were NOT checked") {
		t.Fatalf("zk verify of a tampered output without --input: %v %s", err, out)
	}
	// Verifying reads the verifying key alone: the proving key and the circuit may be absent.
	vkOnly := filepath.Join(dir, "vk-only")
	if err := os.MkdirAll(vkOnly, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"circuit.json", "verifying.key"} {
		b, err := os.ReadFile(filepath.Join(keys, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(vkOnly, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(proof, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := runCLI(t, bg, "zk", "verify", "--model", model, "--keys", vkOnly, "--proof", proof, "--input", input); err != nil || !strings.Contains(out, "it binds this input") {
		t.Fatalf("zk verify with the verifying key alone: %v %s", err, out)
	}
	if err := os.WriteFile(proof, []byte(strings.Replace(string(b), `"raw": "`, `"raw": "00`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, bg, "zk", "verify", "--model", model, "--keys", keys, "--proof", proof); err == nil {
		t.Fatal("a tampered proof verified")
	}
}

// A developer with anvil or hardhat on the port gets a clear error, not a goroutine trace.
func TestDevnetRefusesATakenPort(t *testing.T) {
	t.Chdir("../..")
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	t.Setenv("AUSPEX_DEVNET_DEPLOYMENT_FILE", filepath.Join(t.TempDir(), "devnet.json"))
	_, err = runCLI(t, context.Background(), "--log-level", "error", "devnet", "--port", fmt.Sprint(port), "--ws-port", fmt.Sprint(testutil.FreePort(t)))
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("port %d on 127.0.0.1 is taken", port)) {
		t.Fatalf("devnet on a taken port: %v", err)
	}
}

// --no-node and --no-verifier leave the devnet to an operator's own node and verifier: the summary
// says so and gives every address they need, with the block to start scanning from.
func TestDevnetWithoutNodeAndVerifier(t *testing.T) {
	t.Chdir("../..")
	dep := filepath.Join(t.TempDir(), "devnet.json")
	t.Setenv("AUSPEX_DEVNET_DEPLOYMENT_FILE", dep)
	if _, err := runCLI(t, context.Background(), "devnet", "--demo", "--no-node"); err == nil || !strings.Contains(err.Error(), "--no-node") {
		t.Fatalf("--demo --no-node: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := runCLI(t, ctx, "--log-level", "error", "devnet", "--no-node", "--no-verifier", "--block-time", "200ms",
			"--port", fmt.Sprint(testutil.FreePort(t)), "--ws-port", fmt.Sprint(testutil.FreePort(t)))
		done <- result{out, err}
	}()
	waitUntil(t, "the devnet", time.Minute, func() bool {
		_, err := os.Stat(dep)
		return err == nil
	})
	cancel()
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	for _, want := range []string{"Oracle node: none (--no-node)", "Verifier:    none (--no-verifier)", "DisputeGame ", "OneStepVerifier ", "contracts.start_block"} {
		if !strings.Contains(r.out, want) {
			t.Fatalf("the summary lacks %q:\n%s", want, r.out)
		}
	}
	var d Deployment
	b, _ := os.ReadFile(dep)
	if err := json.Unmarshal(b, &d); err != nil || d.DisputeGame == (common.Address{}) || !strings.Contains(string(b), `"start_block"`) {
		t.Fatalf("deployment file: %v\n%s", err, b)
	}
}

// Time travel and the faucet, as a Foundry or Hardhat user drives them: evm_increaseTime and
// evm_mine over the devnet's JSON-RPC (what `cast rpc` sends), `auspex devnet warp`, and
// `auspex fund` for a fresh keystore's address; every other method still reaches the chain.
func TestDevnetTimeTravelAndFaucet(t *testing.T) {
	dep := runTestDevnet(t, "--no-node", "--no-verifier")
	ctx := context.Background()
	var d Deployment
	b, _ := os.ReadFile(dep)
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	rc, err := rpc.DialContext(ctx, d.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	ec := ethclient.NewClient(rc)
	before, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var secs int64
	if err := rc.CallContext(ctx, &secs, "evm_increaseTime", "0xe10"); err != nil || secs != 3600 {
		t.Fatalf("evm_increaseTime 0xe10: %d, %v", secs, err)
	}
	var mined string
	if err := rc.CallContext(ctx, &mined, "evm_mine"); err != nil {
		t.Fatalf("evm_mine: %v", err)
	}
	after, _ := ec.HeaderByNumber(ctx, nil)
	if after.Time < before.Time+3600 || after.Number.Uint64() < before.Number.Uint64()+2 {
		t.Fatalf("head %d at %d → %d at %d: the clock or the blocks did not move", before.Number, before.Time, after.Number, after.Time)
	}
	if err := rc.CallContext(ctx, &secs, "evm_snapshot"); err == nil || !strings.Contains(err.Error(), "evm_increaseTime and evm_mine") {
		t.Fatalf("an evm_ method the devnet lacks: %v", err)
	}
	if err := rc.CallContext(ctx, &secs, "evm_increaseTime", -5); err == nil {
		t.Fatal("a negative evm_increaseTime was accepted")
	}
	out, err := runCLI(t, ctx, "devnet", "warp", "10m", "--deployment", dep, "--json")
	if err != nil || !strings.Contains(out, `"seconds": 600`) {
		t.Fatalf("devnet warp: %v %s", err, out)
	}
	if now, _ := ec.HeaderByNumber(ctx, nil); now.Time < after.Time+600 {
		t.Fatalf("warp 10m: block time %d, was %d", now.Time, after.Time)
	}
	if _, err := runCLI(t, ctx, "devnet", "warp", "soon", "--deployment", dep); err == nil {
		t.Fatal("warp accepted a non-duration")
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000a0cE5")
	out, err = runCLI(t, ctx, "fund", to.Hex(), "--eth", "3", "--deployment", dep)
	if err != nil || !strings.Contains(out, "balance now 3 ETH") {
		t.Fatalf("fund: %v %s", err, out)
	}
	if bal, _ := ec.BalanceAt(ctx, to, nil); bal.Cmp(new(big.Int).Mul(big.NewInt(3), big.NewInt(1e18))) != 0 {
		t.Fatalf("funded balance %s", bal)
	}
	// No node runs here: a request gets no answer, and once its deadline passes anyone refunds it.
	out, err = runCLI(t, ctx, "request", "--deployment", dep, "--account", "user", "--model", "3", "--values", "0.1,0.2", "--wait", "0", "--json")
	var req requestView
	if err != nil || json.Unmarshal([]byte(out), &req) != nil {
		t.Fatalf("request: %v %s", err, out)
	}
	if _, err := runCLI(t, ctx, "refund", req.RequestID, "--deployment", dep, "--account", "operator"); err == nil || !strings.Contains(err.Error(), "not refundable") {
		t.Fatalf("refund before the deadline: %v", err)
	}
	if _, err := runCLI(t, ctx, "devnet", "warp", "2h", "--deployment", dep); err != nil {
		t.Fatal(err)
	}
	if out, err = runCLI(t, ctx, "refund", req.RequestID, "--deployment", dep, "--account", "operator"); err != nil || !strings.Contains(out, "ETH keeper pay to you") {
		t.Fatalf("refund: %v %s", err, out)
	}
	if out, err = runCLI(t, ctx, "status", req.RequestID, "--deployment", dep); err != nil || !strings.Contains(out, "status refunded") || !strings.Contains(out, " ago)") {
		t.Fatalf("status after the refund: %v %s", err, out)
	}
	// A batch passes through to the chain as it is.
	batch := []rpc.BatchElem{{Method: "eth_chainId", Result: new(string)}, {Method: "eth_blockNumber", Result: new(string)}}
	if err := rc.BatchCallContext(ctx, batch); err != nil || batch[0].Error != nil || batch[1].Error != nil {
		t.Fatalf("batch: %v %v %v", err, batch[0].Error, batch[1].Error)
	}
	// Foundry's own client, as a developer's script calls it (cast from npm, installed by
	// scripts/npm-setup.sh with forge).
	casts, _ := filepath.Glob("contracts/node_modules/@foundry-rs/cast-*/bin/cast")
	if len(casts) == 0 {
		t.Skip("no cast under contracts/node_modules (run scripts/npm-setup.sh)")
	}
	prev, _ := ec.HeaderByNumber(ctx, nil)
	for _, args := range [][]string{{"rpc", "--rpc-url", d.HTTP, "evm_increaseTime", "600"}, {"rpc", "--rpc-url", d.HTTP, "evm_mine"}} {
		if b, err := exec.Command(casts[0], args...).CombinedOutput(); err != nil {
			t.Fatalf("cast %v: %v\n%s", args, err, b)
		}
	}
	if now, _ := ec.HeaderByNumber(ctx, nil); now.Time < prev.Time+600 {
		t.Fatalf("cast rpc evm_increaseTime 600: block time %d, was %d", now.Time, prev.Time)
	}
}

// The binary works from any directory: outside a checkout it takes the configuration, models and
// digits it ships with.
func TestDevnetFromAnyDirectory(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // the pinned solc installed from npm, as on a fresh machine
	dep := filepath.Join(t.TempDir(), "devnet.json")
	t.Setenv("AUSPEX_DEVNET_DEPLOYMENT_FILE", dep)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := runCLI(t, ctx, "--log-level", "error", "devnet", "--no-node", "--no-verifier", "--block-time", "200ms",
			"--port", fmt.Sprint(testutil.FreePort(t)), "--ws-port", fmt.Sprint(testutil.FreePort(t)))
		done <- err
	}()
	waitUntil(t, "the devnet", 2*time.Minute, func() bool {
		_, err := os.Stat(dep)
		return err == nil
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	var d Deployment
	b, _ := os.ReadFile(dep)
	if err := json.Unmarshal(b, &d); err != nil || d.Models["mnist-8"] == 0 || d.Models["velardo-sum-mlp-sigmoid"] == 0 || d.Models["gonnx-mlp-zk"] == 0 {
		t.Fatalf("devnet outside a checkout: %v %s", err, b)
	}
	if _, err := shippedFile("examples/mnist/labels-4.u8", t.TempDir()); err != nil {
		t.Fatal(err)
	}
	if _, err := shippedFile("models/none/model.onnx", t.TempDir()); err == nil || !strings.Contains(err.Error(), "not one auspex ships with") {
		t.Fatalf("a file auspex does not ship: %v", err)
	}
}
