package modelregistry

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Golden values of the data commitment (computed by an independent transcription of the chain
// h_i = keccak256(c_i ‖ h_(i+1)) over 64 KiB chunks); TestContentHashIsWhatTheRegistryAccepts
// holds the contract to the same function.
func TestContentHashGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"4 bytes", []byte("onnx"), "a3754ff4a0731f795e7d483b687c2f95479e5bbb7f3e98d37d334aff8a1eafca"},
		{"one whole chunk", bytes.Repeat([]byte{0xab}, ChunkSize), "ceeaa628e4ccae4931b2698d6d3ade29fcdb6343b3889d30764d1b16fdedf695"},
		{"160,000 bytes (3 chunks)", bytes.Repeat([]byte("onnx"), 40_000), "43fd1defd8d2d3e53a9d547287135f5ff04ce02419c5deb5bff9b0f594aa6d39"},
	} {
		got, err := ContentHash(bytes.NewReader(c.data))
		if err != nil || got != common.HexToHash(c.want) {
			t.Errorf("%s: got %s (%v), want 0x%s", c.name, got, err, c.want)
		}
	}
	// One chunk is keccak256(file ‖ 0): not the plain keccak256 of the file.
	one := []byte("onnx")
	if h, _ := ContentHash(bytes.NewReader(one)); h != crypto.Keccak256Hash(one, make([]byte, 32)) || h == crypto.Keccak256Hash(one) {
		t.Fatal("one chunk")
	}
	if _, err := ContentHash(bytes.NewReader(nil)); err == nil {
		t.Fatal("an empty file has a commitment")
	}
}

func TestDataChunksChainToTheContentHash(t *testing.T) {
	data := bytes.Repeat([]byte("onnx"), 40_000)
	chunks := DataChunks(data)
	if len(chunks) != 3 || len(chunks[0].Data) != ChunkSize || len(chunks[1].Data) != ChunkSize || len(chunks[2].Data) != 160_000-2*ChunkSize {
		t.Fatalf("%d chunks", len(chunks))
	}
	var joined []byte
	for i, c := range chunks {
		joined = append(joined, c.Data...)
		if i+1 < len(chunks) && c.Rest != chunks[i+1].Hash() {
			t.Fatalf("chunk %d's rest is not chunk %d's hash", i, i+1)
		}
	}
	if !bytes.Equal(joined, data) || chunks[2].Rest != (common.Hash{}) {
		t.Fatal("chunks do not make the file")
	}
	if h, _ := ContentHash(bytes.NewReader(data)); h != chunks[0].Hash() {
		t.Fatal("the head is not the content hash")
	}
}
