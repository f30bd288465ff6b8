#!/usr/bin/env bash
# Validates docker-compose.yml (the server stack) with the compose CLI: `docker compose config`
# where the plugin exists, else Debian's docker-compose (installed here if missing). No engine needed.
set -uo pipefail
cd "$(dirname "$0")/../.."
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  if ! command -v docker-compose >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq docker-compose) >/dev/null 2>&1
  fi
  compose=(docker-compose)
fi
if ! command -v "${compose[0]}" >/dev/null 2>&1; then
  echo "no compose CLI available"; echo "0 passed, 1 failed"; exit 1
fi
passed=0; failed=0
check() { # name command...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "✔ $name"; else failed=$((failed + 1)); echo "✖ $name"; fi
}
check "compose file is valid" env AUTH_SECRET=ci "${compose[@]}" -f docker-compose.yml config -q
check "AUTH_SECRET is mandatory" bash -c "! env -u AUTH_SECRET ${compose[*]} -f docker-compose.yml config -q 2>/dev/null"
services=$(AUTH_SECRET=ci "${compose[@]}" -f docker-compose.yml config --services 2>/dev/null | sort | tr '\n' ' ')
check "default services are open source: app lb postgres temporal (+ schema, namespace)" test "$services" = "app lb postgres temporal temporal-namespace temporal-schema "
config=$(AUTH_SECRET=ci "${compose[@]}" -f docker-compose.yml config 2>/dev/null)
check "app runs the Temporal engine on STORE=postgres" bash -c "grep -q 'ENGINE: temporal' <<<\"\$0\" && grep -q 'STORE: postgres' <<<\"\$0\" && grep -q 'TEMPORAL_ADDRESS: temporal:7233' <<<\"\$0\"" "$config"
check "app publishes no port (scalable behind lb)" bash -c "! AUTH_SECRET=ci ${compose[*]} -f docker-compose.yml config 2>/dev/null | awk '/^  app:/{a=1;next} /^  [a-z]+:/{a=0} a' | grep -q 'published\\|ports:'"
check "Temporal runs as a cluster (two or more nodes)" bash -c "awk '/^  temporal:/{t=1;next} /^  [a-z-]+:/{t=0} t' <<<\"\$0\" | grep -Eq 'replicas: ([2-9]|[1-9][0-9])'" "$config"
check "no broker image in the default stack" bash -c "! grep -qi 'zeebe:8\|camunda/zeebe' <<<\"\$0\"" "$config"
check "demo accounts off in the stack" bash -c "grep -q \"DEMO: 'false'\\|DEMO: \\\"false\\\"\\|DEMO: false\" <<<\"\$0\"" "$config"
# the image builds the case workflow bundle from the compiled script tsconfig.build.json emits, and points the app at it
check "image prebundles the Temporal case workflow" bash -c "grep -q 'scripts/temporal/bundle-workflow.ts' tsconfig.build.json && grep -q 'node dist/scripts/temporal/bundle-workflow.js dist/case-workflow.bundle.js' Dockerfile && grep -q 'TEMPORAL_WORKFLOW_BUNDLE=/app/dist/case-workflow.bundle.js' Dockerfile"
licensed=$(AUTH_SECRET=ci "${compose[@]}" -f docker-compose.yml -f deploy/zeebe/docker-compose.zeebe-licensed.yml --profile zeebe-licensed config --services 2>/dev/null | sort | tr '\n' ' ')
check "licensed-site override is valid" env AUTH_SECRET=ci "${compose[@]}" -f docker-compose.yml -f deploy/zeebe/docker-compose.zeebe-licensed.yml --profile zeebe-licensed config -q
check "zeebe only in the licensed-site override" test "$licensed" = "app lb postgres temporal temporal-namespace temporal-schema zeebe "
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
