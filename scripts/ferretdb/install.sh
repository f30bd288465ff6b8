#!/usr/bin/env bash
# Builds FerretDB v1 (SQLite backend, no PostgreSQL needed) into .cache/bin/ferretdb. Idempotent:
# an existing binary of the wanted version is kept.
#
# Why not plain `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.0`: `go install` asks
# the module proxy for the module's version list (deprecation check), which the proxy reachable here
# refuses, and the module ships without its generated build/version/version.txt, so the installed
# binary panics at start. We fetch the exact module version with `go mod download` instead, copy it,
# write version.txt and build ./cmd/ferretdb inside it (its own go.mod/go.sum pin every dependency).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=${FERRETDB_VERSION:-v1.24.0}
cache="$root/.cache"
bin="$cache/bin/ferretdb"

if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -x "version: $version" > /dev/null; then
  echo "ferretdb: $version already installed at $bin"
  exit 0
fi
command -v go > /dev/null || { echo "ferretdb: needs the Go toolchain (go) on PATH" >&2; exit 1; }

module_dir=$(go mod download -json "github.com/FerretDB/FerretDB@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$module_dir" ] || { echo "ferretdb: go mod download of $version failed" >&2; exit 1; }

src="$cache/ferretdb-src-$version"
rm -rf "$src"
mkdir -p "$cache/bin"
cp -r "$module_dir" "$src"
chmod -R u+w "$src"
echo "$version" > "$src/build/version/version.txt"
mkdir -p "$cache/bin"
echo "ferretdb: building $version (takes about a minute the first time)"
(cd "$src" && GOFLAGS=-mod=readonly go build -trimpath -o "$bin" ./cmd/ferretdb)
rm -rf "$src"
mkdir -p "$cache/bin"
"$bin" --version | sed -n 1p
