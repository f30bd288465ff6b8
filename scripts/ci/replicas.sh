#!/usr/bin/env bash
# Stateless app replicas on one PostgreSQL store (embedded engine): starts a throwaway PostgreSQL
# cluster on 127.0.0.1 (scripts/postgres/*, installed from the distribution's packages if missing),
# three app processes (the real server entry, STORE=postgres) on free ports, runs a bounded load of
# submissions and task completions spread over them, kill -9s one mid-load, then checks cases, tasks,
# timeline, jobs and live updates (tests/integration/replicas.test.ts) and prints the takeover time;
# last, the killed replica restarts and takes a new case to its review task.
# REPLICA_CASES sets the load (default 60). Prints `N passed, N failed` last; non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

# shellcheck source=../postgres/throwaway.sh
source scripts/postgres/throwaway.sh

node scripts/run-tests.mjs tests/integration/replicas.test.ts
