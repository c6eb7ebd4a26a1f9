import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  backoffCeiling,
  backoffDelay,
  createPaymux,
  NetworkError,
  ProviderError,
  RateLimitedError,
  runWithRetry,
  TimeoutError,
} from '../src/index.js';
import { resolveRetryOptions } from '../src/retry/retry-options.js';
import { FakeProvider } from './support/fake-provider.js';
import { chargeInput } from './support/inputs.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('backoff', () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1000 };

  it('doubles the ceiling per attempt up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffCeiling(attempt, options))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('draws a full-jitter delay in [0, ceiling)', () => {
    expect(backoffDelay(3, { ...options, random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { ...options, random: () => 0.5 })).toBe(200);
    expect(backoffDelay(3, { ...options, random: () => 0.999999 })).toBe(399);
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(4, { ...options, random: Math.random });
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(800);
    }
  });

  it('refuses nonsense options', () => {
    expect(() => resolveRetryOptions({ maxAttempts: 0 })).toThrow(RangeError);
    expect(() => resolveRetryOptions({ baseDelayMs: -1 })).toThrow(RangeError);
  });
});

describe('runWithRetry with fake timers', () => {
  it('waits jittered delays between retryable failures, then succeeds', async () => {
    vi.useFakeTimers();
    const options = resolveRetryOptions({ maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 10_000 });
    const seen: Array<{ attempt: number; delayMs: number }> = [];
    let calls = 0;
    const promise = runWithRetry(
      async (attempt) => {
        calls += 1;
        if (attempt < 4) throw new RateLimitedError('busy');
        return 'done';
      },
      {
        provider: 'p',
        options,
        onRetry: ({ attempt, delayMs }) => seen.push({ attempt, delayMs }),
      },
    );
    await vi.runAllTimersAsync();
    await expect(promise).resolves.toBe('done');
    expect(calls).toBe(4);
    expect(seen.map((notice) => notice.attempt)).toEqual([1, 2, 3]);
    seen.forEach(({ attempt, delayMs }) => {
      expect(delayMs).toBeGreaterThanOrEqual(0);
      expect(delayMs).toBeLessThan(100 * 2 ** (attempt - 1));
    });
  });

  it('does not advance before the delay has elapsed', async () => {
    vi.useFakeTimers();
    const options = resolveRetryOptions({ baseDelayMs: 1000, maxDelayMs: 1000, random: () => 0.5 });
    let calls = 0;
    const promise = runWithRetry(
      async () => {
        calls += 1;
        if (calls === 1) throw new NetworkError('refused');
        return calls;
      },
      { provider: 'p', options },
    );
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(promise).resolves.toBe(2);
  });

  it('stops at maxAttempts and throws the last error', async () => {
    vi.useFakeTimers();
    const options = resolveRetryOptions({ maxAttempts: 3 });
    let calls = 0;
    const promise = runWithRetry(
      async () => {
        calls += 1;
        throw new TimeoutError(`slow ${calls}`);
      },
      { provider: 'p', options },
    );
    const assertion = expect(promise).rejects.toThrow('slow 3');
    await vi.runAllTimersAsync();
    await assertion;
    expect(calls).toBe(3);
  });

  it('never retries a non-retryable error, whatever its code', async () => {
    const options = resolveRetryOptions({ maxAttempts: 5 });
    let calls = 0;
    await expect(
      runWithRetry(
        async () => {
          calls += 1;
          throw new RateLimitedError('refused for good', { retryable: false });
        },
        { provider: 'p', options },
      ),
    ).rejects.toMatchObject({ code: 'rate_limited' });
    expect(calls).toBe(1);
    let flaky = 0;
    await expect(
      runWithRetry(
        async () => {
          flaky += 1;
          if (flaky === 1) throw new ProviderError('transient', { retryable: true });
          return 'ok';
        },
        { provider: 'p', options: { ...options, sleep: async () => {} } },
      ),
    ).resolves.toBe('ok');
  });

  it('emits retry events with delays inside the jitter bounds through the client', async () => {
    vi.useFakeTimers();
    const provider = new FakeProvider('fake-id');
    provider.fail('createCharge', new RateLimitedError('busy'), new RateLimitedError('busy'));
    const paymux = createPaymux({
      providers: [provider],
      retry: { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5000 },
    });
    const retries: Array<{ attempt: number; delayMs: number; code: string }> = [];
    paymux.on('retry', (event) => retries.push(event));
    const promise = paymux.charges.create(chargeInput());
    await vi.runAllTimersAsync();
    const charge = await promise;
    expect(charge.reference).toBe('order-1');
    expect(retries.map((retry) => [retry.attempt, retry.code])).toEqual([
      [1, 'rate_limited'],
      [2, 'rate_limited'],
    ]);
    expect(retries[0]?.delayMs).toBeLessThan(200);
    expect(retries[1]?.delayMs).toBeLessThan(400);
    expect(provider.callsOf('createCharge').map((call) => call.attempt)).toEqual([1, 2, 3]);
  });
});
