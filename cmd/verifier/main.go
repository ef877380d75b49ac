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
	"time"

	"github.com/rs/zerolog"

	"github.com/auspex-labs/auspex/cmd/internal/nodeconf"
	"github.com/auspex-labs/auspex/oracle/verifier"
)

func main() {
	cmd := nodeconf.Command("verifier", "Re-execute every proposed result and challenge the wrong ones", nil, run)
	if err := cmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "verifier:", err)
		os.Exit(1)
	}
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
	c, err := verifier.New(ctx, cfg, client, key, log)
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
