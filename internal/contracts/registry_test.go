package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/bindings/testbindings"
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
	zk.Mode, zk.ChallengeWindow, zk.ZkVerifier = contracts.ModeZK, 0, verifier
	id := e.register(devchain.Creator, zk)
	m, err := e.Registry.CallModel(e.ctx, id)
	if err != nil || m.Mode != contracts.ModeZK || m.ZkVerifier != verifier {
		t.Fatalf("zk model %+v (%v)", m, err)
	}
	both := e.spec()
	both.Mode, both.ZkVerifier = contracts.ModeOPMLAndZK, verifier
	e.register(devchain.Creator, both)
}

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
