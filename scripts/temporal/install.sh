#!/usr/bin/env bash
# Installs the Temporal CLI (MIT; it embeds the dev server `temporal server start-dev`) by building it
# from the Go module proxy into ${TEMPORAL_BIN_DIR:-.cache/temporal/bin} and prints its path last.
# Idempotent: a binary already there is reused, else the copy an earlier build left in the user's
# cache (${TEMPORAL_SHARED_CACHE:-~/.cache/qiye-fuwu/temporal/<version>}), so CI's clean clones build
# it once. v1.5.1 is pinned: v1.9.1 does not build from the proxy (its `cliext` replacement is not
# served).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
version=${TEMPORAL_CLI_VERSION:-v1.5.1}
bin_dir=${TEMPORAL_BIN_DIR:-$root/.cache/temporal/bin}
binary="$bin_dir/temporal"
stamp="$bin_dir/temporal.version" # `temporal --version` of a proxy build says 0.0.0-DEV
shared=${TEMPORAL_SHARED_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qiye-fuwu/temporal/$version}
if [ ! -x "$binary" ] && [ -x "$shared/temporal" ]; then
  mkdir -p "$bin_dir"
  cp "$shared/temporal" "$binary"
  echo "$version" > "$stamp"
fi
if [ -x "$binary" ] && [ "$(cat "$stamp" 2> /dev/null)" = "$version" ]; then
  echo "temporal: $version ($("$binary" --version)) already installed" >&2
  echo "$binary"
  exit 0
fi
command -v go > /dev/null || { echo "temporal: needs the Go toolchain (go install) to build the CLI" >&2; exit 1; }
mkdir -p "$bin_dir"
echo "temporal: building github.com/temporalio/cli/cmd/temporal@$version (a few minutes)" >&2
GOBIN="$bin_dir" GOFLAGS=-mod=mod go install "github.com/temporalio/cli/cmd/temporal@$version" >&2
echo "$version" > "$stamp"
mkdir -p "$shared" && cp "$binary" "$shared/temporal" || echo "temporal: could not keep a copy in $shared" >&2
echo "temporal: $version ($("$binary" --version)) installed" >&2
echo "$binary"
