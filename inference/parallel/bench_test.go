package parallel

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/auspex-labs/auspex/inference"
	"github.com/auspex-labs/auspex/inference/onnx"
	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
	"github.com/auspex-labs/auspex/inference/trace"
)

// benchModels are the issue-18 models at hand in a test: the Gemm MLP 784-512-512-10 and, when
// ../shared/data is there, mnist-8 and burn-mnist-cnn.
func benchModels(b *testing.B) map[string][]byte {
	ms := map[string][]byte{"GemmMLP": onnxbuild.MLP([]int64{784, 512, 512, 10}, 1)}
	for name, rel := range map[string]string{"Mnist8": "mnist-8", "BurnMnistCNN": "burn-mnist-cnn"} {
		if data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "data", "models", rel, "model.onnx")); err == nil {
			ms[name] = data
		}
	}
	return ms
}

// BenchmarkWorkers times a run alone and a run with its trace commitment (what a node does per
// request, constants precomputed), with 1 and 2 workers:
// go test ./inference/parallel -run '^$' -bench Workers.
func BenchmarkWorkers(b *testing.B) {
	models := benchModels(b)
	for _, name := range []string{"Mnist8", "BurnMnistCNN", "GemmMLP"} {
		data, ok := models[name]
		if !ok {
			continue
		}
		m, err := onnx.Decode(data, onnx.DefaultLimits)
		if err != nil {
			b.Fatal(err)
		}
		p, err := inference.Compile(m, inference.DefaultOptions)
		if err != nil {
			b.Fatal(err)
		}
		p.PrecomputeCommitments()
		in := make([][]int64, len(p.Inputs))
		for i, id := range p.Inputs {
			in[i] = make([]int64, p.Values[id].Len())
			for k := range in[i] {
				in[i][k] = int64(k*7919%255) << 16 // varied, like a real image: no zero subtrees
			}
		}
		for _, w := range []int{1, 2} {
			r := Runner(w)
			b.Run(fmt.Sprintf("%s/run/workers=%d", name, w), func(b *testing.B) {
				for range b.N {
					if _, err := r.Run(p, in); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(fmt.Sprintf("%s/trace/workers=%d", name, w), func(b *testing.B) {
				for range b.N {
					if _, err := trace.NewRunWith(r, p, in); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
