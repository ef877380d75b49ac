// Package nodeconf reads the configuration shared by the binaries that run a node (oracled, the
// devnet's in-process node, later the verifier): a YAML file, then AUSPEX_* environment
// variables, then flags, through viper into oracle.Config, which checks itself. Keys come only
// from an encrypted geth keystore with a password file or environment variable; a raw private key
// in the configuration is refused.
package nodeconf

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	gnarklogger "github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/auspex-labs/auspex/modelregistry"
	"github.com/auspex-labs/auspex/oracle"
	"github.com/auspex-labs/auspex/oracle/verifier"
)

// PasswordEnv holds the keystore password when no password file is configured.
const PasswordEnv = "AUSPEX_KEYSTORE_PASSWORD"

// File mirrors the YAML layout (configs/node.example.yaml).
type File struct {
	RPC struct {
		URL         string        `mapstructure:"url"`
		DialTimeout time.Duration `mapstructure:"dial_timeout"`
	} `mapstructure:"rpc"`
	Contracts struct {
		Oracle      string `mapstructure:"oracle"`
		Registry    string `mapstructure:"registry"`
		DisputeGame string `mapstructure:"dispute_game"`
		StartBlock  uint64 `mapstructure:"start_block"`
	} `mapstructure:"contracts"`
	Keystore struct {
		Path         string `mapstructure:"path"` // a keystore file, or a directory holding Address's file
		Address      string `mapstructure:"address"`
		PasswordFile string `mapstructure:"password_file"`
	} `mapstructure:"keystore"`
	DB struct {
		Path             string `mapstructure:"path"`
		PruneAfterBlocks uint64 `mapstructure:"prune_after_blocks"`
	} `mapstructure:"db"`
	Models struct {
		Dir              string        `mapstructure:"dir"`
		IPFSGateway      string        `mapstructure:"ipfs_gateway"`
		MaxBytes         int64         `mapstructure:"max_bytes"`
		FetchTimeout     time.Duration `mapstructure:"fetch_timeout"`
		MaxKeysBytes     int64         `mapstructure:"max_keys_bytes"`
		KeysFetchTimeout time.Duration `mapstructure:"keys_fetch_timeout"`
	} `mapstructure:"models"`
	Watcher struct {
		PollInterval         time.Duration `mapstructure:"poll_interval"`
		ReorgDepth           uint64        `mapstructure:"reorg_depth"`
		LogBatch             uint64        `mapstructure:"log_batch"`
		RequestConfirmations uint64        `mapstructure:"request_confirmations"`
		TurnBlocks           uint64        `mapstructure:"turn_blocks"`
	} `mapstructure:"watcher"`
	Engine struct {
		Workers           int           `mapstructure:"workers"`
		Threads           int           `mapstructure:"threads"`
		MaxInferenceBytes int64         `mapstructure:"max_inference_bytes"`
		QueueSize         int           `mapstructure:"queue_size"`
		ClaimCache        int           `mapstructure:"claim_cache"`
		ZKKeys            []string      `mapstructure:"zk_keys"`
		ZKKeysRetry       time.Duration `mapstructure:"zk_keys_retry"`
	} `mapstructure:"engine"`
	Tx struct {
		Confirmations  uint64        `mapstructure:"confirmations"`
		ResubmitAfter  time.Duration `mapstructure:"resubmit_after"`
		FeeBumpPercent uint64        `mapstructure:"fee_bump_percent"`
		MinTipWei      string        `mapstructure:"min_tip_wei"`
		MaxFeeCapWei   string        `mapstructure:"max_fee_cap_wei"`
		MaxInFlight    int           `mapstructure:"max_in_flight"`
		PollInterval   time.Duration `mapstructure:"poll_interval"`
		Timeout        time.Duration `mapstructure:"timeout"`
	} `mapstructure:"tx"`
	Bond struct {
		TargetWei        string `mapstructure:"target_wei"`
		WithdrawAboveWei string `mapstructure:"withdraw_above_wei"`
	} `mapstructure:"bond"`
	Keeper struct {
		Enabled bool          `mapstructure:"enabled"`
		Delay   time.Duration `mapstructure:"delay"`
	} `mapstructure:"keeper"`
	Metrics struct {
		Addr             string        `mapstructure:"addr"`
		HealthStaleAfter time.Duration `mapstructure:"health_stale_after"`
	} `mapstructure:"metrics"`
	Log struct {
		Level  string `mapstructure:"level"`
		Format string `mapstructure:"format"` // json | console
	} `mapstructure:"log"`
}

// SetDefaults registers oracle.DefaultConfig's values as viper defaults (so env variables bind).
func SetDefaults(v *viper.Viper) {
	d := oracle.DefaultConfig()
	v.SetDefault("rpc.url", "http://127.0.0.1:8545")
	v.SetDefault("rpc.dial_timeout", time.Minute)
	v.SetDefault("contracts.oracle", "")
	v.SetDefault("contracts.registry", "")
	v.SetDefault("contracts.dispute_game", "")
	v.SetDefault("contracts.start_block", 0)
	v.SetDefault("keystore.path", "")
	v.SetDefault("keystore.address", "")
	v.SetDefault("keystore.password_file", "")
	v.SetDefault("db.path", "data/oracled.db")
	v.SetDefault("db.prune_after_blocks", d.PruneAfterBlocks)
	v.SetDefault("models.dir", "data/models")
	v.SetDefault("models.ipfs_gateway", "")
	v.SetDefault("models.max_bytes", d.Models.MaxModelBytes)
	v.SetDefault("models.fetch_timeout", d.Models.FetchTimeout)
	v.SetDefault("models.max_keys_bytes", int64(modelregistry.DefaultMaxKeysBytes))
	v.SetDefault("models.keys_fetch_timeout", modelregistry.DefaultKeysFetchTimeout)
	v.SetDefault("watcher.poll_interval", d.PollInterval)
	v.SetDefault("watcher.reorg_depth", d.ReorgDepth)
	v.SetDefault("watcher.log_batch", d.LogBatch)
	v.SetDefault("watcher.request_confirmations", d.RequestConfirmations)
	v.SetDefault("watcher.turn_blocks", d.TurnBlocks)
	v.SetDefault("engine.workers", d.Workers)
	v.SetDefault("engine.threads", d.Threads)
	v.SetDefault("engine.queue_size", d.QueueSize)
	v.SetDefault("engine.claim_cache", d.ClaimCache)
	v.SetDefault("engine.max_inference_bytes", d.MaxInferenceBytes)
	v.SetDefault("engine.zk_keys_retry", d.ZKKeysRetry)
	v.SetDefault("tx.confirmations", d.Tx.Confirmations)
	v.SetDefault("tx.resubmit_after", d.Tx.ResubmitAfter)
	v.SetDefault("tx.fee_bump_percent", d.Tx.FeeBumpPercent)
	v.SetDefault("tx.min_tip_wei", d.Tx.MinTip.String())
	v.SetDefault("tx.max_fee_cap_wei", "0")
	v.SetDefault("tx.max_in_flight", d.Tx.MaxInFlight)
	v.SetDefault("tx.poll_interval", d.Tx.PollInterval)
	v.SetDefault("tx.timeout", d.Tx.Timeout)
	v.SetDefault("bond.target_wei", "0")
	v.SetDefault("bond.withdraw_above_wei", d.WithdrawAbove.String())
	v.SetDefault("keeper.enabled", d.Keeper)
	v.SetDefault("keeper.delay", d.KeeperDelay)
	v.SetDefault("metrics.addr", "127.0.0.1:9464")
	v.SetDefault("metrics.health_stale_after", d.HealthStaleAfter)
	v.SetDefault("log.level", "info")
	v.SetDefault("log.format", "json")
}

// forbidden are keys that would put a raw secret in configuration.
var forbidden = []string{"private_key", "key", "keystore.private_key", "keystore.password", "mnemonic"}

// Load reads file (optional: "" uses defaults, env and flags only), AUSPEX_* variables and the
// flags already bound to v.
func Load(v *viper.Viper, file string) (File, error) {
	SetDefaults(v)
	v.SetEnvPrefix("AUSPEX")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return File{}, fmt.Errorf("read config %s: %w", file, err)
		}
	}
	for _, k := range forbidden {
		if v.InConfig(k) {
			return File{}, fmt.Errorf("config %s: %q: raw secrets are not accepted; use keystore.path with keystore.password_file or %s", file, k, PasswordEnv)
		}
	}
	var f File
	if err := v.Unmarshal(&f); err != nil {
		return File{}, fmt.Errorf("parse config %s: %w", file, err)
	}
	return f, nil
}

// NodeConfig converts and checks.
func (f File) NodeConfig() (oracle.Config, error) {
	c := oracle.DefaultConfig()
	var errs []error
	addr := func(name, s string) common.Address {
		if !common.IsHexAddress(s) {
			errs = append(errs, fmt.Errorf("%s: %q is not an address", name, s))
			return common.Address{}
		}
		return common.HexToAddress(s)
	}
	wei := func(name, s string, optional bool) *big.Int {
		if s == "" && optional {
			return nil
		}
		v, ok := new(big.Int).SetString(s, 10)
		if !ok || v.Sign() < 0 {
			errs = append(errs, fmt.Errorf("%s: %q is not a non-negative amount of wei", name, s))
			return nil
		}
		return v
	}
	c.Oracle = addr("contracts.oracle", f.Contracts.Oracle)
	c.Registry = addr("contracts.registry", f.Contracts.Registry)
	if f.Contracts.DisputeGame != "" {
		c.DisputeGame = addr("contracts.dispute_game", f.Contracts.DisputeGame)
	}
	c.StartBlock = f.Contracts.StartBlock
	c.DBPath, c.PruneAfterBlocks = f.DB.Path, f.DB.PruneAfterBlocks
	c.Models.Dir, c.Models.IPFSGateway = f.Models.Dir, f.Models.IPFSGateway
	c.Models.MaxModelBytes, c.Models.FetchTimeout = f.Models.MaxBytes, f.Models.FetchTimeout
	c.Models.MaxKeysBytes, c.Models.KeysFetchTimeout = f.Models.MaxKeysBytes, f.Models.KeysFetchTimeout
	c.PollInterval, c.ReorgDepth, c.LogBatch = f.Watcher.PollInterval, f.Watcher.ReorgDepth, f.Watcher.LogBatch
	c.RequestConfirmations, c.TurnBlocks = f.Watcher.RequestConfirmations, f.Watcher.TurnBlocks
	c.Workers, c.QueueSize, c.ClaimCache = f.Engine.Workers, f.Engine.QueueSize, f.Engine.ClaimCache
	c.MaxInferenceBytes, c.Threads = f.Engine.MaxInferenceBytes, f.Engine.Threads
	c.ZKKeys, c.ZKKeysRetry = f.Engine.ZKKeys, f.Engine.ZKKeysRetry
	c.Tx.Confirmations, c.Tx.ResubmitAfter, c.Tx.FeeBumpPercent = f.Tx.Confirmations, f.Tx.ResubmitAfter, f.Tx.FeeBumpPercent
	c.Tx.MinTip = wei("tx.min_tip_wei", f.Tx.MinTipWei, false)
	c.Tx.MaxFeeCap = wei("tx.max_fee_cap_wei", f.Tx.MaxFeeCapWei, false)
	c.Tx.MaxInFlight, c.Tx.PollInterval, c.Tx.Timeout = f.Tx.MaxInFlight, f.Tx.PollInterval, f.Tx.Timeout
	c.BondTarget = wei("bond.target_wei", f.Bond.TargetWei, false)
	c.WithdrawAbove = wei("bond.withdraw_above_wei", f.Bond.WithdrawAboveWei, true)
	c.Keeper, c.KeeperDelay = f.Keeper.Enabled, f.Keeper.Delay
	c.MetricsAddr, c.HealthStaleAfter = f.Metrics.Addr, f.Metrics.HealthStaleAfter
	if f.RPC.URL == "" {
		errs = append(errs, errors.New("rpc.url is not set"))
	}
	if len(errs) > 0 {
		return c, errors.Join(errs...)
	}
	if err := c.Check(); err != nil {
		return c, err
	}
	return c, nil
}

// LoadKey decrypts the keystore key with the password from keystore.password_file or
// AUSPEX_KEYSTORE_PASSWORD.
func (f File) LoadKey() (*ecdsa.PrivateKey, error) {
	ks := f.Keystore
	if ks.Path == "" {
		return nil, errors.New("keystore.path is not set")
	}
	path := ks.Path
	if st, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	} else if st.IsDir() {
		if !common.IsHexAddress(ks.Address) {
			return nil, errors.New("keystore.address must name the account when keystore.path is a directory")
		}
		want := strings.ToLower(strings.TrimPrefix(common.HexToAddress(ks.Address).Hex(), "0x"))
		matches, _ := filepath.Glob(filepath.Join(path, "*"+want+"*"))
		if len(matches) != 1 {
			return nil, fmt.Errorf("keystore: %d files for %s in %s", len(matches), ks.Address, path)
		}
		path = matches[0]
	}
	var password string
	switch {
	case ks.PasswordFile != "":
		b, err := os.ReadFile(ks.PasswordFile)
		if err != nil {
			return nil, fmt.Errorf("keystore password file: %w", err)
		}
		password = strings.TrimRight(string(b), "\r\n")
	case os.Getenv(PasswordEnv) != "":
		password = os.Getenv(PasswordEnv)
	default:
		return nil, fmt.Errorf("no keystore password: set keystore.password_file or %s", PasswordEnv)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	key, err := keystore.DecryptKey(data, password)
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", path, err)
	}
	if ks.Address != "" && key.Address != common.HexToAddress(ks.Address) {
		return nil, fmt.Errorf("keystore %s holds %s, not %s", path, key.Address, ks.Address)
	}
	return key.PrivateKey, nil
}

// Logger builds the process logger: JSON lines by default, console for humans.
func Logger(level, format string, out io.Writer) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil {
		return zerolog.Nop(), fmt.Errorf("log.level: %w", err)
	}
	switch format {
	case "", "json":
	case "console":
		// Colours only for a terminal: escape codes in a file or a pipe are noise.
		out = zerolog.ConsoleWriter{Out: out, TimeFormat: time.TimeOnly, NoColor: !IsTerminal(out)}
	default:
		return zerolog.Nop(), fmt.Errorf("log.format %q: want json or console", format)
	}
	l := zerolog.New(out).Level(lvl).With().Timestamp().Logger()
	// gnark logs through its own package-level logger (a debug line per proof): route it into the
	// process logger, at info and above.
	gnarklogger.Set(l.With().Str("component", "gnark").Logger().Level(max(lvl, zerolog.InfoLevel)))
	return l, nil
}

// IsTerminal reports whether w is a terminal (colours, spinners and progress lines are for one).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// VerifierConfig converts and checks the verifier's configuration (the node's file layout; the
// dispute game address is required).
func (f File) VerifierConfig() (verifier.Config, error) {
	n, err := f.NodeConfig()
	if err != nil {
		return verifier.Config{}, err
	}
	c := verifier.Config{
		Oracle: n.Oracle, Registry: n.Registry, Game: n.DisputeGame, StartBlock: n.StartBlock, DBPath: n.DBPath,
		Models: n.Models, Tx: n.Tx, PollInterval: n.PollInterval, ReorgDepth: n.ReorgDepth, LogBatch: n.LogBatch,
		MetricsAddr: n.MetricsAddr, HealthStaleAfter: n.HealthStaleAfter,
		Workers: n.Workers, Threads: n.Threads, Tasks: n.QueueSize, ClaimCache: n.ClaimCache, PruneAfterBlocks: n.PruneAfterBlocks,
	}
	return c, c.Check()
}

// Dial connects and waits (up to timeout) for the endpoint to answer: a process started before its
// chain, or during an outage, waits instead of exiting.
func Dial(ctx context.Context, url string, timeout time.Duration, log zerolog.Logger) (*ethclient.Client, error) {
	deadline := time.Now().Add(timeout)
	backoff := 250 * time.Millisecond
	for {
		c, err := ethclient.DialContext(ctx, url)
		if err == nil {
			if _, err = c.ChainID(ctx); err == nil {
				return c, nil
			}
			c.Close()
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return nil, fmt.Errorf("connect to %s: %w", url, err)
		}
		log.Warn().Err(err).Str("rpc", url).Msg("endpoint not reachable yet")
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}

// Command is the shared shape of the node and verifier binaries: a root command with --config, the
// common flags bound to their configuration keys, the logger, and a context cancelled by SIGINT or
// SIGTERM; run gets the loaded file.
func Command(use, short string, flags func(*pflag.FlagSet), run func(ctx context.Context, f File, log zerolog.Logger) error) *cobra.Command {
	v := viper.New()
	var configFile, deployment string
	cmd := &cobra.Command{
		Use:           use,
		Short:         short,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for flag, key := range map[string]string{
				"rpc-url": "rpc.url", "db": "db.path", "metrics-addr": "metrics.addr", "log-level": "log.level",
				"log-format": "log.format", "keystore": "keystore.path", "password-file": "keystore.password_file",
				"oracle": "contracts.oracle", "registry": "contracts.registry", "dispute-game": "contracts.dispute_game",
				"bond-target-wei": "bond.target_wei", // oracled's alone (BondFlag)
			} {
				fl := cmd.Flags().Lookup(flag)
				if fl == nil {
					continue
				}
				if err := v.BindPFlag(key, fl); err != nil {
					return err
				}
			}
			if deployment != "" {
				if err := useDeployment(v, cmd.Flags(), deployment); err != nil {
					return err
				}
			}
			f, err := Load(v, configFile)
			if err != nil {
				return err
			}
			log, err := Logger(f.Log.Level, f.Log.Format, os.Stderr)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return run(ctx, f, log)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&configFile, "config", "", "YAML config file (see configs/)")
	fl.StringVar(&deployment, "deployment", "", "an `auspex devnet` deployment file (.auspex/devnet.json): its endpoint, contracts and start block, over the config file's")
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
	if flags != nil {
		flags(fl)
	}
	cmd.SetContext(context.Background())
	return cmd
}

// useDeployment takes the endpoint, contract addresses and start block from a devnet's deployment
// file: over the config file's (whose examples hold zero addresses), under a flag or AUSPEX_*
// variable that sets one explicitly.
func useDeployment(v *viper.Viper, flags *pflag.FlagSet, path string) error {
	d, err := ReadDeployment(path)
	if err != nil {
		return err
	}
	url := d.WS
	if url == "" {
		url = d.HTTP
	}
	for _, s := range []struct {
		flag, key string
		val       any
	}{
		{"rpc-url", "rpc.url", url},
		{"oracle", "contracts.oracle", d.Oracle.Hex()},
		{"registry", "contracts.registry", d.Registry.Hex()},
		{"dispute-game", "contracts.dispute_game", d.DisputeGame.Hex()},
		{"", "contracts.start_block", d.StartBlock},
	} {
		env := "AUSPEX_" + strings.ToUpper(strings.ReplaceAll(s.key, ".", "_"))
		if (s.flag != "" && flags.Changed(s.flag)) || os.Getenv(env) != "" {
			continue
		}
		v.Set(s.key, s.val)
	}
	return nil
}

// BondFlag adds oracled's --bond-target-wei (bond.target_wei): a verifier posts no operator bond.
func BondFlag(fl *pflag.FlagSet) {
	fl.String("bond-target-wei", "", "top the operator's bond up to this many wei at start (0: leave it)")
}
