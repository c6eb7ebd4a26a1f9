/**
 * In-process change notices ("order X changed") so live pages update at once. Pages also
 * re-read the store on a timer, which covers changes made by another demo instance
 * sharing the database.
 */
export class Changes {
  readonly #waiters = new Map<string, Set<() => void>>();

  notify(topic: string): void {
    const waiters = this.#waiters.get(topic);
    if (!waiters) return;
    this.#waiters.delete(topic);
    for (const wake of waiters) wake();
  }

  /** Resolves on the next notice for `topic`, or after `timeoutMs`, or when `signal` aborts. */
  wait(topic: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.#waiters.get(topic) ?? new Set<() => void>();
      this.#waiters.set(topic, waiters);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const wake = done;
      const timer = setTimeout(done, timeoutMs);
      waiters.add(wake);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}
