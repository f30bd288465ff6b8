#!/usr/bin/env bash
# Browser end-to-end suite: installs Debian's chromium (+ CJK fonts for screenshots) if missing,
# builds the studio, checks the inbox route's bundle budget, drives the journeys headless.
# Last line: `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'noto.*cjk'; then
  (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null 2>&1 || true
fi
if [ ! -x /usr/bin/chromium ]; then echo "chromium could not be installed"; echo "0 passed, 1 failed"; exit 1; fi
node node_modules/vite/bin/vite.js build studio --logLevel warn >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
passed=0; failed=0
if node scripts/bundle-size.mjs; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
out=$(npx tsx tests/e2e/run.ts 2>&1); code=$?
echo "$out" | sed '$d'
last=$(echo "$out" | tail -1)
p=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p'); f=$(echo "$last" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-1}))
[ $code -ne 0 ] && [ "${f:-0}" = 0 ] && failed=$((failed + 1))
# UPDATE_DOCS=1: refresh the README tour's screenshots from this run.
if [ "${UPDATE_DOCS:-}" = 1 ] && [ $failed -eq 0 ]; then
  mkdir -p docs/screenshots && cp tests/e2e/screenshots/[!f]*.png docs/screenshots/
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
