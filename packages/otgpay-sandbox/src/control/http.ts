import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CountryCode, isCountryCode } from '../countries.js';
import type { FaultConfig } from '../faults.js';
import { BodyTooLarge, parseJsonObject, readBody } from '../http/body.js';
import type { RequestTarget } from '../http/request-target.js';
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

function optionalBoolean(o: Json, key: string): boolean | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw new ControlError(400, `${key} must be a boolean`);
  return v;
}

const NO_ROUTE = Symbol('no route');

/** The reconciliation quirks: one route per way of making a category on purpose. */
async function reconciliationRoute(
  control: SandboxControl,
  route: string,
  parts: string[],
  req: IncomingMessage,
): Promise<unknown> {
  const [, merchant, id, action] = parts;
  if (route === 'POST payments' && parts.length === 2) {
    const b = await body(req);
    const orderId = optionalString(b, 'orderId');
    const amount = optionalString(b, 'amount');
    if (orderId === undefined || amount === undefined) {
      throw new ControlError(400, 'orderId and amount required');
    }
    const status = b['status'];
    return control.foreignPayment(ref(merchant!), {
      orderId,
      amount,
      ...(status === undefined ? {} : { status: status as PaymentStatus }),
    });
  }
  if (route === 'POST settlements' && parts.length === 4 && action === 'adjust') {
    const b = await body(req);
    const change: { gross?: string; fee?: string; net?: string } = {};
    for (const field of ['gross', 'fee', 'net'] as const) {
      const value = optionalString(b, field);
      if (value !== undefined) change[field] = value;
    }
    return control.adjustSettlement(ref(merchant!), decodeURIComponent(id!), change);
  }
  if (route === 'POST payouts' && parts.length === 4 && action === 'quirks') {
    const b = await body(req);
    const loseCallback = optionalBoolean(b, 'loseCallback');
    return control.payoutQuirks(ref(merchant!), decodeURIComponent(id!), {
      ...(loseCallback === undefined ? {} : { loseCallback }),
    });
  }
  if (route !== 'POST payments' || parts.length !== 4) return NO_ROUTE;
  const orderId = decodeURIComponent(id!);
  if (action === 'quirks') {
    const b = await body(req);
    const loseCallback = optionalBoolean(b, 'loseCallback');
    const unbooked = optionalBoolean(b, 'unbooked');
    const fee = optionalString(b, 'fee');
    return control.paymentQuirks(ref(merchant!), orderId, {
      ...(loseCallback === undefined ? {} : { loseCallback }),
      ...(unbooked === undefined ? {} : { unbooked }),
      ...(fee === undefined ? {} : { fee }),
    });
  }
  if (action === 'duplicate-entries') {
    const b = await body(req);
    const type = optionalString(b, 'type') ?? 'PAYMENT';
    return { entries: control.duplicateEntries(ref(merchant!), orderId, type as 'PAYMENT') };
  }
  if (action === 'shift') {
    const b = await body(req);
    const deltaMs = b['deltaMs'];
    if (typeof deltaMs !== 'number') throw new ControlError(400, 'deltaMs must be a number');
    return control.shiftPayment(ref(merchant!), orderId, deltaMs);
  }
  if (action === 'reverse') return control.reversePayment(ref(merchant!), orderId);
  return NO_ROUTE;
}

export async function handleControl(
  control: SandboxControl,
  merchants: () => Json[],
  req: IncomingMessage,
  res: ServerResponse,
  url: RequestTarget,
): Promise<void> {
  const method = req.method ?? 'GET';
  const parts = url.pathname.split('/').filter(Boolean).slice(1);
  const route = `${method} ${parts[0] ?? ''}`;
  try {
    const result = await (async (): Promise<unknown> => {
      if (route === 'GET faults' && parts.length === 1) return control.getFaults();
      if (route === 'GET faults' && parts.length === 2 && parts[1] === 'injected') {
        return control.injectedFaults();
      }
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
      const reconciliation = await reconciliationRoute(control, route, parts, req);
      if (reconciliation !== NO_ROUTE) return reconciliation;
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
