package zk

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/onnxpb"
	"github.com/auspex-labs/auspex/modelregistry"
)

// TestTreeEnsemblesHaveCircuits: tree-ensemble classifiers (issue 17) lower to ops with circuits,
// their labels included (no ArgMax, no data-dependent Gather): a three-class SOFTMAX forest and
// an XGBoost-style binary LOGISTIC one satisfy their circuits, and a wrong output does not.
func TestTreeEnsemblesHaveCircuits(t *testing.T) {
	A := onnxbuild.A
	f32 := onnxpb.TensorProto_FLOAT
	nodes := []onnxbuild.Attr{
		A("nodes_treeids", []int64{0, 0, 0, 0, 0, 1, 1, 1}), A("nodes_nodeids", []int64{0, 1, 2, 3, 4, 0, 1, 2}),
		A("nodes_featureids", []int64{0, 1, 0, 0, 0, 1, 0, 0}),
		A("nodes_modes", []string{"BRANCH_LEQ", "BRANCH_LT", "LEAF", "LEAF", "LEAF", "BRANCH_GT", "LEAF", "LEAF"}),
		A("nodes_values", []float32{0.25, -0.5, 0, 0, 0, 0.75, 0, 0}),
		A("nodes_truenodeids", []int64{1, 2, 0, 0, 0, 1, 0, 0}), A("nodes_falsenodeids", []int64{4, 3, 0, 0, 0, 2, 0, 0}),
	}
	multi := append(append([]onnxbuild.Attr{}, nodes...),
		A("class_treeids", []int64{0, 0, 0, 0, 1, 1}), A("class_nodeids", []int64{2, 3, 4, 4, 1, 2}),
		A("class_ids", []int64{0, 1, 2, 0, 1, 2}), A("class_weights", []float32{0.5, 0.75, 1, 0.25, 0.5, 0.125}),
		A("classlabels_int64s", []int64{3, 5, 9}), A("post_transform", "SOFTMAX"))
	binary := append(append([]onnxbuild.Attr{}, nodes...),
		A("class_treeids", []int64{0, 0, 0, 1, 1}), A("class_nodeids", []int64{2, 3, 4, 1, 2}),
		A("class_ids", []int64{0, 0, 0, 0, 0}), A("class_weights", []float32{-0.5, 0.75, 1, 0.25, -0.125}),
		A("base_values", []float32{0.1}), A("classlabels_int64s", []int64{0, 1}), A("post_transform", "LOGISTIC"))
	for name, attrs := range map[string][]onnxbuild.Attr{"softmax": multi, "binary": binary} {
		t.Run(name, func(t *testing.T) {
			nc := 3
			if name == "binary" {
				nc = 2
			}
			g := onnxbuild.NewGraph(17).Import("ai.onnx.ml", 1).Input("X", f32, 1, 2).
				DomainNode("ai.onnx.ml", "TreeEnsembleClassifier", []string{"X"}, []string{"label", "probs"}, attrs...).
				Output("label", onnxpb.TensorProto_INT64, 1).Output("probs", f32, 1, nc)
			path := filepath.Join(t.TempDir(), "model.onnx")
			if err := os.WriteFile(path, g.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			art, err := modelregistry.BuildFile(path)
			if err != nil {
				t.Fatal(err)
			}
			c, err := New(art.Program, FormatInt64, ChecksLookup)
			if err != nil {
				t.Fatalf("no circuit: %v", err)
			}
			for seed := uint64(1); seed <= 4; seed++ {
				tr := randomTrace(t, art.Program, seed)
				if err := test.IsSolved(c, assign(t, c, tr), ecc.BN254.ScalarField()); err != nil {
					t.Fatalf("the engine's run does not satisfy the circuit: %v", err)
				}
				for k := range c.Out {
					bad := assign(t, c, tr)
					bad.Out[k] = tr.Values[art.Program.Outputs[0]][0] + 1
					if k > 0 {
						bad.Out[k] = tr.Values[art.Program.Outputs[1]][k-1] + 1
					}
					if err := test.IsSolved(c, bad, ecc.BN254.ScalarField()); err == nil {
						t.Fatalf("output %d changed satisfies the circuit", k)
					}
				}
			}
		})
	}
}
