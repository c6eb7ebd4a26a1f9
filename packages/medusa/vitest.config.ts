import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@paymux/source'] },
  ssr: { resolve: { conditions: ['@paymux/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // moduleIntegrationTestRunner (@medusajs/test-utils) registers its hooks with the
    // global describe/beforeEach/afterEach of Jest; vitest provides the same globals.
    globals: true,
    // No usage analytics from Medusa's packages (no banner, no network call) in tests.
    env: { MEDUSA_DISABLE_TELEMETRY: 'true' },
    // Medusa's module loader looks for @medusajs/medusa/link-modules, which this package does
    // not install (the Payment Module runs alone): drop that one known warning.
    onConsoleLog: (log) => !log.includes('Error initializing link modules'),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
