package inference

import (
	"path/filepath"
	"testing"

	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
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

// BenchmarkGemmMLP: a Gemm-heavy MLP, 784-512-512-10 (bench/mlpgen writes the same model).
func BenchmarkGemmMLP(b *testing.B) {
	m, err := onnx.Decode(onnxbuild.MLP([]int64{784, 512, 512, 10}, 1), onnx.DefaultLimits)
	if err != nil {
		b.Fatal(err)
	}
	p, err := Compile(m, DefaultOptions)
	if err != nil {
		b.Fatal(err)
	}
	in := make([]int64, 784)
	for i := range in {
		in[i], _ = Quantize(0.5, DefaultScale)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := Run(p, [][]int64{in}); err != nil {
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
