/** The nine OTGPAY endpoints (protocol §4) and how a path maps to one. */

export type EndpointName =
  | 'paymentCreate'
  | 'paymentQuery'
  | 'paymentRefund'
  | 'payoutSubmit'
  | 'payoutQuery'
  | 'payoutBatch'
  | 'settlementRecords'
  | 'statement'
  | 'balance';

export interface Endpoint {
  name: EndpointName;
  method: 'GET' | 'POST';
  template: string;
  /** Writes may be hit by commit-then-1003 / drop-after-commit faults. */
  write: boolean;
}

interface RouteDef extends Endpoint {
  pattern: RegExp;
}

const ID = '([^/]+)';

const ROUTES: RouteDef[] = [
  {
    name: 'paymentCreate',
    method: 'POST',
    template: '/api/payment/create',
    write: true,
    pattern: /^\/api\/payment\/create$/,
  },
  {
    name: 'payoutSubmit',
    method: 'POST',
    template: '/api/payout/submit',
    write: true,
    pattern: /^\/api\/payout\/submit$/,
  },
  {
    name: 'payoutBatch',
    method: 'POST',
    template: '/api/payout/batch',
    write: true,
    pattern: /^\/api\/payout\/batch$/,
  },
  {
    name: 'settlementRecords',
    method: 'GET',
    template: '/api/settlement/records',
    write: false,
    pattern: /^\/api\/settlement\/records$/,
  },
  {
    name: 'statement',
    method: 'GET',
    template: '/api/statement',
    write: false,
    pattern: /^\/api\/statement$/,
  },
  {
    name: 'balance',
    method: 'GET',
    template: '/api/balance',
    write: false,
    pattern: /^\/api\/balance$/,
  },
  {
    name: 'paymentRefund',
    method: 'POST',
    template: '/api/payment/{id}/refund',
    write: true,
    pattern: new RegExp(`^/api/payment/${ID}/refund$`),
  },
  {
    name: 'paymentQuery',
    method: 'GET',
    template: '/api/payment/{id}',
    write: false,
    pattern: new RegExp(`^/api/payment/${ID}$`),
  },
  {
    name: 'payoutQuery',
    method: 'GET',
    template: '/api/payout/{id}',
    write: false,
    pattern: new RegExp(`^/api/payout/${ID}$`),
  },
];

export type RouteMatch =
  | { kind: 'ok'; endpoint: Endpoint; id?: string }
  | { kind: 'method'; allowed: string }
  | { kind: 'none' };

/** Each route's endpoint without its pattern, built once (what a match returns). */
const ENDPOINT_OF = new Map<RouteDef, Endpoint>(
  ROUTES.map((route) => {
    const { pattern: _pattern, ...endpoint } = route;
    return [route, endpoint];
  }),
);

/** Matches a path; the first route whose pattern matches wins (fixed paths first). */
export function matchRoute(method: string, pathname: string): RouteMatch {
  for (const route of ROUTES) {
    const m = route.pattern.exec(pathname);
    if (!m) continue;
    if (route.method !== method) return { kind: 'method', allowed: route.method };
    const endpoint = ENDPOINT_OF.get(route) as Endpoint;
    return m[1] === undefined ? { kind: 'ok', endpoint } : { kind: 'ok', endpoint, id: m[1] };
  }
  return { kind: 'none' };
}
