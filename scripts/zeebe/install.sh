#!/usr/bin/env bash
# Installs a Zeebe broker (distribution tar.gz from Maven Central) under .cache/zeebe.
# Idempotent: a finished install is detected by its marker file and left alone.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VERSION="${ZEEBE_VERSION:-8.5.8}"
CACHE="$ROOT/.cache/zeebe"
DIST="$CACHE/camunda-zeebe-$VERSION"
TARBALL="$CACHE/camunda-zeebe-$VERSION.tar.gz"
URL="https://repo1.maven.org/maven2/io/camunda/camunda-zeebe/$VERSION/camunda-zeebe-$VERSION.tar.gz"

mkdir -p "$CACHE"
source "$(dirname "$0")/java.sh"

# The record exporter the adapter tails: compiled against the broker's own exporter API.
build_exporter() {
  local src="$ROOT/scripts/zeebe/exporter/src/JsonLinesExporter.java"
  local jar="$CACHE/exporter/jsonl-exporter.jar"
  local stamp
  stamp="$(sha1sum "$src" | cut -c1-40)-$VERSION"
  if [[ -f "$jar" && "$(cat "$CACHE/exporter/.stamp" 2>/dev/null)" == "$stamp" ]]; then return; fi
  rm -rf "$CACHE/exporter" && mkdir -p "$CACHE/exporter/classes"
  "$ZEEBE_JAVA_HOME/bin/javac" --release 21 -nowarn -d "$CACHE/exporter/classes" \
    -cp "$DIST/lib/*" "$src"
  "$ZEEBE_JAVA_HOME/bin/jar" --create --file "$jar" -C "$CACHE/exporter/classes" .
  echo "$stamp" >"$CACHE/exporter/.stamp"
  echo "exporter built at $jar"
}

if [[ -f "$DIST/.installed" ]]; then
  echo "zeebe $VERSION already installed at $DIST"
  build_exporter
  exit 0
fi
if [[ ! -f "$TARBALL" ]]; then
  echo "downloading $URL"
  curl -fSL --retry 3 -o "$TARBALL.part" "$URL"
  curl -fsSL -o "$TARBALL.sha1" "$URL.sha1"
  echo "$(cut -c1-40 "$TARBALL.sha1")  $TARBALL.part" | sha1sum -c -
  mv "$TARBALL.part" "$TARBALL"
fi
rm -rf "$DIST.tmp"
mkdir -p "$DIST.tmp"
tar -xzf "$TARBALL" -C "$DIST.tmp" --strip-components=1
rm -rf "$DIST"
mv "$DIST.tmp" "$DIST"
touch "$DIST/.installed"
echo "zeebe $VERSION installed at $DIST"
build_exporter
