#!/usr/bin/env bash
# The project's test command (README; .ci/run calls exactly this). Needs Go, Node.js and npm;
# installs the pinned Solidity toolchain from npm and everything Go from the module proxy.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in go node npm git; do
  command -v "$tool" >/dev/null || { echo "test.sh: $tool is required" >&2; exit 1; }
done

echo "== pinned Solidity toolchain (npm ci)"
scripts/npm-setup.sh

echo "== generated code is up to date (solc artifacts, abigen bindings)"
scripts/check-generated.sh

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' | grep -v '^bindings/') || true)
if [ -n "$unformatted" ]; then
  echo "gofmt would change:" >&2
  echo "$unformatted" >&2
  exit 1
fi

echo "== go vet"
go vet ./...

echo "== go test"
go test -count=1 ./...

echo "== go test, vector path: the engine built with GOEXPERIMENT=simd (AVX-512 kernels and hashing)"
GOEXPERIMENT=simd go test -count=1 ./inference/...

echo "== forge: Foundry invariant suites (contracts/test) and the kit's example project"
scripts/forge-test.sh

echo "== TypeScript client (clients/ts) against an auspex devnet"
scripts/ts-test.sh

echo "== determinism: same program hashes and outputs on amd64, 386 and arm64 (qemu-user)"
scripts/determinism.sh
