#!/usr/bin/env bash
# Several app processes on one SQLite WAL file (APP_PROCESSES=2, the real server entry): a bounded load
# of submissions and task completions over one port, one worker process killed -9 mid-load and
# restarted by the primary; checks cases, tasks, timeline, jobs and live updates
# (tests/integration/app-processes.test.ts). APP_PROCESSES_CASES sets the load (default 40).
# Prints `N passed, N failed` last; non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
node scripts/run-tests.mjs tests/integration/app-processes.test.ts
