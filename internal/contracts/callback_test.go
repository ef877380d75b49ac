package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// readyRequest makes a request to callback p with gas, proposes a result and passes the window.
func (e *env) readyRequest(p *probe, gas uint32) *big.Int {
	e.t.Helper()
	id := e.request2(devchain.User, p.addr, gas, nil)
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(3)))
	e.advance(testWindow * time.Second)
	return id
}

// finalizeExpect finalizes id and checks the finalization happened with the given callback
// outcome and that the fees were split all the same.
func (e *env) finalizeExpect(id *big.Int, callbackOK bool) *types.Receipt {
	e.t.Helper()
	before := e.earnings(e.Addr(devchain.Operator))
	rcpt := e.send(devchain.Operator2, e.Oracle.FinalizeTx(id))
	ev, err := e.Oracle.ParseInferenceFinalized(rcpt)
	if err != nil {
		e.t.Fatal(err)
	}
	if ev.CallbackSucceeded != callbackOK || e.Oracle.HasEvent(rcpt, "CallbackFailed") == callbackOK {
		e.t.Fatalf("callback succeeded=%v, want %v", ev.CallbackSucceeded, callbackOK)
	}
	if fz, _ := e.Oracle.CallIsFinalized(e.ctx, id); !fz {
		e.t.Fatal("not finalized")
	}
	if new(big.Int).Sub(e.earnings(e.Addr(devchain.Operator)), before).Cmp(ev.OperatorShare) != 0 || ev.OperatorShare.Sign() == 0 {
		e.t.Fatal("operator not paid")
	}
	return rcpt
}

func TestCallbackGetsExactGas(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	const limit = 300_000
	id := e.readyRequest(p, limit)
	e.finalizeExpect(id, true)
	got := probeCall(p, p.abi.PackGasAtEntry(), p.abi.UnpackGasAtEntry).Uint64()
	// gasleft() at the probe's first statement: the limit minus dispatch and calldata decoding.
	if got > limit || got < limit-2_000 {
		t.Fatalf("callback saw %d gas at entry, want just under %d", got, limit)
	}
}

func TestFinalizerCannotStarveCallback(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	id := e.readyRequest(p, 1_000_000)
	// Enough for finalize's own work but not for the callback's million: must revert, not
	// finalize with a failed callback.
	c := e.Oracle.FinalizeTx(id)
	c.GasLimit = 600_000
	rcpt, err := e.Sender(devchain.Operator2).Send(e.ctx, c)
	if err == nil || rcpt == nil || rcpt.Status != 0 {
		t.Fatalf("starved finalize: rcpt=%v err=%v", rcpt, err)
	}
	if !contracts.IsRevert(err, "InsufficientGasForCallback") {
		t.Fatalf("starved finalize reverted with %v", err)
	}
	if fz, _ := e.Oracle.CallIsFinalized(e.ctx, id); fz {
		t.Fatal("finalized despite revert")
	}
	e.finalizeExpect(id, true)
}

func TestCallbackThatReverts(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	p.setMode(modeRevert, nil)
	e.finalizeExpect(e.readyRequest(p, 100_000), false)
}

func TestCallbackThatBurnsAllGas(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	p.setMode(modeBurnGas, nil)
	const limit = 2_000_000
	rcpt := e.finalizeExpect(e.readyRequest(p, limit), false)
	// The burn is capped at the paid limit; finalize's own work stays small.
	if rcpt.GasUsed > limit+150_000 {
		t.Fatalf("finalize used %d gas with a %d callback", rcpt.GasUsed, limit)
	}
}

func TestCallbackReturnBombIsNotCopied(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	p.setMode(modeReturnBomb, nil)
	rcpt := e.finalizeExpect(e.readyRequest(p, 200_000), true)
	if rcpt.GasUsed > 400_000 {
		t.Fatalf("finalize used %d gas: return data copied?", rcpt.GasUsed)
	}
}

func TestCallbackToAccountWithoutCode(t *testing.T) {
	e := newEnv(t)
	id := e.request2(devchain.User, e.Addr(devchain.User2), 50_000, nil)
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(3)))
	e.advance(testWindow * time.Second)
	rcpt := e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
	ev, _ := e.Oracle.ParseInferenceFinalized(rcpt)
	if ev.CallbackSucceeded || !e.Oracle.HasEvent(rcpt, "CallbackFailed") {
		t.Fatal("a callback to an account without code must be reported failed")
	}
}

func TestCallbackReentersFinalize(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	other := e.readyRequest(p, probeGas)
	id := e.readyRequest(p, probeGas)
	p.setMode(modeReenterFinalize, other)
	e.finalizeExpect(id, true)
	if probeCall(p, p.abi.PackReentrySucceeded(), p.abi.UnpackReentrySucceeded) {
		t.Fatal("re-entrant finalize succeeded")
	}
	if fz, _ := e.Oracle.CallIsFinalized(e.ctx, other); fz {
		t.Fatal("other request finalized from inside a callback")
	}
	p.setMode(modeRecord, nil)
	e.finalizeExpect(other, true)
}

func TestCallbackReentersWithdraw(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	// Give the probe a balance to try to withdraw: a refund credited to it as requester.
	pid := e.probeRequest(p)
	e.advance(time.Duration(e.params.Config.RequestTimeout+1) * time.Second)
	e.send(devchain.User, e.Oracle.RefundTx(pid))
	owed := e.balance(p.addr)
	if owed.Sign() == 0 {
		t.Fatal("probe has no balance")
	}
	p.setMode(modeReenterWithdraw, nil)
	e.finalizeExpect(e.readyRequest(p, probeGas), true)
	if probeCall(p, p.abi.PackReentrySucceeded(), p.abi.UnpackReentrySucceeded) || e.balance(p.addr).Cmp(owed) != 0 {
		t.Fatal("re-entrant withdraw succeeded")
	}
}

func TestCallbackChainsANewRequest(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	id := e.readyRequest(p, probeGas)
	fee := e.fee(e.modelID, 0)
	to := p.addr
	e.send(devchain.User, chain.TxCandidate{To: &to, Value: fee})
	p.setMode(modeReenterRequest, new(big.Int).SetUint64(e.modelID))
	rcpt := e.finalizeExpect(id, true)
	if !probeCall(p, p.abi.PackReentrySucceeded(), p.abi.UnpackReentrySucceeded) {
		t.Fatal("a request from inside a callback must be allowed")
	}
	if evs := e.Oracle.ParseInferenceRequested(rcpt); len(evs) != 1 || evs[0].Requester != p.addr {
		t.Fatalf("chained request events: %+v", evs)
	}
}

// probeRequest makes the probe itself a requester (so refunds are credited to it).
func (e *env) probeRequest(p *probe) *big.Int {
	e.t.Helper()
	fee := e.fee(e.modelID, 0)
	to := p.addr
	e.send(devchain.User, chain.TxCandidate{To: &to, Value: fee})
	p.setMode(modeReenterRequest, new(big.Int).SetUint64(e.modelID))
	// Trigger the probe's request path through a callback of a throwaway request.
	id := e.readyRequest(p, probeGas)
	rcpt := e.finalizeExpect(id, true)
	evs := e.Oracle.ParseInferenceRequested(rcpt)
	if len(evs) != 1 {
		e.t.Fatal("probe did not request")
	}
	p.setMode(modeRecord, nil)
	return evs[0].RequestID
}
