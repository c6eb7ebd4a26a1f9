import type { OtgpaySigner } from '@paymux/otgpay-signing';
import { success } from '../envelope.js';
import type { AfterCommitFault, ByteFlip } from '../faults.js';

/**
 * The body a write answers with when an after-commit fault was drawn (see `AfterCommit` in
 * `faults.ts`): the order exists, the answer does not say so in any way the SDK may trust.
 * `draw` (0..1, from the fault PRNG) picks one of several shapes of the same fault.
 */
export function faultAnswer(
  fault: Exclude<AfterCommitFault, '1003' | 'drop'>,
  data: Record<string, unknown>,
  signer: OtgpaySigner,
  draw: number,
): string {
  const pick = <T>(options: readonly T[]): T =>
    options[Math.min(options.length - 1, Math.floor(draw * options.length))] as T;
  const signed = success(data, signer);
  switch (fault) {
    case 'unrecognised':
      return pick([
        JSON.stringify({ status: '0', error: '9999', msg: 'unknown' }),
        JSON.stringify({ ...signed, status: '2' }),
        JSON.stringify({ status: '0', error: '', msg: '' }),
        JSON.stringify({ status: 0, error: 1003 }),
        '<html><body>502 Bad Gateway</body></html>',
        JSON.stringify(signed).slice(0, 40),
      ]);
    case 'refusal':
      return JSON.stringify(
        pick([
          { status: '0', error: '1002', msg: 'Illegal Param: amount' },
          { status: '0', error: '1001', msg: 'param is null: name' },
          { status: '0', error: '4013', msg: 'order not exit' },
          { status: '0', error: '1004', msg: 'system is busy' },
          { status: '0', error: '1002', msg: 'Illegal Param: sign' },
        ]),
      );
    case 'tampered': {
      const status = typeof data['status'] === 'number' ? data['status'] : 1;
      return pick([
        JSON.stringify({ ...signed, data: { ...signed.data, status: status === 3 ? 2 : 3 } }),
        JSON.stringify({ ...signed, status: '0', error: '1002', msg: 'Illegal Param: amount' }),
        JSON.stringify({ ...signed, data: { ...signed.data, orderNo: 'X-TAMPERED' } }),
      ]);
    }
  }
}

/** `text` with one byte flipped (offset taken modulo the length). */
export function flipByte(text: string, flip: ByteFlip): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length === 0) return bytes;
  const at = flip.offset % bytes.length;
  bytes[at] = (bytes[at] as number) ^ (flip.mask ?? 1);
  return bytes;
}
