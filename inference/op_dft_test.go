package inference

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

func TestDFT(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	r := rand.New(rand.NewSource(9))
	const B, L = 2, 6
	for _, tc := range []struct {
		comp, nl          int
		inverse, onesided bool
	}{{2, 6, false, false}, {1, 6, false, true}, {2, 8, true, false}, {2, 5, false, false}, {2, 10, true, true}, {1, 7, true, true}} {
		x := randVals(r, B*L*tc.comp, 1)
		M, co := tc.nl, 2
		if tc.onesided && !tc.inverse {
			M = tc.nl/2 + 1
		}
		if tc.onesided && tc.inverse {
			co = 1
		}
		g := onnxbuild.NewGraph(20).Input("x", f, B, L, tc.comp).Init("n", onnxbuild.Ints(nil, int64(tc.nl))).
			Init("axis", onnxbuild.Ints(nil, 1)).
			Node("DFT", []string{"x", "n", "axis"}, []string{"y"}, onnxbuild.A("inverse", b2i(tc.inverse)), onnxbuild.A("onesided", b2i(tc.onesided))).
			Output("y", f, B, M, co)
		want := make([]float64, 0, B*M*co)
		for b := 0; b < B; b++ {
			in := make([]complex128, tc.nl) // cut or zero-padded to nl
			for j := 0; j < min(L, tc.nl); j++ {
				if tc.comp == 1 {
					in[j] = complex(x[b*L+j], 0)
				} else {
					in[j] = complex(x[(b*L+j)*2], x[(b*L+j)*2+1])
				}
			}
			if tc.onesided && tc.inverse { // Hermitian extension of the first nl/2+1 points
				for j := tc.nl/2 + 1; j < tc.nl; j++ {
					in[j] = cmplx.Conj(in[tc.nl-j])
				}
				in[0] = complex(real(in[0]), 0)
				if tc.nl%2 == 0 {
					in[tc.nl/2] = complex(real(in[tc.nl/2]), 0)
				}
			}
			for k := 0; k < M; k++ {
				var s complex128
				for j, v := range in {
					sign := -1.0
					if tc.inverse {
						sign = 1
					}
					s += v * cmplx.Exp(complex(0, sign*2*math.Pi*float64(j*k)/float64(tc.nl)))
				}
				if tc.inverse {
					s /= complex(float64(tc.nl), 0)
				}
				want = append(want, real(s))
				if co == 2 {
					want = append(want, imag(s))
				}
			}
		}
		near(t, fmt.Sprintf("DFT %+v", tc), runReal(t, compileGraph(t, g), x)[0], want, 1e-5)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestSTFTAndWindows(t *testing.T) {
	f := onnxpb.TensorProto_FLOAT
	r := rand.New(rand.NewSource(10))
	const L, FL, step = 10, 4, 3
	x := randVals(r, L, 1)
	g := onnxbuild.NewGraph(17).Input("x", f, 1, L, 1).Init("step", onnxbuild.Ints(nil, step)).Init("size", onnxbuild.Ints(nil, FL)).
		Node("HannWindow", []string{"size"}, []string{"w"}).
		Node("STFT", []string{"x", "step", "w"}, []string{"y"}).
		Output("y", f, 1, 3, FL/2+1, 2)
	var want []float64
	for fr := 0; fr < 3; fr++ {
		for k := 0; k <= FL/2; k++ {
			var s complex128
			for j := 0; j < FL; j++ {
				w := 0.5 - 0.5*math.Cos(2*math.Pi*float64(j)/FL)
				s += complex(x[fr*step+j]*w, 0) * cmplx.Exp(complex(0, -2*math.Pi*float64(j*k)/FL))
			}
			want = append(want, real(s), imag(s))
		}
	}
	near(t, "STFT", runReal(t, compileGraph(t, g), x)[0], want, 1e-5)
}
