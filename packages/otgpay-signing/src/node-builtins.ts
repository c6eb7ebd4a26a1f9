// Types only (erased): the modules as @types/node describes them.
import type * as NodeBufferModule from 'node:buffer';
import type * as NodeCryptoModule from 'node:crypto';

/** The Node built-ins the fast paths use, as `process.getBuiltinModule` returns them. */
export interface NodeBuiltins {
  readonly crypto: typeof NodeCryptoModule;
  readonly Buffer: typeof NodeBufferModule.Buffer;
}

interface ProcessWithBuiltins {
  getBuiltinModule?: (id: string) => unknown;
}

let cached: NodeBuiltins | null | undefined;

/**
 * `node:crypto` and `Buffer` when the runtime has them — Node ≥ 20.16 (and Bun, Deno)
 * through `process.getBuiltinModule` — or undefined (Cloudflare workerd without
 * `nodejs_compat`, browsers). Never a static import, so a bundle for an edge runtime
 * carries no Node built-in.
 */
export function nodeBuiltins(): NodeBuiltins | undefined {
  if (cached === undefined) {
    cached = null;
    const proc = (globalThis as { process?: ProcessWithBuiltins }).process;
    try {
      const crypto = proc?.getBuiltinModule?.('node:crypto') as NodeBuiltins['crypto'] | undefined;
      const buffer = proc?.getBuiltinModule?.('node:buffer') as typeof NodeBufferModule | undefined;
      if (crypto && typeof crypto.verify === 'function' && buffer?.Buffer) {
        cached = { crypto, Buffer: buffer.Buffer };
      }
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
