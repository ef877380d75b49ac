// Command verifier is the Auspex challenger: it re-executes every result proposed to an AIOracle in
// the deterministic engine, challenges each one that is not the engine's in the DisputeGame, plays
// the game to the end and collects the bonds it wins. Configuration: configs/verifier.example.yaml,
// AUSPEX_* variables, flags.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/auspex-labs/auspex/cmd/internal/nodeconf"
	"github.com/auspex-labs/auspex/fraudproof"
)

func main() {
	if err := newRoot().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "verifier:", err)
		os.Exit(1)
	}
}

func newRoot() *cobra.Command {
	v := viper.New()
	var configFile string
	cmd := &cobra.Command{
		Use:           "verifier",
		Short:         "Re-execute every proposed result and challenge the wrong ones",
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for flag, key := range map[string]string{
				"rpc-url": "rpc.url", "db": "db.path", "metrics-addr": "metrics.addr", "log-level": "log.level",
				"log-format": "log.format", "keystore": "keystore.path", "password-file": "keystore.password_file",
				"oracle": "contracts.oracle", "registry": "contracts.registry", "dispute-game": "contracts.dispute_game",
			} {
				if err := v.BindPFlag(key, cmd.Flags().Lookup(flag)); err != nil {
					return err
				}
			}
			f, err := nodeconf.Load(v, configFile)
			if err != nil {
				return err
			}
			log, err := nodeconf.Logger(f.Log.Level, f.Log.Format, os.Stderr)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return run(ctx, f, log)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&configFile, "config", "", "YAML config file (see configs/verifier.example.yaml)")
	fl.String("rpc-url", "", "JSON-RPC endpoint (http://, ws://)")
	fl.String("db", "", "database file")
	fl.String("metrics-addr", "", "listen address of /metrics and /healthz")
	fl.String("log-level", "", "debug, info, warn, error")
	fl.String("log-format", "", "json or console")
	fl.String("keystore", "", "keystore file or directory")
	fl.String("password-file", "", "file holding the keystore password")
	fl.String("oracle", "", "AIOracle address")
	fl.String("registry", "", "ModelRegistry address")
	fl.String("dispute-game", "", "DisputeGame address")
	cmd.SetContext(context.Background())
	return cmd
}

func run(ctx context.Context, f nodeconf.File, log zerolog.Logger) error {
	cfg, err := f.VerifierConfig()
	if err != nil {
		return err
	}
	key, err := f.LoadKey()
	if err != nil {
		return err
	}
	client, err := nodeconf.Dial(ctx, f.RPC.URL, f.RPC.DialTimeout, log)
	if err != nil {
		return err
	}
	defer client.Close()
	c, err := fraudproof.NewChallenger(ctx, cfg, client, key, log)
	if err != nil {
		return err
	}
	if err := c.Start(ctx); err != nil {
		return errors.Join(err, c.Stop(context.Background()))
	}
	<-ctx.Done()
	stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return c.Stop(stopCtx)
}
