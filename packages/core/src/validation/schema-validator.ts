/** One error of a precompiled (ajv standalone) validator: ajv's `ErrorObject` shape. */
export interface SchemaError {
  /** JSON Pointer of the offending value (`/customer/phone`). */
  readonly instancePath: string;
  /** The JSON Schema keyword that failed (`pattern`, `required`, …). */
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A precompiled validator: true when `data` matches; otherwise `errors` says why. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}
