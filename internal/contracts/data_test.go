package contracts_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// randomFile is n deterministic pseudo-random bytes.
func randomFile(n int) []byte {
	out := make([]byte, 0, n+32)
	for i := 0; len(out) < n; i++ {
		out = append(out, crypto.Keccak256([]byte{byte(i), byte(i >> 8), byte(i >> 16)})...)
	}
	return out[:n]
}

// hasLog reports whether rcpt has a log of addr with the event signature sig.
func hasLog(rcpt *types.Receipt, addr common.Address, sig string) bool {
	for _, l := range rcpt.Logs {
		if l.Address == addr && len(l.Topics) > 0 && l.Topics[0] == crypto.Keccak256Hash([]byte(sig)) {
			return true
		}
	}
	return false
}

// registerFile registers an OPML model whose file is data, without publishing it.
func (e *env) registerFile(data []byte) uint64 {
	e.t.Helper()
	s := e.spec()
	var err error
	if s.OnnxHash, err = contracts.DataCommitment(data); err != nil {
		e.t.Fatal(err)
	}
	return e.register(devchain.Creator, s)
}

func TestPublishModelData(t *testing.T) {
	e := newEnv(t)
	data := randomFile(2*contracts.DataChunkSize + 1234)
	chunks := contracts.DataChunks(data)
	if len(chunks) != 3 || len(chunks[0].Data) != contracts.DataChunkSize || len(chunks[2].Data) != 1234 || chunks[2].Rest != (common.Hash{}) {
		t.Fatalf("chunks: %d", len(chunks))
	}
	id := e.registerFile(data)
	m, _ := e.Registry.CallModel(e.ctx, id)
	p, err := e.Registry.CallDataProgress(e.ctx, id)
	if err != nil || p.Next != m.OnnxHash || p.Published != 0 || p.Available || m.Available {
		t.Fatalf("progress before: %+v (%v)", p, err)
	}
	// No requests before the file is on-chain.
	e.revert(devchain.User, e.Oracle.RequestTx(contracts.NewRequest{ModelID: id, Input: []byte{1}}, e.fee(id, 0)), "ModelUnavailable")

	flipped := append([]byte{}, chunks[0].Data...)
	flipped[777] ^= 1
	full := bytes.Repeat([]byte{7}, contracts.DataChunkSize)
	for _, c := range []struct {
		name  string
		id    uint64
		chunk contracts.DataChunk
		error string
	}{
		{"unknown model", 999, chunks[0], "ModelNotFound"},
		{"a chunk out of order", id, chunks[1], "DataChunkMismatch"},
		{"a changed byte", id, contracts.DataChunk{Data: flipped, Rest: chunks[0].Rest}, "DataChunkMismatch"},
		{"a wrong rest", id, contracts.DataChunk{Data: chunks[0].Data, Rest: chunks[1].Rest}, "DataChunkMismatch"},
		{"a short non-final chunk", id, contracts.DataChunk{Data: chunks[0].Data[:100], Rest: chunks[0].Rest}, "DataChunkLength"},
		{"an over-long chunk", id, contracts.DataChunk{Data: append(full, 7)}, "DataChunkLength"},
		{"an empty chunk", id, contracts.DataChunk{}, "DataChunkLength"},
	} {
		e.t = t
		t.Run(c.name, func(t *testing.T) {
			e.t = t
			e.revert(devchain.User, e.Registry.PublishDataTx(c.id, c.chunk), c.error)
		})
	}
	e.t = t

	// Anyone publishes, chunk by chunk; a publication left unfinished is resumed where it stopped.
	first := e.send(devchain.User2, e.Registry.PublishDataTx(id, chunks[0]))
	if p, _ = e.Registry.CallDataProgress(e.ctx, id); p.Next != chunks[0].Rest || p.Published != 1 || p.Available || p.FirstBlock != first.BlockNumber.Uint64() {
		t.Fatalf("progress after chunk 0: %+v", p)
	}
	e.revert(devchain.User, e.Registry.PublishDataTx(id, chunks[0]), "DataChunkMismatch") // a repeat
	e.revert(devchain.User, e.Registry.PublishDataTx(id, chunks[2]), "DataChunkMismatch") // a gap
	if _, err := e.Registry.PublishDataTxs(e.ctx, id, randomFile(2*contracts.DataChunkSize + 1234)[1:]); !errors.Is(err, contracts.ErrDataMismatch) {
		t.Fatalf("other data: %v", err)
	}
	rcpts := e.publish(devchain.User, id, data)
	if len(rcpts) != 2 {
		t.Fatalf("resumed with %d transactions, want 2", len(rcpts))
	}
	last := rcpts[1]
	if !hasLog(last, e.Registry.Address(), "ModelDataAvailable(uint256)") {
		t.Fatal("no ModelDataAvailable")
	}
	p, _ = e.Registry.CallDataProgress(e.ctx, id)
	if m, _ = e.Registry.CallModel(e.ctx, id); p.Next != (common.Hash{}) || p.Published != 3 || !p.Available || !m.Available ||
		p.LastBlock != last.BlockNumber.Uint64() {
		t.Fatalf("progress after: %+v, model available %v", p, m.Available)
	}
	e.revert(devchain.User, e.Registry.PublishDataTx(id, chunks[0]), "DataAlreadyAvailable")
	e.revert(devchain.User, e.Registry.PublishDataTx(id, chunks[2]), "DataAlreadyAvailable")
	if txs, err := e.Registry.PublishDataTxs(e.ctx, id, data); err != nil || len(txs) != 0 {
		t.Fatalf("an available model: %d txs (%v)", len(txs), err)
	}
	if _, err := e.Registry.PublishDataTxs(e.ctx, id, data[1:]); !errors.Is(err, contracts.ErrDataMismatch) {
		t.Fatalf("other data for an available model: %v", err)
	}
	// Available: requests are taken, and the file comes back from the logs.
	e.request(devchain.User, contracts.NewRequest{ModelID: id, Input: []byte{1}})
	got, err := e.Registry.ModelData(e.ctx, id)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("ModelData: %d bytes (%v)", len(got), err)
	}
}

func TestModelDataOfAnUnpublishedModel(t *testing.T) {
	e := newEnv(t)
	data := randomFile(contracts.DataChunkSize + 1)
	id := e.registerFile(data)
	if _, err := e.Registry.ModelData(e.ctx, id); !errors.Is(err, contracts.ErrDataUnavailable) {
		t.Fatalf("nothing published: %v", err)
	}
	e.send(devchain.Creator, e.Registry.PublishDataTx(id, contracts.DataChunks(data)[0]))
	if _, err := e.Registry.ModelData(e.ctx, id); !errors.Is(err, contracts.ErrDataUnavailable) {
		t.Fatalf("half published: %v", err)
	}
	if _, err := e.Registry.ModelData(e.ctx, 999); !contracts.IsRevert(err, "ModelNotFound") {
		t.Fatalf("unknown model: %v", err)
	}
}

// A ZK-only model's results are proven valid: it takes requests unpublished. Every mode with an
// optimistic path needs its file on-chain first.
func TestAvailabilityByMode(t *testing.T) {
	e := newEnv(t)
	verifier := e.deployMockVerifier()
	data := randomFile(100)
	s := e.spec()
	s.OnnxHash, _ = contracts.DataCommitment(data)
	s.Mode, s.ChallengeWindow, s.ZkVerifier = contracts.ModeZK, 0, verifier
	s.ZkKeysHash, s.ZkKeysURI = testKeysHash, "file://keys.tar"
	zk := e.register(devchain.Creator, s)
	e.request(devchain.User, contracts.NewRequest{ModelID: zk, Input: []byte{1}})
	s = e.spec()
	s.OnnxHash, _ = contracts.DataCommitment(data)
	s.Mode, s.ZkVerifier = contracts.ModeOPMLAndZK, verifier
	s.ZkKeysHash, s.ZkKeysURI = testKeysHash, "file://keys.tar"
	both := e.register(devchain.Creator, s)
	e.revert(devchain.User, e.Oracle.RequestTx(contracts.NewRequest{ModelID: both, Input: []byte{1}}, e.fee(both, 0)), "ModelUnavailable")
	e.revert(devchain.User, e.Oracle.RequestTx(contracts.NewRequest{ModelID: both, Inputs: [][]byte{{1}, {2}}}, e.fee(both, 0)), "ModelUnavailable")
	e.publish(devchain.User, both, data)
	e.request(devchain.User, contracts.NewRequest{ModelID: both, Input: []byte{1}})
}

func TestDataCommitment(t *testing.T) {
	if _, err := contracts.DataCommitment(nil); !errors.Is(err, contracts.ErrEmptyData) {
		t.Fatalf("empty: %v", err)
	}
	// One chunk: keccak256(file ‖ 0); two: the chain written out.
	small := []byte("onnx")
	if h, _ := contracts.DataCommitment(small); h != crypto.Keccak256Hash(small, make([]byte, 32)) {
		t.Fatal("one chunk")
	}
	two := randomFile(contracts.DataChunkSize + 5)
	h1 := crypto.Keccak256Hash(two[contracts.DataChunkSize:], make([]byte, 32))
	if h, _ := contracts.DataCommitment(two); h != crypto.Keccak256Hash(two[:contracts.DataChunkSize], h1[:]) {
		t.Fatal("two chunks")
	}
	exact := randomFile(2 * contracts.DataChunkSize)
	if c := contracts.DataChunks(exact); len(c) != 2 || len(c[1].Data) != contracts.DataChunkSize {
		t.Fatalf("a file of whole chunks: %d chunks", len(c))
	}
}
