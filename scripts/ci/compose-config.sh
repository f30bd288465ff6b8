#!/usr/bin/env bash
# Validates docker-compose.yml (the scale-out stack) with the compose CLI: `docker compose config`
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
check "services: app mongo zeebe" test "$services" = "app mongo zeebe "
config=$(AUTH_SECRET=ci "${compose[@]}" -f docker-compose.yml config 2>/dev/null)
check "app runs ENGINE=zeebe STORE=mongo" bash -c "grep -q 'ENGINE: zeebe' <<<\"\$0\" && grep -q 'STORE: mongo' <<<\"\$0\"" "$config"
check "zeebe is the 8.5 line" bash -c "grep -q 'ZEEBE_VERSION: 8.5.' <<<\"\$0\"" "$config"
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
