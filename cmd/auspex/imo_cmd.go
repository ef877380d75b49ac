package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"maps"
	"math/big"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/modelregistry"
)

// tokenUnits parses a decimal number of whole tokens ("300", "12.5") into 18-decimal units.
func tokenUnits(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("%q is not a token amount", s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("%q has more than 18 decimals", s)
	}
	return new(big.Int).Set(r.Num()), nil
}

// fmtUnits prints 18-decimal units as whole tokens.
func fmtUnits(u *big.Int) string {
	return new(big.Rat).SetFrac(u, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)).FloatString(6)
}

// imoFlags are the flags of the token, imo and nft commands: a deployment plus the IMO factory.
type imoFlags struct {
	clientFlags
	factory string
	modelID uint64
}

func (f *imoFlags) add(cmd *cobra.Command, signs bool) {
	f.clientFlags.add(cmd, signs)
	cmd.Flags().StringVar(&f.factory, "imo-factory", "", "IMOFactory address (overrides the deployment file)")
	cmd.Flags().Uint64Var(&f.modelID, "model", 0, "model id")
}

// imoConn is a connection with the factory and, when tokenized, the model's token and sale.
type imoConn struct {
	*conn
	fac   *contracts.IMOFactory
	token *contracts.RevShareToken
	sale  *contracts.IMOSale
	s     *chain.Sender
}

func (f *imoFlags) open(ctx context.Context, signs, needToken bool) (*imoConn, error) {
	c, err := f.connect(ctx)
	if err != nil {
		return nil, err
	}
	addr := c.dep.IMOFactory
	if f.factory != "" {
		if !common.IsHexAddress(f.factory) {
			c.client.Close()
			return nil, fmt.Errorf("--imo-factory %q is not an address", f.factory)
		}
		addr = common.HexToAddress(f.factory)
	}
	if addr == (common.Address{}) {
		c.client.Close()
		return nil, fmt.Errorf("no IMOFactory in %s (pass --imo-factory)", f.deployment)
	}
	ic := &imoConn{conn: c, fac: contracts.NewIMOFactory(addr, c.client)}
	if needToken {
		tok, sale, err := ic.fac.CallTokenOf(ctx, f.modelID)
		if err != nil {
			c.client.Close()
			return nil, err
		}
		if tok == (common.Address{}) {
			c.client.Close()
			return nil, fmt.Errorf("model #%d has no token (auspex token create / auspex imo start)", f.modelID)
		}
		ic.token = contracts.NewRevShareToken(tok, c.client)
		if sale != (common.Address{}) {
			ic.sale = contracts.NewIMOSale(sale, c.client)
		}
	}
	if signs {
		if ic.s, err = f.sender(ctx, c); err != nil {
			c.client.Close()
			return nil, err
		}
	}
	return ic, nil
}

// txView is one sent transaction as the CLI prints it.
type txView struct {
	Action string `json:"action"`
	Tx     string `json:"tx"`
	Gas    uint64 `json:"gas"`
}

func (ic *imoConn) send(ctx context.Context, what string, c chain.TxCandidate, out *[]txView) (*types.Receipt, error) {
	r, err := ic.s.Send(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	*out = append(*out, txView{Action: what, Tx: r.TxHash.Hex(), Gas: r.GasUsed})
	return r, nil
}

func printTxs(cmd *cobra.Command, f *clientFlags, txs []txView, extra map[string]any) error {
	res := map[string]any{"txs": txs}
	for k, v := range extra {
		res[k] = v
	}
	return f.print(cmd, res, func() {
		for k, v := range extra {
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %v\n", k, v)
		}
		for _, t := range txs {
			fmt.Fprintf(cmd.OutOrStdout(), "  %-28s tx %s  gas %d\n", t.Action, t.Tx, t.Gas)
		}
	})
}

type tokenTerms struct {
	name, symbol, supply, creatorShare string
	percent, interval, claimPeriod     uint64
}

func (t *tokenTerms) add(cmd *cobra.Command, creatorDefault string) {
	fl := cmd.Flags()
	fl.StringVar(&t.name, "name", "", "token name")
	fl.StringVar(&t.symbol, "symbol", "", "token symbol")
	fl.StringVar(&t.supply, "supply", "1000", "total supply, in whole tokens")
	fl.StringVar(&t.creatorShare, "creator-share", creatorDefault, "tokens minted to the creator (the rest is offered)")
	fl.Uint64Var(&t.percent, "percent-claimable", 80, "percent of each snapshot's revenue holders claim (the rest is redeemable by burning)")
	fl.Uint64Var(&t.interval, "snapshot-interval", 3600, "least seconds between snapshots")
	fl.Uint64Var(&t.claimPeriod, "claim-period", 12, "snapshots a claim stays open before its remainder rolls forward")
	_ = cmd.MarkFlagRequired("name")
	_ = cmd.MarkFlagRequired("symbol")
}

func (t *tokenTerms) params() (contracts.TokenParams, error) {
	supply, err := tokenUnits(t.supply)
	if err != nil {
		return contracts.TokenParams{}, err
	}
	creator := supply
	if t.creatorShare != "" {
		if creator, err = tokenUnits(t.creatorShare); err != nil {
			return contracts.TokenParams{}, err
		}
	}
	return contracts.TokenParams{Name: t.name, Symbol: t.symbol, Supply: supply, CreatorAmount: creator,
		PercentClaimable: t.percent, SnapshotInterval: t.interval, ClaimPeriod: t.claimPeriod}, nil
}

// tokenize creates the model's token (and offering) and routes the model's revenue to it.
func tokenize(cmd *cobra.Command, f *imoFlags, p contracts.TokenParams) error {
	ctx := cmd.Context()
	ic, err := f.open(ctx, true, false)
	if err != nil {
		return err
	}
	defer ic.client.Close()
	t, err := modelregistry.Tokenize(ctx, ic.s, ic.fac, f.modelID, p)
	if err != nil {
		return err
	}
	tok, sale := t.Token, t.Sale
	txs := []txView{{Action: "create the token and lock the model's revenue route to it", Tx: t.Create.TxHash.Hex(), Gas: t.Create.GasUsed}}
	extra := map[string]any{"token": tok.Hex(), "model": f.modelID}
	if sale != (common.Address{}) {
		extra["sale"] = sale.Hex()
	}
	return printTxs(cmd, &f.clientFlags, txs, extra)
}

func newTokenCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "token", Short: "A model's ERC-7641 revenue-share token: create, show, snapshot, claim, burn"}

	var cf imoFlags
	var ct tokenTerms
	create := &cobra.Command{
		Use:   "create --model ID --name NAME --symbol SYM",
		Short: "Create the model's ERC-7641 token (all to the creator, no offering) and route the model's revenue to it",
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := ct.params()
			if err != nil {
				return err
			}
			return tokenize(cmd, &cf, p)
		},
	}
	cf.add(create, true)
	ct.add(create, "")

	var sf imoFlags
	var holder string
	show := &cobra.Command{
		Use:   "show --model ID [--holder ADDR]",
		Short: "Show the token's terms, pools and (for a holder) balance and claimable revenue",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			ic, err := sf.open(ctx, false, true)
			if err != nil {
				return err
			}
			defer ic.client.Close()
			info, err := ic.token.CallInfo(ctx)
			if err != nil {
				return err
			}
			pools, err := ic.token.CallPools(ctx, common.Address{})
			if err != nil {
				return err
			}
			v := map[string]any{"token": ic.token.Address().Hex(), "name": info.Name, "symbol": info.Symbol,
				"total_supply": fmtUnits(info.TotalSupply), "percent_claimable": info.PercentClaimable, "snapshot_interval": info.SnapshotInterval,
				"claim_period": info.ClaimPeriod, "snapshots": info.SnapshotCount, "revenue_source": info.RevenueSource.Hex(),
				"open_claims_wei": pools.OpenClaims.String(), "redemption_pool_wei": pools.Redemption.String(), "pending_wei": pools.Pending.String(),
				"claimed_wei": pools.Claimed.String(), "redeemed_wei": pools.Redeemed.String(), "rolled_forward_wei": pools.RolledForward.String()}
			if ic.sale != nil {
				si, err := ic.sale.CallInfo(ctx)
				if err != nil {
					return err
				}
				v["sale"] = map[string]any{"address": ic.sale.Address().Hex(), "state": []string{"active", "succeeded", "failed"}[si.State],
					"price_wei_per_token": si.Price.String(), "sold": fmtUnits(si.Sold), "cap": fmtUnits(si.Cap), "soft_cap": fmtUnits(si.SoftCap),
					"deadline": time.Unix(si.Deadline.Int64(), 0).UTC().Format(time.RFC3339), "raised_wei": si.Raised.String()}
			}
			if holder != "" {
				h, err := addressOf(holder)
				if err != nil {
					return fmt.Errorf("--holder: %w", err)
				}
				bal, err := ic.token.CallBalanceOf(ctx, h)
				if err != nil {
					return err
				}
				claim := map[string]string{}
				for s := uint64(1); s <= info.SnapshotCount.Uint64(); s++ {
					if c, err := ic.token.CallClaimable(ctx, h, s); err == nil && c.Sign() > 0 {
						claim[fmt.Sprint(s)] = c.String()
					}
				}
				red, _ := ic.token.CallRedeemable(ctx, bal)
				v["holder"] = map[string]any{"address": h.Hex(), "balance": fmtUnits(bal), "claimable_wei": claim, "redeemable_wei": red.String()}
			}
			return sf.print(cmd, v, func() {
				fmt.Fprintf(cmd.OutOrStdout(), "%s (%s) %s for model #%d\n  supply %s  %v%% claimable  snapshots %v (every ≥ %v s, claims open %v snapshots)\n  pools: open claims %v wei, redemption %v wei, pending %v wei; paid: claimed %v, redeemed %v, rolled forward %v\n",
					info.Name, info.Symbol, ic.token.Address().Hex(), sf.modelID, fmtUnits(info.TotalSupply), info.PercentClaimable, info.SnapshotCount,
					info.SnapshotInterval, info.ClaimPeriod, pools.OpenClaims, pools.Redemption, pools.Pending, pools.Claimed, pools.Redeemed, pools.RolledForward)
				if s, ok := v["sale"].(map[string]any); ok {
					fmt.Fprintf(cmd.OutOrStdout(), "  sale %s: %s, %s of %s tokens sold (soft cap %s) at %s wei each, %s wei raised, deadline %s\n",
						s["address"], s["state"], s["sold"], s["cap"], s["soft_cap"], s["price_wei_per_token"], s["raised_wei"], s["deadline"])
				}
				if h, ok := v["holder"].(map[string]any); ok {
					claims := h["claimable_wei"].(map[string]string)
					var cs []string
					for _, k := range slices.Sorted(maps.Keys(claims)) {
						cs = append(cs, fmt.Sprintf("snapshot %s: %s wei", k, claims[k]))
					}
					if len(cs) == 0 {
						cs = []string{"nothing"}
					}
					fmt.Fprintf(cmd.OutOrStdout(), "  holder %s: %s tokens; claimable %s; redeemable %s wei\n", h["address"], h["balance"], strings.Join(cs, ", "), h["redeemable_wei"])
				}
			})
		},
	}
	sf.add(show, false)
	show.Flags().StringVar(&holder, "holder", "", "also show this holder's balance and claimable revenue: an address or a devnet account name (user, creator, …)")

	var nf imoFlags
	snapshot := &cobra.Command{
		Use:   "snapshot --model ID",
		Short: "Take a snapshot: pull the model's revenue from the oracle and split it (anyone may)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			ic, err := nf.open(ctx, true, true)
			if err != nil {
				return err
			}
			defer ic.client.Close()
			var txs []txView
			r, err := ic.send(ctx, "snapshot", ic.token.SnapshotTx(), &txs)
			if err != nil {
				return err
			}
			id, err := ic.token.ParseSnapshot(r)
			if err != nil {
				return err
			}
			p, _ := ic.token.CallPools(ctx, common.Address{})
			return printTxs(cmd, &nf.clientFlags, txs, map[string]any{"snapshot": id, "claim_pool_wei": p.Claim.String(), "redemption_pool_wei": p.Redemption.String()})
		},
	}
	nf.add(snapshot, true)

	var lf imoFlags
	var snap uint64
	claim := &cobra.Command{
		Use:   "claim --model ID [--snapshot N]",
		Short: "Claim your revenue for a snapshot (default: every open snapshot with something to claim)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			ic, err := lf.open(ctx, true, true)
			if err != nil {
				return err
			}
			defer ic.client.Close()
			n, err := ic.token.CallSnapshotCount(ctx)
			if err != nil {
				return err
			}
			ids := []uint64{snap}
			if snap == 0 {
				ids = nil
				for s := uint64(1); s <= n; s++ {
					if c, err := ic.token.CallClaimable(ctx, ic.s.From(), s); err == nil && c.Sign() > 0 {
						ids = append(ids, s)
					}
				}
				if len(ids) == 0 {
					return fmt.Errorf("nothing to claim for %s in %d snapshot(s)", ic.s.From().Hex(), n)
				}
			}
			var txs []txView
			total := new(big.Int)
			for _, s := range ids {
				c, err := ic.token.CallClaimable(ctx, ic.s.From(), s)
				if err != nil {
					return err
				}
				if _, err := ic.send(ctx, fmt.Sprintf("claim snapshot %d", s), ic.token.ClaimTx(s), &txs); err != nil {
					return err
				}
				total.Add(total, c)
			}
			return printTxs(cmd, &lf.clientFlags, txs, map[string]any{"claimed_wei": total.String()})
		},
	}
	lf.add(claim, true)
	claim.Flags().Uint64Var(&snap, "snapshot", 0, "snapshot id (default: all open ones)")

	var bf imoFlags
	var amount string
	burn := &cobra.Command{
		Use:   "burn --model ID --amount TOKENS",
		Short: "Burn tokens for their share of the redemption pool",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			u, err := tokenUnits(amount)
			if err != nil {
				return err
			}
			ic, err := bf.open(ctx, true, true)
			if err != nil {
				return err
			}
			defer ic.client.Close()
			red, err := ic.token.CallRedeemable(ctx, u)
			if err != nil {
				return err
			}
			var txs []txView
			if _, err := ic.send(ctx, "burn "+amount+" tokens", ic.token.BurnTx(u), &txs); err != nil {
				return err
			}
			return printTxs(cmd, &bf.clientFlags, txs, map[string]any{"redeemed_wei": red.String()})
		},
	}
	bf.add(burn, true)
	burn.Flags().StringVar(&amount, "amount", "", "whole tokens to burn")
	_ = burn.MarkFlagRequired("amount")

	cmd.AddCommand(create, show, snapshot, claim, burn)
	return cmd
}

func newIMOCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "imo", Short: "Initial Model Offerings: start, buy, finalize"}

	var sf imoFlags
	var st tokenTerms
	var price, softCap string
	var duration time.Duration
	start := &cobra.Command{
		Use:   "start --model ID --name NAME --symbol SYM --price-wei WEI",
		Short: "Tokenize a model and offer its tokens: fixed price, cap (the offered tokens), soft cap, deadline",
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := st.params()
			if err != nil {
				return err
			}
			if p.SalePrice, err = parseWei(price); err != nil {
				return fmt.Errorf("--price-wei: %w", err)
			}
			if p.SaleSoftCap, err = tokenUnits(softCap); err != nil {
				return err
			}
			ic, err := sf.open(cmd.Context(), false, false)
			if err != nil {
				return err
			}
			head, err := ic.client.HeaderByNumber(cmd.Context(), nil)
			ic.client.Close()
			if err != nil {
				return err
			}
			p.SaleDeadline = new(big.Int).SetUint64(head.Time + uint64(duration/time.Second))
			return tokenize(cmd, &sf, p)
		},
	}
	sf.add(start, true)
	st.add(start, "400")
	start.Flags().StringVar(&price, "price-wei", "", "price of one whole token, in wei")
	start.Flags().StringVar(&softCap, "soft-cap", "0", "tokens that must sell for the offering to succeed")
	start.Flags().DurationVar(&duration, "duration", 24*time.Hour, "how long the offering runs")
	_ = start.MarkFlagRequired("price-wei")

	var bf imoFlags
	var amount string
	buy := &cobra.Command{
		Use:   "buy --model ID --amount TOKENS",
		Short: "Buy tokens in the model's offering at its fixed price (held in escrow until it ends)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			u, err := tokenUnits(amount)
			if err != nil {
				return err
			}
			ic, err := bf.open(ctx, true, true)
			if err != nil {
				return err
			}
			defer ic.client.Close()
			if ic.sale == nil {
				return fmt.Errorf("model #%d has no offering", bf.modelID)
			}
			cost, err := ic.sale.CallCost(ctx, u)
			if err != nil {
				return err
			}
			var txs []txView
			if _, err := ic.send(ctx, "buy "+amount+" tokens", ic.sale.BuyTx(u, cost), &txs); err != nil {
				return err
			}
			return printTxs(cmd, &bf.clientFlags, txs, map[string]any{"paid_wei": cost.String()})
		},
	}
	bf.add(buy, true)
	buy.Flags().StringVar(&amount, "amount", "", "whole tokens to buy")
	_ = buy.MarkFlagRequired("amount")

	var ff imoFlags
	finalize := &cobra.Command{
		Use:   "finalize --model ID",
		Short: "End the offering (after its deadline or once sold out), then collect your part: proceeds, tokens or refund",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			ic, err := ff.open(ctx, true, true)
			if err != nil {
				return err
			}
			defer ic.client.Close()
			if ic.sale == nil {
				return fmt.Errorf("model #%d has no offering", ff.modelID)
			}
			var txs []txView
			si, err := ic.sale.CallInfo(ctx)
			if err != nil {
				return err
			}
			if si.State == 0 {
				if _, err := ic.send(ctx, "finalize the offering", ic.sale.FinalizeTx(), &txs); err != nil {
					return err
				}
				if si, err = ic.sale.CallInfo(ctx); err != nil {
					return err
				}
			}
			me := ic.s.From()
			m, err := ic.reg.CallModel(ctx, ff.modelID)
			if err != nil {
				return err
			}
			switch {
			case si.State == 1 && me == m.Owner && si.Raised.Sign() > 0:
				_, err = ic.send(ctx, "withdraw the proceeds", ic.sale.WithdrawProceedsTx(), &txs)
			case si.State == 1:
				_, err = ic.send(ctx, "take my tokens", ic.sale.ClaimTokensTx(), &txs)
			case si.State == 2:
				_, err = ic.send(ctx, "take my refund", ic.sale.RefundTx(), &txs)
			}
			if err != nil && !contracts.IsRevert(err, "NothingOwed") {
				return err
			}
			return printTxs(cmd, &ff.clientFlags, txs, map[string]any{"state": []string{"active", "succeeded", "failed"}[si.State],
				"sold": fmtUnits(si.Sold), "soft_cap": fmtUnits(si.SoftCap)})
		},
	}
	ff.add(finalize, true)
	cmd.AddCommand(start, buy, finalize)
	return cmd
}

func newNFTCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "nft", Short: "ERC-7007 AI-generated content tokens: create a collection, mint a prompt, show a token"}
	var collection string
	// openNFT reads the prompt file and connects to the collection.
	openNFT := func(ctx context.Context, f *imoFlags, signs bool, file string) (*imoConn, *contracts.AIGCNFT, []byte, error) {
		prompt, err := os.ReadFile(file)
		if err != nil {
			return nil, nil, nil, err
		}
		ic, err := f.open(ctx, signs, false)
		if err != nil {
			return nil, nil, nil, err
		}
		addr := ic.dep.DigitNFT
		if collection != "" {
			addr = common.HexToAddress(collection)
		}
		if addr == (common.Address{}) {
			ic.client.Close()
			return nil, nil, nil, fmt.Errorf("no ERC-7007 collection (pass --collection)")
		}
		return ic, contracts.NewAIGCNFT(addr, ic.client), prompt, nil
	}

	var mf imoFlags
	var inputFile string
	var wait time.Duration
	var warp bool
	mint := &cobra.Command{
		Use:   "mint --input FILE",
		Short: "Commit to a prompt, reveal it to mint its token (requesting the inference), and bind the result once final",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			ic, nft, prompt, err := openNFT(ctx, &mf, true, inputFile)
			if err != nil {
				return err
			}
			defer ic.client.Close()
			var salt [32]byte
			if _, err := rand.Read(salt[:]); err != nil {
				return err
			}
			c, err := nft.CallCommitmentOf(ctx, ic.s.From(), prompt, salt)
			if err != nil {
				return err
			}
			var txs []txView
			if _, err := ic.send(ctx, "commit to the prompt", nft.CommitTx(c), &txs); err != nil {
				return err
			}
			fee, err := nft.CallMintFee(ctx)
			if err != nil {
				return err
			}
			// The reveal must land in a later block than the commitment.
			r, err := ic.send(ctx, "reveal and mint", nft.MintTx(prompt, salt, fee), &txs)
			if err != nil {
				return err
			}
			evs := ic.orc.ParseInferenceRequested(r)
			if len(evs) == 0 {
				return fmt.Errorf("mint %s requested no inference", r.TxHash.Hex())
			}
			req, nonce := evs[0].RequestID, evs[0].Nonce.Uint64()
			tokenID := contracts.TokenIDOf(prompt)
			extra := map[string]any{"token_id": tokenID.String(), "request_id": common.BigToHash(req).Hex(),
				"proof": "0x" + common.Bytes2Hex(contracts.NFTProof(req, nonce))}
			if wait > 0 {
				progress := cmd.ErrOrStderr()
				if mf.json {
					progress = io.Discard
				}
				out, err := finalOutput(ctx, ic.conn, req, wait, warp, progress)
				if err != nil {
					return err
				}
				if _, err := ic.send(ctx, "bind the final output (addAigcData)", nft.AddAigcDataTx(tokenID, prompt, out, contracts.NFTProof(req, nonce)), &txs); err != nil {
					return err
				}
				extra["aigc_data"] = "0x" + common.Bytes2Hex(out)
			}
			return printTxs(cmd, &mf.clientFlags, txs, extra)
		},
	}
	mf.add(mint, true)
	mint.Flags().StringVar(&inputFile, "input", "", "the prompt: the model's input bytes (e.g. 784 uint8 pixels for mnist-8)")
	mint.Flags().DurationVar(&wait, "wait", 0, "wait this long for the result to be final and bind it (0: do not wait)")
	mint.Flags().BoolVar(&warp, "warp", false, "devnet, with --wait: once the result is proposed, move the clock past its challenge window")
	mint.Flags().StringVar(&collection, "collection", "", "AIGCNFT address (default: the deployment's digit collection)")
	_ = mint.MarkFlagRequired("input")

	var shf imoFlags
	var showInput string
	show := &cobra.Command{
		Use:   "show --input FILE",
		Short: "Show a prompt's token: owner, request, status, and whether ERC-7007 verify holds",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			ic, nft, prompt, err := openNFT(ctx, &shf, false, showInput)
			if err != nil {
				return err
			}
			defer ic.client.Close()
			id := contracts.TokenIDOf(prompt)
			owner, err := nft.CallOwnerOf(ctx, id)
			if err != nil {
				return fmt.Errorf("token %s: %w", id, err)
			}
			req, _ := nft.CallRequestOf(ctx, id)
			data, _ := nft.CallAigcData(ctx, id)
			r, _ := ic.orc.CallRequest(ctx, req)
			v := map[string]any{"token_id": id.String(), "owner": owner.Hex(), "request_id": common.BigToHash(req).Hex(),
				"status": r.Status.String(), "aigc_data": "0x" + common.Bytes2Hex(data), "bound": len(data) > 0}
			return shf.print(cmd, v, func() {
				fmt.Fprintf(cmd.OutOrStdout(), "token %s\n  owner %s\n  request %s (%s)\n  content bound: %v %x\n", id, owner.Hex(), common.BigToHash(req).Hex(), r.Status, len(data) > 0, data)
			})
		},
	}
	shf.add(show, false)
	show.Flags().StringVar(&showInput, "input", "", "the prompt file")
	show.Flags().StringVar(&collection, "collection", "", "AIGCNFT address (default: the deployment's digit collection)")
	_ = show.MarkFlagRequired("input")
	var cf imoFlags
	var name, symbol string
	create := &cobra.Command{
		Use:   "create --model ID --name NAME --symbol SYM",
		Short: "Deploy an ERC-7007 collection whose tokens are the model's verified outputs",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			ic, err := cf.open(ctx, true, false)
			if err != nil {
				return err
			}
			defer ic.client.Close()
			if _, err := ic.reg.CallModel(ctx, cf.modelID); err != nil {
				return err
			}
			nft, err := contracts.DeployAIGCNFT(ctx, ic.s, ic.client, name, symbol, ic.dep.Oracle, cf.modelID)
			if err != nil {
				return err
			}
			return printTxs(cmd, &cf.clientFlags, nil, map[string]any{"collection": nft.Address().Hex(), "model": cf.modelID})
		},
	}
	cf.add(create, true)
	create.Flags().StringVar(&name, "name", "", "collection name")
	create.Flags().StringVar(&symbol, "symbol", "", "collection symbol")
	_ = create.MarkFlagRequired("name")
	_ = create.MarkFlagRequired("symbol")
	cmd.AddCommand(create, mint, show)
	return cmd
}

// finalOutput waits for a request to be final, telling each step on progress, and returns its result.
func finalOutput(ctx context.Context, c *conn, id *big.Int, timeout time.Duration, warp bool, progress io.Writer) ([]byte, error) {
	v, err := waitFinal(ctx, c, id, common.Address{}, timeout, warp, progress)
	if err != nil {
		return nil, err
	}
	if v.IsError {
		return nil, fmt.Errorf("request %s ended with error %d (%s)", v.RequestID, v.ErrorCode, v.Error)
	}
	if v.Status != "finalized" {
		return nil, fmt.Errorf("request %s was %s: it got no answer", v.RequestID, v.Status)
	}
	return common.FromHex(v.Output), nil
}
