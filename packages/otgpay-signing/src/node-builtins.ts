// Types only (erased): the modules as @types/node describes them.
import type * as NodeBufferModule from 'node:buffer';
import type * as NodeCryptoModule from 'node:crypto';

/** The Node built-ins the synchronous paths use, as `process.getBuiltinModule` returns them. */
export interface NodeBuiltins {
  readonly crypto: typeof NodeCryptoModule;
  readonly Buffer: typeof NodeBufferModule.Buffer;
}

interface RuntimeGlobals {
  readonly process?: {
    readonly versions?: { readonly node?: string };
    getBuiltinModule?: (id: string) => unknown;
  };
  readonly Deno?: unknown;
  readonly Bun?: unknown;
  readonly navigator?: { readonly userAgent?: string };
}

let cached: NodeBuiltins | null | undefined;

/**
 * `node:crypto` and `Buffer` where the runtime offers them through `process.getBuiltinModule`
 * (Node ≥ 20.16; Deno, Bun and workerd with `nodejs_compat` have their own), otherwise
 * undefined. Never a static import, so a bundle for an edge runtime carries no Node built-in.
 */
export function nodeBuiltins(): NodeBuiltins | undefined {
  if (cached === undefined) {
    cached = null;
    const proc = (globalThis as RuntimeGlobals).process;
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

/**
 * Whether this is Node itself. Deno, Bun and workerd with `nodejs_compat` expose `process`
 * and a `node:crypto` of their own; they are told apart by name, and fast paths that pick
 * `node:crypto` over WebCrypto take it on Node only (elsewhere WebCrypto is the native API).
 */
export function isNode(): boolean {
  const g = globalThis as RuntimeGlobals;
  return (
    g.process?.versions?.node !== undefined &&
    g.Deno === undefined &&
    g.Bun === undefined &&
    g.navigator?.userAgent !== 'Cloudflare-Workers'
  );
}
