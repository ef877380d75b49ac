package fraudproof

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/auspex-labs/auspex/inference/parallel"
	"github.com/auspex-labs/auspex/modelregistry"
)

// BenchmarkNodeRequest times what a node does per request on mnist-8 with a real digit: the
// answer it proposes or checks (a run: NewAnswerWith) and the claim a dispute game needs (the run
// with its trace commitment: NewClaimWith), which is built only for a challenged request:
// GOEXPERIMENT=simd go test ./fraudproof -run '^$' -bench NodeRequest.
func BenchmarkNodeRequest(b *testing.B) {
	art, err := modelregistry.BuildFile(filepath.Join("..", "models", "mnist-8", "model.onnx"))
	if err != nil {
		b.Fatal(err)
	}
	digits, err := os.ReadFile(filepath.Join("..", "examples", "mnist", "digits-784x4.u8"))
	if err != nil {
		b.Fatal(err)
	}
	p, input := art.Program, digits[:784]
	p.PrecomputeCommitments()
	for _, w := range []int{1, 2} {
		r := parallel.Runner(w)
		b.Run(fmt.Sprintf("answer/workers=%d", w), func(b *testing.B) {
			for range b.N {
				if _, err := NewAnswerWith(r, p, input, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("claim/workers=%d", w), func(b *testing.B) {
			for range b.N {
				if _, err := NewClaimWith(r, p, input, 1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
