#!/usr/bin/env bash
# zkML side by side (docs/BENCHMARKS.md "zkML"): EZKL (PyPI ezkl, pinned below, in a venv under
# .cache/) and Auspex prove the same ONNX files on the same inputs, one after the other on this
# machine; prints the Markdown table. Needs ../shared/data, Python 3 with venv, Node.js (solc).
#   bench/zk.sh                 mnist-8 and every EZKL example with a circuit (not mnist_gan, self_attention)
#   bench/zk.sh 1l_mlp mnist-8  just these
set -euo pipefail
cd "$(dirname "$0")/.."
EZKL_VERSION=23.0.5
shared=../shared/data
[ -d "$shared/ezkl" ] || { echo "zk.sh: $shared/ezkl not found" >&2; exit 1; }
scripts/npm-setup.sh
venv=.cache/ezkl-venv
if ! "$venv/bin/python" -c "import ezkl" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "ezkl==$EZKL_VERSION"
fi
work=.cache/ezkl
mkdir -p "$work"
if [ $# -gt 0 ]; then
  models=("$@")
else
  # nanoGPT and lstm have no Auspex circuit; mnist_gan and self_attention take minutes and GBs each.
  models=(mnist-8)
  for d in "$shared"/ezkl/*/; do
    n=$(basename "$d")
    case $n in nanoGPT|lstm|mnist_gan|self_attention) continue ;; esac
    models+=("$n")
  done
fi
echo "== EZKL $EZKL_VERSION on ${#models[@]} models" >&2
"$venv/bin/python" bench/zk/ezkl_run.py --work "$work" --out "$work/results.json" "${models[@]}" 2>"$work/ezkl.log" >&2 || true
echo "== Auspex" >&2
go run ./bench/zktable -models "$(IFS=,; echo "${models[*]}")" -ezkl "$work/results.json"
