import type { OtgpaySigner } from '@paymux/otgpay-signing';
import type { ProtocolError } from './errors.js';

/** The JSON envelope of every OTGPAY answer (protocol §3). */

export interface SuccessEnvelope {
  status: '1';
  error: '00000000';
  msg: '';
  data: Record<string, unknown>;
}

export interface FailureEnvelope {
  status: '0';
  error: string;
  msg: string;
}

/** Wraps `data` and signs it with the platform key (`data.sign`). */
export function success(data: Record<string, unknown>, signer: OtgpaySigner): SuccessEnvelope {
  return { status: '1', error: '00000000', msg: '', data: signer.signed(data) };
}

export function failure(err: ProtocolError): FailureEnvelope {
  return { status: '0', error: err.code, msg: err.message };
}
