package inference

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/auspex-labs/auspex/inference/internal/testmodel"
	"github.com/auspex-labs/auspex/internal/testutil"
)

// The shared-data helpers every test of the package uses.
var (
	sharedDir  = testutil.SharedData
	loadModel  = testmodel.Load
	loadTensor = testmodel.Tensor
)

func TestMnist8TestData(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "models", "mnist-8")
	m := loadModel(t, filepath.Join(dir, "model.onnx"))
	p, err := Compile(m, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(p)
	for _, set := range []string{"test_data_set_0", "test_data_set_1", "test_data_set_2"} {
		x := loadTensor(t, filepath.Join(dir, set, "input_0.pb"))
		want := loadTensor(t, filepath.Join(dir, set, "output_0.pb"))
		in := make([]int64, len(x.Floats))
		for i, f := range x.Floats {
			in[i], _ = Quantize(f, DefaultScale)
		}
		outs, err := Run(p, [][]int64{in})
		if err != nil {
			t.Fatal(err)
		}
		var maxDiff, maxAbs float64
		for i, q := range outs[0] {
			maxDiff = math.Max(maxDiff, math.Abs(Dequantize(q, DefaultScale)-want.Floats[i]))
			maxAbs = math.Max(maxAbs, math.Abs(want.Floats[i]))
		}
		t.Logf("%s: max |diff| %.5f over %d logits of magnitude up to %.0f", set, maxDiff, len(want.Floats), maxAbs)
		if maxDiff > 1e-4*maxAbs {
			t.Errorf("%s: max diff %g", set, maxDiff)
		}
	}
}
