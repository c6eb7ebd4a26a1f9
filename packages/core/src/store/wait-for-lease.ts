/** How long to sleep before looking at a lease held by another instance again. */
export function waitForLease(remainingMs: number, signal?: AbortSignal): Promise<void> {
  const ms = Math.max(5, Math.min(remainingMs, 100));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
