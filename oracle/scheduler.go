package oracle

import (
	"context"
	"sync"
)

// job is one unit of work: compute runs on a worker (CPU-bound: the engine) and returns what to
// do next, which runs off the pool (I/O-bound: a transaction waiting for its block).
type job func(ctx context.Context) (then func(ctx context.Context))

// scheduler is a bounded worker pool with per-key deduplication. A key stays taken until its job
// and continuation finish, so a request is never worked on twice at once; when the queue is full,
// offers are refused and the next head offers them again (backpressure instead of memory growth).
type scheduler struct {
	queue      chan queued
	maxPending int

	mu      sync.Mutex
	pending map[string]bool
	wg      sync.WaitGroup
}

type queued struct {
	key string
	j   job
}

func newScheduler(queueSize, maxPending int) *scheduler {
	return &scheduler{queue: make(chan queued, queueSize), maxPending: maxPending, pending: map[string]bool{}}
}

// start runs workers until ctx ends.
func (s *scheduler) start(ctx context.Context, workers int) {
	for i := 0; i < workers; i++ {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case q := <-s.queue:
					then := q.j(ctx)
					if then == nil {
						s.done(q.key)
						continue
					}
					s.wg.Add(1)
					go func() {
						defer s.wg.Done()
						defer s.done(q.key)
						then(ctx)
					}()
				}
			}
		}()
	}
}

// offer queues j under key unless key is already taken or the queue is full.
func (s *scheduler) offer(key string, j job) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending[key] || len(s.pending) >= s.maxPending {
		return false
	}
	select {
	case s.queue <- queued{key: key, j: j}:
		s.pending[key] = true
		return true
	default:
		return false
	}
}

func (s *scheduler) busy(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pending[key]
}

func (s *scheduler) done(key string) {
	s.mu.Lock()
	delete(s.pending, key)
	s.mu.Unlock()
}

func (s *scheduler) depth() (queued, pending int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue), len(s.pending)
}

// wait blocks until every worker and continuation has returned (after ctx is cancelled).
func (s *scheduler) wait() { s.wg.Wait() }
