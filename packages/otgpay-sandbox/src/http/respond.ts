import type { ServerResponse } from 'node:http';

/** `JSON.stringify` with bigints as decimal strings. */
function stringify(body: unknown): string {
  try {
    // no replacer: V8's fast serializer; it throws on a bigint, and only then is one needed
    return JSON.stringify(body);
  } catch {
    return JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const text = stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A body sent exactly as given (fault injection: answers that are not valid envelopes). */
export function sendRaw(res: ServerResponse, status: number, body: string | Buffer): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
  });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(303, { location, 'content-length': 0 });
  res.end();
}
