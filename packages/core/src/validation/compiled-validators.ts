import type { ValidatedOperation } from './operation-schemas.js';
import * as generated from './operation-validators.generated.js';
import type { SchemaValidator } from './schema-validator.js';

const VALIDATORS = generated as unknown as Readonly<Record<ValidatedOperation, SchemaValidator>>;

/**
 * The validator of `operation`: ajv standalone code generated from `OPERATION_SCHEMAS` at
 * build time (`scripts/generate-validators.ts`, strict mode, first error only), so nothing
 * is compiled and no code is evaluated at import or at run time.
 */
export function validatorFor(operation: ValidatedOperation): SchemaValidator {
  const validate = VALIDATORS[operation];
  if (!validate) throw new TypeError(`No schema for operation "${operation}"`);
  return validate;
}
