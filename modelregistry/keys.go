package modelregistry

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// ErrKeysHashMismatch: the bytes behind a ZK model's keys URI are not its registered bundle.
var ErrKeysHashMismatch = errors.New("zk keys bundle does not match the registered zkKeysHash")

// FetchKeys returns the path of a ZK model's proving-key bundle whose sha256 is keysHash: the cached
// copy, else a download of uri streamed to disk (a bundle is too large to hold in memory twice),
// checked and cached as zk-<hash>.tar. A cached copy is hashed again before use, as model files are.
func (s *Store) FetchKeys(ctx context.Context, uri string, keysHash common.Hash) (string, error) {
	if keysHash == (common.Hash{}) {
		return "", errors.New("the model has no zk keys bundle registered")
	}
	path := filepath.Join(s.cfg.Dir, "zk-"+keysHash.Hex()+".tar")
	if h, err := FileSHA256(path); err == nil {
		if h == keysHash {
			return path, nil
		}
		s.log.Warn().Str("path", path).Msg("cached zk keys corrupt; fetching again")
	}
	limit, timeout := s.cfg.MaxKeysBytes, s.cfg.KeysFetchTimeout
	if limit == 0 {
		limit = DefaultMaxKeysBytes
	}
	if timeout == 0 {
		timeout = DefaultKeysFetchTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	rc, err := s.open(ctx, uri)
	if err != nil {
		return "", fmt.Errorf("fetch zk keys %s: %w", uri, err)
	}
	defer rc.Close()
	tmp, err := os.CreateTemp(s.cfg.Dir, "keys-*.tmp")
	if err != nil {
		return "", fmt.Errorf("cache zk keys: %w", err)
	}
	defer os.Remove(tmp.Name()) // after the rename, a no-op
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), io.LimitReader(rc, limit+1))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	switch {
	case err != nil:
		return "", fmt.Errorf("fetch zk keys %s: %w", uri, err)
	case n > limit:
		return "", fmt.Errorf("fetch zk keys %s: larger than %d bytes (models.max_keys_bytes)", uri, limit)
	}
	if got := common.BytesToHash(h.Sum(nil)); got != keysHash {
		return "", fmt.Errorf("%s: %w (got %s, want %s)", uri, ErrKeysHashMismatch, got, keysHash)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", fmt.Errorf("cache zk keys: %w", err)
	}
	s.log.Info().Str("uri", uri).Str("zk_keys_hash", keysHash.Hex()).Int64("bytes", n).Msg("zk keys fetched")
	return path, nil
}

// FileSHA256 is the sha256 of the file at path, the hash a ZK model registers for its keys bundle.
func FileSHA256(path string) (common.Hash, error) {
	f, err := os.Open(path)
	if err != nil {
		return common.Hash{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return common.Hash{}, fmt.Errorf("hash %s: %w", path, err)
	}
	return common.BytesToHash(h.Sum(nil)), nil
}
