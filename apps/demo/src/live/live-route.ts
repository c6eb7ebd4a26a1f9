import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Changes } from './changes.js';

/** What a live element receives; see `ui/client-script.ts`. */
export interface LiveMessage {
  readonly slots: Record<string, string>;
  readonly progress?: { readonly value: number; readonly max: number; readonly text: string };
  /** `final`: nothing will change any more, the browser closes the stream. */
  readonly state?: 'open' | 'final';
}

/**
 * A server-sent-events stream: renders the message now, then again whenever `topic`
 * changes in this process or every `pollMs` (changes made by another instance), and sends
 * it when it differs from the last one. Bursts (200 payout callbacks in a second) are
 * coalesced: at most one message per `minIntervalMs`.
 */
export function liveStream(
  c: Context,
  changes: Changes,
  topic: string,
  render: () => Promise<LiveMessage | undefined>,
  pollMs = 1000,
  minIntervalMs = 250,
): Response {
  return streamSSE(c, async (stream) => {
    const aborted = new AbortController();
    stream.onAbort(() => aborted.abort());
    let last = '';
    while (!aborted.signal.aborted) {
      const waiting = changes.wait(topic, pollMs, aborted.signal);
      const message = await render();
      if (!message) break;
      const data = JSON.stringify(message);
      if (data !== last) {
        last = data;
        await stream.writeSSE({ data });
      }
      if (message.state === 'final') break;
      await waiting;
      await stream.sleep(minIntervalMs);
    }
  });
}
