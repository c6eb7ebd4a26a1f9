import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@paymux/source'] },
  ssr: { resolve: { conditions: ['@paymux/source'] } },
  // generous: the suite talks real HTTP and may share a busy CI machine
  test: { include: ['test/**/*.test.ts'], testTimeout: 20_000, hookTimeout: 30_000 },
});
