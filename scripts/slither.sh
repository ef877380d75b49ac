#!/usr/bin/env bash
# Static analysis of the production contracts with slither (PyPI, pinned), through a solc shim over
# the npm-pinned solc. Report only: findings are triaged in docs/CONTRACTS.md ("Static analysis").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/npm-setup.sh
venv=.cache/slither
if [ ! -x "$venv/bin/slither" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet slither-analyzer==0.11.6
fi
shim=$(mktemp -d)
trap 'rm -rf "$shim"' EXIT
ln -s "$PWD/contracts/scripts/solc-shim.js" "$shim/solc"
node contracts/scripts/slither-input.js "$shim/input.json"
# From a view of contracts/ with no foundry.toml: crytic-compile probes for frameworks before honouring
# --compile-force-framework, and contracts/foundry.toml (the Foundry tests) would make it fail.
venv=$PWD/$venv
mkdir "$shim/view"
ln -s "$PWD/contracts/src" "$shim/view/src"
ln -s "$PWD/contracts/node_modules" "$shim/view/node_modules"
cd "$shim/view"
PATH="$shim:$PATH" "$venv/bin/slither" "$shim/input.json" --compile-force-framework solc-json \
  --filter-paths "node_modules|@openzeppelin" "$@" || true
