package main

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
	"github.com/auspex-labs/auspex/modelregistry"
)

// imoSummary is the IMO part of the demo's --json result.
type imoSummary struct {
	Token     string            `json:"token"`
	Requests  int               `json:"requests"`
	Revenue   string            `json:"revenue_wei"`
	Claimed   map[string]string `json:"claimed_wei"`
	Expected  map[string]string `json:"expected_wei"`
	Redeemed  string            `json:"redeemed_wei"`
	NFTBefore bool              `json:"nft_verify_before_final"`
	NFTAfter  bool              `json:"nft_verify_after_final"`
}

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// imoStory is the third part of `devnet --demo`: the creator tokenizes mnist-8 (ERC-7641) and offers
// 600 of its 1000 tokens; three holders buy them; 100 paid requests are answered by the node and
// finalized; a snapshot pulls the model's fee share into the token; each holder claims exactly its
// pro-rata share; one burns tokens for its share of the redemption pool. Then an ERC-7007 mint:
// verify is false before the mint's inference is final and true after.
func (d *devnet) imoStory(ctx context.Context) (*imoSummary, error) {
	modelID, ok := d.dep.Models["mnist-8"]
	if !ok {
		return nil, fmt.Errorf("the IMO story needs mnist-8")
	}
	fac := contracts.NewIMOFactory(d.dep.IMOFactory, d.c.Client)
	head, err := d.c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	d.rep.say(step{Actor: "chain", Action: "IMO story: the model becomes an asset"})
	t, err := modelregistry.Tokenize(ctx, d.c.Sender(devchain.Creator), fac, modelID, contracts.TokenParams{
		Name: "MNIST-8 revenue share", Symbol: "MNIST", Supply: tokens(1000), CreatorAmount: tokens(400),
		PercentClaimable: 80, SnapshotInterval: 3600, ClaimPeriod: 12,
		SalePrice: big.NewInt(1e15), SaleSoftCap: tokens(300), SaleDeadline: new(big.Int).SetUint64(head.Time + 86400)})
	if err != nil {
		return nil, err
	}
	tokAddr, saleAddr := t.Token, t.Sale
	d.rep.say(step{Actor: devchain.Creator, Action: "tokenized mnist-8: ERC-7641 MNIST, 1000 tokens, 400 to the creator, 600 offered at 0.001 ETH",
		Tx: t.Create.TxHash.Hex(), Gas: t.Create.GasUsed,
		Detail: "80% of each snapshot's revenue claimable by holders, 20% redeemable by burning; soft cap 300 tokens, 24 h"})
	model, err := d.c.Registry.CallModel(ctx, modelID)
	if err != nil {
		return nil, err
	}
	if !model.Tokenized || model.Receiver != tokAddr {
		return nil, fmt.Errorf("mnist-8 not locked to its token: receiver %s, tokenized %v", model.Receiver.Hex(), model.Tokenized)
	}
	d.rep.say(step{Actor: "registry", Action: "the model's fee share now goes to the token for good (ModelRegistry.tokenize, in the same transaction)",
		Detail: "setReceiver is refused from now on; fee changes (at most ×2 or ÷2) and deprecation take effect only after a 7- or 30-day notice"})
	token, sale := contracts.NewRevShareToken(tokAddr, d.c.Client), contracts.NewIMOSale(saleAddr, d.c.Client)
	holders := []string{devchain.User, devchain.User2, devchain.Challenger}
	buys := []int64{300, 200, 100}
	for i, who := range holders {
		cost, err := sale.CallCost(ctx, tokens(buys[i]))
		if err != nil {
			return nil, err
		}
		if _, err := d.send(who, fmt.Sprintf("bought %d tokens in the offering", buys[i]), sale.BuyTx(tokens(buys[i]), cost), cost.String()+" wei"); err != nil {
			return nil, err
		}
	}
	if _, err := d.send(devchain.Creator, "finalized the sold-out offering", sale.FinalizeTx(), ""); err != nil {
		return nil, err
	}
	if _, err := d.send(devchain.Creator, "withdrew the offering's proceeds (0.6 ETH)", sale.WithdrawProceedsTx(), ""); err != nil {
		return nil, err
	}
	for _, who := range holders {
		if _, err := d.send(who, "took its tokens out of escrow", sale.ClaimTokensTx(), ""); err != nil {
			return nil, err
		}
	}

	// 100 paid requests, answered by the node.
	fee, err := d.c.Oracle.CallEstimateFee(ctx, modelID, 0)
	if err != nil {
		return nil, err
	}
	const n = 100
	var last *big.Int
	var first *types.Receipt
	demo, err := d.demoConfig()
	if err != nil {
		return nil, err
	}
	for i := 0; i < n; i++ {
		dc := demo
		dc.ImageIndex = i % 4
		img, _, _, err := loadDigit(dc)
		if err != nil {
			return nil, err
		}
		r, err := d.c.Sender(devchain.User2).Send(ctx, d.c.Oracle.RequestTx(contracts.NewRequest{ModelID: modelID, Input: img}, fee))
		if err != nil {
			return nil, fmt.Errorf("request %d: %w", i, err)
		}
		if first == nil {
			first = r
		}
		last = d.c.Oracle.ParseInferenceRequested(r)[0].RequestID
	}
	d.rep.say(step{Actor: devchain.User2, Action: fmt.Sprintf("sent %d paid mnist-8 requests (%s wei each)", n, fee), Tx: first.TxHash.Hex(), Gas: first.GasUsed, Detail: "the first of them"})
	if err := d.waitStatus(ctx, last, contracts.StatusProposed, contracts.StatusFinalized); err != nil {
		return nil, err
	}
	if err := d.c.Advance(time.Duration(d.window("mnist-8")) * time.Second); err != nil {
		return nil, err
	}
	if err := d.waitStatus(ctx, last, contracts.StatusFinalized); err != nil {
		return nil, err
	}
	d.rep.say(step{Actor: devchain.Operator, Action: fmt.Sprintf("node answered and finalized all %d requests (window passed by devnet time travel)", n)})

	if err := d.c.Advance(3601 * time.Second); err != nil {
		return nil, err
	}
	rcpt, err := d.send(devchain.Treasury, "took a snapshot: the token pulled the model's revenue from the oracle and split it", token.SnapshotTx(), "")
	if err != nil {
		return nil, err
	}
	snap, err := token.ParseSnapshot(rcpt)
	if err != nil {
		return nil, err
	}
	pools, err := token.CallPools(ctx, common.Address{})
	if err != nil {
		return nil, err
	}
	revenue := new(big.Int).Add(pools.Claim, pools.Redemption)
	d.rep.say(step{Actor: "token", Action: fmt.Sprintf("snapshot %d: %s wei of model revenue, %s claimable, %s redeemable", snap, revenue, pools.Claim, pools.Redemption)})
	sum := &imoSummary{Token: tokAddr.Hex(), Requests: n, Revenue: revenue.String(), Claimed: map[string]string{}, Expected: map[string]string{}}
	for i, who := range holders {
		want := new(big.Int).Div(new(big.Int).Mul(pools.Claim, tokens(buys[i])), tokens(1000))
		before, _ := d.c.Client.BalanceAt(ctx, d.c.Addr(who), nil)
		r, err := d.send(who, fmt.Sprintf("claimed its share for %d of 1000 tokens", buys[i]), token.ClaimTx(snap), "expected "+want.String()+" wei")
		if err != nil {
			return nil, err
		}
		after, _ := d.c.Client.BalanceAt(ctx, d.c.Addr(who), nil)
		got := new(big.Int).Sub(new(big.Int).Add(after, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)), before)
		sum.Claimed[who], sum.Expected[who] = got.String(), want.String()
		if got.Cmp(want) != 0 {
			return nil, fmt.Errorf("%s claimed %s wei, expected %s", who, got, want)
		}
		d.rep.say(step{Actor: "token", Action: fmt.Sprintf("%s received exactly %s wei (pro rata)", who, got)})
	}
	red, err := token.CallRedeemable(ctx, tokens(50))
	if err != nil {
		return nil, err
	}
	if _, err := d.send(devchain.Challenger, "burned 50 tokens for their share of the redemption pool", token.BurnTx(tokens(50)), red.String()+" wei"); err != nil {
		return nil, err
	}
	sum.Redeemed = red.String()

	// ERC-7007.
	nft := contracts.NewAIGCNFT(d.dep.DigitNFT, d.c.Client)
	dc := demo
	dc.ImageIndex = (dc.ImageIndex + 2) % 4
	prompt, label, _, err := loadDigit(dc)
	if err != nil {
		return nil, err
	}
	salt := [32]byte{byte(label), 42}
	commit, err := nft.CallCommitmentOf(ctx, d.c.Addr(devchain.User), prompt, salt)
	if err != nil {
		return nil, err
	}
	if _, err := d.send(devchain.User, "committed to a prompt (a digit image) for the ERC-7007 collection", nft.CommitTx(commit), "commit-reveal: a mint seen in the mempool cannot be copied"); err != nil {
		return nil, err
	}
	mintFee, err := nft.CallMintFee(ctx)
	if err != nil {
		return nil, err
	}
	rcpt, err = d.send(devchain.User, "revealed the prompt: minted its NFT and requested its inference", nft.MintTx(prompt, salt, mintFee), "")
	if err != nil {
		return nil, err
	}
	ev := d.c.Oracle.ParseInferenceRequested(rcpt)[0]
	proof := contracts.NFTProof(ev.RequestID, ev.Nonce.Uint64())
	tokenID := contracts.TokenIDOf(prompt)
	out, err := d.runEngine(prompt)
	if err != nil {
		return nil, err
	}
	sum.NFTBefore, _ = nft.CallVerify(ctx, prompt, out, proof)
	d.rep.say(step{Actor: "nft", Action: fmt.Sprintf("verify(prompt, engine output, proof) = %v before the result is final", sum.NFTBefore)})
	if err := d.waitStatus(ctx, ev.RequestID, contracts.StatusProposed, contracts.StatusFinalized); err != nil {
		return nil, err
	}
	if err := d.c.Advance(time.Duration(d.window("mnist-8")) * time.Second); err != nil {
		return nil, err
	}
	if err := d.waitStatus(ctx, ev.RequestID, contracts.StatusFinalized); err != nil {
		return nil, err
	}
	sum.NFTAfter, _ = nft.CallVerify(ctx, prompt, out, proof)
	d.rep.say(step{Actor: "nft", Action: fmt.Sprintf("verify(prompt, engine output, proof) = %v once the oracle result is final", sum.NFTAfter)})
	if _, err := d.send(devchain.User, "bound the verified output to the NFT (addAigcData)", nft.AddAigcDataTx(tokenID, prompt, out, proof), fmt.Sprintf("digit %d", argmax(out))); err != nil {
		return nil, err
	}
	if sum.NFTBefore || !sum.NFTAfter {
		return nil, fmt.Errorf("ERC-7007 verify: %v before, %v after finalization", sum.NFTBefore, sum.NFTAfter)
	}
	return sum, nil
}

// window is a devnet model's challenge window.
func (d *devnet) window(name string) uint32 {
	for _, m := range d.cfg.Devnet.Models {
		if m.Name == name {
			return m.ChallengeWindow
		}
	}
	return 600
}

// waitStatus polls a request until its status is one of want.
func (d *devnet) waitStatus(ctx context.Context, id *big.Int, want ...contracts.RequestStatus) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for {
		r, err := d.c.Oracle.CallRequest(ctx, id)
		if err == nil {
			for _, w := range want {
				if r.Status == w {
					return nil
				}
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("request %s: waiting for %v: %w", shortID(id), want, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// runEngine is mnist-8's output for an input (what the node will propose).
func (d *devnet) runEngine(input []byte) ([]byte, error) {
	tr, err := trace.NewFromInput(d.arts["mnist-8"].Program, input)
	if err != nil {
		return nil, err
	}
	return tr.Output(), nil
}
