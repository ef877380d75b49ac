package modelregistry

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// ModelSource fetches model bytes checked against their hash (Store): from uri, or when that
// fails from onChain.
type ModelSource interface {
	Fetch(ctx context.Context, uri string, onnxHash common.Hash, onChain OnChain) ([]byte, error)
}

// PublishedData reassembles a model's file from its on-chain publication, the ModelDataPublished
// logs (contracts.Registry).
type PublishedData interface {
	ModelData(ctx context.Context, modelID uint64) ([]byte, error)
}

// Model is a registered model, compiled and checked against the registry (or the reason it
// cannot be).
type Model struct {
	Info    contracts.Model
	Program *inference.Program
	// Resources is what one inference costs (CheckResources); a node checks a batch with CheckBatch.
	Resources inference.Resources
	err       error
	at        time.Time
}

// Cache compiles each registered model once, with the input shapes its registration records
// (CompileOptions), checking the registry's program hash and layout root.
// It fetches a model's file from its URI and, when that fails, from the file's publication in the
// registry's logs (docs/AVAILABILITY.md).
// Failures are kept for retryAfter, then retried (a gateway may come back; a wrong hash will not);
// a model too large to serve (ErrModelTooLarge) is refused for good, never recompiled.
// The compiled programs it holds are bounded together, not only one by one: past the node's
// memory cap (SetMaxInferenceBytes) the least recently used are dropped and compiled again when
// next needed, so models that each pass the bounds cannot add up to exhaust a node.
// Node and verifier share it.
type Cache struct {
	reg        *contracts.Registry
	src        ModelSource
	published  PublishedData
	retryAfter time.Duration
	// maxInferenceBytes is this node's memory cap per inference (0: MaxInferenceBytes).
	maxInferenceBytes int64

	mu sync.Mutex
	m  map[uint64]*Model
	// used lists the ids of compiled programs held, least recently used first.
	used []uint64
	// compiling serializes compilation per model id.
	compiling map[uint64]*sync.Mutex
}

// NewCache reads models from reg and fetches their files from src, or from their publication in
// reg's logs.
func NewCache(reg *contracts.Registry, src ModelSource) *Cache {
	return &Cache{reg: reg, src: src, published: reg, retryAfter: 30 * time.Second,
		m: map[uint64]*Model{}, compiling: map[uint64]*sync.Mutex{}}
}

// Get returns model id, compiled (with its constant commitments precomputed).
func (ms *Cache) Get(ctx context.Context, id uint64) (*Model, error) {
	ms.mu.Lock()
	if m, ok := ms.m[id]; ok && (m.err == nil || errTooLarge(m.err) || time.Since(m.at) < ms.retryAfter) {
		ms.hold(id, m)
		ms.mu.Unlock()
		return m, m.err
	}
	lock, ok := ms.compiling[id]
	if !ok {
		lock = &sync.Mutex{}
		ms.compiling[id] = lock
	}
	ms.mu.Unlock()

	lock.Lock()
	defer lock.Unlock()
	ms.mu.Lock()
	if m, ok := ms.m[id]; ok && (m.err == nil || errTooLarge(m.err) || time.Since(m.at) < ms.retryAfter) {
		ms.mu.Unlock()
		return m, m.err
	}
	ms.mu.Unlock()

	m := &Model{at: time.Now()}
	m.Info, m.err = ms.reg.CallModel(ctx, id)
	if m.err == nil {
		var data []byte
		data, m.err = ms.src.Fetch(ctx, m.Info.URI, m.Info.OnnxHash, func(ctx context.Context) ([]byte, error) {
			return ms.published.ModelData(ctx, id)
		})
		var opt inference.Options
		if m.err == nil {
			// With the input shapes the registration records: the program is only the registered
			// one at exactly those shapes.
			opt, m.err = CompileOptions(m.Info.InputShapes)
		}
		if m.err == nil {
			m.Program, m.err = Compile(data, m.Info.ProgramHash, opt)
			if m.err == nil {
				// Before anything is committed or run (issue 15); a refused program is not kept.
				if m.Resources, m.err = CheckResources(m.Program, ms.maxInferenceBytes); m.err != nil {
					m.Program = nil
				}
			}
			if m.err == nil && m.Info.Mode != contracts.ModeZK {
				m.err = CheckLayout(m.Program, m.Info.LayoutRoot)
			}
			if m.err == nil {
				m.Program.PrecomputeCommitments()
			}
		}
	}
	if m.err != nil {
		m.err = fmt.Errorf("model %d: %w", id, m.err)
		if ctx.Err() != nil {
			return nil, m.err // not the model's fault: do not cache
		}
	}
	ms.mu.Lock()
	ms.m[id] = m
	ms.hold(id, m)
	ms.mu.Unlock()
	return m, m.err
}

// hold records that compiled model id was just used and drops the least recently used programs
// while those held together exceed the node's memory cap. Called with mu held.
func (ms *Cache) hold(id uint64, m *Model) {
	if m.err != nil || m.Program == nil {
		return
	}
	ms.used = slices.DeleteFunc(ms.used, func(x uint64) bool { return x == id })
	ms.used = append(ms.used, id)
	budget := ms.maxInferenceBytes
	if budget <= 0 {
		budget = MaxInferenceBytes
	}
	var total int64
	for _, x := range ms.used {
		total += ms.m[x].Resources.ProgramBytes
	}
	for total > budget && len(ms.used) > 1 {
		old := ms.used[0]
		ms.used = ms.used[1:]
		total -= ms.m[old].Resources.ProgramBytes
		delete(ms.m, old)
	}
}
