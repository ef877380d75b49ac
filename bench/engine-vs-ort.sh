#!/usr/bin/env bash
# Side-by-side latency: the fixed-point engine (go test -bench, one goroutine) against onnxruntime
# (npm onnxruntime-node 1.30.0, CPU, one thread) on the same models and constant inputs, in one run.
# Needs ../shared/data. Prints a Markdown table for docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/data
[ -d "$shared" ] || { echo "engine-vs-ort.sh: $shared not found" >&2; exit 1; }
(cd bench/ort && ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund --loglevel=error >/dev/null)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./bench/mlpgen -out "$tmp/gemm-mlp.onnx"
declare -A model=( [Mnist8]=$shared/models/mnist-8/model.onnx [BurnMnistCNN]=$shared/models/burn-mnist-cnn/model.onnx
  [GemmMLP]=$tmp/gemm-mlp.onnx [GonnxMLP]=$shared/models/gonnx-mlp/model.onnx
  [VelardoSumMLP]=$shared/models/velardo-sum-mlp-sigmoid/model.onnx )
declare -A value=( [Mnist8]=0.5 [BurnMnistCNN]=0.5 [GemmMLP]=0.5 [GonnxMLP]=0.5 [VelardoSumMLP]=0.25 )

bench=$(go test ./inference -run '^$' -bench 'Mnist8|BurnMnistCNN|GemmMLP|GonnxMLP|VelardoSumMLP' -benchtime 2s -count 1)
echo "| model | engine (ns/run) | onnxruntime (ns/run) | ratio |"
echo "|---|---:|---:|---:|"
for name in Mnist8 BurnMnistCNN GemmMLP GonnxMLP VelardoSumMLP; do
  eng=$(echo "$bench" | awk -v b="Benchmark$name-" 'index($1, b) == 1 {print $3}')
  ort=$(node bench/ort/ort_bench.js "${model[$name]}" "${value[$name]}" 500 | sed -E 's/.*"ns_per_run":([0-9]+).*/\1/')
  ratio=$(awk -v e="$eng" -v o="$ort" 'BEGIN { printf "%.2fx", e / o }')
  label=$(basename "$(dirname "${model[$name]}")")/$(basename "${model[$name]}")
  [ "$name" = GemmMLP ] && label="gemm-mlp.onnx (bench/mlpgen)"
  echo "| $label | $eng | $ort | $ratio |"
done
