#!/usr/bin/env bash
# Browser tests of apps/demo in a real headless Chromium: Debian's `chromium` package
# (installed here when absent) driven by playwright-core. Never downloads a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM_PATH" ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium > /dev/null
fi
"$CHROMIUM_PATH" --version
export CHROMIUM_PATH CI=${CI:-true}
npx -y pnpm@10.34.8 --filter @paymux/demo test:browser
