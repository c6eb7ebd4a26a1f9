import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CountryCode, isCountryCode } from '../countries.js';
import type { FaultConfig } from '../faults.js';
import { BodyTooLarge, parseJsonObject, readBody } from '../http/body.js';
import { sendJson } from '../http/respond.js';
import type { PaymentStatus } from '../state/types.js';
import { ControlError, type MerchantRef, type SandboxControl } from './control.js';

/** JSON control API under `/__sandbox/` (no signature; never part of the OTGPAY surface). */

type Json = Record<string, unknown>;

function ref(segment: string): MerchantRef {
  const s = decodeURIComponent(segment);
  if (isCountryCode(s.toUpperCase())) return s.toUpperCase() as CountryCode;
  if (/^\d+$/.test(s)) return Number(s);
  throw new ControlError(404, `unknown merchant ${s}`);
}

async function body(req: IncomingMessage): Promise<Json> {
  const buf = await readBody(req);
  if (buf.length === 0) return {};
  const parsed = parseJsonObject(buf);
  if (!parsed) throw new ControlError(400, 'body must be a JSON object');
  return parsed;
}

function optionalString(o: Json, key: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new ControlError(400, `${key} must be a string`);
  return v;
}

function optionalRef(o: Json, ...keys: string[]): MerchantRef | undefined {
  for (const key of keys) {
    const v = o[key];
    if (typeof v === 'number') return v;
    if (typeof v === 'string') return ref(v);
  }
  return undefined;
}

export async function handleControl(
  control: SandboxControl,
  merchants: () => Json[],
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const method = req.method ?? 'GET';
  const parts = url.pathname.split('/').filter(Boolean).slice(1);
  const route = `${method} ${parts[0] ?? ''}`;
  try {
    const result = await (async (): Promise<unknown> => {
      if (route === 'GET faults' && parts.length === 1) return control.getFaults();
      if (route === 'POST faults' && parts.length === 1)
        return control.setFaults((await body(req)) as FaultConfig);
      if (route === 'DELETE faults' && parts.length === 1) {
        control.clearFaults();
        return control.getFaults();
      }
      if (route === 'POST payments' && parts.length === 4 && parts[3] === 'outcome') {
        const b = await body(req);
        const paidAmount = optionalString(b, 'paidAmount');
        return control.paymentOutcome(ref(parts[1]!), decodeURIComponent(parts[2]!), {
          status: b['status'] as PaymentStatus,
          ...(paidAmount === undefined ? {} : { paidAmount }),
        });
      }
      if (route === 'POST payouts' && parts.length === 4 && parts[3] === 'outcome') {
        const b = await body(req);
        const errorMsg = optionalString(b, 'errorMsg');
        return control.payoutOutcome(ref(parts[1]!), decodeURIComponent(parts[2]!), {
          status: b['status'] as 2 | 3,
          ...(errorMsg === undefined ? {} : { errorMsg }),
        });
      }
      if (route === 'POST settle' && parts.length === 1) {
        const b = await body(req);
        const appId = optionalRef(b, 'appId', 'country');
        const date = optionalString(b, 'date');
        return {
          records: control.settle({
            ...(appId === undefined ? {} : { appId }),
            ...(date === undefined ? {} : { date }),
          }),
        };
      }
      if (route === 'POST fund' && parts.length === 1) {
        const b = await body(req);
        const target = optionalRef(b, 'appId', 'country');
        const amount = optionalString(b, 'amount');
        if (target === undefined || amount === undefined)
          throw new ControlError(400, 'appId/country and amount required');
        return control.fund(target, amount);
      }
      if (route === 'GET balance' && parts.length === 2) return control.balance(ref(parts[1]!));
      if (route === 'GET callbacks' && parts.length === 3) {
        return { deliveries: control.callbacks(ref(parts[1]!), decodeURIComponent(parts[2]!)) };
      }
      if (route === 'GET orders' && parts.length === 2) return control.orders(ref(parts[1]!));
      if (route === 'POST reset' && parts.length === 1) {
        control.reset();
        return { ok: true };
      }
      if (route === 'GET merchants' && parts.length === 1) return { merchants: merchants() };
      if (route === 'GET health' && parts.length === 1) return { ok: true };
      throw new ControlError(404, 'no such control endpoint');
    })();
    sendJson(res, 200, result ?? { ok: true });
  } catch (err) {
    if (err instanceof ControlError) sendJson(res, err.httpStatus, { error: err.message });
    else if (err instanceof BodyTooLarge) sendJson(res, 413, { error: 'body too large' });
    else if (err instanceof URIError) sendJson(res, 400, { error: 'bad path encoding' });
    else throw err;
  }
}
