package inference

// axpy adds src[i]·w to dst[i] for every i < len(dst) (src is at least as long), in wrapping int64
// arithmetic. Callers use it only where the compiler's or the kernel's bound proves no partial sum
// leaves int64, so wrapping never happens and every path (portable or vector) gives the same
// integers. The vector path is built with GOEXPERIMENT=simd on amd64 (axpy_simd.go) and taken
// when the CPU has AVX-512.
func axpy(dst, src []int64, w int64) {
	if len(dst) >= 16 && vectorAxpy(dst, src, w) {
		return
	}
	axpyPortable(dst, src, w)
}

func axpyPortable(dst, src []int64, w int64) {
	src = src[:len(dst)]
	for i, x := range src {
		dst[i] += x * w
	}
}

// axpySmall is axpy for operands known to fit 32 bits (|src[i]|, |w| < 2^31, so every product is
// exact in 64): the vector path multiplies 32-bit halves, cheaper than 64-bit products.
func axpySmall(dst, src []int64, w int64) {
	if len(dst) >= 16 && vectorAxpySmall(dst, src, w) {
		return
	}
	axpyPortable(dst, src, w)
}
