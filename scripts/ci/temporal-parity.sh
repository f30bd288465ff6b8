#!/usr/bin/env bash
# Engine parity on the scale-out engine: installs the Temporal CLI (cached under .cache/temporal),
# starts its dev server on a free loopback port, runs the parity suite — every scenario on the
# embedded engine, on Temporal, and on Temporal restarted after every step — and the adapter's own
# suite (a durable timer fired by the case workflow on another replica's worker), then stops the server.
# PARITY_ONLY narrows the scenarios (substrings of `jurisdiction/file`, comma-separated).
# Last line: `N passed, N failed`; non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
TEMPORAL_TASK_QUEUE=parity bash scripts/temporal/with-server.sh \
  timeout "${PARITY_TIMEOUT:-4800}" node scripts/run-tests.mjs runtime/engine/temporal tests/parity/parity.test.ts
