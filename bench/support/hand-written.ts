/**
 * The baseline every client-side benchmark is measured against: what a competent
 * integrator writes by hand against the OTGPAY protocol with nothing but `fetch` and
 * `node:crypto` — keys parsed into KeyObjects once, canonical string, sign, POST, parse,
 * verify `data.sign`. No validation, no retries, no idempotency, no events.
 */
import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

export interface HandCredentials {
  readonly appId: number;
  readonly apiKey: string;
  readonly merchantPrivateKey: string;
  readonly platformPublicKey: string;
  readonly baseUrl: string;
}

/** OTGPAY canonical string of a flat object whose values are strings, integers or arrays. */
export function handCanonical(params: Record<string, unknown>, apiKey: string): string {
  const keys = Object.keys(params)
    .filter(
      (k) => k !== 'sign' && params[k] !== undefined && params[k] !== null && params[k] !== '',
    )
    .sort();
  let out = '';
  for (const key of keys) {
    const value = params[key];
    out += `${out === '' ? '' : '&'}${key}=${typeof value === 'object' ? sortedJson(value) : String(value)}`;
  }
  return `${out}&key=${apiKey}`;
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export class HandClient {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;

  constructor(readonly credentials: HandCredentials) {
    this.privateKey = createPrivateKey({
      key: Buffer.from(credentials.merchantPrivateKey, 'base64'),
      format: 'der',
      type: 'pkcs8',
    });
    this.publicKey = createPublicKey({
      key: Buffer.from(credentials.platformPublicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
  }

  signed(params: Record<string, unknown>): Record<string, unknown> {
    const canonical = handCanonical(params, this.credentials.apiKey);
    return {
      ...params,
      sign: sign('sha256', Buffer.from(canonical), this.privateKey).toString('base64'),
    };
  }

  verify(data: Record<string, unknown>): boolean {
    const signature = data['sign'];
    if (typeof signature !== 'string') return false;
    const canonical = handCanonical(data, this.credentials.apiKey);
    return verify(
      'sha256',
      Buffer.from(canonical),
      this.publicKey,
      Buffer.from(signature, 'base64'),
    );
  }

  /** Sign, POST, parse the envelope, verify `data.sign`; throws on anything but a verified success. */
  async post(path: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const body = this.signed({ appId: this.credentials.appId, ...params });
    const res = await fetch(`${this.credentials.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const envelope = (await res.json()) as {
      status: string;
      msg?: string;
      data?: Record<string, unknown>;
    };
    if (envelope.status !== '1' || !envelope.data)
      throw new Error(`OTGPAY refused: ${envelope.msg}`);
    if (!this.verify(envelope.data)) throw new Error('OTGPAY response signature invalid');
    return envelope.data;
  }
}
