import type { KeyObjectLike } from '@paymux/otgpay-signing';
import { OtgpaySigner, parsePrivateKey } from '@paymux/otgpay-signing';

/** Options of {@link signOtgpayCallback}. */
export interface SignCallbackOptions {
  /** Append `&key=<apiKey>` to the canonical string (default true, as the provider). */
  readonly appendSecretKey?: boolean;
}

/**
 * The raw JSON body of an OTGPAY callback signed with the platform private key, as the
 * platform would POST it: feed it to `provider.parseWebhook({ rawBody })` or POST it to a
 * webhook endpoint under test.
 *
 * @param body - the callback fields (protocol §7) without `sign`
 * @param platformPrivateKey - the platform private key whose public half the provider verifies with
 * @param apiKey - the merchant's API key (appended as `&key=` unless `appendSecretKey` is false)
 *
 * @example
 * ```ts
 * import { generateKeyPairSync } from 'node:crypto';
 * import { signOtgpayCallback } from '@paymux/otgpay/testing';
 *
 * const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
 * // provider = otgpay({ …, platformPublicKey: platform.publicKey, apiKey: 'test-key' })
 * const rawBody = signOtgpayCallback(
 *   {
 *     appId: 1054,
 *     event: 'payment.completed',
 *     orderId: 'order-1',
 *     orderNo: 'OTG123',
 *     amount: '150000',
 *     currency: 'IDR',
 *     fee: '3750',
 *     status: 2,
 *     payTime: '2026-11-24T14:05:00+07:00',
 *   },
 *   platform.privateKey,
 *   'test-key',
 * );
 * const event = await provider.parseWebhook({ rawBody }); // verified: charge.succeeded
 * ```
 */
export function signOtgpayCallback(
  body: Record<string, unknown>,
  platformPrivateKey: string | KeyObjectLike,
  apiKey: string,
  options: SignCallbackOptions = {},
): string {
  const privateKey = parsePrivateKey(platformPrivateKey);
  const signer = new OtgpaySigner({
    privateKey,
    verifyKey: privateKey,
    apiKey,
    appendSecretKey: options.appendSecretKey ?? true,
  });
  return JSON.stringify(signer.signed(body));
}
