package modelregistry

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// The registration path (Build, which `auspex model register` calls before it connects) refuses
// issue 15's model bomb with the numbers, before hashing the program.
func TestBuildRefusesTheModelBomb(t *testing.T) {
	_, err := Build(onnxbuild.ExpandBomb(2048, 8, false))
	if !errors.Is(err, ErrModelTooLarge) {
		t.Fatalf("bomb built: %v", err)
	}
	if want := "model output is 33,554,432 bytes; a proposal carries at most 16,384"; err.Error() != want {
		t.Fatalf("error %q, want %q", err, want)
	}
	// 8192×8192 does not even compile: past the engine's limit on all tensors together.
	if _, err := Build(onnxbuild.ExpandBomb(8192, 8, false)); !errors.Is(err, ErrModelTooLarge) || !strings.Contains(err.Error(), "536870912") {
		t.Fatalf("8192² bomb: %v", err)
	}
	// The shipped models are well within the bounds.
	for _, name := range []string{"mnist-8", "gonnx-mlp", "velardo-sum-mlp-sigmoid"} {
		a, err := BuildFile(filepath.Join("..", "models", name, "model.onnx"))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if r := a.Resources; r.OutputBytes == 0 || r.OutputBytes > 1<<10 || r.PeakBytes > 64<<20 {
			t.Fatalf("%s: %+v", name, r)
		}
	}
}

func TestCheckResourcesMessages(t *testing.T) {
	art, err := BuildFile(filepath.Join("..", "models", "mnist-8", "model.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := CheckResources(art.Program, 0)
	if err != nil || r != art.Resources {
		t.Fatalf("mnist-8: %v", err)
	}
	// A node with a lower cap refuses what the protocol allows, saying whose limit it is.
	_, err = CheckResources(art.Program, 1<<20)
	var tl *TooLargeError
	if !errors.As(err, &tl) || !tl.Node || !strings.Contains(err.Error(), "this node allows at most 1,048,576") {
		t.Fatalf("node cap: %v", err)
	}
	err = checkSize("model output", 80, "one inference", MaxInferenceBytes+1, 0)
	if !errors.Is(err, ErrModelTooLarge) || err.Error() != "one inference needs 4,294,967,297 bytes of memory; the protocol allows at most 4,294,967,296" {
		t.Fatalf("protocol memory bound: %v", err)
	}
	for _, n := range []int64{0, -1, MaxInferenceBytes + 1} {
		if CheckMaxInferenceBytes(n) == nil {
			t.Errorf("cap %d accepted", n)
		}
	}
	if CheckMaxInferenceBytes(MaxInferenceBytes) != nil || CheckMaxInferenceBytes(1) != nil {
		t.Error("a valid cap refused")
	}
}

// BatchOutputBytes is the length of the batch output the node encodes (abi.encode(bytes[])).
func TestBatchOutputBytesIsTheABIEncoding(t *testing.T) {
	args := abi.Arguments{{Type: mustBytesArray(t)}}
	for _, item := range []int64{0, 1, 31, 32, 33, 80, 1000} {
		for n := 1; n <= 5; n++ {
			items := make([][]byte, n)
			for i := range items {
				items[i] = make([]byte, item)
			}
			enc, err := args.Pack(items)
			if err != nil {
				t.Fatal(err)
			}
			if got := BatchOutputBytes(item, n); got != int64(len(enc)) {
				t.Fatalf("%d items of %d bytes: %d, encoded %d", n, item, got, len(enc))
			}
		}
	}
	// mnist-8's 80-byte logits: 160 bytes per item, so 102 fit a proposal and 103 do not.
	art, err := BuildFile(filepath.Join("..", "models", "mnist-8", "model.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckBatch(art.Resources, 102, 0); err != nil {
		t.Fatal(err)
	}
	err = CheckBatch(art.Resources, 410, 0)
	if !errors.Is(err, ErrModelTooLarge) || err.Error() != "a batch of 410's output is 65,664 bytes; a proposal carries at most 16,384" {
		t.Fatalf("batch of 410: %v", err)
	}
	if err := CheckBatch(art.Resources, 8, art.Resources.BatchPeakBytes(8)-1); !errors.Is(err, ErrModelTooLarge) {
		t.Fatalf("batch over the node cap: %v", err)
	}
}

func mustBytesArray(t *testing.T) abi.Type {
	ty, err := abi.NewType("bytes[]", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return ty
}

// registerRaw registers model bytes on ch as a model creator bypassing the CLI would — with the
// program's true hashes and no resource check — serving the file from dir, and returns its id.
func registerRaw(t *testing.T, ch *devchain.Chain, dir string, data []byte) uint64 {
	t.Helper()
	ctx := context.Background()
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	p, err := inference.Compile(m, inference.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	h, err := ContentHash(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, h.Hex()[2:10]+".onnx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	rcpt, err := ch.Sender(devchain.Creator).Send(ctx, ch.Registry.RegisterModelTx(contracts.ModelSpec{OnnxHash: h, ProgramHash: p.Hash(),
		LayoutRoot: p.Layout().Root(), URI: "file://" + path, Fee: big.NewInt(0), Mode: contracts.ModeOPML, ChallengeWindow: 600}))
	if err != nil {
		t.Fatal(err)
	}
	id, err := ch.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// A node loading a registered model bomb (registered directly on-chain, past the CLI's check)
// gets ErrModelTooLarge from the Cache without running it or allocating its tensors, and keeps the
// error: the next heads do not fetch or compile it again. A node's lower cap refuses a model the
// protocol allows.
func TestCacheRefusesModelsTooLargeToServe(t *testing.T) {
	ctx := context.Background()
	ch, err := devchain.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	if err := ch.Deploy(ctx, devchain.DefaultParams()); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	register := func(data []byte) uint64 { return registerRaw(t, ch, dir, data) }
	bomb := register(onnxbuild.ExpandBomb(2048, 8, false))
	mnist, err := os.ReadFile(filepath.Join("..", "models", "mnist-8", "model.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	mnistID := register(mnist)

	storeDir := t.TempDir()
	st, err := NewStore(StoreConfig{Dir: storeDir, MaxModelBytes: 1 << 20, FetchTimeout: time.Second}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	c := NewCache(ch.Registry, st)
	c.retryAfter = 0 // any other failure would be retried at once

	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	start := time.Now()
	m, err := c.Get(ctx, bomb)
	took := time.Since(start)
	runtime.ReadMemStats(&b)
	if !errors.Is(err, ErrModelTooLarge) || !strings.Contains(err.Error(), "model output is 33,554,432 bytes; a proposal carries at most 16,384") {
		t.Fatalf("bomb loaded: %v", err)
	}
	if m.Program != nil {
		t.Fatal("the refused program is kept")
	}
	// Running it once allocates ~1.5 GiB; refusing it allocates next to nothing.
	if got := b.TotalAlloc - a.TotalAlloc; got > 100<<20 || took > 5*time.Second {
		t.Fatalf("refusing the bomb allocated %d bytes in %v", got, took)
	}
	t.Logf("bomb refused in %v, %d bytes allocated: %v", took, b.TotalAlloc-a.TotalAlloc, err)

	// The refusal is kept: with the file gone from everywhere, the next Get still says why.
	if err := os.RemoveAll(storeDir); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if _, err2 := c.Get(ctx, bomb); err2 == nil || err2.Error() != err.Error() {
		t.Fatalf("second Get: %v", err2)
	}

	// mnist-8 is served by default and refused by a node capped below its need.
	capped := func(limit int64) (*Model, error) {
		st, err := NewStore(StoreConfig{Dir: t.TempDir(), MaxModelBytes: 1 << 20, FetchTimeout: time.Second}, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		h, _ := ContentHash(bytes.NewReader(mnist))
		// Seed the store's cache: the registered URI's file is gone.
		if err := os.WriteFile(filepath.Join(st.cfg.Dir, h.Hex()+".onnx"), mnist, 0o644); err != nil {
			t.Fatal(err)
		}
		c := NewCache(ch.Registry, st)
		if limit > 0 {
			if err := c.SetMaxInferenceBytes(limit); err != nil {
				t.Fatal(err)
			}
		}
		return c.Get(ctx, mnistID)
	}
	m, err = capped(0)
	if err != nil || m.Resources.PeakBytes == 0 || m.Resources.OutputBytes != 80 {
		t.Fatalf("mnist-8: %v %+v", err, m.Resources)
	}
	if _, err := capped(m.Resources.PeakBytes - 1); !errors.Is(err, ErrModelTooLarge) || !strings.Contains(err.Error(), "this node allows at most") {
		t.Fatalf("mnist-8 over the node's cap: %v", err)
	}
	if c.SetMaxInferenceBytes(MaxInferenceBytes+1) == nil {
		t.Fatal("a cap above the protocol bound accepted")
	}
}
