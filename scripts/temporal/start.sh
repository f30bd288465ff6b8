#!/usr/bin/env bash
# Starts a Temporal dev server (`temporal server start-dev`: frontend, history, matching and worker
# services in one process, SQLite in memory unless TEMPORAL_DB_FILE names a file) on 127.0.0.1 at a
# free port (or TEMPORAL_PORT), headless (no web UI), and prints `TEMPORAL_ADDRESS=…` last once it
# answers. Its pid and address are kept in ${TEMPORAL_RUN_DIR:-.cache/temporal/dev}; stop it with
# scripts/temporal/stop.sh. Idempotent: a server already running from that folder is reused.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
run_dir=${TEMPORAL_RUN_DIR:-$root/.cache/temporal/dev}
binary=$(bash "$root/scripts/temporal/install.sh")
mkdir -p "$run_dir"

if [ -f "$run_dir/pid" ] && kill -0 "$(cat "$run_dir/pid")" 2> /dev/null && [ -f "$run_dir/address" ]; then
  echo "temporal: already running from $run_dir" >&2
  echo "TEMPORAL_ADDRESS=$(cat "$run_dir/address")"
  exit 0
fi

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
port=${TEMPORAL_PORT:-$(free_port)}
address="127.0.0.1:$port"
db=()
[ -n "${TEMPORAL_DB_FILE:-}" ] && db=(--db-filename "$TEMPORAL_DB_FILE")
# the HTTP API and metrics endpoints would take fixed ports (a shared machine): free ones instead
setsid "$binary" server start-dev --ip 127.0.0.1 --port "$port" --headless \
  --http-port "$(free_port)" --metrics-port "$(free_port)" --log-level warn "${db[@]}" > "$run_dir/server.log" 2>&1 &
echo $! > "$run_dir/pid"
echo "$address" > "$run_dir/address"
for _ in $(seq 1 120); do
  if "$binary" operator cluster health --address "$address" > /dev/null 2>&1; then
    echo "temporal: dev server up at $address (pid $(cat "$run_dir/pid"))" >&2
    echo "TEMPORAL_ADDRESS=$address"
    exit 0
  fi
  kill -0 "$(cat "$run_dir/pid")" 2> /dev/null || break
  sleep 0.5
done
echo "temporal: dev server did not come up; its log:" >&2
tail -20 "$run_dir/server.log" >&2
exit 1
