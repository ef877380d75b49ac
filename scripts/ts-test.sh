#!/usr/bin/env bash
# The TypeScript client's tests (clients/ts, node's test runner) against a real `auspex devnet`:
# installs the client's pinned npm packages, builds auspex, starts a devnet on free loopback ports,
# runs the tests, stops the devnet. Part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
(cd clients/ts && npm ci --no-audit --no-fund --loglevel=error)
tmp=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
go build -o "$tmp/auspex" ./cmd/auspex
port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
AUSPEX_DEVNET_DEPLOYMENT_FILE="$tmp/devnet.json" "$tmp/auspex" devnet --no-verifier --block-time 200ms \
  --port "$(port)" --ws-port "$(port)" >"$tmp/devnet.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  [ -f "$tmp/devnet.json" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/devnet.log" >&2; echo "ts-test.sh: the devnet exited" >&2; exit 1; }
  sleep 0.5
done
[ -f "$tmp/devnet.json" ] || { cat "$tmp/devnet.log" >&2; echo "ts-test.sh: no devnet after 2 minutes" >&2; exit 1; }
cd clients/ts
AUSPEX_DEPLOYMENT="$tmp/devnet.json" AUSPEX_REPO="$root" npm test
