// Command auspex is the Auspex CLI: `demo` runs the on-chain story of one inference on an in-process
// chain; `compile`, `run`, `conformance` and `eval` drive the fixed-point engine.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

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

	var asJSON bool
	demoCmd := &cobra.Command{
		Use:   "demo",
		Short: "Run one inference end to end on an in-process chain and print each step with its tx and gas",
		RunE: func(cmd *cobra.Command, _ []string) error {
			lvl, err := zerolog.ParseLevel(level)
			if err != nil {
				return fmt.Errorf("--log-level: %w", err)
			}
			log := zerolog.New(os.Stderr).Level(lvl).With().Timestamp().Str("cmd", "demo").Logger()
			if err := v.BindPFlag("demo.image_index", cmd.Flags().Lookup("image")); err != nil {
				return err
			}
			cfg, err := loadConfig(v, configFile)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			d := &demo{cfg: cfg, log: log, out: cmd.OutOrStdout(), json: asJSON}
			return d.run(ctx)
		},
	}
	demoCmd.Flags().BoolVar(&asJSON, "json", false, "print the steps as JSON")
	demoCmd.Flags().Int("image", 0, "which of the shipped MNIST digits to classify (0-3)")
	root.AddCommand(demoCmd, newCompileCmd(), newRunCmd(), newConformanceCmd(), newEvalCmd())
	root.SetContext(context.Background())
	return root
}
