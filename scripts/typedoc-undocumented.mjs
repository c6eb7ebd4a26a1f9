#!/usr/bin/env node
// Lists the exported symbols TypeDoc finds without a doc comment, grouped by package.
// usage: node scripts/typedoc-undocumented.mjs [package-dir ...]   (e.g. core otgpay-signing)
// Exit code 1 when any listed package still has undocumented symbols.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const run = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/typedoc/bin/typedoc'),
    '--emit',
    'none',
    '--treatValidationWarningsAsErrors',
    'false',
  ],
  { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
);
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
const text = `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
const byPackage = new Map();
for (const line of text.split('\n')) {
  const m =
    /^\[warning\] (.*), defined in @paymux\/([a-z0-9-]+)\/(\S+), does not have any documentation/.exec(
      line,
    );
  if (!m) continue;
  const [, symbol, pkg, file] = m;
  if (only.length > 0 && !only.includes(pkg)) continue;
  if (!byPackage.has(pkg)) byPackage.set(pkg, []);
  byPackage.get(pkg).push(`${file}: ${symbol}`);
}
let total = 0;
for (const [pkg, items] of [...byPackage].sort()) {
  console.log(`\n## @paymux/${pkg}: ${items.length}`);
  for (const item of items.sort()) console.log(`  ${item}`);
  total += items.length;
}
const errors = text.split('\n').filter((l) => l.startsWith('[error]'));
if (errors.length > 0) console.log(`\nTypeDoc errors:\n${errors.join('\n')}`);
console.log(`\n${total} undocumented${only.length ? ` in ${only.join(', ')}` : ''}`);
process.exit(total > 0 || errors.length > 0 ? 1 : 0);
