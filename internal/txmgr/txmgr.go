// Package txmgr is the one path every transaction of the node and the verifier takes: gas
// estimation (a transaction that would revert is never sent), a cached nonce that is re-read from
// the chain after any failure, EIP-1559 fees with bumps and resubmission while a transaction is
// stuck, a confirmation depth, a revert as an error, and a bounded number of transactions in
// flight (callers block: backpressure). Signed transactions are journaled before they are sent, so
// a process killed mid-flight rebroadcasts the same transaction after a restart instead of signing
// a second one for the same purpose (Optimism's op-service/txmgr is the model; the journal is ours).
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/store"
)

// Config tunes the manager.
type Config struct {
	// Confirmations is how many blocks (counting the one including it) a transaction needs
	// before Send returns. 1 = included.
	Confirmations uint64
	// ResubmitAfter is how long a transaction may wait unmined before its fees are bumped.
	ResubmitAfter time.Duration
	// FeeBumpPercent raises tip and fee cap on each resubmission (geth needs ≥ 10).
	FeeBumpPercent uint64
	// MinTip is the smallest priority fee offered.
	MinTip *big.Int
	// MaxFeeCap bounds the fee cap after bumps (0 = unbounded).
	MaxFeeCap *big.Int
	// GasHeadroomPercent is added to the gas estimate.
	GasHeadroomPercent uint64
	// MaxInFlight bounds concurrent transactions; Send blocks while it is reached.
	MaxInFlight int
	// PollInterval is how often receipts and heads are polled.
	PollInterval time.Duration
	// Timeout bounds how long Send waits; a transaction still unconfirmed then stays tracked.
	Timeout time.Duration
}

// DefaultConfig suits a chain with second-scale blocks.
func DefaultConfig() Config {
	return Config{
		Confirmations: 1, ResubmitAfter: 12 * time.Second, FeeBumpPercent: 15,
		MinTip: big.NewInt(1_000_000_000), MaxFeeCap: new(big.Int), GasHeadroomPercent: 25,
		MaxInFlight: 64, PollInterval: 200 * time.Millisecond, Timeout: 5 * time.Minute,
	}
}

// Check reports the first invalid field.
func (c Config) Check() error {
	switch {
	case c.Confirmations == 0:
		return errors.New("txmgr: confirmations must be ≥ 1")
	case c.ResubmitAfter <= 0:
		return errors.New("txmgr: resubmit_after must be positive")
	case c.FeeBumpPercent < 10:
		return errors.New("txmgr: fee_bump_percent must be ≥ 10 (geth refuses smaller replacements)")
	case c.MinTip == nil || c.MinTip.Sign() < 0:
		return errors.New("txmgr: min_tip must be set and non-negative")
	case c.MaxInFlight <= 0:
		return errors.New("txmgr: max_in_flight must be positive")
	case c.PollInterval <= 0:
		return errors.New("txmgr: poll_interval must be positive")
	case c.Timeout <= 0:
		return errors.New("txmgr: timeout must be positive")
	}
	return nil
}

// Backend is what the manager needs from a chain client.
type Backend interface {
	chain.Backend
	BlockNumber(ctx context.Context) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Journal persists signed transactions until they are confirmed (internal/store implements it).
type Journal interface {
	PutJournal(store.JournalEntry) error
	DeleteJournal(key string) error
	Journal() ([]store.JournalEntry, error)
}

var (
	// ErrReverted wraps a transaction mined with status 0.
	ErrReverted = chain.ErrReverted
	// ErrNonceConsumed: another transaction took our nonce (e.g. the key is used elsewhere).
	ErrNonceConsumed = errors.New("nonce consumed by another transaction")
)

// Manager sends transactions from one key.
type Manager struct {
	cfg     Config
	b       Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	journal Journal
	decode  func(error) error
	log     zerolog.Logger

	sem chan struct{}

	// mu serializes nonce use: it is held while a transaction is signed, journaled and sent.
	mu      sync.Mutex
	nonce   uint64
	nonceOK bool
	// keysMu guards inflight apart from mu, so that InFlight (asked for every open request on
	// every head) never waits behind a send.
	keysMu   sync.Mutex
	inflight map[string]bool // journal keys with a transaction out
}

// Option configures a Manager.
type Option func(*Manager)

// WithRevertDecoder sets how revert errors are described (contracts.DecodeRevert).
func WithRevertDecoder(decode func(error) error) Option {
	return func(m *Manager) { m.decode = decode }
}

// WithJournal persists signed transactions in j.
func WithJournal(j Journal) Option { return func(m *Manager) { m.journal = j } }

// New returns a manager for key.
func New(ctx context.Context, cfg Config, b Backend, key *ecdsa.PrivateKey, log zerolog.Logger, opts ...Option) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: read chain id: %w", err)
	}
	m := &Manager{
		cfg: cfg, b: b, key: key, from: crypto.PubkeyToAddress(key.PublicKey), chainID: id,
		decode: func(err error) error { return err }, log: log,
		sem: make(chan struct{}, cfg.MaxInFlight), inflight: map[string]bool{},
	}
	for _, o := range opts {
		o(m)
	}
	return m, nil
}

// From is the sending account.
func (m *Manager) From() common.Address { return m.from }

// InFlight reports whether a transaction for key is out and not yet confirmed (including one
// resumed from the journal).
func (m *Manager) InFlight(key string) bool {
	m.keysMu.Lock()
	defer m.keysMu.Unlock()
	return m.inflight[key]
}

// Resume rebroadcasts the journal's transactions (left by a previous run) and waits for each in
// the background; done is called with each outcome. Call it once, before the first Send.
func (m *Manager) Resume(ctx context.Context, done func(key string, rcpt *types.Receipt, err error)) error {
	if m.journal == nil {
		return nil
	}
	entries, err := m.journal.Journal()
	if err != nil {
		return fmt.Errorf("txmgr: read journal: %w", err)
	}
	for _, e := range entries {
		var txs []*types.Transaction
		for _, raw := range e.Raw {
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(raw); err != nil {
				return fmt.Errorf("txmgr: journal entry %s: %w", e.Key, err)
			}
			txs = append(txs, tx)
		}
		if len(txs) == 0 {
			_ = m.journal.DeleteJournal(e.Key)
			continue
		}
		m.keysMu.Lock()
		m.inflight[e.Key] = true
		m.keysMu.Unlock()
		m.mu.Lock()
		m.nonceOK = false
		m.mu.Unlock()
		// Rebroadcast before returning, so that the pending nonce the next Send reads already
		// counts it (a transaction journaled but never sent would otherwise lose its nonce).
		if err := m.b.SendTransaction(ctx, txs[len(txs)-1]); err != nil && !isAlreadyKnown(err) && !isNonceTooLow(err) {
			m.log.Warn().Err(err).Str("key", e.Key).Msg("rebroadcast of a journaled transaction refused")
		}
		m.log.Info().Str("key", e.Key).Uint64("nonce", e.Nonce).Str("tx_hash", txs[len(txs)-1].Hash().Hex()).Msg("resuming journaled transaction")
		go func(key string, txs []*types.Transaction) {
			m.sem <- struct{}{}
			defer func() { <-m.sem }()
			rcpt, err := m.track(ctx, key, chain.TxCandidate{To: txs[0].To(), Data: txs[0].Data(), Value: txs[0].Value()}, txs)
			if done != nil {
				done(key, rcpt, err)
			}
		}(e.Key, txs)
	}
	return nil
}

// ErrStillPending is returned by Send when Timeout passes before confirmation: the transaction
// stays journaled, in flight and tracked (fee bumps included) until it is mined or ctx ends.
var ErrStillPending = errors.New("transaction not confirmed yet; still tracked")

// Send estimates, signs, journals under key (unique per purpose; "" for none), sends c, and waits
// for Confirmations. A transaction that would revert fails at estimation and is never sent.
func (m *Manager) Send(ctx context.Context, key string, c chain.TxCandidate) (*types.Receipt, error) {
	select {
	case m.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("txmgr: queue full: %w", ctx.Err())
	}
	if key != "" {
		m.keysMu.Lock()
		if m.inflight[key] {
			m.keysMu.Unlock()
			<-m.sem
			return nil, fmt.Errorf("txmgr: a transaction for %q is already in flight", key)
		}
		m.inflight[key] = true
		m.keysMu.Unlock()
	}
	gas := c.GasLimit
	if gas == 0 {
		est, err := chain.EstimateGas(ctx, m.b, ethereum.CallMsg{From: m.from, To: c.To, Value: value(c), Data: c.Data})
		if err != nil {
			m.release(key)
			<-m.sem
			return nil, fmt.Errorf("estimate gas: %w", m.decode(err))
		}
		gas = est + est*m.cfg.GasHeadroomPercent/100
	}
	tx, err := m.signAndSend(ctx, key, c, gas)
	if err != nil {
		m.release(key)
		<-m.sem
		return nil, err
	}
	type result struct {
		rcpt *types.Receipt
		err  error
	}
	res := make(chan result, 1)
	go func() {
		defer func() { <-m.sem }()
		rcpt, err := m.track(ctx, key, c, []*types.Transaction{tx})
		res <- result{rcpt, err}
	}()
	timeout := time.NewTimer(m.cfg.Timeout)
	defer timeout.Stop()
	select {
	case r := <-res:
		return r.rcpt, r.err
	case <-timeout.C:
		return nil, fmt.Errorf("tx %s after %s: %w", tx.Hash(), m.cfg.Timeout, ErrStillPending)
	}
}

func (m *Manager) release(key string) {
	if key == "" {
		return
	}
	m.keysMu.Lock()
	delete(m.inflight, key)
	m.keysMu.Unlock()
}

// signAndSend takes the next nonce, signs, journals and sends. The nonce is only kept if the
// node accepted the transaction (or may have: then it stays journaled and is tracked).
func (m *Manager) signAndSend(ctx context.Context, key string, c chain.TxCandidate, gas uint64) (*types.Transaction, error) {
	tip, feeCap, err := m.fees(ctx, nil)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.nonceOK {
		n, err := m.b.PendingNonceAt(ctx, m.from)
		if err != nil {
			return nil, fmt.Errorf("read nonce: %w", err)
		}
		m.nonce, m.nonceOK = n, true
	}
	tx, err := m.sign(c, m.nonce, gas, tip, feeCap)
	if err != nil {
		return nil, err
	}
	if err := m.journalPut(key, tx.Nonce(), []*types.Transaction{tx}); err != nil {
		return nil, err
	}
	err = m.b.SendTransaction(ctx, tx)
	switch {
	case err == nil || isAlreadyKnown(err):
		m.nonce++
		m.log.Debug().Str("key", key).Str("tx_hash", tx.Hash().Hex()).Uint64("nonce", tx.Nonce()).Msg("sent")
		return tx, nil
	case isRejection(err):
		// Definitely not in the pool: forget it and re-read the nonce next time.
		m.nonceOK = false
		m.journalDelete(key)
		return nil, fmt.Errorf("send %s: %w", tx.Hash(), err)
	default:
		// Unknown (e.g. the RPC dropped): the node may have it. Keep it journaled and tracked —
		// tracking rebroadcasts it — and re-read the nonce before the next transaction.
		m.nonceOK = false
		m.log.Warn().Err(err).Str("key", key).Str("tx_hash", tx.Hash().Hex()).Msg("send failed; tracking and rebroadcasting")
		return tx, nil
	}
}

func (m *Manager) sign(c chain.TxCandidate, nonce, gas uint64, tip, feeCap *big.Int) (*types.Transaction, error) {
	tx, err := types.SignNewTx(m.key, types.LatestSignerForChainID(m.chainID), &types.DynamicFeeTx{
		ChainID: m.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
		To: c.To, Value: value(c), Data: c.Data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	return tx, nil
}

// fees suggests a tip and fee cap (2 × base fee + tip); with prev set, both are at least
// FeeBumpPercent above prev's so the replacement is accepted.
func (m *Manager) fees(ctx context.Context, prev *types.Transaction) (*big.Int, *big.Int, error) {
	tip, err := m.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("suggest tip: %w", err)
	}
	if tip.Cmp(m.cfg.MinTip) < 0 {
		tip = new(big.Int).Set(m.cfg.MinTip)
	}
	head, err := m.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("read head: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(base, big.NewInt(2)))
	if prev != nil {
		bump := func(old, sug *big.Int) *big.Int {
			min := new(big.Int).Mul(old, big.NewInt(int64(100+m.cfg.FeeBumpPercent)))
			min.Div(min, big.NewInt(100))
			min.Add(min, big.NewInt(1))
			if sug.Cmp(min) < 0 {
				return min
			}
			return sug
		}
		tip, feeCap = bump(prev.GasTipCap(), tip), bump(prev.GasFeeCap(), feeCap)
		if feeCap.Cmp(tip) < 0 {
			feeCap = new(big.Int).Set(tip)
		}
	}
	if m.cfg.MaxFeeCap != nil && m.cfg.MaxFeeCap.Sign() > 0 && feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		return nil, nil, fmt.Errorf("fee cap %s above the configured maximum %s", feeCap, m.cfg.MaxFeeCap)
	}
	return tip, feeCap, nil
}

// track waits until one of txs (versions of one nonce) is mined with Confirmations, bumping fees
// every ResubmitAfter and rebroadcasting the latest version on every resubmission. Its callers have
// just sent the latest version (Send, Resume), so it starts by waiting.
func (m *Manager) track(ctx context.Context, key string, c chain.TxCandidate, txs []*types.Transaction) (*types.Receipt, error) {
	defer m.release(key)
	latest := txs[len(txs)-1]
	lastSend := time.Now()
	tick := time.NewTicker(m.cfg.PollInterval)
	defer tick.Stop()
	var consumedSince time.Time
	for {
		rcpt, err := m.receipt(ctx, txs)
		if err == nil && rcpt != nil {
			if ok, err := m.confirmed(ctx, rcpt); err != nil {
				m.log.Debug().Err(err).Msg("confirmations")
			} else if ok {
				m.journalDelete(key)
				if rcpt.Status != types.ReceiptStatusSuccessful {
					return rcpt, fmt.Errorf("tx %s: %w: %w", rcpt.TxHash, ErrReverted, m.replay(ctx, c, rcpt))
				}
				return rcpt, nil
			}
		} else if err != nil {
			m.log.Debug().Err(err).Msg("receipt poll")
		}
		if rcpt == nil && time.Since(lastSend) >= m.cfg.ResubmitAfter {
			lastSend = time.Now()
			if n, err := m.b.NonceAt(ctx, m.from, nil); err == nil && n > latest.Nonce() {
				// Our nonce is used but no version of ours is mined: give it a few polls (the
				// receipt may lag), then report it.
				if consumedSince.IsZero() {
					consumedSince = time.Now()
				} else if time.Since(consumedSince) > 3*m.cfg.ResubmitAfter {
					m.journalDelete(key)
					return nil, fmt.Errorf("tx nonce %d: %w", latest.Nonce(), ErrNonceConsumed)
				}
			} else if bumped, err := m.bump(ctx, key, txs); err != nil {
				m.log.Warn().Err(err).Str("tx_hash", latest.Hash().Hex()).Msg("fee bump failed; will retry")
			} else {
				txs = append(txs, bumped)
				latest = bumped
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for tx %s: %w", latest.Hash(), ctx.Err())
		case <-tick.C:
		}
	}
}

// bump re-signs prev with higher fees and sends it. A replacement the pool refuses as
// underpriced is still returned: it will be bumped again.
func (m *Manager) bump(ctx context.Context, key string, txs []*types.Transaction) (*types.Transaction, error) {
	prev := txs[len(txs)-1]
	tip, feeCap, err := m.fees(ctx, prev)
	if err != nil {
		return nil, err
	}
	tx, err := m.sign(chain.TxCandidate{To: prev.To(), Data: prev.Data(), Value: prev.Value()}, prev.Nonce(), prev.Gas(), tip, feeCap)
	if err != nil {
		return nil, err
	}
	// Every version stays journaled: any of them may be the one mined.
	if err := m.journalPut(key, tx.Nonce(), append(txs[:len(txs):len(txs)], tx)); err != nil {
		return nil, err
	}
	m.log.Info().Str("key", key).Str("tx_hash", tx.Hash().Hex()).Str("replaces", prev.Hash().Hex()).Str("tip", tip.String()).Msg("resubmitting with higher fees")
	if err := m.b.SendTransaction(ctx, tx); err != nil && !isAlreadyKnown(err) {
		if isNonceTooLow(err) {
			return nil, err
		}
		m.log.Debug().Err(err).Msg("resubmission not accepted")
	}
	return tx, nil
}

func (m *Manager) receipt(ctx context.Context, txs []*types.Transaction) (*types.Receipt, error) {
	for i := len(txs) - 1; i >= 0; i-- {
		rcpt, err := m.b.TransactionReceipt(ctx, txs[i].Hash())
		if err == nil {
			return rcpt, nil
		}
		if !chain.IsNotFound(err) {
			return nil, err
		}
	}
	return nil, nil
}

// confirmed reports whether rcpt has Confirmations blocks and is still canonical.
func (m *Manager) confirmed(ctx context.Context, rcpt *types.Receipt) (bool, error) {
	if m.cfg.Confirmations <= 1 {
		return true, nil
	}
	head, err := m.b.BlockNumber(ctx)
	if err != nil {
		return false, err
	}
	if head+1 < rcpt.BlockNumber.Uint64()+m.cfg.Confirmations {
		return false, nil
	}
	h, err := m.b.HeaderByNumber(ctx, rcpt.BlockNumber)
	if err != nil {
		return false, err
	}
	return h.Hash() == rcpt.BlockHash, nil
}

// replay re-runs a reverted transaction as a call at its parent block for the revert reason.
func (m *Manager) replay(ctx context.Context, c chain.TxCandidate, rcpt *types.Receipt) error {
	_, err := m.b.CallContract(ctx, ethereum.CallMsg{From: m.from, To: c.To, Value: value(c), Data: c.Data},
		new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1)))
	if err == nil {
		return errors.New("no revert reason (out of gas or state changed)")
	}
	return m.decode(err)
}

func (m *Manager) journalPut(key string, nonce uint64, txs []*types.Transaction) error {
	if m.journal == nil || key == "" {
		return nil
	}
	e := store.JournalEntry{Key: key, Nonce: nonce}
	for _, tx := range txs {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return err
		}
		e.Raw = append(e.Raw, raw)
	}
	if err := m.journal.PutJournal(e); err != nil {
		return fmt.Errorf("txmgr: journal %s: %w", key, err)
	}
	return nil
}

func (m *Manager) journalDelete(key string) {
	if m.journal == nil || key == "" {
		return
	}
	if err := m.journal.DeleteJournal(key); err != nil {
		m.log.Warn().Err(err).Str("key", key).Msg("journal delete")
	}
}

func value(c chain.TxCandidate) *big.Int {
	if c.Value == nil {
		return new(big.Int)
	}
	return c.Value
}

func isAlreadyKnown(err error) bool {
	return strings.Contains(err.Error(), "already known") || strings.Contains(err.Error(), "known transaction")
}

func isNonceTooLow(err error) bool { return strings.Contains(err.Error(), "nonce too low") }

// isRejection: the node answered and refused the transaction.
func isRejection(err error) bool {
	s := err.Error()
	for _, r := range []string{"nonce too low", "nonce too high", "insufficient funds", "underpriced", "intrinsic gas", "exceeds block gas limit", "gas limit reached", "invalid sender", "max fee per gas less than block base fee", "tip above fee cap", "oversized data"} {
		if strings.Contains(s, r) {
			return true
		}
	}
	return false
}
