/**
 * Writes src/client/response-validators.generated.ts: the OTGPAY response and callback
 * schemas precompiled by ajv (strict mode, all errors). Run by `build`; `--check` exits 1
 * when the committed file is out of date (the test suite checks the same).
 */
import { fileURLToPath } from 'node:url';
import { type StandaloneSpec, writeStandalone } from '../../../scripts/ajv-standalone.js';
import { RESPONSE_SCHEMAS } from '../src/client/response-schemas.js';

export const responseValidatorsSpec: StandaloneSpec = {
  schemas: RESPONSE_SCHEMAS,
  options: { strict: true, allErrors: true, allowUnionTypes: true },
  out: fileURLToPath(new URL('../src/client/response-validators.generated.ts', import.meta.url)),
  generator: 'packages/otgpay/scripts/generate-validators.ts',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  if (!writeStandalone(responseValidatorsSpec, check)) {
    console.error(`${responseValidatorsSpec.out} is out of date: run \`pnpm generate\``);
    process.exit(1);
  }
}
