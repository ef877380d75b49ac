package contracts_test

import (
	"github.com/ethereum/go-ethereum/common"
	"math/big"
	"testing"
	"time"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

func (e *env) deployClassifier() *contracts.DigitClassifier {
	e.t.Helper()
	app, _, err := contracts.DeployDigitClassifier(e.ctx, e.Sender(devchain.User), e.Client, e.Oracle.Address(), e.modelID)
	if err != nil {
		e.t.Fatal(err)
	}
	return app
}

func (e *env) classify(app *contracts.DigitClassifier, image []byte) *big.Int {
	e.t.Helper()
	fee, err := app.CallFee(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	rcpt := e.send(devchain.User2, app.ClassifyTx(image, fee))
	evs := e.Oracle.ParseInferenceRequested(rcpt)
	if len(evs) != 1 || evs[0].Callback != app.Address() {
		e.t.Fatalf("classify made %+v", evs)
	}
	return evs[0].RequestID
}

func TestDigitClassifierStoresTheArgmax(t *testing.T) {
	e := newEnv(t)
	app := e.deployClassifier()
	for digit := 0; digit < 10; digit++ {
		id := e.classify(app, mnistLikeInput())
		e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(digit), traceRoot))
		e.advance(testWindow * time.Second)
		rcpt := e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
		if ev, _ := e.Oracle.ParseInferenceFinalized(rcpt); !ev.CallbackSucceeded {
			t.Fatalf("digit %d: callback failed", digit)
		}
		c, err := app.CallClassification(e.ctx, id)
		if err != nil || !c.Done || c.Failed || int(c.Digit) != digit || c.Requester != e.Addr(devchain.User2) {
			t.Fatalf("digit %d: %+v (%v)", digit, c, err)
		}
	}
}

func TestDigitClassifierRejectsBadInputAndCallers(t *testing.T) {
	e := newEnv(t)
	app := e.deployClassifier()
	fee, _ := app.CallFee(e.ctx)
	e.revert(devchain.User, app.ClassifyTx(make([]byte, 783), fee), "BadImageLength")
	// Only the oracle may deliver results.
	to := app.Address()
	b := bindings.NewDigitClassifier()
	e.revert(devchain.User, chain.TxCandidate{To: &to, Data: b.PackOnInferenceResult(big.NewInt(1), logits(1), nil)}, "NotOracle")
	e.revert(devchain.User, chain.TxCandidate{To: &to, Data: b.PackOnInferenceError(big.NewInt(1), 1, nil)}, "NotOracle")

	// A malformed output makes the callback revert; the oracle records it and finalizes anyway.
	id := e.classify(app, mnistLikeInput())
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, []byte{1, 2, 3}, traceRoot))
	e.advance(testWindow * time.Second)
	rcpt := e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
	if ev, _ := e.Oracle.ParseInferenceFinalized(rcpt); ev.CallbackSucceeded || !e.Oracle.HasEvent(rcpt, "CallbackFailed") {
		t.Fatal("bad output should fail the callback, visibly")
	}
	if c, _ := app.CallClassification(e.ctx, id); c.Done {
		t.Fatal("stored a digit from a malformed output")
	}

	// The error path reaches the dApp too.
	id = e.classify(app, mnistLikeInput())
	e.send(devchain.Operator, e.Oracle.ProposeErrorTx(id, contracts.ErrorInvalidInput, common.Hash{}))
	e.advance(testWindow * time.Second)
	e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
	if c, _ := app.CallClassification(e.ctx, id); !c.Done || !c.Failed || c.ErrorCode != contracts.ErrorInvalidInput {
		t.Fatalf("error not recorded: %+v", c)
	}
}

func TestOracleConstructorChecks(t *testing.T) {
	e := newEnv(t)
	deploy := func(edit func(*oracleCtor)) error {
		a := oracleCtor{registry: e.Registry.Address(), owner: e.Addr(devchain.Deployer), treasury: e.Addr(devchain.Treasury),
			cfg: e.params.Config, bond: big.NewInt(1), delay: 10}
		edit(&a)
		_, _, err := e.Sender(devchain.Deployer).Deploy(e.ctx, oracleBin(), a.pack())
		return err
	}
	for name, c := range map[string]struct {
		edit func(*oracleCtor)
		want string
	}{
		"zero registry": {func(a *oracleCtor) { a.registry = [20]byte{} }, "ZeroAddress"},
		"zero owner":    {func(a *oracleCtor) { a.owner = [20]byte{} }, "OwnableInvalidOwner"},
		"zero treasury": {func(a *oracleCtor) { a.treasury = [20]byte{} }, "ZeroAddress"},
		"zero bond":     {func(a *oracleCtor) { a.bond = new(big.Int) }, "ZeroAmount"},
		"fee too high":  {func(a *oracleCtor) { a.cfg.ProtocolFeeBps = 6000 }, "ProtocolFeeTooHigh"},
		"zero timeout":  {func(a *oracleCtor) { a.cfg.RequestTimeout = 0 }, "ZeroTimeout"},
	} {
		if err := deploy(c.edit); !contracts.IsRevert(err, c.want) {
			t.Errorf("%s: want %s, got %v", name, c.want, err)
		}
	}
	if err := deploy(func(*oracleCtor) {}); err != nil {
		t.Fatalf("valid constructor: %v", err)
	}
	if _, err := callReceiverOf(e, 42); !contracts.IsRevert(err, "ModelNotFound") {
		t.Fatalf("receiverOf unknown model: %v", err)
	}
}
