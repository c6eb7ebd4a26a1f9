#!/usr/bin/env bash
# Smoke test of the BUILT CLI (what `npx otgpay-sandbox` runs): it starts, prints its base
# URL, answers the control API's health check and a signed-envelope error, and stops on SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
out="$data/out.log"
node bin/otgpay-sandbox.js start --port 0 --data-dir "$data/state" >"$out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^OTGPAY sandbox listening on \(http[^ ]*\).*/\1/p' "$out")
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { cat "$out"; echo "the CLI printed no base URL"; exit 1; }
node -e '
  const url = process.argv[1];
  (async () => {
    const health = await fetch(`${url}/__sandbox/health`);
    if (health.status !== 200) throw new Error(`health ${health.status}`);
    const res = await fetch(`${url}/api/balance?appId=1054`);
    const body = await res.json();
    if (res.status !== 200 || body.status !== "0" || body.error !== "1001")
      throw new Error(`unsigned request answered ${res.status} ${JSON.stringify(body)}`);
    console.log(`built CLI ok at ${url}: health 200, unsigned request -> ${body.error} ${body.msg}`);
  })().catch((e) => { console.error(e.message); process.exit(1); });
' "$url"
kill "$pid"
wait "$pid" 2>/dev/null || true
