import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  asPaymuxError,
  isAmbiguousWriteFailure,
  NetworkError,
  PaymuxError,
  ProviderError,
  RateLimitedError,
  TimeoutError,
  UnknownOutcomeError,
  ValidationError,
} from '../src/index.js';

describe('error classification', () => {
  it('gives each class its code and default retryable flag', () => {
    expect(new RateLimitedError('busy')).toMatchObject({ code: 'rate_limited', retryable: true });
    expect(new NetworkError('down')).toMatchObject({ code: 'network', retryable: true });
    expect(new TimeoutError('slow')).toMatchObject({ code: 'timeout', retryable: true });
    expect(new ProviderError('no')).toMatchObject({ code: 'provider_error', retryable: false });
    expect(new UnknownOutcomeError('?')).toMatchObject({
      code: 'unknown_outcome',
      retryable: false,
    });
    expect(new ValidationError('bad', { field: 'money.amount', rule: 'integer' })).toMatchObject({
      code: 'validation',
      field: 'money.amount',
      rule: 'integer',
      name: 'ValidationError',
    });
  });

  it('lets a provider override retryable', () => {
    expect(new ProviderError('flaky', { retryable: true }).retryable).toBe(true);
  });

  it('classifies ambiguous writes', () => {
    expect(isAmbiguousWriteFailure(new UnknownOutcomeError('?'))).toBe(true);
    expect(isAmbiguousWriteFailure(new TimeoutError('slow'))).toBe(true);
    expect(isAmbiguousWriteFailure(new TimeoutError('connect', { outcomeUnknown: false }))).toBe(
      false,
    );
    expect(isAmbiguousWriteFailure(new NetworkError('refused'))).toBe(false);
    expect(isAmbiguousWriteFailure(new NetworkError('reset', { outcomeUnknown: true }))).toBe(true);
    expect(isAmbiguousWriteFailure(new RateLimitedError('busy'))).toBe(false);
  });

  it('turns a foreign throw into unknown_outcome during a write, provider_error during a read', () => {
    const bug = new TypeError('x is undefined');
    const write = asPaymuxError(bug, { provider: 'p', write: true, reference: 'r' });
    expect(write.code).toBe('unknown_outcome');
    expect(write.reference).toBe('r');
    expect(write.cause).toBe(bug);
    expect(asPaymuxError(bug, { provider: 'p', write: false }).code).toBe('provider_error');
  });
});

describe('PaymuxError.isInstance', () => {
  it('recognises errors of this copy, and subclasses check their code', () => {
    const error = new AuthenticationError('refused');
    expect(PaymuxError.isInstance(error)).toBe(true);
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect(ValidationError.isInstance(error)).toBe(false);
    expect(PaymuxError.isInstance(new Error('plain'))).toBe(false);
    expect(PaymuxError.isInstance(null)).toBe(false);
    expect(PaymuxError.isInstance('validation')).toBe(false);
  });

  it('recognises an error from a second copy of the module (different class identity)', async () => {
    // A query string makes the module loader evaluate a fresh copy of the file.
    const copy = (await import(
      /* @vite-ignore */ `../src/errors/error-classes.js?copy=${Date.now()}`
    )) as typeof import('../src/errors/error-classes.js');
    const foreign = new copy.ValidationError('bad', { field: 'customer.phone', rule: 'pattern' });
    expect(foreign instanceof ValidationError).toBe(false);
    expect(PaymuxError.isInstance(foreign)).toBe(true);
    expect(ValidationError.isInstance(foreign)).toBe(true);
    expect(ProviderError.isInstance(foreign)).toBe(false);
  });

  it('recognises a plain object carrying the shared Symbol.for marker', () => {
    const marked = { code: 'timeout', [Symbol.for('paymux.error')]: true };
    expect(PaymuxError.isInstance(marked)).toBe(true);
    expect(TimeoutError.isInstance(marked)).toBe(true);
  });
});

describe('errors as JSON', () => {
  it('keep outcomeUnknown, so a logged or queued error still says the write may have gone through', () => {
    const reset = new NetworkError('reset after the body was sent', {
      outcomeUnknown: true,
      reference: 'order-1',
    });
    const json = JSON.parse(JSON.stringify(reset));
    expect(json).toMatchObject({ code: 'network', reference: 'order-1', outcomeUnknown: true });
    expect(
      JSON.parse(JSON.stringify(new NetworkError('refused', { outcomeUnknown: false }))),
    ).toMatchObject({
      outcomeUnknown: false,
    });
    expect(JSON.parse(JSON.stringify(new NetworkError('down')))).not.toHaveProperty(
      'outcomeUnknown',
    );
  });
});

describe('secrets in errors', () => {
  it('never copies a foreign error message or cause into the message or JSON', () => {
    const leaky = new Error('POST failed: apiKey=sk_live_TOPSECRET sign=abc');
    const error = asPaymuxError(leaky, { provider: 'p', write: true });
    expect(error.message).not.toContain('sk_live_TOPSECRET');
    expect(JSON.stringify(error)).not.toContain('sk_live_TOPSECRET');
  });

  it('validation messages name the field and rule, not the offending value', async () => {
    const { validateInput } = await import('../src/index.js');
    try {
      validateInput('getCharge', { reference: 'sk_live_SECRET with spaces' });
      expect.unreachable();
    } catch (error) {
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).message).not.toContain('sk_live_SECRET');
    }
  });
});
