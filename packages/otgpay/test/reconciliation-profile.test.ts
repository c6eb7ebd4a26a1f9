import { describe, expect, it } from 'vitest';
import { otgpay } from '../src/index.js';
import { providerOptions } from './fixtures/provider-options.js';
import { TEST_COUNTRIES } from './fixtures/test-countries.js';

describe('OTGPAY reconciliation profile', () => {
  it('names the country zone, T+1, and the unit fees are charged in', () => {
    const fetch = () => Promise.reject(new Error('no network in this test'));
    const profile = (country: keyof typeof TEST_COUNTRIES) =>
      otgpay(providerOptions(fetch, { country: TEST_COUNTRIES[country] })).reconciliationProfile(
        TEST_COUNTRIES[country].currency,
      );
    expect(profile('ID')).toEqual({
      currency: 'IDR',
      timeZone: 'Asia/Jakarta',
      settlementLagDays: 1,
      fees: { unit: 100n },
    });
    expect(profile('TH')).toMatchObject({ timeZone: 'Asia/Bangkok', fees: { unit: 1n } });
    expect(profile('PK')).toMatchObject({ timeZone: 'Asia/Karachi', fees: { unit: 1n } });
    expect(() => otgpay(providerOptions(fetch)).reconciliationProfile('THB')).toThrowError(
      expect.objectContaining({ code: 'validation', field: 'currency' }),
    );
  });
});
