package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

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
of configs/devnet.yaml (shipped in models/; outside a checkout the binary's embedded copies of both);
and runs an oracle node in-process. It prints the funded
dev accounts and writes the addresses to devnet.deployment_file for the other commands.
With --demo it plays the story of one inference, prints each step with its transaction and gas,
and exits.`,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for flag, key := range map[string]string{"port": "devnet.http_port", "ws-port": "devnet.ws_port",
				"block-time": "devnet.block_time", "data-dir": "devnet.data_dir", "image": "demo.image_index",
				"no-node": "devnet.no_node", "no-verifier": "devnet.no_verifier"} {
				if err := v.BindPFlag(key, cmd.Flags().Lookup(flag)); err != nil {
					return err
				}
			}
			cfg, err := loadConfig(v, *configFile)
			if err != nil {
				return err
			}
			if runDemo && (cfg.Devnet.NoNode || cfg.Devnet.NoVerifier) {
				return errors.New("--demo plays the devnet's own node and verifier: drop --no-node and --no-verifier")
			}
			lvl := *level
			if !runDemo && !cmd.Root().PersistentFlags().Changed("log-level") {
				// A running devnet is followed through its node's and verifier's logs: each request
				// discovered, executed, proposed, checked, finalized (--log-level warn for quiet).
				lvl = "info"
			}
			log, err := nodeconf.Logger(lvl, "console", os.Stderr)
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
	fl.Bool("no-node", false, "run no oracle node (test your own oracled against the devnet)")
	fl.Bool("no-verifier", false, "run no verifier (test your own verifier against the devnet)")
	cmd.AddCommand(newDevnetWarpCmd())
	return cmd
}

// newDevnetWarpCmd moves a running devnet's clock, as a test's evm_increaseTime would.
func newDevnetWarpCmd() *cobra.Command {
	var f clientFlags
	cmd := &cobra.Command{
		Use:   "warp DURATION",
		Short: "Move a running devnet's clock forward (e.g. past a challenge window) and mine a block",
		Long: `warp calls the devnet's evm_increaseTime (the JSON-RPC method Foundry and Hardhat tooling use;
` + "`cast rpc evm_increaseTime 600`" + ` does the same) and prints the new block time.`,
		Example: "  auspex devnet warp 10m",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := time.ParseDuration(args[0])
			if err != nil || d < time.Second {
				return fmt.Errorf("%q: give a duration of at least 1s, such as 90s, 10m or 2h", args[0])
			}
			ctx := cmd.Context()
			c, err := f.connect(ctx)
			if err != nil {
				return err
			}
			defer c.client.Close()
			var secs int64
			if err := c.client.Client().CallContext(ctx, &secs, "evm_increaseTime", int64(d/time.Second)); err != nil {
				return fmt.Errorf("evm_increaseTime (is this an auspex devnet?): %w", err)
			}
			head, err := c.client.HeaderByNumber(ctx, nil)
			if err != nil {
				return err
			}
			at := time.Unix(int64(head.Time), 0).UTC()
			v := struct {
				Seconds   int64  `json:"seconds"`
				Block     uint64 `json:"block"`
				BlockTime string `json:"block_time"`
			}{secs, head.Number.Uint64(), at.Format(time.RFC3339)}
			return f.print(cmd, v, func() {
				fmt.Fprintf(cmd.OutOrStdout(), "clock moved %s: block %d at %s\n", d, head.Number.Uint64(), at.Format(time.RFC3339))
			})
		},
	}
	f.add(cmd, false)
	return cmd
}
