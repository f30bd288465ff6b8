#!/usr/bin/env bash
# Builds and runs the peer engines of bench/README.md ("peers"): Camunda 7 and Flowable embedded,
# H2 file, history audit, the same process shape as bench/intake-throughput.ts. Not part of CI.
#   bash bench/peers/run.sh [camunda7|flowable|all]     (default all)
#   BENCH_CASES=1000 BENCH_WARMUP=1000 BENCH_RUNS=5     (defaults)
# Maven downloads are cached under <repo>/.cache/peers-m2 (git-ignored); each engine runs on a fresh
# H2 file under a temporary folder that is deleted afterwards.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repo="$root/.cache/peers-m2"
which="${1:-all}"
command -v mvn >/dev/null || { echo "needs Maven (apt-get install maven) and a JDK 17+" >&2; exit 2; }

mvn -q -B -f "$here/pom.xml" -Dmaven.repo.local="$repo" package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime

run() {
  local module="$1" data
  data="$(mktemp -d "${TMPDIR:-/tmp}/peer-$module-XXXXXX")"
  local cp="$here/$module/target/classes:$(cat "$here/$module/target/classpath.txt")"
  echo "== $module"
  java -Xms512m -Xmx2g -cp "$cp" "bench.peers.$module.Main" "$data/engine" || { rm -rf "$data"; return 1; }
  rm -rf "$data"
}

case "$which" in
  all) run camunda7; run flowable ;;
  camunda7 | flowable) run "$which" ;;
  *) echo "usage: $0 [camunda7|flowable|all]" >&2; exit 2 ;;
esac
