#!/usr/bin/env bash
# Installs the pinned Solidity toolchain (solc, OpenZeppelin, forge) from contracts/package-lock.json, once.
# --ignore-scripts: forge's binary comes in its platform package; its install script is not needed.
set -euo pipefail
cd "$(dirname "$0")/../contracts"
stamp=node_modules/.auspex-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
