package modelregistry

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestContentHashIsKeccakOfTheBytes(t *testing.T) {
	data := bytes.Repeat([]byte("onnx"), 10_000)
	got, err := ContentHash(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if want := crypto.Keccak256Hash(data); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}
