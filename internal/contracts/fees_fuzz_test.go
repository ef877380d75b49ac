package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// FuzzFeeConservation drives the oracle through random sequences of requests (paying the quoted
// fee, sometimes with a surplus), batches, proposals, error claims, finalizations and refunds by
// any account (the requester, the proposer, strangers: each one's keeper pay is checked against
// the request's), slashes, withdrawals, bond moves, fee changes and time travel, and after every
// step checks that no wei is created or lost:
//
//  1. the oracle's ETH balance equals what it owes: the fees of open requests, every account's
//     withdrawable balance (surpluses and keeper pay included), and every operator's bond and
//     pending bond withdrawal;
//  2. the ETH of all accounts plus the oracle plus the gas they paid stays what it was at the start.
//
// `go test` runs the seed corpus; `go test -fuzz=FuzzFeeConservation ./internal/contracts` explores.
func FuzzFeeConservation(f *testing.F) {
	f.Add([]byte{0, 2, 6, 6, 4, 7, 0, 1, 3, 6, 4, 5})
	f.Add([]byte{0, 0, 1, 2, 2, 2, 12, 6, 6, 4, 4, 7, 7, 7, 9, 11, 10})
	f.Add([]byte{0, 6, 6, 6, 6, 6, 6, 5, 7, 8, 9, 13, 14, 0, 2, 6, 6, 4, 12, 2, 6, 4})
	f.Add([]byte{1, 1, 1, 3, 3, 2, 6, 6, 6, 4, 4, 4, 12, 13, 0, 14, 2, 6, 6, 4, 7, 7, 7, 7, 9, 11, 10, 7})
	for seed := range uint64(4) {
		f.Add(randomProgram(seed, 60))
	}
	f.Fuzz(func(t *testing.T, prog []byte) {
		if len(prog) > 64 {
			prog = prog[:64]
		}
		runProgram(t, prog)
	})
}

// TestFeeConservationRandomPrograms runs the same check on seeded random programs without the
// fuzzer's instrumentation (which slows the EVM ~30x). AUSPEX_FEE_PROGRAMS sets how many (default 8).
func TestFeeConservationRandomPrograms(t *testing.T) {
	n := 8
	if v := os.Getenv("AUSPEX_FEE_PROGRAMS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			t.Fatalf("AUSPEX_FEE_PROGRAMS: %v", err)
		}
	}
	var total world
	for seed := range uint64(n) {
		w := runProgram(t, randomProgram(1000+seed, 80))
		total.ok += w.ok
		total.failed += w.failed
		total.finalized += w.finalized
	}
	t.Logf("%d programs: %d txs succeeded (%d finalizations), %d rejected", n, total.ok, total.finalized, total.failed)
}

// randomProgram draws ops biased towards the lifecycle (request, propose, wait, finalize); the
// high nibble of each byte is the op's argument.
func randomProgram(seed uint64, n int) []byte {
	rng := rand.New(rand.NewPCG(seed, 11))
	prog := make([]byte, n)
	for i := range prog {
		op := []byte{0, 0, 1, 2, 2, 3, 4, 4, 6, 6, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15}[rng.IntN(20)]
		prog[i] = byte(rng.IntN(16))<<4 | op
	}
	return prog
}

func runProgram(t *testing.T, prog []byte) *world {
	e := newEnv(t)
	e.send(devchain.Deployer, e.Oracle.SetDisputeGameTx(e.Addr(devchain.Challenger)))
	w := newWorld(e)
	for i, b := range prog {
		w.step(int(b&0x0f), int(b>>4), i)
		w.check(i)
	}
	return w
}

type world struct {
	e         *env
	requests  []*big.Int
	accounts  []common.Address
	gasPaid   *big.Int
	ok        int
	failed    int
	finalized int
	total     *big.Int // ETH of accounts + oracle at the start
}

func newWorld(e *env) *world {
	w := &world{e: e, gasPaid: new(big.Int)}
	for _, n := range devchain.AccountNames {
		w.accounts = append(w.accounts, e.Addr(n))
	}
	w.total = w.ethTotal()
	return w
}

func (w *world) ethTotal() *big.Int {
	sum := w.e.ethBalance(w.e.Oracle.Address())
	for _, a := range w.accounts {
		sum.Add(sum, w.e.ethBalance(a))
	}
	return sum
}

// try sends c from who; failures are fine (the op was invalid in this state), gas is counted.
func (w *world) try(who string, c chain.TxCandidate) *types.Receipt {
	rcpt, err := w.e.Sender(who).Send(w.e.ctx, c)
	if err != nil {
		w.failed++
	} else {
		w.ok++
	}
	if rcpt != nil {
		w.gasPaid.Add(w.gasPaid, new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice))
		for _, ev := range w.e.Oracle.ParseInferenceRequested(rcpt) {
			w.requests = append(w.requests, ev.RequestID)
		}
		if _, err := w.e.Oracle.ParseInferenceFinalized(rcpt); err == nil && rcpt.Status == 1 {
			w.finalized++
		}
	}
	return rcpt
}

// pickIn prefers a request in status st (so most ops do something); odd args pick any request,
// which exercises the reverts too.
func (w *world) pickIn(arg int, st contracts.RequestStatus) *big.Int {
	if arg%2 == 0 {
		var in []*big.Int
		for _, id := range w.requests {
			if w.e.readRequest(id).Status == st {
				in = append(in, id)
			}
		}
		if len(in) > 0 {
			return in[arg%len(in)]
		}
	}
	return w.pick(arg)
}

func (w *world) pick(arg int) *big.Int {
	if len(w.requests) == 0 {
		return big.NewInt(1)
	}
	return w.requests[arg%len(w.requests)]
}

var ops = []string{devchain.Operator, devchain.Operator2}
var users = []string{devchain.User, devchain.User2}

func (w *world) step(op, arg, i int) {
	e := w.e
	switch op {
	case 0: // single request, with or without a callback; args 4..7 send a surplus
		r := contracts.NewRequest{ModelID: e.modelID, Input: make([]byte, 1+arg*7)}
		if arg%2 == 1 {
			r.Callback, r.CallbackGasLimit = e.Addr(devchain.User2), uint32(10_000*arg)
		}
		w.request(users[arg%2], r, arg/4 == 1)
	case 1: // batch request
		n := 1 + arg%4
		r := contracts.NewRequest{ModelID: e.modelID, Inputs: make([][]byte, n)}
		for k := range r.Inputs {
			r.Inputs[k] = []byte{byte(k + 1)}
		}
		w.request(users[arg%2], r, arg >= 8)
	case 2:
		w.try(ops[arg%2], e.Oracle.ProposeResultTx(w.pickIn(arg, contracts.StatusPending), logits(arg%10)))
	case 3:
		w.try(ops[arg%2], e.Oracle.ProposeErrorTx(w.pickIn(arg, contracts.StatusPending), 1))
	case 4: // finalize by any account: the proposer, a requester, a stranger
		w.end(devchain.AccountNames[arg%len(devchain.AccountNames)], w.pickIn(arg, contracts.StatusProposed), false)
	case 5: // refund by any account, the requester included
		w.end(devchain.AccountNames[arg%len(devchain.AccountNames)], w.pickIn(arg, contracts.StatusPending), true)
	case 6:
		e.advance(time.Duration(1+arg*150) * time.Second)
	case 7:
		w.try(devchain.User, e.Oracle.WithdrawForTx(w.accounts[arg%len(w.accounts)]))
	case 8:
		w.try(ops[arg%2], e.Oracle.DepositBondTx(big.NewInt(int64(1+arg)*1e16)))
	case 9:
		w.try(ops[arg%2], e.Oracle.RequestBondWithdrawalTx(big.NewInt(int64(1+arg)*1e16)))
	case 10:
		w.try(ops[arg%2], e.Oracle.WithdrawBondTx())
	case 11:
		e.advance(8 * 24 * time.Hour)
	case 12:
		// The challenger account stands in for the dispute game: the reward is sent to it, the rest
		// accrues to the treasury; a nonce other than the open proposal's changes nothing.
		id := w.pickIn(arg, contracts.StatusProposed)
		p, _ := e.Oracle.CallProposal(e.ctx, id)
		w.try(devchain.Challenger, e.Oracle.SlashTx(id, p.Nonce+uint32(arg%3/2)))
	case 13:
		c := e.params.Config
		c.OperatorFee = big.NewInt(int64(arg) * 3e14)
		c.ProtocolFeeBps = uint16(arg * 300)
		c.CallbackGasPrice = uint64(arg) * 1e9        // 0: the base fee prices the callback gas
		c.KeeperFee = big.NewInt(int64(arg)*1e13 + 7) // not whole gwei: the contract rounds up
		w.try(devchain.Deployer, e.configTx(c))
	case 14:
		w.try(devchain.Creator, e.Registry.SetFeeTx(e.modelID, big.NewInt(int64(arg)*7e15+1)))
	case 15:
		switch arg % 3 {
		case 0:
			w.try(devchain.Creator, e.Registry.SetReceiverTx(e.modelID, e.Addr(users[arg%2])))
		case 1:
			w.try(devchain.User, e.Oracle.WithdrawProtocolFeesTx())
		case 2:
			w.try(devchain.Deployer, e.Oracle.SetTreasuryTx(e.Addr(users[arg%2])))
		}
	}
}

// request sends r from who paying QuoteFee (plus a surplus), and checks the surplus is credited.
func (w *world) request(who string, r contracts.NewRequest, surplus bool) {
	e := w.e
	fee, err := e.Oracle.QuoteFee(e.ctx, r)
	if err != nil {
		w.failed++
		return
	}
	pay := new(big.Int).Set(fee)
	if surplus {
		pay.Add(pay, big.NewInt(1e12+3))
	}
	before := e.balance(e.Addr(who))
	rcpt := w.try(who, e.Oracle.RequestTx(r, pay))
	if rcpt == nil || rcpt.Status != 1 {
		return
	}
	ev := e.Oracle.ParseInferenceRequested(rcpt)
	if len(ev) != 1 {
		e.t.Fatalf("request: %d events", len(ev))
	}
	want := new(big.Int).Sub(pay, ev[0].Fee)
	if got := new(big.Int).Sub(e.balance(e.Addr(who)), before); want.Sign() < 0 || got.Cmp(want) != 0 {
		e.t.Fatalf("paid %s for a fee of %s: %s credited back", pay, ev[0].Fee, got)
	}
}

// end finalizes (or refunds) id from who and checks who got the request's keeper pay: in its
// balance, or with the operator share in its earnings when it is the proposer; nothing when it is
// a requester refunding itself.
func (w *world) end(who string, id *big.Int, refund bool) {
	e := w.e
	r := e.readRequest(id)
	keeper := e.Addr(who)
	bal, earn := e.balance(keeper), e.earnings(keeper)
	tx := e.Oracle.FinalizeTx(id)
	if refund {
		tx = e.Oracle.RefundTx(id)
	}
	rcpt := w.try(who, tx)
	if rcpt == nil || rcpt.Status != 1 {
		return
	}
	gotBal, gotEarn := new(big.Int).Sub(e.balance(keeper), bal), new(big.Int).Sub(e.earnings(keeper), earn)
	if refund {
		ev, err := e.Oracle.ParseRequestRefunded(rcpt)
		want := r.KeeperPay
		if keeper == r.Requester {
			want = new(big.Int)
		}
		if err != nil || ev.Keeper != keeper || ev.KeeperShare.Cmp(want) != 0 || new(big.Int).Add(ev.Amount, ev.KeeperShare).Cmp(r.Paid) != 0 {
			e.t.Fatalf("refund by %s of %+v: %+v (%v)", who, r, ev, err)
		}
		if keeper == r.Requester {
			want = r.Paid
		}
		if gotBal.Cmp(want) != 0 {
			e.t.Fatalf("refund by %s credited it %s, want %s", who, gotBal, want)
		}
		return
	}
	ev, err := e.Oracle.ParseInferenceFinalized(rcpt)
	if err != nil || ev.Keeper != keeper || ev.KeeperShare.Cmp(r.KeeperPay) != 0 {
		e.t.Fatalf("finalize by %s of %+v: %+v (%v)", who, r, ev, err)
	}
	if keeper == ev.Proposer {
		if want := new(big.Int).Add(ev.OperatorShare, ev.KeeperShare); gotEarn.Cmp(want) != 0 {
			e.t.Fatalf("proposer finalizing earned %s, want %s", gotEarn, want)
		}
		return
	}
	// A keeper that is also the model's receiver gets the model's share, one that is also the
	// requester the model fee of an error.
	want := new(big.Int).Set(r.KeeperPay)
	if recv, err := callReceiverOf(e, r.ModelID); err != nil {
		e.t.Fatal(err)
	} else if keeper == recv {
		want.Add(want, ev.ModelShare)
	}
	if keeper == r.Requester && ev.IsError {
		want.Add(want, r.ModelFee)
	}
	if gotBal.Cmp(want) != 0 {
		e.t.Fatalf("finalize by %s credited it %s, want %s (keeper pay %s)", who, gotBal, want, r.KeeperPay)
	}
}

func (w *world) check(i int) {
	e := w.e
	owed := new(big.Int)
	for _, id := range w.requests {
		r := e.readRequest(id)
		if r.Status == contracts.StatusPending || r.Status == contracts.StatusProposed {
			owed.Add(owed, r.Paid)
		}
	}
	for _, a := range w.accounts {
		owed.Add(owed, e.balance(a))
		b := e.bond(a)
		owed.Add(owed, b.Bonded)
		owed.Add(owed, b.Pending)
		owed.Add(owed, b.Earnings)
	}
	owed.Add(owed, e.protocolFees())
	held := e.ethBalance(e.Oracle.Address())
	if held.Cmp(owed) != 0 {
		e.t.Fatalf("step %d: oracle holds %s wei but owes %s", i, held, owed)
	}
	if now := new(big.Int).Add(w.ethTotal(), w.gasPaid); now.Cmp(w.total) != 0 {
		e.t.Fatalf("step %d: ETH total %s + gas, want %s", i, now, w.total)
	}
}
