import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type Launched, launch } from '../../src/launcher.js';

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** In CI the browser tests must run: a missing chromium is a failure, not a skip. */
export function requireChromium(): void {
  if (!HAVE_CHROMIUM && process.env['CI'] === 'true') {
    throw new Error(
      `${CHROMIUM} is missing: .ci/browser.sh installs it (apt-get install -y chromium)`,
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function tempDataDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'paymux-demo-'));
}

/** Sandbox + demo on free loopback ports (or the given ones, for a restart). */
export function startStack(
  dataDir: string,
  ports: { port?: number; sandboxPort?: number } = {},
): Promise<Launched> {
  return launch({
    dataDir,
    port: ports.port ?? 0,
    sandboxPort: ports.sandboxPort ?? 0,
    log: () => {},
  });
}

export function portOf(url: string): number {
  return Number(new URL(url).port);
}

const DOCS_SCREENSHOTS = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));
let screenshotDir: Promise<string> | undefined;

/**
 * Where screenshots go: docs/screenshots (the README's pictures) only with
 * `UPDATE_SCREENSHOTS=1`, else a fresh temp dir, so a test run leaves the tree clean.
 */
function screenshotsDir(): Promise<string> {
  screenshotDir ??=
    process.env['UPDATE_SCREENSHOTS'] === '1'
      ? mkdir(DOCS_SCREENSHOTS, { recursive: true }).then(() => DOCS_SCREENSHOTS)
      : mkdtemp(path.join(tmpdir(), 'paymux-screenshots-'));
  return screenshotDir;
}

/** Saves a screenshot of a main screen (into docs/screenshots with `UPDATE_SCREENSHOTS=1`). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(await screenshotsDir(), `${name}.png`), fullPage });
}

let axeSource: string | undefined;

/** Runs axe-core (WCAG 2 A/AA rules) in the page; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: unknown) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.slice(0, 3).join(', ')}`);
}

/** A CSV of `rows` valid payout rows for Indonesia plus two rows with mistakes. */
export function payoutCsv(rows: number): string {
  const lines = ['name,email,phone,bank,account_number,amount'];
  for (let i = 1; i <= rows; i++)
    lines.push(
      `Siti Rahma ${String.fromCharCode(65 + (i % 26))},siti${i}@example.id,0812 3456 7890,BCA,${1234567000 + i},${10_000 + i * 10}`,
    );
  lines.push('Budi Santoso,budi@example.id,12,BCA,1234567890,50000');
  lines.push('Dewi Lestari,dewi@example.id,081234567890,BCA,1234567890,fifty');
  return `${lines.join('\n')}\n`;
}
