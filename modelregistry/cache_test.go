package modelregistry

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// newChain is a devchain with the contracts deployed.
func newChain(t *testing.T) *devchain.Chain {
	t.Helper()
	c, err := devchain.New(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Deploy(context.Background(), devchain.DefaultParams()); err != nil {
		t.Fatal(err)
	}
	return c
}

// registerOPML registers an OPML model whose file is data at uri (its program: art's).
func registerOPML(t *testing.T, c *devchain.Chain, art *Artifact, onnxHash [32]byte, uri string) uint64 {
	t.Helper()
	rcpt, err := c.Sender(devchain.Creator).Send(context.Background(), c.Registry.RegisterModelTx(contracts.ModelSpec{
		OnnxHash: onnxHash, ProgramHash: art.ProgramHash, LayoutRoot: art.LayoutRoot, URI: uri,
		Fee: big.NewInt(0), Mode: contracts.ModeOPML, ChallengeWindow: 600,
	}))
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// The Go commitment is the one the contract checks: files of one, several and whole chunks (and
// the golden 3-chunk file) publish chunk by chunk and make their models available.
func TestContentHashIsWhatTheRegistryAccepts(t *testing.T) {
	c := newChain(t)
	ctx := context.Background()
	mnist, _ := mnist8(t)
	art, err := Build(mnist)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"mnist-8":               mnist,
		"golden 3-chunk file":   bytes.Repeat([]byte("onnx"), 40_000),
		"two whole chunks":      bytes.Repeat([]byte{0xab}, 2*ChunkSize),
		"one byte":              {0},
		"a chunk and one byte":  bytes.Repeat([]byte{1}, ChunkSize+1),
		"random-looking 200 kB": randomBytes(200_000),
	} {
		h, err := ContentHash(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		id := registerOPML(t, c, art, h, "file:///"+name)
		var sent int
		if err := Publish(ctx, c.Sender(devchain.User), c.Registry, id, data, func(p PublishedChunk) {
			if p.Index != sent || p.Total != len(DataChunks(data)) || p.Receipt.Status != 1 {
				t.Errorf("%s: progress %+v after %d chunks", name, p, sent)
			}
			sent++
		}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		m, err := c.Registry.CallModel(ctx, id)
		if err != nil || !m.Available || sent != len(DataChunks(data)) {
			t.Fatalf("%s: available %v after %d chunks (%v)", name, m.Available, sent, err)
		}
		// Publishing again sends nothing.
		if err := Publish(ctx, c.Sender(devchain.User), c.Registry, id, data, func(PublishedChunk) { t.Errorf("%s: sent again", name) }); err != nil {
			t.Fatal(err)
		}
	}
}

func randomBytes(n int) []byte {
	out := make([]byte, n)
	x := uint64(0x9e3779b97f4a7c15)
	for i := range out {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		out[i] = byte(x)
	}
	return out
}

// published is a chain with mnist-8 registered (its file at a temporary file:// URI) and,
// if publish, published.
type published struct {
	c    *devchain.Chain
	id   uint64
	art  *Artifact
	data []byte
	path string // the URI's file
}

func newPublished(t *testing.T, publish bool) published {
	t.Helper()
	c := newChain(t)
	data, _ := mnist8(t)
	art, err := Build(data)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "model.onnx")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	p := published{c: c, art: art, data: data, path: path, id: registerOPML(t, c, art, art.OnnxHash, "file://"+path)}
	if publish {
		if err := Publish(context.Background(), c.Sender(devchain.Creator), c.Registry, p.id, data, nil); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// cache is a Cache over a fresh store whose log is returned.
func (p published) cache(t *testing.T) (*Cache, *Store, *bytes.Buffer) {
	t.Helper()
	var log bytes.Buffer
	s, err := NewStore(StoreConfig{Dir: t.TempDir(), MaxModelBytes: 1 << 20, FetchTimeout: 5 * time.Second}, zerolog.New(&log))
	if err != nil {
		t.Fatal(err)
	}
	return NewCache(p.c.Registry, s), s, &log
}

func TestCacheFallsBackToTheChain(t *testing.T) {
	p := newPublished(t, true)
	ctx := context.Background()
	get := func(t *testing.T, source string) {
		t.Helper()
		cache, store, log := p.cache(t)
		m, err := cache.Get(ctx, p.id)
		if err != nil {
			t.Fatal(err)
		}
		if m.Program.Hash() != p.art.ProgramHash {
			t.Fatal("wrong program")
		}
		if !strings.Contains(log.String(), `"source":"`+source+`"`) {
			t.Fatalf("log does not name source %s:\n%s", source, log)
		}
		// Cached under its hash: served again with neither source.
		cached, err := os.ReadFile(filepath.Join(store.cfg.Dir, p.art.OnnxHash.Hex()+".onnx"))
		if err != nil || !bytes.Equal(cached, p.data) {
			t.Fatalf("not cached: %v", err)
		}
	}
	t.Run("uri works", func(t *testing.T) { get(t, "uri") })
	t.Run("uri file corrupted", func(t *testing.T) {
		bad := append([]byte{}, p.data...)
		bad[len(bad)/2] ^= 0xff
		if err := os.WriteFile(p.path, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		get(t, "chain")
	})
	t.Run("uri gone", func(t *testing.T) {
		if err := os.Remove(p.path); err != nil {
			t.Fatal(err)
		}
		get(t, "chain")
	})
}

func TestCacheErrorNamesBothSources(t *testing.T) {
	p := newPublished(t, false)
	if err := os.Remove(p.path); err != nil {
		t.Fatal(err)
	}
	cache, _, _ := p.cache(t)
	_, err := cache.Get(context.Background(), p.id)
	if err == nil || !strings.Contains(err.Error(), "from its URI") || !strings.Contains(err.Error(), "from the chain") ||
		!errors.Is(err, fs.ErrNotExist) || !errors.Is(err, contracts.ErrDataUnavailable) {
		t.Fatalf("error: %v", err)
	}
	t.Log(err)
}
