import {
  AuthenticationError,
  InvalidStateError,
  NetworkError,
  ProviderError,
  RateLimitedError,
  TimeoutError,
  UnknownOutcomeError,
  UnsupportedError,
} from '@paymux/core';
import { type MagicBehaviour, magicBehaviourOf, magicReferenceCodeOf } from './magic-values.js';

export type WriteOperation = 'charge' | 'refund' | 'payout';

/**
 * Applies the magic values of `magic-values.ts` around the provider's operations and
 * remembers which "once" failures have fired, per operation and merchant reference.
 */
export class MagicGate {
  private readonly fired = new Set<string>();

  constructor(
    private readonly provider: string,
    private readonly enabled = true,
  ) {}

  /**
   * Before a write takes effect: throws the failures that leave nothing behind, and
   * returns the behaviour the caller must apply after the write (`…03`, `…07`).
   */
  beforeWrite(
    operation: WriteOperation,
    reference: string,
    amount: bigint,
  ): MagicBehaviour | undefined {
    if (!this.enabled) return undefined;
    const options = { provider: this.provider, reference };
    const forced = magicReferenceCodeOf(reference);
    if (forced === 'invalid_state') {
      throw new InvalidStateError(
        `The ${operation} cannot be created in this state (magic reference)`,
        {
          ...options,
          providerCode: 'invalid_state',
        },
      );
    }
    if (forced === 'unsupported') {
      throw new UnsupportedError(`The ${operation} is not supported (magic reference)`, options);
    }

    const behaviour = magicBehaviourOf(amount);
    switch (behaviour) {
      case 'decline':
        throw new ProviderError(`The ${operation} was declined (magic amount …01)`, {
          ...options,
          providerCode: 'declined',
        });
      case 'authentication':
        throw new AuthenticationError('Credentials refused (magic amount …06)', {
          ...options,
          providerCode: 'unauthorized',
        });
      case 'network':
        throw new NetworkError(
          'Connection refused before the request was sent (magic amount …08)',
          options,
        );
      case 'rate_limited_once':
        if (this.once(`rate:${operation}:${reference}`)) {
          throw new RateLimitedError('Provider is busy; request not processed (magic amount …02)', {
            ...options,
            providerCode: 'busy',
          });
        }
        return undefined;
      case 'unknown_outcome_not_created':
        if (this.once(`lost:${operation}:${reference}`)) {
          throw new UnknownOutcomeError(
            `No answer to the ${operation} create; it was not made (magic amount …04)`,
            options,
          );
        }
        return undefined;
      default:
        return behaviour;
    }
  }

  /** After a write took effect: `…03` answers `unknown_outcome` the first time. */
  afterWrite(operation: WriteOperation, reference: string, behaviour?: MagicBehaviour): void {
    if (behaviour === 'unknown_outcome_created' && this.once(`made:${operation}:${reference}`)) {
      throw new UnknownOutcomeError(
        `No answer to the ${operation} create; it was made (magic amount …03)`,
        { provider: this.provider, reference },
      );
    }
  }

  /** Before a read of an existing order: `…05` times out the first time. */
  beforeRead(operation: WriteOperation, reference: string, amount: bigint): void {
    if (!this.enabled) return;
    if (
      magicBehaviourOf(amount) === 'timeout_on_first_read' &&
      this.once(`read:${operation}:${reference}`)
    ) {
      throw new TimeoutError(`No answer in time reading the ${operation} (magic amount …05)`, {
        provider: this.provider,
        reference,
      });
    }
  }

  private once(key: string): boolean {
    if (this.fired.has(key)) return false;
    this.fired.add(key);
    return true;
  }
}
