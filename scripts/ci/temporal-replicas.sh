#!/usr/bin/env bash
# The replicas suite (scripts/ci/replicas.sh: PostgreSQL, three app processes, one killed -9 mid-load)
# on the scale-out engine: installs (cached) and starts a Temporal dev server on a free loopback port,
# runs the suite with ENGINE=temporal, stops the server. REPLICA_CASES sets the load.
# Last line: `N passed, N failed`; non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
REPLICA_ENGINE=temporal bash scripts/temporal/with-server.sh bash scripts/ci/replicas.sh
