#!/usr/bin/env bash
# Packs @paymux/medusa and the paymux packages it runs with, installs the tarballs with
# @medusajs/framework 2.21 into a fresh CommonJS project OUTSIDE the workspace, and loads
# the provider the way Medusa does: `require()` of the package named in medusa-config.js,
# `default.services`, static validateOptions, `new Service(cradle, options)`. Then one
# charge runs through it over HTTP against the built sandbox CLI: initiate → pending
# QR, payer pays, authorize → captured.
# Usage: packages/medusa/scripts/check-require.sh   (after `pnpm run build`)
set -euo pipefail

PKG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$PKG_DIR/../.." && pwd)"
# One npx resolution, then pnpm's own binary (npx per call costs seconds on a busy machine).
PNPM_BIN_DIR="$(npx -y -p pnpm@10.34.8 -c 'echo "${PATH%%:*}"')"
PNPM=("$PNPM_BIN_DIR/pnpm")
START=$(date +%s)
MEDUSA_VERSION="$(node -p "require('$PKG_DIR/package.json').devDependencies['@medusajs/framework']")"

PACKAGES=(core otgpay-signing otgpay otgpay-id medusa)
for name in "${PACKAGES[@]}"; do
  [[ -f "$ROOT/packages/$name/dist/index.cjs" ]] || {
    echo "packages/$name is not built (run pnpm run build)" >&2
    exit 1
  }
done

WORK="$(mktemp -d)"
SANDBOX_PID=""
cleanup() {
  [[ -n "$SANDBOX_PID" ]] && kill "$SANDBOX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir "$WORK/tarballs"
pids=()
for name in "${PACKAGES[@]}"; do
  (cd "$ROOT/packages/$name" && "${PNPM[@]}" pack --pack-destination "$WORK/tarballs" >/dev/null) &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done

# A Medusa project is CommonJS: medusa-config.ts is compiled to require() calls.
mkdir "$WORK/app"
cd "$WORK/app"
node - "$WORK/tarballs" "$MEDUSA_VERSION" <<'JS'
const fs = require('node:fs');
const path = require('node:path');
const [dir, medusa] = process.argv.slice(2);
const deps = { '@medusajs/framework': medusa };
for (const file of fs.readdirSync(dir)) {
  const name = `@paymux/${file.replace(/^paymux-/, '').replace(/-\d+\.\d+\.\d+.*\.tgz$/, '')}`;
  deps[name] = `file:${path.join(dir, file)}`;
}
const pkg = {
  name: 'medusa-store', private: true, type: 'commonjs', dependencies: deps,
  // The tarballs name each other by version; point those names at the tarballs.
  pnpm: { overrides: Object.fromEntries(Object.entries(deps).filter(([n]) => n.startsWith('@paymux/'))) },
};
fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2));
JS
INSTALL_START=$(date +%s)
"${PNPM[@]}" install --config.ignore-workspace=true --reporter=silent >/dev/null 2>"$WORK/install.log" || {
  cat "$WORK/install.log" >&2
  exit 1
}
INSTALL_SECONDS=$(( $(date +%s) - INSTALL_START ))

# The sandbox, as a separate process (its built CLI), on a random port.
SANDBOX_DIR="$WORK/sandbox"
node "$ROOT/packages/otgpay-sandbox/bin/otgpay-sandbox.js" start --port 0 --store memory \
  --data-dir "$SANDBOX_DIR" >"$WORK/sandbox.log" 2>&1 &
SANDBOX_PID=$!
SANDBOX_URL=""
# Up to 60 s: a cold start of the CLI took over 10 s on a CI machine at load 50.
for _ in $(seq 1 600); do
  SANDBOX_URL=$(sed -n 's/^OTGPAY sandbox listening on \(http[^ ]*\).*/\1/p' "$WORK/sandbox.log" 2>/dev/null)
  [[ -n "$SANDBOX_URL" ]] && break
  kill -0 "$SANDBOX_PID" 2>/dev/null || break
  sleep 0.1
done
[[ -n "$SANDBOX_URL" ]] || {
  echo "the sandbox CLI did not report its URL (process $(kill -0 "$SANDBOX_PID" 2>/dev/null && echo running || echo exited)); its output:" >&2
  cat "$WORK/sandbox.log" >&2 || true
  exit 1
}
API_KEY=$(sed -n 's/^ID IDR .*apiKey=\([^ ]*\).*/\1/p' "$WORK/sandbox.log")

cat > medusa-config.js <<'JS'
// What `medusa-config.ts` compiles to: CommonJS.
const fs = require('node:fs');
const path = require('node:path');
const { defineConfig } = require('@medusajs/framework/utils');
const { createPaymux } = require('@paymux/core');
const { otgpay } = require('@paymux/otgpay');
const { indonesia } = require('@paymux/otgpay-id');

const keys = process.env.SANDBOX_DIR;
const paymux = createPaymux({
  providers: [
    otgpay({
      country: indonesia(),
      appId: 1054,
      apiKey: process.env.OTGPAY_API_KEY,
      merchantPrivateKey: fs.readFileSync(path.join(keys, 'merchant-ID-private.b64'), 'utf8'),
      platformPublicKey: fs.readFileSync(path.join(keys, 'platform-public.b64'), 'utf8'),
      baseUrl: process.env.OTGPAY_BASE_URL,
    }),
  ],
});

module.exports = defineConfig({
  projectConfig: { databaseUrl: 'postgres://localhost/unused' },
  modules: [
    {
      resolve: '@medusajs/medusa/payment',
      options: {
        providers: [
          {
            resolve: '@paymux/medusa',
            id: 'otgpay-id',
            options: { paymux, notifyUrl: 'https://shop.example/hooks/payment/paymux_otgpay-id' },
          },
        ],
      },
    },
  ],
});
JS

cat > load-provider.js <<'JS'
// Loads the provider the way @medusajs/modules-sdk's moduleProviderLoader does (2.21).
const { dynamicImport } = require('@medusajs/framework/utils');
const config = require('./medusa-config.js');

(async () => {
  const modules = Array.isArray(config.modules) ? config.modules : Object.values(config.modules);
  const payment = modules.find((m) => m.resolve === '@medusajs/medusa/payment');
  const entry = payment.options.providers[0];
  const loaded = await dynamicImport(require.resolve(entry.resolve, { paths: [process.cwd()] }));
  const provider = loaded.default ?? loaded;
  if (provider.module !== 'payment' || provider.services.length !== 1) {
    throw new Error(`not a payment module provider: ${JSON.stringify(provider)}`);
  }
  const Service = provider.services[0];
  await Service.validateOptions(entry.options);
  try {
    await Service.validateOptions({ ...entry.options, provider: 'otgpay-xx' });
    throw new Error('bad options were accepted');
  } catch (error) {
    if (!/options\.provider "otgpay-xx"/.test(error.message)) throw error;
  }
  const key = `pp_${Service.identifier}_${entry.id}`;
  const service = new Service({ logger: console }, entry.options);

  const session = await service.initiatePayment({
    amount: { value: '150000', precision: 20 },
    currency_code: 'idr',
    data: { session_id: 'payses_require_check' },
    context: {
      idempotency_key: 'payses_require_check',
      customer: { email: 'budi@example.co.id', first_name: 'Budi', last_name: 'Santoso', phone: '081234567890' },
    },
  });
  if (session.status !== 'pending_authorization' || !session.data.next_action?.qr_payload) {
    throw new Error(`unexpected session ${JSON.stringify(session)}`);
  }
  const paid = await fetch(
    `${process.env.OTGPAY_BASE_URL}/__sandbox/payments/ID/payses_require_check/outcome`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"status":2}' },
  );
  if (paid.status !== 200) throw new Error(`sandbox pay ${paid.status}`);
  const authorized = await service.authorizePayment({ data: session.data });
  if (authorized.status !== 'captured' || authorized.data.amount !== '150000') {
    throw new Error(`unexpected authorization ${JSON.stringify(authorized)}`);
  }
  console.log(`require ok: ${key} loaded from the tarball, QR session captured at 150000 IDR`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
JS

SANDBOX_DIR="$SANDBOX_DIR" OTGPAY_API_KEY="$API_KEY" OTGPAY_BASE_URL="$SANDBOX_URL" \
  MEDUSA_DISABLE_TELEMETRY=true node load-provider.js
echo "check-require: ok on node $(node --version) in $(( $(date +%s) - START ))s (install ${INSTALL_SECONDS}s, node_modules $(du -sh node_modules | cut -f1))"
