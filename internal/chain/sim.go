package chain

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// SimChainID is the chain id of go-ethereum's simulated backend (its dev chain config).
var SimChainID = params.AllDevChainProtocolChanges.ChainID

// WithoutFutureForks removes forks that mainnet has not scheduled (Bogota, Amsterdam, UBT) from the
// simulated chain. go-ethereum 1.17 enables them on its dev chain and they reprice storage, which
// would make every gas figure we measure 1.5–3.5x off from what users pay.
func WithoutFutureForks() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *ec.Genesis.Config
		cfg.BogotaTime = nil
		cfg.AmsterdamTime = nil
		cfg.UBTTime = nil
		ec.Genesis.Config = &cfg
	}
}

// NewSimulated starts an in-process chain (go-ethereum's simulated backend, the real EVM) with
// the given keys funded with `balance` wei each and mainnet's fork set (see WithoutFutureForks).
// Blocks are mined by Commit.
func NewSimulated(keys []*ecdsa.PrivateKey, balance *big.Int, opts ...func(*node.Config, *ethconfig.Config)) *simulated.Backend {
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	all := append([]func(*node.Config, *ethconfig.Config){WithoutFutureForks()}, opts...)
	return simulated.NewBackend(alloc, all...)
}
