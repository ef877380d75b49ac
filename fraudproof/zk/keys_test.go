package zk

import (
	"path/filepath"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/modelregistry"
)

func otherProgram(t *testing.T) *inference.Program {
	art, err := modelregistry.BuildFile(models(t)["1l_relu"])
	if err != nil {
		t.Skip(err)
	}
	return art.Program
}

// TestKeysRoundTrip: setup, keys written and read back, a proof written and read back verifies; a
// changed public output does not.
func TestKeysRoundTrip(t *testing.T) {
	art, err := modelregistry.BuildFile(models(t)["1l_mlp"])
	if err != nil {
		t.Skip(err)
	}
	k, err := Setup(art.Program, FormatInt64, ChecksAuto)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := k.Write(dir); err != nil {
		t.Fatal(err)
	}
	k2, err := LoadKeys(dir, art.Program)
	if err != nil {
		t.Fatal(err)
	}
	tr := randomTrace(t, art.Program, 9)
	input := Int64Input(tr)
	pf, err := k2.Prove(input, tr)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "proof.json")
	if err := WriteProof(path, pf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadProof(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := k2.Verify(back, input); err != nil {
		t.Fatalf("a valid proof did not verify: %v", err)
	}
	changed := back
	changed.Output = changed.Output[:len(changed.Output)-1] + "f"
	if err := k2.Verify(changed, input); err == nil {
		t.Fatal("a changed output verified")
	}
	changed = back
	changed.Digest = Digest(k2.Format, input, []byte{1}).String()
	if err := k2.Verify(changed, nil); err == nil {
		t.Fatal("a changed digest verified")
	}
	if _, err := LoadKeys(dir, otherProgram(t)); err == nil {
		t.Fatal("keys loaded for another program")
	}
}
