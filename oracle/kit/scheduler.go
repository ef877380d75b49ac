package kit

import (
	"context"
	"fmt"
	"sync"
)

// Scheduler runs keyed tasks off the watcher's goroutine, under the service's context, with two
// bounds: at most MaxTasks keys taken at once (a task offered when they are all taken, or whose
// key is taken, is refused and offered again at the next head: backpressure, not memory growth),
// and at most Workers engine runs at once (Engine). A key stays taken until its task returns, so
// one request or game is never worked on twice at once.
type Scheduler struct {
	maxTasks int
	engine   chan struct{}

	mu      sync.Mutex
	ctx     context.Context
	stopped bool
	pending map[string]bool
	wg      sync.WaitGroup
}

// NewScheduler returns a scheduler; tasks run once Start has given it the service's context.
func NewScheduler(workers, maxTasks int) *Scheduler {
	return &Scheduler{maxTasks: maxTasks, engine: make(chan struct{}, workers), pending: map[string]bool{}}
}

// Start makes the scheduler run tasks under ctx: cancelling it ends them.
func (s *Scheduler) Start(ctx context.Context) {
	s.mu.Lock()
	s.ctx = ctx
	s.mu.Unlock()
}

// Offer runs f under key unless the key is taken, every task slot is, or the service is
// stopping. It reports whether f was started.
func (s *Scheduler) Offer(key string, f func(ctx context.Context)) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ctx == nil || s.stopped || s.ctx.Err() != nil || s.pending[key] || len(s.pending) >= s.maxTasks {
		return false
	}
	s.pending[key] = true
	s.wg.Add(1)
	ctx := s.ctx
	go func() {
		defer s.wg.Done()
		defer s.done(key)
		f(ctx)
	}()
	return true
}

// Engine runs f (CPU-bound: the engine) once one of the Workers slots is free, or returns the
// context's error without running it.
func (s *Scheduler) Engine(ctx context.Context, f func()) error {
	select {
	case s.engine <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.engine }()
	f()
	return nil
}

// Busy reports whether key is taken.
func (s *Scheduler) Busy(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pending[key]
}

func (s *Scheduler) done(key string) {
	s.mu.Lock()
	delete(s.pending, key)
	s.mu.Unlock()
}

// Depth is how many tasks are under way (waiting for an engine slot or running).
func (s *Scheduler) Depth() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

// Wait refuses new tasks and blocks until every task has returned (after the service's context
// is cancelled), or until ctx ends.
func (s *Scheduler) Wait(ctx context.Context) error {
	s.mu.Lock()
	s.stopped = true
	s.mu.Unlock()
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%d task(s) still running: %w", s.Depth(), ctx.Err())
	}
}
