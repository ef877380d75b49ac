package zk

import (
	"bytes"
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/modelregistry"
)

// Found by the independent attacker of issue 19: 169 bytes of proving.key claiming a 2^40-element
// FFT domain with precomputed twiddles make gnark allocate 2 × 32 TiB, a fatal out-of-memory no
// recover catches. Such a bundle is refused by the isolated check, and this process lives on.
func TestHostileBundleIsRefusedNotFatal(t *testing.T) {
	art, _, dir := mlpKeys(t)
	path, _, err := WriteBundle(dir)
	if err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(path)
	e := readEntries(t, good)
	var bomb bytes.Buffer
	_ = binary.Write(&bomb, binary.BigEndian, uint64(1)<<40) // Domain.Cardinality
	bomb.Write(make([]byte, 5*32))
	bomb.WriteByte(1) // with precomputed twiddles
	e[3].data = bomb.Bytes()
	hostile := filepath.Join(t.TempDir(), "keys.tar")
	if err := os.WriteFile(hostile, writeEntries(t, e, false), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = LoadBundleFile(context.Background(), hostile, art.Program)
	if err == nil || !strings.Contains(err.Error(), "zk keys bundle refused") {
		t.Fatalf("a proving key claiming a 2^40 domain: %v", err)
	}
	t.Log(err)
	// The honest bundle passes the same check.
	if _, err := LoadBundleFile(context.Background(), path, art.Program); err != nil {
		t.Fatalf("the honest bundle: %v", err)
	}
}

// Keys for one program proving another's run: an error, not a panic in the node's request task.
func TestProveWithAnotherProgramsKeysFails(t *testing.T) {
	art, err := modelregistry.BuildFile(models(t)["1l_mlp"])
	if err != nil {
		t.Skip(err)
	}
	k, err := Setup(art.Program, FormatInt64, ChecksAuto)
	if err != nil {
		t.Fatal(err)
	}
	tr := randomTrace(t, otherProgram(t), 3)
	if _, err := k.Prove(testProver, Int64Input(tr), tr); err == nil {
		t.Fatal("a proof made with another program's keys")
	}
}
