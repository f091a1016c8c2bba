#!/usr/bin/env bash
# Everything CI checks: typecheck, lint, format, questionnaire validation, unit and component tests,
# the production build and the browser tests. Ends with one line "N passed, N failed, N skipped".
set -u
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium was not found at $CHROMIUM; the browser tests need it."
  echo "Install it on Debian or Ubuntu with:  sudo apt-get update && sudo apt-get install -y chromium"
  echo "or point CHROMIUM_PATH at another Chromium or Chrome binary."
  exit 1
fi

mkdir -p out/checks
rm -f out/checks.txt out/unit.json out/e2e.json out/checks/*
check() {
  local name=$1
  shift
  echo "── $name"
  if "$@"; then echo "pass $name" >> out/checks.txt; else echo "fail $name" >> out/checks.txt; fi
}
# Runs a check in the background with its output kept aside; `shown` prints it, in order, once done.
aside() {
  local name=$1
  shift
  (if "$@" > "out/checks/$name.log" 2>&1; then echo pass; else echo fail; fi) > "out/checks/$name.result" &
}
shown() {
  local name=$1
  echo "── $name"
  cat "out/checks/$name.log"
  echo "$(cat "out/checks/$name.result") $name" >> out/checks.txt
}

# ESLint (typed rules, about half of these checks' time) and the other three each keep one core
# busy: side by side they finish in the time ESLint takes alone.
aside lint npx eslint . --max-warnings=0
check typecheck npx tsc --noEmit -p tsconfig.json
check format npx prettier --check . --log-level warn
check validate npx tsx scripts/validate.ts
wait
shown lint
echo "── unit and component tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=out/unit.json
check build npx vite build --logLevel warn
if grep -q "^pass build" out/checks.txt; then
  echo "── browser tests (Chromium at $CHROMIUM)"
  npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=out/e2e.json
fi
echo
node scripts/test-summary.mjs --checks out/checks.txt out/unit.json out/e2e.json
