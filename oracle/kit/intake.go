package kit

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/internal/contracts"
	"github.com/auspex-labs/auspex/internal/store"
)

// Intake records the requests the oracle emits (InferenceRequested), idempotently, and forgets
// those a reorg removed; re-included ones are recorded again.
type Intake struct {
	st                  *store.Store
	oracle              *contracts.Oracle
	log                 zerolog.Logger
	discovered, dropped prometheus.Counter
}

// NewIntake registers its counters (requests_discovered_total, requests_dropped_total) on s.
func NewIntake(s *Service, oracle *contracts.Oracle) *Intake {
	return newIntake(s.Store, oracle, s.Log, s.cfg.Name, s.Metrics)
}

func newIntake(st *store.Store, oracle *contracts.Oracle, log zerolog.Logger, name string, reg prometheus.Registerer) *Intake {
	ns := "auspex_" + name
	in := &Intake{st: st, oracle: oracle, log: log,
		discovered: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "requests_discovered_total", Help: "Inference requests discovered."}),
		dropped:    prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "requests_dropped_total", Help: "Requests dropped because a reorg removed them."}),
	}
	reg.MustRegister(in.discovered, in.dropped)
	return in
}

// Handle records l if it is a request; it reports whether it was one.
func (in *Intake) Handle(l *types.Log) (bool, error) {
	ev, ok := in.oracle.ParseInferenceRequestedLog(l)
	if !ok {
		return false, nil
	}
	id := common.BigToHash(ev.RequestID)
	if l.Removed {
		dropped, err := in.st.DropRequestsIn(l.BlockHash, id)
		in.dropped.Add(float64(len(dropped)))
		return true, err
	}
	created, err := in.st.UpsertRequest(store.Request{
		ID: id, ModelID: ev.ModelID, Nonce: ev.Nonce.Uint64(), Requester: ev.Requester, BatchSize: ev.BatchSize,
		Deadline: ev.Deadline, Input: ev.Input, Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index,
	})
	if err != nil {
		return true, err
	}
	if created {
		in.discovered.Inc()
		in.log.Info().Str("request_id", id.Hex()).Uint64("model_id", ev.ModelID).Uint64("block", l.BlockNumber).
			Str("tx_hash", l.TxHash.Hex()).Int("input_bytes", len(ev.Input)).Msg("request discovered")
	}
	return true, nil
}

// Rollback forgets the requests of blocks after ancestor (orphaned by a reorg).
func (in *Intake) Rollback(ancestor uint64) error {
	dropped, err := in.st.DropRequestsAfter(ancestor)
	for _, id := range dropped {
		in.log.Warn().Str("request_id", id.Hex()).Uint64("ancestor", ancestor).Msg("request dropped by a reorg")
	}
	in.dropped.Add(float64(len(dropped)))
	return err
}
