#!/usr/bin/env bash
# Starts FerretDB v1 with its SQLite backend on 127.0.0.1:${FERRETDB_PORT:-27217} and waits until it
# accepts connections. Idempotent: a FerretDB already answering on that port is left running.
# Data lives in ${FERRETDB_DATA:-.cache/ferretdb-data}; the pid is written to .cache/ferretdb.pid.
# Prints the connection URI (MONGO_URL) last. Stop it with scripts/ferretdb/stop.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
port=${FERRETDB_PORT:-27217}
data=${FERRETDB_DATA:-$root/.cache/ferretdb-data}
bin="$root/.cache/bin/ferretdb"
pid_file="$root/.cache/ferretdb.pid"
log_file="$root/.cache/ferretdb.log"
url="mongodb://127.0.0.1:$port/"

answers() { # true when something accepts TCP connections on the port
  (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null
}

if answers; then
  echo "ferretdb: already listening on 127.0.0.1:$port" >&2
  echo "$url"
  exit 0
fi
[ -x "$bin" ] || bash "$root/scripts/ferretdb/install.sh" >&2

mkdir -p "$data" "$root/.cache/ferretdb-state"
nohup "$bin" \
  --handler=sqlite \
  --sqlite-url="file:$data/" \
  --listen-addr="127.0.0.1:$port" \
  --state-dir="$root/.cache/ferretdb-state" \
  --debug-addr="127.0.0.1:$((port + 1))" \
  --telemetry=disable \
  --log-level=warn \
  > "$log_file" 2>&1 &
echo $! > "$pid_file"

for _ in $(seq 1 100); do
  if answers; then
    echo "ferretdb: listening on 127.0.0.1:$port (pid $(cat "$pid_file"), data $data)" >&2
    echo "$url"
    exit 0
  fi
  if ! kill -0 "$(cat "$pid_file")" 2> /dev/null; then
    echo "ferretdb: exited during start-up:" >&2
    tail -20 "$log_file" >&2
    exit 1
  fi
  sleep 0.1
done
echo "ferretdb: not accepting connections on 127.0.0.1:$port after 10 s" >&2
tail -20 "$log_file" >&2
exit 1
