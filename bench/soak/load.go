package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/internal/contracts"
)

// load signs and sends the requests at a steady rate, managing each requester's nonces itself and
// never waiting for a receipt.
type load struct {
	o      options
	d      *devnet
	signer types.Signer
	accts  []*acct
	rng    *rand.Rand
	total  int // sum of the models' weights
	// gas is each model's gas limit for a valid [0] and an invalid [1] input.
	gas map[uint64][2]uint64

	mu      sync.Mutex
	fees    map[uint64]*big.Int // each model's quoted fee, refreshed every block or so
	feeCap  *big.Int
	txs     map[common.Hash]sent
	invalid int
	byModel map[uint64]int

	sent        atomic.Int64
	sendErrors  atomic.Int64
	first, last time.Time
	maxBehind   time.Duration // the most the sender fell behind its schedule
}

type acct struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64
}

// sent is what the load remembers of a request transaction.
type sent struct {
	i       int
	model   uint64
	invalid bool
	at      time.Time
}

var tip = big.NewInt(1e9) // 1 gwei: the simulated miner ignores tips under 1 Mwei

func newLoad(ctx context.Context, o options, d *devnet) (*load, error) {
	id, err := d.c.Client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	l := &load{o: o, d: d, signer: types.LatestSignerForChainID(id), rng: rand.New(rand.NewPCG(16, uint64(o.n))),
		gas: map[uint64][2]uint64{}, fees: map[uint64]*big.Int{}, txs: make(map[common.Hash]sent, o.n), byModel: map[uint64]int{}}
	for _, k := range d.requesters {
		a := &acct{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		if a.nonce, err = d.c.Client.PendingNonceAt(ctx, a.addr); err != nil {
			return nil, err
		}
		l.accts = append(l.accts, a)
	}
	if err := l.refreshFees(ctx); err != nil {
		return nil, err
	}
	for _, m := range d.models {
		l.total += m.weight
		var g [2]uint64
		for k, invalid := range []bool{false, true} {
			c := d.c.Oracle.RequestTx(contracts.NewRequest{ModelID: m.id, Input: l.input(m, invalid)}, l.fee(m.id))
			est, err := d.c.Client.EstimateGas(ctx, ethereum.CallMsg{From: l.accts[0].addr, To: c.To, Value: c.Value, Data: c.Data})
			if err != nil {
				return nil, fmt.Errorf("estimate a request for %s: %w", m.name, err)
			}
			// Headroom for a surplus credited to a fresh balance (+22k) and state changes.
			g[k] = est + est/4 + 25_000
		}
		l.gas[m.id] = g
	}
	return l, nil
}

// refreshFees quotes every model's fee (QuoteFee: with the margin for base-fee rises) and the fee
// cap for the next transactions.
func (l *load) refreshFees(ctx context.Context) error {
	fees := map[uint64]*big.Int{}
	for _, m := range l.d.models {
		f, err := l.d.c.Oracle.QuoteFee(ctx, contracts.NewRequest{ModelID: m.id})
		if err != nil {
			return err
		}
		fees[m.id] = f
	}
	head, err := l.d.c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	capWei := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(3)))
	if floor := big.NewInt(20e9); capWei.Cmp(floor) < 0 {
		capWei = floor
	}
	l.mu.Lock()
	l.fees, l.feeCap = fees, capWei
	l.mu.Unlock()
	return nil
}

func (l *load) fee(model uint64) *big.Int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.fees[model]
}

// input is a request's input: for mnist-8 one of the example digits with a few pixels changed,
// for the others random bytes (each byte a value in [0, 1]); an invalid one is a byte too long.
func (l *load) input(m *model, invalid bool) []byte {
	n := m.inputLen
	if invalid {
		n++
	}
	in := make([]byte, n)
	if m.inputLen == 784 && len(l.d.digits) == 4*784 {
		copy(in, l.d.digits[784*l.rng.IntN(4):][:784])
		for range 8 {
			in[l.rng.IntN(784)] = byte(l.rng.IntN(256))
		}
		return in
	}
	for i := range in {
		in[i] = byte(l.rng.IntN(256))
	}
	return in
}

func (l *load) pick() *model {
	k := l.rng.IntN(l.total)
	for _, m := range l.d.models {
		if k < m.weight {
			return m
		}
		k -= m.weight
	}
	return l.d.models[len(l.d.models)-1]
}

// run sends o.n requests, request i at first + i/rate; progress is told each one sent.
func (l *load) run(ctx context.Context, progress func()) error {
	fctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		t := time.NewTicker(l.o.blockTime)
		defer t.Stop()
		for {
			select {
			case <-fctx.Done():
				return
			case <-t.C:
				if err := l.refreshFees(fctx); err != nil && fctx.Err() == nil {
					say("quote fees: %v", err)
				}
			}
		}
	}()
	oracle := l.d.oracleAddr()
	l.first = time.Now()
	for i := 0; i < l.o.n; i++ {
		due := l.first.Add(time.Duration(float64(i) / l.o.rate * float64(time.Second)))
		if wait := time.Until(due); wait > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(wait):
			}
		} else if -wait > l.maxBehind {
			l.maxBehind = -wait
		}
		m := l.pick()
		invalid := l.rng.Float64() < l.o.invalid
		c := l.d.c.Oracle.RequestTx(contracts.NewRequest{ModelID: m.id, Input: l.input(m, invalid)}, l.fee(m.id))
		a := l.accts[i%len(l.accts)]
		k := 0
		if invalid {
			k = 1
		}
		l.mu.Lock()
		feeCap := l.feeCap
		l.mu.Unlock()
		var hash common.Hash
		for attempt := 0; ; attempt++ {
			tx, err := types.SignNewTx(a.key, l.signer, &types.DynamicFeeTx{ChainID: l.signer.ChainID(), Nonce: a.nonce,
				GasTipCap: tip, GasFeeCap: feeCap, Gas: l.gas[m.id][k], To: &oracle, Value: c.Value, Data: c.Data})
			if err != nil {
				return err
			}
			if err = l.d.c.Client.SendTransaction(ctx, tx); err == nil {
				hash = tx.Hash()
				break
			}
			l.sendErrors.Add(1)
			if attempt == 5 || ctx.Err() != nil {
				return fmt.Errorf("request %d from %s (nonce %d): %w", i, a.addr.Hex(), a.nonce, err)
			}
			say("request %d from %s (nonce %d) refused, retrying with the pending nonce: %v", i, a.addr.Hex(), a.nonce, err)
			time.Sleep(200 * time.Millisecond)
			if n, nerr := l.d.c.Client.PendingNonceAt(ctx, a.addr); nerr == nil {
				a.nonce = n
			}
		}
		a.nonce++
		l.mu.Lock()
		l.txs[hash] = sent{i: i, model: m.id, invalid: invalid, at: time.Now()}
		l.byModel[m.id]++
		if invalid {
			l.invalid++
		}
		l.mu.Unlock()
		l.sent.Add(1)
		l.last = time.Now()
		if progress != nil {
			progress()
		}
	}
	return nil
}

// sentTxs is the set of request transactions sent.
func (l *load) sentTxs() map[common.Hash]sent {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.txs
}
