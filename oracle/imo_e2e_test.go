package oracle_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

func ethUnits(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// TestIMOEndToEnd: with the node answering on the simulated devnet — mnist-8 is tokenized (1000
// tokens, 400 to its creator, 600 offered) and its receiver becomes the token for good in the same
// transaction, three holders buy the offering, 100 paid requests are answered and finalized, a snapshot pulls the model's fee
// share from the oracle, each holder claims exactly its pro-rata share, and one holder burns and
// redeems. Then an ERC-7007 mint of a digit: verify is false before the result is final and true
// after, and the output is bound to the token.
func TestIMOEndToEnd(t *testing.T) {
	n := newNet(t, 20*time.Millisecond)
	ctx := context.Background()
	m := n.models[0]
	do := func(who string, c chain.TxCandidate) *types.Receipt {
		t.Helper()
		r, err := n.c.Sender(who).Send(ctx, c)
		if err != nil {
			t.Fatalf("%s: %v", who, err)
		}
		return r
	}

	factory, err := contracts.DeployIMOFactory(ctx, n.c.Sender(devchain.Deployer), n.c.Client, n.c.Registry.Address(), n.c.Oracle.Address())
	if err != nil {
		t.Fatal(err)
	}
	head, _ := n.c.Client.HeaderByNumber(ctx, nil)
	rcpt := do(devchain.Creator, factory.CreateTokenTx(m.id, contracts.TokenParams{
		Name: "MNIST-8 revenue", Symbol: "MNIST", Supply: ethUnits(1000), CreatorAmount: ethUnits(400),
		PercentClaimable: 80, SnapshotInterval: 60, ClaimPeriod: 4,
		SalePrice: big.NewInt(1e15), SaleSoftCap: ethUnits(300), SaleDeadline: new(big.Int).SetUint64(head.Time + 3600),
	}))
	tokAddr, saleAddr, err := factory.ParseTokenCreated(rcpt)
	if err != nil {
		t.Fatal(err)
	}
	token, sale := contracts.NewRevShareToken(tokAddr, n.c.Client), contracts.NewIMOSale(saleAddr, n.c.Client)
	holders := []string{devchain.User, devchain.User2, devchain.Challenger}
	buys := []int64{300, 200, 100}
	for i, who := range holders {
		cost, _ := sale.CallCost(ctx, ethUnits(buys[i]))
		do(who, sale.BuyTx(ethUnits(buys[i]), cost))
	}
	do(devchain.Treasury, sale.FinalizeTx())
	for _, who := range holders {
		do(who, sale.ClaimTokensTx())
	}
	// createToken made the token the model's receiver for good.
	if model, err := n.c.Registry.CallModel(ctx, m.id); err != nil || model.Receiver != tokAddr || !model.Tokenized {
		t.Fatalf("after createToken: receiver %s, tokenized %v (%v)", model.Receiver, model.Tokenized, err)
	}
	if _, err := n.c.Sender(devchain.Creator).Send(ctx, n.c.Registry.SetReceiverTx(m.id, n.c.Addr(devchain.Creator))); !contracts.IsRevert(err, "ReceiverLocked") {
		t.Fatalf("setReceiver of a tokenized model: %v", err)
	}

	node := n.startNode(n.nodeConfig(t.TempDir()))
	defer node.Stop(ctx)
	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		t.Fatal(err)
	}
	fee, _ := n.c.Oracle.CallEstimateFee(ctx, m.id, 0)
	var reqs []*big.Int
	for i := 0; i < 100; i++ {
		k := i % 4
		r := do(devchain.User, n.c.Oracle.RequestTx(contracts.NewRequest{ModelID: m.id, Input: digits[k*784 : (k+1)*784]}, fee))
		reqs = append(reqs, n.c.Oracle.ParseInferenceRequested(r)[0].RequestID)
	}
	waitFor(t, "100 requests finalized", 3*time.Minute, func() bool {
		for _, id := range reqs {
			if r, _ := n.c.Oracle.CallRequest(ctx, id); r.Status != contracts.StatusFinalized {
				return false
			}
		}
		return true
	})

	// The model's share: its fee less the protocol's 5%, per request.
	model, _ := n.c.Registry.CallModel(ctx, m.id)
	share := new(big.Int).Sub(model.Fee, new(big.Int).Div(new(big.Int).Mul(model.Fee, big.NewInt(500)), big.NewInt(10_000)))
	revenue := new(big.Int).Mul(share, big.NewInt(100))
	if err := n.c.Advance(61 * time.Second); err != nil {
		t.Fatal(err)
	}
	snap, err := token.ParseSnapshot(do(devchain.Treasury, token.SnapshotTx()))
	if err != nil {
		t.Fatal(err)
	}
	pools, _ := token.CallPools(ctx, common.Address{})
	pool := new(big.Int).Div(new(big.Int).Mul(revenue, big.NewInt(80)), big.NewInt(100))
	if pools.Claim.Cmp(pool) != 0 || new(big.Int).Add(pools.Claim, pools.Redemption).Cmp(revenue) != 0 {
		t.Fatalf("snapshot split %s + %s of %s revenue", pools.Claim, pools.Redemption, revenue)
	}
	for i, who := range holders {
		want := new(big.Int).Div(new(big.Int).Mul(pool, ethUnits(buys[i])), ethUnits(1000))
		before := ethBalance(t, n, n.c.Addr(who))
		r := do(who, token.ClaimTx(snap))
		got := new(big.Int).Sub(new(big.Int).Add(ethBalance(t, n, n.c.Addr(who)), gasCost(r)), before)
		if got.Cmp(want) != 0 {
			t.Fatalf("%s claimed %s, want %s (%d of 1000 tokens)", who, got, want, buys[i])
		}
		t.Logf("%s (%d tokens) claimed %s wei", who, buys[i], got)
	}
	redeem := new(big.Int).Div(new(big.Int).Mul(pools.Redemption, ethUnits(100)), ethUnits(1000))
	before := ethBalance(t, n, n.c.Addr(devchain.Challenger))
	r := do(devchain.Challenger, token.BurnTx(ethUnits(100)))
	if got := new(big.Int).Sub(new(big.Int).Add(ethBalance(t, n, n.c.Addr(devchain.Challenger)), gasCost(r)), before); got.Cmp(redeem) != 0 {
		t.Fatalf("burn redeemed %s, want %s", got, redeem)
	}

	// ERC-7007: a digit minted as a prompt.
	nft, err := contracts.DeployAIGCNFT(ctx, n.c.Sender(devchain.Creator), n.c.Client, "MNIST digits", "DIGIT", n.c.Oracle.Address(), m.id)
	if err != nil {
		t.Fatal(err)
	}
	prompt := digits[784:1568]
	salt := [32]byte{7}
	c, _ := nft.CallCommitmentOf(ctx, n.c.Addr(devchain.User2), prompt, salt)
	do(devchain.User2, nft.CommitTx(c))
	mintFee, _ := nft.CallMintFee(ctx)
	r = do(devchain.User2, nft.MintTx(prompt, salt, mintFee))
	ev := n.c.Oracle.ParseInferenceRequested(r)[0]
	tokenID := contracts.TokenIDOf(prompt)
	out, _ := expected(t, m.art.Program, prompt)
	proof := contracts.NFTProof(ev.RequestID, ev.Nonce.Uint64())
	if ok, _ := nft.CallVerify(ctx, prompt, out, proof); ok {
		t.Fatal("verify true before the result is final")
	}
	if _, err := n.c.Sender(devchain.User).Send(ctx, nft.AddAigcDataTx(tokenID, prompt, out, proof)); !contracts.IsRevert(err, "NotVerified") {
		t.Fatalf("addAigcData before finality: %v", err)
	}
	waitFor(t, "the mint's inference final", time.Minute, func() bool {
		q, _ := n.c.Oracle.CallRequest(ctx, ev.RequestID)
		return q.Status == contracts.StatusFinalized
	})
	if ok, _ := nft.CallVerify(ctx, prompt, out, proof); !ok {
		t.Fatal("verify false after finalization")
	}
	if ok, _ := nft.CallVerify(ctx, prompt, append([]byte{1}, out[1:]...), proof); ok {
		t.Fatal("verify true for other content")
	}
	do(devchain.User, nft.AddAigcDataTx(tokenID, prompt, out, proof))
	if d, _ := nft.CallAigcData(ctx, tokenID); string(d) != string(out) {
		t.Fatal("content not bound")
	}
	if o, _ := nft.CallOwnerOf(ctx, tokenID); o != n.c.Addr(devchain.User2) {
		t.Fatalf("owner %s", o)
	}
}

func ethBalance(t *testing.T, n *testNet, a common.Address) *big.Int {
	t.Helper()
	b, err := n.c.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
