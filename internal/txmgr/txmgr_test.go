package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/store"
)

// env is a simulated chain mined every 20 ms and one funded key.
type env struct {
	sim  *simulated.Backend
	key  *ecdsa.PrivateKey
	stop chan struct{}
}

func newEnv(t *testing.T) *env {
	t.Helper()
	key, _ := crypto.GenerateKey()
	sim := chain.NewSimulated([]*ecdsa.PrivateKey{key}, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)))
	e := &env{sim: sim, key: key, stop: make(chan struct{})}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-e.stop:
				return
			case <-time.After(20 * time.Millisecond):
				sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(e.stop); <-done; sim.Close() })
	return e
}

func testConfig() Config {
	c := DefaultConfig()
	c.ResubmitAfter = 300 * time.Millisecond
	c.PollInterval = 10 * time.Millisecond
	c.Timeout = 20 * time.Second
	return c
}

func transfer(to common.Address) chain.TxCandidate {
	return chain.TxCandidate{To: &to, Value: big.NewInt(1)}
}

func TestSendConfirmsAndNoncesAdvance(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	cfg := testConfig()
	cfg.Confirmations = 3
	m, err := New(ctx, cfg, e.sim.Client(), e.key, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 10)
	for i := 0; i < 10; i++ {
		go func() {
			rcpt, err := m.Send(ctx, "", transfer(common.HexToAddress("0x1234")))
			if err == nil {
				head, _ := e.sim.Client().BlockNumber(ctx)
				if head+1 < rcpt.BlockNumber.Uint64()+3 {
					err = errors.New("returned before 3 confirmations")
				}
			}
			errs <- err
		}()
	}
	for i := 0; i < 10; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	n, _ := e.sim.Client().NonceAt(ctx, m.From(), nil)
	if n != 10 {
		t.Fatalf("nonce %d after 10 transactions", n)
	}
}

// dropFirst loses the first transaction sent (as a node that accepted it and then lost it).
type dropFirst struct {
	simulated.Client
	dropped atomic.Int32
}

func (d *dropFirst) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if d.dropped.Add(1) <= 2 { // the send and the first rebroadcast
		return nil
	}
	return d.Client.SendTransaction(ctx, tx)
}

func TestLostTransactionIsResubmittedWithHigherFees(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	b := &dropFirst{Client: e.sim.Client()}
	m, err := New(ctx, testConfig(), b, e.key, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := m.Send(ctx, "k", transfer(common.HexToAddress("0x1234")))
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := e.sim.Client().TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.GasTipCap().Cmp(cfgMinTip()) <= 0 {
		t.Fatalf("mined tx tips %s: not bumped", tx.GasTipCap())
	}
}

func cfgMinTip() *big.Int { return DefaultConfig().MinTip }

func TestRevertingTransactionIsNeverSent(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	m, _ := New(ctx, testConfig(), e.sim.Client(), e.key, zerolog.Nop())
	// Deploy a contract whose runtime code is REVERT, then call it.
	initCode := common.FromHex("0x600a600c600039600a6000f3" + "60006000fd" + "0000000000")
	rcpt, err := m.Send(ctx, "", chain.TxCandidate{Data: initCode})
	if err != nil {
		t.Fatal(err)
	}
	to := rcpt.ContractAddress
	if _, err := m.Send(ctx, "", chain.TxCandidate{To: &to}); err == nil {
		t.Fatal("a reverting call was sent")
	}
	if _, err := m.Send(ctx, "", chain.TxCandidate{To: &to, GasLimit: 50_000}); !errors.Is(err, ErrReverted) {
		t.Fatalf("forced send of a reverting call: %v", err)
	}
	n, _ := e.sim.Client().NonceAt(ctx, m.From(), nil)
	if n != 2 {
		t.Fatalf("nonce %d: the estimate failure consumed a nonce", n)
	}
}

func TestJournaledTransactionResumesAfterRestart(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// A previous run signed and journaled a transaction, then died before sending it.
	prev, _ := New(ctx, testConfig(), e.sim.Client(), e.key, zerolog.Nop(), WithJournal(st))
	tip, feeCap, _ := prev.fees(ctx, nil)
	tx, _ := prev.sign(transfer(common.HexToAddress("0x99")), 0, 21000, tip, feeCap)
	if err := prev.journalPut("propose/1", 0, []*types.Transaction{tx}); err != nil {
		t.Fatal(err)
	}

	m, _ := New(ctx, testConfig(), e.sim.Client(), e.key, zerolog.Nop(), WithJournal(st))
	done := make(chan *types.Receipt, 1)
	if err := m.Resume(ctx, func(_ string, r *types.Receipt, err error) {
		if err != nil {
			t.Error(err)
		}
		done <- r
	}); err != nil {
		t.Fatal(err)
	}
	if !m.InFlight("propose/1") {
		t.Fatal("resumed transaction not reported in flight")
	}
	if _, err := m.Send(ctx, "propose/1", transfer(common.HexToAddress("0x99"))); err == nil {
		t.Fatal("a second transaction for an in-flight key was sent")
	}
	r := <-done
	if r.TxHash != tx.Hash() {
		t.Fatalf("mined %s, journaled %s", r.TxHash, tx.Hash())
	}
	if j, _ := st.Journal(); len(j) != 0 {
		t.Fatalf("journal not cleared: %v", j)
	}
}

func TestQueueIsBounded(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	cfg := testConfig()
	cfg.MaxInFlight = 1
	m, _ := New(ctx, cfg, e.sim.Client(), e.key, zerolog.Nop())
	m.sem <- struct{}{} // one transaction in flight
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := m.Send(short, "", transfer(common.HexToAddress("0x1"))); err == nil {
		t.Fatal("send passed a full queue")
	}
	<-m.sem
	if _, err := m.Send(ctx, "", transfer(common.HexToAddress("0x1"))); err != nil {
		t.Fatal(err)
	}
}

func TestConfigCheck(t *testing.T) {
	c := DefaultConfig()
	c.FeeBumpPercent = 5
	if c.Check() == nil {
		t.Fatal("a 5% bump passed")
	}
	if DefaultConfig().Check() != nil {
		t.Fatal("default config invalid")
	}
}
