import { defineConfig } from 'vitest/config';

/** The browser tests (real headless Chromium), run by `.ci/browser.sh` and `pnpm test:browser`. */
export default defineConfig({
  resolve: { conditions: ['@paymux/source'] },
  ssr: { resolve: { conditions: ['@paymux/source'] } },
  test: { include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});
