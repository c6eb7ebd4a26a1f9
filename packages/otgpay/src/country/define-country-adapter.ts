import {
  type CreateChargeInput,
  type CreatePayoutInput,
  type Normalized,
  type PaymentMethod,
  type PaymentMethodType,
  toDecimalString,
  ValidationError,
} from '@paymux/core';
import type {
  ChargeWireFields,
  CollectionMethodInfo,
  CountryAdapter,
  PayoutChannelInfo,
  PayoutWireFields,
} from '../country-adapter.js';
import { type BankDirectory, foldName } from './bank-directory.js';
import {
  applyLimitOverrides,
  applyPayoutLimitOverrides,
  type LimitOverrides,
  payoutLimitKey,
} from './limit-overrides.js';
import { normalizeEmail, normalizeName } from './party-rules.js';

/** The country-specific data and rules; `defineCountryAdapter` adds the common checks. */
export interface CountrySpec {
  /** ISO 3166-1 alpha-2 code, e.g. `ID`. */
  readonly country: string;
  /** ISO 4217 code of the merchant account, e.g. `IDR`. */
  readonly currency: string;
  /** Decimals of the wire amount: 0 for IDR (whole rupiah), 2 for THB and PKR. */
  readonly wireExponent: number;
  /** The country's UTC offset for OTGPAY dates, e.g. `+07:00`. */
  readonly utcOffset: string;
  /** The collection methods with their default limits (before `limits`). */
  readonly methods: readonly CollectionMethodInfo[];
  /** The payout destinations with their default limits (before `payoutLimits`). */
  readonly payoutChannels: readonly PayoutChannelInfo[];
  /** The wire form of a phone number in any common form, or undefined if it cannot be one. */
  normalizePhone(raw: string): string | undefined;
  /** A valid example, shown in the error message. */
  readonly phoneExample: string;
  /** The country's name in English, for messages: `Indonesia`. Default: the ISO code. */
  readonly countryName?: string;
  /** What a valid mobile number looks like, for messages, e.g. `08 + operator prefix…`. */
  readonly phoneRule?: string;
  /** The national id's name and format, for messages: `CNIC: 13 digits, e.g. 35202-1234567-1`. */
  readonly nationalIdRule?: string;
  /** What a valid account number of a payout channel looks like, for messages. */
  describeAccountNumber?(channel: PayoutChannelInfo): string | undefined;
  /** The wire form of a national id, or undefined if invalid. Absent: the country has none. */
  normalizeNationalId?(raw: string): string | undefined;
  /** Whether payouts need the recipient's national id. */
  readonly payoutRequiresNationalId?: boolean;
  /** The wire form of an account number for a payout channel, or undefined if invalid. */
  normalizeAccountNumber?(channel: PayoutChannelInfo, raw: string): string | undefined;
  /**
   * Resolves bank names and aliases (`Bank Central Asia`, `kbank`) to codes, for the
   * `method.channel` of bank methods and the `destination.bank` of bank payouts.
   */
  readonly banks?: BankDirectory;
  /** The same for e-wallet names (`Gojek` → `GOPAY`), for `ewallet` methods and payouts. */
  readonly wallets?: BankDirectory;
  /** The merchant's own per-method limits, replacing the defaults in `methods`. */
  readonly limits?: LimitOverrides;
  /** The merchant's own payout limits (`bank_account`, `ewallet:OVO`, …), replacing the defaults. */
  readonly payoutLimits?: LimitOverrides;
}

function sameMethod(a: PaymentMethod, b: PaymentMethod): boolean {
  return a.type === b.type && foldName(a.channel ?? '') === foldName(b.channel ?? '');
}

/** Builds a `CountryAdapter` from a country's data and rules. Pure: no I/O. */
export function defineCountryAdapter(raw: CountrySpec): CountryAdapter {
  const input: CountrySpec = raw.payoutLimits
    ? {
        ...raw,
        payoutChannels: applyPayoutLimitOverrides(
          raw.payoutChannels,
          raw.payoutLimits,
          raw.currency,
          raw.wireExponent,
        ),
      }
    : raw;
  const spec: CountrySpec = input.limits
    ? {
        ...input,
        methods: applyLimitOverrides(
          input.methods,
          input.limits,
          input.currency,
          input.wireExponent,
        ),
      }
    : input;
  /** A channel or bank as the merchant wrote it → its code, when a directory knows it. */
  function resolve(type: string, name: string | undefined): string | undefined {
    if (typeof name !== 'string') return name;
    const directory = type === 'ewallet' ? spec.wallets : type === 'qr' ? undefined : spec.banks;
    return directory?.find(name)?.code ?? name;
  }

  const methodTypes = [...new Set(spec.methods.map((m) => m.method.type))] as PaymentMethodType[];
  const countryName = spec.countryName ?? spec.country;

  function phone(raw: string, field: string): string {
    if (typeof raw !== 'string' || raw.trim() === '') {
      throw new ValidationError(`${field} is required`, { field, rule: 'required' });
    }
    const wire = spec.normalizePhone(raw);
    if (wire === undefined) {
      const rule = spec.phoneRule ? `; ${spec.phoneRule}` : '';
      throw new ValidationError(
        `${field} is not a mobile number in ${countryName} (e.g. ${spec.phoneExample}${rule})`,
        { field, rule: 'phone' },
      );
    }
    return wire;
  }

  function nationalId(raw: string | undefined, field: string, required: boolean) {
    if (raw === undefined || raw.trim() === '') {
      if (required) throw new ValidationError(`${field} is required`, { field, rule: 'required' });
      return undefined;
    }
    const wire = spec.normalizeNationalId?.(raw);
    if (wire === undefined) {
      const what = spec.nationalIdRule ?? `national id of ${countryName}`;
      throw new ValidationError(`${field} is not a valid ${what}`, {
        field,
        rule: 'national_id',
      });
    }
    return wire;
  }

  function findMethod(given: PaymentMethod): CollectionMethodInfo {
    const channel = resolve(given.type, given.channel);
    const method = channel === undefined ? given : { ...given, channel };
    const info = spec.methods.find((m) => sameMethod(m.method, method));
    if (info) return info;
    const family = spec.methods.filter((m) => m.method.type === method.type);
    if (family.length === 0) {
      throw new ValidationError(
        `${spec.country} has no ${String(method.type)} payment method; ${spec.country} offers ${methodTypes.join(', ')}`,
        { field: 'method.type', rule: 'enum' },
      );
    }
    const single =
      family.length === 1 && family[0]?.method.channel === undefined ? family[0] : undefined;
    if (single) {
      // one method without channels (QRIS, PromptPay QR): its own name is accepted as channel
      const names = [
        single.label,
        single.payType,
        single.inBankCode,
        single.label.split(' ')[0] ?? '',
      ];
      if (names.some((name) => foldName(name) === foldName(given.channel ?? ''))) return single;
      throw new ValidationError(
        `${spec.country} ${method.type} takes no method.channel (got "${given.channel}"): ` +
          `${single.label} is the only one; pass { type: '${method.type}' }`,
        { field: 'method.channel', rule: 'enum' },
      );
    }
    throw new ValidationError(channelMessage(given, family), {
      field: 'method.channel',
      rule: 'enum',
    });
  }

  /** What went wrong with a channel, and the valid names and codes. */
  function channelMessage(given: PaymentMethod, family: readonly CollectionMethodInfo[]): string {
    const valid = family.map((m) => `${m.label} ('${m.method.channel}')`).join(', ');
    const head = `${spec.country} ${given.type}`;
    if (given.channel === undefined || given.channel.trim() === '') {
      return `${head} needs method.channel, one of: ${valid}`;
    }
    const directory = given.type === 'ewallet' ? spec.wallets : spec.banks;
    const known = directory?.find(given.channel);
    if (known) {
      return `${head}: ${known.shortName} (${known.code}) offers no ${given.type.replace('_', ' ')} through OTGPAY (got method.channel "${given.channel}"); one of: ${valid}`;
    }
    return `${head}: method.channel "${given.channel}" is no ${given.type === 'ewallet' ? 'wallet' : 'bank'} name or code known in ${countryName}; one of: ${valid}`;
  }

  /** Why no payout channel matched `bank`, with what would. */
  function payoutChannelMessage(type: string, bank: string): string {
    const same = spec.payoutChannels.filter((c) => c.type === type);
    const other = spec.payoutChannels.find(
      (c) => c.type !== type && foldName(c.bank) === foldName(resolve(c.type, bank) ?? ''),
    );
    if (other) {
      return `destination.bank "${bank}" is a ${other.label}: use destination.type '${other.type}'`;
    }
    if (same.length === 0) {
      const types = [...new Set(spec.payoutChannels.map((c) => c.type))].join(', ');
      return `${spec.country} has no ${type} payouts; it pays out to ${types}`;
    }
    const shown = same
      .slice(0, 8)
      .map((c) => `${c.label.replace(/ (account|wallet)$/i, '')} ('${c.bank}')`);
    const more =
      same.length > shown.length
        ? `, … (${same.length} in all; any code, short name, full name or alias)`
        : '';
    return `destination.bank "${bank}" is no ${type === 'ewallet' ? 'wallet' : 'bank'} known in ${countryName} for ${type} payouts; e.g. ${shown.join(', ')}${more}`;
  }

  let channelIndex: Map<string, PayoutChannelInfo> | undefined;
  /**
   * `<type> <folded bank or bank code>` → the first payout channel of that type with that
   * bank name or code (as a scan of `payoutChannels` in order would find it), built once:
   * a 100,000-item batch no longer folds every channel's names for every item.
   */
  function payoutChannelIndex(): Map<string, PayoutChannelInfo> {
    if (channelIndex) return channelIndex;
    const index = new Map<string, PayoutChannelInfo>();
    for (const channel of spec.payoutChannels) {
      for (const name of [channel.bank, channel.bankCode]) {
        const key = `${channel.type} ${foldName(name)}`;
        if (!index.has(key)) index.set(key, channel);
      }
    }
    channelIndex = index;
    return index;
  }

  function checkCurrency(currency: string) {
    if (currency !== spec.currency) {
      throw new ValidationError(`${spec.country} takes ${spec.currency}, not ${currency}`, {
        field: 'money.currency',
        rule: 'currency',
      });
    }
  }

  return {
    country: spec.country,
    currency: spec.currency,
    wireExponent: spec.wireExponent,
    utcOffset: spec.utcOffset,
    methods: spec.methods,
    payoutChannels: spec.payoutChannels,
    methodTypes,
    rules: {
      countryName,
      phoneExample: spec.phoneExample,
      ...(spec.phoneRule === undefined ? {} : { phoneRule: spec.phoneRule }),
      ...(spec.nationalIdRule === undefined ? {} : { nationalIdRule: spec.nationalIdRule }),
      payoutRequiresNationalId: spec.payoutRequiresNationalId ?? false,
      accountNumberRule: (channel) => spec.describeAccountNumber?.(channel),
    },

    toChargeFields(input: Normalized<CreateChargeInput>): ChargeWireFields {
      checkCurrency(input.money.currency);
      const info = findMethod(input.method);
      toDecimalString(input.money, spec.wireExponent);
      if (input.money.amount < info.minAmount || input.money.amount > info.maxAmount) {
        const rule = input.money.amount < info.minAmount ? 'minimum' : 'maximum';
        throw new ValidationError(
          `${info.label} takes ${toDecimalString({ amount: info.minAmount, currency: spec.currency })}` +
            ` to ${toDecimalString({ amount: info.maxAmount, currency: spec.currency })} ${spec.currency}`,
          { field: 'money.amount', rule },
        );
      }
      const idCard = nationalId(
        input.customer.nationalId,
        'customer.nationalId',
        info.requires?.includes('customer.nationalId') ?? false,
      );
      return {
        payType: info.payType,
        inBankCode: info.inBankCode,
        name: normalizeName(input.customer.name, 'customer.name'),
        phone: phone(input.customer.phone, 'customer.phone'),
        email: normalizeEmail(input.customer.email, 'customer.email'),
        ...(idCard === undefined ? {} : { idCard }),
        ...(input.customer.id === undefined ? {} : { partnerUserId: input.customer.id }),
        ...(input.description === undefined ? {} : { subject: input.description }),
      };
    },

    toPayoutFields(input: Normalized<CreatePayoutInput>): PayoutWireFields {
      checkCurrency(input.money.currency);
      toDecimalString(input.money, spec.wireExponent);
      if (input.money.amount <= 0n) {
        throw new ValidationError('money.amount must be positive', {
          field: 'money.amount',
          rule: 'minimum',
        });
      }
      if (typeof input.destination.bank !== 'string' || input.destination.bank.trim() === '') {
        throw new ValidationError('destination.bank is required', {
          field: 'destination.bank',
          rule: 'required',
        });
      }
      const wanted = foldName(resolve(input.destination.type, input.destination.bank) ?? '');
      const channel = payoutChannelIndex().get(`${input.destination.type} ${wanted}`);
      if (!channel) {
        throw new ValidationError(
          payoutChannelMessage(input.destination.type, input.destination.bank),
          {
            field: 'destination.bank',
            rule: 'enum',
          },
        );
      }
      const { amount } = input.money;
      if (
        (channel.minAmount !== undefined && amount < channel.minAmount) ||
        (channel.maxAmount !== undefined && amount > channel.maxAmount)
      ) {
        const major = (minor: bigint | undefined) =>
          minor === undefined
            ? undefined
            : toDecimalString({ amount: minor, currency: spec.currency });
        const range = [major(channel.minAmount) ?? '0', major(channel.maxAmount) ?? 'any amount'];
        throw new ValidationError(
          `A payout to a ${channel.label} takes ${range[0]} to ${range[1]} ${spec.currency}, ` +
            `not ${major(amount)} (amounts are minor units: Rp 75.000 is money.idr('75000')); ` +
            `if your OTGPAY contract allows more, set payoutLimits: { '${payoutLimitKey(channel)}': { max } }`,
          {
            field: 'money.amount',
            rule: amount < (channel.minAmount ?? 0n) ? 'minimum' : 'maximum',
          },
        );
      }
      const rawAccount = input.destination.accountNumber;
      const accountNo = spec.normalizeAccountNumber
        ? spec.normalizeAccountNumber(channel, rawAccount)
        : /^\d{5,34}$/.test(rawAccount.replace(/[\s-]/g, ''))
          ? rawAccount.replace(/[\s-]/g, '')
          : undefined;
      if (accountNo === undefined) {
        const hint = spec.describeAccountNumber?.(channel);
        throw new ValidationError(
          `destination.accountNumber is not a valid ${channel.label} number${hint ? ` (${hint})` : ''}`,
          {
            field: 'destination.accountNumber',
            rule: 'account_number',
          },
        );
      }
      const idCard = nationalId(
        input.recipient.nationalId,
        'recipient.nationalId',
        spec.payoutRequiresNationalId ?? false,
      );
      return {
        accountType: channel.accountType,
        bankCode: channel.bankCode,
        accountNo,
        name: normalizeName(input.recipient.name, 'recipient.name'),
        phone: phone(input.recipient.phone, 'recipient.phone'),
        email: normalizeEmail(input.recipient.email, 'recipient.email'),
        ...(idCard === undefined ? {} : { idCard }),
      };
    },

    fromWireMethod(payType: string, inBankCode: string): PaymentMethod | undefined {
      return spec.methods.find((m) => m.payType === payType && m.inBankCode === inBankCode)?.method;
    },
  };
}
