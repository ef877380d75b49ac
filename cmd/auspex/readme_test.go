package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/auspex-labs/auspex/internal/testutil"
)

// walkthrough is every command of the README's "Five-minute walkthroughs", in order, with the exit
// status and the output (stdout and stderr) it must give against a fresh devnet. The test fails
// when the README and this list differ, so neither rots alone.
var walkthrough = []struct {
	cmd  string   // as the README writes it, without its trailing comment
	exit int      // the exit status
	want []string // in the output
}{
	{`go run ./cmd/auspex fund 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --eth 10`, 0, []string{"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"}},
	{`go run ./cmd/auspex devnet warp 10m`, 0, []string{"clock moved 10m0s"}},
	{`cast rpc evm_increaseTime 600 && cast rpc evm_mine`, 0, nil},
	{`go run ./cmd/auspex model list`, 0, []string{"mnist-8", "velardo-sum-mlp-sigmoid", " ZK "}},
	{`go run ./cmd/auspex request --account user --model 3 --values 0.1,0.2`, 0, []string{"status finalized", "values ["}},
	{`head -c 784 examples/mnist/digits-784x4.u8 > my-digit.u8`, 0, nil},
	{`go run ./cmd/auspex request --account user --model 1 --input my-digit.u8 --warp`, 0, []string{"--warp", "status finalized"}},
	{`REQ=$(go run ./cmd/auspex request --account user --model 1 --input my-digit.u8 --wait 0 -q)`, 0, nil},
	{`go run ./cmd/auspex status $REQ`, 0, []string{"$REQ", "model #1"}},
	{`go run ./cmd/auspex refund $REQ --account user`, 1, []string{"not refundable"}},
	{`go run ./cmd/auspex compile --model models/velardo-sum-mlp-sigmoid/model.onnx`, 0, []string{"programHash"}},
	{`go run ./cmd/auspex model register --account creator --file models/velardo-sum-mlp-sigmoid/model.onnx --fee-wei 1000000000000000 --window 600`, 0,
		[]string{"registered model #5", "available"}},
	{`go run ./cmd/auspex model show 5`, 0, []string{"model #5 velardo-sum-mlp-sigmoid"}},
	{`go run ./cmd/auspex imo start --account creator --model 1 --name "MNIST-8 revenue" --symbol MNIST --supply 1000 --creator-share 400 --price-wei 1000000000000000 --soft-cap 300 --duration 24h`, 0, nil},
	{`go run ./cmd/auspex imo buy --account user --model 1 --amount 300`, 0, nil},
	{`go run ./cmd/auspex devnet warp 25h`, 0, []string{"clock moved 25h0m0s"}},
	{`go run ./cmd/auspex imo finalize --account user --model 1`, 0, nil},
	{`go run ./cmd/auspex imo finalize --account creator --model 1`, 0, nil},
	{`go run ./cmd/auspex request --account user --model 1 --input my-digit.u8 --warp`, 0, []string{"status finalized"}},
	{`go run ./cmd/auspex token snapshot --account user --model 1`, 0, nil},
	{`go run ./cmd/auspex token claim --account user --model 1`, 0, nil},
	{`go run ./cmd/auspex token show --model 1 --holder user`, 0, []string{"MNIST-8 revenue", "sale 0x", "succeeded", "300.000000 tokens"}},
	{`go run ./cmd/auspex nft mint --account user --input my-digit.u8 --wait 5m --warp`, 0, []string{"aigc"}},
	{`go run ./cmd/auspex nft show --input my-digit.u8`, 0, []string{"content bound: true"}},
	{`go run ./cmd/auspex zk setup --model models/gonnx-mlp/model.onnx --keys keys/ --register --account creator`, 0,
		[]string{"registered model #6", "zk keys file://"}},
	{`go run ./cmd/auspex request --account user --model 6 --values 0.5,0.5,0.5`, 0, []string{"status finalized"}},
	{`go run ./cmd/auspex zk setup --model models/mnist-8/model.onnx --keys mnist-keys/ --format bytes`, 0, []string{"constraints", "keys.tar"}},
	{`go run ./cmd/auspex zk prove --model models/mnist-8/model.onnx --keys mnist-keys/ --input my-digit.u8 --out proof.json --account user`, 0, []string{"written to proof.json"}},
	{`go run ./cmd/auspex zk verify --model models/mnist-8/model.onnx --keys mnist-keys/ --proof proof.json --input my-digit.u8`, 0, []string{"proof verified: it binds this input"}},
	{`printf 'a long passphrase' > pw.txt`, 0, nil},
	{`go tool geth account new --keystore operator-keys --password pw.txt`, 0, []string{"Public address of the key"}},
	{`go run ./cmd/auspex fund operator-keys/UTC--* --eth 100`, 0, []string{"100"}},
	// A daemon (a trailing &): running until the end, then stopped by SIGTERM with exit status 0.
	{`go run ./cmd/oracled --deployment .auspex/devnet.json --keystore operator-keys/UTC--* --password-file pw.txt --bond-target-wei 10000000000000000000 &`, 0, []string{"bond topped up"}},
	{`curl -sf --retry 60 --retry-all-errors --retry-delay 1 127.0.0.1:9464/healthz && curl -s 127.0.0.1:9464/metrics | grep -c auspex_oracle`, 0, nil},
	{`go run ./cmd/auspex request --account user --model 3 --values 0.3,0.4 --warp`, 0, []string{"status finalized"}},
	{`go tool geth account new --keystore challenger-keys --password pw.txt`, 0, []string{"Public address of the key"}},
	{`go run ./cmd/auspex fund challenger-keys/UTC--* --eth 100`, 0, nil},
	{`go run ./cmd/verifier --deployment .auspex/devnet.json --keystore challenger-keys/UTC--* --password-file pw.txt --db data/verifier.db --metrics-addr 127.0.0.1:9465 &`, 0, []string{"verifier"}},
	{`curl -sf --retry 60 --retry-all-errors --retry-delay 1 127.0.0.1:9465/healthz`, 0, nil},
}

// TestReadmeWalkthroughs runs the README's walkthroughs as a newcomer would: every command of the
// section, in order, through bash, from a directory that looks like the repository root, against a
// devnet started as the section says. `go run ./cmd/auspex` is this build of the CLI; `cast` is
// Foundry's from npm.
func TestReadmeWalkthroughs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole walkthrough section against a devnet")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	cmds, err := readmeCommands("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for i := range max(len(cmds), len(walkthrough)) {
		var got, want string
		if i < len(cmds) {
			got = cmds[i]
		}
		if i < len(walkthrough) {
			want = walkthrough[i].cmd
		}
		if got != want {
			t.Fatalf("README walkthrough command %d is\n  %s\nthe test expects\n  %s\n(update the walkthrough list with the README)", i+1, got, want)
		}
	}
	bins := t.TempDir()
	if out, err := exec.Command("go", "build", "-o", bins, ".", "../oracled", "../verifier").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	casts, _ := filepath.Glob("../../contracts/node_modules/@foundry-rs/cast-*/bin/cast")
	if len(casts) == 0 {
		t.Skip("no cast under contracts/node_modules (run scripts/npm-setup.sh)")
	}
	castDir, _ := filepath.Abs(filepath.Dir(casts[0]))

	dep := runTestDevnet(t) // the repository root is now the working directory
	root, _ := os.Getwd()
	work := t.TempDir() // the repository as a clone has it, without the developer's .auspex
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if n := e.Name(); n != ".auspex" && n != ".git" {
			if err := os.Symlink(filepath.Join(root, n), filepath.Join(work, n)); err != nil {
				t.Fatal(err)
			}
		}
	}
	depFile, err := os.ReadFile(dep)
	if err != nil {
		t.Fatal(err)
	}
	// Where the commands look for the devnet by default, as in a checkout that ran `auspex devnet`.
	if err := os.MkdirAll(filepath.Join(work, ".auspex"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(work, ".auspex", "devnet.json"), depFile, 0o644); err != nil {
		t.Fatal(err)
	}
	rpc := regexp.MustCompile(`"http": "([^"]+)"`).FindSubmatch(depFile)
	if rpc == nil {
		t.Fatalf("no http endpoint in %s", depFile)
	}
	env := append(os.Environ(), "AUSPEX_BINS="+bins, "PATH="+castDir+string(os.PathListSeparator)+os.Getenv("PATH"), "ETH_RPC_URL="+string(rpc[1]))
	// `go run ./cmd/X` is this test's build of X: the same code without a compile per command.
	const prelude = `go() { case "$1 $2" in "run ./cmd/"*) b="${2#./cmd/}"; shift 2; "$AUSPEX_BINS/$b" "$@";; *) command go "$@";; esac; }` + "\n"
	type daemon struct {
		step int
		cmd  *exec.Cmd
		out  *testutil.SyncBuffer
		done chan error
	}
	var daemons []daemon
	defer func() { // stop whatever a failed step left running
		for _, d := range daemons {
			_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
		}
	}()
	assign := regexp.MustCompile(`^([A-Z_]+)=\$\((.*)\)$`)
	vars := map[string]string{}
	for i, w := range walkthrough {
		start := time.Now()
		line, name := w.cmd, ""
		if m := assign.FindStringSubmatch(line); m != nil {
			name, line = m[1], m[2]
		}
		background := strings.HasSuffix(line, " &")
		line = strings.TrimSuffix(line, " &")
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		c := exec.CommandContext(ctx, bash, "-o", "pipefail", "-c", prelude+line)
		c.Dir, c.Env = work, env
		for k, v := range vars {
			c.Env = append(c.Env, k+"="+v)
		}
		if background {
			cancel()
			// The daemon replaces its shell (exec), so SIGTERM reaches it as a service manager's would.
			c = exec.Command(bash, "-o", "pipefail", "-c", strings.Replace(prelude, `"$AUSPEX_BINS/$b"`, `exec "$AUSPEX_BINS/$b"`, 1)+line)
			c.Dir, c.Env = work, env
			c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // stopped with its children
			out := &testutil.SyncBuffer{}
			c.Stdout, c.Stderr = out, out
			if err := c.Start(); err != nil {
				t.Fatalf("step %d `%s`: %v", i+1, w.cmd, err)
			}
			d := daemon{step: i, cmd: c, out: out, done: make(chan error, 1)}
			go func() { d.done <- c.Wait() }()
			daemons = append(daemons, d)
			t.Logf("step %2d  started  %s", i+1, w.cmd)
			continue
		}
		var stdout, stderr bytes.Buffer
		c.Stdout, c.Stderr = &stdout, &stderr
		err := c.Run()
		cancel()
		exit := 0
		if err != nil {
			exit = -1
			if ee, ok := err.(*exec.ExitError); ok {
				exit = ee.ExitCode()
			}
		}
		out := stdout.String() + stderr.String()
		if exit != w.exit {
			t.Fatalf("step %d `%s`: exit status %d, want %d (%v)\n%s", i+1, w.cmd, exit, w.exit, err, out)
		}
		for _, s := range w.want {
			for k, v := range vars {
				s = strings.ReplaceAll(s, "$"+k, v)
			}
			if !strings.Contains(out, s) {
				t.Fatalf("step %d `%s`: output lacks %q\n%s", i+1, w.cmd, s, out)
			}
		}
		if name != "" {
			vars[name] = strings.TrimSpace(stdout.String())
			if vars[name] == "" {
				t.Fatalf("step %d `%s`: printed nothing to assign to %s\n%s", i+1, w.cmd, name, out)
			}
		}
		t.Logf("step %2d  %6s  %s\n%s", i+1, time.Since(start).Round(100*time.Millisecond), w.cmd, out)
		for _, d := range daemons {
			select {
			case err := <-d.done:
				t.Fatalf("step %d `%s` exited while step %d ran: %v\n%s", d.step+1, walkthrough[d.step].cmd, i+1, err, d.out.String())
			default:
			}
		}
	}
	// The daemons ran throughout; each stops cleanly on SIGTERM, as under a service manager.
	for _, d := range daemons {
		w := walkthrough[d.step]
		_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGTERM)
		select {
		case err := <-d.done:
			if err != nil && w.exit == 0 {
				t.Errorf("step %d `%s`: stopped with %v\n%s", d.step+1, w.cmd, err, d.out.String())
			}
		case <-time.After(30 * time.Second):
			t.Errorf("step %d `%s`: still running 30 s after SIGTERM", d.step+1, w.cmd)
		}
		for _, s := range w.want {
			if !strings.Contains(d.out.String(), s) {
				t.Errorf("step %d `%s`: log lacks %q\n%s", d.step+1, w.cmd, s, d.out.String())
			}
		}
	}
	daemons = nil
}

// readmeCommands is every command in the sh blocks of the README's walkthrough section, in order:
// continuation lines joined, comments and blank lines dropped, trailing comments cut.
func readmeCommands(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	text := string(b)
	start := strings.Index(text, "\n## Five-minute walkthroughs")
	if start < 0 {
		return nil, fmt.Errorf("%s: no walkthrough section", path)
	}
	section := text[start+1:]
	if end := strings.Index(section[3:], "\n## "); end >= 0 {
		section = section[:end+3]
	}
	var cmds []string
	in, pending := false, ""
	for _, l := range strings.Split(section, "\n") {
		switch {
		case !in && l == "```sh":
			in = true
			continue
		case in && l == "```":
			in = false
			continue
		case !in:
			continue
		}
		if i := strings.Index(l, " # "); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "#") || l == "" {
			continue
		}
		if strings.HasSuffix(l, `\`) {
			pending += strings.TrimSpace(strings.TrimSuffix(l, `\`)) + " "
			continue
		}
		cmds = append(cmds, pending+l)
		pending = ""
	}
	return cmds, nil
}
