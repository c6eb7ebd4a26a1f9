/**
 * Runs the same flow (flow.mjs: a charge against the sandbox and a verified callback) with
 * the built packages on Cloudflare workerd, Deno and Bun, each started here; the OTGPAY
 * sandbox runs on Node on loopback. Usage: node .ci/edge/driver.mjs <dir with node_modules/.bin>
 * Exits non-zero when any runtime fails or answers anything but the expected outcome.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPaymux } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { startSandbox } from '@paymux/otgpay-sandbox';
import { build } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const BIN = path.join(path.resolve(process.argv[2] ?? '.'), 'node_modules', '.bin');
const only = process.argv[3] ? process.argv[3].split(',') : undefined;

function run(command, args, { input, cwd = ROOT, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${path.basename(command)} exited ${code}: ${err.slice(-2000)}`));
    });
    child.stdin.end(input ?? '');
  });
}

/** A real callback: the sandbox signs and POSTs it to a receiver on loopback. */
async function realCallback(sandbox, credentials) {
  let resolve;
  const received = new Promise((r) => (resolve = r));
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.end('SUCCESS');
      resolve({ rawBody: body, headers: { 'content-type': String(req.headers['content-type']) } });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const notifyUrl = `http://127.0.0.1:${server.address().port}/callback`;
  const paymux = createPaymux({
    providers: [otgpay({ country: indonesia(), ...credentials, notifyUrl })],
  });
  const reference = `edge-callback-${Date.now()}`;
  await paymux.charges.create({
    reference,
    money: { amount: 15_000_000n, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081234567890' },
  });
  sandbox.control.paymentOutcome('ID', reference, { status: 2 });
  const callback = await received;
  server.close();
  return callback;
}

async function viaWorkerd(input) {
  const dir = mkdtempSync(path.join(tmpdir(), 'paymux-workerd-'));
  try {
    const bundle = await build({
      metafile: true,
      entryPoints: [path.join(HERE, 'worker.mjs')],
      outfile: path.join(dir, 'worker.js'),
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser', 'import'],
      mainFields: ['module', 'main'],
      // Every Node built-in is left external so that the check below can name it: the worker
      // runs without `nodejs_compat`, and an import of one would fail there.
      external: ['node:*', ...builtinModules],
      absWorkingDir: ROOT,
      logLevel: 'warning',
    });
    // The bundle must import no Node built-in: workerd runs it without `nodejs_compat`.
    const builtins = new Set();
    for (const [file, meta] of Object.entries(bundle.metafile.inputs)) {
      for (const imp of meta.imports) {
        if (imp.external) builtins.add(`${imp.path} (${file.replace(/^.*packages\//, '')})`);
      }
    }
    if (builtins.size > 0) {
      throw new Error(
        `the workerd bundle imports Node built-ins: ${[...builtins].join(', ')}; the packages must run without nodejs_compat`,
      );
    }
    console.log('workerd bundle: no Node built-in imported; served without nodejs_compat');
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    writeFileSync(
      path.join(dir, 'config.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2025-09-01",
  globalOutbound = "internet",
);
`,
    );
    const child = spawn(path.join(BIN, 'workerd'), ['serve', path.join(dir, 'config.capnp')], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    try {
      for (let i = 0; ; i++) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/`, {
            method: 'POST',
            body: JSON.stringify(input),
          });
          const text = await res.text();
          if (!res.ok) throw new Error(`workerd answered ${res.status}: ${text}`);
          return text;
        } catch (error) {
          if (i >= 50 || !String(error?.cause?.code ?? '').includes('ECONNREFUSED')) throw error;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const RUNTIMES = {
  workerd: (input) => viaWorkerd(input),
  deno: (input) =>
    run(
      path.join(BIN, 'deno'),
      ['run', '--allow-net', '--allow-read', '--allow-env', path.join(HERE, 'deno-main.mjs')],
      {
        input: JSON.stringify(input),
      },
    ),
  bun: (input) =>
    run(path.join(BIN, 'bun'), [path.join(HERE, 'bun-main.mjs')], { input: JSON.stringify(input) }),
};

const sandbox = await startSandbox({ logger: () => {} });
let failed = 0;
let ran = 0;
try {
  const {
    country: _c,
    currency: _cur,
    merchantPublicKey: _m,
    ...credentials
  } = sandbox.merchants.ID;
  const callback = await realCallback(sandbox, credentials);
  for (const [name, runtime] of Object.entries(RUNTIMES)) {
    if (only && !only.includes(name)) continue;
    ran += 1;
    try {
      const out = await runtime({ credentials, callback });
      const result = JSON.parse(out.trim().split('\n').pop());
      const ok =
        result.charge.status === 'pending' &&
        result.charge.nextAction === 'qr' &&
        result.charge.amount === '15000000' &&
        result.event.type === 'charge.succeeded' &&
        result.event.amount === '15000000' &&
        result.event.duplicate === false &&
        result.event.again === true &&
        result.tampered === 'signature_invalid';
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${JSON.stringify(result)}`);
      if (!ok) failed += 1;
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${name}: ${error?.stack ?? error}`);
    }
  }
} finally {
  await sandbox.stop();
}
process.exit(failed === 0 && ran > 0 ? 0 : 1);
