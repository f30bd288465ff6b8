#!/usr/bin/env bash
# NOT in .ci/run yet: on the merged tree, under load (another test run beside it), the sample failed
# once — jiaxing/revisit-unresolved-goes-to-consultation-then-municipal: "instance … is completed" at a
# task completion on Temporal — and passed alone; a race between the case workflow's step and an API
# step remains to be found. Run by hand: bash scripts/temporal/parity.sh (PARITY_ALL=1 for all).
# Engine parity on the scale-out engine: installs the Temporal CLI (cached under .cache/temporal),
# starts its dev server on a free loopback port, runs the parity suite — every scenario on the
# embedded engine, on Temporal, and on Temporal restarted after every step — and the adapter's own
# suite (a durable timer fired by the case workflow on another replica's worker), then stops the server.
# PARITY_ONLY narrows the scenarios (substrings of `jurisdiction/file`, comma-separated). In CI it
# defaults to a sample: the hardest case of each jurisdiction (a supervision order with its own
# timer, escalation by urging, a deadline across a holiday, revisit → consultation → city, a hub
# dispatch deadline, a revisit of the bottom ratings); PARITY_ALL=1 runs all 103 (about an hour here).
# Last line: `N passed, N failed`; non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${PARITY_ONLY:-}" ] && [ -z "${PARITY_ALL:-}" ]; then
  export PARITY_ONLY=huzhou/supervision-order-with-its-own-deadline,jiaxing-etdz/escalation-after-three-urgings,jiaxing-etdz/deadline-across-national-day-2025,jiaxing/revisit-unresolved-goes-to-consultation-then-municipal,jizhou/hub-dispatch-seven-working-days,suzhou/bottom-two-ratings-revisited-by-12345
fi
TEMPORAL_TASK_QUEUE=parity bash scripts/temporal/with-server.sh \
  timeout "${PARITY_TIMEOUT:-4800}" node scripts/run-tests.mjs runtime/engine/temporal tests/parity/parity.test.ts
