package modelregistry

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
)

// The shipped demo model.
func mnist8(t *testing.T) ([]byte, string) {
	path, err := filepath.Abs(filepath.Join("..", "models", "mnist-8", "model.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data, path
}

func newStore(t *testing.T, gateway string) *Store {
	s, err := NewStore(StoreConfig{Dir: t.TempDir(), IPFSGateway: gateway, MaxModelBytes: 1 << 20, FetchTimeout: 5 * time.Second}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStoreFetchesVerifiesAndCaches(t *testing.T) {
	data, path := mnist8(t)
	hash, _ := ContentHash(bytes.NewReader(data))
	var hits int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		switch r.URL.Path {
		case "/model.onnx", "/ipfs/bafymodel":
			w.Write(data)
		case "/wrong.onnx":
			w.Write(append([]byte{}, data[:len(data)-1]...))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	ctx := context.Background()
	for _, uri := range []string{"file://" + path, srv.URL + "/model.onnx", "ipfs://bafymodel"} {
		s := newStore(t, srv.URL)
		got, err := s.Get(ctx, uri, hash)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("%s: %v", uri, err)
		}
	}
	// Wrong bytes are refused and not cached.
	s := newStore(t, srv.URL)
	if _, err := s.Get(ctx, srv.URL+"/wrong.onnx", hash); !errors.Is(err, ErrHashMismatch) {
		t.Fatalf("wrong bytes: %v", err)
	}
	if entries, _ := os.ReadDir(s.cfg.Dir); len(entries) != 0 {
		t.Fatalf("refused bytes left %d files in the cache", len(entries))
	}
	// A cached model is served without the network.
	if _, err := s.Get(ctx, srv.URL+"/model.onnx", hash); err != nil {
		t.Fatal(err)
	}
	srv.Close()
	if _, err := s.Get(ctx, srv.URL+"/model.onnx", hash); err != nil {
		t.Fatalf("cache miss after the server went away: %v", err)
	}
	// Errors name the problem.
	for uri, want := range map[string]string{
		srv.URL + "/missing": "connect", "ftp://x/model": "unsupported URI scheme", "ipfs://x": "",
	} {
		_, err := newStore(t, "").Get(ctx, uri, common.Hash{1})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v", uri, err)
		}
	}
}

func TestStoreRefusesOversizedModels(t *testing.T) {
	data, path := mnist8(t)
	s, err := NewStore(StoreConfig{Dir: t.TempDir(), MaxModelBytes: 1000, FetchTimeout: time.Second}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	hash, _ := ContentHash(bytes.NewReader(data))
	if _, err := s.Get(context.Background(), "file://"+path, hash); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("oversized model: %v", err)
	}
}

func TestCompileChecksTheProgramHash(t *testing.T) {
	data, _ := mnist8(t)
	m, err := Compile(data, common.Hash{}, inference.DefaultOptions)
	if !errors.Is(err, ErrProgramMismatch) || m != nil {
		t.Fatalf("mismatch accepted: %v", err)
	}
	dm, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := inference.Compile(dm, inference.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(data, ref.Hash(), inference.DefaultOptions)
	if err != nil || p.Hash() != ref.Hash() {
		t.Fatalf("matching program refused: %v", err)
	}
	// A file that does not decode or compile never will: a mismatch, skipped for good by a node.
	if _, err := Compile([]byte("not onnx"), ref.Hash(), inference.DefaultOptions); !errors.Is(err, ErrProgramMismatch) {
		t.Fatalf("garbage: %v", err)
	}
}

func TestStoreConfigCheck(t *testing.T) {
	for _, c := range []StoreConfig{
		{}, {Dir: "x"}, {Dir: "x", MaxModelBytes: 1}, {Dir: "x", MaxModelBytes: 1, FetchTimeout: 1, IPFSGateway: "ftp://g"},
	} {
		if c.Check() == nil {
			t.Errorf("%+v accepted", c)
		}
	}
}

func TestCheckLayout(t *testing.T) {
	art, err := BuildFile(filepath.Join("..", "models", "gonnx-mlp", "model.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckLayout(art.Program, art.LayoutRoot); err != nil {
		t.Fatal(err)
	}
	if err := CheckLayout(art.Program, art.ProgramHash); !errors.Is(err, ErrLayoutMismatch) {
		t.Fatalf("a wrong layout root: %v", err)
	}
}

// TestStoreHousekeeping: downloads a killed process left half-written are removed at start, and an
// ipfs:// URI cannot walk the gateway's paths.
func TestStoreHousekeeping(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"keys-123.tmp", "fetch-456.tmp"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := NewStore(StoreConfig{Dir: dir, IPFSGateway: "http://127.0.0.1:1", MaxModelBytes: 1 << 20, FetchTimeout: time.Second}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(left) != 0 {
		t.Fatalf("left behind: %v", left)
	}
	for _, uri := range []string{"ipfs://bafy/../../admin", "ipfs://bafy?x=1"} {
		if _, err := s.Get(context.Background(), uri, common.Hash{1}); err == nil || !strings.Contains(err.Error(), "without ..") {
			t.Fatalf("%s: %v", uri, err)
		}
	}
}
