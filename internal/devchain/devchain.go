// Package devchain assembles a local Auspex chain in-process: go-ethereum's simulated backend (the
// real EVM) with named, deterministic, funded dev accounts and the Auspex contracts deployed. It
// backs the contract tests, the gas table, the demo and the devnet.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/auspex-labs/auspex/internal/chain"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// Names of the dev accounts every devchain has.
const (
	Deployer   = "deployer"   // deploys, owns the protocol
	Treasury   = "treasury"   // receives protocol fees
	Creator    = "creator"    // registers models
	Operator   = "operator"   // runs a node
	Operator2  = "operator2"  // a second node
	User       = "user"       // a dApp user
	User2      = "user2"      // another dApp user
	Challenger = "challenger" // stands in for the dispute game until it exists
)

// AccountNames lists the dev accounts in a stable order.
var AccountNames = []string{Deployer, Treasury, Creator, Operator, Operator2, User, User2, Challenger}

// DevBalance is what each dev account starts with: 10,000 ETH.
var DevBalance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))

// DevKey derives a dev account's key from its name. Public and deterministic: never use on a real
// network.
func DevKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("auspex devnet account: " + name)))
	if err != nil {
		panic(fmt.Sprintf("devchain: key for %q: %v", name, err))
	}
	return k
}

// DefaultParams are the protocol parameters of a dev deployment: short windows so a demo fits in
// seconds, fees in the range a mainnet deployment would use.
func DefaultParams() contracts.DeployParams {
	return contracts.DeployParams{
		Owner:              crypto.PubkeyToAddress(DevKey(Deployer).PublicKey),
		Treasury:           crypto.PubkeyToAddress(DevKey(Treasury).PublicKey),
		MinChallengeWindow: 60,
		MaxChallengeWindow: 7 * 24 * 3600,
		Config: contracts.Config{
			OperatorFee:      big.NewInt(1e15), // 0.001 ETH
			KeeperFee:        big.NewInt(2e14), // 0.0002 ETH to whoever ends a request: ~80k gas of finalize at 2.5 gwei
			CallbackGasPrice: 2e9,              // 2 gwei
			ProtocolFeeBps:   500,              // 5% of the model fee
			RequestTimeout:   3600,
		},
		ProposalBond:    new(big.Int).Mul(big.NewInt(1), big.NewInt(1e17)), // 0.1 ETH
		WithdrawalDelay: 7 * 24 * 3600,
	}
}

// Chain is a simulated chain with dev accounts and, after Deploy, the Auspex contracts.
type Chain struct {
	Sim     *simulated.Backend
	Client  simulated.Client
	senders map[string]*chain.Sender
	*contracts.Deployment

	// Auto-mining (WithBlockInterval): mineMu serializes block production.
	mineMu   sync.Mutex
	interval time.Duration
	stop     chan struct{}
	stopped  chan struct{}
	paused   atomic.Bool
}

// PauseMining stops the automatic blocks (Mine still works); ResumeMining restarts them.
func (c *Chain) PauseMining() { c.paused.Store(true) }

// ResumeMining restarts automatic blocks after PauseMining.
func (c *Chain) ResumeMining() { c.paused.Store(false) }

// Option configures New.
type Option func(*options)

type options struct {
	interval time.Duration
	node     []func(*node.Config, *ethconfig.Config)
}

// WithBlockInterval also mines a block every d on its own (as a real chain does), for
// transactions sent by others than the dev senders.
func WithBlockInterval(d time.Duration) Option { return func(o *options) { o.interval = d } }

// WithBlockGasLimit sets the block gas limit (go-ethereum's default: 60M). A load that fills blocks
// past half the limit raises the base fee 12.5% a block (bench/soak's -gas-limit sets it).
func WithBlockGasLimit(gas uint64) Option { return WithNodeConfig(simulated.WithBlockGasLimit(gas)) }

// WithNodeConfig changes the in-process node's configuration (e.g. to serve JSON-RPC).
func WithNodeConfig(f func(*node.Config, *ethconfig.Config)) Option {
	return func(o *options) { o.node = append(o.node, f) }
}

// New starts a simulated chain with every dev account funded. Each dev sender mines a block per
// transaction, so calls return with the transaction included.
func New(ctx context.Context, opts ...Option) (*Chain, error) {
	var o options
	for _, f := range opts {
		f(&o)
	}
	keys := make([]*ecdsa.PrivateKey, len(AccountNames))
	for i, n := range AccountNames {
		keys[i] = DevKey(n)
	}
	sim := chain.NewSimulated(keys, DevBalance, o.node...)
	c := &Chain{Sim: sim, Client: sim.Client(), senders: map[string]*chain.Sender{}, interval: o.interval}
	for i, n := range AccountNames {
		// Dev senders mine their own block (instant, as anvil does); with an interval, blocks
		// also come on their own for everyone else (the node's transactions).
		s, err := chain.NewSender(ctx, c.Client, keys[i], chain.WithMiner(func() { c.Mine() }), chain.WithRevertDecoder(contracts.DecodeRevert))
		if err != nil {
			sim.Close()
			return nil, fmt.Errorf("sender for %s: %w", n, err)
		}
		c.senders[n] = s
	}
	if o.interval > 0 {
		c.stop, c.stopped = make(chan struct{}), make(chan struct{})
		go c.mineLoop()
	}
	return c, nil
}

func (c *Chain) mineLoop() {
	defer close(c.stopped)
	t := time.NewTicker(c.interval)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
			if !c.paused.Load() {
				c.Mine()
			}
		}
	}
}

// Mine produces one block now.
func (c *Chain) Mine() common.Hash {
	c.mineMu.Lock()
	defer c.mineMu.Unlock()
	return c.Sim.Commit()
}

// Key is the named dev account's key.
func (c *Chain) Key(name string) *ecdsa.PrivateKey { return DevKey(name) }

// Deploy deploys the Auspex contracts from the deployer account.
func (c *Chain) Deploy(ctx context.Context, p contracts.DeployParams) error {
	d, err := contracts.Deploy(ctx, c.Sender(Deployer), c.Client, p)
	if err != nil {
		return err
	}
	c.Deployment = d
	return nil
}

// Sender is the named dev account's sender; it panics on an unknown name (a programming error).
func (c *Chain) Sender(name string) *chain.Sender {
	s, ok := c.senders[name]
	if !ok {
		panic(fmt.Sprintf("devchain: no account %q", name))
	}
	return s
}

// Addr is the named dev account's address.
func (c *Chain) Addr(name string) common.Address { return c.Sender(name).From() }

// Advance moves the chain's clock forward by d, mining one block with the new time.
//
// go-ethereum's AdjustTime refuses while the pool lists pending transactions, and the pool drops
// the ones just mined on a background reset; so a call right after a mined transaction can see a
// stale pending list. We retry for a short while rather than race it.
func (c *Chain) Advance(d time.Duration) error {
	deadline := time.Now().Add(5 * time.Second)
	for {
		c.mineMu.Lock()
		err := c.Sim.AdjustTime(d)
		if err != nil && c.interval > 0 {
			// Pending transactions block AdjustTime: mine them first.
			c.Sim.Commit()
		}
		c.mineMu.Unlock()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("adjust time: %w", err)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// Now is the timestamp of the latest block.
func (c *Chain) Now(ctx context.Context) (uint64, error) {
	h, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read head: %w", err)
	}
	return h.Time, nil
}

// Close stops mining and the chain.
func (c *Chain) Close() error {
	if c.stop != nil {
		close(c.stop)
		<-c.stopped
		c.stop = nil
	}
	return c.Sim.Close()
}

// SyntheticDigit is a 784-byte input with an MNIST digit's byte mix (mostly zero background, a
// stroke of non-zero pixels, ~20% non-zero), so calldata gas measured with it is realistic.
func SyntheticDigit() []byte {
	in := make([]byte, 784)
	for i := range in {
		row, col := i/28, i%28
		if col >= 10 && col <= 17 && row >= 4 && row <= 24 {
			in[i] = byte(128 + (i*37)%128)
		}
	}
	return in
}

// Fork makes the chain continue from parent (a reorg once the new branch is longer); the pool
// re-offers the transactions of the dropped blocks.
func (c *Chain) Fork(parent common.Hash) error {
	c.mineMu.Lock()
	defer c.mineMu.Unlock()
	return c.Sim.Fork(parent)
}

// RPC serves the chain's JSON-RPC over HTTP and WebSocket on host (a loopback address) at the
// given ports, with the eth, net and web3 namespaces.
func RPC(host string, httpPort, wsPort int) Option {
	return WithNodeConfig(func(nc *node.Config, _ *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = host, httpPort
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.HTTPVirtualHosts = []string{"localhost", host}
		nc.HTTPCors = []string{"*"}
		nc.WSHost, nc.WSPort = host, wsPort
		nc.WSModules = []string{"eth", "net", "web3"}
		nc.WSOrigins = []string{"*"}
	})
}
