import { Hono } from 'hono';
import type { DemoContext } from './context.js';
import { PAGES } from './pages/index.js';
import { emptyState } from './ui/components.js';
import { html } from './ui/html.js';
import { ASSETS, layout } from './ui/layout.js';
import { registerWebhooks } from './webhooks/webhook-route.js';

/** The Hono app: assets, the webhook endpoint, every page module, 404 and error pages. */
export function createApp(ctx: DemoContext): Hono {
  const app = new Hono();
  app.get('/assets/app.css', (c) =>
    c.body(ASSETS.css, 200, {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'max-age=300',
    }),
  );
  app.get('/assets/app.js', (c) =>
    c.body(ASSETS.js, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'max-age=300',
    }),
  );
  app.get('/health', (c) => c.json({ ok: true, store: ctx.storeLocation }));
  registerWebhooks(app, ctx);
  for (const page of PAGES) page(app, ctx);
  app.notFound((c) =>
    c.html(
      layout({
        title: 'Not found',
        active: '',
        body: emptyState(
          'Page not found',
          'The page you asked for does not exist.',
          html`<a class="btn" href="/">Go to the checkout</a>`,
        ),
      }),
      404,
    ),
  );
  app.onError((error, c) => {
    ctx.activity.add('error', `${c.req.method} ${new URL(c.req.url).pathname}: ${error.message}`);
    return c.html(
      layout({
        title: 'Something went wrong',
        active: '',
        body: emptyState(
          'Something went wrong',
          'The error was logged. Please try again.',
          html`<a class="btn" href="/">Back to the checkout</a>`,
        ),
      }),
      500,
    );
  });
  return app;
}
