package contracts_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/bindings"
	"github.com/auspex-labs/auspex/internal/contracts"
)

// Tests may use the bindings directly to reach paths the typed wrappers guard against.
func registryBin() []byte { return common.FromHex(bindings.ModelRegistryMetaData.Bin) }

func registryCtor(min, max uint32) []byte {
	return bindings.NewModelRegistry().PackConstructor(min, max)
}

func oracleBin() []byte { return common.FromHex(bindings.AIOracleMetaData.Bin) }

type oracleCtor struct {
	registry, owner, treasury common.Address
	cfg                       contracts.Config
	bond                      *big.Int
	delay                     uint64
}

func (a oracleCtor) pack() []byte {
	keeper := uint64(0)
	if a.cfg.KeeperFee != nil {
		keeper = a.cfg.KeeperFee.Uint64()
	}
	return bindings.NewAIOracle().PackConstructor(a.registry, a.owner, a.treasury, bindings.IAIOracleConfig{
		OperatorFee: a.cfg.OperatorFee.Uint64(), KeeperFee: keeper,
		CallbackGasPrice: new(big.Int).SetUint64(a.cfg.CallbackGasPrice), ProtocolFeeBps: a.cfg.ProtocolFeeBps,
		RequestTimeout: a.cfg.RequestTimeout, Nonce: new(big.Int),
	}, a.bond, a.delay)
}

func callReceiverOf(e *env, id uint64) (common.Address, error) {
	b := bindings.NewModelRegistry()
	v, err := bind.Call(b.Instance(e.Client, e.Registry.Address()), &bind.CallOpts{Context: e.ctx},
		b.PackReceiverOf(new(big.Int).SetUint64(id)), b.UnpackReceiverOf)
	return v, contracts.DecodeRevert(err)
}
