#!/usr/bin/env bash
# Engine parity on a real Zeebe broker: installs (cached under .cache/zeebe) and starts Zeebe 8.5
# from Maven Central, runs tests/parity (every scenario on the embedded engine and on Zeebe,
# outcomes compared), stops the broker. Last line: `N passed, N failed`; non-zero on failure.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if ! bash scripts/zeebe/install.sh; then echo "0 passed, 1 failed"; exit 1; fi
if ! ENV_LINES="$(bash scripts/zeebe/start.sh)"; then
  echo "$ENV_LINES"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "$ENV_LINES"
while IFS='=' read -r name value; do
  case "$name" in ZEEBE_ADDRESS | ZEEBE_MANAGEMENT_URL | ZEEBE_RECORDS_FILE) export "$name=$value" ;; esac
done <<<"$ENV_LINES"
trap 'bash scripts/zeebe/stop.sh >/dev/null 2>&1 || true' EXIT
timeout 900 node scripts/run-tests.mjs tests/parity
status=$?
exit $status
