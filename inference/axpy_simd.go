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
