/**
 * The hand-written baseline of row 9: the least an OTGPAY create endpoint can do on
 * `node:http` — parse the JSON body, verify its signature, sign an answer of the sandbox's
 * shape, send it. No validation, no state, no faults; KeyObjects parsed once. It verifies
 * with the sandbox's ID merchant key (argv[2]: `{ merchantPublicKey, apiKey }`), so the
 * benchmark sends it the very bodies it sends the sandbox, and signs with its own platform
 * key. Prints its port when listening.
 */
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handCanonical } from './hand-written.js';

const { merchantPublicKey, apiKey } = JSON.parse(process.argv[2] ?? '{}') as {
  merchantPublicKey: string;
  apiKey: string;
};
const verifyKey = createPublicKey({
  key: Buffer.from(merchantPublicKey, 'base64'),
  format: 'der',
  type: 'spki',
});
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
let seq = 0;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const params = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const ok = verify(
      'sha256',
      Buffer.from(handCanonical(params, apiKey)),
      verifyKey,
      Buffer.from(String(params['sign']), 'base64'),
    );
    const orderNo = `P1054${String(++seq).padStart(8, '0')}`;
    const data: Record<string, unknown> = {
      orderId: params['orderId'],
      orderNo,
      payUrl: `http://127.0.0.1/pay/${orderNo.padEnd(32, '0')}`,
      bankCode: params['inBankCode'],
      qrCode: `00020101021226390017ID.OTGPAY.SANDBOX0113${orderNo}52040000530336054061500005802ID5924OTGPAY SANDBOX 10546007JAKARTA6217051300000000000006304ABCD`,
      status: 0,
    };
    data['sign'] = sign('sha256', Buffer.from(handCanonical(data, apiKey)), privateKey).toString(
      'base64',
    );
    const text = JSON.stringify(
      ok
        ? { status: '1', error: '00000000', msg: '', data }
        : { status: '0', error: '1002', msg: 'Illegal Param: sign' },
    );
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
