package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/chain"
)

// RequestStatus mirrors IAIOracle.RequestStatus.
type RequestStatus uint8

const (
	StatusNone RequestStatus = iota
	StatusPending
	StatusProposed
	StatusFinalized
	StatusRefunded
)

func (s RequestStatus) String() string {
	switch s {
	case StatusNone:
		return "none"
	case StatusPending:
		return "pending"
	case StatusProposed:
		return "proposed"
	case StatusFinalized:
		return "finalized"
	case StatusRefunded:
		return "refunded"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// ErrorInvalidInput is the error code an operator proposes for an input the model cannot take.
const ErrorInvalidInput uint16 = 1

// MaxOutputBytes is AIOracle.MAX_OUTPUT_BYTES: the largest output a proposal (or a proof) may post,
// the bound to refuse a model against whose output could not be posted (TestContractConstantsMatchGo
// reads the contract's constant).
const MaxOutputBytes = 16 * 1024

// CallbackBaseFeeMultiplier is AIOracle.CALLBACK_BASEFEE_MULTIPLIER: a request's callback gas is
// priced at max(Config.CallbackGasPrice, this × the block's base fee).
const CallbackBaseFeeMultiplier = 2

// QuoteBlocks is how many blocks of the largest EIP-1559 base-fee rise (12.5% each) a fee from
// QuoteFee covers between the head it reads and the block its request lands in.
const QuoteBlocks = 3

// Config is the oracle's protocol-wide fee and timing parameters.
type Config struct {
	OperatorFee      *big.Int // wei per inference, below 2^64
	KeeperFee        *big.Int // wei per request to whoever ends it (finalize, proveResult, refund), below 2^64; nil is 0
	CallbackGasPrice uint64   // floor of the wei per unit of callback gas paid to the keeper, below 2^40
	ProtocolFeeBps   uint16   // cut of the model fee for the treasury
	RequestTimeout   uint32   // seconds from request to deadline
	Nonce            uint64   // read-only: requests made so far
}

// Check reports a field that does not fit its on-chain type (the contract checks the rest).
func (c Config) Check() error {
	switch {
	case c.OperatorFee == nil || c.OperatorFee.Sign() < 0 || !c.OperatorFee.IsUint64():
		return fmt.Errorf("operator fee %v is not a wei amount below 2^64", c.OperatorFee)
	case c.KeeperFee != nil && (c.KeeperFee.Sign() < 0 || !c.KeeperFee.IsUint64()):
		return fmt.Errorf("keeper fee %v is not a wei amount below 2^64", c.KeeperFee)
	case c.CallbackGasPrice >= 1<<40:
		return fmt.Errorf("callback gas price %d is not below 2^40 wei", c.CallbackGasPrice)
	}
	return nil
}

func (c Config) packed() (bindings.IAIOracleConfig, error) {
	if err := c.Check(); err != nil {
		return bindings.IAIOracleConfig{}, err
	}
	keeper := uint64(0)
	if c.KeeperFee != nil {
		keeper = c.KeeperFee.Uint64()
	}
	return bindings.IAIOracleConfig{
		OperatorFee: c.OperatorFee.Uint64(), KeeperFee: keeper, CallbackGasPrice: u64(c.CallbackGasPrice),
		ProtocolFeeBps: c.ProtocolFeeBps, RequestTimeout: c.RequestTimeout, Nonce: new(big.Int),
	}, nil
}

// NewRequest is what a dApp asks for.
type NewRequest struct {
	ModelID          uint64
	Input            []byte   // single request
	Inputs           [][]byte // batch request (Input must be nil)
	Callback         common.Address
	CallbackGasLimit uint32
	CallbackData     []byte
}

// Request is a request as stored on-chain.
type Request struct {
	Requester        common.Address
	Deadline         uint64
	ModelID          uint64
	Status           RequestStatus
	BatchSize        uint16
	Callback         common.Address
	CallbackGasLimit uint32
	ProtocolFeeBps   uint16
	ChallengeWindow  uint32
	Mode             VerificationMode
	Paid             *big.Int // the fee held; zero once paid out
	ModelFee         *big.Int // zero once paid out
	KeeperPay        *big.Int // wei (whole gwei) of Paid to whoever ends the request; zero once paid out
	CallbackData     []byte
}

// Proposal is a proposal as stored on-chain.
type Proposal struct {
	Proposer   common.Address
	ProposedAt uint64
	IsError    bool
	ErrorCode  uint16
	Nonce      uint32 // numbers the request's proposals from 1; kept after a slash
	Output     []byte
}

// Operator is an operator's account: its bond (Locked of it backs open proposals), a pending
// bond withdrawal and the fees it has earned.
type Operator struct {
	Bonded, Locked, Pending *big.Int
	PendingAvailableAt      uint64
	Earnings                *big.Int
}

// InferenceRequested is the event a node acts on.
type InferenceRequested struct {
	RequestID        *big.Int
	ModelID          uint64
	Requester        common.Address
	Nonce            *big.Int
	Callback         common.Address
	CallbackGasLimit uint32
	BatchSize        uint16
	Deadline         uint64
	Fee              *big.Int
	Input            []byte
	CallbackData     []byte
	Log              types.Log
}

// InferenceFinalized reports a finalization and its fee split. Keeper is who finalized (or proved)
// and earned KeeperShare; a proposer that finalizes its own proposal gets both shares.
type InferenceFinalized struct {
	RequestID         *big.Int
	Proposer          common.Address
	Keeper            common.Address
	IsError           bool
	CallbackSucceeded bool
	OperatorShare     *big.Int
	KeeperShare       *big.Int
	ModelShare        *big.Int
	ProtocolShare     *big.Int
}

// RequestRefunded reports a refund: the requester was credited Amount (what its callback was told)
// and Keeper, who refunded, KeeperShare (zero when the requester refunded itself).
type RequestRefunded struct {
	RequestID   *big.Int
	Requester   common.Address
	Keeper      common.Address
	Amount      *big.Int
	KeeperShare *big.Int
}

// Oracle is the AIOracle contract at one address.
type Oracle struct {
	addr    common.Address
	abi     *bindings.AIOracle
	c       *bind.BoundContract
	backend bind.ContractBackend
}

// NewOracle binds the AIOracle at addr.
func NewOracle(addr common.Address, backend bind.ContractBackend) *Oracle {
	b := bindings.NewAIOracle()
	return &Oracle{addr: addr, abi: b, c: b.Instance(backend, addr), backend: backend}
}

// Address is the oracle's address.
func (o *Oracle) Address() common.Address { return o.addr }

func call[T any](ctx context.Context, o *Oracle, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := view(ctx, o.c, data, unpack)
	if err != nil {
		return v, fmt.Errorf("read %s: %w", what, err)
	}
	return v, nil
}

// CallEstimateFee reads the fee of one inference as the contract computes it for the block the call
// runs in. Nodes that zero the base fee for eth_call (geth, when the call names no gas price)
// return the fee at the configured callback gas price; to send a request use QuoteFee.
func (o *Oracle) CallEstimateFee(ctx context.Context, modelID uint64, callbackGasLimit uint32) (*big.Int, error) {
	return call(ctx, o, "fee", o.abi.PackEstimateFee(u64(modelID), callbackGasLimit), o.abi.UnpackEstimateFee)
}

// CallEstimateBatchFee reads the fee of a batch of n inputs.
func (o *Oracle) CallEstimateBatchFee(ctx context.Context, modelID uint64, n int, callbackGasLimit uint32) (*big.Int, error) {
	return call(ctx, o, "batch fee", o.abi.PackEstimateBatchFee(u64(modelID), big.NewInt(int64(n)), callbackGasLimit), o.abi.UnpackEstimateBatchFee)
}

// CallEstimateRequestFee reads the fee of request r in the current block: its batch size, callback
// gas and callbackData length.
func (o *Oracle) CallEstimateRequestFee(ctx context.Context, r NewRequest) (*big.Int, error) {
	n := 1
	if r.Inputs != nil {
		n = len(r.Inputs)
	}
	return call(ctx, o, "request fee", o.abi.PackEstimateRequestFee(u64(r.ModelID), big.NewInt(int64(n)),
		r.CallbackGasLimit, big.NewInt(int64(len(r.CallbackData)))), o.abi.UnpackEstimateRequestFee)
}

// QuoteFee is a fee to send with request r: the contract's estimate (for r's batch size, callback
// gas and callbackData length) with the keeper gas priced at CallbackBaseFeeMultiplier × the head's
// base fee raised by QuoteBlocks blocks of the largest EIP-1559 rise, when that is above the
// configured price. It covers the base fee of a request included within QuoteBlocks blocks; the
// contract credits what is above the fee in that block to the requester's balance (withdraw or
// withdrawTo).
func (o *Oracle) QuoteFee(ctx context.Context, r NewRequest) (*big.Int, error) {
	est, err := o.CallEstimateRequestFee(ctx, r)
	if err != nil {
		return nil, err
	}
	cfg, err := o.CallConfig(ctx)
	if err != nil {
		return nil, err
	}
	head, err := o.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head for the base fee: %w", err)
	}
	if head.BaseFee == nil {
		return est, nil
	}
	price := new(big.Int).Mul(head.BaseFee, big.NewInt(CallbackBaseFeeMultiplier))
	for range QuoteBlocks {
		price.Add(price, new(big.Int).Add(new(big.Int).Div(price, big.NewInt(8)), big.NewInt(1)))
	}
	floor := u64(cfg.CallbackGasPrice)
	if price.Cmp(floor) <= 0 {
		return est, nil
	}
	// est holds the keeper pay at a price of at least the floor: swap that for the pay at price.
	gas := KeeperGas(r.CallbackGasLimit, len(r.CallbackData))
	quote := new(big.Int).Sub(est, KeeperPay(cfg.KeeperFee, gas, floor))
	quote.Add(quote, KeeperPay(cfg.KeeperFee, gas, price))
	if quote.Cmp(est) < 0 {
		return est, nil
	}
	return quote, nil
}

// The gas the keeper pay covers: AIOracle.KEEPER_TX_GAS for the transaction that ends the
// request, and AIOracle.CALLBACK_DATA_WORD_GAS per 32-byte word of callbackData (both checked
// against the contract).
const (
	KeeperTxGas         = 100_000
	CallbackDataWordGas = 2_200
)

// KeeperGas is the gas a request's keeper pay covers: the ending transaction, the callback's limit
// and reading back callbackDataLen bytes of callbackData.
func KeeperGas(callbackGasLimit uint32, callbackDataLen int) uint64 {
	return KeeperTxGas + uint64(callbackGasLimit) + uint64(callbackDataLen+31)/32*CallbackDataWordGas
}

// KeeperPay is the contract's keeper pay of a request: keeperFee + keeperGas × gasPrice, rounded up
// to whole gwei.
func KeeperPay(keeperFee *big.Int, keeperGas uint64, gasPrice *big.Int) *big.Int {
	v := new(big.Int).Mul(u64(keeperGas), gasPrice)
	if keeperFee != nil {
		v.Add(v, keeperFee)
	}
	gwei := big.NewInt(1e9)
	v.Add(v, big.NewInt(1e9-1))
	return v.Mul(v.Div(v, gwei), gwei)
}

// CallRequest reads a request (Status none if unknown).
func (o *Oracle) CallRequest(ctx context.Context, id *big.Int) (Request, error) {
	r, err := call(ctx, o, "request", o.abi.PackGetRequest(id), o.abi.UnpackGetRequest)
	if err != nil {
		return Request{}, err
	}
	return Request{
		Requester: r.Requester, Deadline: r.Deadline.Uint64(), ModelID: uint64(r.ModelId),
		Status: RequestStatus(r.Status), BatchSize: r.BatchSize, Callback: r.Callback,
		CallbackGasLimit: r.CallbackGasLimit, ProtocolFeeBps: r.ProtocolFeeBps, ChallengeWindow: r.ChallengeWindow,
		Mode: VerificationMode(r.Mode), Paid: r.Paid, ModelFee: r.ModelFee,
		KeeperPay: new(big.Int).Mul(r.KeeperPayGwei, big.NewInt(1e9)), CallbackData: r.CallbackData,
	}, nil
}

// CallProposal reads the current proposal of a request (zero if none).
func (o *Oracle) CallProposal(ctx context.Context, id *big.Int) (Proposal, error) {
	p, err := call(ctx, o, "proposal", o.abi.PackGetProposal(id), o.abi.UnpackGetProposal)
	if err != nil {
		return Proposal{}, err
	}
	return Proposal{
		Proposer: p.Proposer, ProposedAt: p.ProposedAt.Uint64(), IsError: p.IsError,
		ErrorCode: p.ErrorCode, Nonce: p.Nonce, Output: p.Output,
	}, nil
}

// CallIsFinalized reads whether a request is finalized.
func (o *Oracle) CallIsFinalized(ctx context.Context, id *big.Int) (bool, error) {
	return call(ctx, o, "finalized", o.abi.PackIsFinalized(id), o.abi.UnpackIsFinalized)
}

// CallResult reads a finalized result (fails with NotFinalized or ResultIsError otherwise).
func (o *Oracle) CallResult(ctx context.Context, id *big.Int) ([]byte, error) {
	return call(ctx, o, "result", o.abi.PackGetResult(id), o.abi.UnpackGetResult)
}

// CallBalance reads what an account can withdraw.
func (o *Oracle) CallBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	return call(ctx, o, "balance", o.abi.PackBalances(account), o.abi.UnpackBalances)
}

// CallOperator reads an operator's account.
func (o *Oracle) CallOperator(ctx context.Context, operator common.Address) (Operator, error) {
	b, err := call(ctx, o, "operator", o.abi.PackOperatorOf(operator), o.abi.UnpackOperatorOf)
	if err != nil {
		return Operator{}, err
	}
	return Operator{
		Bonded: b.Bonded, Locked: b.Locked, Pending: b.PendingAmount,
		PendingAvailableAt: b.PendingAvailableAt.Uint64(), Earnings: b.Earnings,
	}, nil
}

// CallProtocolFees reads the protocol fees accrued for the treasury.
func (o *Oracle) CallProtocolFees(ctx context.Context) (*big.Int, error) {
	return call(ctx, o, "protocol fees", o.abi.PackProtocolFeesAccrued(), o.abi.UnpackProtocolFeesAccrued)
}

// CallTreasury reads the treasury address.
func (o *Oracle) CallTreasury(ctx context.Context) (common.Address, error) {
	return call(ctx, o, "treasury", o.abi.PackTreasury(), o.abi.UnpackTreasury)
}

// CallComputeRequestID reads the id a request with nonce and input would get.
func (o *Oracle) CallComputeRequestID(ctx context.Context, nonce uint64, input []byte) (*big.Int, error) {
	return call(ctx, o, "request id", o.abi.PackComputeRequestId(u64(nonce), crypto.Keccak256Hash(input)), o.abi.UnpackComputeRequestId)
}

// CallProposalBond reads the bond locked per proposal.
func (o *Oracle) CallProposalBond(ctx context.Context) (*big.Int, error) {
	return call(ctx, o, "proposal bond", o.abi.PackProposalBond(), o.abi.UnpackProposalBond)
}

// CallConfig reads the fee and timing parameters.
func (o *Oracle) CallConfig(ctx context.Context) (Config, error) {
	c, err := call(ctx, o, "config", o.abi.PackConfig(), o.abi.UnpackConfig)
	if err != nil {
		return Config{}, err
	}
	return Config{
		OperatorFee: u64(c.OperatorFee), KeeperFee: u64(c.KeeperFee), CallbackGasPrice: c.CallbackGasPrice.Uint64(),
		ProtocolFeeBps: c.ProtocolFeeBps, RequestTimeout: c.RequestTimeout, Nonce: c.Nonce.Uint64(),
	}, nil
}

// RequestTx requests an inference (or a batch when r.Inputs is set) paying fee (at least the fee in
// the block it lands in: see QuoteFee; a surplus is credited to the sender's balance).
func (o *Oracle) RequestTx(r NewRequest, fee *big.Int) chain.TxCandidate {
	var data []byte
	if r.Inputs != nil {
		data = o.abi.PackRequestBatchInference(u64(r.ModelID), r.Inputs, r.Callback, r.CallbackGasLimit, nonNil(r.CallbackData))
	} else {
		data = o.abi.PackRequestInference(u64(r.ModelID), nonNil(r.Input), r.Callback, r.CallbackGasLimit, nonNil(r.CallbackData))
	}
	c := o.tx(data)
	c.Value = fee
	return c
}

// ProposeResultTx proposes an output (its trace is committed only in a dispute game).
func (o *Oracle) ProposeResultTx(id *big.Int, output []byte) chain.TxCandidate {
	return o.tx(o.abi.PackProposeResult(id, nonNil(output)))
}

// ProveResultTx finalizes a pending request of a ZK-mode model at once with a validity proof; the
// request's input and nonce are presented (the id commits to both).
func (o *Oracle) ProveResultTx(id *big.Int, nonce uint64, input, output, proof []byte) chain.TxCandidate {
	return o.tx(o.abi.PackProveResult(id, u64(nonce), nonNil(input), nonNil(output), nonNil(proof)))
}

// ProposeErrorTx claims the request has no result: code 1 (invalid input) or 2 (execution error,
// defended in a dispute game by the trace up to the failing step).
func (o *Oracle) ProposeErrorTx(id *big.Int, code uint16) chain.TxCandidate {
	return o.tx(o.abi.PackProposeError(id, code))
}

// FinalizeTx finalizes a proposal after its window; the sender earns the request's keeper pay.
func (o *Oracle) FinalizeTx(id *big.Int) chain.TxCandidate { return o.tx(o.abi.PackFinalize(id)) }

// RefundTx refunds a request past its deadline with no proposal (or after its last slash); the
// sender earns the request's keeper pay unless it is the requester, which gets everything back.
func (o *Oracle) RefundTx(id *big.Int) chain.TxCandidate { return o.tx(o.abi.PackRefund(id)) }

// WithdrawTx withdraws the sender's balance.
func (o *Oracle) WithdrawTx() chain.TxCandidate { return o.tx(o.abi.PackWithdraw()) }

// WithdrawForTx sends account's balance to account.
func (o *Oracle) WithdrawForTx(account common.Address) chain.TxCandidate {
	return o.tx(o.abi.PackWithdrawFor(account))
}

// WithdrawProtocolFeesTx sends the accrued protocol fees to the treasury.
func (o *Oracle) WithdrawProtocolFeesTx() chain.TxCandidate {
	return o.tx(o.abi.PackWithdrawProtocolFees())
}

// DepositBondTx adds amount to the sender's operator bond.
func (o *Oracle) DepositBondTx(amount *big.Int) chain.TxCandidate {
	c := o.tx(o.abi.PackDepositBond())
	c.Value = amount
	return c
}

// RequestBondWithdrawalTx starts withdrawing amount of the sender's free bond.
func (o *Oracle) RequestBondWithdrawalTx(amount *big.Int) chain.TxCandidate {
	return o.tx(o.abi.PackRequestBondWithdrawal(amount))
}

// WithdrawBondTx executes the sender's pending bond withdrawal.
func (o *Oracle) WithdrawBondTx() chain.TxCandidate { return o.tx(o.abi.PackWithdrawBond()) }

// MaxProposals is AIOracle.MAX_PROPOSALS: the proposals a request takes at most; after the last is
// slashed the request is refundable.
const MaxProposals = 4

// SlashTx slashes proposal `nonce` of a request if it is the open one (dispute games only).
func (o *Oracle) SlashTx(id *big.Int, nonce uint32) chain.TxCandidate {
	return o.tx(o.abi.PackSlash(id, nonce))
}

// SetDisputeOpenTx counts a game opening or closing on proposal `nonce` (dispute games only).
func (o *Oracle) SetDisputeOpenTx(id *big.Int, nonce uint32, open bool) chain.TxCandidate {
	return o.tx(o.abi.PackSetDisputeOpen(id, nonce, open))
}

// WithdrawToTx sends amount of the sender's balance to another address.
func (o *Oracle) WithdrawToTx(to common.Address, amount *big.Int) chain.TxCandidate {
	return o.tx(o.abi.PackWithdrawTo(to, amount))
}

// CallOpenProposalNonce reads the nonce of a request's open proposal (0: none).
func (o *Oracle) CallOpenProposalNonce(ctx context.Context, id *big.Int) (uint32, error) {
	return call(ctx, o, "open proposal", o.abi.PackOpenProposalNonce(id), o.abi.UnpackOpenProposalNonce)
}

// CallOpenDisputes reads how many games are open on a request's current proposal.
func (o *Oracle) CallOpenDisputes(ctx context.Context, id *big.Int) (*big.Int, error) {
	return call(ctx, o, "open disputes", o.abi.PackOpenDisputes(id), o.abi.UnpackOpenDisputes)
}

// SetConfigTx sets fees and timeout (owner only); it fails if a field does not fit its on-chain type.
func (o *Oracle) SetConfigTx(c Config) (chain.TxCandidate, error) {
	pc, err := c.packed()
	if err != nil {
		return chain.TxCandidate{}, fmt.Errorf("config: %w", err)
	}
	return o.tx(o.abi.PackSetConfig(pc)), nil
}

// SetTreasuryTx sets the protocol fee recipient (owner only).
func (o *Oracle) SetTreasuryTx(treasury common.Address) chain.TxCandidate {
	return o.tx(o.abi.PackSetTreasury(treasury))
}

// SetDisputeGameTx sets the dispute game (owner only).
func (o *Oracle) SetDisputeGameTx(game common.Address) chain.TxCandidate {
	return o.tx(o.abi.PackSetDisputeGame(game))
}

// TransferOwnershipTx starts a two-step ownership transfer (owner only).
func (o *Oracle) TransferOwnershipTx(owner common.Address) chain.TxCandidate {
	return o.tx(o.abi.PackTransferOwnership(owner))
}

// RenounceOwnershipTx gives up ownership for good, freezing the protocol parameters (owner only).
func (o *Oracle) RenounceOwnershipTx() chain.TxCandidate { return o.tx(o.abi.PackRenounceOwnership()) }

// AcceptOwnershipTx completes a two-step ownership transfer (pending owner only).
func (o *Oracle) AcceptOwnershipTx() chain.TxCandidate { return o.tx(o.abi.PackAcceptOwnership()) }

// ParseInferenceRequested returns the InferenceRequested events of this oracle in rcpt.
func (o *Oracle) ParseInferenceRequested(rcpt *types.Receipt) []InferenceRequested {
	var out []InferenceRequested
	for _, l := range o.logs(rcpt) {
		if ev, ok := o.ParseInferenceRequestedLog(l); ok {
			out = append(out, ev)
		}
	}
	return out
}

// ParseInferenceRequestedLog decodes one log; ok is false for any other log.
func (o *Oracle) ParseInferenceRequestedLog(l *types.Log) (InferenceRequested, bool) {
	if l.Address != o.addr {
		return InferenceRequested{}, false
	}
	ev, err := o.abi.UnpackInferenceRequestedEvent(l)
	if err != nil {
		return InferenceRequested{}, false
	}
	return InferenceRequested{
		RequestID: ev.RequestId, ModelID: ev.ModelId.Uint64(), Requester: ev.Requester, Nonce: ev.Nonce,
		Callback: ev.Callback, CallbackGasLimit: ev.CallbackGasLimit, BatchSize: ev.BatchSize,
		Deadline: ev.Deadline.Uint64(), Fee: ev.Fee, Input: ev.Input, CallbackData: ev.CallbackData,
		Log: *l,
	}, true
}

// EventTopic is the topic-0 of one of the oracle's events (zero for an unknown name).
func (o *Oracle) EventTopic(name string) common.Hash {
	return o.abi.GetABI().Events[name].ID
}

// ParseInferenceFinalized returns the InferenceFinalized event of this oracle in rcpt.
func (o *Oracle) ParseInferenceFinalized(rcpt *types.Receipt) (InferenceFinalized, error) {
	for _, l := range o.logs(rcpt) {
		if ev, err := o.abi.UnpackInferenceFinalizedEvent(l); err == nil {
			return InferenceFinalized{
				RequestID: ev.RequestId, Proposer: ev.Proposer, Keeper: ev.Keeper, IsError: ev.IsError,
				CallbackSucceeded: ev.CallbackSucceeded, OperatorShare: ev.OperatorShare, KeeperShare: ev.KeeperShare,
				ModelShare: ev.ModelShare, ProtocolShare: ev.ProtocolShare,
			}, nil
		}
	}
	return InferenceFinalized{}, fmt.Errorf("no InferenceFinalized event in tx %s", rcpt.TxHash)
}

// ParseRequestRefunded returns the RequestRefunded event of this oracle in rcpt.
func (o *Oracle) ParseRequestRefunded(rcpt *types.Receipt) (RequestRefunded, error) {
	for _, l := range o.logs(rcpt) {
		if ev, err := o.abi.UnpackRequestRefundedEvent(l); err == nil {
			return RequestRefunded{
				RequestID: ev.RequestId, Requester: ev.Requester, Keeper: ev.Keeper, Amount: ev.Amount,
				KeeperShare: ev.KeeperShare,
			}, nil
		}
	}
	return RequestRefunded{}, fmt.Errorf("no RequestRefunded event in tx %s", rcpt.TxHash)
}

// HasEvent reports whether rcpt holds an event of this oracle with the given name.
func (o *Oracle) HasEvent(rcpt *types.Receipt, name string) bool {
	ev, ok := o.abi.GetABI().Events[name]
	if !ok {
		return false
	}
	for _, l := range o.logs(rcpt) {
		if len(l.Topics) > 0 && l.Topics[0] == ev.ID {
			return true
		}
	}
	return false
}

func (o *Oracle) logs(rcpt *types.Receipt) []*types.Log {
	var out []*types.Log
	for _, l := range rcpt.Logs {
		if l.Address == o.addr {
			out = append(out, l)
		}
	}
	return out
}

func (o *Oracle) tx(data []byte) chain.TxCandidate { return candidate(o.addr, data, nil) }

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// nonNil keeps the ABI encoder from tripping over nil byte slices.
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// ResultProposed is a decoded ResultProposed event.
type ResultProposed struct {
	RequestID     *big.Int
	Proposer      common.Address
	Nonce         uint32 // the proposal's number for the request
	Output        []byte
	FinalizableAt uint64
}

// ParseResultProposedLog decodes one log; ok is false for any other log.
func (o *Oracle) ParseResultProposedLog(l *types.Log) (ResultProposed, bool) {
	if l.Address != o.addr {
		return ResultProposed{}, false
	}
	ev, err := o.abi.UnpackResultProposedEvent(l)
	if err != nil {
		return ResultProposed{}, false
	}
	return ResultProposed{RequestID: ev.RequestId, Proposer: ev.Proposer, Nonce: ev.Nonce, Output: ev.Output,
		FinalizableAt: ev.FinalizableAt.Uint64()}, true
}

// ProposalSlashed is a decoded ProposalSlashed event.
type ProposalSlashed struct {
	RequestID      *big.Int
	Proposer       common.Address
	Nonce          uint32
	Reward, Burned *big.Int
	Reopened       bool // false: the request took its last proposal and is refundable
}

// ParseProposalSlashedLog decodes a ProposalSlashed log: the request whose proposal was slashed.
func (o *Oracle) ParseProposalSlashedLog(l *types.Log) (*big.Int, bool) {
	ev, ok := o.ParseProposalSlashed(l)
	return ev.RequestID, ok
}

// ParseProposalSlashed decodes a ProposalSlashed log in full.
func (o *Oracle) ParseProposalSlashed(l *types.Log) (ProposalSlashed, bool) {
	if l.Address != o.addr {
		return ProposalSlashed{}, false
	}
	ev, err := o.abi.UnpackProposalSlashedEvent(l)
	if err != nil {
		return ProposalSlashed{}, false
	}
	return ProposalSlashed{RequestID: ev.RequestId, Proposer: ev.Proposer, Nonce: ev.Nonce, Reward: ev.Reward,
		Burned: ev.Burned, Reopened: ev.Reopened}, true
}

// ErrorProposed is a decoded ErrorProposed event.
type ErrorProposed struct {
	RequestID *big.Int
	Proposer  common.Address
	Nonce     uint32 // the proposal's number for the request
	Code      uint16
}

// ParseErrorProposedLog decodes one log; ok is false for any other log.
func (o *Oracle) ParseErrorProposedLog(l *types.Log) (ErrorProposed, bool) {
	if l.Address != o.addr {
		return ErrorProposed{}, false
	}
	ev, err := o.abi.UnpackErrorProposedEvent(l)
	if err != nil {
		return ErrorProposed{}, false
	}
	return ErrorProposed{RequestID: ev.RequestId, Proposer: ev.Proposer, Nonce: ev.Nonce, Code: ev.Code}, true
}
