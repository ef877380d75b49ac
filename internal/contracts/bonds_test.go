package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

func TestOperatorBonds(t *testing.T) {
	e := newEnv(t)
	op := e.Addr(devchain.Operator)
	e.revert(devchain.Operator, e.Oracle.DepositBondTx(new(big.Int)), "ZeroAmount")
	e.send(devchain.Operator, e.Oracle.DepositBondTx(ether))
	want := new(big.Int).Add(bondFunds, ether)
	if b := e.bond(op); b.Bonded.Cmp(want) != 0 {
		t.Fatalf("bonded %s, want %s", b.Bonded, want)
	}

	// Lock one proposal bond, then try to withdraw everything.
	id := e.simpleRequest(devchain.User)
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(1)))
	bond, _ := e.Oracle.CallProposalBond(e.ctx)
	e.revert(devchain.Operator, e.Oracle.RequestBondWithdrawalTx(want), "InsufficientFreeBond")
	e.revert(devchain.Operator, e.Oracle.RequestBondWithdrawalTx(new(big.Int)), "ZeroAmount")
	e.revert(devchain.Operator, e.Oracle.WithdrawBondTx(), "NoPendingWithdrawal")
	free := new(big.Int).Sub(want, bond)
	e.send(devchain.Operator, e.Oracle.RequestBondWithdrawalTx(free))
	b := e.bond(op)
	if b.Bonded.Cmp(bond) != 0 || b.Locked.Cmp(bond) != 0 || b.Pending.Cmp(free) != 0 {
		t.Fatalf("after withdrawal request: %+v", b)
	}
	// Nothing free is left to back a second proposal.
	id2 := e.simpleRequest(devchain.User)
	e.revert(devchain.Operator, e.Oracle.ProposeResultTx(id2, logits(1)), "InsufficientFreeBond")

	e.revert(devchain.Operator, e.Oracle.WithdrawBondTx(), "WithdrawalNotReady")
	e.advance(time.Duration(e.params.WithdrawalDelay-10) * time.Second)
	e.revert(devchain.Operator, e.Oracle.WithdrawBondTx(), "WithdrawalNotReady")
	e.advance(10 * time.Second)
	before := e.ethBalance(op)
	rcpt := e.send(devchain.Operator, e.Oracle.WithdrawBondTx())
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(e.ethBalance(op), gas), before); got.Cmp(free) != 0 {
		t.Fatalf("withdrew %s, want %s", got, free)
	}
	if b := e.bond(op); b.Pending.Sign() != 0 {
		t.Fatal("pending not cleared")
	}
	e.revert(devchain.Operator, e.Oracle.WithdrawBondTx(), "NoPendingWithdrawal")
	// The locked bond is released by finalization.
	e.send(devchain.Operator, e.Oracle.FinalizeTx(id))
	if b := e.bond(op); b.Locked.Sign() != 0 || b.Bonded.Cmp(bond) != 0 {
		t.Fatalf("after finalize: %+v", b)
	}
}

func TestSlash(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	id := e.request2(devchain.User, p.addr, probeGas, nil)
	challenger := e.Addr(devchain.Challenger)
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(9)))

	// No dispute game is set: nobody can slash.
	e.revert(devchain.Deployer, e.Oracle.SlashTx(id, 1), "NotDisputeGame")
	e.revert(devchain.User, e.Oracle.SetDisputeGameTx(challenger), "OwnableUnauthorizedAccount")
	e.revert(devchain.Deployer, e.Oracle.SetDisputeGameTx(common.Address{}), "ZeroAddress")
	// The challenger account stands in for the dispute game contract.
	e.send(devchain.Deployer, e.Oracle.SetDisputeGameTx(challenger))
	e.revert(devchain.User, e.Oracle.SlashTx(id, 1), "NotDisputeGame")

	// A nonce that is not the open proposal's, or a request without one, changes nothing.
	bond, _ := e.Oracle.CallProposalBond(e.ctx)
	opBefore := e.bond(e.Addr(devchain.Operator))
	pending := e.simpleRequest(devchain.User)
	e.send(devchain.Challenger, e.Oracle.SlashTx(pending, 0))
	e.send(devchain.Challenger, e.Oracle.SlashTx(id, 2))
	if b := e.bond(e.Addr(devchain.Operator)); b.Bonded.Cmp(opBefore.Bonded) != 0 || e.readRequest(id).Status != contracts.StatusProposed {
		t.Fatal("a stale slash changed something")
	}

	// Slash after the window has passed but before finalization: still slashable. Half the bond
	// goes to the treasury, half is sent to the dispute game for the challengers.
	e.advance(testWindow * time.Second)
	feesBefore := e.protocolFees()
	ethBefore := e.ethBalance(challenger)
	now, _ := e.Now(e.ctx)
	rcpt := e.send(devchain.Challenger, e.Oracle.SlashTx(id, 1))
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	half := new(big.Int).Div(bond, big.NewInt(2))
	opAfter := e.bond(e.Addr(devchain.Operator))
	if new(big.Int).Sub(opBefore.Bonded, opAfter.Bonded).Cmp(bond) != 0 || opAfter.Locked.Sign() != 0 {
		t.Fatalf("operator bond %+v -> %+v", opBefore, opAfter)
	}
	if got := new(big.Int).Sub(new(big.Int).Add(e.ethBalance(challenger), gas), ethBefore); got.Cmp(half) != 0 {
		t.Fatalf("dispute game received %s, want half the bond %s", got, half)
	}
	if got := new(big.Int).Sub(e.protocolFees(), feesBefore); got.Cmp(new(big.Int).Sub(bond, half)) != 0 {
		t.Fatalf("treasury got %s of the slashed bond", got)
	}
	r := e.readRequest(id)
	if r.Status != contracts.StatusPending || r.Deadline < now+uint64(e.params.Config.RequestTimeout) {
		t.Fatalf("request after slash: %+v", r)
	}
	if prop, _ := e.Oracle.CallProposal(e.ctx, id); prop.Proposer != (common.Address{}) || prop.Nonce != 1 {
		t.Fatalf("proposal after the slash: %+v (cleared, nonce kept)", prop)
	}
	e.revert(devchain.User, e.Oracle.FinalizeTx(id), "WrongStatus")
	// The slashed proposal's nonce stays stale for good.
	e.send(devchain.Operator2, e.Oracle.ProposeResultTx(id, logits(4)))
	e.send(devchain.Challenger, e.Oracle.SlashTx(id, 1))
	if e.readRequest(id).Status != contracts.StatusProposed {
		t.Fatal("an old nonce slashed the new proposal")
	}

	// The correct result can still be proposed and delivered.
	e.advance(testWindow * time.Second)
	e.finalizeExpectFrom(id, devchain.Operator2)
	if out := probeCall(p, p.abi.PackLastOutput(), p.abi.UnpackLastOutput); string(out) != string(logits(4)) {
		t.Fatal("callback did not get the corrected result")
	}
}

// TestSlashesAreBounded: a request takes at most MAX_PROPOSALS proposals. A liar re-proposing
// after each slash (with its own sock challenging it) cannot keep a request open: after the last
// slash the request is refundable at once, the requester is credited the fee less the keeper pay
// of whoever refunds (here a third party, credited that pay) and its callback gets
// onInferenceRefunded — exactly one callback.
func TestSlashesAreBounded(t *testing.T) {
	e := newEnv(t)
	p := e.deployProbe()
	fee, _ := e.Oracle.CallEstimateFee(e.ctx, e.modelID, probeGas)
	id := e.request2(devchain.User, p.addr, probeGas, nil)
	e.send(devchain.Deployer, e.Oracle.SetDisputeGameTx(e.Addr(devchain.Challenger)))
	var last contracts.ProposalSlashed
	for n := uint32(1); n <= contracts.MaxProposals; n++ {
		e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, logits(1)))
		rcpt := e.send(devchain.Challenger, e.Oracle.SlashTx(id, n))
		for _, l := range rcpt.Logs {
			if ev, ok := e.Oracle.ParseProposalSlashed(l); ok {
				last = ev
			}
		}
		if last.Nonce != n || last.Reopened != (n < contracts.MaxProposals) {
			t.Fatalf("slash %d: %+v", n, last)
		}
	}
	e.revert(devchain.Operator2, e.Oracle.ProposeResultTx(id, logits(1)), "ProposalsExhausted")
	before, keeperBefore := e.balance(e.Addr(devchain.User)), e.balance(e.Addr(devchain.User2))
	rcpt := e.send(devchain.User2, e.Oracle.RefundTx(id))
	if !e.Oracle.HasEvent(rcpt, "RequestRefunded") || e.Oracle.HasEvent(rcpt, "CallbackFailed") {
		t.Fatal("refund without its event, or its callback failed")
	}
	kp := e.keeperPay(probeGas)
	if got := new(big.Int).Sub(e.balance(e.Addr(devchain.User)), before); got.Cmp(new(big.Int).Sub(fee, kp)) != 0 {
		t.Fatalf("requester credited %s, paid %s less keeper pay %s", got, fee, kp)
	}
	if got := new(big.Int).Sub(e.balance(e.Addr(devchain.User2)), keeperBefore); got.Cmp(kp) != 0 {
		t.Fatalf("keeper credited %s, want %s", got, kp)
	}
	if n := probeCall(p, p.abi.PackRefunds(), p.abi.UnpackRefunds); n.Uint64() != 1 {
		t.Fatalf("%d refund callbacks", n)
	}
	if n := probeCall(p, p.abi.PackCalls(), p.abi.UnpackCalls); n.Uint64() != 1 {
		t.Fatalf("%d callbacks in all, want the refund's only", n)
	}
	e.revert(devchain.User, e.Oracle.RefundTx(id), "WrongStatus")
}

func (e *env) finalizeExpectFrom(id *big.Int, proposer string) {
	e.t.Helper()
	rcpt := e.send(devchain.User, e.Oracle.FinalizeTx(id))
	ev, err := e.Oracle.ParseInferenceFinalized(rcpt)
	if err != nil || ev.Proposer != e.Addr(proposer) || !ev.CallbackSucceeded {
		e.t.Fatalf("finalized %+v (%v)", ev, err)
	}
}

func TestOwnerFunctions(t *testing.T) {
	e := newEnv(t)
	old := e.simpleRequest(devchain.User)
	oldPaid := e.readRequest(old).Paid

	c := e.params.Config
	c.OperatorFee = big.NewInt(5e15)
	c.KeeperFee = big.NewInt(3e14)
	c.ProtocolFeeBps = 1000
	c.RequestTimeout = 100
	e.revert(devchain.User, e.configTx(c), "OwnableUnauthorizedAccount")
	bad := c
	bad.ProtocolFeeBps = 5001
	e.revert(devchain.Deployer, e.configTx(bad), "ProtocolFeeTooHigh")
	bad = c
	bad.RequestTimeout = 0
	e.revert(devchain.Deployer, e.configTx(bad), "ZeroTimeout")
	e.send(devchain.Deployer, e.configTx(c))
	got, err := e.Oracle.CallConfig(e.ctx)
	if err != nil || got.OperatorFee.Cmp(c.OperatorFee) != 0 || got.KeeperFee.Cmp(c.KeeperFee) != 0 || got.ProtocolFeeBps != 1000 ||
		got.RequestTimeout != 100 || got.Nonce != 1 || got.CallbackGasPrice != c.CallbackGasPrice {
		t.Fatalf("config %+v (%v)", got, err)
	}
	// Open requests keep the terms they paid for.
	if r := e.readRequest(old); r.Paid.Cmp(oldPaid) != 0 || r.ProtocolFeeBps != e.params.Config.ProtocolFeeBps {
		t.Fatalf("old request changed: %+v", r)
	}
	if f := e.fee(e.modelID, 0); f.Cmp(new(big.Int).Add(new(big.Int).Add(modelFee, c.OperatorFee), e.keeperPayAt(c, 0))) != 0 {
		t.Fatalf("new fee %s", f)
	}
	// A config that does not fit the contract's one slot is refused before it is sent.
	for _, bad := range []contracts.Config{
		{OperatorFee: new(big.Int).Lsh(big.NewInt(1), 64), RequestTimeout: 1},
		{OperatorFee: new(big.Int), KeeperFee: big.NewInt(-1), RequestTimeout: 1},
		{OperatorFee: new(big.Int), CallbackGasPrice: 1 << 40, RequestTimeout: 1},
	} {
		if _, err := e.Oracle.SetConfigTx(bad); err == nil {
			t.Fatalf("config %+v accepted", bad)
		}
	}

	e.revert(devchain.User, e.Oracle.SetTreasuryTx(e.Addr(devchain.User)), "OwnableUnauthorizedAccount")
	e.revert(devchain.Deployer, e.Oracle.SetTreasuryTx(common.Address{}), "ZeroAddress")
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(old, logits(2)))
	e.advance(testWindow * time.Second)
	e.send(devchain.Operator, e.Oracle.FinalizeTx(old))
	accrued := e.protocolFees()
	if accrued.Sign() == 0 {
		t.Fatal("no protocol fee accrued")
	}
	// Changing the treasury hands what accrued so far to the old one.
	e.send(devchain.Deployer, e.Oracle.SetTreasuryTx(e.Addr(devchain.User2)))
	if e.balance(e.Addr(devchain.Treasury)).Cmp(accrued) != 0 || e.protocolFees().Sign() != 0 {
		t.Fatal("accrued protocol fees not credited to the old treasury")
	}
	if tr, _ := e.Oracle.CallTreasury(e.ctx); tr != e.Addr(devchain.User2) {
		t.Fatalf("treasury %s", tr)
	}

	// Two-step ownership transfer.
	e.revert(devchain.User, e.Oracle.TransferOwnershipTx(e.Addr(devchain.User)), "OwnableUnauthorizedAccount")
	e.send(devchain.Deployer, e.Oracle.TransferOwnershipTx(e.Addr(devchain.User)))
	e.revert(devchain.User2, e.Oracle.AcceptOwnershipTx(), "OwnableUnauthorizedAccount")
	e.send(devchain.User, e.Oracle.AcceptOwnershipTx())
	e.revert(devchain.Deployer, e.configTx(c), "OwnableUnauthorizedAccount")
	e.send(devchain.User, e.configTx(c))
}
