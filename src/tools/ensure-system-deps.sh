#!/usr/bin/env bash
# Installs what the tests need from Debian when it is missing: Chromium (driven by
# playwright-core; no browser downloads), a CJK font (without one, every Chinese glyph in
# headless Chromium is an empty box) and PostgreSQL's server binaries (the server tests start
# their own PostgreSQL from /usr/lib/postgresql/*/bin). Idempotent; quiet when everything is
# already there.
set -euo pipefail

need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then need+=(fonts-wqy-microhei); fi
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then need+=(postgresql); fi

if [ "${#need[@]}" -eq 0 ]; then
  exit 0
fi

echo "Installing missing system packages for the tests: ${need[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "error: need root to install ${need[*]} (run: apt-get install -y ${need[*]})" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
fc-cache -f >/dev/null 2>&1 || true
echo "Installed: ${need[*]}"
