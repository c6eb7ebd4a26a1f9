import { CLIENT_SCRIPT } from './client-script.js';
import { html, type SafeHtml } from './html.js';
import { NAV } from './nav.js';
import { STYLES } from './styles.js';

export interface PageOptions {
  readonly title: string;
  /** The nav href this page belongs to. */
  readonly active: string;
  readonly body: SafeHtml;
}

/** The page shell: skip link, top bar with the nav list, main landmark, one stylesheet. */
export function layout({ title, active, body }: PageOptions): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Paymux Demo Store</title>
<link rel="stylesheet" href="/assets/app.css"></head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="top"><div class="top-inner">
<a class="logo" href="/">Paymux <span>Demo Store</span></a>
<span class="env">OTGPAY sandbox</span>
<nav aria-label="Main"><ul>${NAV.map(
    (item) =>
      html`<li><a href="${item.href}"${active === item.href ? html` aria-current="page"` : ''}>${item.label}</a></li>`,
  )}</ul></nav>
</div></header>
<main id="main">${body}</main>
<script src="/assets/app.js" defer></script>
</body></html>`.value;
}

export const ASSETS = { css: STYLES, js: CLIENT_SCRIPT };
