package contracts_test

import (
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
		e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(digit)))
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
	e.revert(devchain.User, app.ClassifyTx(mnistLikeInput(), new(big.Int).Sub(fee, big.NewInt(1))), "FeeTooLow")
	// A surplus comes straight back to the caller; the oracle holds exactly the fee, the dApp nothing.
	held := e.ethBalance(e.Oracle.Address())
	before := e.ethBalance(e.Addr(devchain.User))
	rcpt := e.send(devchain.User, app.ClassifyTx(mnistLikeInput(), new(big.Int).Add(fee, ether)))
	spent := new(big.Int).Sub(before, e.ethBalance(e.Addr(devchain.User)))
	spent.Sub(spent, new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice))
	if spent.Cmp(fee) != 0 || new(big.Int).Sub(e.ethBalance(e.Oracle.Address()), held).Cmp(fee) != 0 ||
		e.ethBalance(app.Address()).Sign() != 0 || e.balance(app.Address()).Sign() != 0 {
		t.Fatalf("classify with a surplus cost the user %s, want the fee %s", spent, fee)
	}
	// Only the oracle may deliver results.
	to := app.Address()
	b := bindings.NewDigitClassifier()
	e.revert(devchain.User, chain.TxCandidate{To: &to, Data: b.PackOnInferenceResult(big.NewInt(1), logits(1), nil)}, "NotOracle")
	e.revert(devchain.User, chain.TxCandidate{To: &to, Data: b.PackOnInferenceError(big.NewInt(1), 1, nil)}, "NotOracle")

	// A malformed output makes the callback revert; the oracle records it and finalizes anyway.
	id := e.classify(app, mnistLikeInput())
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, []byte{1, 2, 3}))
	e.advance(testWindow * time.Second)
	rcpt = e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
	if ev, _ := e.Oracle.ParseInferenceFinalized(rcpt); ev.CallbackSucceeded || !e.Oracle.HasEvent(rcpt, "CallbackFailed") {
		t.Fatal("bad output should fail the callback, visibly")
	}
	if c, _ := app.CallClassification(e.ctx, id); c.Done {
		t.Fatal("stored a digit from a malformed output")
	}

	// The error path reaches the dApp too.
	id = e.classify(app, mnistLikeInput())
	e.send(devchain.Operator, e.Oracle.ProposeErrorTx(id, contracts.ErrorInvalidInput))
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

// TestDigitClassifierRefundReachesTheUser (issue #14): a classification that ends without a
// result — refunded after its deadline, or finalized with an error (the model fee comes back) —
// is credited by the oracle to the dApp, the requester; the user who paid gets that money back
// through the dApp (anyone may trigger it; it goes to the user), once.
func TestDigitClassifierRefundReachesTheUser(t *testing.T) {
	e := newEnv(t)
	app := e.deployClassifier()
	fee, _ := app.CallFee(e.ctx)
	user := e.Addr(devchain.User2)
	// A refund returns the fee less the keeper pay of whoever refunds (here another account, which
	// earns it at the oracle).
	back := new(big.Int).Sub(fee, e.keeperPay(100_000))

	id := e.classify(app, mnistLikeInput())
	if c, _ := app.CallClassification(e.ctx, id); c.Paid.Cmp(back) != 0 || c.ModelFee.Cmp(modelFee) != 0 {
		t.Fatalf("classify recorded paid %s, model fee %s", c.Paid, c.ModelFee)
	}
	e.revert(devchain.User, app.ClaimRefundTx(id), "NothingToRefund") // pending
	e.advance(time.Duration(e.params.Config.RequestTimeout+1) * time.Second)
	e.send(devchain.User, e.Oracle.RefundTx(id))
	// The oracle reported the refund to the dApp (onInferenceRefunded).
	if c, _ := app.CallClassification(e.ctx, id); !c.Done || !c.Refunded {
		t.Fatalf("refund not recorded: %+v", c)
	}
	if r, _ := app.CallRefundable(e.ctx, id); r.Cmp(back) != 0 {
		t.Fatalf("refundable %s, want %s", r, back)
	}
	before := e.ethBalance(user)
	e.send(devchain.User, app.ClaimRefundTx(id))
	if got := new(big.Int).Sub(e.ethBalance(user), before); got.Cmp(back) != 0 {
		t.Fatalf("the user got %s back of the %s it paid, want %s", got, fee, back)
	}
	e.revert(devchain.User, app.ClaimRefundTx(id), "NothingToRefund")
	if c, _ := app.CallClassification(e.ctx, id); !c.RefundClaimed {
		t.Fatal("claim not recorded")
	}

	id = e.classify(app, mnistLikeInput())
	e.send(devchain.Operator, e.Oracle.ProposeErrorTx(id, contracts.ErrorInvalidInput))
	e.advance(testWindow * time.Second)
	e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
	before = e.ethBalance(user)
	e.send(devchain.User, app.ClaimRefundTx(id))
	if got := new(big.Int).Sub(e.ethBalance(user), before); got.Cmp(modelFee) != 0 {
		t.Fatalf("the user got %s back of an errored request, want the model fee %s", got, modelFee)
	}

	// A delivered result leaves nothing to refund; the dApp holds nothing at the oracle.
	id = e.classify(app, mnistLikeInput())
	e.answer(id, logits(4))
	e.revert(devchain.User, app.ClaimRefundTx(id), "NothingToRefund")
	e.revert(devchain.User, app.ClaimRefundTx(big.NewInt(12345)), "NothingToRefund") // not the dApp's
	to := app.Address()
	e.revert(devchain.User, chain.TxCandidate{To: &to, Data: bindings.NewDigitClassifier().PackOnInferenceRefunded(id, big.NewInt(1), nil)}, "NotOracle")
	if b := e.balance(app.Address()); b.Sign() != 0 {
		t.Fatalf("the dApp keeps %s wei at the oracle", b)
	}
}

// TestResultStoreRecordsARefund: a refunded request whose callback is the store is reported to it
// (onInferenceRefunded); the money is the requester's, at the oracle. Only the oracle may report.
func TestResultStoreRecordsARefund(t *testing.T) {
	e := newEnv(t)
	rs, _, err := contracts.DeployResultStore(e.ctx, e.Sender(devchain.User), e.Client, e.Oracle.Address())
	if err != nil {
		t.Fatal(err)
	}
	id := e.request2(devchain.User2, rs.Address(), 100_000, nil)
	// Refunded by another account, which earns the keeper pay: the requester gets the rest.
	paid := new(big.Int).Sub(e.fee(e.modelID, 100_000), e.keeperPay(100_000))
	e.advance(time.Duration(e.params.Config.RequestTimeout+1) * time.Second)
	e.send(devchain.User, e.Oracle.RefundTx(id))
	d, err := rs.CallResultOf(e.ctx, id)
	if err != nil || d.Count != 1 || !d.Refunded || d.Refund.Cmp(paid) != 0 || d.Failed {
		t.Fatalf("delivery %+v (%v), want one refund of %s", d, err, paid)
	}
	if b := e.balance(e.Addr(devchain.User2)); b.Cmp(paid) != 0 {
		t.Fatalf("requester's balance %s, want %s", b, paid)
	}
	to := rs.Address()
	e.revert(devchain.User, chain.TxCandidate{To: &to, Data: bindings.NewResultStore().PackOnInferenceRefunded(id, big.NewInt(1), nil)}, "NotOracle")
}
