package modelregistry

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
)

// StoreConfig configures the content-addressed model store.
type StoreConfig struct {
	// Dir caches verified model files as <onnxHash>.onnx.
	Dir string
	// IPFSGateway serves ipfs://CID as GATEWAY/ipfs/CID (e.g. http://127.0.0.1:8080).
	IPFSGateway string
	// MaxModelBytes bounds a download (and a cached file).
	MaxModelBytes int64
	// FetchTimeout bounds one download.
	FetchTimeout time.Duration
	// MaxKeysBytes bounds a ZK model's proving-key bundle (FetchKeys); zero: DefaultMaxKeysBytes.
	MaxKeysBytes int64
	// KeysFetchTimeout bounds its download; zero: DefaultKeysFetchTimeout.
	KeysFetchTimeout time.Duration
}

// Defaults for a proving-key bundle, which is far larger than its model (0.5 GB for mnist-8).
const (
	DefaultMaxKeysBytes     = 4 << 30
	DefaultKeysFetchTimeout = 30 * time.Minute
)

// Check reports the first invalid field.
func (c StoreConfig) Check() error {
	switch {
	case c.Dir == "":
		return errors.New("model store: dir is empty")
	case c.MaxModelBytes <= 0:
		return errors.New("model store: max model bytes must be positive")
	case c.FetchTimeout <= 0:
		return errors.New("model store: fetch timeout must be positive")
	case c.MaxKeysBytes < 0 || c.KeysFetchTimeout < 0:
		return errors.New("model store: zk keys bounds must not be negative")
	}
	if c.IPFSGateway != "" {
		if u, err := url.Parse(c.IPFSGateway); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return fmt.Errorf("model store: ipfs gateway %q is not an http(s) URL", c.IPFSGateway)
		}
	}
	return nil
}

var (
	// ErrHashMismatch: the bytes behind a URI are not the registered model.
	ErrHashMismatch = errors.New("model bytes do not match the registered onnxHash")
	// ErrProgramMismatch: the file compiles to a program other than the registered one.
	ErrProgramMismatch = errors.New("compiled program does not match the registered programHash")
	// ErrLayoutMismatch: the program's layout commitment is not the registered layoutRoot.
	ErrLayoutMismatch = errors.New("program layout does not match the registered layoutRoot")
)

// Store fetches model files by URI (file://, http(s)://, ipfs:// through a gateway) or, when the URI
// fails, from their on-chain publication; it accepts only bytes whose ContentHash is the registered
// onnxHash, and caches them by that hash.
type Store struct {
	cfg    StoreConfig
	client *http.Client
	log    zerolog.Logger
}

// NewStore creates the cache directory.
func NewStore(cfg StoreConfig, log zerolog.Logger) (*Store, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("model store: %w", err)
	}
	// Downloads a killed process left half-written: nothing else names them.
	for _, pat := range []string{"fetch-*.tmp", "keys-*.tmp"} {
		left, _ := filepath.Glob(filepath.Join(cfg.Dir, pat))
		for _, f := range left {
			_ = os.Remove(f)
		}
	}
	return &Store{cfg: cfg, client: &http.Client{}, log: log}, nil
}

// Get returns the model file with the given hash, from the cache or from uri.
func (s *Store) Get(ctx context.Context, uri string, onnxHash common.Hash) ([]byte, error) {
	return s.Fetch(ctx, uri, onnxHash, nil)
}

// OnChain reads a model file from its on-chain publication (a Cache binds it to one model).
type OnChain func(ctx context.Context) ([]byte, error)

// Fetch returns the model file with the given hash: from the cache, else from uri, else (when the
// URI fails: unreachable, missing, wrong bytes) from onChain if it is set. Whatever source it used
// is logged, and its bytes, once checked against onnxHash, are cached. When both fail, the error
// says what failed on each.
func (s *Store) Fetch(ctx context.Context, uri string, onnxHash common.Hash, onChain OnChain) ([]byte, error) {
	path := filepath.Join(s.cfg.Dir, onnxHash.Hex()+".onnx")
	if data, err := os.ReadFile(path); err == nil {
		if h, err := contentHash(data); err == nil && h == onnxHash {
			return data, nil
		}
		s.log.Warn().Str("path", path).Msg("cached model corrupt; fetching again")
	}
	source := "uri"
	data, uriErr := s.fromURI(ctx, uri, onnxHash)
	if uriErr != nil {
		if onChain == nil {
			return nil, uriErr
		}
		s.log.Warn().Err(uriErr).Str("uri", uri).Str("onnx_hash", onnxHash.Hex()).Msg("model URI failed; reassembling the model from its on-chain publication")
		var chainErr error
		if data, chainErr = s.fromChain(ctx, onChain, onnxHash); chainErr != nil {
			return nil, fmt.Errorf("model %s unavailable: from its URI: %w; from the chain: %w", onnxHash, uriErr, chainErr)
		}
		source = "chain"
	}
	if err := s.put(path, data); err != nil {
		return nil, err
	}
	s.log.Info().Str("source", source).Str("uri", uri).Str("onnx_hash", onnxHash.Hex()).Int("bytes", len(data)).Msg("model fetched")
	return data, nil
}

// fromURI downloads uri and checks the bytes against onnxHash.
func (s *Store) fromURI(ctx context.Context, uri string, onnxHash common.Hash) ([]byte, error) {
	data, err := s.fetch(ctx, uri)
	if err != nil {
		return nil, fmt.Errorf("fetch model %s: %w", uri, err)
	}
	if got, err := contentHash(data); err != nil || got != onnxHash {
		return nil, fmt.Errorf("%s: %w (got %s, want %s)", uri, ErrHashMismatch, got, onnxHash)
	}
	return data, nil
}

// fromChain reads the model's publication and checks it against onnxHash and the size bound.
func (s *Store) fromChain(ctx context.Context, onChain OnChain, onnxHash common.Hash) ([]byte, error) {
	data, err := onChain(ctx)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > s.cfg.MaxModelBytes {
		return nil, fmt.Errorf("model larger than %d bytes", s.cfg.MaxModelBytes)
	}
	if got, err := contentHash(data); err != nil || got != onnxHash {
		return nil, fmt.Errorf("published bytes: %w (got %s, want %s)", ErrHashMismatch, got, onnxHash)
	}
	return data, nil
}

// put caches checked bytes at path. Write-then-rename: a crash never leaves a partial file under the
// hash's name.
func (s *Store) put(path string, data []byte) error {
	tmp, err := os.CreateTemp(s.cfg.Dir, "fetch-*.tmp")
	if err != nil {
		return fmt.Errorf("cache model: %w", err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache model: %w", errors.Join(werr, cerr))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache model: %w", err)
	}
	return nil
}

// fetch reads uri whole, within FetchTimeout and MaxModelBytes.
func (s *Store) fetch(ctx context.Context, uri string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.FetchTimeout)
	defer cancel()
	rc, err := s.open(ctx, uri)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return s.readLimited(rc)
}

// open streams uri: a file, an http(s) GET, or an ipfs:// CID through the configured gateway.
func (s *Store) open(ctx context.Context, uri string) (io.ReadCloser, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return nil, err
	}
	switch u.Scheme {
	case "file":
		path := u.Path
		if u.Host != "" { // file://relative/path
			path = filepath.Join(u.Host, u.Path)
		}
		return os.Open(path)
	case "http", "https":
		return s.get(ctx, uri)
	case "ipfs":
		if s.cfg.IPFSGateway == "" {
			return nil, errors.New("ipfs:// needs an IPFS gateway in the store config")
		}
		cid := strings.TrimPrefix(strings.TrimPrefix(uri, "ipfs://"), "ipfs/")
		if slices.Contains(strings.Split(cid, "/"), "..") || strings.ContainsAny(cid, "?#") {
			return nil, fmt.Errorf("ipfs URI %q: a CID and path, without .. or a query", uri)
		}
		return s.get(ctx, strings.TrimRight(s.cfg.IPFSGateway, "/")+"/ipfs/"+cid)
	}
	return nil, fmt.Errorf("unsupported URI scheme %q (file, http, https, ipfs)", u.Scheme)
}

func (s *Store) get(ctx context.Context, uri string) (io.ReadCloser, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, uri, nil)
	if err != nil {
		return nil, err
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("GET %s: %s", uri, resp.Status)
	}
	return resp.Body, nil
}

func (s *Store) readLimited(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, s.cfg.MaxModelBytes+1))
	if err != nil {
		return nil, err
	}
	if n > s.cfg.MaxModelBytes {
		return nil, fmt.Errorf("model larger than %d bytes", s.cfg.MaxModelBytes)
	}
	return buf.Bytes(), nil
}

// Compile decodes and compiles model bytes and refuses a program whose hash is not programHash.
func Compile(data []byte, programHash common.Hash, opt inference.Options) (*inference.Program, error) {
	// Decoding and compiling are pure functions of the bytes (already checked against the
	// registered onnxHash) and the recorded options: a file that fails them now always will, so it
	// can never give the registered program (ErrProgramMismatch: its requests are skipped at once,
	// not retried every head).
	m, err := onnx.Decode(data, onnx.DefaultLimits)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrProgramMismatch, err)
	}
	p, err := inference.Compile(m, opt)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrProgramMismatch, err)
	}
	if got := p.Hash(); got != programHash {
		return nil, fmt.Errorf("%w (compiled %s, registered %s)", ErrProgramMismatch, got, programHash)
	}
	return p, nil
}

// CheckLayout refuses a program whose layout commitment is not the registered one: disputes would
// check its steps against a different program (docs/DISPUTE.md).
func CheckLayout(p *inference.Program, layoutRoot common.Hash) error {
	if got := p.Layout().Root(); got != layoutRoot {
		return fmt.Errorf("%w (computed %s, registered %s)", ErrLayoutMismatch, got, layoutRoot)
	}
	return nil
}
