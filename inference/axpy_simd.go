//go:build goexperiment.simd && amd64

package inference

import "simd/archsimd"

var hasAVX512, hasAVX2 = archsimd.X86.AVX512(), archsimd.X86.AVX2()

// VectorPath names the vector paths axpy and axpySmall take ("" when the CPU has neither).
func VectorPath() string {
	switch {
	case hasAVX512:
		return "avx512+avx2"
	case hasAVX2:
		return "avx2"
	}
	return ""
}

// vectorAxpy is axpy eight lanes at a time (VPMULLQ, VPADDQ: the same wrapping int64 product and
// sum as the portable loop), the tail done by the portable loop.
func vectorAxpy(dst, src []int64, w int64) bool {
	if !hasAVX512 {
		return false
	}
	src = src[:len(dst)]
	wv := archsimd.BroadcastInt64x8(w)
	i := 0
	for ; i+8 <= len(dst); i += 8 {
		d := archsimd.LoadInt64x8Slice(dst[i:])
		x := archsimd.LoadInt64x8Slice(src[i:])
		d.Add(x.Mul(wv)).StoreSlice(dst[i:])
	}
	axpyPortable(dst[i:], src[i:], w)
	return true
}

// vectorAxpySmall is axpySmall four lanes at a time with AVX2's VPMULDQ (signed 32×32 → 64-bit
// products of the lanes' low halves, which are the values themselves when they fit 32 bits).
func vectorAxpySmall(dst, src []int64, w int64) bool {
	if !hasAVX2 {
		return false
	}
	src = src[:len(dst)]
	wv := archsimd.BroadcastInt64x4(w).AsInt32x8()
	i := 0
	for ; i+4 <= len(dst); i += 4 {
		d := archsimd.LoadInt64x4Slice(dst[i:])
		x := archsimd.LoadInt64x4Slice(src[i:]).AsInt32x8()
		d.Add(x.MulEvenWiden(wv)).StoreSlice(dst[i:])
	}
	axpyPortable(dst[i:], src[i:], w)
	return true
}

// hasGemmTile: the tiled convolution's vector kernel runs here.
func hasGemmTile() bool { return hasAVX512 }

// gemmTile is gemmTilePortable with the 4×16 accumulators in eight vectors across K (VPMULLQ,
// VPADDQ: the same wrapping int64 arithmetic).
func gemmTile(acc *[tileM][tileP]int64, b []int64, ldb int64, w []int64) {
	if !hasAVX512 {
		gemmTilePortable(acc, b, ldb, w)
		return
	}
	var c00, c01, c10, c11, c20, c21, c30, c31 archsimd.Int64x8
	for k := int64(0); k < int64(len(w))/tileM; k++ {
		row := b[k*ldb : k*ldb+tileP]
		x0 := archsimd.LoadInt64x8Slice(row)
		x1 := archsimd.LoadInt64x8Slice(row[8:])
		wk := w[k*tileM : k*tileM+tileM]
		w0, w1 := archsimd.BroadcastInt64x8(wk[0]), archsimd.BroadcastInt64x8(wk[1])
		w2, w3 := archsimd.BroadcastInt64x8(wk[2]), archsimd.BroadcastInt64x8(wk[3])
		c00, c01 = c00.Add(x0.Mul(w0)), c01.Add(x1.Mul(w0))
		c10, c11 = c10.Add(x0.Mul(w1)), c11.Add(x1.Mul(w1))
		c20, c21 = c20.Add(x0.Mul(w2)), c21.Add(x1.Mul(w2))
		c30, c31 = c30.Add(x0.Mul(w3)), c31.Add(x1.Mul(w3))
	}
	c00.StoreSlice(acc[0][:8])
	c01.StoreSlice(acc[0][8:])
	c10.StoreSlice(acc[1][:8])
	c11.StoreSlice(acc[1][8:])
	c20.StoreSlice(acc[2][:8])
	c21.StoreSlice(acc[2][8:])
	c30.StoreSlice(acc[3][:8])
	c31.StoreSlice(acc[3][8:])
}
