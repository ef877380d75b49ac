package inference

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

const ml = "ai.onnx.ml"

var (
	f32 = onnxpb.TensorProto_FLOAT
	i64 = onnxpb.TensorProto_INT64
)

// randomTrees is a regressor ensemble of random trees over F features with every v3 node
// mode, thresholds on a grid of 1/4 (so inputs on that grid hit them exactly).
type randomTrees struct {
	tree, node, feat, tn, fn []int64
	modes                    []string
	vals                     []float32
	wTree, wNode, wTarget    []int64
	weights                  []float32
}

func newRandomTrees(rng *rand.Rand, trees, depth, F, targets int) *randomTrees {
	r := &randomTrees{}
	modes := []string{"BRANCH_LEQ", "BRANCH_LT", "BRANCH_GTE", "BRANCH_GT", "BRANCH_EQ", "BRANCH_NEQ"}
	for t := range trees {
		next := int64(0)
		var build func(d int) int64
		build = func(d int) int64 {
			id := next
			next++
			k := len(r.node)
			r.tree, r.node = append(r.tree, int64(t)), append(r.node, id)
			r.feat, r.tn, r.fn = append(r.feat, 0), append(r.tn, 0), append(r.fn, 0)
			if d == depth || (d > 0 && rng.IntN(5) == 0) {
				r.modes, r.vals = append(r.modes, "LEAF"), append(r.vals, 0)
				for tg := range targets {
					r.wTree, r.wNode, r.wTarget = append(r.wTree, int64(t)), append(r.wNode, id), append(r.wTarget, int64(tg))
					r.weights = append(r.weights, float32(rng.NormFloat64()))
				}
				return id
			}
			r.feat[k] = int64(rng.IntN(F))
			r.modes, r.vals = append(r.modes, modes[rng.IntN(len(modes))]), append(r.vals, float32(rng.IntN(17)-8)/4)
			r.tn[k] = build(d + 1)
			r.fn[k] = build(d + 1)
			return id
		}
		build(0)
	}
	return r
}

func (r *randomTrees) attrs() []onnxbuild.Attr {
	return []onnxbuild.Attr{
		onnxbuild.A("nodes_treeids", r.tree), onnxbuild.A("nodes_nodeids", r.node), onnxbuild.A("nodes_featureids", r.feat),
		onnxbuild.A("nodes_modes", r.modes), onnxbuild.A("nodes_values", r.vals),
		onnxbuild.A("nodes_truenodeids", r.tn), onnxbuild.A("nodes_falsenodeids", r.fn),
		onnxbuild.A("target_treeids", r.wTree), onnxbuild.A("target_nodeids", r.wNode), onnxbuild.A("target_ids", r.wTarget),
		onnxbuild.A("target_weights", r.weights),
	}
}

// eval walks every tree in float32, as onnxruntime does, and sums the reached leaves' weights.
func (r *randomTrees) eval(x []float32, targets int) []float64 {
	out := make([]float64, targets)
	at := map[[2]int64]int{}
	for i := range r.node {
		at[[2]int64{r.tree[i], r.node[i]}] = i
	}
	for i := range r.node {
		if r.node[i] != 0 {
			continue
		}
		for r.modes[i] != "LEAF" {
			v, t := x[r.feat[i]], r.vals[i]
			var ok bool
			switch r.modes[i] {
			case "BRANCH_LEQ":
				ok = v <= t
			case "BRANCH_LT":
				ok = v < t
			case "BRANCH_GTE":
				ok = v >= t
			case "BRANCH_GT":
				ok = v > t
			case "BRANCH_EQ":
				ok = v == t
			case "BRANCH_NEQ":
				ok = v != t
			}
			next := r.fn[i]
			if ok {
				next = r.tn[i]
			}
			i = at[[2]int64{r.tree[i], next}]
		}
		for k := range r.wNode {
			if r.wTree[k] == r.tree[i] && r.wNode[k] == r.node[i] {
				out[r.wTarget[k]] += float64(r.weights[k])
			}
		}
	}
	return out
}

// TestTreeEnsembleMatchesTraversal: random ensembles with every node mode, in each path layout
// (one block, one block per tree, sparse), against a float32 traversal, on inputs on the threshold
// grid so equalities occur.
func TestTreeEnsembleMatchesTraversal(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 1))
	defer func() { forceTreeLayout = "" }()
	for _, tc := range []struct {
		trees, depth, F, targets int
		layout                   string
	}{{1, 5, 3, 1, "one"}, {3, 3, 4, 2, "one"}, {3, 3, 4, 2, "per-tree"}, {40, 5, 6, 3, "per-tree"}, {40, 5, 6, 3, "sparse"}, {2, 4, 3, 2, ""}} {
		forceTreeLayout = tc.layout
		r := newRandomTrees(rng, tc.trees, tc.depth, tc.F, tc.targets)
		const N = 64
		g := onnxbuild.NewGraph(17).Import(ml, 3).Input("X", f32, N, tc.F).
			DomainNode(ml, "TreeEnsembleRegressor", []string{"X"}, []string{"Y"},
				append(r.attrs(), onnxbuild.A("n_targets", tc.targets))...).
			Output("Y", f32, N, tc.targets)
		p := compileGraph(t, g)
		x := make([]float64, N*tc.F)
		for i := range x {
			x[i] = float64(rng.IntN(21)-10) / 4
		}
		got := runReal(t, p, x)[0]
		for row := range N {
			xs := make([]float32, tc.F)
			for k := range xs {
				xs[k] = float32(x[row*tc.F+k])
			}
			want := r.eval(xs, tc.targets)
			for k, w := range want {
				if d := math.Abs(got[row*tc.targets+k] - w); d > 1e-5 {
					t.Fatalf("%d trees, layout %q: row %d target %d = %.7f, want %.7f", tc.trees, tc.layout, row, k, got[row*tc.targets+k], w)
				}
			}
		}
	}
}

// oneSplit is a regressor of one split on feature 0 (true leaf 1, false leaf 0).
func oneSplit(mode string, thr float32, N int) *onnxbuild.Graph {
	return onnxbuild.NewGraph(17).Import(ml, 1).Input("X", f32, N, 1).
		DomainNode(ml, "TreeEnsembleRegressor", []string{"X"}, []string{"Y"},
			onnxbuild.A("nodes_treeids", []int64{0, 0, 0}), onnxbuild.A("nodes_nodeids", []int64{0, 1, 2}),
			onnxbuild.A("nodes_featureids", []int64{0, 0, 0}), onnxbuild.A("nodes_modes", []string{mode, "LEAF", "LEAF"}),
			onnxbuild.A("nodes_values", []float32{thr, 0, 0}),
			onnxbuild.A("nodes_truenodeids", []int64{1, 0, 0}), onnxbuild.A("nodes_falsenodeids", []int64{2, 0, 0}),
			onnxbuild.A("target_treeids", []int64{0, 0}), onnxbuild.A("target_nodeids", []int64{1, 2}),
			onnxbuild.A("target_ids", []int64{0, 0}), onnxbuild.A("target_weights", []float32{1, 0}),
			onnxbuild.A("n_targets", 1)).
		Output("Y", f32, N, 1)
}

// TestTreeThresholdsMatchFloat32: an input arrives as round(x·2^24) and a threshold is rounded
// the same way, so float32's comparison is reproduced for x = t at any t, for the float32 values
// next to t where float32's spacing exceeds the quantum (|t| ≥ 1), and for inputs two quanta away.
func TestTreeThresholdsMatchFloat32(t *testing.T) {
	for _, thr := range []float32{0.1, -0.1, 0.5, 1.1, -3.3, 1000.25} {
		quantum := math.Ldexp(1, -DefaultScale)
		xs := []float64{float64(thr), float64(thr) - 2*quantum, float64(thr) + 2*quantum}
		if math.Abs(float64(thr)) >= 1 {
			xs = append(xs, float64(math.Nextafter32(thr, float32(math.Inf(-1)))), float64(math.Nextafter32(thr, float32(math.Inf(1)))))
		}
		for _, mode := range []string{"BRANCH_LEQ", "BRANCH_LT", "BRANCH_GTE", "BRANCH_GT", "BRANCH_EQ", "BRANCH_NEQ"} {
			got := runReal(t, compileGraph(t, oneSplit(mode, thr, len(xs))), xs)[0]
			for i, x := range xs {
				t32 := float64(thr)
				want := map[string]bool{"BRANCH_LEQ": x <= t32, "BRANCH_LT": x < t32, "BRANCH_GTE": x >= t32,
					"BRANCH_GT": x > t32, "BRANCH_EQ": x == t32, "BRANCH_NEQ": x != t32}[mode]
				if (got[i] == 1) != want {
					t.Errorf("%s %v at x = %v: got %v", mode, thr, x, got[i])
				}
			}
		}
	}
}

// TestTreeClassifierBinaryLogistic: XGBoost's export (one class id, one base value, LOGISTIC):
// probabilities [σ(−v), σ(v)] and label classlabels[1] iff v > 0, as onnxruntime computes.
func TestTreeClassifierBinaryLogistic(t *testing.T) {
	g := onnxbuild.NewGraph(17).Import(ml, 1).Input("X", f32, 3, 1).
		DomainNode(ml, "TreeEnsembleClassifier", []string{"X"}, []string{"label", "probs"},
			onnxbuild.A("nodes_treeids", []int64{0, 0, 0}), onnxbuild.A("nodes_nodeids", []int64{0, 1, 2}),
			onnxbuild.A("nodes_featureids", []int64{0, 0, 0}), onnxbuild.A("nodes_modes", []string{"BRANCH_LT", "LEAF", "LEAF"}),
			onnxbuild.A("nodes_values", []float32{1.5, 0, 0}),
			onnxbuild.A("nodes_truenodeids", []int64{1, 0, 0}), onnxbuild.A("nodes_falsenodeids", []int64{2, 0, 0}),
			onnxbuild.A("class_treeids", []int64{0, 0}), onnxbuild.A("class_nodeids", []int64{1, 2}),
			onnxbuild.A("class_ids", []int64{0, 0}), onnxbuild.A("class_weights", []float32{-0.75, 1.25}),
			onnxbuild.A("base_values", []float32{0.25}), onnxbuild.A("classlabels_int64s", []int64{7, 9}),
			onnxbuild.A("post_transform", "LOGISTIC")).
		Output("label", i64, 3).Output("probs", f32, 3, 2)
	out := runReal(t, compileGraph(t, g), []float64{1, 1.5, 2})
	sig := func(v float64) float64 { return 1 / (1 + math.Exp(-v)) }
	for i, v := range []float64{-0.5, 1.5, 1.5} {
		wantLabel := 7.0
		if v > 0 {
			wantLabel = 9
		}
		if out[0][i] != wantLabel {
			t.Errorf("row %d: label %v, want %v", i, out[0][i], wantLabel)
		}
		for k, w := range []float64{sig(-v), sig(v)} {
			if d := math.Abs(out[1][2*i+k] - w); d > 1e-5 {
				t.Errorf("row %d: p%d = %v, want %v", i, k, out[1][2*i+k], w)
			}
		}
	}
}

// TestTreeClassifierStringLabels: a three-class SOFTMAX classifier with string labels outputs the
// label's index, and says so in the output's name; a class no leaf scores is left out of the
// label and counts as 0 in the softmax.
func TestTreeClassifierStringLabels(t *testing.T) {
	g := onnxbuild.NewGraph(17).Import(ml, 1).Input("X", f32, 2, 1).
		DomainNode(ml, "TreeEnsembleClassifier", []string{"X"}, []string{"label", "probs"},
			onnxbuild.A("nodes_treeids", []int64{0, 0, 0}), onnxbuild.A("nodes_nodeids", []int64{0, 1, 2}),
			onnxbuild.A("nodes_featureids", []int64{0, 0, 0}), onnxbuild.A("nodes_modes", []string{"BRANCH_LEQ", "LEAF", "LEAF"}),
			onnxbuild.A("nodes_values", []float32{0, 0, 0}),
			onnxbuild.A("nodes_truenodeids", []int64{1, 0, 0}), onnxbuild.A("nodes_falsenodeids", []int64{2, 0, 0}),
			onnxbuild.A("class_treeids", []int64{0, 0, 0, 0}), onnxbuild.A("class_nodeids", []int64{1, 1, 2, 2}),
			onnxbuild.A("class_ids", []int64{0, 2, 0, 2}), onnxbuild.A("class_weights", []float32{-1, -2, -3, -1}),
			onnxbuild.A("classlabels_strings", []string{"cat", "dog", "eel"}), onnxbuild.A("post_transform", "SOFTMAX")).
		Output("label", onnxpb.TensorProto_STRING, 2).Output("probs", f32, 2, 3)
	p := compileGraph(t, g)
	if name := p.Values[p.Outputs[0]].Name; !strings.Contains(name, "index into classlabels_strings cat,dog,eel") {
		t.Errorf("label output named %q", name)
	}
	out := runReal(t, p, []float64{-1, 1})
	if out[0][0] != 0 || out[0][1] != 2 {
		t.Errorf("labels %v, want [0 2] (cat: −1 > −2; eel: −1 > −3, dog unscored)", out[0])
	}
	for i, s := range [][]float64{{-1, 0, -2}, {-3, 0, -1}} {
		var sum float64
		for _, v := range s {
			sum += math.Exp(v)
		}
		for k, v := range s {
			if d := math.Abs(out[1][3*i+k] - math.Exp(v)/sum); d > 1e-5 {
				t.Errorf("row %d class %d: %v, want %v", i, k, out[1][3*i+k], math.Exp(v)/sum)
			}
		}
	}
}

// TestTreeEnsembleV5: ai.onnx.ml 5's TreeEnsemble with a set-membership node, double thresholds
// and MAX aggregation; a target no reached leaf scores is 0.
func TestTreeEnsembleV5(t *testing.T) {
	// Tree 0: x ∈ {1, 3, 4.5} ? leaf 0 (target 0: 5) : (x < 2 ? leaf 1 (target 1: 7) : leaf 2 (target 0: −1)).
	// Tree 1: x ≥ 4 ? leaf 3 (target 0: 2) : leaf 4 (target 1: −6).
	g := onnxbuild.NewGraph(21).Import(ml, 5).Input("X", f32, 5, 1).
		DomainNode(ml, "TreeEnsemble", []string{"X"}, []string{"Y"},
			onnxbuild.A("tree_roots", []int64{0, 2}),
			onnxbuild.A("nodes_featureids", []int64{0, 0, 0}),
			onnxbuild.A("nodes_modes", onnxbuild.Uint8s([]int64{3}, 6, 1, 2)),
			onnxbuild.A("nodes_splits", onnxbuild.Doubles([]int64{3}, math.NaN(), 2, 4)),
			onnxbuild.A("nodes_truenodeids", []int64{0, 1, 3}), onnxbuild.A("nodes_trueleafs", []int64{1, 1, 1}),
			onnxbuild.A("nodes_falsenodeids", []int64{1, 2, 4}), onnxbuild.A("nodes_falseleafs", []int64{0, 1, 1}),
			onnxbuild.A("membership_values", onnxbuild.Doubles([]int64{4}, 1, 3, 4.5, math.NaN())),
			onnxbuild.A("leaf_targetids", []int64{0, 1, 0, 0, 1}),
			onnxbuild.A("leaf_weights", onnxbuild.Doubles([]int64{5}, 5, 7, -1, 2, -6)),
			onnxbuild.A("n_targets", 2), onnxbuild.A("aggregate_function", 3)).
		Output("Y", f32, 5, 2)
	got := runReal(t, compileGraph(t, g), []float64{1, 1.5, 3.5, 4.5, 5})
	want := []float64{5, -6, 0, 7, -1, -6, 5, 0, 2, 0}
	for i := range want {
		if got[0][i] != want[i] {
			t.Fatalf("got %v, want %v", got[0], want)
		}
	}
}

// TestTreeProbitRefused: PROBIT is refused with its reason.
func TestTreeProbitRefused(t *testing.T) {
	g := oneSplit("BRANCH_LEQ", 0, 1)
	g.DomainNode(ml, "TreeEnsembleRegressor", []string{"X"}, []string{"Z"},
		onnxbuild.A("nodes_treeids", []int64{0}), onnxbuild.A("nodes_nodeids", []int64{0}),
		onnxbuild.A("nodes_featureids", []int64{0}), onnxbuild.A("nodes_modes", []string{"LEAF"}),
		onnxbuild.A("nodes_values", []float32{0}), onnxbuild.A("nodes_truenodeids", []int64{0}), onnxbuild.A("nodes_falsenodeids", []int64{0}),
		onnxbuild.A("target_treeids", []int64{0}), onnxbuild.A("target_nodeids", []int64{0}), onnxbuild.A("target_ids", []int64{0}),
		onnxbuild.A("target_weights", []float32{0.5}), onnxbuild.A("post_transform", "PROBIT"))
	_, err := tryCompile(g)
	var ue *UnsupportedError
	if !errorsAs(err, &ue) || !strings.Contains(err.Error(), "PROBIT") {
		t.Fatalf("err = %v", err)
	}
}

// TestRangedTreeInputsCompareAsFloat32: below 1 the default quantum rounds float32 neighbours of a
// threshold onto it; with the input's range declared its scale is 40 and they compare as float32.
func TestRangedTreeInputsCompareAsFloat32(t *testing.T) {
	thr := float32(0.1)
	xs := []float64{float64(math.Nextafter32(thr, 0)), float64(thr), float64(math.Nextafter32(thr, 1))}
	for _, mode := range []string{"BRANCH_LEQ", "BRANCH_LT"} {
		m, err := onnx.Decode(oneSplit(mode, thr, len(xs)).Bytes(), onnx.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		opt := DefaultOptions
		opt.InputRanges = map[string]Range{"X": {Lo: -0.25, Hi: 0.25}}
		p, err := Compile(m, opt)
		if err != nil {
			t.Fatal(err)
		}
		if s := p.Values[p.Inputs[0]].Scale; s != maxInputScale {
			t.Fatalf("input scale %d", s)
		}
		got := runReal(t, p, xs)[0]
		for i, x := range xs {
			want := x <= float64(thr)
			if mode == "BRANCH_LT" {
				want = x < float64(thr)
			}
			if (got[i] == 1) != want {
				t.Errorf("%s %v at x = %v: got %v", mode, thr, x, got[i])
			}
		}
	}
}
