#!/usr/bin/env bash
# Regenerates everything generated in this repo from its sources, with pinned tools only:
#   contracts/src/zk/ZkDigest.sol  go run ./fraudproof/zk/gendigest (MiMC constants from gnark-crypto)
#   contracts/out/*.json   solc (npm, pinned in contracts/package-lock.json) via contracts/scripts/compile.js
#   bindings/*.go          abigen v2 at the go-ethereum version in go.mod (go tool abigen)
#   inference/merkle/keccak8_rounds_simd.go  go run ./inference/merkle/genkeccak8 (unrolled Keccak-f x8)
#   clients/ts/src/abi.ts  node clients/ts/scripts/genabi.mjs (the TypeScript client's ABIs, from contracts/out)
# CI runs this and fails on any diff (scripts/check-generated.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/npm-setup.sh
keccak_tmp=$(mktemp)
go run ./inference/merkle/genkeccak8 >"$keccak_tmp"
mv "$keccak_tmp" inference/merkle/keccak8_rounds_simd.go
# ZkDigest.sol from gnark-crypto's MiMC constants, through a temp file so a failed run empties nothing.
digest_tmp=$(mktemp)
go run ./fraudproof/zk/gendigest >"$digest_tmp"
mv "$digest_tmp" contracts/src/zk/ZkDigest.sol
node contracts/scripts/compile.js

# Contract name -> bindings package. Test-only contracts get their own package so production code
# cannot link them by accident.
declare -A pkg=(
  [AIOracle]=bindings
  [ModelRegistry]=bindings
  [DigitClassifier]=bindings
  [ResultStore]=bindings
  [OneStepVerifier]=bindings
  [DisputeGame]=bindings
  [ERC7641]=bindings
  [IMOSale]=bindings
  [IMOFactory]=bindings
  [AIGCNFT]=bindings
  [ZkModelVerifier]=bindings
  [CallbackProbe]=testbindings
  [MockZkVerifier]=testbindings
  [ReentrantHolder]=testbindings
  [TestToken]=testbindings
)
rm -f bindings/*.gen.go bindings/testbindings/*.gen.go
mkdir -p bindings/testbindings
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in "${!pkg[@]}"; do
  art=contracts/out/$name.json
  node -e 'const a=require(process.argv[1]);process.stdout.write(JSON.stringify(a.abi))' "$PWD/$art" >"$tmp/$name.abi"
  node -e 'const a=require(process.argv[1]);process.stdout.write(a.bytecode)' "$PWD/$art" >"$tmp/$name.bin"
  p=${pkg[$name]}
  dir=bindings
  [ "$p" = bindings ] || dir=bindings/$p
  lower=$(echo "$name" | tr '[:upper:]' '[:lower:]')
  go tool abigen --v2 --abi "$tmp/$name.abi" --bin "$tmp/$name.bin" --pkg "$p" --type "$name" --out "$dir/$lower.gen.go"
done
echo "generated bindings for ${#pkg[@]} contracts"
node clients/ts/scripts/genabi.mjs
