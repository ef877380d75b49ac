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

// keccakRho[i] is lane i's rotation; keccakPi[i] the lane it moves to (b[pi[i]] = rot(a[i])).
var keccakRho, keccakPi = func() (rho, pi [25]uint64) {
	x, y := 1, 0
	for t := 0; t < 24; t++ {
		rho[x+5*y] = uint64((t + 1) * (t + 2) / 2 % 64)
		x, y = y, (2*x+3*y)%5
	}
	for x := 0; x < 5; x++ {
		for y := 0; y < 5; y++ {
			pi[x+5*y] = uint64(y + 5*((2*x+3*y)%5))
		}
	}
	return
}()

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

// keccakF1600x8 is Keccak-f[1600] on eight states at once: two rounds per iteration, ping-ponging
// between two sets of 25 lanes and computing rho, pi and chi a row at a time, every rotation a
// constant (generated from the rho and pi tables; see keccakRho, keccakPi).
func keccakF1600x8(st *[25]archsimd.Uint64x8) {
	a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24 := st[0], st[1], st[2], st[3], st[4], st[5], st[6], st[7], st[8], st[9], st[10], st[11], st[12], st[13], st[14], st[15], st[16], st[17], st[18], st[19], st[20], st[21], st[22], st[23], st[24]
	var e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24 archsimd.Uint64x8
	for round := 0; round < 24; round += 2 {
		c0 := a0.Xor(a5).Xor(a10).Xor(a15).Xor(a20)
		c1 := a1.Xor(a6).Xor(a11).Xor(a16).Xor(a21)
		c2 := a2.Xor(a7).Xor(a12).Xor(a17).Xor(a22)
		c3 := a3.Xor(a8).Xor(a13).Xor(a18).Xor(a23)
		c4 := a4.Xor(a9).Xor(a14).Xor(a19).Xor(a24)
		d0 := c4.Xor(c1.RotateAllLeft(1))
		d1 := c0.Xor(c2.RotateAllLeft(1))
		d2 := c1.Xor(c3.RotateAllLeft(1))
		d3 := c2.Xor(c4.RotateAllLeft(1))
		d4 := c3.Xor(c0.RotateAllLeft(1))
		b0 := a0.Xor(d0)
		b1 := a6.Xor(d1).RotateAllLeft(44)
		b2 := a12.Xor(d2).RotateAllLeft(43)
		b3 := a18.Xor(d3).RotateAllLeft(21)
		b4 := a24.Xor(d4).RotateAllLeft(14)
		e0 = b0.Xor(b2.AndNot(b1)).Xor(archsimd.BroadcastUint64x8(keccakRC[round]))
		e1 = b1.Xor(b3.AndNot(b2))
		e2 = b2.Xor(b4.AndNot(b3))
		e3 = b3.Xor(b0.AndNot(b4))
		e4 = b4.Xor(b1.AndNot(b0))
		b0 = a3.Xor(d3).RotateAllLeft(28)
		b1 = a9.Xor(d4).RotateAllLeft(20)
		b2 = a10.Xor(d0).RotateAllLeft(3)
		b3 = a16.Xor(d1).RotateAllLeft(45)
		b4 = a22.Xor(d2).RotateAllLeft(61)
		e5 = b0.Xor(b2.AndNot(b1))
		e6 = b1.Xor(b3.AndNot(b2))
		e7 = b2.Xor(b4.AndNot(b3))
		e8 = b3.Xor(b0.AndNot(b4))
		e9 = b4.Xor(b1.AndNot(b0))
		b0 = a1.Xor(d1).RotateAllLeft(1)
		b1 = a7.Xor(d2).RotateAllLeft(6)
		b2 = a13.Xor(d3).RotateAllLeft(25)
		b3 = a19.Xor(d4).RotateAllLeft(8)
		b4 = a20.Xor(d0).RotateAllLeft(18)
		e10 = b0.Xor(b2.AndNot(b1))
		e11 = b1.Xor(b3.AndNot(b2))
		e12 = b2.Xor(b4.AndNot(b3))
		e13 = b3.Xor(b0.AndNot(b4))
		e14 = b4.Xor(b1.AndNot(b0))
		b0 = a4.Xor(d4).RotateAllLeft(27)
		b1 = a5.Xor(d0).RotateAllLeft(36)
		b2 = a11.Xor(d1).RotateAllLeft(10)
		b3 = a17.Xor(d2).RotateAllLeft(15)
		b4 = a23.Xor(d3).RotateAllLeft(56)
		e15 = b0.Xor(b2.AndNot(b1))
		e16 = b1.Xor(b3.AndNot(b2))
		e17 = b2.Xor(b4.AndNot(b3))
		e18 = b3.Xor(b0.AndNot(b4))
		e19 = b4.Xor(b1.AndNot(b0))
		b0 = a2.Xor(d2).RotateAllLeft(62)
		b1 = a8.Xor(d3).RotateAllLeft(55)
		b2 = a14.Xor(d4).RotateAllLeft(39)
		b3 = a15.Xor(d0).RotateAllLeft(41)
		b4 = a21.Xor(d1).RotateAllLeft(2)
		e20 = b0.Xor(b2.AndNot(b1))
		e21 = b1.Xor(b3.AndNot(b2))
		e22 = b2.Xor(b4.AndNot(b3))
		e23 = b3.Xor(b0.AndNot(b4))
		e24 = b4.Xor(b1.AndNot(b0))
		c0 = e0.Xor(e5).Xor(e10).Xor(e15).Xor(e20)
		c1 = e1.Xor(e6).Xor(e11).Xor(e16).Xor(e21)
		c2 = e2.Xor(e7).Xor(e12).Xor(e17).Xor(e22)
		c3 = e3.Xor(e8).Xor(e13).Xor(e18).Xor(e23)
		c4 = e4.Xor(e9).Xor(e14).Xor(e19).Xor(e24)
		d0 = c4.Xor(c1.RotateAllLeft(1))
		d1 = c0.Xor(c2.RotateAllLeft(1))
		d2 = c1.Xor(c3.RotateAllLeft(1))
		d3 = c2.Xor(c4.RotateAllLeft(1))
		d4 = c3.Xor(c0.RotateAllLeft(1))
		b0 = e0.Xor(d0)
		b1 = e6.Xor(d1).RotateAllLeft(44)
		b2 = e12.Xor(d2).RotateAllLeft(43)
		b3 = e18.Xor(d3).RotateAllLeft(21)
		b4 = e24.Xor(d4).RotateAllLeft(14)
		a0 = b0.Xor(b2.AndNot(b1)).Xor(archsimd.BroadcastUint64x8(keccakRC[round+1]))
		a1 = b1.Xor(b3.AndNot(b2))
		a2 = b2.Xor(b4.AndNot(b3))
		a3 = b3.Xor(b0.AndNot(b4))
		a4 = b4.Xor(b1.AndNot(b0))
		b0 = e3.Xor(d3).RotateAllLeft(28)
		b1 = e9.Xor(d4).RotateAllLeft(20)
		b2 = e10.Xor(d0).RotateAllLeft(3)
		b3 = e16.Xor(d1).RotateAllLeft(45)
		b4 = e22.Xor(d2).RotateAllLeft(61)
		a5 = b0.Xor(b2.AndNot(b1))
		a6 = b1.Xor(b3.AndNot(b2))
		a7 = b2.Xor(b4.AndNot(b3))
		a8 = b3.Xor(b0.AndNot(b4))
		a9 = b4.Xor(b1.AndNot(b0))
		b0 = e1.Xor(d1).RotateAllLeft(1)
		b1 = e7.Xor(d2).RotateAllLeft(6)
		b2 = e13.Xor(d3).RotateAllLeft(25)
		b3 = e19.Xor(d4).RotateAllLeft(8)
		b4 = e20.Xor(d0).RotateAllLeft(18)
		a10 = b0.Xor(b2.AndNot(b1))
		a11 = b1.Xor(b3.AndNot(b2))
		a12 = b2.Xor(b4.AndNot(b3))
		a13 = b3.Xor(b0.AndNot(b4))
		a14 = b4.Xor(b1.AndNot(b0))
		b0 = e4.Xor(d4).RotateAllLeft(27)
		b1 = e5.Xor(d0).RotateAllLeft(36)
		b2 = e11.Xor(d1).RotateAllLeft(10)
		b3 = e17.Xor(d2).RotateAllLeft(15)
		b4 = e23.Xor(d3).RotateAllLeft(56)
		a15 = b0.Xor(b2.AndNot(b1))
		a16 = b1.Xor(b3.AndNot(b2))
		a17 = b2.Xor(b4.AndNot(b3))
		a18 = b3.Xor(b0.AndNot(b4))
		a19 = b4.Xor(b1.AndNot(b0))
		b0 = e2.Xor(d2).RotateAllLeft(62)
		b1 = e8.Xor(d3).RotateAllLeft(55)
		b2 = e14.Xor(d4).RotateAllLeft(39)
		b3 = e15.Xor(d0).RotateAllLeft(41)
		b4 = e21.Xor(d1).RotateAllLeft(2)
		a20 = b0.Xor(b2.AndNot(b1))
		a21 = b1.Xor(b3.AndNot(b2))
		a22 = b2.Xor(b4.AndNot(b3))
		a23 = b3.Xor(b0.AndNot(b4))
		a24 = b4.Xor(b1.AndNot(b0))
	}
	st[0], st[1], st[2], st[3], st[4], st[5], st[6], st[7], st[8], st[9], st[10], st[11], st[12], st[13], st[14], st[15], st[16], st[17], st[18], st[19], st[20], st[21], st[22], st[23], st[24] = a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24
}
