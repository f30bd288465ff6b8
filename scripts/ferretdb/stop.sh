#!/usr/bin/env bash
# Stops the FerretDB started by scripts/ferretdb/start.sh (by its recorded pid). Idempotent.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
pid_file="$root/.cache/ferretdb.pid"
[ -f "$pid_file" ] || exit 0
pid=$(cat "$pid_file")
if kill -0 "$pid" 2> /dev/null; then
  kill "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2> /dev/null && kill -9 "$pid"
fi
rm -f "$pid_file"
