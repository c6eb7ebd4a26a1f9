import { Ajv, type ValidateFunction } from 'ajv';
import { OPERATION_SCHEMAS, type ValidatedOperation } from './operation-schemas.js';

let ajv: Ajv | undefined;
const compiled = new Map<ValidatedOperation, ValidateFunction>();

function createAjv(): Ajv {
  const instance = new Ajv({ strict: true, allErrors: false });
  instance.addKeyword({
    keyword: 'stringOrBytes',
    schemaType: 'boolean',
    errors: false,
    validate: (_schema: boolean, data: unknown) =>
      typeof data === 'string' || data instanceof Uint8Array,
  });
  return instance;
}

/**
 * The compiled validator of `operation`. Each schema compiles once, on its first use, in
 * one module-level ajv instance (strict mode, first error only); later calls reuse it.
 */
export function validatorFor(operation: ValidatedOperation): ValidateFunction {
  const cached = compiled.get(operation);
  if (cached) return cached;
  const schema = OPERATION_SCHEMAS[operation];
  if (!schema) throw new TypeError(`No schema for operation "${operation}"`);
  ajv ??= createAjv();
  const validate = ajv.compile(schema);
  compiled.set(operation, validate);
  return validate;
}
