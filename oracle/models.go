package oracle

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/modelregistry"
)

// ModelSource fetches model bytes checked against their hash (modelregistry.Store).
type ModelSource interface {
	Get(ctx context.Context, uri string, onnxHash common.Hash) ([]byte, error)
}

// model is a registered model, compiled (or the reason it cannot be).
type model struct {
	info contracts.Model
	prog *inference.Program
	err  error
	at   time.Time
}

// models compiles each registered model once, checking the registry's program hash. Failures are
// kept for retryAfter, then retried (a gateway may come back; a wrong hash will not).
type models struct {
	reg        *contracts.Registry
	src        ModelSource
	opt        inference.Options
	retryAfter time.Duration

	mu sync.Mutex
	m  map[uint64]*model
	// compiling serializes compilation per model id.
	compiling map[uint64]*sync.Mutex
}

func newModels(reg *contracts.Registry, src ModelSource) *models {
	return &models{reg: reg, src: src, opt: inference.DefaultOptions, retryAfter: 30 * time.Second,
		m: map[uint64]*model{}, compiling: map[uint64]*sync.Mutex{}}
}

func (ms *models) get(ctx context.Context, id uint64) (*model, error) {
	ms.mu.Lock()
	if m, ok := ms.m[id]; ok && (m.err == nil || time.Since(m.at) < ms.retryAfter) {
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
	if m, ok := ms.m[id]; ok && (m.err == nil || time.Since(m.at) < ms.retryAfter) {
		ms.mu.Unlock()
		return m, m.err
	}
	ms.mu.Unlock()

	m := &model{at: time.Now()}
	m.info, m.err = ms.reg.CallModel(ctx, id)
	if m.err == nil {
		var data []byte
		data, m.err = ms.src.Get(ctx, m.info.URI, m.info.OnnxHash)
		if m.err == nil {
			m.prog, m.err = modelregistry.Compile(data, m.info.ProgramHash, ms.opt)
			if m.err == nil && m.info.Mode != contracts.ModeZK {
				m.err = modelregistry.CheckLayout(m.prog, m.info.LayoutRoot)
			}
			if m.err == nil {
				m.prog.PrecomputeCommitments()
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
	ms.mu.Unlock()
	return m, m.err
}
