#!/usr/bin/env bash
# Stops the Temporal cluster scripts/temporal/cluster-start.sh started (each node by its recorded pid).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
run_dir=${TEMPORAL_RUN_DIR:-$root/.cache/temporal/cluster}
for pid_file in "$run_dir"/node*/pid; do
  [ -f "$pid_file" ] || continue
  pid=$(cat "$pid_file")
  if kill -0 "$pid" 2> /dev/null; then
    kill "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2> /dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2> /dev/null && kill -9 "$pid"
    echo "temporal-server: node $pid stopped" >&2
  fi
  rm -f "$pid_file"
done
