#!/usr/bin/env bash
# The newcomer path, timed: clone → devnet up → a first own request answered, with the README's own
# commands. COLD=1 (default) starts from empty Go build and module caches and an empty npm cache, as a
# fresh machine does (modules and npm packages then come from the registries); COLD=0 keeps this
# machine's caches. Usage: bench/newcomer/run.sh [REPO_URL_OR_PATH]
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
work=$(mktemp -d /tmp/newcomer.XXXXXX)
if [ "${COLD:-1}" = 1 ]; then
  export GOCACHE=$work/gocache GOMODCACHE=$work/gomodcache npm_config_cache=$work/npm
fi
port=$((20000 + RANDOM % 20000))
cleanup() { [ -n "${devnet:-}" ] && kill "$devnet" 2>/dev/null; wait 2>/dev/null || true; chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
t0=$(date +%s.%N)
lap() { awk -v a="$t0" -v b="$(date +%s.%N)" -v s="$1" 'BEGIN { printf "%-58s %6.1f s\n", s, b - a }'; }

git clone -q "$src" "$work/auspex"
cd "$work/auspex"
lap "git clone"
# Terminal 1 of the README. The default port is 8545; a free one here, so a running devnet is no obstacle.
go run ./cmd/auspex devnet --port $port --ws-port $((port + 1)) > "$work/devnet.log" 2>&1 &
devnet=$!
until [ -f .auspex/devnet.json ] && go run ./cmd/auspex model list > /dev/null 2>&1; do
  kill -0 $devnet 2>/dev/null || { cat "$work/devnet.log"; exit 1; }
  sleep 1
done
lap "go run ./cmd/auspex devnet: contracts and models up"
# Terminal 2.
head -c 784 examples/mnist/digits-784x4.u8 > my-digit.u8
go run ./cmd/auspex request --account user --model 1 --input my-digit.u8 --warp > "$work/request.txt" 2>&1
grep -q "status finalized" "$work/request.txt" || { cat "$work/request.txt"; exit 1; }
lap "go run ./cmd/auspex request ... --warp: final, in the dApp"
grep "values" "$work/request.txt"
