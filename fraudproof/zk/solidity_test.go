package zk

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

// TestSolidityVerifierOnChain: gnark's exported Groth16 verifier for a model's circuit, compiled with
// the pinned solc and deployed on the simulated chain, accepts the node's proof and rejects a
// tampered proof, output or input; the gas of a verification is logged for docs/BENCHMARKS.md.
func TestSolidityVerifierOnChain(t *testing.T) {
	root := filepath.Join("..", "..")
	if _, err := os.Stat(filepath.Join(root, "contracts", "node_modules", "solc")); err != nil {
		t.Skip("solc not installed (scripts/npm-setup.sh)")
	}
	art, err := modelregistry.BuildFile(models(t)["1l_mlp"])
	if err != nil {
		t.Skip(err)
	}
	c, err := New(art.Program)
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	tr := randomTrace(t, art.Program, 5)
	w, err := frontend.NewWitness(c.Assign(tr), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		t.Fatal(err)
	}
	var src bytes.Buffer
	if err := vk.ExportSolidity(&src); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "Verifier.sol")
	if err := os.WriteFile(file, src.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("node", filepath.Join(root, "contracts", "scripts", "compile-file.js"), file, "Verifier").Output()
	if err != nil {
		t.Fatalf("solc: %v", err)
	}
	var compiled struct {
		ABI json.RawMessage `json:"abi"`
		Bin string          `json:"bin"`
	}
	if err := json.Unmarshal(out, &compiled); err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(bytes.NewReader(compiled.ABI))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ch, err := devchain.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	s := ch.Sender(devchain.Deployer)
	addr, rcpt, err := s.Deploy(ctx, common.FromHex(compiled.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	vec := pub.Vector().(fr.Vector)
	inputs := make([]*big.Int, len(vec))
	for i := range vec {
		inputs[i] = vec[i].BigInt(new(big.Int))
	}
	call := func(p []byte, in []*big.Int) (uint64, error) {
		arr := reflectArray(in)
		data, err := parsed.Pack("verifyProof", p, arr)
		if err != nil {
			t.Fatal(err)
		}
		r, err := s.Send(ctx, chain.TxCandidate{To: &addr, Data: data})
		if err != nil {
			return 0, err
		}
		return r.GasUsed, nil
	}
	sol := proof.(interface{ MarshalSolidity() []byte }).MarshalSolidity()
	gas, err := call(sol, inputs)
	if err != nil {
		t.Fatalf("a valid proof was rejected on-chain: %v", err)
	}
	t.Logf("1l_mlp: verifier deployed (%d gas, %d bytes of code), verifyProof with %d public inputs: %d gas, proof %d bytes",
		rcpt.GasUsed, len(common.FromHex(compiled.Bin)), len(inputs), gas, len(sol))
	bad := bytes.Clone(sol)
	bad[40] ^= 1
	if _, err := call(bad, inputs); err == nil {
		t.Fatal("a tampered proof verified on-chain")
	}
	other := append([]*big.Int{}, inputs...)
	other[len(other)-1] = new(big.Int).Add(other[len(other)-1], big.NewInt(1))
	if _, err := call(sol, other); err == nil {
		t.Fatal("a tampered output verified on-chain")
	}
	other = append([]*big.Int{}, inputs...)
	other[0] = new(big.Int).Add(other[0], big.NewInt(1))
	if _, err := call(sol, other); err == nil {
		t.Fatal("a tampered input verified on-chain")
	}
}

// reflectArray turns a slice into the fixed-size array abi.Pack wants for uint256[N].
func reflectArray(in []*big.Int) any {
	arr := reflect.New(reflect.ArrayOf(len(in), reflect.TypeOf(&big.Int{}))).Elem()
	for i, v := range in {
		arr.Index(i).Set(reflect.ValueOf(v))
	}
	return arr.Interface()
}
