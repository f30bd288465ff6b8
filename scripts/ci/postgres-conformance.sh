#!/usr/bin/env bash
# On a real PostgreSQL server: the Store conformance suite against PostgresStore, the several-writer
# tests, the query plans of the hot queries, eight scenarios restarting after every step, and full
# case journeys through the real HTTP server (the API lifecycle and task-work tests with
# TEST_STORE=postgres). Installs PostgreSQL from the distribution's packages if missing, starts a
# throwaway cluster on 127.0.0.1 (a free port, fsync off), runs the tests, stops it and removes its
# data; prints `N passed, N failed` last and exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

# shellcheck source=../postgres/throwaway.sh
source scripts/postgres/throwaway.sh

TEST_STORE=postgres node scripts/run-tests.mjs \
  tests/integration/postgres-store.test.ts \
  tests/integration/postgres-writers.test.ts \
  tests/integration/postgres-coordination.test.ts \
  tests/integration/postgres-query-plans.test.ts \
  tests/integration/postgres-scenarios.test.ts \
  tests/api/case-lifecycle.test.ts \
  tests/api/task-work.test.ts
