package zk

import (
	"path/filepath"
	"testing"

	"github.com/auspex-labs/auspex/modelregistry"
)

// TestKeysRoundTrip: setup, keys written and read back, a proof written and read back verifies; a
// changed public output does not.
func TestKeysRoundTrip(t *testing.T) {
	art, err := modelregistry.BuildFile(models(t)["1l_mlp"])
	if err != nil {
		t.Skip(err)
	}
	k, err := Setup(art.Program)
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
	pf, err := k2.Prove(randomTrace(t, art.Program, 9))
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
	if err := k2.Verify(back); err != nil {
		t.Fatalf("a valid proof did not verify: %v", err)
	}
	back.Public[len(back.Public)-1] = "12345"
	if err := k2.Verify(back); err == nil {
		t.Fatal("a changed output verified")
	}
}
