package contracts_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/bindings/testbindings"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

func TestRegistryRegisterAndRead(t *testing.T) {
	e := newEnv(t)
	m, err := e.Registry.CallModel(e.ctx, e.modelID)
	if err != nil {
		t.Fatal(err)
	}
	want := e.spec()
	if m.Owner != e.Addr(devchain.Creator) || m.Receiver != m.Owner {
		t.Fatalf("owner %s receiver %s, want both %s", m.Owner, m.Receiver, e.Addr(devchain.Creator))
	}
	if m.OnnxHash != want.OnnxHash || m.ProgramHash != want.ProgramHash || m.URI != want.URI ||
		m.Fee.Cmp(want.Fee) != 0 || m.Mode != contracts.ModeOPML || m.ChallengeWindow != testWindow || m.Deprecated {
		t.Fatalf("model %+v does not match spec %+v", m, want)
	}
	second := e.register(devchain.User, e.spec())
	if second != e.modelID+1 {
		t.Fatalf("second id %d, want %d", second, e.modelID+1)
	}
	n, err := e.Registry.CallModelCount(e.ctx)
	if err != nil || n != 2 {
		t.Fatalf("count %d (%v), want 2", n, err)
	}
	if _, err := e.Registry.CallModel(e.ctx, 99); !contracts.IsRevert(err, "ModelNotFound") {
		t.Fatalf("unknown model: %v", err)
	}
}

// A model's input shapes (issue 17) round-trip through the contract: stored, returned by getModel and
// emitted in ModelRegistered byte for byte; a model without any stores nothing for them.
func TestRegistryInputShapes(t *testing.T) {
	e := newEnv(t)
	plain := e.spec()
	rcptPlain := e.send(devchain.Creator, e.Registry.RegisterModelTx(plain))
	shaped := e.spec()
	// x=1x3x320x320 in the canonical encoding (inference.EncodeInputShapes; docs/ENCODING.md).
	shaped.InputShapes = []byte{0, 1, 'x', 4, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 1, 0x40, 0, 0, 1, 0x40}
	rcptShaped := e.send(devchain.Creator, e.Registry.RegisterModelTx(shaped))
	for _, c := range []struct {
		rcpt *types.Receipt
		want []byte
	}{{rcptPlain, nil}, {rcptShaped, shaped.InputShapes}} {
		reg, err := e.Registry.ParseRegistration(c.rcpt)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(reg.InputShapes, c.want) || reg.ProgramHash != plain.ProgramHash || reg.URI != plain.URI || reg.Owner != e.Addr(devchain.Creator) {
			t.Fatalf("event %+v, want shapes %x", reg, c.want)
		}
		m, err := e.Registry.CallModel(e.ctx, reg.ID)
		if err != nil || !bytes.Equal(m.InputShapes, c.want) {
			t.Fatalf("getModel shapes %x (%v), want %x", m.InputShapes, err, c.want)
		}
	}
	// Shapes cost their storage (one slot for up to 31 bytes) and calldata; none cost no slot.
	if d := rcptShaped.GasUsed - rcptPlain.GasUsed; d < 20_000 || d > 25_000 {
		t.Fatalf("a 20-byte shape encoding costs %d gas more than none (plain %d)", d, rcptPlain.GasUsed)
	}
}

func TestRegistryRegisterReverts(t *testing.T) {
	e := newEnv(t)
	verifier := e.deployMockVerifier()
	cases := []struct {
		name  string
		edit  func(*contracts.ModelSpec)
		error string
	}{
		{"zero onnx hash", func(s *contracts.ModelSpec) { s.OnnxHash = common.Hash{} }, "ZeroHash"},
		{"zero program hash", func(s *contracts.ModelSpec) { s.ProgramHash = common.Hash{} }, "ZeroHash"},
		{"zero layout root (opML)", func(s *contracts.ModelSpec) { s.LayoutRoot = common.Hash{} }, "ZeroHash"},
		{"empty uri", func(s *contracts.ModelSpec) { s.URI = "" }, "EmptyURI"},
		{"window below min", func(s *contracts.ModelSpec) { s.ChallengeWindow = e.params.MinChallengeWindow - 1 }, "ChallengeWindowOutOfBounds"},
		{"window above max", func(s *contracts.ModelSpec) { s.ChallengeWindow = e.params.MaxChallengeWindow + 1 }, "ChallengeWindowOutOfBounds"},
		{"opml with verifier", func(s *contracts.ModelSpec) { s.ZkVerifier = verifier }, "VerifierNotAllowed"},
		{"zk without verifier", func(s *contracts.ModelSpec) { s.Mode, s.ChallengeWindow = contracts.ModeZK, 0 }, "VerifierRequired"},
		{"zk with window", func(s *contracts.ModelSpec) { s.Mode, s.ZkVerifier = contracts.ModeZK, verifier }, "ChallengeWindowOutOfBounds"},
		{"zk without keys", func(s *contracts.ModelSpec) { s.Mode, s.ChallengeWindow, s.ZkVerifier = contracts.ModeZK, 0, verifier }, "ZkKeysRequired"},
		{"zk keys without uri", func(s *contracts.ModelSpec) {
			s.Mode, s.ChallengeWindow, s.ZkVerifier, s.ZkKeysHash = contracts.ModeZK, 0, verifier, testKeysHash
		}, "ZkKeysRequired"},
		{"zk keys uri without hash", func(s *contracts.ModelSpec) {
			s.Mode, s.ZkVerifier, s.ZkKeysURI = contracts.ModeOPMLAndZK, verifier, "file://keys.tar"
		}, "ZkKeysRequired"},
		{"opml with keys", func(s *contracts.ModelSpec) { s.ZkKeysHash, s.ZkKeysURI = testKeysHash, "file://keys.tar" }, "ZkKeysNotAllowed"},
		{"opml with a keys uri", func(s *contracts.ModelSpec) { s.ZkKeysURI = "file://keys.tar" }, "ZkKeysNotAllowed"},
		{"both without verifier", func(s *contracts.ModelSpec) { s.Mode = contracts.ModeOPMLAndZK }, "VerifierRequired"},
		{"verifier without code", func(s *contracts.ModelSpec) {
			s.Mode, s.ZkVerifier = contracts.ModeOPMLAndZK, e.Addr(devchain.User)
		}, "VerifierHasNoCode"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := e.spec()
			c.edit(&s)
			e.t = t
			e.revert(devchain.Creator, e.Registry.RegisterModelTx(s), c.error)
		})
	}
	e.t = t
	zk := e.spec()
	zk.Mode, zk.ChallengeWindow, zk.ZkVerifier, zk.ZkKeysHash, zk.ZkKeysURI = contracts.ModeZK, 0, verifier, testKeysHash, "file://keys.tar"
	id := e.register(devchain.Creator, zk)
	m, err := e.Registry.CallModel(e.ctx, id)
	if err != nil || m.Mode != contracts.ModeZK || m.ZkVerifier != verifier || m.ZkKeysHash != testKeysHash || m.ZkKeysURI != "file://keys.tar" {
		t.Fatalf("zk model %+v (%v)", m, err)
	}
	// The owner alone moves the keys; their hash stays.
	e.revert(devchain.User, e.Registry.SetZkKeysURITx(id, "https://keys"), "NotModelOwner")
	e.revert(devchain.Creator, e.Registry.SetZkKeysURITx(id, ""), "EmptyURI")
	e.revert(devchain.Creator, e.Registry.SetZkKeysURITx(e.modelID, "https://keys"), "ZkKeysNotAllowed")
	e.send(devchain.Creator, e.Registry.SetZkKeysURITx(id, "https://keys"))
	if m, err = e.Registry.CallModel(e.ctx, id); err != nil || m.ZkKeysURI != "https://keys" || m.ZkKeysHash != testKeysHash {
		t.Fatalf("zk model after setZkKeysURI %+v (%v)", m, err)
	}
	both := e.spec()
	both.Mode, both.ZkVerifier, both.ZkKeysHash, both.ZkKeysURI = contracts.ModeOPMLAndZK, verifier, testKeysHash, "file://keys.tar"
	e.register(devchain.Creator, both)
}

// testKeysHash stands for a ZK model's published keys bundle.
var testKeysHash = common.HexToHash("0x6b657973")

func TestRegistryOwnerUpdates(t *testing.T) {
	e := newEnv(t)
	id := e.modelID
	newFee := big.NewInt(42)
	e.revert(devchain.User, e.Registry.SetFeeTx(id, newFee), "NotModelOwner")
	e.revert(devchain.Creator, e.Registry.SetFeeTx(99, newFee), "ModelNotFound")
	rcpt := e.send(devchain.Creator, e.Registry.SetFeeTx(id, newFee))
	if len(rcpt.Logs) != 1 {
		t.Fatalf("setFee: %d logs, want 1", len(rcpt.Logs))
	}

	e.revert(devchain.User, e.Registry.SetURITx(id, "ipfs://x"), "NotModelOwner")
	e.revert(devchain.Creator, e.Registry.SetURITx(id, ""), "EmptyURI")
	e.send(devchain.Creator, e.Registry.SetURITx(id, "ipfs://bafy"))

	e.revert(devchain.User, e.Registry.SetReceiverTx(id, e.Addr(devchain.User)), "NotModelOwner")
	e.revert(devchain.Creator, e.Registry.SetReceiverTx(id, common.Address{}), "ZeroAddress")
	e.send(devchain.Creator, e.Registry.SetReceiverTx(id, e.Addr(devchain.User2)))

	m, err := e.Registry.CallModel(e.ctx, id)
	if err != nil || m.Fee.Cmp(newFee) != 0 || m.URI != "ipfs://bafy" || m.Receiver != e.Addr(devchain.User2) {
		t.Fatalf("after updates: %+v (%v)", m, err)
	}

	e.revert(devchain.User, e.Registry.TransferModelOwnershipTx(id, e.Addr(devchain.User)), "NotModelOwner")
	e.revert(devchain.Creator, e.Registry.TransferModelOwnershipTx(id, common.Address{}), "ZeroAddress")
	e.send(devchain.Creator, e.Registry.TransferModelOwnershipTx(id, e.Addr(devchain.User)))
	e.revert(devchain.Creator, e.Registry.SetFeeTx(id, newFee), "NotModelOwner")

	e.revert(devchain.Creator, e.Registry.DeprecateTx(id), "NotModelOwner")
	e.send(devchain.User, e.Registry.DeprecateTx(id))
	e.revert(devchain.User, e.Registry.DeprecateTx(id), "AlreadyDeprecated")
	m, _ = e.Registry.CallModel(e.ctx, id)
	if !m.Deprecated || m.Owner != e.Addr(devchain.User) || m.Receiver != e.Addr(devchain.User2) {
		t.Fatalf("after transfer+deprecate: %+v", m)
	}
	// A deprecated model takes no new requests.
	e.revert(devchain.User, e.Oracle.RequestTx(contracts.NewRequest{ModelID: id, Input: []byte{1}}, e.fee(id, 0)), "ModelIsDeprecated")
}

func TestRegistryConstructorBounds(t *testing.T) {
	e := newEnv(t)
	p := devchain.DefaultParams()
	p.MinChallengeWindow, p.MaxChallengeWindow = 100, 50
	if err := p.Check(); err == nil {
		t.Fatal("Check accepted min > max")
	}
	// Bypass Check to hit the contract's own guard.
	_, _, err := e.Sender(devchain.Deployer).Deploy(e.ctx, registryBin(), registryCtor(100, 50))
	if !contracts.IsRevert(err, "ChallengeWindowOutOfBounds") {
		t.Fatalf("constructor min>max: %v", err)
	}
}

func (e *env) deployMockVerifier() common.Address {
	e.t.Helper()
	addr, _, err := e.Sender(devchain.Creator).Deploy(e.ctx, common.FromHex(testbindings.MockZkVerifierMetaData.Bin), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return addr
}

// Time locks of a tokenized model's terms (ModelRegistry.FEE_CHANGE_DELAY, DEPRECATION_DELAY).
const (
	feeChangeDelay   = contracts.FeeChangeDelay
	deprecationDelay = contracts.DeprecationDelay
)

// TestTokenizedModelRevenueRouteIsLocked (issue #14): createToken itself routes the model's fee
// share to its ERC-7641 token, and no one — the model's owner included, before or after an
// ownership transfer — can route it anywhere else afterwards.
func TestTokenizedModelRevenueRouteIsLocked(t *testing.T) {
	e := newEnv(t)
	m := e.tokenize(defaultTokenParams(e))
	id := e.modelID
	if got, _ := e.Registry.CallModel(e.ctx, id); got.Receiver != m.token.Address() {
		t.Fatalf("receiver after createToken %s, want the token %s", got.Receiver, m.token.Address())
	}
	e.revert(devchain.Creator, e.Registry.SetReceiverTx(id, e.Addr(devchain.Creator)), "ReceiverLocked")
	e.revert(devchain.Creator, e.Registry.SetReceiverTx(id, m.token.Address()), "ReceiverLocked")
	e.send(devchain.Creator, e.Registry.TransferModelOwnershipTx(id, e.Addr(devchain.User)))
	e.revert(devchain.User, e.Registry.SetReceiverTx(id, e.Addr(devchain.User)), "ReceiverLocked")
	if got, _ := e.Registry.CallModel(e.ctx, id); got.Receiver != m.token.Address() {
		t.Fatalf("receiver moved to %s", got.Receiver)
	}
}

// TestTokenizedModelFeeChangeIsBoundedAndTimeLocked (issue #14): a tokenized model's fee moves at
// most ×2 up or ÷2 down per change, and only FEE_CHANGE_DELAY after the change is announced.
func TestTokenizedModelFeeChangeIsBoundedAndTimeLocked(t *testing.T) {
	e := newEnv(t)
	e.tokenize(defaultTokenParams(e))
	id := e.modelID
	fee0 := e.fee(id, 0)
	double := new(big.Int).Mul(modelFee, big.NewInt(2))
	e.revert(devchain.Creator, e.Registry.SetFeeTx(id, new(big.Int).Add(double, big.NewInt(1))), "FeeChangeOutOfBounds")
	e.revert(devchain.Creator, e.Registry.SetFeeTx(id, new(big.Int).Sub(new(big.Int).Div(modelFee, big.NewInt(2)), big.NewInt(1))), "FeeChangeOutOfBounds")
	e.revert(devchain.Creator, e.Registry.SetFeeTx(id, new(big.Int)), "FeeChangeOutOfBounds")
	e.send(devchain.Creator, e.Registry.SetFeeTx(id, double))
	if got := e.fee(id, 0); got.Cmp(fee0) != 0 {
		t.Fatalf("fee %s right after the announcement, want still %s", got, fee0)
	}
	// Buyers see it coming: a view and an event.
	now, _ := e.Now(e.ctx)
	p, err := e.Registry.CallPendingChanges(e.ctx, id)
	if err != nil || p.Fee.Cmp(double) != 0 || p.FeeEffectiveAt != now+uint64(feeChangeDelay/time.Second) || p.DeprecationEffectiveAt != 0 {
		t.Fatalf("pending %+v (%v)", p, err)
	}
	e.advance(feeChangeDelay - time.Minute)
	if got := e.fee(id, 0); got.Cmp(fee0) != 0 {
		t.Fatalf("fee %s a minute before the time lock ends, want still %s", got, fee0)
	}
	e.advance(time.Minute)
	if got := e.fee(id, 0); got.Cmp(new(big.Int).Add(fee0, modelFee)) != 0 {
		t.Fatalf("fee %s after the time lock, want %s", got, new(big.Int).Add(fee0, modelFee))
	}
	if m, _ := e.Registry.CallModel(e.ctx, id); m.Fee.Cmp(double) != 0 {
		t.Fatalf("getModel fee %s, want %s", m.Fee, double)
	}
	// The bound is relative to the fee in force: another ×2 is allowed, more is not.
	quad := new(big.Int).Mul(double, big.NewInt(2))
	e.revert(devchain.Creator, e.Registry.SetFeeTx(id, new(big.Int).Add(quad, big.NewInt(1))), "FeeChangeOutOfBounds")
	e.send(devchain.Creator, e.Registry.SetFeeTx(id, quad))
	// A change can be withdrawn before it takes effect; then there is none to withdraw.
	e.send(devchain.Creator, e.Registry.CancelFeeChangeTx(id))
	e.revert(devchain.Creator, e.Registry.CancelFeeChangeTx(id), "NoFeeChangePending")
	e.revert(devchain.User, e.Registry.SetFeeTx(id, double), "NotModelOwner")
	e.advance(feeChangeDelay)
	if got := e.fee(id, 0); got.Cmp(new(big.Int).Add(fee0, modelFee)) != 0 {
		t.Fatalf("fee %s after a cancelled change, want %s", got, new(big.Int).Add(fee0, modelFee))
	}
	// A decrease is bounded and announced the same way, down to ÷2 of the fee in force.
	e.revert(devchain.Creator, e.Registry.SetFeeTx(id, new(big.Int).Sub(modelFee, big.NewInt(1))), "FeeChangeOutOfBounds")
	e.send(devchain.Creator, e.Registry.SetFeeTx(id, modelFee))
	e.advance(feeChangeDelay)
	if got := e.fee(id, 0); got.Cmp(fee0) != 0 {
		t.Fatalf("fee %s after halving, want %s", got, fee0)
	}
	// The Go constants match the contract's.
	if fee, dep, err := e.Registry.CallTimeLocks(e.ctx); err != nil || fee != feeChangeDelay || dep != deprecationDelay {
		t.Fatalf("time locks %s, %s (%v)", fee, dep, err)
	}
}

// TestTokenizedModelDeprecationIsTimeLocked (issue #14): deprecating a tokenized model is announced
// and takes effect only DEPRECATION_DELAY later; requests are served until then.
func TestTokenizedModelDeprecationIsTimeLocked(t *testing.T) {
	e := newEnv(t)
	e.tokenize(defaultTokenParams(e))
	id := e.modelID
	e.send(devchain.Creator, e.Registry.DeprecateTx(id))
	e.revert(devchain.Creator, e.Registry.DeprecateTx(id), "DeprecationPending")
	if m, _ := e.Registry.CallModel(e.ctx, id); m.Deprecated {
		t.Fatal("deprecated at once")
	}
	// Announced in a view; it can be withdrawn, and announced again (a fresh notice).
	if p, _ := e.Registry.CallPendingChanges(e.ctx, id); p.DeprecationEffectiveAt == 0 {
		t.Fatal("deprecation not shown as pending")
	}
	e.send(devchain.Creator, e.Registry.CancelDeprecationTx(id))
	e.revert(devchain.Creator, e.Registry.CancelDeprecationTx(id), "NoDeprecationPending")
	e.advance(deprecationDelay)
	e.simpleRequest(devchain.User)
	e.send(devchain.Creator, e.Registry.DeprecateTx(id))
	open := e.simpleRequest(devchain.User)
	e.advance(deprecationDelay - time.Minute)
	e.simpleRequest(devchain.User)
	e.advance(time.Minute)
	e.revert(devchain.User, e.Oracle.RequestTx(contracts.NewRequest{ModelID: id, Input: []byte{1}}, e.fee(id, 0)), "ModelIsDeprecated")
	if m, _ := e.Registry.CallModel(e.ctx, id); !m.Deprecated {
		t.Fatal("not deprecated after the time lock")
	}
	e.revert(devchain.Creator, e.Registry.DeprecateTx(id), "AlreadyDeprecated")
	e.revert(devchain.Creator, e.Registry.CancelDeprecationTx(id), "AlreadyDeprecated")
	// Requests made before still complete (here: refunded, no one answered in 30 days).
	e.send(devchain.User, e.Oracle.RefundTx(open))
}

// TestTokenizeGuards: only the registry's deployer names the tokenizer, once, and it must be a
// contract; only the tokenizer tokenizes, once per model, a model with a fee that is not deprecated.
func TestTokenizeGuards(t *testing.T) {
	e := newEnv(t)
	reg := e.Registry.Address()
	tokenize := func(id uint64, token common.Address) chain.TxCandidate {
		return chain.TxCandidate{To: &reg, Data: bindings.NewModelRegistry().PackTokenize(new(big.Int).SetUint64(id), token)}
	}
	e.revert(devchain.Creator, tokenize(e.modelID, e.Addr(devchain.Creator)), "NotTokenizer") // no tokenizer yet
	e.revert(devchain.User, e.Registry.SetTokenizerTx(e.Oracle.Address()), "NotDeployer")
	e.revert(devchain.Deployer, e.Registry.SetTokenizerTx(e.Addr(devchain.User)), "TokenizerHasNoCode")

	free := e.spec()
	free.Fee = new(big.Int)
	freeID := e.register(devchain.Creator, free)
	deprecated := e.register(devchain.Creator, e.spec())
	e.send(devchain.Creator, e.Registry.DeprecateTx(deprecated))
	m := e.tokenize(defaultTokenParams(e))
	if tk, _ := e.Registry.CallTokenizer(e.ctx); tk != m.factory.Address() {
		t.Fatalf("tokenizer %s, want the factory %s", tk, m.factory.Address())
	}
	e.revert(devchain.Deployer, e.Registry.SetTokenizerTx(e.Oracle.Address()), "TokenizerAlreadySet")
	e.revert(devchain.Creator, tokenize(e.modelID, e.Addr(devchain.Creator)), "NotTokenizer")
	e.revert(devchain.Creator, m.factory.CreateTokenTx(e.modelID, defaultTokenParams(e)), "AlreadyTokenized")
	e.revert(devchain.Creator, m.factory.CreateTokenTx(freeID, defaultTokenParams(e)), "ZeroFee")
	e.revert(devchain.Creator, m.factory.CreateTokenTx(deprecated, defaultTokenParams(e)), "AlreadyDeprecated")
	// An untokenized model keeps the immediate owner controls.
	e.send(devchain.Creator, e.Registry.SetReceiverTx(freeID, e.Addr(devchain.User)))
	e.send(devchain.Creator, e.Registry.SetFeeTx(freeID, big.NewInt(5)))
	if got, _ := e.Registry.CallModel(e.ctx, freeID); got.Fee.Int64() != 5 || got.Receiver != e.Addr(devchain.User) || got.Tokenized {
		t.Fatalf("untokenized model %+v", got)
	}
}
