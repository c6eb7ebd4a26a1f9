import { generateKeyPair } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parsePrivateKey, parsePublicKey } from '@paymux/otgpay-signing';
import { COUNTRY_CODES, type CountryCode } from './countries.js';

/**
 * RSA-2048 key material of the sandbox: one platform pair shared by all countries and
 * one merchant pair per country. Generation is slow-ish, so pairs are cached for the
 * life of the process and can be persisted to a data directory (CLI).
 */

export interface KeyPairText {
  /** Private key (base64 DER PKCS#8 after normalisation; PEM/PKCS#1 accepted as input). */
  privateKey: string;
  /** Public key (base64 DER SPKI after normalisation). */
  publicKey: string;
}

export interface SandboxKeys {
  platform: KeyPairText;
  merchants: Record<CountryCode, KeyPairText>;
}

const generate = promisify(generateKeyPair);

async function newPair(): Promise<KeyPairText> {
  const { privateKey, publicKey } = await generate('rsa', { modulusLength: 2048 });
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/** Normalises any accepted key form to base64 DER (PKCS#8 / SPKI). */
export function normalisePair(pair: KeyPairText): KeyPairText {
  return {
    privateKey: parsePrivateKey(pair.privateKey)
      .export({ format: 'der', type: 'pkcs8' })
      .toString('base64'),
    publicKey: parsePublicKey(pair.publicKey)
      .export({ format: 'der', type: 'spki' })
      .toString('base64'),
  };
}

let cached: Promise<SandboxKeys> | undefined;

/** Keys shared by every sandbox started in this process (generated once). */
export function processKeys(): Promise<SandboxKeys> {
  cached ??= (async () => {
    const [platform, id, th, pk] = await Promise.all([newPair(), newPair(), newPair(), newPair()]);
    return { platform, merchants: { ID: id, TH: th, PK: pk } };
  })();
  return cached;
}

export function normaliseKeys(keys: SandboxKeys): SandboxKeys {
  return {
    platform: normalisePair(keys.platform),
    merchants: {
      ID: normalisePair(keys.merchants.ID),
      TH: normalisePair(keys.merchants.TH),
      PK: normalisePair(keys.merchants.PK),
    },
  };
}

export interface KeyFiles {
  /** keys.json holding every pair (the file the sandbox reloads). */
  all: string;
  platformPublicKey: string;
  merchantPrivateKey: Record<CountryCode, string>;
  merchantPublicKey: Record<CountryCode, string>;
}

export function keyFilePaths(dataDir: string): KeyFiles {
  const per = (suffix: string) =>
    Object.fromEntries(
      COUNTRY_CODES.map((c) => [c, path.join(dataDir, `merchant-${c}-${suffix}.b64`)]),
    ) as Record<CountryCode, string>;
  return {
    all: path.join(dataDir, 'keys.json'),
    platformPublicKey: path.join(dataDir, 'platform-public.b64'),
    merchantPrivateKey: per('private'),
    merchantPublicKey: per('public'),
  };
}

function writeAtomic(file: string, text: string, mode = 0o600): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode });
  renameSync(tmp, file);
}

/** Loads keys from `dataDir`, generating and writing them on first use. */
export async function loadOrCreateKeys(
  dataDir: string,
): Promise<{ keys: SandboxKeys; files: KeyFiles }> {
  const files = keyFilePaths(dataDir);
  if (existsSync(files.all)) {
    const keys = normaliseKeys(JSON.parse(readFileSync(files.all, 'utf8')) as SandboxKeys);
    return { keys, files };
  }
  mkdirSync(dataDir, { recursive: true });
  const keys = await processKeys();
  writeAtomic(files.all, `${JSON.stringify(keys, null, 2)}\n`);
  writeAtomic(files.platformPublicKey, `${keys.platform.publicKey}\n`, 0o644);
  for (const c of COUNTRY_CODES) {
    writeAtomic(files.merchantPrivateKey[c], `${keys.merchants[c].privateKey}\n`);
    writeAtomic(files.merchantPublicKey[c], `${keys.merchants[c].publicKey}\n`, 0o644);
  }
  return { keys, files };
}
