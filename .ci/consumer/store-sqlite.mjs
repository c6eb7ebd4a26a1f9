// Run by .ci/check-packages.sh in a project that installed the packed tarballs with
// --ignore-scripts: @paymux/store-sqlite without a compiled better-sqlite3, so the store falls
// back to node:sqlite (Node >= 22.13). A charge's idempotency record survives closing and
// reopening the file: a second client on a new provider returns it without a provider call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPaymux, NotFoundError } from '@paymux/core';
import { TestingProvider } from '@paymux/core/testing';
import { SqliteStore } from '@paymux/store-sqlite';

const fail = (message) => {
  throw new Error(`esm store-sqlite: ${message}`);
};
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.log(
    `esm store-sqlite skipped on node ${process.version}: no node:sqlite, addon not built`,
  );
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'paymux-consumer-sqlite-'));
try {
  const file = join(dir, 'paymux.db');
  const input = {
    reference: 'sqlite-order-1',
    money: { amount: 15_000_000n, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081234567890' },
  };
  const first = await SqliteStore.open({ file });
  if (first.driver !== 'node:sqlite') fail(`driver ${first.driver}, expected node:sqlite`);
  const charge = await createPaymux({
    providers: [new TestingProvider()],
    store: first,
  }).charges.create(input);
  await first.close();
  const again = await SqliteStore.open({ file });
  const provider = new TestingProvider();
  const stored = await createPaymux({ providers: [provider], store: again }).charges.create(input);
  await again.close();
  if (stored.providerReference !== charge.providerReference)
    fail('the stored charge was not returned');
  try {
    provider.simulate.pay(input.reference);
    fail('the second client called the provider');
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  console.log(
    `esm store-sqlite ok on node ${process.version}: ${first.driver}, record survived a reopen`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
