import { ConfigurationError } from '@paymux/core';

const EXAMPLE =
  "e.g. `baseUrl: 'https://<host given with your credentials>'` (no /api: the SDK adds the paths)";

function fail(rule: string, message: string): never {
  throw new ConfigurationError(`otgpay(): ${message}`, { field: 'baseUrl', rule });
}

function isLocal(host: string): boolean {
  return /^(localhost|127\.|0\.0\.0\.0|\[::1\]|::1)/i.test(host);
}

/**
 * The base URL as the client will use it, or a `ConfigurationError` (field `baseUrl`) that
 * shows the corrected value: a scheme is required (`127.0.0.1:8080` → `http://127.0.0.1:8080`),
 * only http(s), no user info, query or fragment, and no `/api` path (every OTGPAY path
 * already starts with it, so `…/api` would 404 on every call). Surrounding spaces are trimmed.
 */
export function checkBaseUrl(value: unknown): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    fail('required', `baseUrl is required, ${EXAMPLE}`);
  }
  if (typeof value !== 'string') fail('type', `baseUrl must be a string, ${EXAMPLE}`);
  const text = value.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (!hasScheme) {
    const scheme = isLocal(text) ? 'http' : 'https';
    fail('url', `baseUrl "${text}" has no scheme: write \`baseUrl: '${scheme}://${text}'\``);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail('url', `baseUrl "${text}" is not a URL, ${EXAMPLE}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    fail(
      'url',
      `baseUrl must start with https:// (or http:// for a local sandbox), not ${url.protocol}//; ${EXAMPLE}`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    fail('url', `baseUrl must not carry a user name or password; ${EXAMPLE}`);
  }
  if (url.search !== '' || url.hash !== '') {
    fail(
      'url',
      `baseUrl must not have a query or fragment: write \`baseUrl: '${url.origin}${url.pathname.replace(/\/$/, '')}'\``,
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (/(^|\/)api(\/|$)/i.test(path)) {
    const fixed = `${url.origin}${path.replace(/\/api(\/.*)?$/i, '')}`;
    fail(
      'url',
      `baseUrl must not include /api (the SDK adds /api/payment/... itself): write \`baseUrl: '${fixed}'\``,
    );
  }
  return `${url.origin}${path}`;
}
