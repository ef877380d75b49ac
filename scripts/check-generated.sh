#!/usr/bin/env bash
# Fails when the committed generated files (contract artifacts, abigen bindings, the unrolled
# keccak, the TypeScript client's ABIs) differ from what scripts/gen.sh produces from the sources at the pinned tool versions.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/gen.sh >/dev/null
if ! git diff --quiet -- contracts/out bindings contracts/src/zk inference/merkle/keccak8_rounds_simd.go clients/ts/src/abi.ts || [ -n "$(git ls-files --others --exclude-standard -- contracts/out bindings contracts/src/zk inference/merkle/keccak8_rounds_simd.go clients/ts/src/abi.ts)" ]; then
  echo "generated files are stale: run scripts/gen.sh and commit the result" >&2
  git status --short -- contracts/out bindings contracts/src/zk inference/merkle/keccak8_rounds_simd.go clients/ts/src/abi.ts >&2
  git diff --stat -- contracts/out bindings contracts/src/zk inference/merkle/keccak8_rounds_simd.go clients/ts/src/abi.ts >&2
  exit 1
fi
echo "generated files are up to date"
