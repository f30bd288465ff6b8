# Sourced by the suites and benches that need the scale-out stack on loopback
# (scripts/ci/temporal-replicas.sh, scripts/ci/temporal-parity.sh, bench/scale-out.sh): a throwaway
# PostgreSQL (scripts/postgres/throwaway.sh), a ${TEMPORAL_NODES:-2}-node Temporal cluster on it
# (scripts/temporal/cluster-start.sh; the server build is cached) and the case workflow bundled once.
# Exports PG_URL, TEMPORAL_FRONTENDS, TEMPORAL_NODE_PIDS, TEMPORAL_NAMESPACE and
# TEMPORAL_WORKFLOW_BUNDLE; stops and removes everything when the sourcing script exits. Prints the
# cluster's start time. On failure it prints `0 passed, 1 failed` and exits.
# shellcheck source=../postgres/throwaway.sh
source scripts/postgres/throwaway.sh
TEMPORAL_RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/temporal-cluster.XXXXXX")
export TEMPORAL_RUN_DIR
stop_cluster() { bash scripts/temporal/cluster-stop.sh; rm -rf "$TEMPORAL_RUN_DIR"; cleanup; }
trap stop_cluster EXIT
bash scripts/temporal/install-server.sh > /dev/null || { echo "0 passed, 1 failed"; exit 1; }
cluster_started=$(date +%s%N)
cluster=$(bash scripts/temporal/cluster-start.sh) || { echo "0 passed, 1 failed"; exit 1; }
echo "temporal cluster: $(grep -c '^TEMPORAL_NODE_' <<< "$cluster") nodes on PostgreSQL ready in $((($(date +%s%N) - cluster_started) / 1000000)) ms"
export TEMPORAL_FRONTENDS=${cluster##*TEMPORAL_FRONTENDS=}
TEMPORAL_NODE_PIDS=$(grep '^TEMPORAL_NODE_' <<< "$cluster" | sed -E 's/^[^=]+=([0-9]+) .*/\1/' | paste -sd,)
export TEMPORAL_NODE_PIDS TEMPORAL_NAMESPACE=default
export TEMPORAL_WORKFLOW_BUNDLE=$TEMPORAL_RUN_DIR/case-workflow.js
npx tsx scripts/temporal/bundle-workflow.ts "$TEMPORAL_WORKFLOW_BUNDLE" || { echo "0 passed, 1 failed"; exit 1; }
