import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@paymux/source'] },
  ssr: { resolve: { conditions: ['@paymux/source'] } },
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
