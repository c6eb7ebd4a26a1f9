#!/usr/bin/env node
// Cold import of the built @paymux/core (fresh `node` process each run) against bare `node`
// in the same run; medians of N alternating runs. `node scripts/cold-import.mjs [runs]`
// after `pnpm run build`. Also shows what the inversify entry adds.
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 15);
const cases = {
  'bare node': '',
  "import '@paymux/core'": "await import('@paymux/core')",
  "require('@paymux/core')": "require('@paymux/core')",
  "import '@paymux/core/inversify'": "await import('@paymux/core/inversify')",
};
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, code] of Object.entries(cases)) {
    const start = process.hrtime.bigint();
    const type = code.includes('require') ? 'commonjs' : 'module';
    const result = spawnSync(process.execPath, [`--input-type=${type}`, '-e', code], {
      stdio: 'inherit',
    });
    if (result.status !== 0) process.exit(1);
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = median(times['bare node']);
console.log(`node ${process.version}, ${runs} runs each, medians`);
for (const [name, values] of Object.entries(times)) {
  const ms = median(values);
  console.log(
    `${name.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}× bare  (+${(ms - base).toFixed(1)} ms)`,
  );
}
