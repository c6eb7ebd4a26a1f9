import { ValidationError } from '../errors/error-classes.js';
import type { MerchantRecord } from './merchant-record.js';

const KINDS = ['charge', 'refund', 'payout'];

function fail(field: string, message: string, rule: string): never {
  throw new ValidationError(`${field} ${message}`, { field, rule });
}

/**
 * Checks one record of the merchant's own source and names the field it rejects
 * (`merchantRecords.3.money.amount`): money must be a `bigint`, never a float.
 */
export function checkMerchantRecord(value: unknown, index: number): MerchantRecord {
  const at = `merchantRecords.${index}`;
  if (value === null || typeof value !== 'object') fail(at, 'must be an object', 'type');
  const record = value as Partial<MerchantRecord>;
  if (typeof record.kind !== 'string' || !KINDS.includes(record.kind)) {
    fail(`${at}.kind`, 'must be charge, refund or payout', 'enum');
  }
  if (typeof record.reference !== 'string' || record.reference === '') {
    fail(`${at}.reference`, 'is required', 'required');
  }
  if (
    record.kind === 'refund' &&
    (typeof record.chargeReference !== 'string' || record.chargeReference === '')
  ) {
    fail(`${at}.chargeReference`, 'is required for a refund', 'required');
  }
  if (typeof record.money?.amount !== 'bigint') {
    fail(`${at}.money.amount`, 'must be a bigint in minor units', 'type');
  }
  if (typeof record.money.currency !== 'string' || !/^[A-Z]{3}$/.test(record.money.currency)) {
    fail(`${at}.money.currency`, 'must be an ISO 4217 code', 'pattern');
  }
  if (record.fee !== undefined && typeof record.fee?.amount !== 'bigint') {
    fail(`${at}.fee.amount`, 'must be a bigint in minor units', 'type');
  }
  if (typeof record.status !== 'string' || record.status === '') {
    fail(`${at}.status`, 'is required', 'required');
  }
  if (!(record.time instanceof Date) || Number.isNaN(record.time.getTime())) {
    fail(`${at}.time`, 'must be a valid Date', 'type');
  }
  return record as MerchantRecord;
}
