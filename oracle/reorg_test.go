package oracle_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

// TestReorgDropsAndReincludes: a request whose block is reorged out and whose transaction can
// never return is not answered; one re-included on the new branch is answered exactly once.
func TestReorgDropsAndReincludes(t *testing.T) {
	n := newNet(t, 50*time.Millisecond)
	ctx := context.Background()
	cfg := n.nodeConfig(t.TempDir())
	cfg.RequestConfirmations = 3
	svc := n.startNode(cfg)
	defer svc.Stop(ctx)
	// Let the node bond and catch up, then take over block production.
	waitFor(t, "node healthy", 10*time.Second, func() bool { return svc.Healthy() == nil })
	time.Sleep(300 * time.Millisecond)
	n.c.PauseMining()
	n.c.Mine()

	m := n.models[1] // gonnx-mlp
	fee, err := n.c.Oracle.CallEstimateFee(ctx, m.id, 300_000)
	if err != nil {
		t.Fatal(err)
	}
	request := func(who string, nonce uint64, tip int64, in []byte) *types.Transaction {
		c := n.c.Oracle.RequestTx(contracts.NewRequest{ModelID: m.id, Input: in, Callback: n.store.Address(), CallbackGasLimit: 300_000}, fee)
		tx, err := types.SignNewTx(n.c.Key(who), types.LatestSignerForChainID(chain.SimChainID), &types.DynamicFeeTx{
			ChainID: chain.SimChainID, Nonce: nonce, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(100 * tip),
			Gas: 400_000, To: c.To, Value: c.Value, Data: c.Data,
		})
		if err != nil {
			t.Fatal(err)
		}
		// After a Fork the pool resets in the background: until it has, it still sees the old head.
		deadline := time.Now().Add(5 * time.Second)
		for {
			err := n.c.Client.SendTransaction(ctx, tx)
			if err == nil {
				return tx
			}
			if !strings.Contains(err.Error(), "nonce too low") || time.Now().After(deadline) {
				t.Fatal(err)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	base, _ := n.c.Client.HeaderByNumber(ctx, nil)
	userNonce, _ := n.c.Client.NonceAt(ctx, n.c.Addr(devchain.User), nil)
	user2Nonce, _ := n.c.Client.NonceAt(ctx, n.c.Addr(devchain.User2), nil)
	in := func(b byte) []byte { x := make([]byte, 24); x[7] = b; return x }

	doomed := request(devchain.User, userNonce, 1e9, in(1))
	survivor := request(devchain.User2, user2Nonce, 1e9, in(2))
	n.c.Mine()
	n.c.Mine() // two confirmations: not yet answered
	ids := map[string]*big.Int{}
	for name, tx := range map[string]*types.Transaction{"doomed": doomed, "survivor": survivor} {
		rcpt, err := n.c.Client.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		ids[name] = n.c.Oracle.ParseInferenceRequested(rcpt)[0].RequestID
	}
	waitFor(t, "the node to discover both", 5*time.Second, func() bool {
		_, e1 := svc.Request(common.BigToHash(ids["doomed"]))
		_, e2 := svc.Request(common.BigToHash(ids["survivor"]))
		return e1 == nil && e2 == nil
	})

	// Reorg: a new branch from base where User's nonce goes to another request.
	if err := n.c.Fork(base.Hash()); err != nil {
		t.Fatal(err)
	}
	replacement := request(devchain.User, userNonce, 3e9, in(3))
	for i := 0; i < 4; i++ {
		n.c.Mine()
	}
	rcpt, err := n.c.Client.TransactionReceipt(ctx, replacement.Hash())
	if err != nil {
		t.Fatalf("replacement not mined: %v", err)
	}
	ids["replacement"] = n.c.Oracle.ParseInferenceRequested(rcpt)[0].RequestID
	if _, err := n.c.Client.TransactionReceipt(ctx, survivor.Hash()); err != nil {
		t.Fatalf("survivor not re-included: %v", err)
	}
	if _, err := n.c.Client.TransactionReceipt(ctx, doomed.Hash()); err == nil {
		t.Fatal("doomed request still on chain")
	}
	n.c.ResumeMining()

	waitFor(t, "survivor and replacement finalized", time.Minute, func() bool {
		a, _ := n.c.Oracle.CallIsFinalized(ctx, ids["survivor"])
		b, _ := n.c.Oracle.CallIsFinalized(ctx, ids["replacement"])
		return a && b
	})
	time.Sleep(500 * time.Millisecond)
	counts := n.eventCounts("InferenceFinalized", "ResultProposed", "ErrorProposed")
	for _, name := range []string{"survivor", "replacement"} {
		k := common.BigToHash(ids[name])
		if counts["ResultProposed"][k] != 1 || counts["InferenceFinalized"][k] != 1 {
			t.Fatalf("%s: %d proposals, %d finalizations", name, counts["ResultProposed"][k], counts["InferenceFinalized"][k])
		}
	}
	k := common.BigToHash(ids["doomed"])
	if counts["ResultProposed"][k]+counts["ErrorProposed"][k] != 0 {
		t.Fatal("the dropped request was answered")
	}
	if _, err := svc.Request(k); err == nil {
		t.Fatal("the node still tracks the dropped request")
	}
	// The node sent nothing that reverted: every operator transaction succeeded.
	if st, _ := n.c.Oracle.CallRequest(ctx, ids["doomed"]); st.Status != contracts.StatusNone {
		t.Fatalf("dropped request has status %s", st.Status)
	}
}
