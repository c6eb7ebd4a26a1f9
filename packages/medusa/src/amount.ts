import { fromDecimalString, type Money, toDecimalString, ValidationError } from '@paymux/core';

/**
 * What Medusa hands a provider as an amount (`BigNumberInput` from `@medusajs/framework/types`):
 * a number, a decimal string, a raw value `{ value: "50000.5", precision: 20 }`, Medusa's
 * `BigNumber` (with `raw` / `numeric`) or a bignumber.js instance (with `toFixed`).
 */
export type MedusaAmount =
  | number
  | string
  | bigint
  | {
      /** The exact decimal digits (`"50000.50000000000000"`), or a number. */
      readonly value: string | number;
      /** Significant digits Medusa keeps (20); not used: `value` is read exactly. */
      readonly precision?: number;
    }
  | {
      /** The raw value with the exact digits; read in preference to `numeric`. */
      readonly raw?: {
        /** The exact decimal digits, or a number. */
        readonly value: string | number;
      };
      /** The same amount as a float; never read, since it may already be rounded. */
      readonly numeric?: number;
    }
  | {
      /** The amount as a plain decimal string (bignumber.js), read exactly. */
      toFixed(): string;
    };

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * The exact decimal string of a Medusa amount, without exponent and without trailing
 * fractional zeros: `{ value: "50000.50000000000000", precision: 20 }` → `"50000.5"`,
 * `1e21` → `"1000000000000000000000"`. Never goes through a binary float: a `number`
 * is read through its shortest round-trip decimal (`String(n)`), which is the value
 * the number was written as.
 */
export function exactDecimal(input: unknown, field = 'amount'): string {
  const text = decimalText(input, field);
  const match = NUMBER.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    throw new ValidationError(`${field} "${text}" is not a decimal amount`, {
      field,
      rule: 'decimal',
    });
  }
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number.parseInt(exponentText, 10);
  if (Math.abs(exponent) > 40) {
    throw new ValidationError(`${field} "${text}" is out of range`, { field, rule: 'decimal' });
  }
  let digits = `${whole}${fraction}`;
  let point = whole.length + exponent;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fracPart = digits.slice(point).replace(/0+$/, '');
  const body = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

function decimalText(input: unknown, field: string): string {
  if (typeof input === 'string') return input;
  if (typeof input === 'bigint') return input.toString();
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) {
      throw new ValidationError(`${field} must be a finite number`, { field, rule: 'decimal' });
    }
    return String(input);
  }
  if (typeof input === 'object' && input !== null) {
    const value = input as Record<string, unknown>;
    // Medusa BigNumber: the raw value keeps the exact digits; numeric is a float.
    if ('raw' in value && typeof value.raw === 'object' && value.raw !== null) {
      return decimalText((value.raw as Record<string, unknown>).value, field);
    }
    if ('value' in value) return decimalText(value.value, field);
    if (typeof value.toFixed === 'function') return String((value.toFixed as () => string)());
  }
  throw new ValidationError(`${field} is not an amount Medusa could have sent`, {
    field,
    rule: 'decimal',
  });
}

/**
 * Medusa major units (e.g. `"150000"` rupiah, `"123.45"` baht) → paymux `Money` in ISO
 * minor units (`15000000n` IDR, `12345n` THB). More decimals than the ISO minor unit
 * are refused (`ValidationError`, rule `precision`), never rounded.
 */
export function toMoney(amount: unknown, currencyCode: string, field = 'amount'): Money {
  const currency = String(currencyCode ?? '').toUpperCase();
  return fromDecimalString(exactDecimal(amount, field), currency, undefined, field);
}

/** paymux `Money` → the Medusa major-unit decimal string (`15000000n` IDR → `"150000"`). */
export function toMajorUnits(money: Money): string {
  return exactDecimal(toDecimalString(money));
}
