#!/usr/bin/env bash
# Stops the Temporal cluster scripts/temporal/cluster-start.sh started: each node by its recorded pid
# (a node's folder has the layout stop.sh reads: pid, address).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
run_dir=${TEMPORAL_RUN_DIR:-$root/.cache/temporal/cluster}
for node_dir in "$run_dir"/node*/; do
  [ -d "$node_dir" ] && TEMPORAL_RUN_DIR=${node_dir%/} bash "$root/scripts/temporal/stop.sh"
done
exit 0
