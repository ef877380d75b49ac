package inference

import (
	"path/filepath"
	"testing"
)

// benchModel compiles a shared model and times Run on a fixed input (the same value in every
// element, so the work is the full model's).
func benchModel(b *testing.B, rel string, x float64) {
	p, err := Compile(loadModel(b, filepath.Join(sharedDir(b), rel)), DefaultOptions)
	if err != nil {
		b.Fatal(err)
	}
	inputs := make([][]int64, len(p.Inputs))
	for i, id := range p.Inputs {
		inputs[i] = make([]int64, p.Values[id].Len())
		q, _ := Quantize(x, p.Values[id].Scale)
		for k := range inputs[i] {
			inputs[i][k] = q
		}
	}
	b.ResetTimer()
	for range b.N {
		if _, err := Run(p, inputs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMnist8(b *testing.B)       { benchModel(b, "models/mnist-8/model.onnx", 0.5) }
func BenchmarkBurnMnistCNN(b *testing.B) { benchModel(b, "models/burn-mnist-cnn/model.onnx", 0.5) }
func BenchmarkGonnxMLP(b *testing.B)     { benchModel(b, "models/gonnx-mlp/model.onnx", 0.5) }
func BenchmarkVelardoSumMLP(b *testing.B) {
	benchModel(b, "models/velardo-sum-mlp-sigmoid/model.onnx", 0.25)
}
