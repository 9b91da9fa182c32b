#!/usr/bin/env bash
# Makes sure the cross-engine suite (scripts/engines/) has what it needs: Firefox ESR (driven over
# WebDriver BiDi), WebKitGTK's WebKitWebDriver and MiniBrowser, an X server for WebKit (Xvfb) and
# a Java runtime for the Nu HTML Checker. Installs only what is missing, with Debian's apt-get
# (browser downloads from elsewhere do not work on our machines). On a machine without apt-get it
# says what is missing and leaves the suite to report it.
set -euo pipefail

need=()
command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || need+=(firefox-esr)
# webkit2gtk-driver brings WebKitWebDriver and, through libwebkit2gtk-4.1-0, the MiniBrowser it drives.
command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
# Before npm ci (scripts/test.sh): with a system Java, vnu-jar's postinstall does not try to
# download one (which cannot work here).
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
# Cyrillic and Kazakh glyphs, so the Russian view renders text rather than boxes.
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)

if [ ${#need[@]} -eq 0 ]; then
  echo "Engines: Firefox, WebKitWebDriver, Xvfb and Java present"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing for the cross-engine tests: ${need[*]} (no apt-get here: install them by hand)" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing with apt-get: ${need[*]}…"
start=$(date +%s)
# Lock timeout: other jobs on a shared machine may hold the dpkg lock for a while.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
  --no-install-recommends "${need[@]}" >/dev/null
echo "Installed in $(($(date +%s) - start)) s"
