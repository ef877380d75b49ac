package contracts_test

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/auspex-labs/auspex/bindings"
)

// Tests may use the bindings directly to reach paths the typed wrappers guard against.
func registryBin() []byte { return common.FromHex(bindings.ModelRegistryMetaData.Bin) }

func registryCtor(min, max uint32) []byte {
	return bindings.NewModelRegistry().PackConstructor(min, max)
}
