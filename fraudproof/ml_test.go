package fraudproof

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
)

// TestTreeEnsembleIsDisputable: a tree-ensemble classifier (issue 17, lowered to existing ops:
// scale-0 condition columns, a path MatMul, Relu, a leaf-weight MatMul, softmax) passes
// CheckDisputable, and OneStepVerifier recomputes sampled elements of every step but the MatMuls
// (bisected) and Tables (proven against the table) exactly as the engine does.
func TestTreeEnsembleIsDisputable(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 17))
	const F, N, trees = 5, 6, 12
	var treeIDs, nodeIDs, feats, tn, fn, wTree, wNode, wClass []int64
	var modes []string
	var vals, weights []float32
	for tr := range trees {
		next := int64(0)
		var build func(d int) int64
		build = func(d int) int64 {
			id := next
			next++
			k := len(nodeIDs)
			treeIDs, nodeIDs, feats, tn, fn = append(treeIDs, int64(tr)), append(nodeIDs, id), append(feats, 0), append(tn, 0), append(fn, 0)
			if d == 3 {
				modes, vals = append(modes, "LEAF"), append(vals, 0)
				for c := range 3 {
					wTree, wNode, wClass = append(wTree, int64(tr)), append(wNode, id), append(wClass, int64(c))
					weights = append(weights, float32(rng.NormFloat64()))
				}
				return id
			}
			feats[k] = int64(rng.IntN(F))
			modes = append(modes, []string{"BRANCH_LEQ", "BRANCH_LT", "BRANCH_EQ", "BRANCH_GT"}[rng.IntN(4)])
			vals = append(vals, float32(rng.IntN(9)-4)/2)
			tn[k] = build(d + 1)
			fn[k] = build(d + 1)
			return id
		}
		build(0)
	}
	A := onnxbuild.A
	f32 := onnxpb.TensorProto_FLOAT
	g := onnxbuild.NewGraph(17).Import("ai.onnx.ml", 3).Input("X", f32, N, F).
		DomainNode("ai.onnx.ml", "TreeEnsembleClassifier", []string{"X"}, []string{"label", "probs"},
			A("nodes_treeids", treeIDs), A("nodes_nodeids", nodeIDs), A("nodes_featureids", feats), A("nodes_modes", modes),
			A("nodes_values", vals), A("nodes_truenodeids", tn), A("nodes_falsenodeids", fn),
			A("class_treeids", wTree), A("class_nodeids", wNode), A("class_ids", wClass), A("class_weights", weights),
			A("classlabels_int64s", []int64{4, 5, 6}), A("post_transform", "SOFTMAX")).
		Output("label", onnxpb.TensorProto_INT64, N).Output("probs", f32, N, 3)
	m, err := onnx.Decode(g.Bytes(), onnx.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	p, err := inference.Compile(m, inference.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckDisputable(p); err != nil {
		t.Fatal(err)
	}
	x := make([]int64, N*F)
	for i := range x {
		x[i], _ = inference.Quantize(float64(rng.IntN(9)-4)/2, inference.DefaultScale)
	}
	vs, err := inference.Execute(p, [][]int64{x})
	if err != nil {
		t.Fatal(err)
	}
	_, v := deployVerifier(t)
	ctx := context.Background()
	checked := 0
	for i := range p.Steps {
		s := &p.Steps[i]
		if s.Op == inference.OpMatMul || s.Op == inference.OpTable || s.Op == inference.OpLog {
			continue
		}
		n := p.Values[s.Out].Len()
		for _, j := range []int64{0, n / 3, n / 2, n - 1} {
			leaves, want, err := ElementLeaves(p, i, j, vs)
			if err != nil {
				t.Fatalf("step %d (%s): %v", i, s.Op, err)
			}
			got, err := v.CallElementValue(ctx, inference.EncodeStepDesc(p.StepDesc(i)), uint64(j), leaves)
			if err != nil || got != want {
				t.Fatalf("step %d (%s) element %d: Solidity %d (%v), Go %d", i, s.Op, j, got, err, want)
			}
			checked++
		}
	}
	t.Logf("%d steps, %d elements recomputed on-chain", len(p.Steps), checked)
}
