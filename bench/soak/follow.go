package main

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/auspex-labs/auspex/internal/devchain"
)

// counts are the oracle's and the game's events seen so far.
type counts struct {
	requested, proposedResult, proposedError, liarProposals int
	finalizedResult, finalizedError, refunded               int
	ended, endedTwice                                       int
	slashed, gamesStarted, gamesResolved, challengerWon     int
}

// follower reads the oracle's and the game's logs as blocks come, for the live counts (requests
// ended so far) and the blocks' gas.
type follower struct {
	d      *devnet
	topics []common.Hash
	t      map[string]common.Hash
	liar   common.Address

	mu       sync.Mutex
	next     uint64
	c        counts
	ends     map[common.Hash]int
	firstEnd time.Time
	lastEnd  time.Time
	// blocks and gas: totals over the blocks seen, and the latest base fee.
	blocks, gas, txs uint64
	maxGas           uint64
	baseFee          *big.Int
}

var oracleEvents = []string{"InferenceRequested", "ResultProposed", "ErrorProposed", "InferenceFinalized", "RequestRefunded", "ProposalSlashed"}

func newFollower(d *devnet) *follower {
	f := &follower{d: d, next: d.startBlock, ends: map[common.Hash]int{}, t: map[string]common.Hash{},
		liar: crypto.PubkeyToAddress(devchain.DevKey(devchain.Operator2).PublicKey), baseFee: new(big.Int)}
	for _, e := range oracleEvents {
		f.t[e] = d.c.Oracle.EventTopic(e)
	}
	for _, e := range []string{"GameStarted", "GameResolved"} {
		f.t[e] = d.game.EventTopic(e)
	}
	for _, h := range f.t {
		f.topics = append(f.topics, h)
	}
	return f
}

func (f *follower) run(ctx context.Context) {
	for {
		if err := f.step(ctx); err != nil && ctx.Err() == nil {
			say("follower: %v", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func (f *follower) step(ctx context.Context) error {
	cl := f.d.c.Client
	head, err := cl.BlockNumber(ctx)
	if err != nil {
		return err
	}
	f.mu.Lock()
	from := f.next
	f.mu.Unlock()
	if head < from {
		return nil
	}
	logs, err := cl.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{f.d.c.Oracle.Address(), f.d.game.Address()}, Topics: [][]common.Hash{f.topics}})
	if err != nil {
		return err
	}
	var hs []*types.Header
	for n := from; n <= head; n++ {
		h, err := cl.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return err
		}
		hs = append(hs, h)
	}
	now := time.Now()
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, h := range hs {
		f.blocks++
		f.gas += h.GasUsed
		f.maxGas = max(f.maxGas, h.GasUsed)
		if h.BaseFee != nil {
			f.baseFee = h.BaseFee
		}
	}
	for i := range logs {
		f.count(&logs[i], now)
	}
	f.next = head + 1
	return nil
}

// count adds one log to the counts.
func (f *follower) count(l *types.Log, now time.Time) {
	if len(l.Topics) < 2 {
		return
	}
	id := l.Topics[1]
	word := func(i int) bool { return len(l.Data) >= 32*(i+1) && l.Data[32*i+31] != 0 }
	switch l.Topics[0] {
	case f.t["InferenceRequested"]:
		f.c.requested++
	case f.t["ResultProposed"], f.t["ErrorProposed"]:
		if l.Topics[0] == f.t["ResultProposed"] {
			f.c.proposedResult++
		} else {
			f.c.proposedError++
		}
		if len(l.Topics) > 2 && common.BytesToAddress(l.Topics[2].Bytes()) == f.liar {
			f.c.liarProposals++
		}
	case f.t["InferenceFinalized"], f.t["RequestRefunded"]:
		switch {
		case l.Topics[0] == f.t["RequestRefunded"]:
			f.c.refunded++
		case word(0): // isError
			f.c.finalizedError++
		default:
			f.c.finalizedResult++
		}
		f.ends[id]++
		if f.ends[id] == 1 {
			f.c.ended++
		} else {
			f.c.endedTwice++
		}
		if f.firstEnd.IsZero() {
			f.firstEnd = now
		}
		f.lastEnd = now
	case f.t["ProposalSlashed"]:
		f.c.slashed++
	case f.t["GameStarted"]:
		f.c.gamesStarted++
	case f.t["GameResolved"]:
		f.c.gamesResolved++
		if !word(0) { // proposerWon false
			f.c.challengerWon++
		}
	}
}

func (f *follower) snapshot() (counts, uint64, uint64, uint64, *big.Int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.c, f.blocks, f.gas, f.maxGas, new(big.Int).Set(f.baseFee)
}

func (f *follower) ended() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.c.ended
}

// verification is the end-of-run check, from a fresh scan of the chain's logs.
type verification struct {
	sent, requested, unknownRequests  int
	endedOnce, neverEnded, endedTwice int
	// wrongKind counts requests that ended otherwise than their input asks: a valid input with an
	// error code or a refund, an invalid one (wrong length) with a result or a refund.
	wrongKind                          int
	finalizedResult, finalizedError    int
	refunded                           int
	missing                            []string // sent transactions without a request, with why
	gamesStarted, challengerWon, games int
	slashed, liarProposals             int
	blocks                             uint64
}

func (v verification) ok() bool {
	return v.requested == v.sent && v.endedOnce == v.sent && v.neverEnded == 0 && v.endedTwice == 0 && v.wrongKind == 0 &&
		len(v.missing) == 0
}

// verifyOnChain scans every log of the oracle and the game since the deployment, in chunks of
// 1000 blocks, and checks that each request sent became exactly one request that ended exactly
// once (InferenceFinalized or RequestRefunded).
func verifyOnChain(ctx context.Context, d *devnet, l *load) (verification, error) {
	cl := d.c.Client
	head, err := cl.BlockNumber(ctx)
	if err != nil {
		return verification{}, err
	}
	sentTxs := l.sentTxs()
	v := verification{sent: len(sentTxs), blocks: head - d.startBlock + 1}
	f := newFollower(d)                    // for its topics and decoding
	reqOf := map[common.Hash]common.Hash{} // request id → its transaction
	seenTx := map[common.Hash]bool{}       // request transactions that made a request
	ends := map[common.Hash][]string{}     // request id → its end events
	const chunk = 1000
	for from := d.startBlock; from <= head; from += chunk {
		to := min(from+chunk-1, head)
		logs, err := cl.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{d.c.Oracle.Address(), d.game.Address()}, Topics: [][]common.Hash{f.topics}})
		if err != nil {
			return v, fmt.Errorf("logs %d..%d: %w", from, to, err)
		}
		for i := range logs {
			lg := &logs[i]
			f.count(lg, time.Time{})
			if len(lg.Topics) < 2 {
				continue
			}
			id := lg.Topics[1]
			switch lg.Topics[0] {
			case f.t["InferenceRequested"]:
				if _, ok := sentTxs[lg.TxHash]; !ok {
					v.unknownRequests++
					continue
				}
				reqOf[id], seenTx[lg.TxHash] = lg.TxHash, true
			case f.t["InferenceFinalized"]:
				kind := "result"
				if len(lg.Data) >= 32 && lg.Data[31] != 0 { // isError
					kind = "error"
				}
				ends[id] = append(ends[id], kind)
			case f.t["RequestRefunded"]:
				ends[id] = append(ends[id], "refund")
			}
		}
	}
	v.requested = len(reqOf)
	for id := range reqOf {
		switch len(ends[id]) {
		case 0:
			v.neverEnded++
		case 1:
			v.endedOnce++
			want := "result"
			if sentTxs[reqOf[id]].invalid {
				want = "error"
			}
			if ends[id][0] != want {
				v.wrongKind++
			}
		default:
			v.endedTwice++
		}
	}
	c := f.c
	v.finalizedResult, v.finalizedError, v.refunded = c.finalizedResult, c.finalizedError, c.refunded
	v.gamesStarted, v.games, v.challengerWon, v.slashed, v.liarProposals = c.gamesStarted, c.gamesResolved, c.challengerWon, c.slashed, c.liarProposals
	var missing []common.Hash
	for h := range sentTxs {
		if !seenTx[h] {
			missing = append(missing, h)
		}
	}
	sort.Slice(missing, func(i, j int) bool { return sentTxs[missing[i]].i < sentTxs[missing[j]].i })
	for k, h := range missing {
		if k == 20 {
			v.missing = append(v.missing, fmt.Sprintf("… and %d more", len(missing)-20))
			break
		}
		why := "no receipt"
		if r, err := cl.TransactionReceipt(ctx, h); err == nil {
			why = fmt.Sprintf("status %d, block %d, gas used %d", r.Status, r.BlockNumber, r.GasUsed)
		}
		v.missing = append(v.missing, fmt.Sprintf("request %d (tx %s): %s", sentTxs[h].i, h.Hex(), why))
	}
	return v, nil
}
