import { MARKETS } from '../config/countries.js';
import { html, type SafeHtml } from '../ui/html.js';
import type { ListPage, RangeQuery } from './paged-list.js';

export function rangeForm(action: string, r: RangeQuery, extra?: SafeHtml): SafeHtml {
  return html`<form class="filters card" method="get" action="${action}" aria-label="Date range">
<div class="field"><label for="f-country">Country</label><select id="f-country" name="country">${MARKETS.map((m) => html`<option value="${m.code}"${m.code === r.m.code ? html` selected` : ''}>${m.name} · ${m.currency}</option>`)}</select></div>
<div class="field"><label for="f-from">From</label><input id="f-from" type="date" name="from" value="${r.from}"></div>
<div class="field"><label for="f-to">To</label><input id="f-to" type="date" name="to" value="${r.to}"></div>
<button class="btn" type="submit">Show</button>${extra ?? ''}
</form>`;
}

export function pager(action: string, r: RangeQuery, page: ListPage<unknown>): SafeHtml {
  const link = (p: number) => `${action}?country=${r.m.code}&from=${r.from}&to=${r.to}&page=${p}`;
  return html`<nav class="pager" aria-label="Pages">${page.page > 1 ? html`<a class="btn secondary" href="${link(page.page - 1)}" rel="prev">← Previous</a>` : ''}<span>Page ${page.page}</span>${page.hasNext ? html`<a class="btn secondary" href="${link(page.page + 1)}" rel="next">Next →</a>` : ''}</nav>`;
}
