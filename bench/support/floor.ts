import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { median } from '../harness.js';

/**
 * The physical floor of one signed round trip on the client: one RSA-2048 sign and one
 * verify with KeyObjects, in this process. CPU milliseconds per sign + verify (median).
 */
export function rsaFloorCpuMs(ops = 400, rounds = 5): number {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const data = Buffer.from(
    'amount=150000&appId=1054&email=budi@example.com&inBankCode=014&name=Budi Santoso&notifyUrl=https://merchant.example/otgpay/callback&orderId=bench-000000001&payType=QR&phone=081234567890&key=0123456789abcdef0123456789abcdef',
  );
  const sample: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < ops; i++) {
      const signature = sign('sha256', data, privateKey);
      if (!verify('sha256', data, publicKey, signature)) throw new Error('floor: verify failed');
    }
    const cpu = process.cpuUsage(cpu0);
    sample.push((cpu.user + cpu.system) / 1000 / ops);
  }
  return median(sample);
}
