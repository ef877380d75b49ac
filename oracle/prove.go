package oracle

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/store"
	"github.com/auspex-labs/auspex/modelregistry"
)

// keysSource fetches a ZK model's published proving-key bundle, checked against its registered
// hash (modelregistry.Store.FetchKeys).
type keysSource interface {
	FetchKeys(ctx context.Context, uri string, keysHash common.Hash) (string, error)
}

// errKeysBackoff marks a keys failure that was already reported and is not retried yet.
var errKeysBackoff = errors.New("zk keys failed recently")

// provers holds the zk keys the node proves with, by the bundle hash each ZK model registers
// (zkKeysHash) and the model's program: from a directory it was configured with for that program
// whose bundle has that hash (an operator's copy: nothing to download), else fetched from the
// model's zkKeysUri.
// Keys are large, so they are loaded once and kept. Two models may register one hash (it is
// public); keying by the program too keeps one model's keys, and its failures, from the other.
type provers struct {
	mu     sync.Mutex
	dirs   map[common.Hash]string // configured directories, by program hash (circuit.json)
	keys   map[keysKey]*zk.Keys
	failed map[keysKey]keysFailure
	busy   map[keysKey]chan struct{} // one load per key at a time; others wait, or give up with their context
	src    keysSource
	uri    func(ctx context.Context, modelID uint64) (string, error) // the keys URI in force now
	retry  time.Duration
	now    func() time.Time
}

type keysKey struct{ bundle, program common.Hash }

type keysFailure struct {
	uri   string
	err   error
	until time.Time
}

func newProvers(dirs []string, src keysSource, uri func(context.Context, uint64) (string, error), retry time.Duration) (*provers, error) {
	p := &provers{dirs: map[common.Hash]string{}, keys: map[keysKey]*zk.Keys{}, failed: map[keysKey]keysFailure{},
		busy: map[keysKey]chan struct{}{}, src: src, uri: uri, retry: retry, now: time.Now}
	// Only circuit.json is read here: hashing a directory's keys (hundreds of megabytes) waits
	// until a model of its program needs them.
	for _, d := range dirs {
		info, err := zk.ReadMeta(d)
		if err != nil {
			return nil, err
		}
		p.dirs[info.ProgramHash] = d
	}
	return p, nil
}

// can reports whether model m published proving keys (its registration requires them in ZK modes).
func (p *provers) can(m *modelregistry.Model) bool { return m.Info.ZkKeysHash != (common.Hash{}) }

// get loads (once) the keys model m registered: a configured copy, else its published bundle. A
// failed fetch or load is returned as it is once, then as errKeysBackoff until the retry delay has
// passed or the model's keys URI has moved (setZkKeysURI); each try reads the URI in force. A
// download or load for one model never holds up another's, and a caller waiting on the same keys
// gives up when its context ends.
func (p *provers) get(ctx context.Context, m *modelregistry.Model) (*zk.Keys, error) {
	kh := m.Info.ZkKeysHash
	if kh == (common.Hash{}) {
		return nil, fmt.Errorf("model %d registered no zk keys", m.Info.ID)
	}
	key := keysKey{kh, m.Program.Hash()}
	if k, ok := p.loaded(key); ok {
		return k, nil
	}
	release, err := p.acquire(ctx, key)
	if err != nil {
		return nil, err
	}
	defer release()
	if k, ok := p.loaded(key); ok { // loaded while this caller waited
		return k, nil
	}
	p.mu.Lock()
	dir, configured := p.dirs[key.program]
	f, failed := p.failed[key]
	p.mu.Unlock()
	if configured {
		// The operator's own copy, if it is the bundle the model published (another setup of the
		// same program would make proofs the model's verifier refuses).
		h, err := zk.BundleHash(dir)
		if err != nil {
			return nil, err
		}
		configured = h == kh
	}
	var k *zk.Keys
	if configured {
		// Trusted as the operator's other configuration is.
		if k, err = zk.LoadKeys(dir, m.Program); err != nil {
			return nil, err
		}
	} else {
		uri, err := p.uri(ctx, m.Info.ID)
		if err != nil {
			return nil, err
		}
		if failed && f.uri == uri && p.now().Before(f.until) {
			return nil, fmt.Errorf("%w (next try at %s): %w", errKeysBackoff, f.until.Format(time.TimeOnly), f.err)
		}
		if k, err = p.fetch(ctx, uri, m); err != nil {
			if ctx.Err() == nil {
				p.mu.Lock()
				p.failed[key] = keysFailure{uri: uri, err: err, until: p.now().Add(p.retry)}
				p.mu.Unlock()
			}
			return nil, err
		}
	}
	p.mu.Lock()
	delete(p.failed, key)
	p.keys[key] = k
	p.mu.Unlock()
	return k, nil
}

func (p *provers) loaded(key keysKey) (*zk.Keys, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	k, ok := p.keys[key]
	return k, ok
}

// acquire makes the caller the one loading key's keys, waiting (within ctx) for another's load.
func (p *provers) acquire(ctx context.Context, key keysKey) (release func(), err error) {
	for {
		p.mu.Lock()
		ch, ok := p.busy[key]
		if !ok {
			ch = make(chan struct{})
			p.busy[key] = ch
			p.mu.Unlock()
			return func() {
				p.mu.Lock()
				delete(p.busy, key)
				p.mu.Unlock()
				close(ch)
			}, nil
		}
		p.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// fetch reads model m's published bundle from uri, checked against its zkKeysHash, and loads it
// isolated first (zk.LoadBundleFile): the bundle is its creator's, who may be hostile.
func (p *provers) fetch(ctx context.Context, uri string, m *modelregistry.Model) (*zk.Keys, error) {
	path, err := p.src.FetchKeys(ctx, uri, m.Info.ZkKeysHash)
	if err != nil {
		return nil, err
	}
	k, err := zk.LoadBundleFile(ctx, path, m.Program)
	if err != nil {
		return nil, fmt.Errorf("published zk keys %s: %w", uri, err)
	}
	return k, nil
}

// zkVerifier is the part of a model's on-chain verifier the node asks.
type zkVerifier interface {
	CallVerify(ctx context.Context, prover common.Address, input, output, proof []byte) (bool, error)
}

// prove answers a pending request of a ZK-capable model with a validity proof. When no proof can
// be made (no keys, an input the circuit does not take, an input with no result), a ZK-only request
// is left for its requester to refund; an OPML_AND_ZK one takes the optimistic path.
func (n *node) prove(ctx context.Context, r store.Request, mode contracts.VerificationMode) {
	log := n.log.With().Str("request_id", r.ID.Hex()).Uint64("model_id", r.ModelID).Logger()
	r, err := n.st.Request(r.ID) // with its input
	if err != nil {
		log.Error().Err(err).Msg("read the request")
		return
	}
	m, ok := n.jobModel(ctx, r, log)
	if !ok {
		return
	}
	unprovable := func(why string, err error) {
		if mode == contracts.ModeOPMLAndZK {
			log.Info().Err(err).Str("why", why).Msg("no proof; answering optimistically")
			if n.bonds.reserve() {
				n.bonds.release(n.propose(ctx, r))
			}
			return
		}
		n.m.skipped.WithLabelValues("unprovable").Inc()
		log.Warn().Err(err).Str("why", why).Msg("ZK-only request cannot be proven; it stays refundable")
		_ = n.setPhase(r.ID, store.PhaseSkipped, "cannot be proven: "+why)
	}
	k, err := n.zk.get(ctx, m)
	if err != nil {
		if mode == contracts.ModeOPMLAndZK {
			unprovable("keys", err)
			return
		}
		// A ZK-only request stays pending: it is proven once the keys can be had, or refunded at
		// its deadline. The reason is logged once per try, not on every head.
		ev := log.Warn()
		if errors.Is(err, errKeysBackoff) {
			ev = log.Debug()
		} else {
			n.m.skipped.WithLabelValues("zk_keys").Inc()
		}
		ev.Err(err).Str("zk_keys_uri", m.Info.ZkKeysURI).Msg("cannot prove: the model's zk keys are unavailable; will try again")
		return
	}
	var (
		tr    *trace.Trace
		proof []byte
		why   string
	)
	if eerr := n.sched.Engine(ctx, func() {
		start := time.Now()
		if tr, err = trace.NewFromInput(m.Program, r.Input); err != nil {
			why = "input"
			return
		}
		n.m.engineSeconds.Observe(time.Since(start).Seconds())
		start = time.Now()
		// For this node's own sender: proveResult verifies the proof for msg.sender only, so a
		// copy of the transaction sent from another account fails (issue #14).
		pf, perr := k.Prove(n.me, r.Input, tr)
		if perr == nil {
			proof, perr = pf.ProofBytes()
		}
		if err = perr; err != nil {
			why = "proof"
			return
		}
		n.m.proveSeconds.Observe(time.Since(start).Seconds())
		log.Info().Dur("prove", time.Since(start)).Int("proof_bytes", len(proof)).Msg("proven")
	}); eerr != nil {
		return
	}
	if err != nil {
		unprovable(why, err)
		return
	}
	out := tr.Output()
	// Keys are matched by program; the model's registered verifier may come from another setup
	// of the same program. Ask it before spending gas on a transaction it would revert.
	ok, err = n.zkVerifierAt(m.Info.ZkVerifier).CallVerify(ctx, n.me, r.Input, out, proof)
	if err != nil {
		log.Warn().Err(err).Msg("could not ask the model's verifier; will retry")
		return
	}
	if !ok {
		unprovable("the model's registered verifier refuses this node's proofs (keys from another setup)", nil)
		return
	}
	if err := n.st.UpdateRequest(r.ID, func(q *store.Request) error {
		q.Phase, q.Output, q.Note = store.PhaseProposed, out, "validity proof"
		return nil
	}); err != nil {
		log.Error().Err(err).Msg("store")
		return
	}
	// The key is the proposal's: one answer per request, whichever path it takes.
	rcpt, err := n.tx.Send(ctx, "propose/"+r.ID.Hex(), n.oracle.ProveResultTx(r.ID.Big(), r.Nonce, r.Input, out, proof))
	if err != nil {
		n.m.txFailures.WithLabelValues("prove").Inc()
		log.Warn().Err(err).Msg("proveResult not made; the next head retries from chain state")
		return
	}
	n.m.proposals.WithLabelValues("proof").Inc()
	n.m.finalizations.Inc()
	n.m.latencyBlocks.Observe(float64(rcpt.BlockNumber.Uint64() - r.Block))
	_ = n.st.UpdateRequest(r.ID, func(q *store.Request) error {
		q.Phase, q.ProposalTx, q.FinalizeTx = store.PhaseFinalized, rcpt.TxHash, rcpt.TxHash
		return nil
	})
	ev := log.Info().Str("tx_hash", rcpt.TxHash.Hex()).Uint64("gas", rcpt.GasUsed)
	if fin, err := n.oracle.ParseInferenceFinalized(rcpt); err == nil {
		ev = ev.Bool("callback_ok", fin.CallbackSucceeded).Str("operator_share_wei", fin.OperatorShare.String())
	}
	ev.Msg("proven and final")
}
