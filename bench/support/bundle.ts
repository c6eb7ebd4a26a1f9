import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const OUT = fileURLToPath(new URL('../.out/', import.meta.url));

/**
 * Bundles a benchmark's child script to plain JavaScript under bench/.out/, with every
 * package left external: the child then runs on bare `node` against the built packages
 * (dist), exactly as an application would, with no TypeScript loader in its memory.
 */
export async function bundleForNode(entry: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const outfile = path.join(OUT, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}
