import type {
  CreateChargeInput,
  CreatePayoutInput,
  Normalized,
  PaymentMethod,
  PaymentMethodType,
  PayoutDestinationType,
} from '@paymux/core';

/** OTGPAY collection types, as sent in `payType`. */
export type OtgpayPayType = 'QR' | 'VA' | 'EWALLET' | 'BANK_TRANSFER' | 'MOBILE_BANKING';

/** OTGPAY payout account types, as sent in `accountType`. */
export type OtgpayAccountType = 'BANK_ACCOUNT' | 'EWALLET';

/** One way a payer can pay in a country, for capability listing and for the demo. */
export interface CollectionMethodInfo {
  /** The core method it serves. */
  readonly method: PaymentMethod;
  /** Human label, e.g. `QRIS`, `BCA Virtual Account`, `OVO`. */
  readonly label: string;
  /** The `payType` sent for this method. */
  readonly payType: OtgpayPayType;
  /**
   * The `inBankCode` sent for this method: bank code, wallet or scheme (`014`, `OVO`, `PROMPTPAY`).
   */
  readonly inBankCode: string;
  /** Inclusive limits in minor units (ISO 4217 exponent of the currency). */
  readonly minAmount: bigint;
  /**
   * Inclusive maximum in minor units; a larger charge is refused before sending (`money.amount`).
   */
  readonly maxAmount: bigint;
  /** Fields this method additionally requires, e.g. `customer.nationalId`. */
  readonly requires?: readonly string[];
}

/** One kind of payout destination in a country. */
export interface PayoutChannelInfo {
  /** The `destination.type` it serves: `bank_account` or `ewallet`. */
  readonly type: PayoutDestinationType;
  /** The `destination.bank` value merchants pass: bank code or wallet name. */
  readonly bank: string;
  /** Human label for messages and the demo, e.g. `BCA account`, `OVO wallet`. */
  readonly label: string;
  /** The `accountType` sent: `BANK_ACCOUNT` or `EWALLET`. */
  readonly accountType: OtgpayAccountType;
  /** The `bankCode` sent: clearing code, IBAN bank identifier or wallet code. */
  readonly bankCode: string;
  /**
   * Inclusive payout limits in minor units. Absent: only "positive" is checked. Country
   * packages set them (with their sources, or marked as our defaults) so that an amount no
   * such account can take (a Rp 1 miliar OVO payout) is refused before anything is sent.
   */
  readonly minAmount?: bigint;
  /** Inclusive maximum in minor units; absent: no upper limit is checked. */
  readonly maxAmount?: bigint;
}

/** Wire fields of a payment create, besides appId, orderId, amount, notifyUrl and sign. */
export interface ChargeWireFields {
  /** `payType` of the chosen method. */
  readonly payType: OtgpayPayType;
  /** `inBankCode` of the chosen method. */
  readonly inBankCode: string;
  /** The payer's name, normalized: NFC, 1–30 letters, spaces and `' . -`. */
  readonly name: string;
  /** The payer's mobile number in the country's wire form (`08…`, `0XXXXXXXXX`, `03XXXXXXXXX`). */
  readonly phone: string;
  /** The payer's email, trimmed. */
  readonly email: string;
  /** The payer's national id in wire form (13-digit CNIC), when given or required. */
  readonly idCard?: string;
  /** `customer.id`, when given. */
  readonly partnerUserId?: string;
  /** `description`, when given. */
  readonly subject?: string;
}

/** Wire fields of a payout submit, besides appId, orderId, amount, notifyUrl and sign. */
export interface PayoutWireFields {
  /** `accountType` of the matched payout channel. */
  readonly accountType: OtgpayAccountType;
  /** `bankCode` of the matched payout channel. */
  readonly bankCode: string;
  /** The account number in wire form: digits, IBAN, PromptPay id or wallet phone. */
  readonly accountNo: string;
  /** The recipient's name, normalized. */
  readonly name: string;
  /** The recipient's mobile number in wire form. */
  readonly phone: string;
  /** The recipient's email, trimmed. */
  readonly email: string;
  /** The recipient's national id in wire form, when given or required (Pakistan). */
  readonly idCard?: string;
}

/**
 * A country's input rules in words, for forms, error messages and the generated country
 * pages (`docs/countries/*.md`). Data only: the checks themselves are `toChargeFields` and
 * `toPayoutFields`.
 */
export interface CountryRules {
  /** The country's name in English: `Indonesia`. */
  readonly countryName: string;
  /** A valid mobile number in its wire form, e.g. `081234567890`. */
  readonly phoneExample: string;
  /** What a valid mobile number looks like, e.g. `10 digits starting 06, 08 or 09, …`. */
  readonly phoneRule?: string;
  /** The national id's name and format; absent when the country has none. */
  readonly nationalIdRule?: string;
  /** Whether every payout needs `recipient.nationalId`. */
  readonly payoutRequiresNationalId: boolean;
  /** What a valid account number of a payout channel looks like, if the country says. */
  accountNumberRule(channel: PayoutChannelInfo): string | undefined;
}

/**
 * Everything country-specific the OTGPAY provider needs: pure data and pure functions,
 * never I/O. Implemented by `@paymux/otgpay-id`, `-th` and `-pk`.
 *
 * The `to*Fields` functions validate and normalize a merchant's loose input (phone in any
 * common form, CNIC with or without dashes, ...) and throw `ValidationError` naming the
 * input field (`customer.phone`, `destination.accountNumber`, `money.amount`, ...).
 */
export interface CountryAdapter {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** ISO 4217. */
  readonly currency: string;
  /** Decimal places of OTGPAY amounts on the wire: IDR 0 (whole rupiah), THB and PKR 2. */
  readonly wireExponent: number;
  /** The country's UTC offset used for OTGPAY dates, e.g. `+07:00`. */
  readonly utcOffset: string;
  /** Every collection method, with its wire codes and (merchant-overridable) limits. */
  readonly methods: readonly CollectionMethodInfo[];
  /** Every payout destination, with its wire codes and limits. */
  readonly payoutChannels: readonly PayoutChannelInfo[];
  /** The method families this country offers (derived from `methods`). */
  readonly methodTypes: readonly PaymentMethodType[];
  /** The input rules in words (set by `defineCountryAdapter`). */
  readonly rules?: CountryRules;

  /**
   * The country-specific wire fields of a charge: finds the method (by code, name or alias),
   * checks currency and limits, normalizes name, phone, email and national id. Throws
   * `ValidationError` naming the input field; never does I/O.
   */
  toChargeFields(input: Normalized<CreateChargeInput>): ChargeWireFields;
  /**
   * The country-specific wire fields of a payout: finds the channel for
   * `destination.type`/`destination.bank`, checks currency and limits, normalizes the account
   * number and the recipient. Throws `ValidationError` naming the input field.
   */
  toPayoutFields(input: Normalized<CreatePayoutInput>): PayoutWireFields;
  /** The core method behind a wire payType/inBankCode pair, if known. */
  fromWireMethod(payType: string, inBankCode: string): PaymentMethod | undefined;
}
