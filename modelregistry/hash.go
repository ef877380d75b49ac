package modelregistry

import (
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/internal/contracts"
)

// ChunkSize is the bytes per published chunk of a model file (ModelRegistry.DATA_CHUNK_SIZE, 64 KiB):
// a transaction publishing one chunk must fit geth's 128 KiB transaction-size limit with room to
// spare, so it relays through ordinary mempools.
const ChunkSize = contracts.DataChunkSize

// DataChunk is one chunk of a model file with the commitment to the chunks after it, as
// ModelRegistry.publishModelData takes it.
type DataChunk = contracts.DataChunk

// ContentHash is a model file's data commitment, the onnxHash registered on-chain and the key of the
// content-addressed store: a keccak256 hash chain over its ChunkSize chunks c_0..c_(n-1), h_n = 0,
// h_i = keccak256(c_i ‖ h_(i+1)), ContentHash = h_0. It is a hash of the file's bytes that the
// registry can check chunk by chunk as the file is published, which a plain keccak256 of a
// multi-megabyte file is not; the chain runs backwards so that each chunk is checkable on arrival
// (docs/AVAILABILITY.md). An empty file has none.
func ContentHash(r io.Reader) (common.Hash, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return common.Hash{}, fmt.Errorf("hash model bytes: %w", err)
	}
	return contentHash(data)
}

func contentHash(data []byte) (common.Hash, error) {
	h, err := contracts.DataCommitment(data)
	if err != nil {
		return common.Hash{}, fmt.Errorf("hash model bytes: %w", err)
	}
	return h, nil
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

// DataChunks splits a model file into the chunks that publish it, in order (nil for an empty file).
func DataChunks(data []byte) []DataChunk { return contracts.DataChunks(data) }
