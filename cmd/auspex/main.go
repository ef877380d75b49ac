// Command auspex is the Auspex CLI: `devnet` runs a local chain with the contracts, models and a
// node (`--demo` plays the whole story of one inference); `model`, `request` and `status` talk to
// any deployment; `compile`, `run`, `generate`, `conformance` and `eval` drive the fixed-point engine.
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/auspex-labs/auspex/cmd/internal/nodeconf"
	gnarklogger "github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

func main() {
	if err := newRoot().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "auspex:", err)
		os.Exit(1)
	}
}

func newRoot() *cobra.Command {
	v := viper.New()
	var configFile, level string
	root := &cobra.Command{
		Use:           "auspex",
		Short:         "Auspex: a verifiable ML inference oracle for EVM chains",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&configFile, "config", "configs/devnet.yaml", "YAML config file")
	root.PersistentFlags().StringVar(&level, "log-level", "warn", "log level (debug, info, warn, error)")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		lvl, err := zerolog.ParseLevel(level)
		if err != nil {
			return fmt.Errorf("--log-level: %w", err)
		}
		// gnark's own progress lines ("compiling circuit", ...) are a library's detail: shown at
		// --log-level debug, its warnings always; no colours off a terminal. The devnet replaces
		// this with its process logger.
		gl := zerolog.WarnLevel
		if lvl <= zerolog.DebugLevel {
			gl = zerolog.DebugLevel
		}
		w := cmd.ErrOrStderr()
		gnarklogger.Set(zerolog.New(zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly, NoColor: !nodeconf.IsTerminal(w)}).
			Level(gl).With().Timestamp().Str("component", "gnark").Logger())
		return nil
	}

	root.AddCommand(newDevnetCmd(v, &configFile, &level), newModelCmd(), newRequestCmd(), newStatusCmd(), newTokenCmd(), newIMOCmd(), newNFTCmd(), newZKCmd(),
		newFundCmd(), newRefundCmd(), newCompileCmd(), newRunCmd(), newGenerateCmd(), newConformanceCmd(), newEvalCmd())
	root.SetContext(context.Background())
	return root
}
