package inference

// The tiled convolution: a GEMM over im2col tiles. For each group, a tile of tileP output positions
// has its columns gathered once ([K][tileP], K = channels × taps), and every block of tileM output
// channels multiplies it by its packed weights ([K][tileM]) with the accumulators held in vector
// registers across K (gemmTile, vector builds only). Only for channelsFit: every partial sum is
// exact in int64, so this order gives the per-element value like every other.

const (
	tileP = 16 // output positions per tile (two vectors of eight int64)
	tileM = 4  // output channels per tile
)

// tiles is blocks' alternative when gemmTile has a vector path.
func (cv *conv2d) tiles(out []int64, N, group int64) (int, func(int, *arith) error) {
	plane := cv.OH * cv.OW
	K := cv.cg * cv.KH * cv.KW
	nP := (plane + tileP - 1) / tileP
	nM := (cv.mg + tileM - 1) / tileM
	// Weights packed per group and channel block: [g][mb][K][tileM], zero past the group's mg.
	wp := make([]int64, group*nM*K*tileM)
	for g := int64(0); g < group; g++ {
		for m := int64(0); m < cv.mg; m++ {
			src := cv.W[(g*cv.mg+m)*K : (g*cv.mg+m+1)*K]
			dst := wp[(g*nM+m/tileM)*K*tileM:]
			for k, w := range src {
				dst[int64(k)*tileM+m%tileM] = w
			}
		}
	}
	units := N * group * nP
	parts := partsFor(units)
	return parts, func(part int, a *arith) error {
		lo, hi := span(part, parts, units)
		col := make([]int64, K*tileP)
		var acc [tileM][tileP]int64
		for u := lo; u < hi; u++ {
			n, g, pt := u/(group*nP), u/nP%group, u%nP
			p0 := pt * tileP
			cv.gatherTile(col, n, g, p0)
			for mb := int64(0); mb < nM; mb++ {
				gemmTile(&acc, col, tileP, wp[(g*nM+mb)*K*tileM:(g*nM+mb+1)*K*tileM])
				for j := int64(0); j < tileM; j++ {
					m := g*cv.mg + mb*tileM + j
					if mb*tileM+j >= cv.mg {
						break
					}
					var b int64
					if cv.bias != nil {
						b = cv.bias[m]
					}
					np := min(tileP, plane-p0)
					rescale(out[(n*cv.M+m)*plane+p0:(n*cv.M+m)*plane+p0+np], acc[j][:np], b, cv.shift, a)
				}
			}
		}
		return nil
	}
}

// gatherTile fills col[k·tileP + i] with the input output position p0+i reads under k = (channel,
// tap) of group g, zero outside the input or past the plane.
func (cv *conv2d) gatherTile(col []int64, n, g, p0 int64) {
	plane := cv.OH * cv.OW
	k := int64(0)
	for c := int64(0); c < cv.cg; c++ {
		xplane := (n*cv.C + g*cv.cg + c) * cv.H * cv.Wd
		for kh := int64(0); kh < cv.KH; kh++ {
			for kw := int64(0); kw < cv.KW; kw++ {
				row := col[k*tileP : (k+1)*tileP]
				for i := range row {
					p := p0 + int64(i)
					row[i] = 0
					if p >= plane {
						continue
					}
					ih := p/cv.OW*cv.sh - cv.ph + kh*cv.dh
					iw := p%cv.OW*cv.sw - cv.pw + kw*cv.dw
					if ih >= 0 && ih < cv.H && iw >= 0 && iw < cv.Wd {
						row[i] = cv.X[xplane+ih*cv.Wd+iw]
					}
				}
				k++
			}
		}
	}
}

// gemmTilePortable is gemmTile without vectors: acc[j][i] = Σ_k w[k·tileM+j] · b[k·ldb+i], a
// strip of tileP columns of b (row stride ldb) against tileM packed rows w.
func gemmTilePortable(acc *[tileM][tileP]int64, b []int64, ldb int64, w []int64) {
	*acc = [tileM][tileP]int64{}
	for k := int64(0); k < int64(len(w))/tileM; k++ {
		x := b[k*ldb : k*ldb+tileP]
		for j := int64(0); j < tileM; j++ {
			wj := w[k*tileM+j]
			for i, xi := range x {
				acc[j][i] += xi * wj
			}
		}
	}
}
