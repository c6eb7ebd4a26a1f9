import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/testing.ts', 'src/inversify.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: false,
  // The inversify and testing entries import the main entry by name, never its files by path,
  // so every entry shares one copy of the provider's classes (.ci/consumer/entries.*).
  // No runtime dependency to bundle: the wire client needs no HTTP library (node:http on Node
  // through process.getBuiltinModule, fetch elsewhere; see ARCHITECTURE.md).
  external: ['@paymux/otgpay'],
});
