#!/usr/bin/env bash
# Stops the Temporal dev server scripts/temporal/start.sh started, or one node of cluster-start.sh
# (TEMPORAL_RUN_DIR = its folder), by its recorded pid.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
run_dir=${TEMPORAL_RUN_DIR:-$root/.cache/temporal/dev}
[ -f "$run_dir/pid" ] || { echo "temporal: no server recorded in $run_dir" >&2; exit 0; }
pid=$(cat "$run_dir/pid")
if kill -0 "$pid" 2> /dev/null; then
  kill "$pid"
  for _ in $(seq 1 40); do kill -0 "$pid" 2> /dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2> /dev/null && kill -9 "$pid"
  echo "temporal: server $pid stopped" >&2
fi
rm -f "$run_dir/pid" "$run_dir/address"
