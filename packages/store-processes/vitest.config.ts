import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@paymux/source'] },
  ssr: { resolve: { conditions: ['@paymux/source'] } },
  // Real child processes and a real PostgreSQL: one file at a time keeps the 2 cores honest.
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 420_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
