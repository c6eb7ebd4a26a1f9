import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { troubleshootingPage } from '../src/troubleshooting.js';

const target = fileURLToPath(new URL('../../../docs/troubleshooting.md', import.meta.url));
writeFileSync(target, troubleshootingPage());
console.log(`wrote ${target}`);
