#!/usr/bin/env bash
# Edge runtimes: the built packages run a charge against the OTGPAY sandbox (Node, loopback)
# and verify a real callback on Cloudflare workerd, Deno and Bun (.ci/edge/driver.mjs).
# workerd runs without `nodejs_compat`: the driver fails when the worker bundle imports any
# Node built-in.
# The runtimes come from npm: each ships its Linux binary in a platform package
# (@cloudflare/workerd-linux-64, @deno/linux-x64-glibc, @oven/bun-linux-x64), so no
# postinstall download is needed. Installed outside the workspace (not in pnpm-lock.yaml),
# into EDGE_DIR (default: a cache under node_modules/.cache).
set -euo pipefail
cd "$(dirname "$0")/.."
EDGE_DIR="${EDGE_DIR:-$PWD/node_modules/.cache/paymux-edge}"
WORKERD_VERSION=1.20261117.1
DENO_VERSION=2.9.6
BUN_VERSION=1.4.5
mkdir -p "$EDGE_DIR"
if [ ! -x "$EDGE_DIR/node_modules/.bin/workerd" ] || [ ! -x "$EDGE_DIR/node_modules/.bin/deno" ] || [ ! -x "$EDGE_DIR/node_modules/.bin/bun" ]; then
  [ -f "$EDGE_DIR/package.json" ] || echo '{"private":true}' > "$EDGE_DIR/package.json"
  npm install --prefix "$EDGE_DIR" --no-save --no-audit --no-fund --loglevel=error \
    "workerd@$WORKERD_VERSION" "deno@$DENO_VERSION" "bun@$BUN_VERSION"
fi
"$EDGE_DIR/node_modules/.bin/workerd" --version
"$EDGE_DIR/node_modules/.bin/deno" --version | head -1
echo "bun $("$EDGE_DIR/node_modules/.bin/bun" --version)"
node .ci/edge/driver.mjs "$EDGE_DIR" "${1:-}"
