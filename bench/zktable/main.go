// Command zktable proves the engine's programs with Auspex's zk circuits and prints the table of
// docs/BENCHMARKS.md "zkML": constraints, setup, prove and verify time, peak memory, proof size,
// on-chain verify and digest gas, and accuracy against onnxruntime — beside EZKL's figures for the
// same models when bench/zk.sh has produced them (-ezkl). Each model runs in its own process, so
// peak memory is that model's.
//
//	go run ./bench/zktable [-models mnist-8,1l_mlp] [-big] [-ezkl .cache/ezkl/results.json]
package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/solc"
	"github.com/auspex-labs/auspex/modelregistry"
)

// result is one model's measurements.
type result struct {
	Model       string  `json:"model"`
	Err         string  `json:"error,omitempty"`
	Form        string  `json:"form"`
	InputBits   int     `json:"input_bits"`
	Checks      string  `json:"checks"`
	Constraints int     `json:"constraints"`
	SetupS      float64 `json:"setup_s"`
	ProveS      float64 `json:"prove_s"`
	VerifyMs    float64 `json:"verify_ms"`
	ProofBytes  int     `json:"proof_bytes"`
	VerifyGas   uint64  `json:"verify_gas"`
	Groth16Gas  uint64  `json:"groth16_gas"`
	DigestGas   uint64  `json:"digest_gas"`
	MaxErr      float64 `json:"max_err"`
	PeakMB      float64 `json:"peak_mb"`
}

// ezklResult is what bench/ezkl_run.py writes per model.
type ezklResult struct {
	Model      string  `json:"model"`
	Err        string  `json:"error"`
	Logrows    int     `json:"logrows"`
	SetupS     float64 `json:"setup_s"`
	ProveS     float64 `json:"prove_s"`
	ProofBytes int     `json:"proof_bytes"`
	VerifyGas  uint64  `json:"verify_gas"`
	MaxErr     float64 `json:"max_err"`
	Sol        string  `json:"verifier_sol"`
	GasErr     string  `json:"-"`
	Calldata   string  `json:"calldata"`
}

var big = []string{"mnist_gan", "self_attention"}

func main() {
	one := flag.String("one", "", "measure one model and print its JSON (used by the parent process)")
	models := flag.String("models", "", "comma-separated models (default: mnist-8 and every EZKL example)")
	withBig := flag.Bool("big", false, "include mnist_gan and self_attention (millions of constraints)")
	ezklFile := flag.String("ezkl", "", "EZKL results (bench/zk.sh) to print beside ours")
	flag.Parse()
	logger.Set(zerolog.Nop())
	if *one != "" {
		r := measure(*one)
		_ = json.NewEncoder(os.Stdout).Encode(r)
		return
	}
	names := strings.Split(*models, ",")
	if *models == "" {
		names = []string{"mnist-8"}
		dirs, _ := filepath.Glob(filepath.Join(dataDir(), "ezkl", "*", "network.onnx"))
		for _, d := range dirs {
			n := filepath.Base(filepath.Dir(d))
			if *withBig || !slices.Contains(big, n) {
				names = append(names, n)
			}
		}
	}
	ez := map[string]ezklResult{}
	if *ezklFile != "" {
		b, err := os.ReadFile(*ezklFile)
		if err != nil {
			fail(err)
		}
		var rs []ezklResult
		if err := json.Unmarshal(b, &rs); err != nil {
			fail(err)
		}
		for _, r := range rs {
			if r.Err == "" && r.Sol != "" {
				if g, err := ezklGas(r.Sol, r.Calldata); err != nil {
					r.GasErr = err.Error()
				} else {
					r.VerifyGas = g
				}
			}
			ez[r.Model] = r
		}
	}
	self, err := os.Executable()
	if err != nil {
		fail(err)
	}
	fmt.Println("| model | input domain | constraints | checks | setup s | prove s | verify ms | peak MB | proof B | verify gas (one public input) | binding digest gas | proveResult's verify gas | max err | EZKL logrows | EZKL prove s | EZKL proof B | EZKL verify gas | EZKL max err | prove speed-up |")
	fmt.Println("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, n := range names {
		cmd := exec.Command(self, "-one", n)
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		var r result
		if err == nil {
			err = json.Unmarshal(out, &r)
		}
		if err != nil {
			r = result{Model: n, Err: err.Error()}
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.PeakMB = float64(ru.Maxrss) / 1024
		}
		e, hasE := ez[n]
		ezCols := "| | | | | |"
		if hasE {
			if e.Err != "" {
				ezCols = fmt.Sprintf("| %s | | | | | |", short(e.Err))
			} else {
				speed := ""
				if r.ProveS > 0 {
					speed = fmt.Sprintf("%.0fx", e.ProveS/r.ProveS)
				}
				g := gas(e.VerifyGas)
				if e.GasErr != "" {
					g = short(e.GasErr)
				}
				ezCols = fmt.Sprintf("| %d | %.2f | %d | %s | %.1e | %s |", e.Logrows, e.ProveS, e.ProofBytes, g, e.MaxErr, speed)
			}
		}
		if r.Err != "" {
			fmt.Printf("| %s | | %s | | | | | | | | | | %s\n", n, short(r.Err), ezCols)
			continue
		}
		dom := "any int64"
		if r.Form == "bytes" {
			dom = "bytes"
		} else if r.InputBits > 0 {
			dom = fmt.Sprintf("±2^%d", r.InputBits)
		}
		fmt.Printf("| %s | %s | %d | %s | %.2f | %.3f | %.1f | %.0f | %d | %d | %d | %d | %.1e %s\n", n, dom, r.Constraints, r.Checks, r.SetupS, r.ProveS, r.VerifyMs,
			r.PeakMB, r.ProofBytes, r.Groth16Gas, r.DigestGas, r.VerifyGas, r.MaxErr, ezCols)
	}
}

func gas(g uint64) string {
	if g == 0 {
		return "—"
	}
	return fmt.Sprint(g)
}

func short(s string) string {
	s = strings.ReplaceAll(s, "|", "/")
	if len(s) > 70 {
		return s[:70] + "…"
	}
	return s
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "zktable:", err)
	os.Exit(1)
}

func dataDir() string { return filepath.Join("..", "shared", "data") }

// measure sets up, proves and verifies one model (run from the repository root).
func measure(name string) (r result) {
	r.Model = name
	defer func() {
		if p := recover(); p != nil {
			r = result{Model: name, Err: fmt.Sprint(p)}
		}
	}()
	path, input, form, ref, domain, err := load(name)
	if err != nil {
		return result{Model: name, Err: err.Error()}
	}
	art, err := modelregistry.BuildFile(path)
	if err != nil {
		return result{Model: name, Err: err.Error()}
	}
	p := art.Program
	tr, err := trace.NewFromInput(p, input)
	if err != nil {
		return result{Model: name, Err: err.Error()}
	}
	start := time.Now()
	var opts []zk.Option
	if domain > 0 {
		opts = append(opts, zk.WithInputDomain(domain))
	}
	k, err := zk.Setup(p, form, zk.ChecksAuto, opts...)
	if err != nil {
		return result{Model: name, Err: err.Error()}
	}
	r.SetupS = time.Since(start).Seconds()
	r.Form, r.Checks, r.Constraints, r.InputBits = form.String(), k.Checks.String(), k.CCS.GetNbConstraints(), domain
	start = time.Now()
	// Proven for the account onChain sends from: the digest binds the prover (issue #14).
	prover := crypto.PubkeyToAddress(devchain.DevKey(devchain.Deployer).PublicKey)
	pf, err := k.Prove(prover, input, tr)
	if err != nil {
		return result{Model: name, Err: err.Error()}
	}
	r.ProveS = time.Since(start).Seconds()
	start = time.Now()
	if err := k.Verify(pf, prover, input); err != nil {
		return result{Model: name, Err: err.Error()}
	}
	r.VerifyMs = float64(time.Since(start).Microseconds()) / 1000
	proof, _ := pf.ProofBytes()
	r.ProofBytes = len(proof)
	r.MaxErr = maxErr(p, tr, ref)
	r.VerifyGas, r.Groth16Gas, r.DigestGas, err = onChain(k, prover, input, tr.Output(), proof)
	if err != nil {
		r.Err = "on-chain: " + err.Error()
	}
	return r
}

// onChain deploys the model's verifier on a simulated chain and measures a verification.
func onChain(k *zk.Keys, prover common.Address, input, output, proof []byte) (verify, groth16, digest uint64, err error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "zktable-")
	if err != nil {
		return 0, 0, 0, err
	}
	defer os.RemoveAll(dir)
	if err := k.Write(dir); err != nil {
		return 0, 0, 0, err
	}
	root, err := solc.FindRoot(".")
	if err != nil {
		return 0, 0, 0, err
	}
	ch, err := devchain.New(ctx)
	if err != nil {
		return 0, 0, 0, err
	}
	defer ch.Close()
	s := ch.Sender(devchain.Deployer)
	v, err := zk.DeployVerifier(ctx, s, ch.Client, root, dir)
	if err != nil {
		return 0, 0, 0, err
	}
	if ok, err := v.CallVerify(ctx, prover, input, output, proof); err != nil || !ok {
		return 0, 0, 0, fmt.Errorf("the on-chain verifier refuses the proof (%v)", err)
	}
	vr, err := s.Send(ctx, v.VerifyTx(prover, input, output, proof))
	if err != nil {
		return 0, 0, 0, err
	}
	dr, err := s.Send(ctx, v.DigestTx(prover, input, output))
	if err != nil {
		return 0, 0, 0, err
	}
	g16, err := v.CallGroth16Verifier(ctx)
	if err != nil {
		return 0, 0, 0, err
	}
	d, err := v.CallDigest(ctx, prover, input, output)
	if err != nil {
		return 0, 0, 0, err
	}
	tx, err := contracts.Groth16VerifyTx(g16, proof, d)
	if err != nil {
		return 0, 0, 0, err
	}
	gr, err := s.Send(ctx, tx)
	if err != nil {
		return 0, 0, 0, err
	}
	return vr.GasUsed, gr.GasUsed, dr.GasUsed, nil
}

// ezklGas deploys EZKL's exported verifier (compiled with the pinned solc, without via-IR, which
// its assembly does not survive) and measures a verification of its calldata.
func ezklGas(sol, calldata string) (uint64, error) {
	ctx := context.Background()
	root, err := solc.FindRoot(".")
	if err != nil {
		return 0, err
	}
	c, err := solc.CompileFile(ctx, root, sol, "Halo2Verifier", false)
	if err != nil {
		return 0, err
	}
	if len(c.Bin) > 24576 {
		return 0, fmt.Errorf("%d bytes of code, over the 24 KB limit", len(c.Bin))
	}
	data, err := os.ReadFile(calldata)
	if err != nil {
		return 0, err
	}
	ch, err := devchain.New(ctx)
	if err != nil {
		return 0, err
	}
	defer ch.Close()
	s := ch.Sender(devchain.Deployer)
	addr, _, err := s.Deploy(ctx, c.Bin, nil)
	if err != nil {
		return 0, err
	}
	r, err := s.Send(ctx, chain.TxCandidate{To: &addr, Data: data})
	if err != nil {
		return 0, err
	}
	return r.GasUsed, nil
}

// load is a model's file, the input it is proven on (EZKL's input.json; for mnist-8 the first
// demo digit, 1 byte per pixel), onnxruntime's outputs for that input and, for the int64 form, the
// input domain declared at setup: the smallest power of two at least twice the largest input —
// calibrated on the same data EZKL calibrates on.
func load(name string) (path string, input []byte, form zk.Format, ref []float64, domain int, err error) {
	if name == "mnist-8" {
		img, err := os.ReadFile(filepath.Join("examples", "mnist", "digits-784x4.u8"))
		if err != nil {
			return "", nil, 0, nil, 0, err
		}
		logits, err := os.ReadFile(filepath.Join("examples", "mnist", "mnist-8-ort-logits-10x4.f32"))
		if err != nil {
			return "", nil, 0, nil, 0, err
		}
		for i := range 10 {
			ref = append(ref, float64(math.Float32frombits(binary.LittleEndian.Uint32(logits[4*i:]))))
		}
		return filepath.Join("models", "mnist-8", "model.onnx"), img[:784], zk.FormatBytes, ref, 0, nil
	}
	dir := filepath.Join(dataDir(), "ezkl", name)
	path = filepath.Join(dir, "network.onnx")
	art, err := modelregistry.BuildFile(path)
	if err != nil {
		return "", nil, 0, nil, 0, err
	}
	var in struct {
		InputData [][]float64 `json:"input_data"`
	}
	if err := readJSON(filepath.Join(dir, "input.json"), &in); err != nil {
		return "", nil, 0, nil, 0, err
	}
	p := art.Program
	if len(in.InputData) != len(p.Inputs) {
		return "", nil, 0, nil, 0, fmt.Errorf("%d inputs in input.json, the model has %d", len(in.InputData), len(p.Inputs))
	}
	var qs [][]int64
	maxAbs, scale := 0.0, 0
	for i, xs := range in.InputData {
		v := p.Values[p.Inputs[i]]
		if !v.Int {
			scale = max(scale, int(v.Scale))
			for _, x := range xs {
				maxAbs = math.Max(maxAbs, math.Abs(x))
			}
		}
		q := make([]int64, len(xs))
		for k, x := range xs {
			if v.Int {
				q[k] = int64(x)
			} else if q[k], err = inference.Quantize(x, v.Scale); err != nil {
				return "", nil, 0, nil, 0, err
			}
		}
		qs = append(qs, q)
	}
	var out struct {
		Outputs map[string]struct {
			Data []float64 `json:"data"`
		} `json:"outputs"`
	}
	if err := readJSON(filepath.Join(dir, "ort_reference.json"), &out); err == nil {
		for _, o := range art.Program.Outputs {
			ref = append(ref, out.Outputs[art.Program.Values[o].Name].Data...)
		}
	}
	if scale > 0 {
		domain = scale + max(0, int(math.Ceil(math.Log2(2*maxAbs))))
	}
	return path, inference.EncodeOutput(qs), zk.FormatInt64, ref, domain, nil
}

// maxErr is the largest difference between the proven output and onnxruntime's (NaN without one).
func maxErr(p *inference.Program, tr *trace.Trace, ref []float64) float64 {
	var got []float64
	for _, id := range p.Outputs {
		v := p.Values[id]
		for _, q := range tr.Values[id] {
			if v.Int {
				got = append(got, float64(q))
			} else {
				got = append(got, inference.Dequantize(q, v.Scale))
			}
		}
	}
	if len(ref) != len(got) {
		return math.NaN()
	}
	m := 0.0
	for i := range got {
		m = math.Max(m, math.Abs(got[i]-ref[i]))
	}
	return m
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path, errors.Unwrap(err))
	}
	return nil
}
