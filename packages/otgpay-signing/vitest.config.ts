import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@paymux/source'] },
  ssr: { resolve: { conditions: ['@paymux/source'] } },
  test: { include: ['test/**/*.test.ts'] },
});
