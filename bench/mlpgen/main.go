// Command mlpgen writes the Gemm-heavy MLP benchmark model (784-512-512-10, seeded weights) that
// inference's BenchmarkGemmMLP runs, so bench/speed.sh can time onnxruntime on it too.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/auspex-labs/auspex/inference/onnx/onnxbuild"
)

func main() {
	out := flag.String("out", "gemm-mlp.onnx", "where to write the model")
	flag.Parse()
	if err := os.WriteFile(*out, onnxbuild.MLP([]int64{784, 512, 512, 10}, 1), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "mlpgen:", err)
		os.Exit(1)
	}
}
