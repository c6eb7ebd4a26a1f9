import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/testing.ts', 'src/inversify.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: false,
  // The inversify entry imports the main entry by name, so both share one copy of the provider.
  external: ['@paymux/otgpay'],
  // ky is ESM-only: a CommonJS build that `require`s it gets a namespace wrapped twice
  // (`ky.default.create is not a function`) and Jest cannot `require` it at all. Bundled
  // into both formats (MIT, ~12 kB), the same ky runs under `import` and `require`.
  noExternal: ['ky'],
});
