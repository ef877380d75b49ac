package modelregistry

import (
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ContentHash is keccak256 of a model file's bytes: the onnxHash registered on-chain and the key of
// the content-addressed store.
func ContentHash(r io.Reader) (common.Hash, error) {
	h := crypto.NewKeccakState()
	if _, err := io.Copy(h, r); err != nil {
		return common.Hash{}, fmt.Errorf("hash model bytes: %w", err)
	}
	var out common.Hash
	if _, err := h.Read(out[:]); err != nil {
		return common.Hash{}, fmt.Errorf("hash model bytes: %w", err)
	}
	return out, nil
}

// FileContentHash is ContentHash of the file at path.
func FileContentHash(path string) (common.Hash, error) {
	f, err := os.Open(path)
	if err != nil {
		return common.Hash{}, fmt.Errorf("open model: %w", err)
	}
	defer f.Close()
	return ContentHash(f)
}
