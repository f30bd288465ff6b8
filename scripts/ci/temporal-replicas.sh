#!/usr/bin/env bash
# The replicas suite (scripts/ci/replicas.sh: PostgreSQL, three app processes, one killed -9 mid-load)
# on the scale-out engine: installs (cached) and starts a Temporal dev server on a free loopback port,
# runs the suite with ENGINE=temporal, stops the server. REPLICA_CASES sets the load.
# Last line: `N passed, N failed`; non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
run_dir=$(mktemp -d)
export TEMPORAL_RUN_DIR="$run_dir"
trap 'bash scripts/temporal/stop.sh; rm -rf "$run_dir"' EXIT
started=$(bash scripts/temporal/start.sh) || { echo "0 passed, 1 failed"; exit 1; }
export "${started##*$'\n'}"
export TEMPORAL_NAMESPACE=default REPLICA_ENGINE=temporal
bash scripts/ci/replicas.sh
