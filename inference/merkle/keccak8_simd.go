//go:build goexperiment.simd && amd64

package merkle

import (
	"encoding/binary"
	"simd/archsimd"

	"github.com/ethereum/go-ethereum/common"
)

// hasPairs8 is set when the CPU can hash eight pairs at once (AVX-512: one Keccak-f[1600] per
// 64-bit lane of each of 25 vectors). hashPairs8 gives the hashes the scalar keccak gives, which
// TestPairs8MatchesKeccak holds bit for bit.
var hasPairs8 = archsimd.X86.AVX512()

// VectorHash names the vector path the trees' hashing takes ("" when there is none).
func VectorHash() string {
	if hasPairs8 {
		return "avx512-keccak-x8"
	}
	return ""
}

var keccakRC = [24]uint64{
	0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
	0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
	0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
	0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
	0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
	0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
}

// hashPairs8 sets out[k] = keccak256(a[k] ‖ b[k]) for k < 8.
func hashPairs8(out *[8]common.Hash, a, b *[8]common.Hash) {
	var st [25]archsimd.Uint64x8
	var lane [8]uint64
	for j := 0; j < 8; j++ {
		for k := 0; k < 8; k++ {
			if j < 4 {
				lane[k] = binary.LittleEndian.Uint64(a[k][8*j:])
			} else {
				lane[k] = binary.LittleEndian.Uint64(b[k][8*(j-4):])
			}
		}
		st[j] = archsimd.LoadUint64x8(&lane)
	}
	// Keccak padding of a 64-byte message in a 136-byte rate: 0x01 after it, 0x80 at the end.
	st[8] = archsimd.BroadcastUint64x8(0x01)
	st[16] = archsimd.BroadcastUint64x8(0x80 << 56)
	keccakF1600x8(&st)
	for j := 0; j < 4; j++ {
		st[j].Store(&lane)
		for k := 0; k < 8; k++ {
			binary.LittleEndian.PutUint64(out[k][8*j:], lane[k])
		}
	}
}
