import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';

const pkgDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'otgpay-sandbox-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const lines: string[] = [];
  return { lines, out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
}

it('start prints URL, appIds, API keys and key files; keys and state survive a restart', async () => {
  const dataDir = path.join(dir, 'data');
  const io1 = io();
  const r1 = await runCli(['start', '--port', '0', '--data-dir', dataDir], io1);
  if (!('sandbox' in r1)) throw new Error(io1.lines.join('\n'));
  const text = io1.lines.join('\n');
  expect(text).toContain(`listening on ${r1.sandbox.url}`);
  expect(text).toMatch(/ID IDR {2}appId=1054 {2}apiKey=sbx_id_/);
  expect(text).toMatch(/PK PKR {2}appId=1092/);
  const keyFile = path.join(dataDir, 'merchant-ID-private.b64');
  expect(text).toContain(keyFile);
  const key1 = readFileSync(keyFile, 'utf8').trim();
  expect(key1).toBe(r1.sandbox.merchants.ID.merchantPrivateKey);
  r1.sandbox.control.fund('ID', '5000');
  expect(await (await fetch(`${r1.sandbox.url}/__sandbox/health`)).json()).toEqual({ ok: true });
  await r1.sandbox.stop();
  expect(existsSync(path.join(dataDir, 'sandbox.sqlite'))).toBe(true);

  const io2 = io();
  const r2 = await runCli(['start', '--port', '0', '--data-dir', dataDir], io2);
  if (!('sandbox' in r2)) throw new Error(io2.lines.join('\n'));
  expect(r2.sandbox.merchants.ID.merchantPrivateKey).toBe(key1);
  expect(r2.sandbox.control.balance('ID')).toMatchObject({ available: '5000' });
  await r2.sandbox.stop();
}, 30_000);

it('rejects bad arguments with usage', async () => {
  for (const args of [
    ['bogus'],
    ['start', '--port', 'x'],
    ['start', '--store', 'redis'],
    ['start', '--nope'],
    [],
  ]) {
    const o = io();
    expect(await runCli(args, o), args.join(' ')).toEqual({ exitCode: 1 });
  }
  const o = io();
  expect(await runCli(['--help'], o)).toEqual({ exitCode: 0 });
  expect(o.lines.join('\n')).toContain('otgpay-sandbox start');
});

it('the bin entry runs (--help through node + tsx)', async () => {
  const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(
    process.execPath,
    [tsxCli, '--conditions=@paymux/source', path.join(pkgDir, 'src/cli.ts'), '--help'],
    {
      cwd: pkgDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(0);
  expect(out).toContain('otgpay-sandbox start');
  expect(
    readFileSync(path.join(pkgDir, 'src/cli.ts'), 'utf8').startsWith('#!/usr/bin/env node\n'),
  ).toBe(true);
}, 60_000);
