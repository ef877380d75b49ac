package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// TestContractConstantsMatchGo: the Go side refuses models whose output the oracle would refuse,
// and quotes fees with the oracle's base-fee multiplier, using these numbers.
func TestContractConstantsMatchGo(t *testing.T) {
	e := newEnv(t)
	b := bindings.NewAIOracle()
	c := b.Instance(e.Client, e.Oracle.Address())
	maxOut, err := bind.Call(c, nil, b.PackMAXOUTPUTBYTES(), b.UnpackMAXOUTPUTBYTES)
	if err != nil || maxOut.Cmp(big.NewInt(contracts.MaxOutputBytes)) != 0 {
		t.Fatalf("MAX_OUTPUT_BYTES %v (%v), Go says %d", maxOut, err, contracts.MaxOutputBytes)
	}
	mult, err := bind.Call(c, nil, b.PackCALLBACKBASEFEEMULTIPLIER(), b.UnpackCALLBACKBASEFEEMULTIPLIER)
	if err != nil || mult.Cmp(big.NewInt(contracts.CallbackBaseFeeMultiplier)) != 0 {
		t.Fatalf("CALLBACK_BASEFEE_MULTIPLIER %v (%v), Go says %d", mult, err, contracts.CallbackBaseFeeMultiplier)
	}
	txGas, err := bind.Call(c, nil, b.PackKEEPERTXGAS(), b.UnpackKEEPERTXGAS)
	if err != nil || txGas.Cmp(big.NewInt(contracts.KeeperTxGas)) != 0 {
		t.Fatalf("KEEPER_TX_GAS %v (%v), Go says %d", txGas, err, contracts.KeeperTxGas)
	}
	wordGas, err := bind.Call(c, nil, b.PackCALLBACKDATAWORDGAS(), b.UnpackCALLBACKDATAWORDGAS)
	if err != nil || wordGas.Cmp(big.NewInt(contracts.CallbackDataWordGas)) != 0 {
		t.Fatalf("CALLBACK_DATA_WORD_GAS %v (%v), Go says %d", wordGas, err, contracts.CallbackDataWordGas)
	}
}

// TestKeeperPaidOnThirdPartyFinalize: whoever finalizes someone else's proposal earns the keeper pay
// in its balance; the proposer gets the operator fee (the callback's gas is the keeper's to pay
// now) with its bond released — on the result path and on the error path.
func TestKeeperPaidOnThirdPartyFinalize(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	kp := e.keeperPay(probeGas)
	keeper, op := e.Addr(devchain.Challenger), e.Addr(devchain.Operator)
	for i, isError := range []bool{false, true} {
		id := e.request2(devchain.User, p.addr, probeGas, nil)
		if isError {
			e.send(devchain.Operator, e.Oracle.ProposeErrorTx(id, contracts.ErrorInvalidInput))
		} else {
			e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(3)))
		}
		e.advance(testWindow * time.Second)
		balBefore, earnBefore := e.balance(keeper), e.earnings(op)
		ev, err := e.Oracle.ParseInferenceFinalized(e.send(devchain.Challenger, e.Oracle.FinalizeTx(id)))
		if err != nil || ev.Keeper != keeper || ev.Proposer != op || ev.KeeperShare.Cmp(kp) != 0 ||
			ev.OperatorShare.Cmp(e.params.Config.OperatorFee) != 0 || ev.IsError != isError {
			t.Fatalf("%d: finalized %+v (%v)", i, ev, err)
		}
		if got := new(big.Int).Sub(e.balance(keeper), balBefore); got.Cmp(kp) != 0 {
			t.Fatalf("%d: keeper credited %s, want %s", i, got, kp)
		}
		if got := new(big.Int).Sub(e.earnings(op), earnBefore); got.Cmp(e.params.Config.OperatorFee) != 0 {
			t.Fatalf("%d: proposer credited %s, want the operator fee", i, got)
		}
		if e.earnings(keeper).Sign() != 0 || e.bond(op).Locked.Sign() != 0 {
			t.Fatalf("%d: keeper pay went to earnings, or the bond stayed locked", i)
		}
	}
}

// TestProposerFinalizingItselfGetsBothShares: a proposer finalizing its own proposal is its keeper:
// the operator fee and the keeper pay land in its earnings in one write.
func TestProposerFinalizingItselfGetsBothShares(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	op := e.Addr(devchain.Operator)
	id := e.request2(devchain.User, p.addr, probeGas, nil)
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(3)))
	e.advance(testWindow * time.Second)
	before := e.earnings(op)
	ev, err := e.Oracle.ParseInferenceFinalized(e.send(devchain.Operator, e.Oracle.FinalizeTx(id)))
	kp := e.keeperPay(probeGas)
	if err != nil || ev.Keeper != op || ev.KeeperShare.Cmp(kp) != 0 {
		t.Fatalf("finalized %+v (%v)", ev, err)
	}
	want := new(big.Int).Add(e.params.Config.OperatorFee, kp)
	if got := new(big.Int).Sub(e.earnings(op), before); got.Cmp(want) != 0 || e.balance(op).Sign() != 0 {
		t.Fatalf("proposer earned %s (balance %s), want operator fee + keeper pay %s", got, e.balance(op), want)
	}
}

// TestKeeperPaidOnThirdPartyRefund: a refund by a stranger pays it the keeper pay; the requester
// gets the rest and its callback is told that amount. A requester refunding itself gets it all.
func TestKeeperPaidOnThirdPartyRefund(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	user, keeper := e.Addr(devchain.User), e.Addr(devchain.User2)
	idKeeper := e.request2(devchain.User, p.addr, probeGas, nil)
	idSelf := e.request2(devchain.User, p.addr, probeGas, nil)
	paid := e.readRequest(idKeeper).Paid
	kp := e.keeperPay(probeGas)
	e.advance(time.Duration(e.params.Config.RequestTimeout+1) * time.Second)

	ev, err := e.Oracle.ParseRequestRefunded(e.send(devchain.User2, e.Oracle.RefundTx(idKeeper)))
	rest := new(big.Int).Sub(paid, kp)
	if err != nil || ev.Requester != user || ev.Keeper != keeper || ev.Amount.Cmp(rest) != 0 || ev.KeeperShare.Cmp(kp) != 0 {
		t.Fatalf("refunded %+v (%v)", ev, err)
	}
	if e.balance(user).Cmp(rest) != 0 || e.balance(keeper).Cmp(kp) != 0 {
		t.Fatalf("requester %s keeper %s, want %s and %s", e.balance(user), e.balance(keeper), rest, kp)
	}
	if got := probeCall(p, p.abi.PackLastRefundAmount(), p.abi.UnpackLastRefundAmount); got.Cmp(rest) != 0 {
		t.Fatalf("onInferenceRefunded told %s, want %s", got, rest)
	}

	ev, err = e.Oracle.ParseRequestRefunded(e.send(devchain.User, e.Oracle.RefundTx(idSelf)))
	if err != nil || ev.Keeper != user || ev.Amount.Cmp(paid) != 0 || ev.KeeperShare.Sign() != 0 {
		t.Fatalf("self-refund %+v (%v)", ev, err)
	}
	if want := new(big.Int).Add(rest, paid); e.balance(user).Cmp(want) != 0 {
		t.Fatalf("requester %s after refunding itself, want %s", e.balance(user), want)
	}
	if got := probeCall(p, p.abi.PackLastRefundAmount(), p.abi.UnpackLastRefundAmount); got.Cmp(paid) != 0 {
		t.Fatalf("onInferenceRefunded told %s, want everything (%s)", got, paid)
	}
}

// TestBaseFeeAboveConfiguredPriceRaisesTheFee: with the callback gas priced by the base fee (here the
// configured floor is zero, so any base fee is above it), the fee in the request's block is higher
// than an eth_call estimate, which geth runs at base fee zero: paying the estimate is refused, a
// QuoteFee is accepted, and the request keeps exactly keeperFee + gas × 2 × its block's base fee,
// rounded up to gwei; the rest of the quote is credited to the requester.
func TestBaseFeeAboveConfiguredPriceRaisesTheFee(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	c := e.params.Config
	c.CallbackGasPrice = 0
	e.send(devchain.Deployer, e.configTx(c))
	r := contracts.NewRequest{ModelID: e.modelID, Input: []byte{1}, Callback: p.addr, CallbackGasLimit: probeGas}
	est := e.fee(e.modelID, probeGas)
	// eth_estimateGas runs at base fee zero too and lets it through; the block's base fee refuses it
	// (FeeTooLow, which the receipt does not carry).
	if rcpt, err := e.Sender(devchain.User).Send(e.ctx, e.Oracle.RequestTx(r, est)); err == nil || rcpt == nil || rcpt.Status != 0 {
		t.Fatalf("a request paying the base-fee-zero estimate went through (%v)", err)
	}

	quote, err := e.Oracle.QuoteFee(e.ctx, r)
	if err != nil || quote.Cmp(est) <= 0 {
		t.Fatalf("quote %v (%v), estimate %s", quote, err, est)
	}
	rcpt := e.send(devchain.User, e.Oracle.RequestTx(r, quote))
	head, err := e.Client.HeaderByNumber(e.ctx, rcpt.BlockNumber)
	if err != nil || head.BaseFee.Sign() <= 0 {
		t.Fatalf("block %v base fee (%v)", rcpt.BlockNumber, err)
	}
	req := e.readRequest(e.Oracle.ParseInferenceRequested(rcpt)[0].RequestID)
	price := new(big.Int).Mul(head.BaseFee, big.NewInt(contracts.CallbackBaseFeeMultiplier))
	wantKP := contracts.KeeperPay(c.KeeperFee, contracts.KeeperGas(probeGas, 0), price)
	wantFee := new(big.Int).Add(new(big.Int).Add(modelFee, c.OperatorFee), wantKP)
	if req.KeeperPay.Cmp(wantKP) != 0 || req.Paid.Cmp(wantFee) != 0 {
		t.Fatalf("stored keeper pay %s fee %s, want %s and %s (base fee %s)", req.KeeperPay, req.Paid, wantKP, wantFee, head.BaseFee)
	}
	if surplus := new(big.Int).Sub(quote, wantFee); e.balance(e.Addr(devchain.User)).Cmp(surplus) != 0 {
		t.Fatalf("surplus credited %s, want %s", e.balance(e.Addr(devchain.User)), surplus)
	}
	// Without a callback the fee still follows the base fee: the ending transaction's own gas.
	if q, err := e.Oracle.QuoteFee(e.ctx, contracts.NewRequest{ModelID: e.modelID, Input: []byte{1}}); err != nil || q.Cmp(e.fee(e.modelID, 0)) <= 0 {
		t.Fatalf("quote without a callback %v (%v), estimate %s", q, err, e.fee(e.modelID, 0))
	}
}

// TestOverpaymentIsCredited: a request (single or batch) may send more than its fee; the request
// holds exactly the fee and the surplus is the sender's balance, withdrawable at once.
func TestOverpaymentIsCredited(t *testing.T) {
	e := newEnv(t)
	user := e.Addr(devchain.User)
	surplus := big.NewInt(123_456_789)
	single := contracts.NewRequest{ModelID: e.modelID, Input: []byte{1}}
	batch := contracts.NewRequest{ModelID: e.modelID, Inputs: [][]byte{{1}, {2}}}
	held := e.ethBalance(e.Oracle.Address())
	var want, fees big.Int
	for _, r := range []contracts.NewRequest{single, batch} {
		fee, err := e.Oracle.QuoteFee(e.ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		rcpt := e.send(devchain.User, e.Oracle.RequestTx(r, new(big.Int).Add(fee, surplus)))
		ev := e.Oracle.ParseInferenceRequested(rcpt)[0]
		if ev.Fee.Cmp(fee) != 0 || e.readRequest(ev.RequestID).Paid.Cmp(fee) != 0 {
			t.Fatalf("request holds %s, fee %s", e.readRequest(ev.RequestID).Paid, fee)
		}
		want.Add(&want, surplus)
		fees.Add(&fees, fee)
	}
	if e.balance(user).Cmp(&want) != 0 {
		t.Fatalf("surplus credited %s, want %s", e.balance(user), &want)
	}
	if got := new(big.Int).Sub(e.ethBalance(e.Oracle.Address()), held); got.Cmp(new(big.Int).Add(&fees, &want)) != 0 {
		t.Fatalf("oracle took %s", got)
	}
	e.send(devchain.User, e.Oracle.WithdrawToTx(e.Addr(devchain.User2), &want))
	if e.balance(user).Sign() != 0 {
		t.Fatal("surplus not withdrawn")
	}
}

// TestOversizeOutputRefused: neither a proposal nor a proof may post more than MAX_OUTPUT_BYTES.
func TestOversizeOutputRefused(t *testing.T) {
	e := newEnv(t)
	big := make([]byte, contracts.MaxOutputBytes+1)
	id := e.simpleRequest(devchain.User)
	e.revert(devchain.Operator, e.Oracle.ProposeResultTx(id, big), "OutputTooLarge")

	s := e.spec()
	s.Mode, s.ChallengeWindow, s.ZkVerifier = contracts.ModeZK, 0, e.deployMockVerifier()
	s.ZkKeysHash, s.ZkKeysURI = testKeysHash, "file://keys.tar"
	zk := e.register(devchain.Creator, s)
	rcpt := e.send(devchain.User, e.Oracle.RequestTx(contracts.NewRequest{ModelID: zk, Input: []byte{1}}, e.fee(zk, 0)))
	ev := e.Oracle.ParseInferenceRequested(rcpt)[0]
	e.revert(devchain.Operator, e.Oracle.ProveResultTx(ev.RequestID, ev.Nonce.Uint64(), []byte{1}, big, []byte{1}), "OutputTooLarge")
	// One byte less is only refused by the (mock) verifier.
	e.revert(devchain.Operator, e.Oracle.ProveResultTx(ev.RequestID, ev.Nonce.Uint64(), []byte{1}, big[:contracts.MaxOutputBytes], []byte{1}), "ZkProofInvalid")
}
