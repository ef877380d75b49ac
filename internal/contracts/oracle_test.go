package contracts_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

func TestEstimateFee(t *testing.T) {
	e := newEnv(t)
	c := e.params.Config
	got := e.fee(e.modelID, 100_000)
	want := new(big.Int).Add(modelFee, c.OperatorFee)
	want.Add(want, new(big.Int).Add(c.KeeperFee, new(big.Int).SetUint64((contracts.KeeperTxGas+100_000)*c.CallbackGasPrice)))
	if got.Cmp(want) != 0 {
		t.Fatalf("fee %s, want %s", got, want)
	}
	batch, err := e.Oracle.CallEstimateBatchFee(e.ctx, e.modelID, 3, 100_000)
	if err != nil {
		t.Fatal(err)
	}
	wantBatch := new(big.Int).Mul(new(big.Int).Add(modelFee, c.OperatorFee), big.NewInt(3))
	wantBatch.Add(wantBatch, new(big.Int).Add(c.KeeperFee, new(big.Int).SetUint64((contracts.KeeperTxGas+100_000)*c.CallbackGasPrice)))
	if batch.Cmp(wantBatch) != 0 {
		t.Fatalf("batch fee %s, want %s", batch, wantBatch)
	}
	if _, err := e.Oracle.CallEstimateFee(e.ctx, 77, 0); !contracts.IsRevert(err, "ModelNotFound") {
		t.Fatalf("unknown model: %v", err)
	}
	if _, err := e.Oracle.CallEstimateBatchFee(e.ctx, e.modelID, 0, 0); !contracts.IsRevert(err, "BatchSizeOutOfRange") {
		t.Fatalf("zero batch: %v", err)
	}
}

func TestRequestInference(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	input := mnistLikeInput()
	cbData := []byte("dapp context")
	nr := contracts.NewRequest{ModelID: e.modelID, Input: input, Callback: p.addr, CallbackGasLimit: 50_000, CallbackData: cbData}
	fee, err := e.Oracle.CallEstimateRequestFee(e.ctx, nr)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := e.Now(e.ctx)
	rcpt := e.send(devchain.User, e.Oracle.RequestTx(nr, fee))
	evs := e.Oracle.ParseInferenceRequested(rcpt)
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	ev := evs[0]
	wantID, err := e.Oracle.CallComputeRequestID(e.ctx, 0, input)
	if err != nil {
		t.Fatal(err)
	}
	if ev.RequestID.Cmp(wantID) != 0 || ev.Nonce.Sign() != 0 || ev.ModelID != e.modelID || ev.Requester != e.Addr(devchain.User) ||
		ev.Callback != p.addr || ev.CallbackGasLimit != 50_000 || ev.BatchSize != 1 || ev.Fee.Cmp(fee) != 0 ||
		!bytes.Equal(ev.Input, input) || !bytes.Equal(ev.CallbackData, cbData) ||
		ev.Deadline < before+uint64(e.params.Config.RequestTimeout) {
		t.Fatalf("event %+v", ev)
	}
	r := e.readRequest(ev.RequestID)
	if r.Status != contracts.StatusPending || r.Requester != e.Addr(devchain.User) || r.Paid.Cmp(fee) != 0 ||
		r.ModelFee.Cmp(modelFee) != 0 || r.KeeperPay.Cmp(e.keeperPay(50_000, cbData)) != 0 || r.ChallengeWindow != testWindow || r.Mode != contracts.ModeOPML ||
		!bytes.Equal(r.CallbackData, cbData) || r.ProtocolFeeBps != e.params.Config.ProtocolFeeBps || r.Deadline != ev.Deadline {
		t.Fatalf("stored request %+v", r)
	}
	if e.ethBalance(e.Oracle.Address()).Cmp(new(big.Int).Add(fee, new(big.Int).Mul(bondFunds, big.NewInt(2)))) != 0 {
		t.Fatal("oracle does not hold the fee")
	}
}

func TestRequestIDsUniqueInOneBlock(t *testing.T) {
	e := newEnv(t)
	r := contracts.NewRequest{ModelID: e.modelID, Input: []byte{7, 7, 7}}
	fee := e.fee(e.modelID, 0)
	// Three identical requests, two from one account, all mined in one block.
	var txs []struct {
		who string
		tx  interface{ Hash() common.Hash }
	}
	_ = txs
	c := e.Oracle.RequestTx(r, fee)
	tx1, err := e.Sender(devchain.User).SendNoWait(e.ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	tx2, err := e.Sender(devchain.User).SendNoWait(e.ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	tx3, err := e.Sender(devchain.User2).SendNoWait(e.ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	e.Sim.Commit()
	seen := map[string]bool{}
	var block uint64
	for i, tx := range []struct {
		who string
		h   common.Hash
	}{{devchain.User, tx1.Hash()}, {devchain.User, tx2.Hash()}, {devchain.User2, tx3.Hash()}} {
		rcpt, err := e.Client.TransactionReceipt(e.ctx, tx.h)
		if err != nil || rcpt.Status != 1 {
			t.Fatalf("tx %d: %v", i, err)
		}
		if i == 0 {
			block = rcpt.BlockNumber.Uint64()
		} else if rcpt.BlockNumber.Uint64() != block {
			t.Fatalf("tx %d in block %d, want %d", i, rcpt.BlockNumber, block)
		}
		id := e.Oracle.ParseInferenceRequested(rcpt)[0].RequestID.String()
		if seen[id] {
			t.Fatalf("duplicate request id %s", id)
		}
		seen[id] = true
	}
}

func TestRequestReverts(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	fee := e.fee(e.modelID, 0)
	req := func(edit func(*contracts.NewRequest)) contracts.NewRequest {
		r := contracts.NewRequest{ModelID: e.modelID, Input: []byte{1, 2, 3}}
		edit(&r)
		return r
	}
	e.revert(devchain.User, e.Oracle.RequestTx(req(func(r *contracts.NewRequest) { r.Input = []byte{} }), fee), "EmptyInput")
	e.revert(devchain.User, e.Oracle.RequestTx(req(func(r *contracts.NewRequest) { r.ModelID = 99 }), fee), "ModelNotFound")
	e.revert(devchain.User, e.Oracle.RequestTx(req(func(r *contracts.NewRequest) { r.ModelID = 1 << 33 }), fee), "ModelIdOutOfRange")
	e.revert(devchain.User, e.Oracle.RequestTx(req(func(r *contracts.NewRequest) {
		r.Callback, r.CallbackGasLimit = p.addr, 5_000_001
	}), fee), "CallbackGasLimitTooHigh")
	e.revert(devchain.User, e.Oracle.RequestTx(req(func(r *contracts.NewRequest) { r.CallbackGasLimit = 1000 }), fee), "CallbackGasWithoutCallback")
	e.revert(devchain.User, e.Oracle.RequestTx(req(func(r *contracts.NewRequest) { r.Callback = p.addr }), fee), "ZeroCallbackGasLimit")
	e.revert(devchain.User, e.Oracle.RequestTx(req(func(*contracts.NewRequest) {}), new(big.Int).Sub(fee, big.NewInt(1))), "FeeTooLow")

	e.revert(devchain.User, e.Oracle.RequestTx(req(func(r *contracts.NewRequest) { r.Input, r.Inputs = nil, [][]byte{} }), fee), "BatchSizeOutOfRange")
	tooMany := make([][]byte, 257)
	for i := range tooMany {
		tooMany[i] = []byte{1}
	}
	e.revert(devchain.User, e.Oracle.RequestTx(req(func(r *contracts.NewRequest) { r.Input, r.Inputs = nil, tooMany }), fee), "BatchSizeOutOfRange")
	e.revert(devchain.User, e.Oracle.RequestTx(req(func(r *contracts.NewRequest) { r.Input, r.Inputs = nil, [][]byte{{1}, {}} }), fee), "EmptyInput")
}

func TestBatchRequestLifecycle(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	inputs := [][]byte{mnistLikeInput(), {1, 2, 3}, {4}}
	id := e.request(devchain.User, contracts.NewRequest{ModelID: e.modelID, Inputs: inputs, Callback: p.addr, CallbackGasLimit: probeGas})
	r := e.readRequest(id)
	bytesArr, _ := abi.NewType("bytes[]", "", nil)
	packed, err := abi.Arguments{{Type: bytesArr}}.Pack(inputs)
	if err != nil {
		t.Fatal(err)
	}
	wantID, err := e.Oracle.CallComputeRequestID(e.ctx, 0, packed)
	if err != nil {
		t.Fatal(err)
	}
	if r.BatchSize != 3 || id.Cmp(wantID) != 0 || r.ModelFee.Cmp(new(big.Int).Mul(modelFee, big.NewInt(3))) != 0 {
		t.Fatalf("batch request %+v", r)
	}
	outputs, _ := abi.Arguments{{Type: bytesArr}}.Pack([][]byte{logits(1), logits(2), logits(3)})
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, outputs))
	e.advance(testWindow * time.Second)
	fin := e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
	ev, err := e.Oracle.ParseInferenceFinalized(fin)
	if err != nil || !ev.CallbackSucceeded {
		t.Fatalf("finalize %+v (%v)", ev, err)
	}
	got := probeCall(p, p.abi.PackLastOutput(), p.abi.UnpackLastOutput)
	if !bytes.Equal(got, outputs) {
		t.Fatal("callback did not get the batch outputs")
	}
	// The model earns its fee per input.
	want := new(big.Int).Mul(modelFee, big.NewInt(3))
	want.Sub(want, new(big.Int).Div(new(big.Int).Mul(want, big.NewInt(int64(e.params.Config.ProtocolFeeBps))), big.NewInt(10_000)))
	if ev.ModelShare.Cmp(want) != 0 {
		t.Fatalf("model share %s, want %s", ev.ModelShare, want)
	}
}

func TestProposeAndFinalize(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	cbData := []byte{0xca, 0xfe}
	id := e.request2(devchain.User, p.addr, probeGas, cbData)
	out := logits(7)

	e.revert(devchain.Operator, e.Oracle.ProposeResultTx(id, nil), "EmptyOutput")
	e.revert(devchain.Operator, e.Oracle.ProposeResultTx(id, make([]byte, contracts.MaxOutputBytes+1)), "OutputTooLarge")
	e.revert(devchain.Operator, e.Oracle.ProposeResultTx(big.NewInt(999), out), "WrongStatus")
	e.revert(devchain.User, e.Oracle.ProposeResultTx(id, out), "InsufficientFreeBond")
	e.revert(devchain.Operator, e.Oracle.FinalizeTx(id), "WrongStatus")
	if _, err := e.Oracle.CallResult(e.ctx, id); !contracts.IsRevert(err, "NotFinalized") {
		t.Fatalf("getResult before final: %v", err)
	}

	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, out))
	bond, _ := e.Oracle.CallProposalBond(e.ctx)
	if b := e.bond(e.Addr(devchain.Operator)); b.Locked.Cmp(bond) != 0 {
		t.Fatalf("locked %s, want %s", b.Locked, bond)
	}
	if e.readRequest(id).Status != contracts.StatusProposed {
		t.Fatal("status not proposed")
	}
	prop, _ := e.Oracle.CallProposal(e.ctx, id)
	if prop.Proposer != e.Addr(devchain.Operator) || !bytes.Equal(prop.Output, out) || prop.Nonce != 1 {
		t.Fatalf("proposal %+v", prop)
	}
	e.revert(devchain.Operator2, e.Oracle.ProposeResultTx(id, out), "WrongStatus")
	e.revert(devchain.Operator2, e.Oracle.ProposeErrorTx(id, 1), "WrongStatus")
	e.revert(devchain.User, e.Oracle.FinalizeTx(id), "ChallengeWindowOpen")
	e.advance((testWindow - 30) * time.Second)
	e.revert(devchain.User, e.Oracle.FinalizeTx(id), "ChallengeWindowOpen")
	e.advance(30 * time.Second)

	opBefore := e.earnings(e.Addr(devchain.Operator))
	// Anyone may finalize; the fees still go to the proposer, the keeper pay to the finalizer.
	fin := e.send(devchain.User2, e.Oracle.FinalizeTx(id))
	ev, err := e.Oracle.ParseInferenceFinalized(fin)
	if err != nil || !ev.CallbackSucceeded || ev.IsError || ev.Proposer != e.Addr(devchain.Operator) || ev.Keeper != e.Addr(devchain.User2) {
		t.Fatalf("finalized %+v (%v)", ev, err)
	}
	c := e.params.Config
	protocol := new(big.Int).Div(new(big.Int).Mul(modelFee, big.NewInt(int64(c.ProtocolFeeBps))), big.NewInt(10_000))
	operatorShare := c.OperatorFee
	if ev.ProtocolShare.Cmp(protocol) != 0 || ev.ModelShare.Cmp(new(big.Int).Sub(modelFee, protocol)) != 0 || ev.OperatorShare.Cmp(operatorShare) != 0 ||
		ev.KeeperShare.Cmp(e.keeperPay(probeGas, cbData)) != 0 || e.balance(e.Addr(devchain.User2)).Cmp(ev.KeeperShare) != 0 {
		t.Fatalf("split %+v", ev)
	}
	if got := new(big.Int).Sub(e.earnings(e.Addr(devchain.Operator)), opBefore); got.Cmp(operatorShare) != 0 {
		t.Fatalf("operator credited %s", got)
	}
	if e.balance(e.Addr(devchain.Creator)).Cmp(ev.ModelShare) != 0 || e.protocolFees().Cmp(protocol) != 0 {
		t.Fatal("receiver or treasury not credited")
	}
	if r := e.readRequest(id); r.Paid.Sign() != 0 || r.ModelFee.Sign() != 0 || r.KeeperPay.Sign() != 0 {
		t.Fatalf("fee still held after finalize: %+v", r)
	}
	// The treasury's fees are withdrawable by anyone, to the treasury.
	trBefore := e.ethBalance(e.Addr(devchain.Treasury))
	e.send(devchain.User2, e.Oracle.WithdrawProtocolFeesTx())
	if new(big.Int).Sub(e.ethBalance(e.Addr(devchain.Treasury)), trBefore).Cmp(protocol) != 0 {
		t.Fatal("protocol fees not paid to the treasury")
	}
	e.revert(devchain.User2, e.Oracle.WithdrawProtocolFeesTx(), "NothingToWithdraw")
	// The operator withdraws its earnings.
	opEth := e.ethBalance(e.Addr(devchain.Operator))
	wr := e.send(devchain.Operator, e.Oracle.WithdrawTx())
	gasCost := new(big.Int).Mul(new(big.Int).SetUint64(wr.GasUsed), wr.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(e.ethBalance(e.Addr(devchain.Operator)), gasCost), opEth); got.Cmp(operatorShare) != 0 || e.earnings(e.Addr(devchain.Operator)).Sign() != 0 {
		t.Fatalf("operator withdrew %s, want %s", got, operatorShare)
	}
	if b := e.bond(e.Addr(devchain.Operator)); b.Locked.Sign() != 0 {
		t.Fatal("bond still locked")
	}
	if p.calls() != 1 || !bytes.Equal(probeCall(p, p.abi.PackLastOutput(), p.abi.UnpackLastOutput), out) ||
		!bytes.Equal(probeCall(p, p.abi.PackLastCallbackData(), p.abi.UnpackLastCallbackData), cbData) ||
		probeCall(p, p.abi.PackLastRequestId(), p.abi.UnpackLastRequestId).Cmp(id) != 0 {
		t.Fatal("callback did not get id, output and callback data")
	}
	fz, _ := e.Oracle.CallIsFinalized(e.ctx, id)
	res, err := e.Oracle.CallResult(e.ctx, id)
	if !fz || err != nil || !bytes.Equal(res, out) {
		t.Fatalf("pull getters: finalized=%v result=%x err=%v", fz, res, err)
	}
	e.revert(devchain.User, e.Oracle.FinalizeTx(id), "WrongStatus")
	e.revert(devchain.User, e.Oracle.RefundTx(id), "WrongStatus")
}

func TestProposeAfterDeadlineAndRefund(t *testing.T) {
	e := newEnv(t)
	id := e.simpleRequest(devchain.User)
	e.revert(devchain.User2, e.Oracle.RefundTx(id), "DeadlineNotReached")
	e.advance(time.Duration(e.params.Config.RequestTimeout+1) * time.Second)
	e.revert(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(1)), "DeadlinePassed")
	e.revert(devchain.Operator, e.Oracle.ProposeErrorTx(id, 1), "DeadlinePassed")
	r := e.readRequest(id)
	paid := new(big.Int).Sub(r.Paid, r.KeeperPay)
	// Anyone can trigger the refund; it goes to the requester, less the keeper pay of the refunder.
	e.send(devchain.User2, e.Oracle.RefundTx(id))
	if e.balance(e.Addr(devchain.User)).Cmp(paid) != 0 || e.readRequest(id).Status != contracts.StatusRefunded ||
		e.balance(e.Addr(devchain.User2)).Cmp(r.KeeperPay) != 0 {
		t.Fatal("requester or keeper not credited")
	}
	e.revert(devchain.User2, e.Oracle.RefundTx(id), "WrongStatus")
	e.revert(devchain.User2, e.Oracle.RefundTx(big.NewInt(12345)), "WrongStatus")

	before := e.ethBalance(e.Addr(devchain.User))
	rcpt := e.send(devchain.User, e.Oracle.WithdrawTx())
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	after := e.ethBalance(e.Addr(devchain.User))
	if new(big.Int).Sub(new(big.Int).Add(after, gas), before).Cmp(paid) != 0 {
		t.Fatal("withdraw did not pay out the refund")
	}
	e.revert(devchain.User, e.Oracle.WithdrawTx(), "NothingToWithdraw")
}

func TestErrorPath(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	id := e.request2(devchain.User, p.addr, probeGas, []byte("ctx"))
	e.revert(devchain.Operator, e.Oracle.ProposeErrorTx(id, 0), "InvalidErrorCode")
	e.revert(devchain.Operator, e.Oracle.ProposeErrorTx(id, 3), "InvalidErrorCode")
	e.revert(devchain.User, e.Oracle.ProposeErrorTx(id, 1), "InsufficientFreeBond")
	e.send(devchain.Operator, e.Oracle.ProposeErrorTx(id, contracts.ErrorInvalidInput))
	e.revert(devchain.Operator, e.Oracle.FinalizeTx(id), "ChallengeWindowOpen")
	e.advance(testWindow * time.Second)
	fin := e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
	ev, err := e.Oracle.ParseInferenceFinalized(fin)
	if err != nil || !ev.IsError || !ev.CallbackSucceeded || ev.ModelShare.Sign() != 0 || ev.ProtocolShare.Sign() != 0 {
		t.Fatalf("error finalize %+v (%v)", ev, err)
	}
	// The model did not run: the requester gets the model fee back, the operator its fee.
	if e.balance(e.Addr(devchain.User)).Cmp(modelFee) != 0 {
		t.Fatalf("requester refund %s, want %s", e.balance(e.Addr(devchain.User)), modelFee)
	}
	if code := probeCall(p, p.abi.PackLastErrorCode(), p.abi.UnpackLastErrorCode); code != contracts.ErrorInvalidInput || p.calls() != 1 {
		t.Fatalf("onInferenceError code %d calls %d", code, p.calls())
	}
	if _, err := e.Oracle.CallResult(e.ctx, id); !contracts.IsRevert(err, "ResultIsError") {
		t.Fatalf("getResult of an error: %v", err)
	}
	if fz, _ := e.Oracle.CallIsFinalized(e.ctx, id); !fz {
		t.Fatal("error result not finalized")
	}
}

func TestZkOnlyModelRefusesOptimisticProposals(t *testing.T) {
	e := newEnv(t)
	s := e.spec()
	s.Mode, s.ChallengeWindow, s.ZkVerifier = contracts.ModeZK, 0, e.deployMockVerifier()
	s.ZkKeysHash, s.ZkKeysURI = testKeysHash, "file://keys.tar"
	zk := e.register(devchain.Creator, s)
	id := e.request(devchain.User, contracts.NewRequest{ModelID: zk, Input: []byte{1}})
	e.revert(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(1)), "ZkProofRequired")
	e.revert(devchain.Operator, e.Oracle.ProposeErrorTx(id, 1), "ZkProofRequired")
}

func TestPullOnlyRequest(t *testing.T) {
	e := newEnv(t)
	id := e.simpleRequest(devchain.User)
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(4)))
	e.advance(testWindow * time.Second)
	fin := e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
	if e.Oracle.HasEvent(fin, "CallbackFailed") {
		t.Fatal("no callback was requested, none may fail")
	}
	res, err := e.Oracle.CallResult(e.ctx, id)
	if err != nil || !bytes.Equal(res, logits(4)) {
		t.Fatalf("result %x (%v)", res, err)
	}
}

func TestWithdrawFor(t *testing.T) {
	e := newEnv(t)
	id := e.simpleRequest(devchain.User)
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(4)))
	e.advance(testWindow * time.Second)
	e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
	creator := e.Addr(devchain.Creator)
	owed := e.balance(creator)
	before := e.ethBalance(creator)
	e.send(devchain.User2, e.Oracle.WithdrawForTx(creator))
	if new(big.Int).Sub(e.ethBalance(creator), before).Cmp(owed) != 0 || e.balance(creator).Sign() != 0 {
		t.Fatal("withdrawFor did not pay the account")
	}
	e.revert(devchain.User2, e.Oracle.WithdrawForTx(creator), "NothingToWithdraw")
}
