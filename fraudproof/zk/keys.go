package zk

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/auspex-labs/auspex/inference"
)

// Keys are a program's compiled circuit and its Groth16 keys. A local Setup is for devnets: its
// toxic waste is this process's randomness. Production keys come from a ceremony over the same
// constraint system (docs/ZK.md).
type Keys struct {
	P   *inference.Program
	CCS constraint.ConstraintSystem
	PK  groth16.ProvingKey
	VK  groth16.VerifyingKey
}

// Setup compiles p's circuit and runs a local Groth16 setup.
func Setup(p *inference.Program) (*Keys, error) {
	c, err := New(p)
	if err != nil {
		return nil, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return nil, fmt.Errorf("compile the circuit: %w", err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("groth16 setup: %w", err)
	}
	return &Keys{P: p, CCS: ccs, PK: pk, VK: vk}, nil
}

// Files in a keys directory.
const (
	ccsFile      = "circuit.r1cs"
	pkFile       = "proving.key"
	vkFile       = "verifying.key"
	verifierFile = "Verifier.sol"
)

// Write stores the keys and the exported Solidity verifier in dir.
func (k *Keys) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, w := range map[string]io.WriterTo{ccsFile: k.CCS, pkFile: k.PK, vkFile: k.VK} {
		var buf bytes.Buffer
		if _, err := w.WriteTo(&buf); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	var sol bytes.Buffer
	if err := k.VK.ExportSolidity(&sol); err != nil {
		return fmt.Errorf("export the Solidity verifier: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, verifierFile), sol.Bytes(), 0o644)
}

// LoadKeys reads keys written by Write for program p.
func LoadKeys(dir string, p *inference.Program) (*Keys, error) {
	k := &Keys{P: p, CCS: groth16.NewCS(ecc.BN254), PK: groth16.NewProvingKey(ecc.BN254), VK: groth16.NewVerifyingKey(ecc.BN254)}
	for name, r := range map[string]io.ReaderFrom{ccsFile: k.CCS, pkFile: k.PK, vkFile: k.VK} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		if _, err := r.ReadFrom(bytes.NewReader(b)); err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
	return k, nil
}

// ProofFile is a proof as the CLI stores it: the Solidity verifier's calldata (proof bytes and the
// public inputs, every input and output element, as field elements).
type ProofFile struct {
	Proof  string   `json:"proof"`  // hex, MarshalSolidity
	Public []string `json:"public"` // decimal field elements
}

// Prove proves a run (the verifier exported by Write accepts it).
func (k *Keys) Prove(tr *inference.Trace) (ProofFile, error) {
	c, err := New(k.P)
	if err != nil {
		return ProofFile{}, err
	}
	w, err := frontend.NewWitness(c.Assign(tr), ecc.BN254.ScalarField())
	if err != nil {
		return ProofFile{}, err
	}
	proof, err := groth16.Prove(k.CCS, k.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return ProofFile{}, fmt.Errorf("prove: %w", err)
	}
	pub, err := w.Public()
	if err != nil {
		return ProofFile{}, err
	}
	pf := ProofFile{Proof: hex.EncodeToString(proof.(interface{ MarshalSolidity() []byte }).MarshalSolidity())}
	for _, e := range pub.Vector().(fr.Vector) {
		pf.Public = append(pf.Public, e.BigInt(new(big.Int)).String())
	}
	return pf, nil
}

// Verify checks a proof file against the verifying key (as the exported contract does).
func (k *Keys) Verify(pf ProofFile) error {
	raw, err := hex.DecodeString(pf.Proof)
	if err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	proof := groth16.NewProof(ecc.BN254)
	if _, err := proof.ReadFrom(bytes.NewReader(solidityToRaw(raw))); err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	c, err := New(k.P)
	if err != nil {
		return err
	}
	// The public inputs are In then Out, as the circuit declares them.
	if len(pf.Public) != len(c.In)+len(c.Out) {
		return fmt.Errorf("%d public inputs, the circuit has %d", len(pf.Public), len(c.In)+len(c.Out))
	}
	a := &Circuit{P: k.P, In: make([]frontend.Variable, len(c.In)), Out: make([]frontend.Variable, len(c.Out))}
	for i, s := range pf.Public {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return fmt.Errorf("public input %d: %q", i, s)
		}
		if i < len(c.In) {
			a.In[i] = v
		} else {
			a.Out[i-len(c.In)] = v
		}
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return err
	}
	return groth16.Verify(proof, k.VK, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16))
}

// solidityToRaw re-inserts the commitment count MarshalSolidity strips (gnark's raw encoding).
func solidityToRaw(b []byte) []byte {
	if len(b) <= 256 {
		return b
	}
	n := (len(b) - 256 - 64) / 64 // commitments; the last 64 bytes are the proof of knowledge
	out := append([]byte{}, b[:256]...)
	out = append(out, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	return append(out, b[256:]...)
}

// WriteProof stores a proof file.
func WriteProof(path string, pf ProofFile) error {
	b, err := json.MarshalIndent(pf, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// ReadProof reads a proof file.
func ReadProof(path string) (ProofFile, error) {
	var pf ProofFile
	b, err := os.ReadFile(path)
	if err != nil {
		return pf, err
	}
	return pf, json.Unmarshal(b, &pf)
}
