package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/internal/chain"
)

// DataChunkSize is the bytes per published chunk of a model file (ModelRegistry.DATA_CHUNK_SIZE);
// only the last chunk may be shorter. 64 KiB: a publishing transaction must fit geth's 128 KiB
// transaction-size limit with room to spare (docs/AVAILABILITY.md).
const DataChunkSize = 64 << 10

// maxLogRange is the most blocks one eth_getLogs query spans: public RPCs refuse wider ranges (a few
// thousand blocks is a common cap); a publication usually spans a few blocks.
const maxLogRange = 2_000

var (
	// ErrEmptyData: an empty file has no data commitment (the contract refuses an empty chunk).
	ErrEmptyData = errors.New("model data is empty")
	// ErrDataUnavailable: the model's bytes are not (completely) published on-chain.
	ErrDataUnavailable = errors.New("model data is not published on-chain")
	// ErrDataMismatch: bytes are not the ones the model's onnxHash commits to.
	ErrDataMismatch = errors.New("model data does not match its onnxHash")
)

// DataChunk is one chunk of a model file as ModelRegistry.publishModelData takes it.
type DataChunk struct {
	Data []byte      // DataChunkSize bytes; the last chunk 1..DataChunkSize
	Rest common.Hash // the commitment to the chunks after it; zero for the last chunk
}

// DataChunks splits a model file into its chunks with their hash chain: h_n = 0, h_i =
// keccak256(c_i ‖ h_(i+1)); chunk i's Rest is h_(i+1) and h_0 is the file's commitment (its
// onnxHash). The chain runs backwards so the contract can check each chunk on arrival against one
// stored hash. Data is sliced, not copied. Nil for an empty file.
func DataChunks(data []byte) []DataChunk {
	n := (len(data) + DataChunkSize - 1) / DataChunkSize
	chunks := make([]DataChunk, n)
	var h common.Hash
	for i := n - 1; i >= 0; i-- {
		c := data[i*DataChunkSize : min((i+1)*DataChunkSize, len(data))]
		chunks[i] = DataChunk{Data: c, Rest: h}
		h = chunkHash(c, h)
	}
	return chunks
}

// DataCommitment is the data commitment of a model file (h_0 of DataChunks): the onnxHash a model
// registers and publishModelData checks.
func DataCommitment(data []byte) (common.Hash, error) {
	chunks := DataChunks(data)
	if len(chunks) == 0 {
		return common.Hash{}, ErrEmptyData
	}
	return chunks[0].Hash(), nil
}

// Hash is keccak256(Data ‖ Rest): the hash the registry expects of this chunk.
func (c DataChunk) Hash() common.Hash { return chunkHash(c.Data, c.Rest) }

func chunkHash(data []byte, rest common.Hash) common.Hash {
	return crypto.Keccak256Hash(data, rest[:])
}

// DataProgress is how far a model's publication has come.
type DataProgress struct {
	Next      common.Hash // the hash the next chunk must have; zero once available
	Published uint32      // chunks published
	Available bool        // every chunk is published: the oracle takes the model's requests
	// FirstBlock and LastBlock hold the first and latest chunk (zero: none yet).
	FirstBlock, LastBlock uint64
}

// CallDataProgress reads a model's publication progress.
func (r *Registry) CallDataProgress(ctx context.Context, id uint64) (DataProgress, error) {
	mid := new(big.Int).SetUint64(id)
	p, err := view(ctx, r.c, r.abi.PackDataProgress(mid), r.abi.UnpackDataProgress)
	if err != nil {
		return DataProgress{}, fmt.Errorf("read data progress of model %d: %w", id, err)
	}
	b, err := view(ctx, r.c, r.abi.PackDataBlocks(mid), r.abi.UnpackDataBlocks)
	if err != nil {
		return DataProgress{}, fmt.Errorf("read data blocks of model %d: %w", id, err)
	}
	return DataProgress{Next: p.Next, Published: p.Published, Available: p.Available, FirstBlock: b.First, LastBlock: b.Last}, nil
}

// PublishDataTx publishes one chunk of a model's file (anyone; in order, until the model is
// available).
func (r *Registry) PublishDataTx(id uint64, c DataChunk) chain.TxCandidate {
	return r.tx(r.abi.PackPublishModelData(new(big.Int).SetUint64(id), c.Data, c.Rest))
}

// PublishDataTxs are the transactions that finish publishing data as model id's file: one per
// chunk the registry does not have yet, in order (none once the model is available). It refuses
// data that is not the file the model committed to, before anything is sent.
func (r *Registry) PublishDataTxs(ctx context.Context, id uint64, data []byte) ([]chain.TxCandidate, error) {
	onnxHash, err := r.onnxHash(ctx, id)
	if err != nil {
		return nil, err
	}
	chunks := DataChunks(data)
	if len(chunks) == 0 {
		return nil, fmt.Errorf("publish model %d: %w", id, ErrEmptyData)
	}
	if got := chunks[0].Hash(); got != onnxHash {
		return nil, fmt.Errorf("publish model %d: %w (the file's is %s, the model's %s)", id, ErrDataMismatch, got, onnxHash)
	}
	p, err := r.CallDataProgress(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.Available {
		return nil, nil
	}
	next := int(p.Published)
	if next >= len(chunks) || chunks[next].Hash() != p.Next {
		return nil, fmt.Errorf("publish model %d: %w (%d chunks of %d bytes; the registry expects chunk %d with hash %s)",
			id, ErrDataMismatch, len(chunks), len(data), next, p.Next)
	}
	txs := make([]chain.TxCandidate, 0, len(chunks)-next)
	for _, c := range chunks[next:] {
		txs = append(txs, r.PublishDataTx(id, c))
	}
	return txs, nil
}

// ModelData reassembles model id's file from its ModelDataPublished logs (over the blocks the
// registry recorded, in queries of at most maxLogRange blocks) and checks it against the model's
// onnxHash. It needs the chain's history of those blocks: a node that pruned it (EIP-4444) cannot
// serve it.
func (r *Registry) ModelData(ctx context.Context, id uint64) ([]byte, error) {
	p, err := r.CallDataProgress(ctx, id)
	if err != nil {
		return nil, err
	}
	if !p.Available {
		return nil, fmt.Errorf("model %d: %w (%d chunks published)", id, ErrDataUnavailable, p.Published)
	}
	onnxHash, err := r.onnxHash(ctx, id)
	if err != nil {
		return nil, err
	}
	chunks := make([][]byte, p.Published)
	topics := [][]common.Hash{{r.abi.GetABI().Events["ModelDataPublished"].ID}, {common.BigToHash(new(big.Int).SetUint64(id))}}
	for from := p.FirstBlock; from <= p.LastBlock; from += maxLogRange {
		to := min(from+maxLogRange-1, p.LastBlock)
		logs, err := r.backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{r.addr}, Topics: topics,
		})
		if err != nil {
			return nil, fmt.Errorf("model %d: read ModelDataPublished logs of blocks %d..%d: %w", id, from, to, err)
		}
		for i := range logs {
			if logs[i].Removed {
				continue
			}
			ev, err := r.abi.UnpackModelDataPublishedEvent(&logs[i])
			if err != nil {
				return nil, fmt.Errorf("model %d: decode ModelDataPublished in tx %s: %w", id, logs[i].TxHash, err)
			}
			if !ev.Index.IsUint64() || ev.Index.Uint64() >= uint64(len(chunks)) {
				return nil, fmt.Errorf("model %d: chunk index %s out of range (%d published)", id, ev.Index, len(chunks))
			}
			chunks[ev.Index.Uint64()] = ev.Chunk
		}
	}
	data := make([]byte, 0, len(chunks)*DataChunkSize)
	for i, c := range chunks {
		if len(c) == 0 {
			return nil, fmt.Errorf("model %d: chunk %d of %d is missing from the logs of blocks %d..%d (history pruned?): %w",
				id, i, len(chunks), p.FirstBlock, p.LastBlock, ErrDataUnavailable)
		}
		data = append(data, c...)
	}
	if got, _ := DataCommitment(data); got != onnxHash {
		return nil, fmt.Errorf("model %d: the published chunks: %w (got %s, want %s)", id, ErrDataMismatch, got, onnxHash)
	}
	return data, nil
}

// onnxHash reads model id's data commitment.
func (r *Registry) onnxHash(ctx context.Context, id uint64) (common.Hash, error) {
	m, err := bind.Call(r.c, &bind.CallOpts{Context: ctx}, r.abi.PackGetModel(new(big.Int).SetUint64(id)), r.abi.UnpackGetModel)
	if err != nil {
		return common.Hash{}, fmt.Errorf("read model %d: %w", id, DecodeRevert(err))
	}
	return m.OnnxHash, nil
}
