import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(path.resolve(here, '../../../README.md'), 'utf8');
const example =
  /<!-- readme-example:start -->\s*```ts\n([\s\S]*?)```\s*<!-- readme-example:end -->/.exec(
    readme,
  )?.[1];
const file = path.join(here, `readme-example.generated.ts`);

afterAll(() => rmSync(file, { force: true }));

describe('the README usage example', () => {
  it('runs and prints what its comments say', async () => {
    expect(example).toBeDefined();
    writeFileSync(file, example ?? '');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await import(/* @vite-ignore */ file);
      expect(log.mock.calls).toEqual([
        ['pending', 'qr'],
        ['charge.succeeded', false],
        ['validation', 'money.amount'],
      ]);
    } finally {
      log.mockRestore();
    }
    // Each printed line matches the comment beside it in the README.
    const comments = [...(example ?? '').matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map(
      (m) => m[1],
    );
    expect(comments).toEqual(['pending qr', 'charge.succeeded false', 'validation money.amount']);
  });
});
