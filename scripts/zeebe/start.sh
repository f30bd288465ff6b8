#!/usr/bin/env bash
# Starts a single-node Zeebe broker (with embedded gateway) on loopback, with the controlled clock
# enabled and the JSON-lines record exporter installed. Idempotent: a running broker is left alone.
# Fresh data on each start. Prints the env the adapter needs (ZEEBE_ADDRESS, ZEEBE_MANAGEMENT_URL,
# ZEEBE_RECORDS_FILE) and waits until the broker is ready.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VERSION="${ZEEBE_VERSION:-8.5.8}"
CACHE="$ROOT/.cache/zeebe"
DIST="$CACHE/camunda-zeebe-$VERSION"
RUN="$CACHE/run"
GATEWAY_PORT="${ZEEBE_GATEWAY_PORT:-26500}"
MANAGEMENT_PORT="${ZEEBE_MANAGEMENT_PORT:-9600}"
source "$(dirname "$0")/java.sh"

[[ -f "$DIST/.installed" ]] || bash "$ROOT/scripts/zeebe/install.sh"
mkdir -p "$RUN"

ready() { curl -fsS -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/ready" 2>/dev/null; }

print_env() {
  echo "ZEEBE_ADDRESS=127.0.0.1:$GATEWAY_PORT"
  echo "ZEEBE_MANAGEMENT_URL=http://127.0.0.1:$MANAGEMENT_PORT"
  echo "ZEEBE_RECORDS_FILE=$RUN/records.jsonl"
}

if [[ -f "$RUN/broker.pid" ]] && kill -0 "$(cat "$RUN/broker.pid")" 2>/dev/null && ready; then
  echo "zeebe broker already running (pid $(cat "$RUN/broker.pid"))"
  print_env
  exit 0
fi
bash "$ROOT/scripts/zeebe/stop.sh" >/dev/null 2>&1 || true
rm -rf "$RUN/data" "$RUN/records.jsonl"
: >"$RUN/records.jsonl"

export JAVA_HOME="$ZEEBE_JAVA_HOME"
export JAVA_OPTS="${ZEEBE_JAVA_OPTS:--Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}"
export ZEEBE_BROKER_NETWORK_HOST=127.0.0.1
export ZEEBE_BROKER_NETWORK_ADVERTISEDHOST=127.0.0.1
export ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT="${ZEEBE_COMMAND_PORT:-26501}"
export ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT="${ZEEBE_INTERNAL_PORT:-26502}"
export ZEEBE_BROKER_GATEWAY_ENABLE=true
export ZEEBE_BROKER_GATEWAY_NETWORK_HOST=127.0.0.1
export ZEEBE_BROKER_GATEWAY_NETWORK_PORT="$GATEWAY_PORT"
export ZEEBE_BROKER_DATA_DIRECTORY="$RUN/data"
export ZEEBE_BROKER_DATA_LOGSEGMENTSIZE=16MB
export ZEEBE_BROKER_DATA_DISK_ENABLEMONITORING=false
export ZEEBE_BROKER_THREADS_CPUTHREADCOUNT=1
export ZEEBE_BROKER_THREADS_IOTHREADCOUNT=1
export ZEEBE_BROKER_EXPORTERS_JSONL_CLASSNAME=casemgmt.zeebe.JsonLinesExporter
export ZEEBE_BROKER_EXPORTERS_JSONL_JARPATH="$CACHE/exporter/jsonl-exporter.jar"
export ZEEBE_BROKER_EXPORTERS_JSONL_ARGS_PATH="$RUN/records.jsonl"
export ZEEBE_CLOCK_CONTROLLED=true
export MANAGEMENT_SERVER_ADDRESS=127.0.0.1
export MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT"
export MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE='*'
export MANAGEMENT_ENDPOINT_CLOCK_ENABLED=true

setsid nohup "$DIST/bin/broker" >"$RUN/broker.log" 2>&1 </dev/null &
echo $! >"$RUN/broker.pid"
echo "zeebe $VERSION starting (pid $(cat "$RUN/broker.pid")) on $ZEEBE_JAVA_HOME, log $RUN/broker.log"

for _ in $(seq 1 180); do
  if ! kill -0 "$(cat "$RUN/broker.pid")" 2>/dev/null; then
    echo "zeebe broker exited during startup:" >&2
    tail -40 "$RUN/broker.log" >&2
    exit 1
  fi
  if ready; then
    echo "zeebe broker ready"
    print_env
    exit 0
  fi
  sleep 1
done
echo "zeebe broker not ready after 180 s" >&2
tail -40 "$RUN/broker.log" >&2
exit 1
