#!/usr/bin/env bash
# Makes sure a Chromium for Playwright is present. Browser downloads do not work on our
# machines, so we use Debian's package; on a laptop with Playwright's own browser (or any
# system Chromium) this does nothing.
set -euo pipefail
for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "Chromium: $c"; exit 0; fi
done
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1; then
  echo "Chromium: Playwright's own"; exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing Chromium with apt-get…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null
  echo "Chromium: /usr/bin/chromium"
  exit 0
fi
echo "No Chromium found. Install Chromium, or run 'npx playwright install chromium'." >&2
exit 1
