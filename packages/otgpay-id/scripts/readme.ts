// Regenerates the tables of README.md from the adapter's data, then lets Biome pad them:
//   npx tsx --conditions=@paymux/source scripts/readme.ts
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withGeneratedTables } from './readme-content.js';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
writeFileSync(path, withGeneratedTables(readFileSync(path, 'utf8')));
execFileSync('npx', ['biome', 'format', '--write', path], { stdio: 'inherit' });
console.log('README.md regenerated');
