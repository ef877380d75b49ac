package zk_test

import (
	"bytes"
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/bindings/testbindings"
	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/internal/solc"
	"github.com/auspex-labs/auspex/modelregistry"
)

var root = filepath.Join("..", "..")

func ezkl(name string) string {
	return filepath.Join(root, "..", "shared", "data", "ezkl", name, "network.onnx")
}

func newChain(t *testing.T) *devchain.Chain {
	t.Helper()
	ctx := context.Background()
	ch, err := devchain.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	if err := ch.Deploy(ctx, devchain.DefaultParams()); err != nil {
		t.Fatal(err)
	}
	return ch
}

// digestChain is a chain with a stand-in Groth16 verifier (any contract with code: only the digest
// is called) and a deployer of ZkModelVerifiers packing as a Binding says.
func digestChain(t *testing.T) (*chain.Sender, func(zk.Binding) *contracts.ZkModelVerifier) {
	ctx := context.Background()
	ch := newChain(t)
	s := ch.Sender(devchain.Deployer)
	code, _, err := s.Deploy(ctx, common.FromHex(testbindings.MockZkVerifierMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	return s, func(b zk.Binding) *contracts.ZkModelVerifier {
		v, err := contracts.DeployZkModelVerifier(ctx, s, ch.Client, code, b.Format.ChunkBytes(), b.InputBits, b.OutputBits)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// provers are accounts the digest tests bind: zero, a devnet account, and all ones (the header's
// widest value).
var provers = []common.Address{{}, common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff")}

// TestDigestOnChain: ZkModelVerifier's digest (the generated ZkDigest.sol) equals zk.Binding.Digest for both
// input forms at every chunk boundary, for empty and odd lengths and for several provers; the
// digest differs between provers.
func TestDigestOnChain(t *testing.T) {
	ctx := context.Background()
	_, deploy := digestChain(t)
	for _, f := range []zk.Format{zk.FormatInt64, zk.FormatBytes} {
		v := deploy(zk.Binding{Format: f})
		for _, n := range []int{0, 1, 23, 24, 25, 30, 31, 32, 48, 62, 63, 100, 784} {
			for _, m := range []int{0, 8, 24, 80} {
				in, out := make([]byte, n), make([]byte, m)
				for i := range in {
					in[i] = byte(255 - i*7)
				}
				for i := range out {
					out[i] = byte(i*13 + 1)
				}
				seen := map[string]bool{}
				for _, who := range provers {
					got, err := v.CallDigest(ctx, who, in, out)
					if err != nil {
						t.Fatal(err)
					}
					want, err := zk.Binding{Format: f}.Digest(who, in, out)
					if err != nil {
						t.Fatal(err)
					}
					if got.Cmp(want) != 0 {
						t.Fatalf("%s form, %d input and %d output bytes, prover %s: on-chain digest %x, Go %x", f, n, m, who, got, want)
					}
					if seen[got.String()] {
						t.Fatalf("%s form, %d input and %d output bytes: two provers, one digest", f, n, m)
					}
					seen[got.String()] = true
				}
			}
		}
	}
}

// TestDigestGas guards ZkDigest's cost against solc's inliner: with the MiMC rounds inlined into a
// larger frame, the optimizer moved h to memory and an element cost ~10k gas instead of ~6.7k, the
// header ~18k. The bounds are loose; the figures are in docs/BENCHMARKS.md.
func TestDigestGas(t *testing.T) {
	ctx := context.Background()
	s, deploy := digestChain(t)
	v := deploy(zk.Binding{OutputBits: 24})
	gas := func(chunks int) uint64 {
		r, err := s.Send(ctx, v.DigestTx(s.From(), make([]byte, 24*chunks), nil))
		if err != nil {
			t.Fatal(err)
		}
		return r.GasUsed
	}
	base, many := gas(0), gas(30)
	t.Logf("digest gas: header alone %d, 30 elements %d, per element %d", base, many, (many-base)/30)
	if per := (many - base) / 30; base > 32_000 || per > 7_500 {
		t.Fatalf("digest gas: %d for the header alone, %d per element (want ≤ 32k and ≤ 7.5k)", base, per)
	}
}

// TestDigestInDomainOnChain: the digest of int64 words packed by a domain — the input's, the
// output's or both — is the same on both sides at every packing boundary and at the domain's
// edges; a word outside the domain, or partial words, has no digest on either side.
func TestDigestInDomainOnChain(t *testing.T) {
	ctx := context.Background()
	_, deploy := digestChain(t)
	word := []byte{1, 2, 3, 4, 5, 6, 7, 8}
	for _, bits := range []int{1, 24, 30, 61, 62} {
		for _, b := range []zk.Binding{{InputBits: bits}, {OutputBits: bits}, {InputBits: bits, OutputBits: bits}} {
			if b.OutputBits > 61 {
				continue
			}
			v := deploy(b)
			// sides puts words on the packed sides and one plain word on the other.
			sides := func(words []byte) (in, out []byte) {
				in, out = word, word
				if b.InputBits > 0 {
					in = words
				}
				if b.OutputBits > 0 {
					out = words
				}
				return in, out
			}
			lim := int64(1) << bits
			per := 248 / (bits + 1)
			for _, n := range []int{0, 1, per - 1, per, per + 1, 2*per + 3} {
				vals := make([]int64, n)
				for i := range vals {
					switch i % 3 {
					case 0:
						vals[i] = -lim
					case 1:
						vals[i] = lim - 1
					default:
						vals[i] = int64(i*7919) % lim
					}
				}
				in, out := sides(inference.EncodeOutput([][]int64{vals}))
				want, err := b.Digest(provers[1], in, out)
				if err != nil {
					t.Fatal(err)
				}
				got, err := v.CallDigest(ctx, provers[1], in, out)
				if err != nil || got.Cmp(want) != 0 {
					t.Fatalf("%+v, %d values: on-chain %v (%v), Go %v", b, n, got, err, want)
				}
			}
			for _, bad := range [][]byte{inference.EncodeOutput([][]int64{{0, lim}}), inference.EncodeOutput([][]int64{{-lim - 1}}), {1, 2, 3}} {
				in, out := sides(bad)
				if _, err := b.Digest(provers[1], in, out); err == nil {
					t.Fatalf("%+v: Go digested %x", b, bad)
				}
				if _, err := v.CallDigest(ctx, provers[1], in, out); err == nil {
					t.Fatalf("%+v: the contract digested %x", b, bad)
				}
				if ok, err := v.CallVerify(ctx, provers[1], in, out, nil); err != nil || ok {
					t.Fatalf("%+v: verify of an out-of-domain value: %v %v", b, ok, err)
				}
			}
		}
	}
}

// zkModel is a model registered in ZK mode with its keys and on-chain verifier.
type zkModel struct {
	id       uint64
	keys     *zk.Keys
	verifier *contracts.ZkModelVerifier
}

func registerZK(t *testing.T, ch *devchain.Chain, model string, f zk.Format, checks zk.Checks, mode contracts.VerificationMode, opts ...zk.Option) zkModel {
	t.Helper()
	ctx := context.Background()
	art, err := modelregistry.BuildFile(model)
	if err != nil {
		t.Skip(err)
	}
	k, err := zk.Setup(art.Program, f, checks, opts...)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := k.Write(dir); err != nil {
		t.Fatal(err)
	}
	r, err := solc.FindRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	s := ch.Sender(devchain.Creator)
	v, err := zk.DeployVerifier(ctx, s, ch.Client, r, dir)
	if err != nil {
		t.Fatal(err)
	}
	bundle, keysHash, err := zk.WriteBundle(dir)
	if err != nil {
		t.Fatal(err)
	}
	spec := contracts.ModelSpec{OnnxHash: art.OnnxHash, ProgramHash: art.ProgramHash, URI: "file://" + model,
		Fee: big.NewInt(1e15), Mode: mode, ZkVerifier: v.Address(), ZkKeysHash: keysHash, ZkKeysURI: "file://" + bundle}
	if mode != contracts.ModeZK {
		spec.LayoutRoot, spec.ChallengeWindow = art.LayoutRoot, 3600
	}
	rcpt, err := s.Send(ctx, ch.Registry.RegisterModelTx(spec))
	if err != nil {
		t.Fatal(err)
	}
	id, err := ch.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		t.Fatal(err)
	}
	if mode != contracts.ModeZK { // optimistic settlement needs the file on-chain
		if err := modelregistry.PublishFile(ctx, s, ch.Registry, id, model, nil); err != nil {
			t.Fatal(err)
		}
	}
	return zkModel{id: id, keys: k, verifier: v}
}

// prove runs the model on in and proves it for prover: the output and the proof as proveResult
// takes it (from prover).
func prove(t *testing.T, k *zk.Keys, prover common.Address, in []byte) (output, proof []byte) {
	t.Helper()
	tr, err := trace.NewFromInput(k.P, in)
	if err != nil {
		t.Fatal(err)
	}
	pf, err := k.Prove(prover, in, tr)
	if err != nil {
		t.Fatal(err)
	}
	proof, err = pf.ProofBytes()
	if err != nil {
		t.Fatal(err)
	}
	return tr.Output(), proof
}

func request(t *testing.T, ch *devchain.Chain, model uint64, input []byte) contracts.InferenceRequested {
	t.Helper()
	ctx := context.Background()
	fee, err := ch.Oracle.CallEstimateFee(ctx, model, 0)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := ch.Sender(devchain.User).Send(ctx, ch.Oracle.RequestTx(contracts.NewRequest{ModelID: model, Input: input}, fee))
	if err != nil {
		t.Fatal(err)
	}
	return ch.Oracle.ParseInferenceRequested(rcpt)[0]
}

// TestProveResultOnChain: for both kinds of range checks, a node's proof finalizes a ZK request in
// one transaction (result readable, operator credited without a bond); a flipped proof byte, a
// changed output, a truncated proof, another request's input or nonce and a second proof are refused
// on-chain. Gas is logged for docs/BENCHMARKS.md.
func TestProveResultOnChain(t *testing.T) {
	for _, checks := range []zk.Checks{zk.ChecksBits, zk.ChecksLookup} {
		t.Run(checks.String(), func(t *testing.T) {
			ctx := context.Background()
			ch := newChain(t)
			m := registerZK(t, ch, ezkl("1l_mlp"), zk.FormatInt64, checks, contracts.ModeZK)
			p := m.keys.P
			in := make([]byte, 0)
			for i := range p.Values[p.Inputs[0]].Len() {
				in = append(in, inference.EncodeOutput([][]int64{{(i - 1) << 22}})...)
			}
			other := bytes.Clone(in)
			other[7] ^= 1
			req := request(t, ch, m.id, in)
			req2 := request(t, ch, m.id, other)
			op := ch.Sender(devchain.Operator)
			out, proof := prove(t, m.keys, op.From(), in)
			refused := func(what string, c func() error, want string) {
				t.Helper()
				err := c()
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Fatalf("%s: want %s, got %v", what, want, err)
				}
			}
			send := func(id *big.Int, nonce uint64, in, out, proof []byte) error {
				_, err := op.Send(ctx, ch.Oracle.ProveResultTx(id, nonce, in, out, proof))
				return err
			}
			nonce := req.Nonce.Uint64()
			flipped := bytes.Clone(proof)
			flipped[40] ^= 1
			refused("flipped proof byte", func() error { return send(req.RequestID, nonce, in, out, flipped) }, "ZkProofInvalid")
			changed := bytes.Clone(out)
			changed[len(changed)-1] ^= 1
			refused("changed output", func() error { return send(req.RequestID, nonce, in, changed, proof) }, "ZkProofInvalid")
			refused("truncated proof", func() error { return send(req.RequestID, nonce, in, out, proof[:len(proof)-32]) }, "ZkProofInvalid")
			refused("other input", func() error { return send(req.RequestID, nonce, other, out, proof) }, "InputMismatch")
			refused("other request's nonce", func() error { return send(req.RequestID, req2.Nonce.Uint64(), in, out, proof) }, "InputMismatch")
			refused("proof for another request", func() error { return send(req2.RequestID, req2.Nonce.Uint64(), other, out, proof) }, "ZkProofInvalid")
			if ok, err := m.verifier.CallVerify(ctx, op.From(), in, out, proof); err != nil || !ok {
				t.Fatalf("the model's verifier refuses a valid proof: %v %v", ok, err)
			}
			if ok, err := m.verifier.CallVerify(ctx, ch.Addr(devchain.Operator2), in, out, proof); err != nil || ok {
				t.Fatalf("the model's verifier accepts the operator's proof for another prover: %v %v", ok, err)
			}
			rcpt, err := op.Send(ctx, ch.Oracle.ProveResultTx(req.RequestID, nonce, in, out, proof))
			if err != nil {
				t.Fatalf("a valid proof was refused: %v", err)
			}
			got, err := ch.Oracle.CallResult(ctx, req.RequestID)
			if err != nil || !bytes.Equal(got, out) {
				t.Fatalf("result %x, %v; want %x", got, err, out)
			}
			fin, err := ch.Oracle.ParseInferenceFinalized(rcpt)
			if err != nil || fin.Proposer != op.From() || fin.OperatorShare.Sign() <= 0 {
				t.Fatalf("finalized: %+v %v", fin, err)
			}
			opAcct, err := ch.Oracle.CallOperator(ctx, op.From())
			// The prover ended the request: it earns the keeper pay with the operator share.
			if err != nil || fin.Keeper != op.From() || opAcct.Earnings.Cmp(new(big.Int).Add(fin.OperatorShare, fin.KeeperShare)) != 0 || opAcct.Locked.Sign() != 0 {
				t.Fatalf("operator account %+v, %v", opAcct, err)
			}
			refused("second proof", func() error { return send(req.RequestID, nonce, in, out, proof) }, "WrongStatus")
			vrcpt, err := op.Send(ctx, m.verifier.VerifyTx(op.From(), in, out, proof))
			if err != nil {
				t.Fatal(err)
			}
			drcpt, err := op.Send(ctx, m.verifier.DigestTx(op.From(), in, out))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("1l_mlp (%s checks, %d constraints): proveResult %d gas, verify %d gas (digest of %d+%d bytes %d gas), proof %d bytes",
				checks, m.keys.CCS.GetNbConstraints(), rcpt.GasUsed, vrcpt.GasUsed, len(in), len(out), drcpt.GasUsed, len(proof))
		})
	}
}

// TestProveResultModes: an OPML model takes no proofs; a ZK-only model takes no batches and no
// optimistic proposals; an OPML_AND_ZK request may be proven or proposed.
func TestProveResultModes(t *testing.T) {
	ctx := context.Background()
	ch := newChain(t)
	both := registerZK(t, ch, ezkl("1l_relu"), zk.FormatInt64, zk.ChecksAuto, contracts.ModeOPMLAndZK)
	zkOnly := registerZK(t, ch, ezkl("1l_relu"), zk.FormatInt64, zk.ChecksAuto, contracts.ModeZK)
	p := both.keys.P
	in := inference.EncodeOutput([][]int64{make([]int64, p.Values[p.Inputs[0]].Len())})
	user, op := ch.Sender(devchain.User), ch.Sender(devchain.Operator)
	fee, _ := ch.Oracle.CallEstimateBatchFee(ctx, zkOnly.id, 2, 0)
	if _, err := user.Send(ctx, ch.Oracle.RequestTx(contracts.NewRequest{ModelID: zkOnly.id, Inputs: [][]byte{in, in}}, fee)); err == nil || !strings.Contains(err.Error(), "ZkBatchUnsupported") {
		t.Fatalf("a batch for a ZK-only model: %v", err)
	}
	req := request(t, ch, zkOnly.id, in)
	if _, err := op.Send(ctx, ch.Oracle.DepositBondTx(big.NewInt(1e18))); err != nil {
		t.Fatal(err)
	}
	if _, err := op.Send(ctx, ch.Oracle.ProposeResultTx(req.RequestID, []byte{1})); err == nil || !strings.Contains(err.Error(), "ZkProofRequired") {
		t.Fatalf("an optimistic proposal for a ZK-only model: %v", err)
	}
	out, proof := prove(t, both.keys, op.From(), in)
	r2 := request(t, ch, both.id, in)
	if _, err := op.Send(ctx, ch.Oracle.ProveResultTx(r2.RequestID, r2.Nonce.Uint64(), in, out, proof)); err != nil {
		t.Fatalf("proving an OPML_AND_ZK request: %v", err)
	}
	// The same model's other request still takes the optimistic path.
	r3 := request(t, ch, both.id, in)
	if _, err := op.Send(ctx, ch.Oracle.ProposeResultTx(r3.RequestID, out)); err != nil {
		t.Fatalf("an optimistic proposal for an OPML_AND_ZK model: %v", err)
	}
	opml, err := modelregistry.BuildFile(ezkl("1l_relu"))
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := ch.Sender(devchain.Creator).Send(ctx, ch.Registry.RegisterModelTx(contracts.ModelSpec{OnnxHash: opml.OnnxHash, ProgramHash: opml.ProgramHash,
		LayoutRoot: opml.LayoutRoot, URI: "x", Fee: big.NewInt(0), Mode: contracts.ModeOPML, ChallengeWindow: 3600}))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := ch.Registry.ParseModelRegistered(rcpt)
	if err := modelregistry.PublishFile(ctx, ch.Sender(devchain.Creator), ch.Registry, id, ezkl("1l_relu"), nil); err != nil {
		t.Fatal(err)
	}
	r4 := request(t, ch, id, in)
	if _, err := op.Send(ctx, ch.Oracle.ProveResultTx(r4.RequestID, r4.Nonce.Uint64(), in, out, proof)); err == nil || !strings.Contains(err.Error(), "ZkNotEnabled") {
		t.Fatalf("a proof for an OPML model: %v", err)
	}
}

// TestProveResultInDomain: a model set up with a declared input domain is proven and finalized
// on-chain through its value-packed digest; an input outside the domain cannot be proven.
func TestProveResultInDomain(t *testing.T) {
	ctx := context.Background()
	ch := newChain(t)
	m := registerZK(t, ch, ezkl("1l_mlp"), zk.FormatInt64, zk.ChecksAuto, contracts.ModeZK, zk.WithInputDomain(25))
	p := m.keys.P
	n := p.Values[p.Inputs[0]].Len()
	word := func(v int64) []byte {
		xs := make([]int64, n)
		for i := range xs {
			xs[i] = v - int64(i)
		}
		return inference.EncodeOutput([][]int64{xs})
	}
	in := word(1 << 24)
	req := request(t, ch, m.id, in)
	output, proof := prove(t, m.keys, ch.Addr(devchain.Operator), in)
	rcpt, err := ch.Sender(devchain.Operator).Send(ctx, ch.Oracle.ProveResultTx(req.RequestID, req.Nonce.Uint64(), in, output, proof))
	if err != nil {
		t.Fatalf("a proof in the domain was refused: %v", err)
	}
	t.Logf("1l_mlp with a 25-bit input domain: proveResult %d gas", rcpt.GasUsed)
	out := word(1 << 26)
	tr, err := trace.NewFromInput(p, out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.keys.Prove(ch.Addr(devchain.Operator), out, tr); err == nil {
		t.Fatal("an input outside the domain was proven")
	}
}

// TestProveResultFrontRun (issue #14): a valid proveResult transaction copied from the mempool and
// sent by another account is refused (the proof binds its prover), and the original prover's
// transaction still finalizes the request and earns the operator's share.
func TestProveResultFrontRun(t *testing.T) {
	ctx := context.Background()
	ch := newChain(t)
	m := registerZK(t, ch, ezkl("1l_relu"), zk.FormatInt64, zk.ChecksAuto, contracts.ModeZK)
	p := m.keys.P
	in := inference.EncodeOutput([][]int64{make([]int64, p.Values[p.Inputs[0]].Len())})
	req := request(t, ch, m.id, in)
	op, thief := ch.Sender(devchain.Operator), ch.Sender(devchain.Operator2)
	out, proof := prove(t, m.keys, op.From(), in)
	tx := ch.Oracle.ProveResultTx(req.RequestID, req.Nonce.Uint64(), in, out, proof)
	// The model's verifier: the proof holds for the operator, not for the copier.
	if ok, err := m.verifier.CallVerify(ctx, op.From(), in, out, proof); err != nil || !ok {
		t.Fatalf("verify for the prover: %v %v", ok, err)
	}
	if ok, err := m.verifier.CallVerify(ctx, thief.From(), in, out, proof); err != nil || ok {
		t.Fatalf("verify for another account: %v %v", ok, err)
	}
	if _, err := thief.Send(ctx, tx); err == nil || !strings.Contains(err.Error(), "ZkProofInvalid") {
		t.Fatalf("a copied proveResult from another account: want ZkProofInvalid, got %v", err)
	}
	rcpt, err := op.Send(ctx, tx)
	if err != nil {
		t.Fatalf("the prover's own proveResult was refused: %v", err)
	}
	fin, err := ch.Oracle.ParseInferenceFinalized(rcpt)
	if err != nil || fin.Proposer != op.From() || fin.OperatorShare.Sign() <= 0 {
		t.Fatalf("finalized: %+v %v", fin, err)
	}
	if acct, err := ch.Oracle.CallOperator(ctx, thief.From()); err != nil || acct.Earnings.Sign() != 0 {
		t.Fatalf("the copier earned %v (%v)", acct.Earnings, err)
	}
}
