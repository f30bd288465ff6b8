#!/usr/bin/env bash
# The replicas suite on the scale-out stack: a throwaway PostgreSQL, a two-node Temporal cluster on it
# (full nodes built from go.temporal.io/server, cached: scripts/temporal/throwaway-cluster.sh) and
# three app processes (ENGINE=temporal, STORE=postgres) dialling the frontends through one balancing
# address; a bounded load of submissions and task completions spread over the replicas; an app
# replica killed -9 a third into it and a Temporal node two thirds into it; then the checks of
# tests/integration/replicas.test.ts (every acknowledged case once at its expected task, no task or
# timeline entry twice, every job's effects once, live updates across replicas), the takeover
# times, and the rejoin: the killed node started again on its own ports, the killed replica restarted
# dialling it, a new case through it at its review task. REPLICA_CASES sets the load (default 45). Prints `N passed, N failed` last.
set -uo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
# shellcheck source=../temporal/throwaway-cluster.sh
source scripts/temporal/throwaway-cluster.sh
REPLICA_ENGINE=temporal REPLICA_CASES=${REPLICA_CASES:-45} \
  timeout "${REPLICAS_TIMEOUT:-600}" node scripts/run-tests.mjs tests/integration/replicas.test.ts
code=$?
echo "temporal-replicas: $(($(date +%s) - started)) s in all"
exit $code
