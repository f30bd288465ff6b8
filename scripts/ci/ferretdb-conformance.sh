#!/usr/bin/env bash
# The Store conformance suite (and the SQLite -> MongoDB export test) against MongoStore on a real
# FerretDB v1 server with its SQLite backend. Installs and starts FerretDB (cached under .cache/),
# runs the suites, stops FerretDB, prints `N passed, N failed` last and exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

port=${FERRETDB_PORT:-27217}
data=$(mktemp -d "${TMPDIR:-/tmp}/ferretdb-data.XXXXXX")

bash scripts/ferretdb/install.sh || { echo "0 passed, 1 failed"; exit 1; }
url=$(FERRETDB_PORT=$port FERRETDB_DATA=$data bash scripts/ferretdb/start.sh | tail -1)
if [ -z "$url" ]; then echo "0 passed, 1 failed"; rm -rf "$data"; exit 1; fi
trap 'bash scripts/ferretdb/stop.sh; rm -rf "$data"' EXIT

MONGO_URL=$url node scripts/run-tests.mjs tests/integration/mongo-store.test.ts tests/integration/mongo-export.test.ts tests/integration/mongo-app-processes.test.ts
