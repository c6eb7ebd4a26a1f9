/**
 * The OTGPAY sandbox's own control API (`/__sandbox/`): things only a payer or the gateway
 * does — inject faults, run the daily settlement, fund the merchant account. Merchant
 * operations never go through here; they go through paymux.
 */
export interface FaultSettings {
  readonly commitThen1003?: number;
  readonly dropAfterCommit?: number;
  readonly busyRate?: number;
  readonly latencyMs?: number;
  readonly duplicateCallbacks?: boolean;
  readonly reorderCallbacks?: boolean;
  readonly paths?: readonly string[];
}

export class SandboxControl {
  readonly #base: string;

  constructor(sandboxUrl: string) {
    this.#base = `${sandboxUrl.replace(/\/$/, '')}/__sandbox`;
  }

  faults(): Promise<FaultSettings> {
    return this.#call('GET', '/faults');
  }

  setFaults(settings: FaultSettings): Promise<FaultSettings> {
    return this.#call('POST', '/faults', settings);
  }

  clearFaults(): Promise<unknown> {
    return this.#call('DELETE', '/faults');
  }

  settle(country: string): Promise<{ records: unknown[] }> {
    return this.#call('POST', '/settle', { country });
  }

  /** Adds `amount` (wire decimal string) to the merchant's available balance. */
  fund(country: string, amount: string): Promise<unknown> {
    return this.#call('POST', '/fund', { country, amount });
  }

  async #call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.#base}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`sandbox ${method} ${path}: HTTP ${response.status} ${text.slice(0, 200)}`);
    }
    return (text ? JSON.parse(text) : {}) as T;
  }
}
