/** 5-7-1 digits with the same separator (dash, space or none) in both places. */
const CNIC = /^(\d{5})([- ]?)(\d{7})\2(\d)$/;

/**
 * A NADRA CNIC (Computerized National Identity Card number) in the OTGPAY wire form: 13
 * digits, no dashes (`12345-1234567-1` -> `1234512345671`). Undefined when it is not
 * 13 digits in that grouping. NADRA publishes no check-digit algorithm (the last digit
 * encodes gender), so no checksum is verified: the form, and a first (province) digit of 1-8
 * (1 Khyber Pakhtunkhwa, 2 former FATA, 3 Punjab, 4 Sindh, 5 Balochistan, 6 Islamabad,
 * 7 Gilgit-Baltistan, 8 Azad Jammu and Kashmir; as NADRA's numbering is described in
 * The News, "Did you know?", 2020-01-19, https://www.thenews.com.pk/print/600782-did-you-know).
 */
export function normalizeCnic(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const match = CNIC.exec(raw.trim());
  if (!match) return undefined;
  const [, locality = '', family = '', last = ''] = [match[0], match[1], match[3], match[4]];
  // the first digit is the province (1 KP … 7 Gilgit-Baltistan, 8 AJK): never 0 or 9;
  // an all-zero family number is a placeholder, not an id
  if (!/^[1-8]/.test(locality) || /^0+$/.test(family)) return undefined;
  return `${locality}${family}${last}`;
}
