/** The JSON envelope of every OTGPAY answer (protocol §3). */
export type Envelope =
  | { readonly ok: true; readonly code: string; readonly data: Record<string, unknown> }
  | {
      readonly ok: false;
      readonly code: string;
      readonly msg: string;
      /** The envelope as received. */
      readonly body: Record<string, unknown>;
    };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a response body as an envelope: `{"status":"1","data":{...}}` or
 * `{"status":"0","error":"1002","msg":"..."}`. Returns undefined for anything else
 * (not JSON, not an object, unknown status, success without a `data` object).
 */
export function parseEnvelope(text: string): Envelope | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(body)) return undefined;
  const status = String(body['status']);
  const code = typeof body['error'] === 'string' ? body['error'] : String(body['error'] ?? '');
  if (status === '1') {
    return isRecord(body['data']) ? { ok: true, code, data: body['data'] } : undefined;
  }
  if (status === '0' && code !== '') {
    return { ok: false, code, msg: typeof body['msg'] === 'string' ? body['msg'] : '', body };
  }
  return undefined;
}
