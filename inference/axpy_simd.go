//go:build goexperiment.simd && amd64

package inference

import "simd/archsimd"

var hasAVX512 = archsimd.X86.AVX512()

// VectorPath names the vector path axpy takes ("" when the CPU lacks AVX-512).
func VectorPath() string {
	if hasAVX512 {
		return "avx512"
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
