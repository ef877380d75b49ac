// Command oracled is the Auspex oracle node: it watches an AIOracle for inference requests, runs
// them in the deterministic engine, proposes results with a bond and finalizes them after the
// challenge window. Configuration: configs/node.example.yaml, AUSPEX_* variables, flags.
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
	"github.com/auspex-labs/auspex/oracle"
)

func main() {
	if err := newRoot().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "oracled:", err)
		os.Exit(1)
	}
}

func newRoot() *cobra.Command {
	v := viper.New()
	var configFile string
	var dishonest bool
	cmd := &cobra.Command{
		Use:           "oracled",
		Short:         "Run the Auspex oracle node",
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
			return run(ctx, f, dishonest, log)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&configFile, "config", "", "YAML config file (see configs/node.example.yaml)")
	fl.String("rpc-url", "", "JSON-RPC endpoint (http://, ws://)")
	fl.String("db", "", "database file")
	fl.String("metrics-addr", "", "listen address of /metrics and /healthz")
	fl.String("log-level", "", "debug, info, warn, error")
	fl.String("log-format", "", "json or console")
	fl.String("keystore", "", "keystore file or directory")
	fl.String("password-file", "", "file holding the keystore password")
	fl.String("oracle", "", "AIOracle address")
	fl.String("registry", "", "ModelRegistry address")
	fl.String("dispute-game", "", "DisputeGame address (the node defends its proposals there)")
	fl.BoolVar(&dishonest, "dishonest", false, "DEMONSTRATIONS ONLY: propose wrong results (the devnet's fraud story)")
	cmd.SetContext(context.Background())
	return cmd
}

func run(ctx context.Context, f nodeconf.File, dishonest bool, log zerolog.Logger) error {
	cfg, err := f.NodeConfig()
	if err != nil {
		return err
	}
	cfg.Dishonest = dishonest
	key, err := f.LoadKey()
	if err != nil {
		return err
	}
	client, err := nodeconf.Dial(ctx, f.RPC.URL, f.RPC.DialTimeout, log)
	if err != nil {
		return err
	}
	defer client.Close()
	svc, err := oracle.NewService(ctx, cfg, client, key, log)
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return errors.Join(err, svc.Stop(context.Background()))
	}
	if a := svc.MetricsAddr(); a != nil {
		log.Info().Str("addr", a.String()).Msg("serving /metrics and /healthz")
	}
	<-ctx.Done()
	log.Info().Msg("stopping")
	stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return svc.Stop(stopCtx)
}
