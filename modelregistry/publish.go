package modelregistry

import (
	"context"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// PublishedChunk reports one chunk sent by Publish.
type PublishedChunk struct {
	Index, Total int // chunk Index of Total (0-based)
	Bytes        int // the chunk's size
	Receipt      *types.Receipt
}

// Publish makes a registered model available: it sends, from s, every chunk of data (the model's
// file) that the registry does not have yet, in order, calling progress (if set) after each. It
// resumes a publication someone left unfinished and does nothing for an available model; it
// refuses data that is not the file the model committed to before sending anything. Until a model
// is available the oracle refuses its requests (unless it is ZK-only).
func Publish(ctx context.Context, s *chain.Sender, reg *contracts.Registry, modelID uint64, data []byte, progress func(PublishedChunk)) error {
	txs, err := reg.PublishDataTxs(ctx, modelID, data)
	if err != nil {
		return err
	}
	chunks := DataChunks(data)
	total := len(chunks)
	first := total - len(txs)
	for i, tx := range txs {
		rcpt, err := s.Send(ctx, tx)
		if err != nil {
			return fmt.Errorf("publish chunk %d of %d of model #%d: %w", first+i, total, modelID, err)
		}
		if progress != nil {
			progress(PublishedChunk{Index: first + i, Total: total, Bytes: len(chunks[first+i].Data), Receipt: rcpt})
		}
	}
	return nil
}

// PublishFile is Publish of the model file at path.
func PublishFile(ctx context.Context, s *chain.Sender, reg *contracts.Registry, modelID uint64, path string, progress func(PublishedChunk)) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("publish model #%d: %w", modelID, err)
	}
	return Publish(ctx, s, reg, modelID, data, progress)
}
