package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/store"
	"github.com/auspex-labs/auspex/oracle"
	"github.com/auspex-labs/auspex/oracle/liar"
)

// buildBinaries builds cmd/oracled and cmd/verifier (production builds: no demo tags) into dir.
func buildBinaries(ctx context.Context, root, dir string) (map[string]string, error) {
	bins := map[string]string{}
	for _, name := range []string{"oracled", "verifier"} {
		out := filepath.Join(dir, name)
		cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "./cmd/"+name)
		cmd.Dir = root
		if b, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("go build ./cmd/%s: %w\n%s", name, err, b)
		}
		bins[name] = out
	}
	return bins, nil
}

// process is oracled or the verifier running as a child process.
type process struct {
	name, bin, config, log, db string
	metrics                    string // host:port of /metrics and /healthz
	marker                     string // the log line's message once it has started

	mu       sync.Mutex
	cmd      *exec.Cmd
	started  time.Time
	markerAt time.Time
	exited   chan struct{}
}

// writeKeystore writes k encrypted with password (light scrypt: a dev key) and returns its path.
func writeKeystore(dir, name string, k *ecdsa.PrivateKey, password string) (string, error) {
	key := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}
	blob, err := keystore.EncryptKey(key, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, name+".keystore.json")
	return p, os.WriteFile(p, blob, 0o600)
}

func startProcesses(ctx context.Context, o options, d *devnet, bins map[string]string, proxy *rpcProxy) (node, ver *process, err error) {
	data := filepath.Join(o.out, "data")
	pw := filepath.Join(data, "password")
	if err := os.WriteFile(pw, []byte("soak\n"), 0o600); err != nil {
		return nil, nil, err
	}
	mk := func(name, bin, account, marker, extra string) (*process, error) {
		ks, err := writeKeystore(data, name, devchain.DevKey(account), "soak")
		if err != nil {
			return nil, err
		}
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		url := fmt.Sprintf("ws://127.0.0.1:%d", d.wsPort)
		if proxy != nil {
			url = proxy.url(name)
		}
		p := &process{name: name, bin: bin, config: filepath.Join(o.out, name+".yaml"), log: filepath.Join(o.out, name+".log"),
			db: filepath.Join(data, name+".db"), metrics: fmt.Sprintf("127.0.0.1:%d", port), marker: marker}
		cfg := fmt.Sprintf(`# written by bench/soak
rpc:
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
%smetrics:
  addr: %s
log:
  level: %s
  format: json
`, url, d.c.Oracle.Address().Hex(), d.c.Registry.Address().Hex(), d.game.Address().Hex(), d.startBlock,
			ks, pw, p.db, filepath.Join(data, name+"-models"), extra, p.metrics, o.logLevel)
		return p, os.WriteFile(p.config, []byte(cfg), 0o644)
	}
	// Enough bond for every proposal open at once: rate × (window + finalize delay), with room.
	bondETH := int64(o.rate*float64(o.window+30)*0.1*2) + 10
	node, err = mk("oracled", bins["oracled"], devchain.Operator, "oracle node started", fmt.Sprintf(`watcher:
  request_confirmations: 2
engine:
  workers: %d
tx:
  max_in_flight: %d
  poll_interval: %s
bond:
  target_wei: "%s"
`, o.workers, o.maxInFlight, o.txPoll, eth(bondETH)))
	if err != nil {
		return nil, nil, err
	}
	ver, err = mk("verifier", bins["verifier"], devchain.Challenger, "verifier started", fmt.Sprintf("tx:\n  poll_interval: %s\n", o.txPoll))
	if err != nil {
		return nil, nil, err
	}
	for _, p := range []*process{node, ver} {
		if err := p.start(); err != nil {
			return nil, nil, err
		}
		up, err := p.waitHealthy(ctx, 2*time.Minute)
		if err != nil {
			node.kill()
			ver.kill()
			return nil, nil, err
		}
		say("%s running (pid %d), healthy %s after start; metrics http://%s/metrics", p.name, p.pid(), up.Round(time.Millisecond), p.metrics)
	}
	return node, ver, nil
}

func (p *process) start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	f, err := os.OpenFile(p.log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	cmd := exec.Command(p.bin, "--config", p.config)
	// The child dies with the harness.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	pipe, err := cmd.StderrPipe()
	if err != nil {
		f.Close()
		return err
	}
	cmd.Stdout = f
	if err := cmd.Start(); err != nil {
		f.Close()
		return fmt.Errorf("start %s: %w", p.name, err)
	}
	p.cmd, p.started, p.markerAt, p.exited = cmd, time.Now(), time.Time{}, make(chan struct{})
	exited := p.exited
	go func() {
		// Copy the log, noting when the start line appears.
		r := bufio.NewReaderSize(pipe, 1<<20)
		for {
			line, err := r.ReadString('\n')
			if len(line) > 0 {
				_, _ = io.WriteString(f, line)
				if strings.Contains(line, `"message":"`+p.marker+`"`) {
					p.mu.Lock()
					if p.markerAt.IsZero() {
						p.markerAt = time.Now()
					}
					p.mu.Unlock()
				}
			}
			if err != nil {
				break
			}
		}
		_ = cmd.Wait()
		f.Close()
		close(exited)
	}()
	return nil
}

func (p *process) pid() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil || p.cmd.Process == nil {
		return 0
	}
	return p.cmd.Process.Pid
}

// waitHealthy polls /healthz until it answers 200 and returns the time since the start.
func (p *process) waitHealthy(ctx context.Context, timeout time.Duration) (time.Duration, error) {
	p.mu.Lock()
	started, exited := p.started, p.exited
	p.mu.Unlock()
	cl := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(timeout)
	for {
		resp, err := cl.Get("http://" + p.metrics + "/healthz")
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return time.Since(started), nil
			}
		}
		select {
		case <-exited:
			return 0, fmt.Errorf("%s exited before it was healthy; see %s", p.name, p.log)
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("%s not healthy after %s; see %s", p.name, timeout, p.log)
		}
	}
}

// stop sends SIGTERM and waits up to grace for the exit (then SIGKILL); it returns how long the
// process took to exit.
func (p *process) stop(grace time.Duration) time.Duration {
	p.mu.Lock()
	cmd, exited := p.cmd, p.exited
	p.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return 0
	}
	t := time.Now()
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(grace):
		_ = cmd.Process.Kill()
		<-exited
	}
	return time.Since(t)
}

// kill ends the process at once (cleanup on error paths).
func (p *process) kill() {
	p.mu.Lock()
	cmd, exited := p.cmd, p.exited
	p.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return
	}
	select {
	case <-exited:
	default:
		_ = cmd.Process.Kill()
		<-exited
	}
}

// restart is the measurement of one process restarted on its full store.
type restart struct {
	name      string
	stop      time.Duration // SIGTERM → exit
	toLog     time.Duration // start → its "started" log line
	toHealthy time.Duration // start → /healthz 200
	records   int
	byPhase   map[store.Phase]int
	dbBytes   int64
}

// restartTimed stops the process with SIGTERM, starts it again on the same database and times
// it to its start log line and to /healthz answering 200.
func (p *process) restartTimed(ctx context.Context) (restart, error) {
	r := restart{name: p.name, stop: p.stop(60 * time.Second)}
	if err := p.start(); err != nil {
		return r, err
	}
	up, err := p.waitHealthy(ctx, 5*time.Minute)
	if err != nil {
		return r, err
	}
	r.toHealthy = up
	deadline := time.Now().Add(time.Minute)
	for {
		p.mu.Lock()
		at, started := p.markerAt, p.started
		p.mu.Unlock()
		if !at.IsZero() {
			r.toLog = at.Sub(started)
			break
		}
		if time.Now().After(deadline) {
			return r, fmt.Errorf("%s: no %q line in %s", p.name, p.marker, p.log)
		}
		time.Sleep(10 * time.Millisecond)
	}
	say("%s: SIGTERM → exit %s; restarted: %q logged after %s, /healthz 200 after %s", p.name, r.stop.Round(time.Millisecond),
		p.marker, r.toLog.Round(time.Millisecond), r.toHealthy.Round(time.Millisecond))
	return r, nil
}

// countRecords opens a stopped process's database and counts its request records by phase.
func countRecords(path string) (int, map[store.Phase]int, int64, error) {
	st, err := os.Stat(path)
	if err != nil {
		return 0, nil, 0, err
	}
	s, err := store.Open(path)
	if err != nil {
		return 0, nil, 0, err
	}
	defer s.Close()
	by := map[store.Phase]int{}
	n := 0
	_, err = s.Requests(func(r *store.Request) bool {
		by[r.Phase]++
		n++
		return false
	})
	return n, by, st.Size(), err
}

// startLiar runs, in this process, a node for operator2 that answers only the requests whose id
// hashes to 0 modulo lieEvery, one block deep (before the honest node, which waits for two), with a
// wrong result (oracle/liar): the verifier challenges it and wins, the liar is slashed, and the
// honest node answers the reopened request.
func startLiar(ctx context.Context, o options, d *devnet) (func(), error) {
	data := filepath.Join(o.out, "data")
	cfg := oracle.DefaultConfig()
	cfg.Tx.PollInterval = o.txPoll
	cfg.Oracle, cfg.Registry, cfg.DisputeGame, cfg.StartBlock = d.c.Oracle.Address(), d.c.Registry.Address(), d.game.Address(), d.startBlock
	cfg.DBPath, cfg.Models.Dir = filepath.Join(data, "liar.db"), filepath.Join(data, "liar-models")
	cfg.RequestConfirmations = 1
	cfg.Workers = 1
	cfg.Keeper = false // the honest node ends what is left; the liar only lies and defends its lies
	cfg.TurnBlocks = 0 // it races: it never waits its turn behind the honest node
	cfg.BondTarget = eth(20)
	f, err := os.OpenFile(filepath.Join(o.out, "liar.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	lvl, err := zerolog.ParseLevel(o.logLevel)
	if err != nil {
		return nil, err
	}
	log := zerolog.New(f).Level(lvl).With().Timestamp().Str("component", "liar").Logger()
	every := o.lieEvery
	filter := func(id common.Hash) bool {
		return binary.BigEndian.Uint64(crypto.Keccak256(id.Bytes())[:8])%every == 0
	}
	svc, err := oracle.NewService(ctx, cfg, d.c.Client, devchain.DevKey(devchain.Operator2), log,
		oracle.WithClaimHook(liar.Claim), oracle.WithRequestFilter(filter))
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := svc.Start(ctx); err != nil {
		f.Close()
		return nil, errors.Join(err, svc.Stop(context.Background()))
	}
	say("lying node (operator2 %s) running in-process, lying on 1 request in %d", svc.Operator().Hex(), every)
	return func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = svc.Stop(stopCtx)
		f.Close()
	}, nil
}
