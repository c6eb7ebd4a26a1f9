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

/**
 * The sandbox's RSA-2048 key material: one platform pair (signs responses and callbacks) and
 * one merchant pair per country (the sandbox verifies requests with its public half; the
 * private half is what `sandbox.merchants[cc].merchantPrivateKey` hands to the client). Pass
 * it as `startSandbox({ keys })` to skip key generation or to keep keys across runs.
 */
export interface SandboxKeys {
  /** The gateway's pair; its public key is every merchant's `platformPublicKey`. */
  platform: KeyPairText;
  /** Each country's merchant pair. */
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

/**
 * Paths of the key files {@link loadOrCreateKeys} writes into a data directory, for pointing
 * a merchant application (or its `.env`) at the sandbox's keys. Each `.b64` file holds one
 * key as base64 DER on one line; private keys are written with mode 0600.
 */
export interface KeyFiles {
  /** keys.json holding every pair (the file the sandbox reloads). */
  all: string;
  /** `platform-public.b64`: the platform public key (base64 DER SPKI) a client verifies with. */
  platformPublicKey: string;
  /** `merchant-<CC>-private.b64` per country: the merchant private key (base64 DER PKCS#8). */
  merchantPrivateKey: Record<CountryCode, string>;
  /** `merchant-<CC>-public.b64` per country: the merchant public key (base64 DER SPKI). */
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

/**
 * Loads keys from `dataDir`, generating and writing them on first use (creating the
 * directory), so a sandbox restarted on the same directory keeps the keys a merchant
 * application was configured with. The CLI does this with `--data-dir`.
 *
 * @example
 * ```ts
 * const { keys, files } = await loadOrCreateKeys('.sandbox-data');
 * const sandbox = await startSandbox({ keys, port: 4010 });
 * console.log(`platform key: ${files.platformPublicKey}`);
 * ```
 */
export async function loadOrCreateKeys(dataDir: string): Promise<{
  /** The keys, normalized to base64 DER. */
  keys: SandboxKeys;
  /** Where each key is on disk. */
  files: KeyFiles;
}> {
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
