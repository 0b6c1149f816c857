#!/usr/bin/env bash
# End-to-end tests: a production build and `next dev` of the fixture journal, in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-tools.sh
exec npx playwright test "$@"
