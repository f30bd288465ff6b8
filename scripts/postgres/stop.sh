#!/usr/bin/env bash
# Stops the cluster started by scripts/postgres/start.sh (fast shutdown: open sessions are ended).
# Idempotent: nothing happens when it is not running. The data folder is kept.
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ -n "$bin" ] || exit 0
if running; then
  as_owner "$bin/pg_ctl" stop -D "$data" -m fast -w -t 60 > /dev/null
  echo "postgres: stopped ($data)" >&2
fi
