package oracle

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/fraudproof/zk"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/trace"
	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/store"
)

// provers holds the zk keys the node was given, by program hash; proving keys are read on first use
// (they are large) and kept.
type provers struct {
	mu   sync.Mutex
	dirs map[common.Hash]string
	keys map[common.Hash]*zk.Keys
}

func newProvers(dirs []string) (*provers, error) {
	p := &provers{dirs: map[common.Hash]string{}, keys: map[common.Hash]*zk.Keys{}}
	for _, d := range dirs {
		info, err := zk.ReadMeta(d)
		if err != nil {
			return nil, err
		}
		p.dirs[info.ProgramHash] = d
	}
	return p, nil
}

// empty reports whether the node has no keys at all.
func (p *provers) empty() bool { return p == nil || len(p.dirs) == 0 }

// has reports whether keys for program hash h were configured.
func (p *provers) has(h common.Hash) bool {
	_, ok := p.dirs[h]
	return ok
}

// get loads (once) the keys for program prog.
func (p *provers) get(prog *inference.Program) (*zk.Keys, error) {
	h := prog.Hash()
	p.mu.Lock()
	defer p.mu.Unlock()
	if k, ok := p.keys[h]; ok {
		return k, nil
	}
	dir, ok := p.dirs[h]
	if !ok {
		return nil, fmt.Errorf("no zk keys for program %s", h.Hex())
	}
	k, err := zk.LoadKeys(dir, prog)
	if err != nil {
		return nil, err
	}
	p.keys[h] = k
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
	k, err := n.zk.get(m.Program)
	if err != nil {
		unprovable("keys", err)
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
