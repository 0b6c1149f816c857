#!/usr/bin/env bash
# Makes sure the system tools the tests use are there, installing Debian's
# packages with apt when they are missing and this machine allows it:
# Chromium (end-to-end tests), nginx (serves the static export), xmllint (feeds);
# with --bench also wrk (the benchmark's HTTP load generator) and a CJK font
# (fonts-noto-cjk): Lighthouse and the screenshots measure Chinese pages as
# readers see them, and without a font for them every character is a failed
# font lookup that slows layout and draws a box.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if [ "${1:-}" = "--bench" ]; then
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages the tests need: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "error: the tests need these Debian packages: ${missing[*]}" >&2
echo "Install them with 'sudo apt-get install -y ${missing[*]}'; set CHROMIUM_PATH to use another Chromium binary." >&2
exit 1
