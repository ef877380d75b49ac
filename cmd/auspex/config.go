package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math/big"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/viper"

	"github.com/auspex-labs/auspex"
	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// ProtocolConfig is the deployment's protocol parameters.
type ProtocolConfig struct {
	MinChallengeWindow  uint32 `mapstructure:"min_challenge_window"`
	MaxChallengeWindow  uint32 `mapstructure:"max_challenge_window"`
	OperatorFeeWei      string `mapstructure:"operator_fee_wei"`
	KeeperFeeWei        string `mapstructure:"keeper_fee_wei"`
	CallbackGasPriceWei uint64 `mapstructure:"callback_gas_price_wei"`
	ProtocolFeeBps      uint16 `mapstructure:"protocol_fee_bps"`
	RequestTimeout      uint32 `mapstructure:"request_timeout"`
	ProposalBondWei     string `mapstructure:"proposal_bond_wei"`
	WithdrawalDelay     uint64 `mapstructure:"withdrawal_delay"`
}

// DemoConfig is what the demo classifies (the model is devnet.models' "mnist-8").
type DemoConfig struct {
	Images          string `mapstructure:"images"`
	Labels          string `mapstructure:"labels"`
	ReferenceLogits string `mapstructure:"reference_logits"`
	ImageIndex      int    `mapstructure:"image_index"`
}

// ModelConfig is a model the devnet registers at start.
type ModelConfig struct {
	Name            string `mapstructure:"name"`
	Path            string `mapstructure:"path"`
	FeeWei          string `mapstructure:"fee_wei"`
	ChallengeWindow uint32 `mapstructure:"challenge_window"`
	// Mode is opml (default), zk or opml+zk; zk models get a local zk setup at start (docs/ZK.md).
	Mode string `mapstructure:"mode"`
	// Shapes are the input shapes the model is compiled and registered with, as `--shape` takes
	// them (["x=1x3x320x320"]); none for a model whose file fixes its inputs.
	Shapes []string `mapstructure:"shapes"`
}

// mode is the model's verification mode (opml when unset).
func (m ModelConfig) mode() (contracts.VerificationMode, error) {
	if m.Mode == "" {
		return contracts.ModeOPML, nil
	}
	return parseMode(m.Mode)
}

// DevnetConfig is the in-process chain and node.
type DevnetConfig struct {
	Host           string        `mapstructure:"host"`
	HTTPPort       int           `mapstructure:"http_port"`
	WSPort         int           `mapstructure:"ws_port"`
	BlockTime      time.Duration `mapstructure:"block_time"`
	DataDir        string        `mapstructure:"data_dir"`
	DeploymentFile string        `mapstructure:"deployment_file"`
	BondTargetWei  string        `mapstructure:"bond_target_wei"`
	Models         []ModelConfig `mapstructure:"models"`
	// NoNode and NoVerifier leave out the in-process oracle node and verifier, for an operator
	// testing its own (which would otherwise lose every race to the devnet's).
	NoNode     bool `mapstructure:"no_node"`
	NoVerifier bool `mapstructure:"no_verifier"`
}

// Config is the typed configuration of the auspex CLI.
type Config struct {
	Protocol ProtocolConfig `mapstructure:"protocol"`
	Devnet   DevnetConfig   `mapstructure:"devnet"`
	Demo     DemoConfig     `mapstructure:"demo"`
}

// Check reports every invalid field.
func (c Config) Check() error {
	var errs []error
	wei := map[string]string{
		"protocol.operator_fee_wei": c.Protocol.OperatorFeeWei, "protocol.proposal_bond_wei": c.Protocol.ProposalBondWei,
		"protocol.keeper_fee_wei": c.Protocol.KeeperFeeWei,
		"devnet.bond_target_wei":  c.Devnet.BondTargetWei,
	}
	for i, m := range c.Devnet.Models {
		wei[fmt.Sprintf("devnet.models[%d].fee_wei", i)] = m.FeeWei
	}
	for _, name := range slices.Sorted(maps.Keys(wei)) {
		if _, err := parseWei(wei[name]); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
	}
	p := c.Protocol
	if cfg := p.DeployParams([20]byte{}, [20]byte{}).Config; cfg.OperatorFee != nil && cfg.KeeperFee != nil {
		if err := cfg.Check(); err != nil {
			errs = append(errs, fmt.Errorf("protocol: %w", err))
		}
	}
	if p.MinChallengeWindow == 0 || p.MinChallengeWindow > p.MaxChallengeWindow {
		errs = append(errs, fmt.Errorf("protocol: challenge window bounds [%d, %d] invalid", p.MinChallengeWindow, p.MaxChallengeWindow))
	}
	for i, m := range c.Devnet.Models {
		mode, err := m.mode()
		if err != nil {
			errs = append(errs, fmt.Errorf("devnet.models[%d]: %w", i, err))
		}
		if _, err := inference.ParseShapes(m.Shapes); err != nil {
			errs = append(errs, fmt.Errorf("devnet.models[%d].shapes: %w", i, err))
		}
		if mode == contracts.ModeZK {
			if m.ChallengeWindow != 0 {
				errs = append(errs, fmt.Errorf("devnet.models[%d]: a zk model has no challenge window", i))
			}
		} else if w := m.ChallengeWindow; w < p.MinChallengeWindow || w > p.MaxChallengeWindow {
			errs = append(errs, fmt.Errorf("devnet.models[%d].challenge_window %d outside [%d, %d]", i, w, p.MinChallengeWindow, p.MaxChallengeWindow))
		}
		if m.Name == "" || m.Path == "" {
			errs = append(errs, fmt.Errorf("devnet.models[%d]: name and path are required", i))
		}
	}
	if p.RequestTimeout == 0 {
		errs = append(errs, errors.New("protocol.request_timeout must be positive"))
	}
	if p.ProtocolFeeBps > 5000 {
		errs = append(errs, fmt.Errorf("protocol.protocol_fee_bps %d above 5000", p.ProtocolFeeBps))
	}
	d := c.Devnet
	if d.Host == "" || d.HTTPPort < 0 || d.WSPort < 0 || d.HTTPPort > 65535 || d.WSPort > 65535 {
		errs = append(errs, fmt.Errorf("devnet: host %q and ports %d/%d invalid", d.Host, d.HTTPPort, d.WSPort))
	}
	if d.BlockTime <= 0 {
		errs = append(errs, errors.New("devnet.block_time must be positive"))
	}
	if c.Demo.Images == "" || c.Demo.Labels == "" || c.Demo.ReferenceLogits == "" {
		errs = append(errs, errors.New("demo: images, labels and reference_logits are required"))
	}
	if c.Demo.ImageIndex < 0 {
		errs = append(errs, errors.New("demo.image_index must not be negative"))
	}
	return errors.Join(errs...)
}

// DeployParams turns the protocol section into contract deployment parameters.
func (p ProtocolConfig) DeployParams(owner, treasury [20]byte) contracts.DeployParams {
	opFee, _ := parseWei(p.OperatorFeeWei)
	keeperFee, _ := parseWei(p.KeeperFeeWei)
	bond, _ := parseWei(p.ProposalBondWei)
	return contracts.DeployParams{
		Owner: owner, Treasury: treasury,
		MinChallengeWindow: p.MinChallengeWindow, MaxChallengeWindow: p.MaxChallengeWindow,
		Config: contracts.Config{
			OperatorFee: opFee, KeeperFee: keeperFee, CallbackGasPrice: p.CallbackGasPriceWei,
			ProtocolFeeBps: p.ProtocolFeeBps, RequestTimeout: p.RequestTimeout,
		},
		ProposalBond: bond, WithdrawalDelay: p.WithdrawalDelay,
	}
}

func parseWei(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("%q is not a non-negative integer amount of wei", s)
	}
	return v, nil
}

// loadConfig reads the YAML file, AUSPEX_* environment variables and bound flags into a Config.
func loadConfig(v *viper.Viper, file string) (Config, error) {
	v.SetConfigFile(file)
	v.SetEnvPrefix("AUSPEX")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_")) // AUSPEX_DEMO_IMAGE_INDEX -> demo.image_index
	v.AutomaticEnv()
	if _, err := os.Stat(file); err != nil && file == auspex.DevnetConfig {
		// Outside a checkout: the defaults the binary ships with.
		b, _ := fs.ReadFile(auspex.Shipped, auspex.DevnetConfig)
		v.SetConfigType("yaml")
		if err := v.ReadConfig(bytes.NewReader(b)); err != nil {
			return Config{}, fmt.Errorf("read the shipped %s: %w", file, err)
		}
	} else if err := v.ReadInConfig(); err != nil {
		return Config{}, fmt.Errorf("read config %s: %w", file, err)
	}
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return Config{}, fmt.Errorf("parse config %s: %w", file, err)
	}
	if err := c.Check(); err != nil {
		return Config{}, fmt.Errorf("config %s: %w", file, err)
	}
	return c, nil
}
