#!/usr/bin/env bash
# Installs what the tests need on a fresh machine, then runs every test:
# lint, type check, unit, build (which validates data/), end-to-end in Chromium, then the
# cross-engine suite (Firefox ESR, WebKitGTK) and the HTML check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
bash scripts/ensure-engines.sh
npm ci --no-audit --no-fund
npm test
