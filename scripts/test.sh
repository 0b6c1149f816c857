#!/usr/bin/env bash
# Every test: type check, unit tests (in two time zones), then end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-tools.sh
echo "== type check"
npx tsc --noEmit
echo "== unit tests"
node scripts/unit-tests.mjs | tee test-results-unit.log
echo "== end-to-end tests"
bash scripts/e2e.sh
# One closing line for the whole run.
node -e '
  const fs = require("fs");
  const unit = fs.readFileSync("test-results-unit.log", "utf8");
  let passed = 0, failed = 0;
  for (const m of unit.matchAll(/^TZ=\S+: (\d+) passed, (\d+) failed$/gm)) { passed += +m[1]; failed += +m[2]; }
  const e2e = JSON.parse(fs.readFileSync("test-results/e2e-report.json", "utf8")).stats;
  passed += e2e.expected; failed += e2e.unexpected + e2e.flaky;
  if (passed === 0) { console.error("no test ran"); process.exit(1); }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
'
rm -f test-results-unit.log
