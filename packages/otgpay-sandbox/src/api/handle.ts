import type { IncomingMessage, ServerResponse } from 'node:http';
import { failure, success } from '../envelope.js';
import {
  ERROR,
  illegal,
  ProtocolError,
  paramNull,
  systemBusy,
  systemException,
} from '../errors.js';
import type { Faults } from '../faults.js';
import { BodyTooLarge, parseJsonObject, readBody } from '../http/body.js';
import type { RequestTarget } from '../http/request-target.js';
import { sendJson, sendRaw } from '../http/respond.js';
import type { Merchant } from '../merchants.js';
import type { SandboxState } from '../state/state.js';
import { isBlank, type Params } from '../validation/fields.js';
import { ENDPOINTS } from './endpoints.js';
import { faultAnswer, flipByte } from './fault-answers.js';
import { type Endpoint, matchRoute } from './routes.js';

/** The OTGPAY request pipeline: route → faults → parse → appId → sign → handler → signed envelope. */

export interface ApiContext {
  state: SandboxState;
  faults: Faults;
  merchantByAppId(appId: number): Merchant | undefined;
  /** Settle finished days on each request, like the gateway's daily T+1 run. */
  autoSettle: boolean;
  log(message: string, err?: unknown): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readParams(
  req: IncomingMessage,
  url: RequestTarget,
  endpoint: Endpoint,
  id?: string,
): Promise<Params> {
  let params: Params;
  if (endpoint.method === 'GET') {
    // null prototype: `constructor`, `toString`, `__proto__` are ordinary keys here, and
    // `in` would otherwise see Object.prototype members and silently drop signed keys
    params = Object.create(null) as Params;
    for (const [k, v] of url.searchParams) if (!Object.hasOwn(params, k)) params[k] = v;
  } else {
    const type = String(req.headers['content-type'] ?? '');
    const body = await readBody(req);
    if (type !== '' && !/json/i.test(type)) throw illegal('Content-Type');
    const parsed = parseJsonObject(body);
    if (!parsed) throw illegal('body');
    params = parsed;
  }
  if (id !== undefined) {
    let orderId: string;
    try {
      orderId = decodeURIComponent(id);
    } catch {
      throw illegal('orderId');
    }
    if (!isBlank(params['orderId']) && params['orderId'] !== orderId) throw illegal('orderId');
    params['orderId'] = orderId;
  }
  return params;
}

function authenticate(ctx: ApiContext, params: Params): Merchant {
  const raw = params['appId'];
  if (isBlank(raw)) throw paramNull('appId');
  const appId =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\d{1,12}$/.test(raw)
        ? Number(raw)
        : Number.NaN;
  const merchant = Number.isSafeInteger(appId) ? ctx.merchantByAppId(appId) : undefined;
  if (!merchant) throw illegal('appId');
  if (isBlank(params['sign'])) throw paramNull('sign');
  if (!merchant.signer.verify(params)) throw illegal('sign');
  return merchant;
}

export async function handleApi(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: RequestTarget,
): Promise<void> {
  const match = matchRoute(req.method ?? 'GET', url.pathname);
  if (match.kind === 'none') {
    sendJson(res, 404, { status: '0', error: '404', msg: 'not found' });
    return;
  }
  if (match.kind === 'method') {
    res.setHeader('allow', match.allowed);
    sendJson(res, 405, { status: '0', error: '405', msg: 'method not allowed' });
    return;
  }
  const { endpoint, id } = match;
  try {
    const latency = ctx.faults.latency(url.pathname, endpoint.template);
    if (latency > 0) await sleep(latency);
    if (ctx.faults.busy(url.pathname, endpoint.template)) throw systemBusy();
    const params = await readParams(req, url, endpoint, id);
    const merchant = authenticate(ctx, params);
    if (ctx.autoSettle) ctx.state.settleDue(merchant.country.appId, merchant.country.offsetMinutes);
    const data = ENDPOINTS[endpoint.name](ctx.state, merchant, params);
    if (endpoint.write) {
      const after = ctx.faults.afterCommit(url.pathname, endpoint.template);
      if (after === 'drop') {
        req.socket.destroy();
        return;
      }
      if (after === '1003') throw systemException();
      if (after !== 'respond') {
        sendRaw(res, 200, faultAnswer(after, data, merchant.signer, ctx.faults.draw()));
        return;
      }
    }
    const flip = ctx.faults.nextFlip(url.pathname, endpoint.template);
    if (flip) {
      sendRaw(res, 200, flipByte(JSON.stringify(success(data, merchant.signer)), flip));
      return;
    }
    sendJson(res, 200, success(data, merchant.signer));
  } catch (err) {
    if (err instanceof BodyTooLarge) {
      res.setHeader('connection', 'close');
      sendJson(res, 413, failure(illegal('body too large')));
      return;
    }
    if (err instanceof ProtocolError) {
      sendJson(res, 200, failure(err));
      return;
    }
    ctx.log(`unexpected error in ${endpoint.template}`, err);
    sendJson(res, 200, failure(new ProtocolError(ERROR.SYSTEM_EXCEPTION)));
  }
}
