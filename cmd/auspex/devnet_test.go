package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/viper"

	"github.com/auspex-labs/auspex/internal/testutil"
)

func runCLI(t *testing.T, ctx context.Context, args ...string) (string, error) {
	t.Helper()
	root := newRoot()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetArgs(args)
	root.SetContext(ctx)
	err := root.Execute()
	return out.String(), err
}

// The README's main command, run as a test from the repository root on every shipped digit:
// the in-process node answers, the window passes, the node finalizes and the dApp stores the digit.
func TestDevnetDemoClassifiesEveryShippedDigit(t *testing.T) {
	t.Chdir("../..")
	t.Setenv("AUSPEX_DEVNET_DEPLOYMENT_FILE", filepath.Join(t.TempDir(), "devnet.json"))
	for i := 0; i < 4; i++ {
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
	}
}

// A dApp developer's session: devnet running, then model list/show/register, request, status.
func TestDevnetWithClientCommands(t *testing.T) {
	t.Chdir("../..")
	dep := filepath.Join(t.TempDir(), "devnet.json")
	t.Setenv("AUSPEX_DEVNET_DEPLOYMENT_FILE", dep)
	port := testutil.FreePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := runCLI(t, ctx, "--log-level", "error", "devnet", "--block-time", "200ms", "--port", fmt.Sprint(port), "--ws-port", fmt.Sprint(testutil.FreePort(t)))
		done <- err
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("devnet: %v", err)
		}
	}()
	deadline := time.Now().Add(time.Minute)
	for {
		if _, err := runCLI(t, context.Background(), "model", "list", "--deployment", dep); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("devnet did not come up")
		}
		time.Sleep(200 * time.Millisecond)
	}
	bg := context.Background()
	out, err := runCLI(t, bg, "model", "list", "--deployment", dep, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var models []modelView
	if err := json.Unmarshal([]byte(out), &models); err != nil || len(models) != 3 {
		t.Fatalf("model list: %v %s", err, out)
	}
	if out, err = runCLI(t, bg, "model", "show", "3", "--deployment", dep); err != nil || !strings.Contains(out, "programHash") {
		t.Fatalf("model show: %v %s", err, out)
	}
	out, err = runCLI(t, bg, "model", "register", "--deployment", dep, "--account", "creator", "--json",
		"--file", "models/gonnx-mlp/model.onnx", "--fee-wei", "5", "--window", "60")
	if err != nil || !strings.Contains(out, `"id": 4`) {
		t.Fatalf("model register: %v %s", err, out)
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
	// 0.2859681 in ONNX; q at scale 24.
	if got := float64(v.Values[0]) / (1 << 24); got < 0.2855 || got > 0.2865 {
		t.Fatalf("sum model answered %v", got)
	}
	out, err = runCLI(t, bg, "status", v.RequestID, "--deployment", dep)
	if err != nil || !strings.Contains(out, "status finalized") {
		t.Fatalf("status: %v %s", err, out)
	}
	if _, err := runCLI(t, bg, "request", "--deployment", dep, "--account", "user", "--model", "3", "--values", "0.1"); err == nil {
		t.Fatal("a wrong number of values was accepted")
	}
	// The integer-ops model (Requant, Cast, …) is disputable on-chain, so it registers for opML.
	quant := filepath.Join("..", "shared", "data", "models", "mnist-8-uint8-integer-ops", "model.onnx")
	if _, statErr := os.Stat(quant); statErr == nil {
		if out, err := runCLI(t, bg, "model", "register", "--deployment", dep, "--account", "creator", "--file", quant, "--window", "60"); err != nil {
			t.Fatalf("the integer-ops model was refused for opML: %v %s", err, out)
		}
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
}
