package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/solc"
	"github.com/auspex-labs/auspex/modelregistry"
)

// shippedModel reads a model file shipped in models/.
func shippedModel(name string) ([]byte, error) {
	root, err := solc.FindRoot(".")
	if err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join(root, "models", name, "model.onnx"))
}

// blob is n deterministic pseudo-random bytes (incompressible: calldata's worst case, no zero bytes
// priced at 4 gas).
func blob(n int) []byte {
	out := make([]byte, 0, n+32)
	for i := 0; len(out) < n; i++ {
		out = append(out, crypto.Keccak256([]byte(fmt.Sprint("blob", i)))...)
	}
	return out[:n]
}

// publishRows publishes data as model id's file (modelregistry.Publish, as `auspex model register`
// does) and returns a row for the first, a middle and the last chunk and one for the whole.
func publishRows(ctx context.Context, c *devchain.Chain, id uint64, what string, data []byte) ([]row, error) {
	var rcpts []*types.Receipt
	err := modelregistry.Publish(ctx, c.Sender(devchain.Creator), c.Registry, id, data, func(p modelregistry.PublishedChunk) {
		rcpts = append(rcpts, p.Receipt)
	})
	if err != nil {
		return nil, fmt.Errorf("publish %s: %w", what, err)
	}
	n := len(rcpts)
	var rows []row
	var total uint64
	for i, r := range rcpts {
		total += r.GasUsed
		chunk := len(modelregistry.DataChunks(data)[i].Data)
		switch {
		case n == 1:
			rows = append(rows, row{"ModelRegistry", "publishModelData", fmt.Sprintf("%s: its one chunk (%d bytes), makes it available", what, chunk), r.GasUsed, ""})
		case i == 0:
			rows = append(rows, row{"ModelRegistry", "publishModelData", fmt.Sprintf("%s: first chunk (%d bytes)", what, chunk), r.GasUsed, ""})
		case i == n/2:
			rows = append(rows, row{"ModelRegistry", "publishModelData", fmt.Sprintf("%s: a middle chunk (%d bytes)", what, chunk), r.GasUsed, ""})
		case i == n-1:
			rows = append(rows, row{"ModelRegistry", "publishModelData", fmt.Sprintf("%s: last chunk (%d bytes), makes it available", what, chunk), r.GasUsed, ""})
		}
	}
	if n > 1 {
		rows = append(rows, row{"ModelRegistry", fmt.Sprintf("publishModelData × %d", n), fmt.Sprintf("%s (%d bytes) in all", what, len(data)), total, ""})
	}
	return rows, nil
}

// measureBlobPublication registers a model whose file is a 1 MiB random blob and publishes it.
func measureBlobPublication(ctx context.Context, c *devchain.Chain, spec contracts.ModelSpec) ([]row, error) {
	data := blob(1 << 20)
	h, err := modelregistry.ContentHash(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	spec.OnnxHash = h
	spec.Fee = big.NewInt(0)
	rcpt, err := c.Sender(devchain.Creator).Send(ctx, c.Registry.RegisterModelTx(spec))
	if err != nil {
		return nil, err
	}
	id, err := c.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		return nil, err
	}
	return publishRows(ctx, c, id, "1 MiB random blob", data)
}
