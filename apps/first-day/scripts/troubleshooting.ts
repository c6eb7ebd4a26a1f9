import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { troubleshootingPage } from '../src/troubleshooting.js';

const target = fileURLToPath(new URL('../../../docs/troubleshooting.md', import.meta.url));
writeFileSync(target, troubleshootingPage());
// the repository's one formatter pads the tables; the test compares content, not padding
execFileSync('npx', ['biome', 'format', '--write', target], { stdio: 'inherit' });
console.log(`wrote ${target}`);
