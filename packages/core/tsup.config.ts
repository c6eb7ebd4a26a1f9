import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/testing.ts', 'src/inversify.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: false,
  // The inversify and testing entries import the main entry by name (src/container and
  // src/testing never import core's files by path), so every entry shares one copy of the
  // classes: under `require` too, a TestingProvider is `instanceof BaseProvider` and its
  // errors are `instanceof PaymuxError` (checked on the tarballs by .ci/consumer/entries.*).
  external: ['@paymux/core'],
});
