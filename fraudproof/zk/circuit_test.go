package zk

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/consensys/gnark/test"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/modelregistry"
)

// models are the shipped mnist-8 and the EZKL examples from ../shared/data.
func models(t *testing.T) map[string]string {
	out := map[string]string{"mnist-8": filepath.Join("..", "..", "models", "mnist-8", "model.onnx")}
	dirs, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "data", "ezkl", "*", "network.onnx"))
	for _, d := range dirs {
		out[filepath.Base(filepath.Dir(d))] = d
	}
	return out
}

// randomTrace runs p on moderate random inputs (about ±1.0 at each input's scale).
func randomTrace(t *testing.T, p *inference.Program, seed uint64) *trace.Trace {
	rng := rand.New(rand.NewPCG(seed, 1))
	var ins [][]int64
	for _, id := range p.Inputs {
		v := &p.Values[id]
		x := make([]int64, v.Len())
		for i := range x {
			if v.Int {
				x[i] = rng.Int64N(50) // token ids and small counts
			} else {
				x[i] = rng.Int64N(2<<v.Scale) - 1<<v.Scale
			}
		}
		ins = append(ins, x)
	}
	tr, err := trace.New(p, ins)
	if err != nil {
		t.Skipf("engine: %v", err)
	}
	return tr
}

// testProver is the account the tests' witnesses are made for.
var testProver = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")

// assign is the witness of tr's run for its input in the int64 form, for testProver.
func assign(t *testing.T, c *Circuit, tr *trace.Trace) *Circuit {
	t.Helper()
	a, err := c.Witness(testProver, Int64Input(tr), tr)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestCircuitsMatchTheEngine: for every model whose ops have circuits, the engine's run satisfies the
// circuit (its outputs are the circuit's), and a run with one output changed does not — with int64
// inputs of any value, and with an input domain (±2.0), whose bounds narrow the checks (mnist_gan
// and self_attention with a domain only with AUSPEX_ZK_BIG=1).
func TestCircuitsMatchTheEngine(t *testing.T) {
	for name, path := range models(t) {
		for _, domain := range []int{0, 25} {
			if domain > 0 && (name == "mnist_gan" || name == "self_attention") && os.Getenv("AUSPEX_ZK_BIG") == "" {
				continue // a minute each; their ops are covered by the other models
			}
			t.Run(fmt.Sprintf("%s/domain=%d", name, domain), func(t *testing.T) {
				circuitMatchesTheEngine(t, path, domain)
			})
		}
	}
}

func circuitMatchesTheEngine(t *testing.T, path string, domain int) {
	art, err := modelregistry.BuildFile(path)
	if err != nil {
		t.Skip(err)
	}
	c, err := New(art.Program, FormatInt64, ChecksLookup)
	if errors.Is(err, ErrUnsupported) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	c.InputBits = domain
	tr := randomTrace(t, art.Program, 7)
	good := assign(t, c, tr)
	if err := test.IsSolved(c, good, ecc.BN254.ScalarField()); err != nil {
		if strings.Contains(err.Error(), ErrUnsupported.Error()) {
			t.Skip(err)
		}
		t.Fatalf("the engine's run does not satisfy the circuit: %v", err)
	}
	bad := assign(t, c, tr)
	bad.Out[0] = tr.Values[art.Program.Outputs[0]][0] + 1
	if err := test.IsSolved(c, bad, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("a wrong output satisfies the circuit")
	}
}

// TestGroth16ProveVerify compiles, sets up, proves and verifies one EZKL MLP and mnist-8 (when
// AUSPEX_ZK_MNIST=1: minutes of setup), logging constraints and times for docs/BENCHMARKS.md.
func TestGroth16ProveVerify(t *testing.T) {
	names := []string{"1l_mlp", "1l_sigmoid"}
	if os.Getenv("AUSPEX_ZK_MNIST") != "" {
		names = append(names, "mnist-8")
	}
	ms := models(t)
	for _, name := range names {
		path, ok := ms[name]
		if !ok {
			t.Skipf("%s not present", name)
		}
		art, err := modelregistry.BuildFile(path)
		if err != nil {
			t.Fatal(err)
		}
		c, err := New(art.Program, FormatInt64, ChecksLookup)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		if err != nil {
			t.Fatal(err)
		}
		compiled := time.Since(start)
		start = time.Now()
		pk, vk, err := groth16.Setup(ccs)
		if err != nil {
			t.Fatal(err)
		}
		setup := time.Since(start)
		tr := randomTrace(t, art.Program, 3)
		w, err := frontend.NewWitness(assign(t, c, tr), ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		start = time.Now()
		proof, err := groth16.Prove(ccs, pk, w)
		if err != nil {
			t.Fatal(err)
		}
		prove := time.Since(start)
		pub, _ := w.Public()
		start = time.Now()
		if err := groth16.Verify(proof, vk, pub); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d constraints, %d input elements; compile %s, setup %s, prove %s, verify %s", name, ccs.GetNbConstraints(),
			len(c.In), compiled.Round(time.Millisecond), setup.Round(time.Millisecond), prove.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
		// A tampered output is rejected.
		bad := assign(t, c, tr)
		out := tr.Output()
		out[7] ^= 1
		bad.Digest = must(Binding{Format: FormatInt64}.Digest(testProver, Int64Input(tr), out))
		bw, _ := frontend.NewWitness(bad, ecc.BN254.ScalarField(), frontend.PublicOnly())
		if err := groth16.Verify(proof, vk, bw); err == nil {
			t.Fatal("a tampered output verified")
		}
	}
}

// TestConstraintCounts compiles every supported model's circuit and logs its size (R1CS); mnist_gan
// and self_attention (3.5M and 6.5M constraints, a minute each to compile) only with AUSPEX_ZK_BIG=1.
func TestConstraintCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles every circuit")
	}
	for name, path := range models(t) {
		if (name == "mnist_gan" || name == "self_attention") && os.Getenv("AUSPEX_ZK_BIG") == "" {
			continue
		}
		art, err := modelregistry.BuildFile(path)
		if err != nil {
			continue
		}
		c, err := New(art.Program, FormatInt64, ChecksLookup)
		if err != nil {
			continue
		}
		start := time.Now()
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		if err != nil && strings.Contains(err.Error(), ErrUnsupported.Error()) {
			t.Logf("%-20s no circuit: %v", name, err)
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		t.Logf("%-20s %8d constraints  %4d input elements  compiled in %s", name, ccs.GetNbConstraints(), len(c.In), time.Since(start).Round(time.Millisecond))
	}
}

// TestTableRegions: lookups below, inside and above a table's grid (inputs up to ±128.0) satisfy
// the circuit exactly as the engine computes them, and a changed output does not.
func TestTableRegions(t *testing.T) {
	for _, name := range []string{"1l_sigmoid", "1l_tanh", "1l_gelu_tanh_appx"} {
		path, ok := models(t)[name]
		if !ok {
			continue
		}
		art, err := modelregistry.BuildFile(path)
		if err != nil {
			t.Fatal(err)
		}
		p := art.Program
		c, err := New(p, FormatInt64, ChecksLookup)
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(11, 2))
		var ins [][]int64
		for _, id := range p.Inputs {
			v := &p.Values[id]
			x := make([]int64, v.Len())
			for i := range x {
				x[i] = rng.Int64N(256<<v.Scale) - 128<<v.Scale
			}
			x[0], x[len(x)-1] = -128<<v.Scale, 127<<v.Scale
			ins = append(ins, x)
		}
		tr, err := trace.New(p, ins)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := test.IsSolved(c, assign(t, c, tr), ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		bad := assign(t, c, tr)
		bad.Out[len(bad.Out)-1] = tr.Values[p.Outputs[0]][len(bad.Out)-1] + 1
		if err := test.IsSolved(c, bad, ecc.BN254.ScalarField()); err == nil {
			t.Fatalf("%s: a wrong output satisfies the circuit", name)
		}
	}
}

// rescaleRelu is a rescale whose quotient check is deferred, then (Relu) the ReLU sign check that
// takes it over.
type rescaleRelu struct {
	X    frontend.Variable
	Relu bool `gnark:"-"`
}

func (c *rescaleRelu) Define(api frontend.API) error {
	b := &builder{api: api, rc: rangecheck.New(api)}
	q, qb, err := b.rshrQ(c.X, 8, big.NewInt(1<<20), true)
	if err != nil {
		return err
	}
	if c.Relu {
		_, err = b.nonNegB(q, qb)
	}
	return err
}

// otherRemainder plays a dishonest rescale hint: the remainder one off, with the quotient that
// keeps t = q·2^k + r true in the field.
func otherRemainder(field *big.Int, k uint, q, r *big.Int) {
	inv := new(big.Int).ModInverse(new(big.Int).Lsh(big.NewInt(1), k), field)
	if r.Sign() > 0 {
		r.Sub(r, big.NewInt(1))
		q.Add(q, inv).Mod(q, field)
	} else {
		r.Add(r, big.NewInt(1))
		q.Sub(q, inv).Mod(q, field)
	}
}

// TestDeferredQuotientIsStillChecked: a prover whose rescale hint gives another remainder (with the
// quotient that keeps t = q·2^k + r true in the field) is refused once the ReLU's sign check runs
// on the quotient — and would not be without it, so the deferred check is what refuses it. A
// model's circuit (1l_mlp, bytes form) has such deferred quotients and its honest run satisfies it.
func TestDeferredQuotientIsStillChecked(t *testing.T) {
	tamperRescale = otherRemainder
	for _, x := range []int64{12345, -12345, 0, 1 << 19} {
		if err := test.IsSolved(&rescaleRelu{Relu: true}, &rescaleRelu{X: x}, ecc.BN254.ScalarField()); err == nil {
			t.Fatalf("x=%d: a wrong rescale passed the ReLU's sign check", x)
		}
		if err := test.IsSolved(&rescaleRelu{}, &rescaleRelu{X: x}, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("x=%d: without the sign check the wrong rescale should pass (the test would show nothing): %v", x, err)
		}
	}
	tamperRescale = nil

	art, err := modelregistry.BuildFile(models(t)["1l_mlp"])
	if err != nil {
		t.Skip(err)
	}
	p := art.Program
	if !slices.Contains(deferredChecks(p), true) {
		t.Fatal("1l_mlp has no deferred quotient check")
	}
	c, err := New(p, FormatBytes, ChecksLookup)
	if err != nil {
		t.Fatal(err)
	}
	in := []byte{0, 128, 255}
	tr, err := trace.NewFromInput(p, in)
	if err != nil {
		t.Fatal(err)
	}
	w, err := c.Witness(testProver, in, tr)
	if err != nil {
		t.Fatal(err)
	}
	if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err != nil {
		t.Fatalf("the honest run: %v", err)
	}
}

// TestLookupBaseMatchesTheEngine: circuits built with the fixed limb width (and the widened sign
// and quotient checks it brings) accept the engine's run and refuse a changed output.
func TestLookupBaseMatchesTheEngine(t *testing.T) {
	for _, name := range []string{"1l_mlp", "3l_relu_conv_fc", "1l_sigmoid", "1l_max_pool"} {
		art, err := modelregistry.BuildFile(models(t)[name])
		if err != nil {
			t.Skip(err)
		}
		p := art.Program
		for _, f := range []Format{FormatInt64, FormatBytes} {
			c, err := New(p, f, ChecksLookup)
			if err != nil {
				continue // bytes form: one-input models only
			}
			c.LookupBase = lookupBase
			in := make([]byte, must(f.InputLen(p)))
			for i := range in {
				in[i] = byte(i * 37)
			}
			if f == FormatInt64 {
				in = Int64Input(randomTrace(t, p, 21))
			}
			tr, err := trace.NewFromInput(p, in)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			w, err := c.Witness(testProver, in, tr)
			if err != nil {
				t.Fatal(err)
			}
			if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err != nil {
				t.Fatalf("%s (%s form): the engine's run: %v", name, f, err)
			}
			out := tr.Output()
			out[len(out)-1] ^= 1
			w.Digest = must(Binding{Format: f}.Digest(testProver, in, out))
			if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err == nil {
				t.Fatalf("%s (%s form): a changed output satisfies the circuit", name, f)
			}
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestNarrowIntegerBytes: an int8 input in the bytes form takes bytes 0..127 (DecodeInput refuses
// larger ones, which would be negative int8 values sent as bytes); the circuit refuses them too.
func TestNarrowIntegerBytes(t *testing.T) {
	p := &inference.Program{
		Values: []inference.Value{
			{Name: "x", Shape: []int64{2}, Int: true, DType: 3},
			{Name: "y", Shape: []int64{2}, Int: true, DType: 3},
		},
		Inputs: []int32{0}, Outputs: []int32{1},
		Steps: []inference.Step{{Op: inference.OpCopy, In: []int32{0}, Out: 1, Node: "copy"}},
	}
	c, err := New(p, FormatBytes, ChecksLookup)
	if err != nil {
		t.Fatal(err)
	}
	witness := func(a, b byte) *Circuit {
		in := []byte{a, b}
		return &Circuit{In: []frontend.Variable{a, b}, Out: []frontend.Variable{a, b}, Prover: testProver.Big(),
			Digest: must(Binding{Format: FormatBytes}.Digest(testProver, in, inference.EncodeOutput([][]int64{{int64(a), int64(b)}})))}
	}
	if _, err := inference.DecodeInput(p, []byte{5, 127}); err != nil {
		t.Fatal(err)
	}
	if err := test.IsSolved(c, witness(5, 127), ecc.BN254.ScalarField()); err != nil {
		t.Fatalf("bytes 5, 127: %v", err)
	}
	if _, err := inference.DecodeInput(p, []byte{5, 200}); err == nil {
		t.Fatal("DecodeInput took 200 for an int8")
	}
	if err := test.IsSolved(c, witness(5, 200), ecc.BN254.ScalarField()); err == nil {
		t.Fatal("the circuit takes 200 for an int8 the engine refuses")
	}
}

// TestOutputDomain: compiled with AutoOutputBits (and an input domain), a circuit packs its outputs by the domain its
// bounds give (far narrower than int64 words); the engine's run satisfies it with that digest and
// a changed output does not, nor does the words digest of the right output.
func TestOutputDomain(t *testing.T) {
	for _, name := range []string{"1l_mlp", "2l_relu_sigmoid", "mnist-8"} {
		art, err := modelregistry.BuildFile(models(t)[name])
		if err != nil {
			t.Skip(err)
		}
		p := art.Program
		c, err := New(p, FormatInt64, ChecksLookup)
		if err != nil {
			t.Fatal(err)
		}
		c.InputBits, c.OutputBits = 26, AutoOutputBits // random inputs are within ±2.0
		if _, err := c.Witness(testProver, Int64Input(randomTrace(t, p, 3)), randomTrace(t, p, 3)); err == nil {
			t.Fatal("a witness before the output domain was chosen")
		}
		if _, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c); err != nil {
			t.Fatal(err)
		}
		if c.OutputBits <= 0 || c.OutputBits > 40 {
			t.Fatalf("%s: output domain of %d bits", name, c.OutputBits)
		}
		tr := randomTrace(t, p, 5)
		w := assign(t, c, tr)
		if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("%s: the engine's run: %v", name, err)
		}
		out := tr.Output()
		out[len(out)-1] ^= 1
		w.Digest = must(c.Binding.Digest(testProver, Int64Input(tr), out))
		if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err == nil {
			t.Fatalf("%s: a changed output satisfies the circuit", name)
		}
		w.Digest = must(Binding{Format: FormatInt64}.Digest(testProver, Int64Input(tr), tr.Output()))
		if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err == nil {
			t.Fatalf("%s: the words digest satisfies a circuit packing by value", name)
		}
		t.Logf("%s: outputs packed in ±2^%d, %d to an element", name, c.OutputBits, domainPer(c.OutputBits))
	}
}

// TestProverBound (issue #14): the digest binds the prover. The engine's run satisfies the circuit
// for the account its witness names; the same witness under another account's digest does not,
// nor does another account as the witness under the first's digest.
func TestProverBound(t *testing.T) {
	art, err := modelregistry.BuildFile(models(t)["1l_relu"])
	if err != nil {
		t.Skip(err)
	}
	p := art.Program
	c, err := New(p, FormatInt64, ChecksBits)
	if err != nil {
		t.Fatal(err)
	}
	tr := randomTrace(t, p, 7)
	in := Int64Input(tr)
	other := common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	w := assign(t, c, tr)
	if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err != nil {
		t.Fatalf("the prover's own witness: %v", err)
	}
	w.Digest = must(Binding{Format: FormatInt64}.Digest(other, in, tr.Output()))
	if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("a witness for one prover satisfies another prover's digest")
	}
	w = assign(t, c, tr)
	w.Prover = other.Big()
	if err := test.IsSolved(c, w, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("another prover satisfies the first prover's digest")
	}
	a, b := must(Binding{}.Digest(testProver, in, tr.Output())), must(Binding{}.Digest(other, in, tr.Output()))
	if a.Cmp(b) == 0 {
		t.Fatal("two provers, one digest")
	}
}
