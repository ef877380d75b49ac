package inference

import (
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// gridSampleRef is the ONNX reference GridSample on one 2-D plane (H×W) at grid point (gx, gy).
func gridSampleRef(plane []float64, H, W int, gx, gy float64, mode, pad string, align bool) float64 {
	dims := []int{H, W}
	bounds := func(L int) (float64, float64) {
		if align {
			return 0, float64(L - 1)
		}
		return -0.5, float64(L) - 0.5
	}
	reflect := func(v, lo, hi float64) float64 {
		rng := hi - lo
		if v < lo {
			dx := lo - v
			k := int(dx / rng)
			r := dx - float64(k)*rng
			if k%2 == 0 {
				return lo + r
			}
			return hi - r
		}
		if v > hi {
			dx := v - hi
			k := int(dx / rng)
			r := dx - float64(k)*rng
			if k%2 == 0 {
				return hi - r
			}
			return lo + r
		}
		return v
	}
	pix := func(i []int) float64 {
		for d, L := range dims {
			switch pad {
			case "zeros":
				if i[d] < 0 || i[d] >= L {
					return 0
				}
			case "border":
				i[d] = min(max(i[d], 0), L-1)
			default:
				lo, hi := bounds(L)
				i[d] = int(reflect(float64(i[d]), lo, hi))
			}
		}
		return plane[i[0]*W+i[1]]
	}
	x := []float64{gy, gx}
	for d, L := range dims {
		if align {
			x[d] = (x[d] + 1) / 2 * float64(L-1)
		} else {
			x[d] = ((x[d]+1)*float64(L) - 1) / 2
		}
		if mode == "nearest" {
			x[d] = math.RoundToEven(x[d])
		}
		lo, hi := bounds(L)
		if x[d] < lo || x[d] > hi {
			if pad == "border" {
				x[d] = min(max(x[d], 0), float64(L-1))
			} else if pad == "reflection" {
				x[d] = reflect(x[d], lo, hi)
			}
		}
	}
	if mode == "nearest" {
		return pix([]int{int(x[0]), int(x[1])})
	}
	coeffs := func(t float64) ([]int, []float64) {
		if mode == "linear" {
			return []int{0, 1}, []float64{1 - t, t}
		}
		const A = -0.75
		cub := func(s float64) float64 {
			s = math.Abs(s)
			if s <= 1 {
				return ((A+2)*s-(A+3))*s*s + 1
			}
			return ((A*s-5*A)*s+8*A)*s - 4*A
		}
		return []int{-1, 0, 1, 2}, []float64{cub(t + 1), cub(t), cub(1 - t), cub(2 - t)}
	}
	y0, x0 := math.Floor(x[0]), math.Floor(x[1])
	oy, wy := coeffs(x[0] - y0)
	ox, wx := coeffs(x[1] - x0)
	s := 0.0
	for i := range oy {
		for j := range ox {
			s += wy[i] * wx[j] * pix([]int{int(y0) + oy[i], int(x0) + ox[j]})
		}
	}
	return s
}

func TestGridSample(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	r := rand.New(rand.NewSource(8))
	const N, C, H, W, OH, OW = 1, 2, 3, 4, 2, 5
	for _, tc := range []struct {
		mode, pad string
		align     int
	}{{"linear", "zeros", 0}, {"cubic", "border", 1}, {"nearest", "reflection", 0}, {"linear", "reflection", 1},
		{"cubic", "reflection", 0}, {"nearest", "zeros", 1}, {"linear", "border", 0}} {
		x := randVals(r, N*C*H*W, 2)
		grid := randVals(r, N*OH*OW*2, 1.6) // beyond [−1, 1]: every padding path is taken
		g := onnxbuild.NewGraph(22).Input("x", f, N, C, H, W).Input("g", f, N, OH, OW, 2).
			Node("GridSample", []string{"x", "g"}, []string{"y"}, onnxbuild.A("mode", tc.mode),
				onnxbuild.A("padding_mode", tc.pad), onnxbuild.A("align_corners", tc.align)).
			Output("y", f, N, C, OH, OW)
		want := make([]float64, N*C*OH*OW)
		for ch := 0; ch < C; ch++ {
			for o := 0; o < OH*OW; o++ {
				want[ch*OH*OW+o] = gridSampleRef(x[ch*H*W:][:H*W], H, W, grid[2*o], grid[2*o+1], tc.mode, tc.pad, tc.align == 1)
			}
		}
		near(t, fmt.Sprintf("GridSample %v", tc), runReal(t, compileGraph(t, g), x, grid)[0], want, 1e-5)
	}
}

func TestRoiAlign(t *testing.T) {
	f, i64 := onnxpb.TensorProto_FLOAT, onnxpb.TensorProto_INT64
	r := rand.New(rand.NewSource(11))
	const H, W, O, S = 4, 5, 2, 2
	x := randVals(r, 2*H*W, 2) // N = 2, C = 1
	rois := []float64{0.5, 0.25, 3.5, 3, -1.2, 0, 4.8, 4.5}
	bidx := []float64{1, 0}
	at := func(b int, y, xx float64) float64 { // the reference's clamped bilinear sample
		if y < -1 || y > H || xx < -1 || xx > W {
			return 0
		}
		y, xx = math.Max(y, 0), math.Max(xx, 0)
		yl, xl := math.Floor(y), math.Floor(xx)
		yh, xh := yl+1, xl+1
		if yl >= H-1 {
			yl, yh, y = H-1, H-1, H-1
		}
		if xl >= W-1 {
			xl, xh, xx = W-1, W-1, W-1
		}
		ly, lx := y-yl, xx-xl
		px := func(yy, xv float64) float64 { return x[b*H*W+int(yy)*W+int(xv)] }
		return (1-ly)*(1-lx)*px(yl, xl) + (1-ly)*lx*px(yl, xh) + ly*(1-lx)*px(yh, xl) + ly*lx*px(yh, xh)
	}
	g := onnxbuild.NewGraph(16).Input("x", f, 2, 1, H, W).Input("r", f, 2, 4).Input("b", i64, 2).
		Node("RoiAlign", []string{"x", "r", "b"}, []string{"y"}, onnxbuild.A("output_height", O), onnxbuild.A("output_width", O),
			onnxbuild.A("sampling_ratio", S)).
		Output("y", f, 2, 1, O, O)
	var want []float64
	for i := 0; i < 2; i++ {
		x1, y1, x2, y2 := rois[4*i]-0.5, rois[4*i+1]-0.5, rois[4*i+2]-0.5, rois[4*i+3]-0.5
		bh, bw := (y2-y1)/O, (x2-x1)/O
		for ph := 0; ph < O; ph++ {
			for pw := 0; pw < O; pw++ {
				s := 0.0
				for iy := 0; iy < S; iy++ {
					for ix := 0; ix < S; ix++ {
						s += at(int(bidx[i]), y1+bh*(float64(ph)+(float64(iy)+0.5)/S), x1+bw*(float64(pw)+(float64(ix)+0.5)/S))
					}
				}
				want = append(want, s/(S*S))
			}
		}
	}
	near(t, "RoiAlign", runReal(t, compileGraph(t, g), x, rois, bidx)[0], want, 1e-5)
}

func TestDeformConv(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	r := rand.New(rand.NewSource(12))
	const H, W, K, O = 4, 4, 2, 3 // 1×1 input, one output channel, 2×2 kernel, 3×3 output
	x, w := randVals(r, H*W, 2), randVals(r, K*K, 1)
	off := randVals(r, K*K*2*O*O, 1.5) // [1, 2·K·K, O, O]: (dh, dw) per tap
	mask := randVals(r, K*K*O*O, 1)
	g := onnxbuild.NewGraph(19).Input("x", f, 1, 1, H, W).Input("w", f, 1, 1, K, K).Input("o", f, 1, 2*K*K, O, O).
		Init("b", onnxbuild.Floats([]int64{1}, 0.5)).Input("m", f, 1, K*K, O, O).
		Node("DeformConv", []string{"x", "w", "o", "b", "m"}, []string{"y"}).Output("y", f, 1, 1, O, O)
	px := func(i, j int) float64 {
		if i < 0 || i >= H || j < 0 || j >= W {
			return 0
		}
		return x[i*W+j]
	}
	bil := func(h, v float64) float64 {
		h0, v0 := math.Floor(h), math.Floor(v)
		fh, fv := h-h0, v-v0
		i, j := int(h0), int(v0)
		return (1-fh)*(1-fv)*px(i, j) + (1-fh)*fv*px(i, j+1) + fh*(1-fv)*px(i+1, j) + fh*fv*px(i+1, j+1)
	}
	var want []float64
	for i := 0; i < O; i++ {
		for j := 0; j < O; j++ {
			s := 0.5
			for ki := 0; ki < K; ki++ {
				for kj := 0; kj < K; kj++ {
					tap := ki*K + kj
					dh, dw := off[(2*tap)*O*O+i*O+j], off[(2*tap+1)*O*O+i*O+j]
					s += w[tap] * mask[tap*O*O+i*O+j] * bil(float64(i+ki)+dh, float64(j+kj)+dw)
				}
			}
			want = append(want, s)
		}
	}
	near(t, "DeformConv", runReal(t, compileGraph(t, g), x, w, off, mask)[0], want, 1e-5)
}
