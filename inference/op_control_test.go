package inference

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

const (
	tFloat = onnxpb.TensorProto_FLOAT
	tBool  = onnxpb.TensorProto_BOOL
	tInt64 = onnxpb.TensorProto_INT64
)

// compileErr compiles g and returns the error (decoding must succeed).
func compileErr(t *testing.T, g *onnxbuild.Graph) error {
	t.Helper()
	m, err := onnx.Decode(g.Bytes(), onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile(m, DefaultOptions)
	return err
}

func countOps(p *Program, op OpCode) int {
	n := 0
	for _, s := range p.Steps {
		if s.Op == op {
			n++
		}
	}
	return n
}

// ifGraph: y = If(cond) then x·x + k else -x, z = If(cond) then Relu(x) else x, where k = x + x is
// defined after the If (the branch reads it from the enclosing scope).
func ifGraph(cond *onnxpb.TensorProto) *onnxbuild.Graph {
	then := onnxbuild.Subgraph("then").
		Node("Mul", []string{"x", "x"}, []string{"sq"}).Node("Add", []string{"sq", "k"}, []string{"t"}).
		Node("Relu", []string{"x"}, []string{"t2"}).
		Output("t", tFloat, 2, 2).Output("t2", tFloat, 2, 2)
	els := onnxbuild.Subgraph("else").Node("Neg", []string{"x"}, []string{"e"}).
		Node("Identity", []string{"x"}, []string{"e2"}).Output("e", tFloat, 2, 2).Output("e2", tFloat, 2, 2)
	g := onnxbuild.NewGraph(16).Input("x", tFloat, 2, 2)
	if cond != nil {
		g.Init("c", cond)
	} else {
		g.Input("c", tBool)
	}
	return g.Node("If", []string{"c"}, []string{"y", "z"}, onnxbuild.A("then_branch", then), onnxbuild.A("else_branch", els)).
		Node("Add", []string{"x", "x"}, []string{"k"}).
		Output("y", tFloat, 2, 2).Output("z", tFloat, 2, 2)
}

func TestIfOnAConstantInlinesTheTakenBranch(t *testing.T) {
	x := []float64{1.5, -2, 0.25, 3}
	for _, c := range []bool{true, false} {
		p := compileGraph(t, ifGraph(onnxbuild.Bools(nil, c)))
		if n := countOps(p, OpWhere); n != 0 {
			t.Errorf("cond %v: %d Where steps for a constant condition", c, n)
		}
		out := runReal(t, p, x)
		for i, v := range x {
			y, z := -v, v
			if c {
				y, z = v*v+2*v, math.Max(v, 0)
			}
			near(t, "y", out[0][i:i+1], []float64{y}, 1e-5)
			near(t, "z", out[1][i:i+1], []float64{z}, 1e-5)
		}
	}
	// The branch not taken is not compiled: an op the engine lacks there does not matter.
	bad := onnxbuild.Subgraph("else").Node("NoSuchOp", []string{"x"}, []string{"e"}).Output("e", tFloat, 2)
	good := onnxbuild.Subgraph("then").Node("Neg", []string{"x"}, []string{"t"}).Output("t", tFloat, 2)
	g := onnxbuild.NewGraph(16).Input("x", tFloat, 2).Init("c", onnxbuild.Bools(nil, true)).
		Node("If", []string{"c"}, []string{"y"}, onnxbuild.A("then_branch", good), onnxbuild.A("else_branch", bad)).Output("y", tFloat, 2)
	near(t, "y", runReal(t, compileGraph(t, g), []float64{1, -2})[0], []float64{-1, 2}, 0)
}

func TestIfOnARunTimeConditionSelects(t *testing.T) {
	p := compileGraph(t, ifGraph(nil))
	if n := countOps(p, OpWhere); n != 2 {
		t.Errorf("%d Where steps, want one per output", n)
	}
	x := []float64{1.5, -2, 0.25, 3}
	for _, c := range []float64{1, 0} {
		out := runReal(t, p, x, []float64{c})
		for i, v := range x {
			y, z := -v, v
			if c == 1 {
				y, z = v*v+2*v, math.Max(v, 0)
			}
			near(t, "y", out[0][i:i+1], []float64{y}, 1e-5)
			near(t, "z", out[1][i:i+1], []float64{z}, 1e-5)
		}
	}
}

func TestIfOnARunTimeConditionRefusesBranchesOfDifferentShapes(t *testing.T) {
	then := onnxbuild.Subgraph("then").Node("Neg", []string{"x"}, []string{"t"}).Output("t", tFloat, 2)
	els := onnxbuild.Subgraph("else").Init("w", onnxbuild.Floats([]int64{3}, 1, 2, 3)).Node("Identity", []string{"w"}, []string{"e"}).Output("e", tFloat, 3)
	g := onnxbuild.NewGraph(16).Input("x", tFloat, 2).Input("c", tBool).
		Node("If", []string{"c"}, []string{"y"}, onnxbuild.A("then_branch", then), onnxbuild.A("else_branch", els)).Output("y", tFloat, 2)
	err := compileErr(t, g)
	var ue *UnsupportedError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "If_0") || !strings.Contains(err.Error(), "[2]") || !strings.Contains(err.Error(), "[3]") {
		t.Fatalf("got %v, want an UnsupportedError naming the node and both shapes", err)
	}
}

// loopGraph: acc_{i+1} = acc_i·i + x for M iterations, scan outputs Σacc and acc per iteration.
func loopGraph(m *onnxpb.TensorProto) *onnxbuild.Graph {
	body := onnxbuild.Subgraph("body").
		Input("i", tInt64).Input("cond_in", tBool).Input("acc_in", tFloat, 3).
		Node("Cast", []string{"i"}, []string{"fi"}, onnxbuild.A("to", int(tFloat))).
		Node("Mul", []string{"acc_in", "fi"}, []string{"m"}).
		Node("Add", []string{"m", "x"}, []string{"acc_out"}).
		Node("Identity", []string{"cond_in"}, []string{"cond_out"}).
		Node("ReduceSum", []string{"acc_out"}, []string{"s"}, onnxbuild.A("keepdims", 0)).
		Output("cond_out", tBool).Output("acc_out", tFloat, 3).Output("s", tFloat).Output("acc_out", tFloat, 3)
	g := onnxbuild.NewGraph(13).Input("x", tFloat, 3).Input("a0", tFloat, 3)
	if m != nil {
		g.Init("M", m)
	} else {
		g.Input("M", tInt64)
	}
	return g.Node("Loop", []string{"M", "", "a0"}, []string{"acc", "sums", "accs"}, onnxbuild.A("body", body)).
		Output("acc", tFloat, 3).Output("sums", tFloat, 4).Output("accs", tFloat, 4, 3)
}

func TestLoopUnrolls(t *testing.T) {
	p := compileGraph(t, loopGraph(onnxbuild.Ints(nil, 4)))
	x, a0 := []float64{0.5, -1, 0.25}, []float64{1, 2, -0.5}
	out := runReal(t, p, x, a0)
	acc := append([]float64{}, a0...)
	var sums, accs []float64
	for i := range 4 {
		s := 0.0
		for k := range acc {
			acc[k] = acc[k]*float64(i) + x[k]
			s += acc[k]
		}
		sums = append(sums, s)
		accs = append(accs, acc...)
	}
	near(t, "acc", out[0], acc, 1e-4)
	near(t, "sums", out[1], sums, 1e-4)
	near(t, "accs", out[2], accs, 1e-4)
	if v := p.Values[p.Outputs[2]]; !sameShape(v.Shape, []int64{4, 3}) {
		t.Errorf("scan output shape %v", v.Shape)
	}
}

// A loop without a trip count runs while its condition, computed from the iteration number (a
// constant in each unrolled copy), holds.
func TestLoopWhileTheConditionIsConstant(t *testing.T) {
	body := onnxbuild.Subgraph("body").Input("i", tInt64).Input("c", tBool).Input("v_in", tFloat, 2).
		Node("Add", []string{"v_in", "x"}, []string{"v_out"}).
		Node("Constant", nil, []string{"two"}, onnxbuild.A("value", onnxbuild.Ints(nil, 2))).
		Node("Less", []string{"i", "two"}, []string{"c_out"}).
		Output("c_out", tBool).Output("v_out", tFloat, 2)
	g := onnxbuild.NewGraph(13).Input("x", tFloat, 2).Init("t", onnxbuild.Bools(nil, true)).
		Node("Loop", []string{"", "t", "x"}, []string{"v"}, onnxbuild.A("body", body)).Output("v", tFloat, 2)
	// Iterations 0, 1, 2 run (the condition turns false after 2): v = x + 3x.
	near(t, "v", runReal(t, compileGraph(t, g), []float64{0.5, -1})[0], []float64{2, -4}, 1e-6)
}

func TestLoopRefusesADataDependentTripCount(t *testing.T) {
	if err := compileErr(t, loopGraph(nil)); !errors.Is(err, ErrNeedsConstant) || !strings.Contains(err.Error(), "trip count") {
		t.Errorf("trip count from an input: got %v, want ErrNeedsConstant naming the trip count", err)
	}
	body := onnxbuild.Subgraph("body").Input("i", tInt64).Input("c", tBool).Input("v_in", tFloat, 2).
		Node("Add", []string{"v_in", "x"}, []string{"v_out"}).
		Node("ReduceSum", []string{"v_out"}, []string{"s"}, onnxbuild.A("keepdims", 0)).
		Init("lim", onnxbuild.Floats(nil, 10)).
		Node("Less", []string{"s", "lim"}, []string{"c_out"}).
		Output("c_out", tBool).Output("v_out", tFloat, 2)
	g := onnxbuild.NewGraph(13).Input("x", tFloat, 2).Init("M", onnxbuild.Ints(nil, 5)).
		Node("Loop", []string{"M", "", "x"}, []string{"v"}, onnxbuild.A("body", body)).Output("v", tFloat, 2)
	var ue *UnsupportedError
	if err := compileErr(t, g); !errors.As(err, &ue) || !strings.Contains(err.Error(), "data-dependent trip count") {
		t.Errorf("condition from the data: got %v, want an UnsupportedError", err)
	}
}

// A huge trip count is refused by the unrolling bound (lowered here to keep the test short), even
// when the body is empty.
func TestLoopRefusesAHugeUnrolling(t *testing.T) {
	defer func(n int) { maxLoweredNodes = n }(maxLoweredNodes)
	maxLoweredNodes = 1 << 12
	body := onnxbuild.Subgraph("body").Input("i", tInt64).Input("c", tBool).Input("v", tFloat, 2).
		Output("c", tBool).Output("v", tFloat, 2)
	g := onnxbuild.NewGraph(13).Input("x", tFloat, 2).Init("M", onnxbuild.Ints(nil, 1<<40)).
		Node("Loop", []string{"M", "", "x"}, []string{"v"}, onnxbuild.A("body", body)).Output("v", tFloat, 2)
	if err := compileErr(t, g); !errors.Is(err, ErrTooLarge) {
		t.Errorf("got %v, want ErrTooLarge", err)
	}
	// Without a trip count, a condition that stays true is refused the same way.
	g = onnxbuild.NewGraph(13).Input("x", tFloat, 2).Init("t", onnxbuild.Bools(nil, true)).
		Node("Loop", []string{"", "t", "x"}, []string{"v"}, onnxbuild.A("body", body)).Output("v", tFloat, 2)
	if err := compileErr(t, g); !errors.Is(err, ErrTooLarge) {
		t.Errorf("endless loop: got %v, want ErrTooLarge", err)
	}
}

// Scan with two states and two scan inputs: input 0 scanned along axis 1 in reverse, input 1
// along axis 0; output 0 stacked on the last axis, output 1 reversed.
func TestScanAxesAndDirections(t *testing.T) {
	body := onnxbuild.Subgraph("body").
		Input("s_in", tFloat, 2).Input("p_in", tFloat, 2).Input("a", tFloat, 2).Input("b", tFloat, 2).
		Node("Add", []string{"s_in", "a"}, []string{"s_out"}).
		Node("Mul", []string{"p_in", "b"}, []string{"p_out"}).
		Node("Sub", []string{"s_out", "b"}, []string{"o1"}).
		Output("s_out", tFloat, 2).Output("p_out", tFloat, 2).Output("o1", tFloat, 2).Output("p_out", tFloat, 2)
	g := onnxbuild.NewGraph(16).Input("s0", tFloat, 2).Input("p0", tFloat, 2).Input("A", tFloat, 2, 3).Input("B", tFloat, 3, 2).
		Node("Scan", []string{"s0", "p0", "A", "B"}, []string{"s", "p", "O1", "O2"}, onnxbuild.A("body", body),
			onnxbuild.A("num_scan_inputs", 2), onnxbuild.A("scan_input_axes", []int64{1, 0}), onnxbuild.A("scan_input_directions", []int64{1, 0}),
			onnxbuild.A("scan_output_axes", []int64{-1, 0}), onnxbuild.A("scan_output_directions", []int64{0, 1})).
		Output("s", tFloat, 2).Output("p", tFloat, 2).Output("O1", tFloat, 2, 3).Output("O2", tFloat, 3, 2)
	s0, p0 := []float64{0.5, -1}, []float64{1, 2}
	A := []float64{1, 2, 3, 4, 5, 6} // [2, 3]
	B := []float64{0.5, 1.5, 2, 0.25, 1, -1}
	out := runReal(t, compileGraph(t, g), s0, p0, A, B)
	s, p := append([]float64{}, s0...), append([]float64{}, p0...)
	O1 := make([]float64, 6) // [2, 3]: element k at [k, t]
	var o2 [][]float64
	for it := range 3 {
		col := 2 - it // reverse along axis 1
		for k := range 2 {
			s[k] += A[k*3+col]
			p[k] *= B[it*2+k]
			O1[k*3+it] = s[k] - B[it*2+k]
		}
		o2 = append(o2, append([]float64{}, p...))
	}
	var O2 []float64
	for it := 2; it >= 0; it-- {
		O2 = append(O2, o2[it]...)
	}
	near(t, "s", out[0], s, 1e-5)
	near(t, "p", out[1], p, 1e-5)
	near(t, "O1", out[2], O1, 1e-5)
	near(t, "O2", out[3], O2, 1e-5)
}

// Loops nest, and an If inside a body on the iteration number is decided at compile time.
func TestNestedControlFlow(t *testing.T) {
	then := onnxbuild.Subgraph("then").Node("Add", []string{"v_in", "w"}, []string{"r1"}).Output("r1", tFloat, 2)
	els := onnxbuild.Subgraph("else").Node("Sub", []string{"v_in", "w"}, []string{"r2"}).Output("r2", tFloat, 2)
	body := onnxbuild.Subgraph("body").Input("i", tInt64).Input("c", tBool).Input("v_in", tFloat, 2).
		Node("Constant", nil, []string{"one"}, onnxbuild.A("value", onnxbuild.Ints(nil, 1))).
		Node("Greater", []string{"i", "one"}, []string{"big"}).
		Node("If", []string{"big"}, []string{"v_out"}, onnxbuild.A("then_branch", then), onnxbuild.A("else_branch", els)).
		Output("c", tBool).Output("v_out", tFloat, 2)
	g := onnxbuild.NewGraph(13).Input("x", tFloat, 2).Init("M", onnxbuild.Ints(nil, 4)).
		Node("Loop", []string{"M", "", "x"}, []string{"v"}, onnxbuild.A("body", body)).
		Node("Relu", []string{"x"}, []string{"w"}).Output("v", tFloat, 2)
	p := compileGraph(t, g)
	if countOps(p, OpWhere) != 0 {
		t.Error("an If on the iteration number compiled a Where")
	}
	// v = x − 2·relu(x) + 2·relu(x) = x
	near(t, "v", runReal(t, p, []float64{0.75, -1.5})[0], []float64{0.75, -1.5}, 1e-6)
	for _, s := range p.Steps {
		if !strings.HasPrefix(s.Node, "Loop_0[") {
			continue
		}
		if !strings.Contains(s.Node, "]/If_2.") {
			t.Errorf("step label %q does not name the iteration and branch", s.Node)
		}
	}
}
