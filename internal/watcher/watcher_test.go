package watcher

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/store"
)

// emitter's runtime code logs its calldata: CALLDATACOPY then LOG0.
var emitterInit = common.FromHex("0x600b600c600039600b6000f3" + "366000600037366000a000")

type rig struct {
	sim     *simulated.Backend
	key     *ecdsa.PrivateKey
	emitter common.Address
	nonce   uint64
	tip     int64
}

func newRig(t *testing.T) *rig {
	key, _ := crypto.GenerateKey()
	sim := chain.NewSimulated([]*ecdsa.PrivateKey{key}, big.NewInt(1e18))
	t.Cleanup(func() { sim.Close() })
	r := &rig{sim: sim, key: key, tip: 1e9}
	r.send(t, nil, emitterInit)
	r.emitter = crypto.CreateAddress(crypto.PubkeyToAddress(key.PublicKey), 0)
	return r
}

// send signs a transaction (to nil deploys) and mines it.
func (r *rig) send(t *testing.T, to *common.Address, data []byte) {
	t.Helper()
	tx, _ := types.SignNewTx(r.key, types.LatestSignerForChainID(chain.SimChainID), &types.DynamicFeeTx{
		ChainID: chain.SimChainID, Nonce: r.nonce, GasTipCap: big.NewInt(r.tip), GasFeeCap: big.NewInt(100 * r.tip), Gas: 200_000, To: to, Data: data,
	})
	// After a Fork the pool resets to the new head asynchronously; until it has, it still judges
	// nonces against the old branch.
	var err error
	for try := 0; try < 100; try++ {
		if err = r.sim.Client().SendTransaction(context.Background(), tx); err == nil || !strings.Contains(err.Error(), "nonce too low") {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	r.nonce++
	r.sim.Commit()
}

func (r *rig) emit(t *testing.T, payload string) { r.send(t, &r.emitter, []byte(payload)) }

// recorder is a handler that keeps what it was told, like the node's store.
type recorder struct {
	mu        sync.Mutex
	seen      map[string]types.Log // payload → log
	rollbacks []uint64
	removed   int
	heads     int
}

func newRecorder() *recorder { return &recorder{seen: map[string]types.Log{}} }

func (h *recorder) HandleLogs(_ context.Context, logs []types.Log) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, l := range logs {
		if l.Removed {
			h.removed++
			delete(h.seen, string(l.Data))
			continue
		}
		h.seen[string(l.Data)] = l
	}
	return nil
}

func (h *recorder) Rollback(_ context.Context, ancestor uint64) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.rollbacks = append(h.rollbacks, ancestor)
	for k, l := range h.seen {
		if l.BlockNumber > ancestor {
			delete(h.seen, k)
		}
	}
	return nil
}

func (h *recorder) OnHead(context.Context, *types.Header) error { h.heads++; return nil }

func (h *recorder) payloads() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for k := range h.seen {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func canonical(t *testing.T, r *rig) []string {
	logs, err := r.sim.Client().FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{r.emitter}})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range logs {
		out = append(out, string(l.Data))
	}
	slices.Sort(out)
	return out
}

func cfg(r *rig) Config {
	return Config{Addresses: []common.Address{r.emitter}, PollInterval: 10 * time.Millisecond, MaxBatch: 8, ReorgDepth: 4, MaxBackoff: 50 * time.Millisecond}
}

func openStore(t *testing.T) *store.Store {
	s, err := store.Open(filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestReorgDropsOrphanedLogsAndKeepsReincluded(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	r.emit(t, "a")
	r.emit(t, "b")
	forkPoint, _ := r.sim.Client().HeaderByNumber(ctx, nil)
	r.emit(t, "c")
	r.emit(t, "d")
	st := openStore(t)
	h := newRecorder()
	w, err := New(cfg(r), r.sim.Client(), st, h, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if got := h.payloads(); !slices.Equal(got, []string{"a", "b", "c", "d"}) {
		t.Fatalf("before reorg: %v", got)
	}

	// Replace c and d's blocks with a longer branch holding e; the pool re-offers c and d, and
	// they are re-included after e.
	if err := r.sim.Fork(forkPoint.Hash()); err != nil {
		t.Fatal(err)
	}
	r.nonce -= 2
	r.tip *= 2     // replaces c in the pool
	r.emit(t, "e") // takes c's nonce: c can never be re-included
	r.sim.Commit()
	r.sim.Commit()
	r.sim.Commit()
	if err := w.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if err := w.Step(ctx); err != nil {
		t.Fatal(err)
	}
	want := canonical(t, r)
	if got := h.payloads(); !slices.Equal(got, want) {
		t.Fatalf("after reorg: handler has %v, chain has %v", got, want)
	}
	if slices.Contains(want, "c") {
		t.Fatal("test setup: c should be orphaned")
	}
	if len(h.rollbacks) != 1 || h.rollbacks[0] != forkPoint.Number.Uint64() {
		t.Fatalf("rollbacks %v, want [%d]", h.rollbacks, forkPoint.Number)
	}
}

// flaky fails eth_getLogs over more than maxRange blocks, and every call while down.
type flaky struct {
	simulated.Client
	maxRange uint64
	down     atomic.Bool
}

func (f *flaky) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if f.down.Load() {
		return nil, errors.New("connection refused")
	}
	if q.FromBlock != nil && q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > f.maxRange {
		return nil, fmt.Errorf("query returned more than 10000 results")
	}
	return f.Client.FilterLogs(ctx, q)
}

func (f *flaky) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if f.down.Load() {
		return nil, errors.New("connection refused")
	}
	return f.Client.HeaderByNumber(ctx, n)
}

func TestBackfillShrinksBatchesAndResumesFromCursor(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	for i := 0; i < 40; i++ {
		r.emit(t, fmt.Sprintf("log%02d", i))
	}
	st := openStore(t)
	b := &flaky{Client: r.sim.Client(), maxRange: 3}
	h := newRecorder()
	w, _ := New(cfg(r), b, st, h, zerolog.Nop())
	var err error
	for i := 0; i < 20; i++ {
		if err = w.Step(ctx); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	if got, want := h.payloads(), canonical(t, r); !slices.Equal(got, want) {
		t.Fatalf("backfill: %d logs, chain has %d", len(got), len(want))
	}

	// Outage: steps fail, nothing is lost; a new watcher on the same store resumes at the cursor.
	b.down.Store(true)
	if w.Step(ctx) == nil {
		t.Fatal("step succeeded with the endpoint down")
	}
	b.down.Store(false)
	r.emit(t, "after")
	h2 := newRecorder()
	w2, _ := New(cfg(r), b, st, h2, zerolog.Nop())
	if err := w2.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if got := h2.payloads(); !slices.Equal(got, []string{"after"}) {
		t.Fatalf("resumed watcher saw %v, want only the new log", got)
	}
}

func TestRunRecoversFromOutage(t *testing.T) {
	r := newRig(t)
	st := openStore(t)
	b := &flaky{Client: r.sim.Client(), maxRange: 100}
	b.down.Store(true)
	h := newRecorder()
	w, _ := New(cfg(r), b, st, h, zerolog.Nop())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- w.Run(ctx) }()
	time.Sleep(100 * time.Millisecond)
	if w.Status().LastError == nil {
		t.Fatal("no error reported while down")
	}
	b.down.Store(false)
	r.emit(t, "x")
	deadline := time.Now().Add(5 * time.Second)
	for len(h.payloads()) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	if !slices.Equal(h.payloads(), []string{"x"}) {
		t.Fatalf("after recovery: %v", h.payloads())
	}
}
