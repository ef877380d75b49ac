package oracle

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/modelregistry"
)

func mnist(t testing.TB) *inference.Program {
	art, err := modelregistry.BuildFile(filepath.Join("..", "models", "mnist-8", "model.onnx"))
	if err != nil {
		t.Fatal(err)
	}
	return art.Program
}

func TestExecuteAnswers(t *testing.T) {
	p := mnist(t)
	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	one := execute(p, digits[:784], 1)
	if one.errCode != 0 || len(one.output) != 80 {
		t.Fatalf("single: %+v", one)
	}
	if a := execute(p, digits[:100], 1); a.errCode != ErrorInvalidInput {
		t.Fatalf("short input: code %d", a.errCode)
	}
	// A batch is abi.encode(bytes[]) in, abi.encode(bytes[]) out, in order.
	batch, _ := abi.Arguments{{Type: bytesArrayT}}.Pack([][]byte{digits[:784], digits[784:1568]})
	b := execute(p, batch, 2)
	if b.errCode != 0 {
		t.Fatalf("batch: %s", b.reason)
	}
	outs, err := abi.Arguments{{Type: bytesArrayT}}.Unpack(b.output)
	if err != nil || string(outs[0].([][]byte)[0]) != string(one.output) {
		t.Fatalf("batch element 0 differs from the single answer: %v", err)
	}
	if a := execute(p, batch, 3); a.errCode != ErrorInvalidInput {
		t.Fatalf("batch size mismatch: code %d", a.errCode)
	}
	if a := execute(p, []byte{1, 2, 3}, 2); a.errCode != ErrorInvalidInput {
		t.Fatalf("garbage batch: code %d", a.errCode)
	}
	if !errors.Is(inference.ErrInvalidInput, inference.ErrInvalidInput) {
		t.Fatal()
	}
}

func BenchmarkExecuteMnist8(b *testing.B) {
	p := mnist(b)
	p.PrecomputeCommitments()
	in := make([]byte, 784)
	for i := range in {
		in[i] = byte(i * 7)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if a := execute(p, in, 1); a.errCode != 0 {
			b.Fatal(a.reason)
		}
	}
}

var bytesArrayT, _ = abi.NewType("bytes[]", "", nil)
