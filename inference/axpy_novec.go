//go:build !(goexperiment.simd && amd64)

package inference

// VectorPath names the vector path axpy takes ("" when built without one).
func VectorPath() string { return "" }

func vectorAxpy(dst, src []int64, w int64) bool { return false }

func vectorAxpySmall(dst, src []int64, w int64) bool { return false }

func hasGemmTile() bool { return false }

func gemmTile(acc *[tileM][tileP]int64, b []int64, ldb int64, w []int64) {
	gemmTilePortable(acc, b, ldb, w)
}
