package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/bindings/testbindings"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

func units(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// imo is a model tokenized through the factory: 1000 tokens, 400 to the creator, 600 offered.
type imo struct {
	*env
	factory *contracts.IMOFactory
	token   *contracts.RevShareToken
	sale    *contracts.IMOSale
}

func (e *env) tokenize(p contracts.TokenParams) *imo {
	e.t.Helper()
	f, err := contracts.DeployIMOFactory(e.ctx, e.Sender(devchain.Deployer), e.Client, e.Registry.Address(), e.Oracle.Address())
	if err != nil {
		e.t.Fatal(err)
	}
	rcpt := e.send(devchain.Creator, f.CreateTokenTx(e.modelID, p))
	tok, sale, err := f.ParseTokenCreated(rcpt)
	if err != nil {
		e.t.Fatal(err)
	}
	return &imo{env: e, factory: f, token: contracts.NewRevShareToken(tok, e.Client), sale: contracts.NewIMOSale(sale, e.Client)}
}

func defaultTokenParams(e *env) contracts.TokenParams {
	head, _ := e.Client.HeaderByNumber(e.ctx, nil)
	return contracts.TokenParams{Name: "Digit Revenue", Symbol: "DIGIT", Supply: units(1000), CreatorAmount: units(400),
		PercentClaimable: 60, SnapshotInterval: 60, ClaimPeriod: 3,
		SalePrice: big.NewInt(1e15), SaleSoftCap: units(100), SaleDeadline: new(big.Int).SetUint64(head.Time + 3600)}
}

func (m *imo) buy(who string, amount *big.Int) {
	m.t.Helper()
	cost, err := m.sale.CallCost(m.ctx, amount)
	if err != nil {
		m.t.Fatal(err)
	}
	m.send(who, m.sale.BuyTx(amount, cost))
}

func (m *imo) snapshot() uint64 {
	m.t.Helper()
	m.advance(61 * time.Second)
	id, err := m.token.ParseSnapshot(m.send(devchain.Deployer, m.token.SnapshotTx()))
	if err != nil {
		m.t.Fatal(err)
	}
	return id
}

func (m *imo) pay(wei *big.Int) {
	m.t.Helper()
	to := m.token.Address()
	m.send(devchain.Treasury, chain.TxCandidate{To: &to, Value: wei})
}

func (m *imo) bal(who string) *big.Int {
	b, err := m.token.CallBalanceOf(m.ctx, m.Addr(who))
	if err != nil {
		m.t.Fatal(err)
	}
	return b
}

func (m *imo) claimable(who string, s uint64) *big.Int {
	c, err := m.token.CallClaimable(m.ctx, m.Addr(who), s)
	if err != nil {
		m.t.Fatal(err)
	}
	return c
}

func mulDiv(a, b, c *big.Int) *big.Int { return new(big.Int).Div(new(big.Int).Mul(a, b), c) }

// TestOfferingAndRevenueShare: the offering sells out to three buyers, who take their tokens; the
// creator gets the proceeds; revenue is split 60/40 at each snapshot; claims follow the balances at
// each snapshot across a transfer between them; a burn redeems its share of the redemption pool.
func TestOfferingAndRevenueShare(t *testing.T) {
	e := newEnv(t)
	m := e.tokenize(defaultTokenParams(e))
	buyers := map[string]int64{devchain.User: 200, devchain.User2: 250, devchain.Challenger: 150}
	for who, n := range buyers {
		m.buy(who, units(n))
	}
	m.revert(devchain.User, m.sale.BuyTx(units(1), big.NewInt(1e15)), "InvalidAmount") // sold out
	m.send(devchain.User, m.sale.FinalizeTx())
	before := m.ethBalance(m.Addr(devchain.Creator))
	m.send(devchain.Deployer, m.sale.WithdrawProceedsTx())
	if got := new(big.Int).Sub(m.ethBalance(m.Addr(devchain.Creator)), before); got.Cmp(big.NewInt(6e17)) != 0 {
		t.Fatalf("proceeds %s, want 0.6 ETH", got)
	}
	for who, n := range buyers {
		m.send(who, m.sale.ClaimTokensTx())
		if m.bal(who).Cmp(units(n)) != 0 {
			t.Fatalf("%s holds %s", who, m.bal(who))
		}
	}

	m.pay(big.NewInt(1e18))
	s1 := m.snapshot()
	m.send(devchain.User, m.token.TransferTx(m.Addr(devchain.User2), units(100))) // after s1
	m.pay(big.NewInt(5e17))
	s2 := m.snapshot()
	for who, n := range buyers {
		want1 := mulDiv(big.NewInt(6e17), units(n), units(1000))
		if got := m.claimable(who, s1); got.Cmp(want1) != 0 {
			t.Fatalf("%s snapshot 1: %s, want %s", who, got, want1)
		}
	}
	if got, want := m.claimable(devchain.User2, s2), mulDiv(big.NewInt(3e17), units(350), units(1000)); got.Cmp(want) != 0 {
		t.Fatalf("user2 snapshot 2 (after receiving 100): %s, want %s", got, want)
	}
	for who := range buyers {
		b := m.ethBalance(m.Addr(who))
		c := m.claimable(who, s1)
		rcpt := m.send(who, m.token.ClaimTx(s1))
		fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
		if got := new(big.Int).Sub(new(big.Int).Add(m.ethBalance(m.Addr(who)), fee), b); got.Cmp(c) != 0 {
			t.Fatalf("%s received %s, claimable was %s", who, got, c)
		}
		m.revert(who, m.token.ClaimTx(s1), "NothingToClaim")
	}
	// Burn: 50 tokens of 1000 redeem 5% of the redemption pool (0.4 + 0.2 ETH).
	red, _ := m.token.CallRedeemable(m.ctx, units(50))
	if want := mulDiv(big.NewInt(6e17), units(50), units(1000)); red.Cmp(want) != 0 {
		t.Fatalf("redeemable %s, want %s", red, want)
	}
	m.send(devchain.Challenger, m.token.BurnTx(units(50)))
	if m.bal(devchain.Challenger).Cmp(units(100)) != 0 {
		t.Fatal("burn did not burn")
	}
	m.checkConservation(big.NewInt(15e17), []string{devchain.Creator, devchain.User, devchain.User2, devchain.Challenger})
}

// checkConservation: every wei received is claimed, redeemed, still claimable or in a pool; no
// open snapshot promises more than its pool holds, and its unclaimable dust is below one wei per holder.
func (m *imo) checkConservation(received *big.Int, holders []string) {
	m.t.Helper()
	p, err := m.token.CallPools(m.ctx, common.Address{})
	if err != nil {
		m.t.Fatal(err)
	}
	sum := new(big.Int).Add(p.Claimed, p.Redeemed)
	sum.Add(sum, p.OpenClaims).Add(sum, p.Redemption).Add(sum, p.Pending)
	if sum.Cmp(received) != 0 {
		m.t.Fatalf("claimed %s + redeemed %s + open claims %s + redemption %s + pending %s = %s ≠ received %s",
			p.Claimed, p.Redeemed, p.OpenClaims, p.Redemption, p.Pending, sum, received)
	}
	if eth := m.ethBalance(m.token.Address()); new(big.Int).Add(new(big.Int).Add(p.OpenClaims, p.Redemption), p.Pending).Cmp(eth) != 0 {
		m.t.Fatalf("pools %s+%s+%s ≠ the token's balance %s", p.OpenClaims, p.Redemption, p.Pending, eth)
	}
	n, _ := m.token.CallSnapshotCount(m.ctx)
	info, _ := m.token.CallInfo(m.ctx)
	for s := uint64(1); s <= n; s++ {
		if s+info.ClaimPeriod.Uint64() <= n {
			continue
		}
		owed := new(big.Int)
		for _, h := range holders {
			owed.Add(owed, m.claimable(h, s))
		}
		pool, _ := m.token.CallClaimPool(m.ctx, s, common.Address{})
		if owed.Cmp(pool) > 0 {
			m.t.Fatalf("snapshot %d owes %s from a pool of %s", s, owed, pool)
		}
	}
}

// TestOfferingMissesItsSoftCap: after the deadline with too little sold, buyers get their ETH back
// and every offered token returns to the creator.
func TestOfferingMissesItsSoftCap(t *testing.T) {
	e := newEnv(t)
	m := e.tokenize(defaultTokenParams(e))
	m.buy(devchain.User, units(60))
	m.revert(devchain.User, m.sale.FinalizeTx(), "SaleNotOver")
	m.advance(2 * time.Hour)
	m.revert(devchain.User2, m.sale.BuyTx(units(1), big.NewInt(1e15)), "SaleOver")
	m.send(devchain.User2, m.sale.FinalizeTx())
	m.revert(devchain.User, m.sale.ClaimTokensTx(), "WrongState")
	before := m.ethBalance(m.Addr(devchain.User))
	rcpt := m.send(devchain.User, m.sale.RefundTx())
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(m.ethBalance(m.Addr(devchain.User)), fee), before); got.Cmp(big.NewInt(6e16)) != 0 {
		t.Fatalf("refund %s", got)
	}
	m.revert(devchain.User, m.sale.RefundTx(), "NothingOwed")
	if m.bal(devchain.Creator).Cmp(units(1000)) != 0 {
		t.Fatalf("creator holds %s after a failed sale", m.bal(devchain.Creator))
	}
}

// TestRevShareExpiryAndZeroSupply: a claim left open for claimPeriod snapshots expires and its
// remainder (with the rounding dust) rolls into the next split; revenue that arrives while nobody
// holds tokens waits in pending revenue.
func TestRevShareExpiryAndZeroSupply(t *testing.T) {
	e := newEnv(t)
	p := defaultTokenParams(e)
	p.CreatorAmount, p.ClaimPeriod = p.Supply, 2 // no offering
	m := e.tokenize(p)
	m.send(devchain.Creator, m.token.TransferTx(m.Addr(devchain.User), units(333)))
	m.pay(big.NewInt(1e18 + 7)) // odd: leaves dust
	s1 := m.snapshot()
	m.send(devchain.User, m.token.ClaimTx(s1))
	unclaimed, _ := m.token.CallClaimPool(m.ctx, s1, common.Address{}) // the creator's share and the dust
	m.snapshot()
	pools, _ := m.token.CallPools(m.ctx, common.Address{})
	if pools.RolledForward.Sign() != 0 {
		t.Fatal("rolled forward before expiry")
	}
	s3 := m.snapshot() // snapshot 1 leaves the window (3 - 2)
	m.revert(devchain.Creator, m.token.ClaimTx(s1), "ClaimClosed")
	pools, _ = m.token.CallPools(m.ctx, common.Address{})
	if pools.RolledForward.Cmp(unclaimed) != 0 {
		t.Fatalf("rolled forward %s, unclaimed was %s", pools.RolledForward, unclaimed)
	}
	// The rolled-forward remainder was split again at snapshot 3.
	if want := mulDiv(unclaimed, big.NewInt(60), big.NewInt(100)); pools.Claim.Cmp(want) != 0 {
		t.Fatalf("snapshot %d pool %s, want 60%% of %s", s3, pools.Claim, unclaimed)
	}
	m.checkConservation(big.NewInt(1e18+7), []string{devchain.Creator, devchain.User})

	// Everyone burns: supply zero; new revenue is not split (no holders) and nothing is redeemable.
	m.send(devchain.Creator, m.token.BurnTx(m.bal(devchain.Creator)))
	m.send(devchain.User, m.token.BurnTx(m.bal(devchain.User)))
	m.pay(big.NewInt(5e17))
	m.snapshot()
	pools, _ = m.token.CallPools(m.ctx, common.Address{})
	if pools.Claim.Sign() != 0 || pools.Pending.Cmp(big.NewInt(5e17)) < 0 {
		t.Fatalf("zero supply: pool %s, pending %s", pools.Claim, pools.Pending)
	}
	if r, _ := m.token.CallRedeemable(m.ctx, units(1)); r.Sign() != 0 {
		t.Fatalf("redeemable with zero supply: %s", r)
	}
	m.checkConservation(big.NewInt(15e17+7), []string{devchain.Creator, devchain.User})
}

// TestRevShareConservation: random revenue, transfers, snapshots, claims and burns; after every
// step the books balance to the wei (claimed + redeemed + open claims + pools = received) and no
// snapshot owes more than its pool. FuzzRevShareConservation explores further seeds.
func TestRevShareConservation(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		runConservation(t, seed, 80)
	}
}

func FuzzRevShareConservation(f *testing.F) {
	f.Add(uint64(42))
	f.Fuzz(func(t *testing.T, seed uint64) { runConservation(t, seed, 40) })
}

func runConservation(t *testing.T, seed uint64, steps int) {
	e := newEnv(t)
	p := defaultTokenParams(e)
	p.CreatorAmount, p.ClaimPeriod, p.PercentClaimable = p.Supply, 2, 37
	m := e.tokenize(p)
	rng := rand.New(rand.NewPCG(seed, 99))
	holders := []string{devchain.Creator, devchain.User, devchain.User2, devchain.Challenger}
	received := new(big.Int)
	for i := 0; i < steps; i++ {
		who := holders[rng.IntN(len(holders))]
		switch op := rng.IntN(6); op {
		case 0:
			wei := big.NewInt(rng.Int64N(1e18) + 1)
			m.pay(wei)
			received.Add(received, wei)
		case 1:
			if b := m.bal(who); b.Sign() > 0 {
				// A random share of the balance, in 1/1000s (and at least one unit).
				amt := mulDiv(b, big.NewInt(rng.Int64N(1000)+1), big.NewInt(1000))
				m.send(who, m.token.TransferTx(m.Addr(holders[rng.IntN(len(holders))]), amt))
			}
		case 2:
			m.snapshot()
		case 3:
			n, _ := m.token.CallSnapshotCount(m.ctx)
			if n > 0 {
				s := n - uint64(rng.IntN(2))
				if s > 0 && m.claimable(who, s).Sign() > 0 {
					m.send(who, m.token.ClaimTx(s))
				}
			}
		case 4:
			if b := m.bal(who); b.Sign() > 0 && rng.IntN(3) == 0 {
				m.send(who, m.token.BurnTx(new(big.Int).Div(b, big.NewInt(int64(rng.IntN(4)+1)))))
			}
		case 5:
			m.advance(time.Duration(rng.IntN(90)) * time.Second)
		}
		m.checkConservation(received, holders)
	}
}

// TestRevShareReentrancy: a holder whose receive hook re-enters claim or burn gets paid once.
func TestRevShareReentrancy(t *testing.T) {
	e := newEnv(t)
	p := defaultTokenParams(e)
	p.CreatorAmount = p.Supply
	m := e.tokenize(p)
	b := testbindings.NewReentrantHolder()
	addr, _, err := e.Sender(devchain.Deployer).Deploy(e.ctx, common.FromHex(testbindings.ReentrantHolderMetaData.Bin), b.PackConstructor(m.token.Address()))
	if err != nil {
		t.Fatal(err)
	}
	m.send(devchain.Creator, m.token.TransferTx(addr, units(100)))
	m.pay(big.NewInt(1e18))
	s := m.snapshot()
	owed, _ := m.token.CallClaimable(e.ctx, addr, s)
	m.send(devchain.User, chain.TxCandidate{To: &addr, Data: b.PackClaim(new(big.Int).SetUint64(s))})
	redeem, _ := m.token.CallRedeemable(e.ctx, units(10))
	m.send(devchain.User, chain.TxCandidate{To: &addr, Data: b.PackBurn(units(10))})
	inst := b.Instance(e.Client, addr)
	re, _ := viewOf(e, inst, b.PackReentered(), b.UnpackReentered)
	got, _ := viewOf(e, inst, b.PackReceived(), b.UnpackReceived)
	if re.Sign() != 0 || got.Cmp(new(big.Int).Add(owed, redeem)) != 0 {
		t.Fatalf("re-entered %s times; received %s, owed %s + %s", re, got, owed, redeem)
	}
	m.checkConservation(big.NewInt(1e18), []string{devchain.Creator})
}

// TestInterfaceIDs: ERC-165 answers for ERC-7641 (and its ERC-20 revenue extension), ERC-20,
// ERC-7007 (0x702c55a6, as the EIP states) and ERC-721, computed here from the selectors.
func TestInterfaceIDs(t *testing.T) {
	e := newEnv(t)
	m := e.tokenize(defaultTokenParams(e))
	xor := func(sigs ...string) (id [4]byte) {
		for _, s := range sigs {
			h := crypto.Keccak256([]byte(s))
			for i := range id {
				id[i] ^= h[i]
			}
		}
		return id
	}
	erc7641 := xor("claimableRevenue(address,uint256)", "claim(uint256)", "snapshot()", "redeemableOnBurn(uint256)", "burn(uint256)")
	alt := xor("claimableERC20(address,uint256,address)", "redeemableERC20OnBurn(uint256,address)")
	erc7007 := xor("addAigcData(uint256,bytes,bytes,bytes)", "verify(bytes,bytes,bytes)")
	if erc7007 != [4]byte{0x70, 0x2c, 0x55, 0xa6} {
		t.Fatalf("ERC-7007 id %x", erc7007)
	}
	for _, id := range [][4]byte{erc7641, alt, {0x36, 0x37, 0x2b, 0x07}, {0x01, 0xff, 0xc9, 0xa7}} {
		if ok, err := m.token.CallSupportsInterface(e.ctx, id); err != nil || !ok {
			t.Fatalf("token: %x not supported (%v)", id, err)
		}
	}
	nft, err := contracts.DeployAIGCNFT(e.ctx, e.Sender(devchain.Creator), e.Client, "Digits", "DGT", e.Oracle.Address(), e.modelID)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range [][4]byte{erc7007, {0x80, 0xac, 0x58, 0xcd}, {0x01, 0xff, 0xc9, 0xa7}} {
		if ok, err := nft.CallSupportsInterface(e.ctx, id); err != nil || !ok {
			t.Fatalf("nft: %x not supported (%v)", id, err)
		}
	}
	if ok, _ := nft.CallSupportsInterface(e.ctx, [4]byte{0xff, 0xff, 0xff, 0xff}); ok {
		t.Fatal("0xffffffff supported")
	}
}

func viewOf[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return bind.Call(c, &bind.CallOpts{Context: e.ctx}, data, unpack)
}

// TestERC20Revenue: revenue paid in an ERC-20 (AltRevToken): split at the snapshot, claimed pro
// rata, redeemed on burn beside ETH; a token that is not a revenue token is refused.
func TestERC20Revenue(t *testing.T) {
	e := newEnv(t)
	usd := testbindings.NewTestToken()
	usdAddr, _, err := e.Sender(devchain.Deployer).Deploy(e.ctx, common.FromHex(testbindings.TestTokenMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	p := defaultTokenParams(e)
	p.CreatorAmount, p.RevenueTokens = p.Supply, []common.Address{usdAddr}
	m := e.tokenize(p)
	m.send(devchain.Creator, m.token.TransferTx(m.Addr(devchain.User), units(250)))
	m.send(devchain.Treasury, chain.TxCandidate{To: &usdAddr, Data: usd.PackMint(m.token.Address(), big.NewInt(1_000_000))})
	m.pay(big.NewInt(1e18))
	s := m.snapshot()
	got, _ := m.token.CallClaimableERC20(e.ctx, m.Addr(devchain.User), s, usdAddr)
	if got.Cmp(big.NewInt(150_000)) != 0 { // 60% of 1,000,000 × 250/1000
		t.Fatalf("claimable USD %s", got)
	}
	m.send(devchain.User, m.token.ClaimERC20Tx(s, usdAddr))
	m.send(devchain.User, m.token.ClaimTx(s))
	inst := usd.Instance(e.Client, usdAddr)
	if b, _ := viewOf(e, inst, usd.PackBalanceOf(m.Addr(devchain.User)), usd.UnpackBalanceOf); b.Cmp(big.NewInt(150_000)) != 0 {
		t.Fatalf("user holds %s USD", b)
	}
	// Burning 100 of 1000 redeems 10% of each redemption pool (40% of revenue).
	if r, _ := m.token.CallRedeemableERC20(e.ctx, units(100), usdAddr); r.Cmp(big.NewInt(40_000)) != 0 {
		t.Fatalf("redeemable USD %s", r)
	}
	m.send(devchain.User, m.token.BurnTx(units(100)))
	if b, _ := viewOf(e, inst, usd.PackBalanceOf(m.Addr(devchain.User)), usd.UnpackBalanceOf); b.Cmp(big.NewInt(150_000+40_000)) != 0 {
		t.Fatalf("after the burn the user holds %s USD", b)
	}
	m.revert(devchain.User, m.token.ClaimERC20Tx(s, m.Addr(devchain.User)), "NotARevenueToken")
	pools, _ := m.token.CallPools(e.ctx, usdAddr)
	sum := new(big.Int).Add(pools.Claimed, pools.Redeemed)
	sum.Add(sum, pools.OpenClaims).Add(sum, pools.Redemption).Add(sum, pools.Pending)
	if sum.Cmp(big.NewInt(1_000_000)) != 0 {
		t.Fatalf("USD books: %s", sum)
	}
}

// mint is one AIGCNFT mint: its token and the oracle request it made.
type mint struct {
	tokenID, requestID *big.Int
	nonce              uint64
	fee                *big.Int
}

func (e *env) deployNFT() *contracts.AIGCNFT {
	e.t.Helper()
	nft, err := contracts.DeployAIGCNFT(e.ctx, e.Sender(devchain.Creator), e.Client, "Digits", "DGT", e.Oracle.Address(), e.modelID)
	if err != nil {
		e.t.Fatal(err)
	}
	return nft
}

// commitAndMint commits to prompt as who, then mints it in the next block.
func (e *env) commitAndMint(nft *contracts.AIGCNFT, who string, prompt []byte, salt [32]byte) mint {
	e.t.Helper()
	c, err := nft.CallCommitmentOf(e.ctx, e.Addr(who), prompt, salt)
	if err != nil {
		e.t.Fatal(err)
	}
	e.send(who, nft.CommitTx(c))
	fee, err := nft.CallMintFee(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	ev := e.Oracle.ParseInferenceRequested(e.send(who, nft.MintTx(prompt, salt, fee)))
	if len(ev) != 1 {
		e.t.Fatalf("mint made %d requests", len(ev))
	}
	return mint{tokenID: contracts.TokenIDOf(prompt), requestID: ev[0].RequestID, nonce: ev[0].Nonce.Uint64(), fee: fee}
}

// answer proposes output for id and finalizes it after the window.
func (e *env) answer(id *big.Int, output []byte) {
	e.t.Helper()
	e.send(devchain.Operator, e.Oracle.ProposeResultTx(id, output))
	e.advance(testWindow * time.Second)
	e.send(devchain.Operator2, e.Oracle.FinalizeTx(id))
}

// TestAIGCNFTCommitmentCannotBeOverwritten (issue #14): someone who copies a minter's commitment
// from the mempool and re-commits it in the block of the minter's reveal must not make the reveal
// fail (CommitmentTooRecent) or restart its TTL.
func TestAIGCNFTCommitmentCannotBeOverwritten(t *testing.T) {
	e := newEnv(t)
	nft := e.deployNFT()
	prompt, salt := mnistLikeInput(), [32]byte{1}
	c, _ := nft.CallCommitmentOf(e.ctx, e.Addr(devchain.User), prompt, salt)
	e.send(devchain.User, nft.CommitTx(c))
	fee, _ := nft.CallMintFee(e.ctx)

	// One block: the griefer's re-commit, then the minter's reveal.
	grief, err := e.Sender(devchain.User2).SendNoWait(e.ctx, nft.CommitTx(c))
	if err != nil {
		t.Fatal(err)
	}
	reveal := nft.MintTx(prompt, salt, fee)
	reveal.GasLimit = 1_000_000 // no estimate: it would see the pool's state
	mintTx, err := e.Sender(devchain.User).SendNoWait(e.ctx, reveal)
	if err != nil {
		t.Fatal(err)
	}
	e.Mine()
	gr, err1 := e.Client.TransactionReceipt(e.ctx, grief.Hash())
	mr, err2 := e.Client.TransactionReceipt(e.ctx, mintTx.Hash())
	if err1 != nil || err2 != nil || gr.BlockNumber.Cmp(mr.BlockNumber) != 0 || gr.TransactionIndex > mr.TransactionIndex {
		t.Fatalf("want the re-commit before the reveal in one block: %v %v", err1, err2)
	}
	if mr.Status != 1 {
		t.Fatal("the minter's reveal failed after someone re-committed its commitment")
	}
	if o, err := nft.CallOwnerOf(e.ctx, contracts.TokenIDOf(prompt)); err != nil || o != e.Addr(devchain.User) {
		t.Fatalf("owner %s (%v)", o, err)
	}
	// Not even its committer can make a live commitment again; once expired, it can.
	c, _ = nft.CallCommitmentOf(e.ctx, e.Addr(devchain.User), prompt, [32]byte{2})
	e.send(devchain.User, nft.CommitTx(c))
	e.revert(devchain.User, nft.CommitTx(c), "CommitmentLive")
	for i := 0; i < 256; i++ {
		e.Mine()
	}
	e.send(devchain.User, nft.CommitTx(c))
}

// TestAIGCNFTVerifiesTheMintsOwnRequest (issue #14): verify and addAigcData accept only the
// result of the request the token's mint made, not another finalized request for the same
// prompt that anyone can make directly at the oracle.
func TestAIGCNFTVerifiesTheMintsOwnRequest(t *testing.T) {
	e := newEnv(t)
	nft := e.deployNFT()
	prompt := mnistLikeInput()
	m := e.commitAndMint(nft, devchain.User, prompt, [32]byte{1})

	// Someone asks the oracle for the same prompt directly; that request is answered first.
	rcpt := e.send(devchain.User2, e.Oracle.RequestTx(contracts.NewRequest{ModelID: e.modelID, Input: prompt}, e.fee(e.modelID, 0)))
	other := e.Oracle.ParseInferenceRequested(rcpt)[0]
	e.answer(other.RequestID, logits(7))
	otherProof := contracts.NFTProof(other.RequestID, other.Nonce.Uint64())
	if ok, _ := nft.CallVerify(e.ctx, prompt, logits(7), otherProof); ok {
		t.Fatal("verify accepted another request's result")
	}
	e.revert(devchain.User2, nft.AddAigcDataTx(m.tokenID, prompt, logits(7), otherProof), "NotVerified")

	e.answer(m.requestID, logits(3))
	proof := contracts.NFTProof(m.requestID, m.nonce)
	if ok, _ := nft.CallVerify(e.ctx, prompt, logits(3), proof); !ok {
		t.Fatal("verify refused the mint's own final result")
	}
	e.send(devchain.User2, nft.AddAigcDataTx(m.tokenID, prompt, logits(3), proof))
	if d, _ := nft.CallAigcData(e.ctx, m.tokenID); string(d) != string(logits(3)) {
		t.Fatal("content not bound")
	}
}

// TestAIGCNFTContentIsBoundOnce (issue #14): addAigcData binds a token's content once; a second
// call, even with a proof that verifies, is refused.
func TestAIGCNFTContentIsBoundOnce(t *testing.T) {
	e := newEnv(t)
	nft := e.deployNFT()
	prompt := mnistLikeInput()
	m := e.commitAndMint(nft, devchain.User, prompt, [32]byte{1})
	e.answer(m.requestID, logits(3))
	proof := contracts.NFTProof(m.requestID, m.nonce)
	back := new(big.Int).Sub(m.fee, e.keeperPay(0)) // what a refund would return
	if minter, paid, mf, _ := nft.CallPayment(e.ctx, m.tokenID); minter != e.Addr(devchain.User) || paid.Cmp(back) != 0 || mf.Cmp(modelFee) != 0 {
		t.Fatalf("payment of the mint: %s %s %s", minter, paid, mf)
	}
	e.send(devchain.User, nft.AddAigcDataTx(m.tokenID, prompt, logits(3), proof))
	e.revert(devchain.User2, nft.AddAigcDataTx(m.tokenID, prompt, logits(3), proof), "AigcDataAlreadyAdded")
	// A mint with its content bound has nothing to refund.
	if minter, _, _, _ := nft.CallPayment(e.ctx, m.tokenID); minter != (common.Address{}) {
		t.Fatal("payment kept after the content was bound")
	}
	e.revert(devchain.User2, nft.RefundMintTx(m.tokenID), "NothingToRefund")
}

// TestAIGCNFTRefundedMintPaysTheMinterBack (issue #14): a mint whose request is refunded (no answer
// by the deadline) or finalized with an error pays its minter back what the oracle returned (the
// fee less the refunder's keeper pay, or the model fee), burns the token, which can never carry content, and frees the prompt
// to be minted again.
func TestAIGCNFTRefundedMintPaysTheMinterBack(t *testing.T) {
	e := newEnv(t)
	nft := e.deployNFT()
	prompt := mnistLikeInput()
	minter := e.Addr(devchain.User)
	m := e.commitAndMint(nft, devchain.User, prompt, [32]byte{1})
	// The token changes hands; the refund still goes to whoever paid for the mint.
	e.send(devchain.User, nft.TransferTx(minter, e.Addr(devchain.User2), m.tokenID))
	e.revert(devchain.User2, nft.RefundMintTx(m.tokenID), "NothingToRefund") // still pending
	e.advance(time.Duration(e.params.Config.RequestTimeout+1) * time.Second)
	keeperBefore := e.balance(e.Addr(devchain.User2))
	e.send(devchain.User2, e.Oracle.RefundTx(m.requestID))
	kp := e.keeperPay(0)
	if got := new(big.Int).Sub(e.balance(e.Addr(devchain.User2)), keeperBefore); got.Cmp(kp) != 0 {
		t.Fatalf("the refunder earned %s, want the keeper pay %s", got, kp)
	}
	before := e.ethBalance(minter)
	e.send(devchain.User2, nft.RefundMintTx(m.tokenID))
	if got := new(big.Int).Sub(e.ethBalance(minter), before); got.Cmp(new(big.Int).Sub(m.fee, kp)) != 0 {
		t.Fatalf("the minter got %s back of the %s it paid (keeper pay %s)", got, m.fee, kp)
	}
	if _, err := nft.CallOwnerOf(e.ctx, m.tokenID); !contracts.IsRevert(err, "ERC721NonexistentToken") {
		t.Fatalf("token of a refunded mint still exists: %v", err)
	}
	e.revert(devchain.User2, nft.RefundMintTx(m.tokenID), "NothingToRefund")

	// The prompt is free again; this mint ends in an error: the model fee comes back.
	m = e.commitAndMint(nft, devchain.User, prompt, [32]byte{2})
	e.send(devchain.Operator, e.Oracle.ProposeErrorTx(m.requestID, contracts.ErrorInvalidInput))
	e.advance(testWindow * time.Second)
	e.send(devchain.Operator, e.Oracle.FinalizeTx(m.requestID))
	before = e.ethBalance(minter)
	e.send(devchain.User2, nft.RefundMintTx(m.tokenID))
	if got := new(big.Int).Sub(e.ethBalance(minter), before); got.Cmp(modelFee) != 0 {
		t.Fatalf("the minter got %s back of an errored mint, want the model fee %s", got, modelFee)
	}
	if b := e.balance(nft.Address()); b.Sign() != 0 {
		t.Fatalf("the collection keeps %s wei at the oracle", b)
	}
}

// TestAIGCNFTMintReturnsTheSurplus: mint's fee follows the base fee (the keeper pay prices gas), so
// a minter sends a margin; the oracle takes exactly the fee in the mint's block and the surplus goes
// back to the minter in the same transaction; less than the fee is refused with nothing taken.
func TestAIGCNFTMintReturnsTheSurplus(t *testing.T) {
	e := newEnv(t)
	nft := e.deployNFT()
	prompt, salt := mnistLikeInput(), [32]byte{7}
	c, _ := nft.CallCommitmentOf(e.ctx, e.Addr(devchain.User), prompt, salt)
	e.send(devchain.User, nft.CommitTx(c))
	e.advance(time.Second) // reveal in a later block
	fee, err := nft.CallMintFee(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.revert(devchain.User, nft.MintTx(prompt, salt, new(big.Int).Sub(fee, big.NewInt(1))), "WrongFee")
	held := e.ethBalance(e.Oracle.Address())
	before := e.ethBalance(e.Addr(devchain.User))
	surplus := big.NewInt(1e15)
	rcpt := e.send(devchain.User, nft.MintTx(prompt, salt, new(big.Int).Add(fee, surplus)))
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	paid := new(big.Int).Sub(before, e.ethBalance(e.Addr(devchain.User)))
	paid.Sub(paid, gas)
	ev := e.Oracle.ParseInferenceRequested(rcpt)
	if len(ev) != 1 || paid.Cmp(ev[0].Fee) != 0 || new(big.Int).Sub(e.ethBalance(e.Oracle.Address()), held).Cmp(ev[0].Fee) != 0 {
		t.Fatalf("minter paid %s, the oracle took %s, the request's fee %v", paid, new(big.Int).Sub(e.ethBalance(e.Oracle.Address()), held), ev)
	}
	if e.balance(e.Addr(devchain.User)).Sign() != 0 {
		t.Fatal("the surplus was credited at the oracle instead of returned")
	}
}
