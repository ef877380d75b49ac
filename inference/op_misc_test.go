package inference

import (
	"math"
	"math/rand"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// unaryGraph runs op on a 1-D real input and returns its output.
func runUnary(t *testing.T, op string, x []float64, attrs ...onnxbuild.Attr) []float64 {
	t.Helper()
	g := onnxbuild.NewGraph(22).Input("x", f32, len(x)).Node(op, []string{"x"}, []string{"y"}, attrs...).Output("y", f32, len(x))
	return runReal(t, compileGraph(t, g), x)[0]
}

func mapf(x []float64, f func(float64) float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = f(v)
	}
	return out
}

func TestActivations(t *testing.T) {
	x := []float64{-30, -6, -2.5, -1, -0.3, 0, 0.2, 1.5, 4, 12}
	const a, g = 1.67326319217681884765625, 1.05070102214813232421875
	near(t, "Selu", runUnary(t, "Selu", x), mapf(x, func(v float64) float64 {
		if v > 0 {
			return g * v
		}
		return g * a * (math.Exp(v) - 1)
	}), 1e-5)
	near(t, "Celu", runUnary(t, "Celu", x, onnxbuild.A("alpha", 2.0)), mapf(x, func(v float64) float64 {
		return math.Max(0, v) + math.Min(0, 2*(math.Exp(v/2)-1))
	}), 1e-5)
	near(t, "Mish", runUnary(t, "Mish", x), mapf(x, func(v float64) float64 { return v * math.Tanh(math.Log1p(math.Exp(v))) }), 2e-5)
	near(t, "Swish", runUnary(t, "Swish", x, onnxbuild.A("alpha", 0.5)), mapf(x, func(v float64) float64 { return v / (1 + math.Exp(-0.5*v)) }), 2e-5)
	near(t, "Shrink", runUnary(t, "Shrink", x, onnxbuild.A("lambd", 1.5), onnxbuild.A("bias", 0.5)), mapf(x, func(v float64) float64 {
		switch {
		case v < -1.5:
			return v + 0.5
		case v > 1.5:
			return v - 0.5
		}
		return 0
	}), 1e-7)
}

func TestTrigonometry(t *testing.T) {
	wide := []float64{-1000.25, -40, -7.5, -3.14159, -1.2, -0.01, 0, 0.3, 1.5707, 2.9, 6.5, 123.456}
	unit := []float64{-1, -0.999, -0.7, -0.2, 0, 0.05, 0.5, 0.93, 0.9999, 1}
	open := []float64{-0.999, -0.7, -0.2, 0, 0.05, 0.5, 0.93, 0.9999}
	hyp := []float64{-20, -3, -0.5, -0.001, 0, 0.001, 0.7, 4, 15}
	for _, c := range []struct {
		op  string
		f   func(float64) float64
		x   []float64
		tol float64
	}{
		{"Sin", math.Sin, wide, 3e-6}, {"Cos", math.Cos, wide, 3e-6},
		{"Tan", math.Tan, []float64{-1000.25, -7.5, -1.2, -0.01, 0, 0.3, 1.4, 2.9, 6.5}, 3e-5},
		{"Atan", math.Atan, append(wide, 1e6, -5e4), 3e-6},
		{"Asin", math.Asin, unit, 5e-6}, {"Acos", math.Acos, unit, 5e-6},
		{"Sinh", math.Sinh, hyp, 2e-5}, {"Cosh", math.Cosh, hyp, 2e-5},
		{"Asinh", math.Asinh, append(hyp, 127.9, 128.1, 3000, -3000, 1e9), 2e-5},
		{"Acosh", math.Acosh, []float64{1, 1.0001, 1.5, 3, 40, 127.9, 128.1, 5000, 1e9}, 2e-5},
		{"Atanh", math.Atanh, open, 2e-5},
	} {
		got := runUnary(t, c.op, c.x)
		want := mapf(c.x, c.f)
		for i := range want {
			// the tolerance is relative for large values (sinh, cosh, tan)
			if math.Abs(got[i]-want[i]) > c.tol*math.Max(1, math.Abs(want[i])) {
				t.Errorf("%s(%g) = %.9g, want %.9g", c.op, c.x[i], got[i], want[i])
			}
		}
	}
}

func TestHardmaxMeanIsInf(t *testing.T) {
	// Hardmax over axis 1 of [2, 3, 2]: the first maximum wins.
	x := []float64{1, 5, 3, 5, 3, -1, 0, 0, 0, 0, -2, 7}
	g := onnxbuild.NewGraph(13).Input("x", f32, 2, 3, 2).Node("Hardmax", []string{"x"}, []string{"y"}, onnxbuild.A("axis", 1)).Output("y", f32, 2, 3, 2)
	near(t, "Hardmax", runReal(t, compileGraph(t, g), x)[0], []float64{0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1}, 0)

	g = onnxbuild.NewGraph(13).Input("a", f32, 2, 3).Input("b", f32, 3).Input("c", f32, 1, 3).
		Node("Mean", []string{"a", "b", "c"}, []string{"y"}).Output("y", f32, 2, 3)
	a, b, c := []float64{1, 2, 3, 4, 5, 6}, []float64{0.5, -1, 2}, []float64{1, 1, 1}
	want := make([]float64, 6)
	for i := range want {
		want[i] = (a[i] + b[i%3] + c[i%3]) / 3
	}
	near(t, "Mean", runReal(t, compileGraph(t, g), a, b, c)[0], want, 1e-7)

	inf := math.Inf(1)
	v := []float64{-inf, -1e300, -3, 0, 1e10, inf} // 1e300 saturates: it reads as an infinity
	for _, c := range []struct {
		pos, neg int
		want     []float64
	}{{1, 1, []float64{1, 1, 0, 0, 0, 1}}, {1, 0, []float64{0, 0, 0, 0, 0, 1}}, {0, 1, []float64{1, 1, 0, 0, 0, 0}}, {0, 0, []float64{0, 0, 0, 0, 0, 0}}} {
		g := onnxbuild.NewGraph(20).Input("x", f32, 6).
			Node("IsInf", []string{"x"}, []string{"y"}, onnxbuild.A("detect_positive", c.pos), onnxbuild.A("detect_negative", c.neg)).
			Output("y", onnxpb.TensorProto_BOOL, 6)
		near(t, "IsInf", runReal(t, compileGraph(t, g), v)[0], c.want, 0)
	}
	g = onnxbuild.NewGraph(20).Input("x", f32, 6).Node("IsNaN", []string{"x"}, []string{"y"}).Output("y", onnxpb.TensorProto_BOOL, 6)
	near(t, "IsNaN", runReal(t, compileGraph(t, g), v)[0], make([]float64, 6), 0)
}

func TestShapesAndIndices(t *testing.T) {
	// EyeLike of an int [3, 4] as doubles, k = 1.
	g := onnxbuild.NewGraph(22).Input("x", onnxpb.TensorProto_INT32, 3, 4).
		Node("EyeLike", []string{"x"}, []string{"y"}, onnxbuild.A("dtype", 11), onnxbuild.A("k", 1)).Output("y", onnxpb.TensorProto_DOUBLE, 3, 4)
	near(t, "EyeLike", runReal(t, compileGraph(t, g), make([]float64, 12))[0], []float64{0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1}, 0)

	// DepthToSpace (DCR and CRD) undone by SpaceToDepth (which is DCR's inverse).
	x := make([]float64, 1*8*2*3)
	for i := range x {
		x[i] = float64(i)
	}
	for _, mode := range []string{"DCR", "CRD"} {
		g := onnxbuild.NewGraph(13).Input("x", f32, 1, 8, 2, 3).
			Node("DepthToSpace", []string{"x"}, []string{"y"}, onnxbuild.A("blocksize", 2), onnxbuild.A("mode", mode)).
			Node("SpaceToDepth", []string{"y"}, []string{"z"}, onnxbuild.A("blocksize", 2)).
			Output("y", f32, 1, 2, 4, 6).Output("z", f32, 1, 8, 2, 3)
		out := runReal(t, compileGraph(t, g), x)
		// y[0, c, h·2+i, w·2+j] = x[0, depth(c, i, j), h, w]
		for c := 0; c < 2; c++ {
			for h := 0; h < 4; h++ {
				for w := 0; w < 6; w++ {
					i, j := h%2, w%2
					d := (i*2+j)*2 + c
					if mode == "CRD" {
						d = c*4 + i*2 + j
					}
					if want := x[(d*2+h/2)*3+w/2]; out[0][(c*4+h)*6+w] != want {
						t.Fatalf("DepthToSpace %s y[%d,%d,%d] = %g, want %g", mode, c, h, w, out[0][(c*4+h)*6+w], want)
					}
				}
			}
		}
		if mode == "DCR" {
			near(t, "SpaceToDepth∘DepthToSpace", out[1], x, 0)
		}
	}

	// OneHot with negative and out-of-range indices, axis 0, float depth, runtime values.
	g = onnxbuild.NewGraph(11).Input("i", onnxpb.TensorProto_INT64, 4).Input("v", f32, 2).
		Init("d", onnxbuild.Floats(nil, 3)).
		Node("OneHot", []string{"i", "d", "v"}, []string{"y"}, onnxbuild.A("axis", 0)).Output("y", f32, 3, 4)
	near(t, "OneHot", runReal(t, compileGraph(t, g), []float64{0, -1, 5, 1}, []float64{-2, 7})[0],
		[]float64{7, -2, -2, -2, -2, -2, -2, 7, -2, 7, -2, -2}, 0)

	// CumSum on integers and reals, every mode, along axis 1 of [2, 5].
	xi := []float64{1, 2, 3, 4, 5, -1, 10, 0, 7, 2}
	for _, ex := range []int{0, 1} {
		for _, rev := range []int{0, 1} {
			want := make([]float64, 10)
			for r := 0; r < 2; r++ {
				for j := 0; j < 5; j++ {
					for k := 0; k < 5; k++ {
						if (rev == 0 && (k < j || ex == 0 && k == j)) || (rev == 1 && (k > j || ex == 0 && k == j)) {
							want[r*5+j] += xi[r*5+k]
						}
					}
				}
			}
			for _, ty := range []onnxpb.TensorProto_DataType{onnxpb.TensorProto_INT32, f32} {
				g := onnxbuild.NewGraph(14).Input("x", ty, 2, 5).Init("ax", onnxbuild.Ints(nil, 1)).
					Node("CumSum", []string{"x", "ax"}, []string{"y"}, onnxbuild.A("exclusive", ex), onnxbuild.A("reverse", rev)).
					Output("y", ty, 2, 5)
				near(t, "CumSum", runReal(t, compileGraph(t, g), xi)[0], want, 0)
			}
		}
	}

	// GatherND with batch_dims 1 and negative indices: data [2, 3, 2], indices [2, 2, 1].
	data := []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	g = onnxbuild.NewGraph(13).Input("d", f32, 2, 3, 2).Input("i", onnxpb.TensorProto_INT64, 2, 2, 1).
		Node("GatherND", []string{"d", "i"}, []string{"y"}, onnxbuild.A("batch_dims", 1)).Output("y", f32, 2, 2, 2)
	near(t, "GatherND", runReal(t, compileGraph(t, g), data, []float64{2, 0, -1, 1})[0],
		[]float64{4, 5, 0, 1, 10, 11, 8, 9}, 0)
	g = onnxbuild.NewGraph(13).Input("d", f32, 2, 3, 2).Input("i", onnxpb.TensorProto_INT64, 3, 3).
		Node("GatherND", []string{"d", "i"}, []string{"y"}).Output("y", f32, 3)
	near(t, "GatherND", runReal(t, compileGraph(t, g), data, []float64{1, 2, 0, 0, -1, 1, -1, 0, -1})[0], []float64{10, 5, 7}, 0)

	// Dropout at inference: the identity and a mask of ones.
	g = onnxbuild.NewGraph(22).Input("x", f32, 3).Init("r", onnxbuild.Floats(nil, 0.5)).
		Node("Dropout", []string{"x", "r"}, []string{"y", "m"}).Output("y", f32, 3).Output("m", onnxpb.TensorProto_BOOL, 3)
	out := runReal(t, compileGraph(t, g), []float64{1, -2, 3})
	near(t, "Dropout", out[0], []float64{1, -2, 3}, 0)
	near(t, "Dropout mask", out[1], []float64{1, 1, 1}, 0)
}

func TestEinsum(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	a := randVals(r, 2*3*4, 2) // [2, 3, 4]
	b := randVals(r, 2*4*5, 2) // [2, 4, 5]
	m := randVals(r, 3*3, 2)   // [3, 3]
	at := func(i, j, k int) float64 { return a[(i*3+j)*4+k] }
	bt := func(i, j, k int) float64 { return b[(i*4+j)*5+k] }
	for _, c := range []struct {
		eq     string
		ins    [][]float64
		shapes [][]int
		out    []int
		want   func() []float64
	}{
		{"bij,bjk->bik", [][]float64{a, b}, [][]int{{2, 3, 4}, {2, 4, 5}}, []int{2, 3, 5}, func() []float64 {
			var w []float64
			for i := 0; i < 2; i++ {
				for j := 0; j < 3; j++ {
					for k := 0; k < 5; k++ {
						s := 0.0
						for l := 0; l < 4; l++ {
							s += at(i, j, l) * bt(i, l, k)
						}
						w = append(w, s)
					}
				}
			}
			return w
		}},
		{"bij,bkj->kbi", [][]float64{a, a}, [][]int{{2, 3, 4}, {2, 3, 4}}, []int{3, 2, 3}, func() []float64 {
			var w []float64
			for k := 0; k < 3; k++ {
				for bb := 0; bb < 2; bb++ {
					for i := 0; i < 3; i++ {
						s := 0.0
						for j := 0; j < 4; j++ {
							s += at(bb, i, j) * at(bb, k, j)
						}
						w = append(w, s)
					}
				}
			}
			return w
		}},
		{"ii", [][]float64{m}, [][]int{{3, 3}}, nil, func() []float64 { return []float64{m[0] + m[4] + m[8]} }},
		{"...jk->...kj", [][]float64{a}, [][]int{{2, 3, 4}}, []int{2, 4, 3}, func() []float64 {
			var w []float64
			for i := 0; i < 2; i++ {
				for k := 0; k < 4; k++ {
					for j := 0; j < 3; j++ {
						w = append(w, at(i, j, k))
					}
				}
			}
			return w
		}},
		{"i,j", [][]float64{m[:3], m[3:5]}, [][]int{{3}, {2}}, []int{3, 2}, func() []float64 {
			var w []float64
			for i := 0; i < 3; i++ {
				for j := 0; j < 2; j++ {
					w = append(w, m[i]*m[3+j])
				}
			}
			return w
		}},
		{"bij->i", [][]float64{a}, [][]int{{2, 3, 4}}, []int{3}, func() []float64 {
			w := make([]float64, 3)
			for i := 0; i < 2; i++ {
				for j := 0; j < 3; j++ {
					for k := 0; k < 4; k++ {
						w[j] += at(i, j, k)
					}
				}
			}
			return w
		}},
	} {
		g := onnxbuild.NewGraph(12)
		var names []string
		for i, s := range c.shapes {
			name := string(rune('p' + i))
			dims := make([]any, len(s))
			for d, v := range s {
				dims[d] = v
			}
			g.Input(name, f32, dims...)
			names = append(names, name)
		}
		odims := make([]any, len(c.out))
		for d, v := range c.out {
			odims[d] = v
		}
		g.Node("Einsum", names, []string{"y"}, onnxbuild.A("equation", c.eq)).Output("y", f32, odims...)
		near(t, "Einsum "+c.eq, runReal(t, compileGraph(t, g), c.ins...)[0], c.want(), 1e-6)
	}
}
