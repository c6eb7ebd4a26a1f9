#!/usr/bin/env bash
# Packs @paymux/core, installs the tarball into a fresh project OUTSIDE the workspace
# and checks that both `import` and `require` of '@paymux/core' (and '/testing') work on
# this Node and that `createPaymux` runs a charge end to end with an inline provider.
# Usage: packages/core/scripts/check-exports.sh [--no-build]
set -euo pipefail

PKG_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PNPM=(npx -y pnpm@10.34.8)
START=$(date +%s)

if [[ "${1:-}" != "--no-build" ]]; then
  (cd "$PKG_DIR" && npx tsup >/dev/null)
fi
for file in index.js index.cjs index.d.ts index.d.cts testing.js testing.cjs testing.d.ts testing.d.cts; do
  [[ -f "$PKG_DIR/dist/$file" ]] || { echo "missing dist/$file" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$PKG_DIR" && "${PNPM[@]}" pack --pack-destination "$WORK" >/dev/null)
TARBALL="$(ls "$WORK"/*.tgz)"

mkdir "$WORK/app"
cd "$WORK/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$TARBALL" >/dev/null

cat > esm.mjs <<'JS'
import { BaseProvider, createPaymux, PaymuxError, toDecimalString } from '@paymux/core';
import * as testing from '@paymux/core/testing';

class InlineProvider extends BaseProvider {
  id = 'inline';
  name = 'inline';
  capabilities = { countries: ['ID'], currencies: ['IDR'], methods: ['qr'], features: ['charge'] };
  async createCharge(input, ctx) {
    return {
      object: 'charge', provider: this.id, reference: input.reference,
      providerReference: ctx.idempotencyKey, money: input.money, status: 'pending',
      refunded: { amount: 0n, currency: 'IDR' }, refunds: [],
    };
  }
}
const paymux = createPaymux({ providers: [new InlineProvider()] });
const input = {
  reference: 'order-1', money: { amount: 15000000n, currency: 'IDR' }, country: 'ID',
  method: { type: 'qr' }, customer: { name: 'Budi', email: 'budi@example.com', phone: '081234567890' },
};
const charge = await paymux.charges.create(input);
if (charge.money.amount !== 15000000n) throw new Error('esm: wrong amount');
if (toDecimalString(charge.money, 0) !== '150000') throw new Error('esm: wrong wire amount');
try {
  await paymux.charges.create({ ...input, reference: 'bad ref' });
  throw new Error('esm: validation did not fire');
} catch (error) {
  if (!PaymuxError.isInstance(error) || error.field !== 'reference') throw error;
}
if (typeof testing !== 'object') throw new Error('esm: testing entry');
console.log('esm ok', Object.keys(testing).length, 'testing exports');
JS

cat > cjs.cjs <<'JS'
const core = require('@paymux/core');
require('@paymux/core/testing');
const { BaseProvider, createPaymux, createPaymuxFromContainer, providerModule } = core;
const { Container } = require('inversify');

class InlineProvider extends BaseProvider {
  id = 'inline';
  name = 'inline';
  capabilities = { countries: ['ID'], currencies: ['IDR'], methods: [], features: ['balance'] };
  async getBalance(input) {
    const money = (amount) => ({ amount, currency: input.currency });
    return { object: 'balance', provider: this.id, currency: input.currency,
      available: money(1n), pending: money(0n), frozen: money(0n), total: money(1n) };
  }
}
(async () => {
  const direct = createPaymux({ providers: [new InlineProvider()] });
  const balance = await direct.balance.retrieve({ currency: 'IDR' });
  if (balance.total.amount !== 1n) throw new Error('cjs: wrong balance');
  const container = new Container();
  container.load(providerModule(() => new InlineProvider()));
  const viaDi = createPaymuxFromContainer(container);
  if (viaDi.providers[0].id !== 'inline') throw new Error('cjs: container');
  console.log('cjs ok');
})().catch((error) => { console.error(error); process.exit(1); });
JS

node esm.mjs
node cjs.cjs
echo "check-exports: ok on node $(node --version) in $(( $(date +%s) - START ))s"
