/**
 * Writes src/client/response-validators.generated.ts: the OTGPAY response and callback
 * schemas precompiled by ajv (strict mode, all errors). Run by `build`; `--check` exits 1
 * when the committed file is out of date (the test suite checks the same).
 */
import { fileURLToPath } from 'node:url';
import { type StandaloneSpec, writeStandalone } from '../../../scripts/ajv-standalone.js';
import { RESPONSE_SCHEMAS } from '../src/client/response-schemas.js';

/**
 * `unicode: false` checks `minLength` with `.length` instead of counting code points: every
 * answer carries a 344-character `sign`, and for `minLength: 1` (the only length keyword the
 * wire schemas use, checked below) both give the same answer.
 */
function onlyMinLengthOne(schema: unknown, at: string): void {
  if (typeof schema !== 'object' || schema === null) return;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'maxLength' || (key === 'minLength' && value !== 1)) {
      throw new Error(`${at}: ${key} ${String(value)} needs code-point lengths (unicode: true)`);
    }
    onlyMinLengthOne(value, `${at}/${key}`);
  }
}
onlyMinLengthOne(RESPONSE_SCHEMAS, '#');

/** ajv's logger, without its notice that `unicode` is deprecated (it is still honoured). */
const logger = {
  log: console.log,
  warn: (...args: unknown[]) => {
    if (!String(args[0]).startsWith('DEPRECATED: option unicode')) console.warn(...args);
  },
  error: console.error,
};

export const responseValidatorsSpec: StandaloneSpec = {
  schemas: RESPONSE_SCHEMAS,
  options: { strict: true, allErrors: true, allowUnionTypes: true, unicode: false, logger },
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
