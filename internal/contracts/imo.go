package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/chain"
)

// view reads one view through a bound contract.
func view[T any](ctx context.Context, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(c, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		return v, DecodeRevert(err)
	}
	return v, nil
}

func candidate(to common.Address, data []byte, value *big.Int) chain.TxCandidate {
	return chain.TxCandidate{To: &to, Data: data, Value: value}
}

// ---------------------------------------------------------------- IMOFactory

// IMOFactory creates models' ERC-7641 tokens and their offerings.
type IMOFactory struct {
	addr common.Address
	abi  *bindings.IMOFactory
	c    *bind.BoundContract
}

// TokenParams are an ERC-7641 token's terms (amounts in token units, 18 decimals).
type TokenParams struct {
	Name, Symbol              string
	Supply, CreatorAmount     *big.Int
	PercentClaimable          uint64
	SnapshotInterval          uint64 // seconds
	ClaimPeriod               uint64 // snapshots
	RevenueTokens             []common.Address
	SalePrice                 *big.Int // wei per whole token
	SaleSoftCap, SaleDeadline *big.Int // token units; unix time
}

// DeployIMOFactory deploys a factory for registry's models whose tokens pull revenue from oracle,
// and names it the registry's tokenizer (createToken locks a model's revenue route through it). s
// must be the registry's deployer, and the registry must have no tokenizer yet.
func DeployIMOFactory(ctx context.Context, s *chain.Sender, backend bind.ContractBackend, registry, oracle common.Address) (*IMOFactory, error) {
	b := bindings.NewIMOFactory()
	addr, _, err := s.Deploy(ctx, common.FromHex(bindings.IMOFactoryMetaData.Bin), b.PackConstructor(registry, oracle))
	if err != nil {
		return nil, fmt.Errorf("deploy IMOFactory: %w", err)
	}
	if _, err := s.Send(ctx, NewRegistry(registry, backend).SetTokenizerTx(addr)); err != nil {
		return nil, fmt.Errorf("name IMOFactory %s the registry's tokenizer: %w", addr.Hex(), err)
	}
	return NewIMOFactory(addr, backend), nil
}

// NewIMOFactory binds the factory at addr.
func NewIMOFactory(addr common.Address, backend bind.ContractBackend) *IMOFactory {
	b := bindings.NewIMOFactory()
	return &IMOFactory{addr: addr, abi: b, c: b.Instance(backend, addr)}
}

// Address is the factory's address.
func (f *IMOFactory) Address() common.Address { return f.addr }

// CreateTokenTx creates modelID's token and offering and makes the token the model's receiver for
// good (the model's owner only).
func (f *IMOFactory) CreateTokenTx(modelID uint64, p TokenParams) chain.TxCandidate {
	u := func(x uint64) *big.Int { return new(big.Int).SetUint64(x) }
	t := bindings.IMOFactoryTokenParams{Name: p.Name, Symbol: p.Symbol, Supply: p.Supply, CreatorAmount: p.CreatorAmount,
		PercentClaimable: u(p.PercentClaimable), SnapshotInterval: u(p.SnapshotInterval), ClaimPeriod: u(p.ClaimPeriod),
		RevenueTokens: append([]common.Address{}, p.RevenueTokens...)}
	s := bindings.IMOFactorySaleParams{Price: orZero(p.SalePrice), SoftCap: orZero(p.SaleSoftCap), Deadline: orZero(p.SaleDeadline)}
	return candidate(f.addr, f.abi.PackCreateToken(u(modelID), t, s), nil)
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// ParseTokenCreated returns the token and sale a CreateToken receipt made.
func (f *IMOFactory) ParseTokenCreated(rcpt *types.Receipt) (token, sale common.Address, err error) {
	for _, l := range rcpt.Logs {
		if ev, err := f.abi.UnpackTokenCreatedEvent(l); err == nil && l.Address == f.addr {
			return ev.Token, ev.Sale, nil
		}
	}
	return common.Address{}, common.Address{}, fmt.Errorf("no TokenCreated in tx %s", rcpt.TxHash)
}

// CallTokenOf reads a model's token and sale (zero when not tokenized).
func (f *IMOFactory) CallTokenOf(ctx context.Context, modelID uint64) (token, sale common.Address, err error) {
	id := new(big.Int).SetUint64(modelID)
	if token, err = view(ctx, f.c, f.abi.PackTokenOf(id), f.abi.UnpackTokenOf); err != nil {
		return
	}
	sale, err = view(ctx, f.c, f.abi.PackSaleOf(id), f.abi.UnpackSaleOf)
	return
}

// ---------------------------------------------------------------- ERC7641

// RevShareToken is an ERC-7641 token.
type RevShareToken struct {
	addr common.Address
	abi  *bindings.ERC7641
	c    *bind.BoundContract
}

// NewRevShareToken binds the token at addr.
func NewRevShareToken(addr common.Address, backend bind.ContractBackend) *RevShareToken {
	b := bindings.NewERC7641()
	return &RevShareToken{addr: addr, abi: b, c: b.Instance(backend, addr)}
}

// Address is the token's address.
func (t *RevShareToken) Address() common.Address { return t.addr }

// TokenInfo is a token's terms and state.
type TokenInfo struct {
	Name, Symbol                           string
	TotalSupply                            *big.Int
	PercentClaimable, SnapshotInterval     *big.Int
	ClaimPeriod, SnapshotCount, LastSnapAt *big.Int
	RevenueSource                          common.Address
}

// CallInfo reads the token's terms and state.
func (t *RevShareToken) CallInfo(ctx context.Context) (TokenInfo, error) {
	var i TokenInfo
	var err error
	steps := []func() error{
		func() error { i.Name, err = view(ctx, t.c, t.abi.PackName(), t.abi.UnpackName); return err },
		func() error { i.Symbol, err = view(ctx, t.c, t.abi.PackSymbol(), t.abi.UnpackSymbol); return err },
		func() error {
			i.TotalSupply, err = view(ctx, t.c, t.abi.PackTotalSupply(), t.abi.UnpackTotalSupply)
			return err
		},
		func() error {
			i.PercentClaimable, err = view(ctx, t.c, t.abi.PackPercentClaimable(), t.abi.UnpackPercentClaimable)
			return err
		},
		func() error {
			i.SnapshotInterval, err = view(ctx, t.c, t.abi.PackSnapshotInterval(), t.abi.UnpackSnapshotInterval)
			return err
		},
		func() error {
			i.ClaimPeriod, err = view(ctx, t.c, t.abi.PackClaimPeriod(), t.abi.UnpackClaimPeriod)
			return err
		},
		func() error {
			i.SnapshotCount, err = view(ctx, t.c, t.abi.PackSnapshotCount(), t.abi.UnpackSnapshotCount)
			return err
		},
		func() error {
			i.LastSnapAt, err = view(ctx, t.c, t.abi.PackLastSnapshotAt(), t.abi.UnpackLastSnapshotAt)
			return err
		},
		func() error {
			i.RevenueSource, err = view(ctx, t.c, t.abi.PackRevenueSource(), t.abi.UnpackRevenueSource)
			return err
		},
	}
	for _, f := range steps {
		if err := f(); err != nil {
			return i, err
		}
	}
	return i, nil
}

// CallBalanceOf reads an account's balance.
func (t *RevShareToken) CallBalanceOf(ctx context.Context, a common.Address) (*big.Int, error) {
	return view(ctx, t.c, t.abi.PackBalanceOf(a), t.abi.UnpackBalanceOf)
}

// CallClaimable reads the ETH a holder can claim for a snapshot.
func (t *RevShareToken) CallClaimable(ctx context.Context, a common.Address, snapshot uint64) (*big.Int, error) {
	return view(ctx, t.c, t.abi.PackClaimableRevenue(a, new(big.Int).SetUint64(snapshot)), t.abi.UnpackClaimableRevenue)
}

// CallRedeemable reads the ETH burning amount would redeem now.
func (t *RevShareToken) CallRedeemable(ctx context.Context, amount *big.Int) (*big.Int, error) {
	return view(ctx, t.c, t.abi.PackRedeemableOnBurn(amount), t.abi.UnpackRedeemableOnBurn)
}

// CallSnapshotCount reads the number of snapshots taken.
func (t *RevShareToken) CallSnapshotCount(ctx context.Context) (uint64, error) {
	n, err := view(ctx, t.c, t.abi.PackSnapshotCount(), t.abi.UnpackSnapshotCount)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// Pools is what a revenue token's pools hold and what was paid out of them.
type Pools struct {
	OpenClaims, Redemption, Pending         *big.Int
	Claimed, Redeemed, RolledForward, Claim *big.Int // Claim: the last snapshot's claim pool
}

// CallPools reads the ETH (token zero) or an ERC-20 revenue token's pools and totals.
func (t *RevShareToken) CallPools(ctx context.Context, token common.Address) (Pools, error) {
	var p Pools
	o, err := view(ctx, t.c, t.abi.PackPools(token), t.abi.UnpackPools)
	if err != nil {
		return p, err
	}
	p.OpenClaims, p.Redemption, p.Pending = o.OpenClaims, o.Redemption, o.Pending
	if p.Claimed, err = view(ctx, t.c, t.abi.PackTotalClaimed(token), t.abi.UnpackTotalClaimed); err != nil {
		return p, err
	}
	if p.Redeemed, err = view(ctx, t.c, t.abi.PackTotalRedeemed(token), t.abi.UnpackTotalRedeemed); err != nil {
		return p, err
	}
	if p.RolledForward, err = view(ctx, t.c, t.abi.PackTotalRolledForward(token), t.abi.UnpackTotalRolledForward); err != nil {
		return p, err
	}
	n, err := t.CallSnapshotCount(ctx)
	if err != nil {
		return p, err
	}
	p.Claim, err = view(ctx, t.c, t.abi.PackClaimPool(new(big.Int).SetUint64(n), token), t.abi.UnpackClaimPool)
	return p, err
}

// CallClaimPool reads what is left to claim of a snapshot's pool of token (zero: ETH).
func (t *RevShareToken) CallClaimPool(ctx context.Context, snapshot uint64, token common.Address) (*big.Int, error) {
	id := new(big.Int).SetUint64(snapshot)
	pool, err := view(ctx, t.c, t.abi.PackClaimPool(id, token), t.abi.UnpackClaimPool)
	if err != nil {
		return nil, err
	}
	claimed, err := view(ctx, t.c, t.abi.PackClaimedFrom(id, token), t.abi.UnpackClaimedFrom)
	if err != nil {
		return nil, err
	}
	return pool.Sub(pool, claimed), nil
}

// CallSupportsInterface reads ERC-165 support.
func (t *RevShareToken) CallSupportsInterface(ctx context.Context, id [4]byte) (bool, error) {
	return view(ctx, t.c, t.abi.PackSupportsInterface(id), t.abi.UnpackSupportsInterface)
}

// SnapshotTx takes a snapshot.
func (t *RevShareToken) SnapshotTx() chain.TxCandidate {
	return candidate(t.addr, t.abi.PackSnapshot(), nil)
}

// ClaimTx claims the sender's ETH for a snapshot.
func (t *RevShareToken) ClaimTx(snapshot uint64) chain.TxCandidate {
	return candidate(t.addr, t.abi.PackClaim(new(big.Int).SetUint64(snapshot)), nil)
}

// ClaimERC20Tx claims the sender's share of ERC-20 revenue token for a snapshot.
func (t *RevShareToken) ClaimERC20Tx(snapshot uint64, token common.Address) chain.TxCandidate {
	return candidate(t.addr, t.abi.PackClaimERC20(new(big.Int).SetUint64(snapshot), token), nil)
}

// CallClaimableERC20 reads the ERC-20 revenue a holder can claim for a snapshot.
func (t *RevShareToken) CallClaimableERC20(ctx context.Context, a common.Address, snapshot uint64, token common.Address) (*big.Int, error) {
	return view(ctx, t.c, t.abi.PackClaimableERC20(a, new(big.Int).SetUint64(snapshot), token), t.abi.UnpackClaimableERC20)
}

// CallRedeemableERC20 reads the ERC-20 revenue burning amount would redeem now.
func (t *RevShareToken) CallRedeemableERC20(ctx context.Context, amount *big.Int, token common.Address) (*big.Int, error) {
	return view(ctx, t.c, t.abi.PackRedeemableERC20OnBurn(amount, token), t.abi.UnpackRedeemableERC20OnBurn)
}

// BurnTx burns the sender's tokens for their share of the redemption pool.
func (t *RevShareToken) BurnTx(amount *big.Int) chain.TxCandidate {
	return candidate(t.addr, t.abi.PackBurn(amount), nil)
}

// TransferTx transfers tokens.
func (t *RevShareToken) TransferTx(to common.Address, amount *big.Int) chain.TxCandidate {
	return candidate(t.addr, t.abi.PackTransfer(to, amount), nil)
}

// ParseSnapshot returns the id of the snapshot rcpt took.
func (t *RevShareToken) ParseSnapshot(rcpt *types.Receipt) (uint64, error) {
	for _, l := range rcpt.Logs {
		if ev, err := t.abi.UnpackSnapshotEvent(l); err == nil && l.Address == t.addr {
			return ev.SnapshotId.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("no Snapshot in tx %s", rcpt.TxHash)
}

// ---------------------------------------------------------------- IMOSale

// IMOSale is a token offering.
type IMOSale struct {
	addr common.Address
	abi  *bindings.IMOSale
	c    *bind.BoundContract
}

// NewIMOSale binds the sale at addr.
func NewIMOSale(addr common.Address, backend bind.ContractBackend) *IMOSale {
	b := bindings.NewIMOSale()
	return &IMOSale{addr: addr, abi: b, c: b.Instance(backend, addr)}
}

// Address is the sale's address.
func (s *IMOSale) Address() common.Address { return s.addr }

// SaleInfo is a sale's terms and state (State: 0 active, 1 succeeded, 2 failed).
type SaleInfo struct {
	Price, Cap, SoftCap, Deadline, Sold, Raised *big.Int
	State                                       uint8
}

// CallInfo reads the sale's terms and state.
func (s *IMOSale) CallInfo(ctx context.Context) (SaleInfo, error) {
	var i SaleInfo
	var err error
	for _, f := range []func() error{
		func() error { i.Price, err = view(ctx, s.c, s.abi.PackPrice(), s.abi.UnpackPrice); return err },
		func() error { i.Cap, err = view(ctx, s.c, s.abi.PackCap(), s.abi.UnpackCap); return err },
		func() error { i.SoftCap, err = view(ctx, s.c, s.abi.PackSoftCap(), s.abi.UnpackSoftCap); return err },
		func() error { i.Deadline, err = view(ctx, s.c, s.abi.PackDeadline(), s.abi.UnpackDeadline); return err },
		func() error { i.Sold, err = view(ctx, s.c, s.abi.PackSold(), s.abi.UnpackSold); return err },
		func() error { i.Raised, err = view(ctx, s.c, s.abi.PackRaised(), s.abi.UnpackRaised); return err },
		func() error { i.State, err = view(ctx, s.c, s.abi.PackState(), s.abi.UnpackState); return err },
	} {
		if err := f(); err != nil {
			return i, err
		}
	}
	return i, nil
}

// CallCost reads the exact wei amount token units cost.
func (s *IMOSale) CallCost(ctx context.Context, amount *big.Int) (*big.Int, error) {
	return view(ctx, s.c, s.abi.PackCost(amount), s.abi.UnpackCost)
}

// BuyTx buys amount token units for exactly cost wei.
func (s *IMOSale) BuyTx(amount, cost *big.Int) chain.TxCandidate {
	return candidate(s.addr, s.abi.PackBuy(amount), cost)
}

// FinalizeTx ends the sale.
func (s *IMOSale) FinalizeTx() chain.TxCandidate { return candidate(s.addr, s.abi.PackFinalize(), nil) }

// ClaimTokensTx takes the sender's tokens after a successful sale.
func (s *IMOSale) ClaimTokensTx() chain.TxCandidate {
	return candidate(s.addr, s.abi.PackClaimTokens(), nil)
}

// RefundTx takes the sender's ETH back after a failed sale.
func (s *IMOSale) RefundTx() chain.TxCandidate { return candidate(s.addr, s.abi.PackRefund(), nil) }

// WithdrawProceedsTx sends a successful sale's proceeds to its creator.
func (s *IMOSale) WithdrawProceedsTx() chain.TxCandidate {
	return candidate(s.addr, s.abi.PackWithdrawProceeds(), nil)
}

// ---------------------------------------------------------------- AIGCNFT (ERC-7007)

// AIGCNFT is an ERC-7007 collection of one model's outputs.
type AIGCNFT struct {
	addr common.Address
	abi  *bindings.AIGCNFT
	c    *bind.BoundContract
}

// DeployAIGCNFT deploys a collection for one model.
func DeployAIGCNFT(ctx context.Context, s *chain.Sender, backend bind.ContractBackend, name, symbol string, oracle common.Address, modelID uint64) (*AIGCNFT, error) {
	b := bindings.NewAIGCNFT()
	addr, _, err := s.Deploy(ctx, common.FromHex(bindings.AIGCNFTMetaData.Bin), b.PackConstructor(name, symbol, oracle, new(big.Int).SetUint64(modelID)))
	if err != nil {
		return nil, fmt.Errorf("deploy AIGCNFT: %w", err)
	}
	return NewAIGCNFT(addr, backend), nil
}

// NewAIGCNFT binds the collection at addr.
func NewAIGCNFT(addr common.Address, backend bind.ContractBackend) *AIGCNFT {
	b := bindings.NewAIGCNFT()
	return &AIGCNFT{addr: addr, abi: b, c: b.Instance(backend, addr)}
}

// Address is the collection's address.
func (n *AIGCNFT) Address() common.Address { return n.addr }

// CallCommitmentOf computes the commitment for a prompt.
func (n *AIGCNFT) CallCommitmentOf(ctx context.Context, minter common.Address, prompt []byte, salt [32]byte) ([32]byte, error) {
	return view(ctx, n.c, n.abi.PackCommitmentOf(minter, prompt, salt), n.abi.UnpackCommitmentOf)
}

// CallMintFee reads the fee a mint pays.
func (n *AIGCNFT) CallMintFee(ctx context.Context) (*big.Int, error) {
	return view(ctx, n.c, n.abi.PackMintFee(), n.abi.UnpackMintFee)
}

// CallVerify runs ERC-7007 verify.
func (n *AIGCNFT) CallVerify(ctx context.Context, prompt, aigcData, proof []byte) (bool, error) {
	return view(ctx, n.c, n.abi.PackVerify(prompt, aigcData, proof), n.abi.UnpackVerify)
}

// CallAigcData reads the content bound to a token.
func (n *AIGCNFT) CallAigcData(ctx context.Context, tokenID *big.Int) ([]byte, error) {
	return view(ctx, n.c, n.abi.PackAigcDataOf(tokenID), n.abi.UnpackAigcDataOf)
}

// CallRequestOf reads the oracle request a token's mint made.
func (n *AIGCNFT) CallRequestOf(ctx context.Context, tokenID *big.Int) (*big.Int, error) {
	return view(ctx, n.c, n.abi.PackRequestOf(tokenID), n.abi.UnpackRequestOf)
}

// CallOwnerOf reads a token's owner.
func (n *AIGCNFT) CallOwnerOf(ctx context.Context, tokenID *big.Int) (common.Address, error) {
	return view(ctx, n.c, n.abi.PackOwnerOf(tokenID), n.abi.UnpackOwnerOf)
}

// CallSupportsInterface reads ERC-165 support.
func (n *AIGCNFT) CallSupportsInterface(ctx context.Context, id [4]byte) (bool, error) {
	return view(ctx, n.c, n.abi.PackSupportsInterface(id), n.abi.UnpackSupportsInterface)
}

// CallPayment reads what a token's mint paid, kept until its content is bound or it is refunded
// (zero minter: nothing kept).
func (n *AIGCNFT) CallPayment(ctx context.Context, tokenID *big.Int) (minter common.Address, paid, modelFee *big.Int, err error) {
	p, err := view(ctx, n.c, n.abi.PackPayments(tokenID), n.abi.UnpackPayments)
	return p.Minter, p.Paid, p.ModelFee, err
}

// CommitTx commits to a prompt.
func (n *AIGCNFT) CommitTx(c [32]byte) chain.TxCandidate {
	return candidate(n.addr, n.abi.PackCommit(c), nil)
}

// MintTx reveals a committed prompt, mints its token and requests its inference.
func (n *AIGCNFT) MintTx(prompt []byte, salt [32]byte, fee *big.Int) chain.TxCandidate {
	return candidate(n.addr, n.abi.PackMint(prompt, salt), fee)
}

// AddAigcDataTx binds a verified final output to its token.
func (n *AIGCNFT) AddAigcDataTx(tokenID *big.Int, prompt, aigcData, proof []byte) chain.TxCandidate {
	return candidate(n.addr, n.abi.PackAddAigcData(tokenID, prompt, aigcData, proof), nil)
}

// RefundMintTx undoes a mint whose request was refunded or finalized with an error: burns the token
// and pays the minter back what the oracle returned (anyone may send it).
func (n *AIGCNFT) RefundMintTx(tokenID *big.Int) chain.TxCandidate {
	return candidate(n.addr, n.abi.PackRefundMint(tokenID), nil)
}

// TransferTx moves a token from its owner (or an approved sender's from) to another account.
func (n *AIGCNFT) TransferTx(from, to common.Address, tokenID *big.Int) chain.TxCandidate {
	return candidate(n.addr, n.abi.PackTransferFrom(from, to, tokenID), nil)
}

// TokenIDOf is the token a prompt mints: keccak256(prompt).
func TokenIDOf(prompt []byte) *big.Int { return new(big.Int).SetBytes(crypto256(prompt)) }

// NFTProof is the ERC-7007 proof of an oracle result: abi.encode(requestId, nonce).
func NFTProof(requestID *big.Int, nonce uint64) []byte {
	return append(common.LeftPadBytes(requestID.Bytes(), 32), common.LeftPadBytes(new(big.Int).SetUint64(nonce).Bytes(), 32)...)
}

func crypto256(b []byte) []byte { return gethcrypto.Keccak256(b) }
