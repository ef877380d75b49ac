package oracle

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/internal/txmgr"
	"github.com/auspex-labs/auspex/internal/watcher"
	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle/kit"
)

// Config is the node's typed configuration (cmd/oracled fills it from YAML, env and flags).
type Config struct {
	Oracle   common.Address // AIOracle
	Registry common.Address // ModelRegistry
	// DisputeGame, when set, is watched: the node defends its proposals in games opened there.
	DisputeGame common.Address
	// ZKKeys are directories written by `auspex zk setup`, copies of keys models published: a model
	// whose registered zkKeysHash is one of theirs is proven from it, any other ZK model from the
	// bundle it published (fetched from its zkKeysUri, checked against that hash). The node answers
	// ZK and OPML_AND_ZK requests with a validity proof (proveResult) instead of a bonded proposal.
	ZKKeys []string
	// ZKKeysRetry is how long a failed fetch of a model's keys is remembered before the next try:
	// a URI that is down is not hit on every head, and ZK-only requests stay pending meanwhile.
	ZKKeysRetry time.Duration
	// StartBlock is where discovery starts on a fresh database (the oracle's deployment block).
	StartBlock uint64
	// DBPath is the node's bbolt database.
	DBPath string
	Models modelregistry.StoreConfig
	Tx     txmgr.Config
	// PollInterval, ReorgDepth and LogBatch configure the watcher.
	PollInterval time.Duration
	ReorgDepth   uint64
	LogBatch     uint64
	// RequestConfirmations is how deep a request must be before the node answers it: 1 answers
	// requests in the head block; more waits out shallow reorgs (Chainlink's minimum incoming
	// confirmations).
	RequestConfirmations uint64
	// TurnBlocks is how long each operator ranked ahead of this node for a request is left to
	// answer it before this node does (turns.go); 0 races every operator.
	TurnBlocks uint64
	// MaxInferenceBytes caps the memory one inference (with its trace) may need on this node: a
	// model or batch above it is not served (its requests are refunded at their deadline). At
	// most the protocol's bound, modelregistry.MaxInferenceBytes, which is the default.
	MaxInferenceBytes int64
	// PruneAfterBlocks deletes finalized and refunded requests this many blocks after they were
	// requested (0: keep them); open work is never pruned.
	PruneAfterBlocks uint64
	// ClaimCache is how many rebuilt claims (a request's traces, ~1 MiB for mnist-8) the defender
	// keeps; older ones are recomputed when a game needs them again.
	ClaimCache int
	// Workers run the engine in parallel; QueueSize bounds requests being worked on at once
	// (waiting for a worker, running, or waiting for their transaction).
	Workers   int
	QueueSize int
	// Threads is how many goroutines one inference may use for its run and trace commitment
	// (0: every core). The claim is the same integers for any value.
	Threads int
	// BondTarget, if set, tops the operator's bond up to this many wei at start.
	BondTarget *big.Int
	// WithdrawAbove withdraws what the oracle owes the operator (earnings and credited balance:
	// keeper pay, refunds) once it exceeds this many wei (nil: never). Bonds won in dispute games
	// and a bond withdrawal whose delay has passed are always collected. Each is retried every
	// head, from the chain's state, until it succeeds.
	WithdrawAbove *big.Int
	// Keeper makes the node end requests and games nobody else ends (on by default): it finalizes
	// any proposal whose window has passed, refunds any request past its deadline (or whose
	// proposals are exhausted) and times out any dispute game whose side to move ran out of time.
	// The oracle pays whoever finalizes or refunds the request's keeper pay (docs/SECURITY.md).
	Keeper bool
	// KeeperDelay is how long past a window or deadline the keeper leaves the work to the party
	// whose work it is (the proposer, the requester) before doing it itself.
	KeeperDelay time.Duration
	// MetricsAddr serves /metrics and /healthz ("" disables); must be a loopback or explicit host:port.
	MetricsAddr string
	// HealthStaleAfter: /healthz fails when the watcher has not caught up for this long.
	HealthStaleAfter time.Duration
}

// DefaultConfig has every field but the addresses and paths set to what a node on a chain with
// second-scale blocks wants.
func DefaultConfig() Config {
	return Config{
		Models:               modelregistry.StoreConfig{MaxModelBytes: 512 << 20, FetchTimeout: 2 * time.Minute},
		ZKKeysRetry:          time.Minute,
		Tx:                   txmgr.DefaultConfig(),
		PollInterval:         time.Second,
		ReorgDepth:           64,
		LogBatch:             2000,
		RequestConfirmations: 1,
		TurnBlocks:           2,
		Workers:              2,
		MaxInferenceBytes:    modelregistry.MaxInferenceBytes,
		ClaimCache:           64,
		PruneAfterBlocks:     100_000,
		QueueSize:            1024,
		HealthStaleAfter:     time.Minute,
		WithdrawAbove:        big.NewInt(1e16), // 0.01 ETH: a withdrawal costs ~40k gas
		Keeper:               true,
		KeeperDelay:          30 * time.Second,
	}
}

// Check reports the first invalid field.
func (c Config) Check() error {
	switch {
	case c.Oracle == (common.Address{}):
		return errors.New("oracle: oracle address is not set")
	case c.Registry == (common.Address{}):
		return errors.New("oracle: registry address is not set")
	case c.DBPath == "":
		return errors.New("oracle: db path is not set")
	case c.RequestConfirmations == 0:
		return errors.New("oracle: request confirmations must be ≥ 1")
	case c.ClaimCache <= 0:
		return errors.New("oracle: claim cache must be positive")
	case c.QueueSize <= 0:
		return errors.New("oracle: queue size must be positive")
	case c.Threads < 0:
		return errors.New("oracle: engine threads must not be negative (0: every core)")
	case c.KeeperDelay < 0:
		return errors.New("oracle: keeper delay must not be negative")
	case c.ZKKeysRetry <= 0:
		return errors.New("oracle: zk keys retry must be positive")
	case c.WithdrawAbove != nil && c.WithdrawAbove.Sign() < 0:
		return errors.New("oracle: withdraw-above must not be negative")
	}
	if err := modelregistry.CheckMaxInferenceBytes(c.MaxInferenceBytes); err != nil {
		return fmt.Errorf("oracle: %w", err)
	}
	if err := c.Models.Check(); err != nil {
		return fmt.Errorf("oracle: %w", err)
	}
	if err := c.kitConfig().Check(); err != nil {
		return fmt.Errorf("oracle: %w", err)
	}
	return nil
}

// kitConfig is the node's service-kit configuration: the request tasks (QueueSize) plus the
// transactions that may wait for their blocks (Tx.MaxInFlight).
func (c Config) kitConfig() kit.Config {
	return kit.Config{
		Name: "oracle", DBPath: c.DBPath, Tx: c.Tx, Workers: c.Workers, MaxTasks: c.QueueSize + c.Tx.MaxInFlight,
		MetricsAddr: c.MetricsAddr, HealthStaleAfter: c.HealthStaleAfter,
		Watch: watcher.Config{
			Addresses: c.watched(), StartBlock: c.StartBlock, PollInterval: c.PollInterval,
			MaxBatch: c.LogBatch, ReorgDepth: c.ReorgDepth, MaxBackoff: max(c.PollInterval, 10*time.Second),
		},
	}
}

func (c Config) watched() []common.Address {
	if c.DisputeGame != (common.Address{}) {
		return []common.Address{c.Oracle, c.DisputeGame}
	}
	return []common.Address{c.Oracle}
}
