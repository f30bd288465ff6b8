#!/usr/bin/env bash
# Starts a multi-node Temporal cluster on 127.0.0.1 on the PostgreSQL server of PG_URL: the server
# built by scripts/temporal/install-server.sh (cached), the databases ${TEMPORAL_DB:-temporal} and
# ${TEMPORAL_DB}_visibility created and migrated with its temporal-sql-tool, then
# ${TEMPORAL_NODES:-2} full nodes (frontend, history, matching and worker services each; membership
# through the database; history shards move to the survivors when a node dies) on free ports, and the
# namespace `default`. Run again on the same folder, it restarts the nodes that died, on their own
# ports. Prints one `TEMPORAL_NODE_<n>=<pid> <frontend address>` line per node and
# `TEMPORAL_FRONTENDS=<a>,<b>` last. Files (configs, logs, pids) in ${TEMPORAL_RUN_DIR:-.cache/temporal/cluster};
# stop with scripts/temporal/cluster-stop.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
run_dir=${TEMPORAL_RUN_DIR:-$root/.cache/temporal/cluster}
nodes=${TEMPORAL_NODES:-2}
db=${TEMPORAL_DB:-temporal}
: "${PG_URL:?PG_URL names the PostgreSQL server (scripts/postgres/start.sh prints it)}"
server=$(bash "$root/scripts/temporal/install-server.sh")
cli=$(bash "$root/scripts/temporal/install.sh") # the CLI: health checks and the namespace
mkdir -p "$run_dir"

# PG_URL's parts and 10 free ports per node (frontend gRPC/HTTP, 4 membership, 3 other gRPC, metrics),
# all below 32768: Temporal keeps membership ports in a smallint column
read -r pg_user pg_password pg_host pg_port ports < <(node -e '
  const u = new URL(process.env.PG_URL); const net = require("net"); const n = Number(process.argv[1]) * 10;
  const out = []; const open = [];
  const next = () => { if (out.length === n) { open.forEach((s) => s.close());
    console.log(decodeURIComponent(u.username), decodeURIComponent(u.password), u.hostname, u.port || 5432, out.join(","));
    return; }
    const port = 10000 + Math.floor(Math.random() * 22000);
    const s = net.createServer().once("error", next).listen(port, "127.0.0.1", () => { out.push(port); open.push(s); next(); }); };
  next();' "$nodes")
IFS=, read -r -a port <<< "$ports"

sql() { # database command...
  local database=$1; shift
  "$server/temporal-sql-tool" --plugin postgres12 --ep "$pg_host" -p "$pg_port" -u "$pg_user" --pw "$pg_password" \
    --db "$database" "$@" > "$run_dir/sql-tool.log" 2>&1 || { tail -20 "$run_dir/sql-tool.log" >&2; return 1; }
}
for pair in "$db:temporal" "${db}_visibility:visibility"; do
  database=${pair%%:*}
  sql "$database" create-database 2> /dev/null || true # already there: keep it (schema upgrades below)
  sql "$database" setup-schema -v 0.0 2> /dev/null || true
  sql "$database" update-schema -d "$server/schema/postgresql/v12/${pair##*:}/versioned"
done

healthy() { "$cli" operator cluster health --address "$1" > /dev/null 2>&1; }
wait_healthy() { # every frontend started so far answers
  for _ in $(seq 1 240); do
    local all=1
    for a in "${frontends[@]}"; do healthy "$a" || all=0; done
    [ "$all" = 1 ] && return 0
    for pid_file in "$run_dir"/node*/pid; do
      kill -0 "$(cat "$pid_file")" 2> /dev/null || { echo "temporal-server: $pid_file exited:" >&2; tail -5 "${pid_file%pid}server.log" >&2; exit 1; }
    done
    sleep 0.5
  done
  echo "temporal-server: the cluster did not become healthy" >&2; tail -20 "$run_dir"/node*/server.log >&2; exit 1
}

frontends=()
for n in $(seq 1 "$nodes"); do
  p=("${port[@]:$(((n - 1) * 10)):10}")
  node_dir="$run_dir/node$n"
  mkdir -p "$node_dir/config"
  if [ -f "$node_dir/pid" ] && kill -0 "$(cat "$node_dir/pid")" 2> /dev/null; then
    echo "temporal-server: node $n already running" >&2
    frontends+=("$(cat "$node_dir/address")")
    continue
  fi
  if [ -f "$node_dir/config/development.yaml" ]; then # a node that died: back on its own ports
    echo "temporal-server: restarting node $n" >&2
  else
    datastore() { # database maxConns
      printf '      sql:\n        pluginName: postgres12\n        databaseName: "%s"\n        connectAddr: "%s:%s"\n' "$1" "$pg_host" "$pg_port"
      printf '        connectProtocol: tcp\n        user: "%s"\n        password: "%s"\n        maxConns: %s\n        maxIdleConns: %s\n        maxConnLifetime: 1h\n' \
        "$pg_user" "$pg_password" "$2" "$2"
    }
    {
      printf 'log:\n  stdout: true\n  level: %s\n' "${TEMPORAL_LOG_LEVEL:-warn}"
      printf 'persistence:\n  defaultStore: default\n  visibilityStore: visibility\n  numHistoryShards: %s\n  datastores:\n' \
        "${TEMPORAL_HISTORY_SHARDS:-8}"
      printf '    default:\n'; datastore "$db" 10
      printf '    visibility:\n'; datastore "${db}_visibility" 2
      printf 'global:\n  membership:\n    maxJoinDuration: 30s\n    broadcastAddress: 127.0.0.1\n'
      printf '  metrics:\n    prometheus:\n      framework: tally\n      timerType: histogram\n      listenAddress: "127.0.0.1:%s"\n' "${p[9]}"
      printf 'services:\n'
      printf '  frontend:\n    rpc:\n      grpcPort: %s\n      httpPort: %s\n      membershipPort: %s\n      bindOnIP: 127.0.0.1\n' "${p[0]}" "${p[1]}" "${p[2]}"
      printf '  history:\n    rpc:\n      grpcPort: %s\n      membershipPort: %s\n      bindOnIP: 127.0.0.1\n' "${p[3]}" "${p[4]}"
      printf '  matching:\n    rpc:\n      grpcPort: %s\n      membershipPort: %s\n      bindOnIP: 127.0.0.1\n' "${p[5]}" "${p[6]}"
      printf '  worker:\n    rpc:\n      grpcPort: %s\n      membershipPort: %s\n      bindOnIP: 127.0.0.1\n' "${p[7]}" "${p[8]}"
      printf 'clusterMetadata:\n  enableGlobalNamespace: false\n  failoverVersionIncrement: 10\n  masterClusterName: active\n'
      printf '  currentClusterName: active\n  clusterInformation:\n    active:\n      enabled: true\n'
      printf '      initialFailoverVersion: 1\n      rpcName: frontend\n      rpcAddress: "127.0.0.1:%s"\n' "${port[0]}"
      printf 'dcRedirectionPolicy:\n  policy: noop\n'
    } > "$node_dir/config/development.yaml"
    echo "127.0.0.1:${p[0]}" > "$node_dir/address"
  fi
  # no wrapper shell: the recorded pid is the server's own (kill -9 hits the node), and no descriptor
  # of the caller's stays open
  setsid "$server/temporal-server" --root "$node_dir" --config config --env development --allow-no-auth start \
    < /dev/null >> "$node_dir/server.log" 2>&1 &
  echo $! > "$node_dir/pid"
  frontends+=("$(cat "$node_dir/address")")
  # the first node of a new database initialises the cluster metadata: the others start after it
  if [ "$n" = 1 ]; then wait_healthy; fi
done

wait_healthy
"$cli" operator namespace describe --address "${frontends[0]}" --namespace default > /dev/null 2>&1 \
  || "$cli" operator namespace create --address "${frontends[0]}" --namespace default --retention 24h > /dev/null
# every frontend knows it once its namespace cache refreshed (2 s)
for a in "${frontends[@]}"; do
  for _ in $(seq 1 60); do
    "$cli" workflow list --address "$a" --namespace default --limit 1 > /dev/null 2>&1 && break
    sleep 0.5
  done
done
for n in $(seq 1 "$nodes"); do echo "TEMPORAL_NODE_$n=$(cat "$run_dir/node$n/pid") $(cat "$run_dir/node$n/address")"; done
echo "temporal-server: $nodes nodes up (frontends ${frontends[*]})" >&2
echo "TEMPORAL_FRONTENDS=$(IFS=,; echo "${frontends[*]}")"
