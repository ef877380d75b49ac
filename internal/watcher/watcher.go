// Package watcher discovers contract events, reorg-safely, for the node and the verifier.
//
// It is head-driven: on every new head (a subscription where the endpoint offers one, polling
// otherwise) it checks that the last processed block is still canonical, walks back to the common
// ancestor when it is not (the handler drops what came after it), then backfills: blocks deeper
// than the reorg window in batches that halve on RPC errors and grow back on success, the recent
// blocks one at a time with their parent hashes checked and their logs fetched by block hash. The
// cursor and the recent block hashes are persisted, so a restart resumes where it stopped and
// handlers see some logs twice (their inserts are idempotent), never none. After each head the
// handler decides what to do from chain state at that head (level-triggered), not from the events.
package watcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/internal/store"
)

// Backend is what the watcher reads from the chain.
type Backend interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// HeadSubscriber is implemented by endpoints that push new heads (WebSocket, in-process).
type HeadSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Cursors persists progress (internal/store implements it).
type Cursors interface {
	Cursor() (store.Cursor, bool, error)
	Advance(c store.Cursor, keep uint64) error
	BlockHash(n uint64) (common.Hash, bool, error)
	Rewind(c store.Cursor) error
}

// Handler consumes what the watcher finds.
type Handler interface {
	// HandleLogs receives the matching logs of processed blocks in chain order. It must be
	// idempotent; a log with Removed set retracts an earlier one.
	HandleLogs(ctx context.Context, logs []types.Log) error
	// Rollback drops everything learned from blocks after ancestor (a reorg replaced them).
	Rollback(ctx context.Context, ancestor uint64) error
	// OnHead runs after the watcher has caught up with head.
	OnHead(ctx context.Context, head *types.Header) error
}

// Config configures a watcher.
type Config struct {
	Addresses    []common.Address
	Topics       [][]common.Hash
	StartBlock   uint64        // first block to scan when there is no cursor
	PollInterval time.Duration // head polling (and the fallback when a subscription drops)
	MaxBatch     uint64        // blocks per eth_getLogs call when backfilling
	ReorgDepth   uint64        // recent blocks processed one by one and remembered for reorgs
	MaxBackoff   time.Duration // ceiling of the retry delay after errors
	// ObserveHead, when set, is told how long each OnHead took (the per-head handling time).
	ObserveHead func(time.Duration)
}

// Check reports the first invalid field.
func (c Config) Check() error {
	switch {
	case len(c.Addresses) == 0:
		return errors.New("watcher: no contract addresses")
	case c.PollInterval <= 0:
		return errors.New("watcher: poll interval must be positive")
	case c.MaxBatch == 0:
		return errors.New("watcher: max batch must be positive")
	case c.ReorgDepth == 0:
		return errors.New("watcher: reorg depth must be positive")
	case c.MaxBackoff < c.PollInterval:
		return errors.New("watcher: max backoff must be at least the poll interval")
	}
	return nil
}

// Status is the watcher's progress, for health checks and metrics.
type Status struct {
	Head, Cursor uint64
	LastSuccess  time.Time
	LastError    error
	Reorgs       uint64
}

// Healthy reports nil when the watcher is keeping up: its last step succeeded, and within
// staleAfter of now.
func (s Status) Healthy(staleAfter time.Duration) error {
	switch {
	case s.LastError != nil:
		return fmt.Errorf("watcher: %w", s.LastError)
	case s.LastSuccess.IsZero():
		return errors.New("watcher: not caught up yet")
	case time.Since(s.LastSuccess) > staleAfter:
		return fmt.Errorf("watcher: no progress for %s", time.Since(s.LastSuccess).Round(time.Second))
	}
	return nil
}

// Watcher follows one chain for one handler.
type Watcher struct {
	cfg     Config
	b       Backend
	cursors Cursors
	h       Handler
	log     zerolog.Logger

	batch uint64

	mu     sync.Mutex
	status Status
}

// New returns a watcher; Run drives it.
func New(cfg Config, b Backend, cursors Cursors, h Handler, log zerolog.Logger) (*Watcher, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Watcher{cfg: cfg, b: b, cursors: cursors, h: h, log: log, batch: cfg.MaxBatch}, nil
}

// Status returns a snapshot of the progress.
func (w *Watcher) Status() Status {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.status
}

// Run processes heads until ctx ends. Errors (an RPC outage, a handler failure) are logged and
// retried with exponential backoff; Run only returns with ctx's error.
func (w *Watcher) Run(ctx context.Context) error {
	heads := make(chan *types.Header, 16)
	var sub ethereum.Subscription
	subscribe := func() {
		if hs, ok := w.b.(HeadSubscriber); ok && sub == nil {
			s, err := hs.SubscribeNewHead(ctx, heads)
			if err == nil {
				sub = s
			}
		}
	}
	subscribe()
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()
	backoff := w.cfg.PollInterval
	for {
		err := w.Step(ctx)
		w.mu.Lock()
		w.status.LastError = err
		if err == nil {
			w.status.LastSuccess = time.Now()
		}
		w.mu.Unlock()
		wait := w.cfg.PollInterval
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			w.log.Warn().Err(err).Dur("retry_in", backoff).Msg("watcher step failed")
			wait = backoff
			backoff = min(2*backoff, w.cfg.MaxBackoff)
		} else {
			backoff = w.cfg.PollInterval
		}
		var subErr <-chan error
		if sub != nil {
			subErr = sub.Err()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-heads:
		case <-subErr:
			sub.Unsubscribe()
			sub = nil
		case <-time.After(wait):
			subscribe()
		}
	}
}

// Step catches up with the current head once.
func (w *Watcher) Step(ctx context.Context) error {
	head, err := w.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	w.mu.Lock()
	w.status.Head = head.Number.Uint64()
	w.mu.Unlock()

	cur, ok, err := w.cursors.Cursor()
	if err != nil {
		return fmt.Errorf("read cursor: %w", err)
	}
	if !ok {
		cur = store.Cursor{Number: w.cfg.StartBlock - 1}
		if w.cfg.StartBlock == 0 {
			cur = store.Cursor{Number: ^uint64(0)} // before genesis: the next block is 0
		}
	}
	if cur.Hash != (common.Hash{}) {
		if cur, err = w.checkCanonical(ctx, cur); err != nil {
			return err
		}
	}
	headN := head.Number.Uint64()
	// Deep blocks: batched.
	for next(cur) <= headN && headN-next(cur) >= w.cfg.ReorgDepth {
		to := min(next(cur)+w.batch-1, headN-w.cfg.ReorgDepth)
		logs, err := w.b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(next(cur)), ToBlock: new(big.Int).SetUint64(to),
			Addresses: w.cfg.Addresses, Topics: w.cfg.Topics,
		})
		if err != nil {
			if w.batch > 1 {
				w.batch /= 2
			}
			return fmt.Errorf("get logs %d..%d: %w", next(cur), to, err)
		}
		toHeader, err := w.b.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return fmt.Errorf("read header %d: %w", to, err)
		}
		if err := w.h.HandleLogs(ctx, logs); err != nil {
			return fmt.Errorf("handle logs %d..%d: %w", next(cur), to, err)
		}
		cur = store.Cursor{Number: to, Hash: toHeader.Hash()}
		if err := w.advance(cur); err != nil {
			return err
		}
		w.batch = min(2*w.batch, w.cfg.MaxBatch)
	}
	// Recent blocks: one by one, linked by parent hash.
	for next(cur) <= headN {
		n := next(cur)
		h, err := w.b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return fmt.Errorf("read header %d: %w", n, err)
		}
		if cur.Hash != (common.Hash{}) && h.ParentHash != cur.Hash {
			// Block cur is no longer canonical; the next Step walks back.
			if _, err := w.checkCanonical(ctx, cur); err != nil {
				return err
			}
			return nil
		}
		hash := h.Hash()
		logs, err := w.b.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: w.cfg.Addresses, Topics: w.cfg.Topics})
		if err != nil {
			return fmt.Errorf("get logs of block %d: %w", n, err)
		}
		if err := w.h.HandleLogs(ctx, logs); err != nil {
			return fmt.Errorf("handle logs of block %d: %w", n, err)
		}
		cur = store.Cursor{Number: n, Hash: hash}
		if err := w.advance(cur); err != nil {
			return err
		}
	}
	start := time.Now()
	err = w.h.OnHead(ctx, head)
	if w.cfg.ObserveHead != nil {
		w.cfg.ObserveHead(time.Since(start))
	}
	if err != nil {
		return fmt.Errorf("on head %d: %w", headN, err)
	}
	return nil
}

func next(c store.Cursor) uint64 { return c.Number + 1 } // wraps ^0 to 0 (before genesis)

func (w *Watcher) advance(c store.Cursor) error {
	if err := w.cursors.Advance(c, w.cfg.ReorgDepth); err != nil {
		return fmt.Errorf("persist cursor %d: %w", c.Number, err)
	}
	w.mu.Lock()
	w.status.Cursor = c.Number
	w.mu.Unlock()
	return nil
}

// checkCanonical returns cur if it is still canonical, else rolls back to the common ancestor
// and returns that.
func (w *Watcher) checkCanonical(ctx context.Context, cur store.Cursor) (store.Cursor, error) {
	canon, err := w.b.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Number))
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		return cur, fmt.Errorf("read header %d: %w", cur.Number, err)
	}
	if err == nil && canon.Hash() == cur.Hash {
		return cur, nil
	}
	// Walk back over the remembered hashes to the newest block still canonical.
	var anc store.Cursor
	found := false
	for n := cur.Number; n > 0 && cur.Number-n < w.cfg.ReorgDepth; {
		n--
		stored, ok, err := w.cursors.BlockHash(n)
		if err != nil {
			return cur, err
		}
		if !ok {
			if n < w.cfg.StartBlock {
				anc, found = store.Cursor{Number: n}, true // before our start: nothing to drop below
				break
			}
			continue // inside a backfilled batch: only batch ends are remembered
		}
		h, err := w.b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return cur, fmt.Errorf("read header %d: %w", n, err)
		}
		if h.Hash() == stored {
			anc, found = store.Cursor{Number: n, Hash: stored}, true
			break
		}
	}
	if !found {
		return cur, fmt.Errorf("reorg below block %d is deeper than the %d-block window", cur.Number, w.cfg.ReorgDepth)
	}
	w.log.Warn().Uint64("orphaned_from", cur.Number).Uint64("ancestor", anc.Number).Msg("reorg: rolling back to the common ancestor")
	if err := w.h.Rollback(ctx, anc.Number); err != nil {
		return cur, fmt.Errorf("rollback to %d: %w", anc.Number, err)
	}
	if err := w.cursors.Rewind(anc); err != nil {
		return cur, fmt.Errorf("rewind cursor: %w", err)
	}
	w.mu.Lock()
	w.status.Reorgs++
	w.status.Cursor = anc.Number
	w.mu.Unlock()
	return anc, nil
}
