#!/usr/bin/env bash
# Stops the broker started by start.sh (by its recorded pid only). Idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PIDFILE="$ROOT/.cache/zeebe/run/broker.pid"
if [[ ! -f "$PIDFILE" ]]; then
  echo "zeebe broker not running"
  exit 0
fi
PID="$(cat "$PIDFILE")"
if kill -0 "$PID" 2>/dev/null; then
  kill -TERM "$PID"
  for _ in $(seq 1 30); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
  if kill -0 "$PID" 2>/dev/null; then kill -KILL "$PID"; fi
  echo "zeebe broker stopped (pid $PID)"
else
  echo "zeebe broker was not running"
fi
rm -f "$PIDFILE"
