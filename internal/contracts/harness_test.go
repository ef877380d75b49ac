package contracts_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/bindings/testbindings"
	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/devchain"
)

const (
	testWindow = 600 // seconds, the test model's challenge window
	// probeGas is the callback gas for the recording probe: it stores everything it receives.
	probeGas = 1_000_000
)

var (
	ether     = big.NewInt(1e18)
	modelFee  = big.NewInt(1e16) // 0.01 ETH
	bondFunds = new(big.Int).Mul(big.NewInt(2), ether)
)

// env is a fresh chain with the contracts deployed, one OPML model registered by the creator and
// both operators bonded.
type env struct {
	t   *testing.T
	ctx context.Context
	*devchain.Chain
	params  contracts.DeployParams
	modelID uint64
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	c, err := devchain.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	p := devchain.DefaultParams()
	if err := c.Deploy(ctx, p); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, Chain: c, params: p}
	e.modelID = e.register(devchain.Creator, e.spec())
	e.send(devchain.Operator, e.Oracle.DepositBondTx(bondFunds))
	e.send(devchain.Operator2, e.Oracle.DepositBondTx(bondFunds))
	return e
}

func (e *env) spec() contracts.ModelSpec {
	return contracts.ModelSpec{
		OnnxHash:        testModelHash,
		ProgramHash:     crypto.Keccak256Hash([]byte("program")),
		LayoutRoot:      crypto.Keccak256Hash([]byte("layout")),
		URI:             "file://models/mnist-8/model.onnx",
		Fee:             new(big.Int).Set(modelFee),
		Mode:            contracts.ModeOPML,
		ChallengeWindow: testWindow,
	}
}

// testModelFile is the test model's file (its bytes matter only to the data commitment).
var (
	testModelFile    = []byte("the test model's ONNX bytes")
	testModelHash, _ = contracts.DataCommitment(testModelFile)
)

// register registers s from who and, unless it is ZK-only (which needs no publication), publishes
// the test model's file when s commits to it, so the oracle takes the model's requests.
func (e *env) register(who string, s contracts.ModelSpec) uint64 {
	e.t.Helper()
	rcpt := e.send(who, e.Registry.RegisterModelTx(s))
	id, err := e.Registry.ParseModelRegistered(rcpt)
	if err != nil {
		e.t.Fatal(err)
	}
	if s.Mode != contracts.ModeZK && s.OnnxHash == testModelHash {
		e.publish(who, id, testModelFile)
	}
	return id
}

// publish sends, from who, the chunks of data the registry lacks as model id's file.
func (e *env) publish(who string, id uint64, data []byte) []*types.Receipt {
	e.t.Helper()
	txs, err := e.Registry.PublishDataTxs(e.ctx, id, data)
	if err != nil {
		e.t.Fatal(err)
	}
	var rcpts []*types.Receipt
	for _, tx := range txs {
		rcpts = append(rcpts, e.send(who, tx))
	}
	return rcpts
}

// send sends c from who and fails the test unless it succeeds.
func (e *env) send(who string, c chain.TxCandidate) *types.Receipt {
	e.t.Helper()
	rcpt, err := e.Sender(who).Send(e.ctx, c)
	if err != nil {
		e.t.Fatalf("%s: %v", who, err)
	}
	return rcpt
}

// revert sends c from who and fails the test unless it reverts with the custom error name.
func (e *env) revert(who string, c chain.TxCandidate, name string) {
	e.t.Helper()
	_, err := e.Sender(who).Send(e.ctx, c)
	if err == nil {
		e.t.Fatalf("%s: expected revert %s, got success", who, name)
	}
	if !contracts.IsRevert(err, name) {
		e.t.Fatalf("%s: expected revert %s, got %v", who, name, err)
	}
}

// configTx is SetConfigTx for a config that fits the contract's types.
func (e *env) configTx(c contracts.Config) chain.TxCandidate {
	e.t.Helper()
	tx, err := e.Oracle.SetConfigTx(c)
	if err != nil {
		e.t.Fatal(err)
	}
	return tx
}

// keeperPay is the keeper pay of a request with callbackGasLimit made now on the test chain, whose
// base fee stays below half the configured callback gas price.
func (e *env) keeperPay(callbackGasLimit uint32, callbackData ...[]byte) *big.Int {
	return e.keeperPayAt(e.params.Config, callbackGasLimit, callbackData...)
}

// keeperPayAt is keeperPay under config c.
func (e *env) keeperPayAt(c contracts.Config, callbackGasLimit uint32, callbackData ...[]byte) *big.Int {
	n := 0
	for _, d := range callbackData {
		n += len(d)
	}
	return contracts.KeeperPay(c.KeeperFee, contracts.KeeperGas(callbackGasLimit, n), new(big.Int).SetUint64(c.CallbackGasPrice))
}

func (e *env) advance(d time.Duration) {
	e.t.Helper()
	if err := e.Advance(d); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) fee(modelID uint64, gasLimit uint32) *big.Int {
	e.t.Helper()
	f, err := e.Oracle.CallEstimateFee(e.ctx, modelID, gasLimit)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

// request sends r from who paying the estimated fee and returns the request id.
func (e *env) request(who string, r contracts.NewRequest) *big.Int {
	e.t.Helper()
	fee, err := e.Oracle.CallEstimateRequestFee(e.ctx, r)
	if err != nil {
		e.t.Fatal(err)
	}
	rcpt := e.send(who, e.Oracle.RequestTx(r, fee))
	evs := e.Oracle.ParseInferenceRequested(rcpt)
	if len(evs) != 1 {
		e.t.Fatalf("want 1 InferenceRequested, got %d", len(evs))
	}
	return evs[0].RequestID
}

func (e *env) simpleRequest(who string) *big.Int {
	return e.request(who, contracts.NewRequest{ModelID: e.modelID, Input: mnistLikeInput()})
}

func (e *env) request2(who string, callback common.Address, gas uint32, data []byte) *big.Int {
	return e.request(who, contracts.NewRequest{
		ModelID: e.modelID, Input: mnistLikeInput(), Callback: callback, CallbackGasLimit: gas, CallbackData: data,
	})
}

func (e *env) readRequest(id *big.Int) contracts.Request {
	e.t.Helper()
	r, err := e.Oracle.CallRequest(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

func (e *env) balance(addr common.Address) *big.Int {
	e.t.Helper()
	b, err := e.Oracle.CallBalance(e.ctx, addr)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func (e *env) bond(addr common.Address) contracts.Operator {
	e.t.Helper()
	b, err := e.Oracle.CallOperator(e.ctx, addr)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// earnings is what an operator has earned and not withdrawn.
func (e *env) earnings(addr common.Address) *big.Int { return e.bond(addr).Earnings }

func (e *env) protocolFees() *big.Int {
	e.t.Helper()
	v, err := e.Oracle.CallProtocolFees(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) ethBalance(addr common.Address) *big.Int {
	e.t.Helper()
	b, err := e.Client.BalanceAt(e.ctx, addr, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func mnistLikeInput() []byte { return devchain.SyntheticDigit() }

// logits encodes 10 int64 logits big-endian, the example dApp's output format, with `digit` the largest.
func logits(digit int) []byte {
	out := make([]byte, 80)
	for i := 0; i < 10; i++ {
		v := int64(-(i + 1) * 1000)
		if i == digit {
			v = 5 << 16
		}
		for b := 0; b < 8; b++ {
			out[i*8+b] = byte(uint64(v) >> (56 - 8*b))
		}
	}
	return out
}

var traceRoot = crypto.Keccak256Hash([]byte("trace"))

// probe is a deployed CallbackProbe.
type probe struct {
	e    *env
	addr common.Address
	abi  *testbindings.CallbackProbe
	c    *bind.BoundContract
}

const (
	modeRecord uint8 = iota
	modeRevert
	modeBurnGas
	modeReturnBomb
	modeReenterFinalize
	modeReenterWithdraw
	modeReenterRequest
)

func (e *env) deployProbe() *probe {
	e.t.Helper()
	b := testbindings.NewCallbackProbe()
	addr, _, err := e.Sender(devchain.User).Deploy(e.ctx, common.FromHex(testbindings.CallbackProbeMetaData.Bin), b.PackConstructor(e.Oracle.Address()))
	if err != nil {
		e.t.Fatal(err)
	}
	return &probe{e: e, addr: addr, abi: b, c: b.Instance(e.Client, addr)}
}

func (p *probe) setMode(mode uint8, target *big.Int) {
	p.e.t.Helper()
	if target == nil {
		target = new(big.Int)
	}
	to := p.addr
	p.e.send(devchain.User, chain.TxCandidate{To: &to, Data: p.abi.PackSetMode(mode, target)})
}

func probeCall[T any](p *probe, data []byte, unpack func([]byte) (T, error)) T {
	p.e.t.Helper()
	v, err := bind.Call(p.c, &bind.CallOpts{Context: p.e.ctx}, data, unpack)
	if err != nil {
		p.e.t.Fatal(err)
	}
	return v
}

func (p *probe) calls() int64 { return probeCall(p, p.abi.PackCalls(), p.abi.UnpackCalls).Int64() }
