/*
 * NIK (Nomor Induk Kependudukan), the 16-digit Indonesian resident identity number on the KTP.
 * It has no check digit; its structure is checked instead:
 * `PP RR DD ddmmyy SSSS` = province, regency/city and district codes (Kemendagri), date of
 * birth (women add 40 to the day), and a non-zero serial. Spaces, dots and dashes are ignored.
 * 29 February is a birth date only in a leap year: `yy` divisible by 4 (`00` may be 2000).
 */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
  71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
]);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The 16-digit NIK (Nomor Induk Kependudukan, the resident number on the KTP), or undefined
 * when it cannot be one. Spaces, dots and dashes are ignored. A NIK has no check digit, so
 * its structure is checked: `PP RR DD ddmmyy SSSS` = a known province code, non-zero regency
 * and district codes, a real birth date (women add 40 to the day; 29 February only when `yy`
 * is divisible by 4) and a non-zero serial.
 */
export function normalizeNik(raw: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const nik = raw.trim().replace(/[\s.-]/g, '');
  if (!/^\d{16}$/.test(nik)) return undefined;
  const part = (from: number, to: number) => Number(nik.slice(from, to));
  if (!PROVINCES.has(part(0, 2))) return undefined;
  if (part(2, 4) === 0 || part(4, 6) === 0) return undefined;
  const rawDay = part(6, 8);
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const month = part(8, 10);
  if (month < 1 || month > 12) return undefined;
  if (day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined;
  if (month === 2 && day === 29 && part(10, 12) % 4 !== 0) return undefined;
  if (part(12, 16) === 0) return undefined;
  return nik;
}
