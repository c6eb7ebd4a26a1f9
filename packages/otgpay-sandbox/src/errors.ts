/** OTGPAY error codes and messages (protocol §3). */

export const ERROR = {
  PARAM_NULL: '1001',
  ILLEGAL_PARAM: '1002',
  SYSTEM_EXCEPTION: '1003',
  SYSTEM_BUSY: '1004',
  ORDER_NOT_EXIST: '4013',
  ORDER_FINAL: '4014',
} as const;

export type ErrorCode = (typeof ERROR)[keyof typeof ERROR];

const BASE_MSG: Record<ErrorCode, string> = {
  '1001': 'param is null',
  '1002': 'Illegal Param',
  '1003': 'system exception',
  '1004': 'system is busy',
  '4013': 'order not exit',
  '4014': 'order is already end status',
};

/** A refusal that becomes a failure envelope. */
export class ProtocolError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${BASE_MSG[code]}: ${detail}` : BASE_MSG[code]);
    this.name = 'ProtocolError';
    this.code = code;
  }
}

export const paramNull = (field: string) => new ProtocolError(ERROR.PARAM_NULL, field);
export const illegal = (detail: string) => new ProtocolError(ERROR.ILLEGAL_PARAM, detail);
export const notFound = () => new ProtocolError(ERROR.ORDER_NOT_EXIST);
export const alreadyFinal = () => new ProtocolError(ERROR.ORDER_FINAL);
export const systemException = () => new ProtocolError(ERROR.SYSTEM_EXCEPTION);
export const systemBusy = () => new ProtocolError(ERROR.SYSTEM_BUSY);
