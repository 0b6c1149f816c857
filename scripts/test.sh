#!/usr/bin/env bash
# Every test: type check, unit tests (in two time zones), then end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
echo "== type check"
npx tsc --noEmit
echo "== unit tests"
node scripts/unit-tests.mjs
echo "== end-to-end tests"
bash scripts/e2e.sh
