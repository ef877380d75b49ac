// Command oracled is the Auspex oracle node: it watches an AIOracle for inference requests, runs
// them in the deterministic engine, proposes results with a bond, finalizes them after the
// challenge window, and defends its proposals in the DisputeGame. Configuration:
// configs/node.example.yaml, AUSPEX_* variables, flags.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/pflag"

	"github.com/auspex-labs/auspex/cmd/internal/nodeconf"
	"github.com/auspex-labs/auspex/oracle"
)

// demo, in a build with the auspexdemo tag only (demo.go), adds demonstration flags and the node
// options they select; the production binary has neither.
var demo struct {
	flags   func(*pflag.FlagSet)
	options func() []oracle.Option
}

func main() {
	cmd := nodeconf.Command("oracled", "Run the Auspex oracle node",
		func(fl *pflag.FlagSet) {
			nodeconf.BondFlag(fl)
			if demo.flags != nil {
				demo.flags(fl)
			}
		},
		func(ctx context.Context, f nodeconf.File, log zerolog.Logger) error {
			var opts []oracle.Option
			if demo.options != nil {
				opts = demo.options()
			}
			return run(ctx, f, opts, log)
		})
	if err := cmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "oracled:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, f nodeconf.File, opts []oracle.Option, log zerolog.Logger) error {
	cfg, err := f.NodeConfig()
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
	svc, err := oracle.NewService(ctx, cfg, client, key, log, opts...)
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
