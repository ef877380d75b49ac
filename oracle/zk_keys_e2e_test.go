package oracle_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/testutil"
	"github.com/auspex-labs/auspex/oracle"
)

// TestZKKeysPublishedAtRegistration: a ZK model is servable by any operator. A node given no keys
// fetches the bundle the model registered, over http on loopback; bytes that are not the registered
// bundle are refused, the reason is logged once and the URI is not fetched again on every head,
// and the request stays pending; once the owner moves the keys URI to the real bundle the node
// fetches it at once and the request is proven and delivered. The registry refuses a ZK model
// without published keys, an OPML model with keys, and a keys URI move by anyone but the owner.
func TestZKKeysPublishedAtRegistration(t *testing.T) {
	n := newNet(t, 50*time.Millisecond)
	ctx := context.Background()
	mlp := n.models[1] // gonnx-mlp
	dir := n.zkSetup(mlp)
	bundle, keysHash, err := zk.WriteBundle(dir)
	if err != nil {
		t.Fatal(err)
	}
	good := must(os.ReadFile(bundle))
	bad := bytes.Clone(good)
	bad[len(bad)/2] ^= 1
	var badHits, goodHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/tampered.tar":
			badHits.Add(1)
			w.Write(bad)
		case "/keys.tar":
			goodHits.Add(1)
			w.Write(good)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	m, _ := n.registerZKModel(mlp, contracts.ModeZK, zkReg{keys: dir, keysURI: srv.URL + "/tampered.tar"})

	var logs testutil.SyncBuffer
	cfg := n.nodeConfig(t.TempDir())
	cfg.ZKKeysRetry = time.Hour // only a moved URI is tried again within the test
	svc, err := oracle.NewService(ctx, cfg, n.c.Client, n.c.Key(devchain.Operator), zerolog.New(&logs))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer svc.Stop(ctx)

	rng := rand.New(rand.NewPCG(7, 7))
	in := input(rng, mlp, nil, false)
	id := n.requestTo(m, in)
	waitFor(t, "the refusal of the tampered keys logged", 30*time.Second, func() bool {
		return strings.Contains(logs.String(), "does not match the registered zkKeysHash")
	})
	for range 20 {
		n.c.Mine()
	}
	time.Sleep(300 * time.Millisecond)
	if r, err := n.c.Oracle.CallRequest(ctx, id); err != nil || r.Status != contracts.StatusPending {
		t.Fatalf("request over tampered keys: %v %v, want pending", r.Status, err)
	}
	if h := badHits.Load(); h != 1 {
		t.Fatalf("the tampered URI was fetched %d times over 20 heads, want once (then the retry delay)", h)
	}
	if !strings.Contains(logs.String(), "cannot prove: the model's zk keys are unavailable") {
		t.Fatalf("the node did not say why it cannot serve the request:\n%s", logs.String())
	}

	// Only the owner moves the keys; the hash stays the registered one.
	if _, err := n.c.Sender(devchain.User).Send(ctx, n.c.Registry.SetZkKeysURITx(m.id, srv.URL+"/keys.tar")); err == nil ||
		!strings.Contains(err.Error(), "NotModelOwner") {
		t.Fatalf("setZkKeysURI by a non-owner: %v", err)
	}
	if _, err := n.c.Sender(devchain.Creator).Send(ctx, n.c.Registry.SetZkKeysURITx(m.id, srv.URL+"/keys.tar")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the request proven from the fetched keys", 60*time.Second, func() bool {
		ok, _ := n.c.Oracle.CallIsFinalized(ctx, id)
		return ok
	})
	d, err := n.store.CallResultOf(ctx, id)
	want, _ := expected(t, mlp.art.Program, in)
	if err != nil || d.Count != 1 || d.Failed || !bytes.Equal(d.Output, want) {
		t.Fatalf("delivery %+v (%v), want the engine's output %x", d, err, want)
	}
	if goodHits.Load() != 1 {
		t.Fatalf("the real bundle was fetched %d times, want once", goodHits.Load())
	}
	if got, err := n.c.Registry.CallModel(ctx, m.id); err != nil || got.ZkKeysHash != keysHash || got.ZkKeysURI != srv.URL+"/keys.tar" {
		t.Fatalf("model after the move: %+v, %v", got, err)
	}

	// The registration rules.
	s := n.c.Sender(devchain.Creator)
	noKeys := contracts.ModelSpec{OnnxHash: mlp.art.OnnxHash, ProgramHash: mlp.art.ProgramHash, URI: "file://m", Fee: big.NewInt(1),
		Mode: contracts.ModeZK, ZkVerifier: must(n.c.Registry.CallModel(ctx, m.id)).ZkVerifier}
	if _, err := s.Send(ctx, n.c.Registry.RegisterModelTx(noKeys)); err == nil || !strings.Contains(err.Error(), "ZkKeysRequired") {
		t.Fatalf("a ZK model without keys registered: %v", err)
	}
	noKeys.ZkKeysHash = keysHash
	if _, err := s.Send(ctx, n.c.Registry.RegisterModelTx(noKeys)); err == nil || !strings.Contains(err.Error(), "ZkKeysRequired") {
		t.Fatalf("a ZK model with a keys hash and no URI registered: %v", err)
	}
	opml := contracts.ModelSpec{OnnxHash: mlp.art.OnnxHash, ProgramHash: mlp.art.ProgramHash, LayoutRoot: mlp.art.LayoutRoot, URI: "file://m",
		Fee: big.NewInt(1), Mode: contracts.ModeOPML, ChallengeWindow: testWindow, ZkKeysHash: keysHash, ZkKeysURI: "file://k"}
	if _, err := s.Send(ctx, n.c.Registry.RegisterModelTx(opml)); err == nil || !strings.Contains(err.Error(), "ZkKeysNotAllowed") {
		t.Fatalf("an OPML model with zk keys registered: %v", err)
	}
	if _, err := s.Send(ctx, n.c.Registry.SetZkKeysURITx(mlp.id, "file://k")); err == nil || !strings.Contains(err.Error(), "ZkKeysNotAllowed") {
		t.Fatalf("zk keys moved on an OPML model: %v", err)
	}
}

// Found by the independent attacker of issue 19: a model whose published bundle (its sha256
// registered, so the hash check passes) carries a 169-byte proving.key claiming a 2^40-element FFT
// domain killed every node that served it, and again after each restart. The node now refuses the
// bundle, says why, leaves the request pending (refunded at its deadline) and lives on.
func TestHostileKeysBundleDoesNotKillTheNode(t *testing.T) {
	n := newNet(t, 50*time.Millisecond)
	ctx := context.Background()
	mlp := n.models[1]
	dir := n.zkSetup(mlp)
	var pk bytes.Buffer
	_ = binary.Write(&pk, binary.BigEndian, uint64(1)<<40) // Domain.Cardinality
	pk.Write(make([]byte, 5*32))
	pk.WriteByte(1) // with precomputed twiddles
	if err := os.WriteFile(filepath.Join(dir, "proving.key"), pk.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	m, _ := n.registerZKModel(mlp, contracts.ModeZK, zkReg{keys: dir})
	var logs testutil.SyncBuffer
	svc, err := oracle.NewService(ctx, n.nodeConfig(t.TempDir()), n.c.Client, n.c.Key(devchain.Operator), zerolog.New(&logs))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	id := n.requestTo(m, input(rand.New(rand.NewPCG(9, 9)), mlp, nil, false))
	waitFor(t, "the hostile bundle refused and logged", 60*time.Second, func() bool {
		return strings.Contains(logs.String(), "zk keys bundle refused")
	})
	if r, err := n.c.Oracle.CallRequest(ctx, id); err != nil || r.Status != contracts.StatusPending {
		t.Fatalf("request over a hostile bundle: %v %v, want pending", r.Status, err)
	}
	if err := svc.Stop(ctx); err != nil {
		t.Fatal(err)
	}
}
