#!/usr/bin/env bash
# Installs the pinned Solidity toolchain (solc, OpenZeppelin) from contracts/package-lock.json, once.
set -euo pipefail
cd "$(dirname "$0")/../contracts"
stamp=node_modules/.auspex-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json "$stamp"
