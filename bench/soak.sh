#!/usr/bin/env bash
# Soak benchmark of issue 16 (docs/BENCHMARKS.md "Soak"): a devnet in-process, oracled and verifier
# as separate processes, a lying node on ~1 request in 1000, -n requests at -rate per second over
# mixed models; RSS and per-head p99 sampled every 10 s into samples.csv, every request checked on
# chain to have ended exactly once, restart times on the full stores; prints the markdown summary.
#   bench/soak.sh                          100,000 requests at 55/s (~30 min of load, ~35 min in all)
#   bench/soak.sh -n 20000 -out /tmp/soak  a shorter run, output kept in /tmp/soak
# Flags: go run ./bench/soak -h
set -euo pipefail
cd "$(dirname "$0")/.."
exec go run ./bench/soak "$@"
