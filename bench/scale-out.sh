#!/usr/bin/env bash
# One command for bench/scale-out.ts: a throwaway PostgreSQL and two-node Temporal cluster on
# loopback (scripts/temporal/throwaway-cluster.sh; the server build cached), then the bench, then
# everything stopped. BENCH_CASES (60) per step, BENCH_INFLIGHT (8). Not in CI (numbers, not checks).
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../scripts/temporal/throwaway-cluster.sh
source scripts/temporal/throwaway-cluster.sh
npx tsx bench/scale-out.ts
