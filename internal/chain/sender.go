package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// TxCandidate is a transaction to send, before nonce, gas and fees are chosen.
type TxCandidate struct {
	To    *common.Address // nil deploys a contract
	Data  []byte
	Value *big.Int // nil is zero
	// GasLimit, if non-zero, is used instead of an estimate.
	GasLimit uint64
}

// Backend is what the sender needs from a chain client.
type Backend interface {
	ethereum.ChainIDReader
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.PendingStateReader
	ethereum.TransactionSender
	ethereum.TransactionReader
	ethereum.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

var (
	// ErrReverted is returned (wrapped) when a transaction is mined with status 0.
	ErrReverted = errors.New("transaction reverted")
	// ErrNotIncluded is returned when a block was mined on demand without the transaction
	// (e.g. the miner's minimum tip or the block gas limit refused it).
	ErrNotIncluded = errors.New("transaction not included in the mined block")
)

// minTip is the smallest priority fee we offer: the simulated backend's miner silently ignores
// transactions tipping under 1 Mwei, and real networks treat sub-gwei tips as stuck.
var minTip = big.NewInt(1_000_000_000)

// Sender signs and sends transactions from one key and waits for them to be mined. It is
// synchronous and not safe for concurrent use from several goroutines.
type Sender struct {
	backend Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	// mine, when set, produces a block after each send (simulated chains without auto-mining).
	mine func()
	// decode turns an RPC error carrying revert data into a descriptive error.
	decode func(error) error
	// poll is how often the receipt is polled for.
	poll time.Duration
	// next is the nonce after the last accepted send: the pool's pending nonce can lag behind a
	// transaction it has just accepted, so back-to-back sends must not trust it alone.
	next    uint64
	hasNext bool
}

// SenderOption configures a Sender.
type SenderOption func(*Sender)

// WithMiner makes the sender call mine after each send (e.g. simulated.Backend.Commit).
func WithMiner(mine func()) SenderOption { return func(s *Sender) { s.mine = mine } }

// WithRevertDecoder sets how revert errors are described (e.g. contracts.DecodeRevert).
func WithRevertDecoder(decode func(error) error) SenderOption {
	return func(s *Sender) { s.decode = decode }
}

// NewSender returns a sender for key on backend.
func NewSender(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, opts ...SenderOption) (*Sender, error) {
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	s := &Sender{
		backend: backend,
		key:     key,
		from:    crypto.PubkeyToAddress(key.PublicKey),
		chainID: chainID,
		decode:  func(err error) error { return err },
		poll:    100 * time.Millisecond,
	}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// From is the sending account.
func (s *Sender) From() common.Address { return s.from }

// Send estimates, signs, sends and waits for c. A transaction that would revert fails at
// estimation with the decoded revert and is never sent; one mined with status 0 returns the
// receipt and an error wrapping ErrReverted.
func (s *Sender) Send(ctx context.Context, c TxCandidate) (*types.Receipt, error) {
	tx, err := s.SendNoWait(ctx, c)
	if err != nil {
		return nil, err
	}
	if s.mine != nil {
		s.mine()
	}
	return s.Wait(ctx, c, tx)
}

// SendNoWait estimates, signs and sends c and returns once the node has accepted it. Several
// may be sent before a block is mined: the nonce comes from the pending state.
func (s *Sender) SendNoWait(ctx context.Context, c TxCandidate) (*types.Transaction, error) {
	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	gas := c.GasLimit
	if gas == 0 {
		est, err := EstimateGas(ctx, s.backend, ethereum.CallMsg{From: s.from, To: c.To, Value: value, Data: c.Data})
		if err != nil {
			return nil, fmt.Errorf("estimate gas: %w", s.decode(err))
		}
		// Headroom for state changing between estimate and inclusion.
		gas = est + est/4
	}
	nonce, err := s.backend.PendingNonceAt(ctx, s.from)
	if err != nil {
		return nil, fmt.Errorf("read nonce: %w", err)
	}
	if s.hasNext && s.next > nonce {
		nonce = s.next
	}
	tip, err := s.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest tip: %w", err)
	}
	if tip.Cmp(minTip) < 0 {
		tip = new(big.Int).Set(minTip)
	}
	head, err := s.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.chainID), &types.DynamicFeeTx{
		ChainID:   s.chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas,
		To:        c.To,
		Value:     value,
		Data:      c.Data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if err := s.backend.SendTransaction(ctx, tx); err != nil {
		s.hasNext = false
		return nil, fmt.Errorf("send %s: %w", tx.Hash(), err)
	}
	s.next, s.hasNext = nonce+1, true
	return tx, nil
}

// Wait waits for tx (sent for c) to be mined; status 0 gives an error wrapping ErrReverted with
// the revert reason recovered by replaying the call.
func (s *Sender) Wait(ctx context.Context, c TxCandidate, tx *types.Transaction) (*types.Receipt, error) {
	if s.mine != nil {
		// A block was just mined on demand: the transaction is in it or it never will be.
		rcpt, err := s.backend.TransactionReceipt(ctx, tx.Hash())
		if errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("tx %s: %w", tx.Hash(), ErrNotIncluded)
		}
		if err != nil {
			return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
		}
		return s.checkStatus(ctx, c, tx, rcpt)
	}
	rcpt, err := s.wait(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	return s.checkStatus(ctx, c, tx, rcpt)
}

func (s *Sender) checkStatus(ctx context.Context, c TxCandidate, tx *types.Transaction, rcpt *types.Receipt) (*types.Receipt, error) {
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("tx %s: %w: %w", tx.Hash(), ErrReverted, s.replay(ctx, c, tx, rcpt))
	}
	return rcpt, nil
}

// Deploy sends a contract creation and returns the new contract's address.
func (s *Sender) Deploy(ctx context.Context, bytecode, constructorArgs []byte) (common.Address, *types.Receipt, error) {
	data := append(append([]byte{}, bytecode...), constructorArgs...)
	rcpt, err := s.Send(ctx, TxCandidate{Data: data})
	if err != nil {
		return common.Address{}, rcpt, err
	}
	return rcpt.ContractAddress, rcpt, nil
}

func (s *Sender) wait(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(s.poll)
	defer t.Stop()
	for {
		rcpt, err := s.backend.TransactionReceipt(ctx, hash)
		if err == nil {
			return rcpt, nil
		}
		if !IsNotFound(err) {
			return nil, fmt.Errorf("receipt of %s: %w", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", hash, ctx.Err())
		case <-t.C:
		}
	}
}

// replay re-runs a reverted transaction as a call at its block to recover the revert reason.
func (s *Sender) replay(ctx context.Context, c TxCandidate, tx *types.Transaction, rcpt *types.Receipt) error {
	_, err := s.backend.CallContract(ctx, ethereum.CallMsg{
		From: s.from, To: c.To, Value: tx.Value(), Data: c.Data, Gas: tx.Gas(),
	}, new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1)))
	if err == nil {
		return errors.New("no revert reason (out of gas or state changed)")
	}
	return s.decode(err)
}

// IsNotFound reports whether a receipt or transaction lookup found nothing yet: not found, or a
// node still indexing transactions (geth answers "transaction indexing is in progress").
func IsNotFound(err error) bool {
	return errors.Is(err, ethereum.NotFound) || strings.Contains(err.Error(), "transaction indexing is in progress")
}

// pendingEstimator estimates against a chosen block (ethclient does).
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// EstimateGas estimates msg against the pending block where the backend can, else the latest: a
// transaction runs in the next block, and contracts whose cost depends on block.number (a
// checkpoint pushed per block: ERC-7641 balances) cost more there than in the latest block.
func EstimateGas(ctx context.Context, b ethereum.GasEstimator, msg ethereum.CallMsg) (uint64, error) {
	if pe, ok := b.(pendingEstimator); ok {
		if est, err := pe.EstimateGasAtBlock(ctx, msg, big.NewInt(int64(rpc.PendingBlockNumber))); err == nil {
			return est, nil
		}
	}
	return b.EstimateGas(ctx, msg)
}
