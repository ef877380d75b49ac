#!/usr/bin/env bash
# Text generation as one verifiable request (issue 17): decoders with a KV-cache interface, greedy
# decoding in onnxruntime against the engine's generation program (`auspex generate`), token for
# token, with compile time, time per token and peak memory of both.
#
#   bench/textgen.sh [gpt2|char|all]   (default all)
#
#   gpt2  bench/textgen/make_gpt2.py writes the GPT-2 architecture with 16 blocks of GPT-2 small
#         (152.8M parameters, seeded random weights, ~610 MB) as ONNX; onnxruntime decodes STEPS
#         tokens (default 16) greedily from a fixed 8-token prompt, then the engine does.
#   char  bench/textgen/make_char.py trains a tiny character-level decoder (2 blocks, width 64,
#         111k parameters) with numpy on a public-domain book, exports it with the same graph and
#         interface, and the same comparison runs on CHAR_STEPS characters (default 64).
#
# Files land in ${AUSPEX_CACHE:-$HOME/.cache/auspex}/textgen (nothing is committed). Python: the
# venv of bench/realmodels.sh when it exists, else one built here from bench/textgen/requirements.txt.
# Memory: the GPT-2 model's build takes ~3 GB, onnxruntime ~1.3 GB, the engine ~4.3 GB; run one at a
# time. Exits non-zero if a model's tokens disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${AUSPEX_CACHE:-$HOME/.cache/auspex}"
root="$cache/textgen"
mode="${1:-all}"
steps="${STEPS:-16}"
mkdir -p "$root"

py="$cache/realmodels/venv/bin/python"
if ! [ -x "$py" ] || ! "$py" -c 'import onnx, onnxruntime, numpy' 2>/dev/null; then
  py="$root/venv/bin/python"
  req=bench/textgen/requirements.txt
  want=$(sha256sum "$req" | cut -d' ' -f1)
  if ! [ -x "$py" ] || [ "$(cat "$root/venv/.requirements.sha256" 2>/dev/null)" != "$want" ]; then
    echo "textgen: building the venv in $root/venv" >&2
    python3 -m venv "$root/venv"
    "$root/venv/bin/pip" install -q --disable-pip-version-check -r "$req"
    echo "$want" >"$root/venv/.requirements.sha256"
  fi
fi

echo "textgen: go build ./cmd/auspex" >&2
go build -o "$root/auspex" ./cmd/auspex

# compare NAME MODEL PROMPT STEPS: onnxruntime's reference, then the engine (compile only, then the run),
# each under /usr/bin/time -v, then the table.
compare() {
  local name=$1 model=$2 prompt=$3 steps=$4
  "$py" bench/textgen/make_gpt2.py ort --model "$model" --prompt-ids "$prompt" --steps "$steps" --out "$root/$name.ort.json" >/dev/null 2>&1
  /usr/bin/time -v "$root/auspex" generate --model "$model" --prompt-ids "$prompt" --steps "$steps" --compile-only --json \
    >/dev/null 2>"$root/$name.compile.time"
  /usr/bin/time -v "$root/auspex" generate --model "$model" --prompt-ids "$prompt" --steps "$steps" --json \
    >"$root/$name.engine.json" 2>"$root/$name.run.time"
  "$py" bench/textgen/compare.py "$name" "$root/$name.ort.json" "$root/$name.engine.json" "$root/$name.compile.time" "$root/$name.run.time" \
    "$root/$name.vocab.json"
}

status=0
if [ "$mode" = gpt2 ] || [ "$mode" = all ]; then
  model="$root/gpt2-16l.onnx"
  if ! [ -f "$model" ]; then
    echo "textgen: writing $model" >&2
    "$py" bench/textgen/make_gpt2.py build --out "$model" --layers 16 --seed 1
  fi
  # "The quick brown fox jumps over the lazy" in GPT-2's tokenizer; the weights are random, so any
  # ids would do.
  compare gpt2-16l "$model" 464,2068,7586,21831,18045,625,262,16931 "$steps" || status=1
fi
if [ "$mode" = char ] || [ "$mode" = all ]; then
  model="$root/char.onnx"
  if ! [ -f "$model" ]; then
    # A public-domain book the project already depends on: Project Gutenberg's Tom Sawyer, in the
    # testdata of the Go module github.com/klauspost/compress (in go.sum, via go-ethereum).
    go mod download github.com/klauspost/compress
    text="$(go list -m -f '{{.Dir}}' github.com/klauspost/compress)/testdata/Mark.Twain-Tom.Sawyer.txt"
    echo "textgen: training $model on $text (a few minutes, one thread)" >&2
    "$py" bench/textgen/make_char.py --text "$text" --out "$model" --prompt-out "$root/char.prompt"
  fi
  compare char "$model" "$(cat "$root/char.prompt")" "${CHAR_STEPS:-64}" || status=1
fi
exit $status
