import { ValidationError } from '../errors/error-classes.js';
import type { SchemaError } from './schema-validator.js';

function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const RULE_ALIASES: Readonly<Record<string, string>> = { stringOrBytes: 'type' };

/**
 * A `ValidationError` from the first ajv error: `field` is the dotted input path
 * (`customer.phone`, `items.3.money.amount`); for `required` and `additionalProperties`
 * it is the full path of the missing or unexpected property. `rule` is the ajv keyword.
 * The message names the path and the rule, never the offending value.
 */
export function fromAjvError(error: SchemaError, operation: string): ValidationError {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params['missingProperty'] === 'string') {
    path.push(params['missingProperty']);
  }
  if (
    error.keyword === 'additionalProperties' &&
    typeof params['additionalProperty'] === 'string'
  ) {
    path.push(params['additionalProperty']);
  }
  const field = path.length > 0 ? path.join('.') : '(input)';
  const rule = RULE_ALIASES[error.keyword] ?? error.keyword;
  const detail = error.keyword === 'additionalProperties' ? 'is not allowed' : error.message;
  return new ValidationError(`Invalid ${operation} input: ${field} ${detail ?? 'is invalid'}`, {
    field,
    rule,
  });
}
