package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/auspex-labs/auspex/cmd/internal/nodeconf"
)

func newDevnetCmd(v *viper.Viper, configFile, level *string) *cobra.Command {
	var runDemo, asJSON bool
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local chain on 127.0.0.1 with the contracts, the shipped models and an oracle node",
		Long: `devnet starts go-ethereum's simulated backend (the real EVM) serving JSON-RPC and WebSocket on
127.0.0.1, mining on its own; deploys the Auspex contracts and the example dApps; registers the models
of configs/devnet.yaml (shipped in models/); and runs an oracle node in-process. It prints the funded
dev accounts and writes the addresses to devnet.deployment_file for the other commands.
With --demo it plays the story of one inference, prints each step with its transaction and gas,
and exits.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for flag, key := range map[string]string{"port": "devnet.http_port", "ws-port": "devnet.ws_port",
				"block-time": "devnet.block_time", "data-dir": "devnet.data_dir", "image": "demo.image_index"} {
				if err := v.BindPFlag(key, cmd.Flags().Lookup(flag)); err != nil {
					return err
				}
			}
			cfg, err := loadConfig(v, *configFile)
			if err != nil {
				return err
			}
			log, err := nodeconf.Logger(*level, "console", os.Stderr)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			rep := &reporter{out: cmd.OutOrStdout(), json: asJSON}
			d, err := startDevnet(ctx, cfg, log, rep)
			if err != nil {
				return err
			}
			defer d.Close()
			if runDemo {
				res, err := d.story(ctx)
				if err != nil {
					return err
				}
				if asJSON {
					return printJSON(cmd.OutOrStdout(), res)
				}
				return nil
			}
			if asJSON {
				if err := printJSON(cmd.OutOrStdout(), d.dep); err != nil {
					return err
				}
			} else {
				d.printAccounts(cmd.OutOrStdout())
				fmt.Fprintln(cmd.OutOrStdout(), "\nRunning; Ctrl-C stops.")
			}
			<-ctx.Done()
			return nil
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&runDemo, "demo", false, "play the story of one inference and exit")
	fl.BoolVar(&asJSON, "json", false, "print JSON instead of text")
	fl.Int("port", 8545, "JSON-RPC HTTP port on 127.0.0.1")
	fl.Int("ws-port", 8546, "JSON-RPC WebSocket port on 127.0.0.1")
	fl.Duration("block-time", 0, "time between blocks (default from the config)")
	fl.String("data-dir", "", "node database and model cache (default: a temporary directory)")
	fl.Int("image", 0, "which shipped MNIST digit the demo classifies (0-3)")
	return cmd
}
