// Package parallel lends the pure engine goroutines: Fork(workers) is an inference.Fork that runs
// a step's parts on up to that many goroutines. The engine splits steps into parts that write
// disjoint outputs, so the integers are the same for any worker count and any scheduling.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/auspex-labs/auspex/inference"
)

// Fork returns a Fork over up to workers goroutines (runtime.NumCPU() when workers ≤ 0), or nil —
// one part after another on the caller's goroutine — for a single worker.
func Fork(workers int) inference.Fork {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	if workers == 1 {
		return nil
	}
	return func(n int, body func(i int)) {
		w := min(workers, n)
		if w <= 1 {
			for i := 0; i < n; i++ {
				body(i)
			}
			return
		}
		var next atomic.Int64
		var wg sync.WaitGroup
		var once sync.Once
		var panicked any
		for range w {
			wg.Go(func() {
				defer func() {
					if r := recover(); r != nil {
						once.Do(func() { panicked = r })
					}
				}()
				for {
					i := int(next.Add(1) - 1)
					if i >= n {
						return
					}
					body(i)
				}
			})
		}
		wg.Wait()
		if panicked != nil {
			panic(panicked) // as if the parts had run on the caller's goroutine
		}
	}
}

// Runner is an inference.Runner over Fork(workers).
func Runner(workers int) inference.Runner { return inference.Runner{Fork: Fork(workers)} }
