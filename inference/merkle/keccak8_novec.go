//go:build !(goexperiment.simd && amd64)

package merkle

import "github.com/ethereum/go-ethereum/common"

// hasPairs8: this build has no vector hashing.
const hasPairs8 = false

// VectorHash names the vector path the trees' hashing takes ("" when there is none).
func VectorHash() string { return "" }

func hashPairs8(out *[8]common.Hash, a, b *[8]common.Hash) {
	panic("merkle: no vector hashing in this build")
}
