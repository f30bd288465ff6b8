#!/usr/bin/env bash
# Installs the Temporal server (MIT; `go.temporal.io/server`) for a multi-node cluster: builds
# `./cmd/server` (temporal-server) and `./cmd/tools/sql` (temporal-sql-tool, which creates and
# upgrades the PostgreSQL schema) from the Go module proxy, and copies the module's PostgreSQL schema
# files beside them, all into ${TEMPORAL_SERVER_CACHE:-~/.cache/qiye-fuwu/temporal/server-<version>}.
# Idempotent: a complete folder is reused (CI's clean clones build once per machine; a build takes
# several minutes on 2 cores). Prints the folder last.
set -euo pipefail
version=${TEMPORAL_SERVER_VERSION:-v1.29.1}
dir=${TEMPORAL_SERVER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qiye-fuwu/temporal/server-$version}
if [ -x "$dir/temporal-server" ] && [ -x "$dir/temporal-sql-tool" ] && [ -d "$dir/schema/postgresql" ]; then
  echo "temporal-server: $version already installed in $dir" >&2
  echo "$dir"
  exit 0
fi
command -v go > /dev/null || { echo "temporal-server: needs the Go toolchain to build" >&2; exit 1; }
echo "temporal-server: building go.temporal.io/server@$version (cmd/server, cmd/tools/sql; several minutes)" >&2
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
GOBIN="$build" GOFLAGS=-mod=mod nice go install \
  "go.temporal.io/server/cmd/server@$version" "go.temporal.io/server/cmd/tools/sql@$version" >&2
module="$(go env GOMODCACHE)/go.temporal.io/server@$version" # go install fetched it there
mkdir -p "$dir/schema"
cp -r "$module/schema/postgresql" "$dir/schema/"
chmod -R u+w "$dir/schema"
mv "$build/sql" "$dir/temporal-sql-tool"
mv "$build/server" "$dir/temporal-server" # last: its presence marks the folder complete
echo "temporal-server: $version installed in $dir" >&2
echo "$dir"
