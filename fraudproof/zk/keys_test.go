package zk

import (
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/modelregistry"
)

func otherProgram(t *testing.T) *inference.Program {
	art, err := modelregistry.BuildFile(models(t)["1l_relu"])
	if err != nil {
		t.Skip(err)
	}
	return art.Program
}

// mlpKeys sets up keys for EZKL's 1l_mlp (skipped without the example) and writes them to a new
// directory.
func mlpKeys(t *testing.T) (*modelregistry.Artifact, *Keys, string) {
	t.Helper()
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
	return art, k, dir
}

// TestKeysRoundTrip: setup, keys written and read back, a proof written and read back verifies; a
// changed public output does not.
func TestKeysRoundTrip(t *testing.T) {
	art, _, dir := mlpKeys(t)
	k2, err := LoadKeys(dir, art.Program)
	if err != nil {
		t.Fatal(err)
	}
	tr := randomTrace(t, art.Program, 9)
	input := Int64Input(tr)
	pf, err := k2.Prove(testProver, input, tr)
	if err != nil {
		t.Fatal(err)
	}
	if pf.Prover != testProver.Hex() {
		t.Fatalf("proof file prover %s, want %s", pf.Prover, testProver.Hex())
	}
	path := filepath.Join(dir, "proof.json")
	if err := WriteProof(path, pf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadProof(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := k2.Verify(back, testProver, input); err != nil {
		t.Fatalf("a valid proof did not verify: %v", err)
	}
	// Issue #14: made for testProver, the proof does not verify for another account.
	if err := k2.Verify(back, common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"), input); err == nil {
		t.Fatal("a proof made for one prover verified for another")
	}
	changed := back
	changed.Output = changed.Output[:len(changed.Output)-1] + "f"
	if err := k2.Verify(changed, testProver, input); err == nil {
		t.Fatal("a changed output verified")
	}
	changed = back
	changed.Digest = must(Binding{Format: k2.Format}.Digest(testProver, input, []byte{1})).String()
	if err := k2.Verify(changed, testProver, nil); err == nil {
		t.Fatal("a changed digest verified")
	}
	if _, err := LoadKeys(dir, otherProgram(t)); err == nil {
		t.Fatal("keys loaded for another program")
	}
}

// TestInputDomain: keys made for a declared input domain keep it; runs inside it are proven, one
// outside has no witness, and the domain is the circuit's (not only the witness builder's).
func TestInputDomain(t *testing.T) {
	art, err := modelregistry.BuildFile(models(t)["1l_mlp"])
	if err != nil {
		t.Skip(err)
	}
	p := art.Program
	k, err := Setup(p, FormatInt64, ChecksLookup, WithInputDomain(25))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := k.Write(dir); err != nil {
		t.Fatal(err)
	}
	k2, err := LoadKeys(dir, p)
	if err != nil || k2.InputBits != 25 {
		t.Fatalf("loaded input domain %d, %v", k2.InputBits, err)
	}
	run := func(v int64) (*trace.Trace, []byte) {
		n := p.Values[p.Inputs[0]].Len()
		xs := make([]int64, n)
		for i := range xs {
			xs[i] = v
		}
		in := inference.EncodeOutput([][]int64{xs})
		tr, err := trace.NewFromInput(p, in)
		if err != nil {
			t.Fatal(err)
		}
		return tr, in
	}
	tr, in := run(-(1 << 25))
	pf, err := k2.Prove(testProver, in, tr)
	if err != nil {
		t.Fatalf("an input at the domain's edge: %v", err)
	}
	if err := k2.Verify(pf, testProver, in); err != nil {
		t.Fatal(err)
	}
	tr, in = run(1 << 25)
	if _, err := k2.Prove(testProver, in, tr); err == nil {
		t.Fatal("an input outside the domain was proven")
	}
	// The circuit itself refuses it: a witness built without the domain.
	c, _ := New(p, FormatInt64, ChecksLookup)
	w, err := c.Witness(testProver, in, tr)
	if err != nil {
		t.Fatal(err)
	}
	c.InputBits = 25
	if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("the circuit accepts an input outside its domain")
	}
}
