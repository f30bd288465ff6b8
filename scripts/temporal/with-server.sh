#!/usr/bin/env bash
# Runs a command with a throwaway Temporal dev server: installs the CLI (cached), starts the server on
# a free loopback port (scripts/temporal/start.sh), exports TEMPORAL_ADDRESS and
# TEMPORAL_NAMESPACE=default, runs the command, stops the server. On a failed start it prints
# `0 passed, 1 failed`. Usage: bash scripts/temporal/with-server.sh command [args...]
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
run_dir=$(mktemp -d)
export TEMPORAL_RUN_DIR="$run_dir"
trap 'bash "$root/scripts/temporal/stop.sh"; rm -rf "$run_dir"' EXIT
started=$(bash "$root/scripts/temporal/start.sh") || { echo "0 passed, 1 failed"; exit 1; }
export "${started##*$'\n'}"
export TEMPORAL_NAMESPACE=default
"$@"
