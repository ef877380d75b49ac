#!/usr/bin/env bash
# Determinism across machines (issue 3): compile and run models with auspex built for amd64 (also
# with GOEXPERIMENT=simd, issue 18), 386 and arm64 (arm64 under Debian's qemu-user) and require
# identical program hashes and output bytes. Installs qemu-user with apt if it is missing. Models
# come from ../shared/data when present, else the shipped mnist-8.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v qemu-aarch64 >/dev/null; then
  echo "installing qemu-user (apt)" >&2
  (apt-get install -y -q qemu-user >/dev/null 2>&1 || sudo apt-get install -y -q qemu-user >/dev/null 2>&1) || {
    echo "determinism.sh: cannot install qemu-user" >&2; exit 1; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for arch in amd64 386 arm64; do
  CGO_ENABLED=0 GOARCH=$arch go build -o "$tmp/auspex-$arch" ./cmd/auspex
done
# amd64 with the vector kernels (GOEXPERIMENT=simd; taken on AVX-512 CPUs) must agree as well.
CGO_ENABLED=0 GOARCH=amd64 GOEXPERIMENT=simd go build -o "$tmp/auspex-amd64-simd" ./cmd/auspex

shared=../shared/data
cases=()
if [ -d "$shared" ]; then
  cases+=("$shared/models/mnist-8/model.onnx|$shared/models/mnist-8/test_data_set_0/input_0.pb")
  cases+=("$shared/models/burn-mnist-cnn/model.onnx|$shared/models/mnist-8/test_data_set_0/input_0.pb")
  cases+=("$shared/models/mnist-8-uint8-integer-ops/model.onnx|$shared/models/mnist-8/test_data_set_0/input_0.pb")
  for m in 1l_softmax 1l_sigmoid 1l_tanh 1l_gelu_tanh_appx layernorm log_softmax 1l_conv 1l_average quantize_dequantize lstm nanoGPT self_attention; do
    cases+=("$shared/ezkl/$m/network.onnx|")
  done
  # issue 17's op families: trees, DFT, attention, recurrence, GridSample (the program hash; the run
  # too where the model takes one input)
  node=$shared/onnx-node
  cases+=("$node/test_ai_onnx_ml_tree_ensemble_single_tree/model.onnx|$node/test_ai_onnx_ml_tree_ensemble_single_tree/test_data_set_0/input_0.pb")
  cases+=("$node/test_dft_rfft_opset19/model.onnx|$node/test_dft_rfft_opset19/test_data_set_0/input_0.pb")
  for t in test_attention_4d test_gru_defaults test_gridsample test_rms_normalization_2d_axis0; do
    cases+=("$node/$t/model.onnx|")
  done
else
  cases+=("models/mnist-8/model.onnx|")
fi

status=0
for c in "${cases[@]}"; do
  model=${c%%|*}
  input=${c#*|}
  ref=""
  for arch in amd64 amd64-simd 386 arm64; do
    bin="$tmp/auspex-$arch"
    [ "$arch" = arm64 ] && bin="qemu-aarch64 $bin"
    out=$($bin compile --model "$model")
    out=${out%%$'\n'*} # the programHash line
    if [ -n "$input" ]; then
      out="$out $($bin run --model "$model" --input "$input" --json | sha256sum | cut -c1-16)"
    fi
    if [ -z "$ref" ]; then
      ref=$out
    elif [ "$out" != "$ref" ]; then
      echo "MISMATCH $model on $arch: $out vs $ref"
      status=1
    fi
  done
  echo "same on amd64 (with and without the vector path), 386, arm64: $(basename "$(dirname "$model")") $ref"
done
exit $status
