/**
 * Writes src/validation/operation-validators.generated.ts: the operation input schemas
 * precompiled by ajv (strict mode, first error only). Run by `build`; `--check` exits 1
 * when the committed file is out of date (the test suite checks the same).
 */
import { fileURLToPath } from 'node:url';
import { type StandaloneSpec, writeStandalone } from '../../../scripts/ajv-standalone.js';
import { OPERATION_SCHEMAS } from '../src/validation/operation-schemas.js';

export const operationValidatorsSpec: StandaloneSpec = {
  schemas: OPERATION_SCHEMAS,
  options: { strict: true, allErrors: false },
  out: fileURLToPath(
    new URL('../src/validation/operation-validators.generated.ts', import.meta.url),
  ),
  generator: 'packages/core/scripts/generate-validators.ts',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  if (!writeStandalone(operationValidatorsSpec, check)) {
    console.error(`${operationValidatorsSpec.out} is out of date: run \`pnpm generate\``);
    process.exit(1);
  }
}
