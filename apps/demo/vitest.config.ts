import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests need Debian's chromium. Locally they run with `pnpm test` when it is
 * installed; in CI (`CI=true`) `.ci/browser.sh` installs it and runs them on their own.
 */
const browser =
  existsSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium') && process.env['CI'] !== 'true';

export default defineConfig({
  resolve: { conditions: ['@paymux/source'] },
  ssr: { resolve: { conditions: ['@paymux/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: browser ? [] : ['test/browser/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
