/** 5-7-1 digits with the same separator (dash, space or none) in both places. */
const CNIC = /^(\d{5})([- ]?)(\d{7})\2(\d)$/;

/**
 * A NADRA CNIC (Computerized National Identity Card number) in the OTGPAY wire form: 13
 * digits, no dashes (`12345-1234567-1` -> `1234512345671`). Undefined when it is not
 * 13 digits in that grouping. NADRA publishes no check-digit algorithm (the last digit
 * encodes gender), so no checksum is verified: only the form.
 */
export function normalizeCnic(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const match = CNIC.exec(raw.trim());
  return match ? `${match[1]}${match[3]}${match[4]}` : undefined;
}
