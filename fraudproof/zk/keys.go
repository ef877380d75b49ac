package zk

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"slices"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	gnarklogger "github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
)

// Keys are a program's compiled circuit and its Groth16 keys. A local Setup is for devnets: its
// toxic waste is this process's randomness. Production keys come from a ceremony over the same
// constraint system (docs/ZK.md).
type Keys struct {
	P *inference.Program
	// Binding: the input form, the declared input domain (0: every int64) and the outputs' domain.
	Binding
	Checks Checks // ChecksLookup or ChecksBits, never ChecksAuto
	CCS    constraint.ConstraintSystem
	PK     groth16.ProvingKey
	VK     groth16.VerifyingKey
}

// Compiled is a program's constraint system with what it was built with.
type Compiled struct {
	CCS     constraint.ConstraintSystem
	Checks  Checks  // never ChecksAuto
	Binding Binding // OutputBits as Define chose it
}

// Compile builds p's constraint system for inputs in form f; ChecksAuto is resolved here (bits
// for table-free circuits up to AutoBitsLimit constraints, else lookup). Lookup circuits are built
// with gnark's limb width and with lookupBase, and the smaller kept. The outputs are packed in the
// digest by the domain their bounds allow (Circuit.OutputBits).
func Compile(p *inference.Program, f Format, checks Checks, opts ...Option) (*Compiled, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if o.inputBits < 0 || o.inputBits > 62 {
		return nil, fmt.Errorf("input domain of %d bits: want 1 to 62", o.inputBits)
	}
	compile := func(ch Checks, base int) (*Compiled, error) {
		c, err := New(p, f, ch)
		if err != nil {
			return nil, err
		}
		c.LookupBase, c.InputBits, c.OutputBits = base, o.inputBits, AutoOutputBits
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		if err != nil {
			return nil, fmt.Errorf("compile the circuit: %w", err)
		}
		return &Compiled{CCS: ccs, Checks: ch, Binding: c.Binding}, nil
	}
	lookup := func() (*Compiled, error) {
		auto, err := compile(ChecksLookup, 0)
		if err != nil {
			return nil, err
		}
		fixed, err := compile(ChecksLookup, lookupBase)
		if err != nil {
			return nil, err
		}
		if fixed.CCS.GetNbConstraints() < auto.CCS.GetNbConstraints() {
			return fixed, nil
		}
		return auto, nil
	}
	switch checks {
	case ChecksLookup:
		return lookup()
	case ChecksBits:
		return compile(ChecksBits, 0)
	}
	if !slices.ContainsFunc(p.Steps, func(s inference.Step) bool { return s.Op == inference.OpTable }) {
		c, err := compile(ChecksBits, 0)
		if err != nil {
			return nil, err
		}
		if c.CCS.GetNbConstraints() <= AutoBitsLimit {
			return c, nil
		}
	}
	return lookup()
}

// Option changes how a circuit is built.
type Option func(*options)

type options struct{ inputBits int }

// WithInputDomain declares the real inputs' domain for the int64 form: |x| < 2^bits at the
// input's scale (e.g. scale + 8 for |x| < 256.0). Inputs outside have no proof; inside, the
// circuit is smaller (docs/ZK.md).
func WithInputDomain(bits int) Option { return func(o *options) { o.inputBits = bits } }

// Setup compiles p's circuit and runs a local Groth16 setup.
func Setup(p *inference.Program, f Format, checks Checks, opts ...Option) (*Keys, error) {
	c, err := Compile(p, f, checks, opts...)
	if err != nil {
		return nil, err
	}
	pk, vk, err := groth16.Setup(c.CCS)
	if err != nil {
		return nil, fmt.Errorf("groth16 setup: %w", err)
	}
	return &Keys{P: p, Binding: c.Binding, Checks: c.Checks, CCS: c.CCS, PK: pk, VK: vk}, nil
}

// Files in a keys directory.
const (
	metaFile     = "circuit.json"
	ccsFile      = "circuit.r1cs"
	pkFile       = "proving.key"
	vkFile       = "verifying.key"
	verifierFile = "Verifier.sol"
)

// DigestVersion is the digest's layout the circuits of this code compute: 2 binds the prover
// (header prover·2^64 + len(input)·2^32 + len(output), issue #14); keys of circuits without it (no
// "digest" in circuit.json) are refused: their proofs would verify for anyone.
const DigestVersion = 2

// meta records what the keys prove, so keys are never used for another program or input form.
type meta struct {
	Digest      int    `json:"digest"`
	ProgramHash string `json:"programHash"`
	Format      string `json:"inputFormat"`
	Checks      string `json:"rangeChecks"`
	InputBits   int    `json:"inputBits,omitempty"`
	OutputBits  int    `json:"outputBits,omitempty"`
	Constraints int    `json:"constraints"`
}

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
	// ExportSolidity warns that the contract "may not work" for proofs whose commitment is hashed
	// with anything but sha256; ours are (Prove: WithProverTargetSolidityVerifier), so the warning,
	// which alarmed every `zk setup`, is not logged.
	prev := gnarklogger.Logger()
	gnarklogger.Set(prev.Level(zerolog.ErrorLevel))
	err := k.VK.ExportSolidity(&sol)
	gnarklogger.Set(prev)
	if err != nil {
		return fmt.Errorf("export the Solidity verifier: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, verifierFile), sol.Bytes(), 0o644); err != nil {
		return err
	}
	m, err := json.MarshalIndent(meta{Digest: DigestVersion, ProgramHash: k.P.Hash().Hex(), Format: k.Format.String(), Checks: k.Checks.String(), InputBits: k.InputBits, OutputBits: k.OutputBits, Constraints: k.CCS.GetNbConstraints()}, "", "  ")
	if err != nil {
		return err
	}
	// Written last: a directory with circuit.json is complete.
	return os.WriteFile(filepath.Join(dir, metaFile), append(m, '\n'), 0o644)
}

// ReadMeta reads what the keys in dir prove (circuit.json).
func ReadMeta(dir string) (Info, error) {
	b, err := os.ReadFile(filepath.Join(dir, metaFile))
	if err != nil {
		return Info{}, fmt.Errorf("zk keys in %s: %w", dir, err)
	}
	return parseMeta(b, "zk keys in "+dir)
}

// parseMeta decodes circuit.json's bytes; where names their source in errors.
func parseMeta(b []byte, where string) (Info, error) {
	var m meta
	if err := json.Unmarshal(b, &m); err != nil {
		return Info{}, fmt.Errorf("%s: %s: %w", where, metaFile, err)
	}
	if m.Digest != DigestVersion {
		return Info{}, fmt.Errorf("%s: digest layout %d, this build proves layout %d (the prover-bound digest): run zk setup again and register its verifier", where, m.Digest, DigestVersion)
	}
	f, err := ParseFormat(m.Format)
	if err != nil {
		return Info{}, err
	}
	checks, err := ParseChecks(m.Checks)
	if err != nil || checks == ChecksAuto {
		return Info{}, fmt.Errorf("%s: range checks %q", metaFile, m.Checks)
	}
	if m.InputBits < 0 || m.InputBits > 62 {
		return Info{}, fmt.Errorf("%s: input domain of %d bits", metaFile, m.InputBits)
	}
	if m.OutputBits < 0 || m.OutputBits > 61 {
		return Info{}, fmt.Errorf("%s: output domain of %d bits", metaFile, m.OutputBits)
	}
	return Info{ProgramHash: common.HexToHash(m.ProgramHash), Binding: Binding{Format: f, InputBits: m.InputBits, OutputBits: m.OutputBits}, Checks: checks}, nil
}

// Info is what a keys directory proves: which program, bound how (input form and domains), with
// which range checks.
type Info struct {
	ProgramHash common.Hash
	Binding
	Checks Checks
}

// LoadKeys reads keys written by Write; they must be for program p.
func LoadKeys(dir string, p *inference.Program) (*Keys, error) { return loadKeys(dir, p, true) }

// LoadVerifier reads what verifying needs from dir: the verifying key and what the keys prove, not
// the proving key or the constraint system (loading those costs about as much as a proof).
func LoadVerifier(dir string, p *inference.Program) (*Keys, error) { return loadKeys(dir, p, false) }

func loadKeys(dir string, p *inference.Program, proving bool) (*Keys, error) {
	info, err := ReadMeta(dir)
	if err != nil {
		return nil, err
	}
	if info.ProgramHash != p.Hash() {
		return nil, fmt.Errorf("zk keys in %s are for program %s, not %s", dir, info.ProgramHash.Hex(), p.Hash().Hex())
	}
	k := &Keys{P: p, Binding: info.Binding, Checks: info.Checks, VK: groth16.NewVerifyingKey(ecc.BN254)}
	files := map[string]io.ReaderFrom{vkFile: k.VK}
	if proving {
		k.CCS, k.PK = groth16.NewCS(ecc.BN254), groth16.NewProvingKey(ecc.BN254)
		files[ccsFile], files[pkFile] = k.CCS, k.PK
	}
	for name, r := range files {
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

// circuit is the keys' circuit shape, for assignments.
func (k *Keys) circuit() (*Circuit, error) {
	c, err := New(k.P, k.Format, k.Checks)
	if err != nil {
		return nil, err
	}
	c.Binding = k.Binding
	return c, nil
}

// ProofFile is a proof as the CLI stores it and the node sends it: the exported verifier's proof
// encoding, the public digest, the account it was made for and the output it binds (with the
// request's input). Only Prover can submit it: AIOracle.proveResult verifies for msg.sender.
type ProofFile struct {
	Proof  string `json:"proof"`  // hex, MarshalSolidity (AIOracle.proveResult's proof)
	Raw    string `json:"raw"`    // hex, gnark's uncompressed encoding (WriteRawTo), for Go verification
	Digest string `json:"digest"` // decimal: Binding.Digest(prover, input, output)
	Prover string `json:"prover"` // the account the proof is for (0x hex), the only one it verifies for
	Output string `json:"output"` // hex output bytes (docs/ENCODING.md)
}

// ProverAddress is the account the proof was made for, as its file records it.
func (pf ProofFile) ProverAddress() (common.Address, error) {
	if !common.IsHexAddress(pf.Prover) {
		return common.Address{}, fmt.Errorf("prover %q is not an address", pf.Prover)
	}
	return common.HexToAddress(pf.Prover), nil
}

// ProofBytes is the proof as the on-chain verifier takes it.
func (pf ProofFile) ProofBytes() ([]byte, error) { return hex.DecodeString(pf.Proof) }

// OutputBytes is the proven output.
func (pf ProofFile) OutputBytes() ([]byte, error) { return hex.DecodeString(pf.Output) }

// Prove proves the run tr of the request input input for the account prover: the verifier exported
// by Write accepts it, and ZkModelVerifier (so AIOracle.proveResult) only when prover submits it.
func (k *Keys) Prove(prover common.Address, input []byte, tr *trace.Trace) (pf ProofFile, err error) {
	// Keys that do not fit the trace (another program's, or crafted) make gnark's witness code
	// index out of range: an error for this proof, not a crash of the node.
	defer func() {
		if v := recover(); v != nil {
			pf, err = ProofFile{}, fmt.Errorf("prove: the keys do not fit this run: %v", v)
		}
	}()
	if k.PK == nil || k.CCS == nil {
		return ProofFile{}, errors.New("these keys were loaded for verifying only (LoadVerifier): proving needs LoadKeys")
	}
	c, err := k.circuit()
	if err != nil {
		return ProofFile{}, err
	}
	a, err := c.Witness(prover, input, tr)
	if err != nil {
		return ProofFile{}, err
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return ProofFile{}, err
	}
	proof, err := groth16.Prove(k.CCS, k.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return ProofFile{}, fmt.Errorf("prove: %w", err)
	}
	var raw bytes.Buffer
	if _, err := proof.WriteRawTo(&raw); err != nil {
		return ProofFile{}, err
	}
	return ProofFile{
		Proof:  hex.EncodeToString(proof.(interface{ MarshalSolidity() []byte }).MarshalSolidity()),
		Raw:    hex.EncodeToString(raw.Bytes()),
		Digest: a.Digest.(*big.Int).String(),
		Prover: prover.Hex(),
		Output: hex.EncodeToString(tr.Output()),
	}, nil
}

// Verify checks a proof file against the verifying key, as the exported contract does. With the
// request's input it also checks that the digest binds the account prover, that input and the
// file's output — as ZkModelVerifier does with msg.sender, so a proof made for another account
// fails. Without the input only the proof against the file's digest is checked.
func (k *Keys) Verify(pf ProofFile, prover common.Address, input []byte) error {
	raw, err := hex.DecodeString(pf.Raw)
	if err != nil {
		return fmt.Errorf("raw proof: %w", err)
	}
	proof := groth16.NewProof(ecc.BN254)
	if _, err := proof.ReadFrom(bytes.NewReader(raw)); err != nil {
		return fmt.Errorf("raw proof: %w", err)
	}
	// The Solidity encoding is what goes on-chain: it must be this proof's.
	if sol, err := pf.ProofBytes(); err != nil || !bytes.Equal(sol, proof.(interface{ MarshalSolidity() []byte }).MarshalSolidity()) {
		return errors.New("the proof's Solidity encoding is not its raw proof's")
	}
	d, ok := new(big.Int).SetString(pf.Digest, 10)
	if !ok {
		return fmt.Errorf("digest %q", pf.Digest)
	}
	if input != nil {
		out, err := pf.OutputBytes()
		if err != nil {
			return fmt.Errorf("output: %w", err)
		}
		if want, err := k.Binding.Digest(prover, input, out); err != nil || want.Cmp(d) != 0 {
			return fmt.Errorf("the proof's digest is not that of prover %s, this input and its output", prover.Hex())
		}
	}
	c, err := k.circuit()
	if err != nil {
		return err
	}
	c.Digest = d
	w, err := frontend.NewWitness(c, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return err
	}
	return groth16.Verify(proof, k.VK, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16))
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
