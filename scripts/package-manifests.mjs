#!/usr/bin/env node
// One source of truth for what every published package.json must carry.
//   node scripts/package-manifests.mjs          check (CI): exit 1 and list every drift
//   node scripts/package-manifests.mjs --write  rewrite the derived fields in place
//
// Derived (rewritten by --write): license, repository, homepage, bugs, engines, files,
// typesVersions (node10 resolution of subpaths), publishConfig (access, provenance and the
// published `exports` = `exports` without the in-repo `@paymux/source` condition), the
// LICENSE copy. Checked only: description, keywords, the core as a peer dependency.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const REPO = 'https://github.com/paymux/paymux';
const SOURCE_CONDITION = '@paymux/source';
const NODE_RANGE = '>=20.19';
const ALWAYS_SHIPPED = ['dist', 'LICENSE', 'CHANGELOG.md', 'README.md'];
// Packages a provider or adapter must take as a peer, so an app holds exactly one copy.
const SHARED = ['@paymux/core', '@paymux/otgpay'];

const write = process.argv.includes('--write');
const problems = [];

/** `exports` without the source condition, at any depth. */
function stripSource(value) {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, inner]) => [key, stripSource(inner)]),
  );
}

/** node10 resolution ignores `exports`: map each subpath to its CommonJS declarations. */
function typesVersionsOf(exports) {
  const map = {};
  for (const [subpath, target] of Object.entries(exports)) {
    if (subpath === '.' || subpath === './package.json') continue;
    const types = target?.require?.types;
    if (types) map[subpath.slice(2)] = [types];
  }
  return Object.keys(map).length > 0 ? { '*': map } : undefined;
}

function expected(dir, pkg) {
  const files = [...new Set([...ALWAYS_SHIPPED, ...(pkg.files ?? [])])];
  const published = stripSource(pkg.exports);
  const typesVersions = typesVersionsOf(published);
  return {
    license: 'MIT',
    repository: { type: 'git', url: `git+${REPO}.git`, directory: `packages/${dir}` },
    homepage: `${REPO}/tree/main/packages/${dir}#readme`,
    bugs: { url: `${REPO}/issues` },
    engines: { node: NODE_RANGE },
    files,
    ...(typesVersions ? { typesVersions } : {}),
    publishConfig: { access: 'public', provenance: true, exports: published },
  };
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
for (const dir of readdirSync(join(ROOT, 'packages')).sort()) {
  const file = join(ROOT, 'packages', dir, 'package.json');
  if (!existsSync(file)) continue;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  if (pkg.private) continue;
  const name = pkg.name;
  const want = expected(dir, pkg);
  for (const [key, value] of Object.entries(want)) {
    if (same(pkg[key], value)) continue;
    if (write) pkg[key] = value;
    else problems.push(`${name}: "${key}" should be ${JSON.stringify(value)}`);
  }
  if (!pkg.description) problems.push(`${name}: no "description"`);
  if (!Array.isArray(pkg.keywords) || pkg.keywords.length === 0) {
    problems.push(`${name}: no "keywords"`);
  }
  for (const shared of SHARED) {
    if (shared === name || !pkg.dependencies?.[shared]) continue;
    problems.push(
      `${name}: "${shared}" must be a peerDependency (+ devDependency), not a dependency`,
    );
  }
  for (const [peer, range] of Object.entries(pkg.peerDependencies ?? {})) {
    if (range.startsWith('workspace:') && !pkg.devDependencies?.[peer]) {
      problems.push(`${name}: peer "${peer}" also needs a workspace devDependency`);
    }
  }
  const licenseCopy = join(ROOT, 'packages', dir, 'LICENSE');
  if (!existsSync(licenseCopy) || readFileSync(licenseCopy, 'utf8') !== license) {
    if (write) copyFileSync(join(ROOT, 'LICENSE'), licenseCopy);
    else problems.push(`${name}: packages/${dir}/LICENSE differs from the root LICENSE`);
  }
  const changelog = join(ROOT, 'packages', dir, 'CHANGELOG.md');
  if (!existsSync(changelog)) {
    if (write) writeFileSync(changelog, `# ${name}\n`);
    else problems.push(`${name}: no CHANGELOG.md (changesets prepends to it; it ships)`);
  }
  if (write) writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} problem(s); fix with: node scripts/package-manifests.mjs --write`,
  );
  process.exit(1);
}
console.log(write ? 'package manifests written' : 'package manifests ok');
