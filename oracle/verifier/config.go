package verifier

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/internal/txmgr"
	"github.com/auspex-labs/auspex/internal/watcher"
	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle/kit"
)

// Config configures the verifier (cmd/verifier).
type Config struct {
	Oracle, Registry, Game common.Address
	StartBlock             uint64
	DBPath                 string
	Models                 modelregistry.StoreConfig
	Tx                     txmgr.Config
	PollInterval           time.Duration
	ReorgDepth, LogBatch   uint64
	MetricsAddr            string
	HealthStaleAfter       time.Duration
	// Workers bounds engine runs at once (default 2); Tasks bounds checks, games and collections
	// under way at once (default 64): more wait for a later head. ClaimCache is how many
	// re-executed claims are kept (default 64; older ones are recomputed when a game needs them).
	Workers, Tasks, ClaimCache int
	// Threads is how many goroutines one re-execution may use (0: every core).
	Threads int
	// PruneAfterBlocks deletes checked (and never proposed) requests this many blocks after they
	// were requested (default 100,000; their windows are long closed).
	PruneAfterBlocks uint64
}

// withDefaults fills the zero bounds with their defaults.
func (c Config) withDefaults() Config {
	if c.Workers == 0 {
		c.Workers = 2
	}
	if c.Tasks == 0 {
		c.Tasks = 64
	}
	if c.ClaimCache == 0 {
		c.ClaimCache = 64
	}
	if c.PruneAfterBlocks == 0 {
		c.PruneAfterBlocks = 100_000
	}
	return c
}

// Check reports the first invalid field (zero bounds take their defaults).
func (c Config) Check() error {
	c = c.withDefaults()
	if c.Workers < 0 || c.Tasks < 0 || c.ClaimCache < 0 || c.Threads < 0 {
		return errors.New("verifier: workers, tasks, claim cache and threads must be positive")
	}
	if c.Oracle == (common.Address{}) || c.Registry == (common.Address{}) || c.Game == (common.Address{}) {
		return errors.New("verifier: oracle, registry and dispute game addresses are required")
	}
	if err := c.Models.Check(); err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	if err := c.kitConfig().Check(); err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	return nil
}

func (c Config) kitConfig() kit.Config {
	return kit.Config{
		Name: "verifier", DBPath: c.DBPath, Tx: c.Tx, Workers: c.Workers, MaxTasks: c.Tasks,
		MetricsAddr: c.MetricsAddr, HealthStaleAfter: c.HealthStaleAfter,
		Watch: watcher.Config{
			Addresses: []common.Address{c.Oracle, c.Game}, StartBlock: c.StartBlock, PollInterval: c.PollInterval,
			MaxBatch: c.LogBatch, ReorgDepth: c.ReorgDepth, MaxBackoff: max(c.PollInterval, 10*time.Second),
		},
	}
}
