// Command soak is the soak benchmark of issue 16. It starts a devnet chain in-process (go-ethereum's
// simulated backend serving JSON-RPC and WebSocket on 127.0.0.1, a block a second), deploys the
// contracts and the dispute game, registers and publishes real models from models/, and runs
// `oracled` and `verifier` as separate processes (built with `go build`, configured by YAML like
// any deployment). In the harness process a lying node (oracle/liar, account operator2) answers
// about one request in -lie-every with a wrong result, which the verifier disputes. A steady load of
// -n requests at -rate per second over the models, ~2% with inputs of the wrong length (answered
// with an error code), is signed and sent from several accounts without waiting for receipts.
//
// Every -sample it writes a row to samples.csv: requests sent and ended on chain, the RSS of both
// processes (VmRSS), and the p99 of their per-head handling time (the histograms
// auspex_oracle_head_seconds and auspex_verifier_head_seconds from /metrics, over the window). When
// every request has ended it checks on chain, scanning the logs in chunks, that each one ended
// exactly once; then restarts oracled and the verifier on their full stores and times it. The
// markdown summary (summary.md, also printed) is what docs/BENCHMARKS.md records.
//
//	go run ./bench/soak -n 100000 -rate 55 -out /tmp/soak      # or: bench/soak.sh -n 100000
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

type options struct {
	n            int
	rate         float64
	out          string
	models       string
	invalid      float64
	lieEvery     uint64
	window       uint
	blockTime    time.Duration
	gasLimit     uint64
	sample       time.Duration
	accounts     int
	drainTimeout time.Duration
	workers      int
	maxInFlight  int
	txPoll       time.Duration
	logLevel     string
	rpcProxy     bool
	args         []string
}

func main() {
	var o options
	flag.IntVar(&o.n, "n", 100_000, "requests to send")
	flag.Float64Var(&o.rate, "rate", 55, "requests sent per second")
	flag.StringVar(&o.out, "out", "", "output directory: samples.csv, summary.md, logs, databases (default: a new temporary directory)")
	flag.StringVar(&o.models, "models", "mnist-8:2,gonnx-mlp:1,velardo-sum-mlp-sigmoid:1", "models under models/ with their weights in the mix")
	flag.Float64Var(&o.invalid, "invalid", 0.02, "share of requests whose input has the wrong length (answered with an error code)")
	flag.Uint64Var(&o.lieEvery, "lie-every", 1000, "the lying node (operator2) answers about one request in this many, with a wrong result (0: no liar)")
	flag.UintVar(&o.window, "window", 60, "challenge window of the models, seconds (the protocol's minimum is 60)")
	flag.DurationVar(&o.blockTime, "block-time", time.Second, "devnet block time")
	flag.Uint64Var(&o.gasLimit, "gas-limit", 0, "devnet block gas limit (0: go-ethereum's default, 60M; 55 requests/s need ~17M a block)")
	flag.DurationVar(&o.sample, "sample", 10*time.Second, "sampling interval")
	flag.IntVar(&o.accounts, "accounts", 8, "requester accounts (funded dev keys)")
	flag.DurationVar(&o.drainTimeout, "drain-timeout", 15*time.Minute, "after the last request is sent, how long to wait for every request to end")
	flag.IntVar(&o.workers, "workers", 2, "oracled: engine.workers")
	flag.DurationVar(&o.txPoll, "tx-poll", time.Second, "oracled, verifier and liar: tx.poll_interval (how often each transaction's receipt is polled; the block time is enough)")
	flag.IntVar(&o.maxInFlight, "max-in-flight", 512, "oracled: tx.max_in_flight (proposals and finalizations: ~2 transactions per request, each ~1-2 blocks in flight)")
	flag.StringVar(&o.logLevel, "log-level", "info", "log level of oracled, verifier and the liar")
	flag.BoolVar(&o.rpcProxy, "rpc-proxy", false, "diagnostic: connect oracled and the verifier over HTTP through a proxy that counts their JSON-RPC calls by method (rpc.csv; they then poll for heads instead of being pushed them)")
	flag.Parse()
	o.args = os.Args[1:]
	if err := o.check(); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
}

func (o *options) check() error {
	switch {
	case o.n <= 0:
		return errors.New("-n must be positive")
	case o.rate <= 0:
		return errors.New("-rate must be positive")
	case o.invalid < 0 || o.invalid > 1:
		return errors.New("-invalid must be within [0, 1]")
	case o.window < 60:
		return errors.New("-window must be at least the protocol's minimum, 60")
	case o.accounts <= 0 || o.sample <= 0 || o.blockTime <= 0:
		return errors.New("-accounts, -sample and -block-time must be positive")
	}
	if o.out == "" {
		d, err := os.MkdirTemp("", "auspex-soak-")
		if err != nil {
			return err
		}
		o.out = d
	}
	abs, err := filepath.Abs(o.out)
	if err != nil {
		return err
	}
	o.out = abs
	return os.MkdirAll(filepath.Join(o.out, "data"), 0o755)
}

// command is how to reproduce this run.
func (o options) command() string {
	if len(o.args) == 0 {
		return "go run ./bench/soak"
	}
	return "go run ./bench/soak " + strings.Join(o.args, " ")
}

func run(ctx context.Context, o options) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	say("output in %s", o.out)

	say("building oracled and verifier")
	bins, err := buildBinaries(ctx, root, filepath.Join(o.out, "bin"))
	if err != nil {
		return err
	}

	d, err := startDevnet(ctx, root, o)
	if err != nil {
		return err
	}
	defer d.close()

	var proxy *rpcProxy
	if o.rpcProxy {
		if proxy, err = startRPCProxy(d.httpPort); err != nil {
			return err
		}
		defer proxy.close()
	}
	node, ver, err := startProcesses(ctx, o, d, bins, proxy)
	if err != nil {
		return err
	}
	defer node.kill()
	defer ver.kill()

	var liarStop func()
	if o.lieEvery > 0 {
		if liarStop, err = startLiar(ctx, o, d); err != nil {
			return err
		}
		defer func() {
			if liarStop != nil {
				liarStop()
			}
		}()
	}

	f := newFollower(d)
	fctx, fstop := context.WithCancel(ctx)
	defer fstop()
	go f.run(fctx)

	s, err := newSampler(o, d, f, node, ver, proxy)
	if err != nil {
		return err
	}
	sctx, sstop := context.WithCancel(ctx)
	sdone := make(chan struct{})
	go func() { defer close(sdone); s.run(sctx) }()

	say("load: %d requests at %.0f/s from %d accounts over %s (%.0f%% invalid inputs), lying node on 1 in %d",
		o.n, o.rate, o.accounts, o.models, 100*o.invalid, o.lieEvery)
	l, err := newLoad(ctx, o, d)
	if err != nil {
		sstop()
		return err
	}
	s.markLoadStart()
	if err := l.run(ctx, s.progress); err != nil {
		sstop()
		return err
	}
	s.markLoadEnd()
	say("sent %d requests in %s (%.1f/s); waiting for every request to end (window %ds)", l.sent.Load(),
		l.last.Sub(l.first).Round(time.Millisecond), float64(l.sent.Load())/l.last.Sub(l.first).Seconds(), o.window)

	deadline := time.Now().Add(o.drainTimeout)
	for {
		ended := f.ended()
		if ended >= int(l.sent.Load()) {
			break
		}
		if time.Now().After(deadline) {
			say("drain timeout: %d of %d requests ended", ended, l.sent.Load())
			break
		}
		select {
		case <-ctx.Done():
			sstop()
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
	s.markDrained()
	sstop()
	<-sdone
	fstop()

	say("checking on chain that every request ended exactly once")
	v, err := verifyOnChain(ctx, d, l)
	if err != nil {
		return err
	}

	if liarStop != nil {
		liarStop()
		liarStop = nil
	}
	say("restarting oracled and the verifier on their stores")
	rs := []restart{}
	for _, p := range []*process{node, ver} {
		r, err := p.restartTimed(ctx)
		if err != nil {
			return fmt.Errorf("restart %s: %w", p.name, err)
		}
		rs = append(rs, r)
	}
	node.stop(30 * time.Second)
	ver.stop(30 * time.Second)
	for i, p := range []*process{node, ver} {
		rs[i].records, rs[i].byPhase, rs[i].dbBytes, err = countRecords(p.db)
		if err != nil {
			return fmt.Errorf("count %s's records: %w", p.name, err)
		}
	}

	sum := summarize(o, d, l, f, s, v, rs)
	if err := os.WriteFile(filepath.Join(o.out, "summary.md"), []byte(sum), 0o644); err != nil {
		return err
	}
	fmt.Println(sum)
	if !v.ok() {
		return errors.New("not every request ended exactly once (see the summary)")
	}
	return nil
}

func say(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "%s  %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, a...))
}

// repoRoot is the directory holding go.mod, from the working directory up.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			if _, err := os.Stat(filepath.Join(dir, "models")); err == nil {
				return dir, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run from inside the repository (no go.mod with models/ above the working directory)")
		}
		dir = parent
	}
}

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
