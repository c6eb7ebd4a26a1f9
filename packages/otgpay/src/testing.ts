import type { KeyObjectLike } from '@paymux/otgpay-signing';
import { OtgpaySigner, parsePrivateKey } from '@paymux/otgpay-signing';

export interface SignCallbackOptions {
  /** Append `&key=<apiKey>` to the canonical string (default true, as the provider). */
  readonly appendSecretKey?: boolean;
}

/**
 * The raw JSON body of an OTGPAY callback signed with the platform private key, as the
 * platform would POST it: feed it to `provider.parseWebhook({ rawBody })` or POST it to a
 * webhook endpoint under test.
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
