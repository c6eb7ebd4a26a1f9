/** Store kinds and key builders used by the state modules. */

export const KIND = {
  payment: 'payment',
  payout: 'payout',
  refundId: 'refund-id',
  batch: 'batch',
  token: 'token',
  ledger: 'ledger',
  settlement: 'settlement',
  balance: 'balance',
  counter: 'counter',
} as const;

export const orderKey = (appId: number, id: string) => `${appId}:${id}`;
export const seqKey = (appId: number, seq: number) => `${appId}:${String(seq).padStart(10, '0')}`;
export const appPrefix = (appId: number) => `${appId}:`;
