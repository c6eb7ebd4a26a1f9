import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One known-answer vector: the params, the canonical string and the openssl signature. */
export interface Vector {
  name: string;
  apiKey: string;
  appendSecretKey?: boolean;
  params: Record<string, unknown>;
  canonical: string;
  sign: string;
}

/** The vector file: the key pair the vectors were signed with, and the vectors. */
export interface VectorFile {
  privateKeyPkcs8Base64: string;
  publicKeySpkiBase64: string;
  vectors: Vector[];
}

// Known-answer vectors made with the openssl CLI, kept beside the tests (docs/protocol.md §2).
export const vectors = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'otgpay-sign.json'), 'utf8'),
) as VectorFile;
