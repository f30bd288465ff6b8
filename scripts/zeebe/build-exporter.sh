#!/usr/bin/env bash
# Builds the JSON-lines record exporter (scripts/zeebe/exporter) with Maven against Zeebe's Apache-2.0
# exporter API and record protocol — never the broker distribution, which this project does not fetch
# or run (its licence is not open source). For a site that runs its own licensed Zeebe 8.5 broker:
# install the jar on the broker and point ZEEBE_RECORDS_FILE at the file it writes (README, "Zeebe
# adapter"). Idempotent: the jar is rebuilt only when the source or the pom changed. Prints its path.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SRC="$ROOT/scripts/zeebe/exporter"
OUT="$ROOT/.cache/zeebe-exporter"
stamp="$(cat "$SRC/pom.xml" "$SRC"/src/*.java | sha1sum | cut -c1-40)"
if [[ -f "$OUT/jsonl-exporter.jar" && "$(cat "$OUT/.stamp" 2>/dev/null)" == "$stamp" ]]; then
  echo "$OUT/jsonl-exporter.jar"
  exit 0
fi
source "$(dirname "$0")/java.sh"
mkdir -p "$OUT"
JAVA_HOME="$ZEEBE_JAVA_HOME" mvn -q -B -f "$SRC/pom.xml" package -Dmaven.repo.local="$ROOT/.cache/m2" >&2
cp "$SRC/target/jsonl-exporter.jar" "$OUT/jsonl-exporter.jar"
rm -rf "$SRC/target"
echo "$stamp" >"$OUT/.stamp"
echo "$OUT/jsonl-exporter.jar"
