import type { Country } from './countries.js';

/**
 * EMVCo-style merchant-presented QR payload (the shape of QRIS / PromptPay / Raast
 * codes): tag-length-value fields ending in a CRC-16/CCITT-FALSE checksum.
 * It is not registered with any scheme — it only looks and scans like one.
 */

function tlv(tag: string, value: string): string {
  return `${tag}${String(value.length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE (poly 0x1021) of one byte from each remainder's top byte. */
const CRC_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let crc = n << 8;
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    table[n] = crc;
  }
  return table;
})();

export function crc16(text: string): string {
  let crc = 0xffff;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit > 0x7f) {
      ascii = false;
      break;
    }
    crc = ((crc << 8) & 0xffff) ^ (CRC_TABLE[((crc >>> 8) ^ unit) & 0xff] as number);
  }
  if (!ascii) {
    crc = 0xffff;
    for (const byte of Buffer.from(text, 'utf8'))
      crc = ((crc << 8) & 0xffff) ^ (CRC_TABLE[((crc >>> 8) ^ byte) & 0xff] as number);
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export function qrPayload(opts: {
  country: Country;
  merchantName: string;
  orderNo: string;
  wireAmount: string;
}): string {
  const body =
    tlv('00', '01') +
    tlv('01', '12') +
    tlv('26', tlv('00', 'ID.OTGPAY.SANDBOX') + tlv('01', opts.orderNo)) +
    tlv('52', '0000') +
    tlv('53', opts.country.numericCurrency) +
    tlv('54', opts.wireAmount) +
    tlv('58', opts.country.code) +
    tlv('59', opts.merchantName.slice(0, 25)) +
    tlv('60', opts.country.city) +
    tlv('62', tlv('05', opts.orderNo.slice(0, 25)));
  const withCrcTag = `${body}6304`;
  return withCrcTag + crc16(withCrcTag);
}
