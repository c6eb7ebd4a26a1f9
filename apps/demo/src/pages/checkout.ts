import { randomBytes } from 'node:crypto';
import { fromDecimalString } from '@paymux/core';
import type { Hono } from 'hono';
import { MARKETS, type Market, market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import type { OrderRecord } from '../records/orders.js';
import { alert, field } from '../ui/components.js';
import { html } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { moneyText } from '../ui/money-text.js';
import { type FormErrors, formErrors, NO_ERRORS, text } from './form-errors.js';

const FIELDS = [
  'method',
  'money.amount',
  'customer.name',
  'customer.email',
  'customer.phone',
  'customer.nationalId',
  'description',
] as const;

type Values = Partial<Record<(typeof FIELDS)[number] | 'reference', string>>;

function newReference(m: Market): string {
  return `ord-${m.code.toLowerCase()}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

function render(m: Market, values: Values, errors: FormErrors): string {
  const methods = m.adapter.methods;
  const needsId = methods.some((x) => x.requires?.includes('customer.nationalId'));
  const selected = values.method ?? '0';
  const methodError = errors.fields['method'];
  return layout({
    title: 'Checkout',
    active: '/',
    body: html`<h1>Checkout</h1>
<p class="lead">Pay as a customer would. Pick the country, then a way to pay that OTGPAY offers there.</p>
<nav class="segmented" aria-label="Country">${MARKETS.map(
      (x) =>
        html`<a href="/?country=${x.code}" aria-current="${x.code === m.code ? 'true' : 'false'}">${x.name} · ${x.currency}</a>`,
    )}</nav>
${errors.form ? alert('bad', errors.form) : ''}
<form method="post" action="/checkout" class="card" novalidate data-testid="checkout-form">
<input type="hidden" name="country" value="${m.code}">
<input type="hidden" name="reference" value="${values.reference ?? newReference(m)}">
<fieldset class="methods"${methodError ? html` aria-describedby="method-error"` : ''}>
<legend class="legend">Payment method</legend>
${methods.map(
  (x, i) =>
    html`<label class="method"><input type="radio" name="method" value="${i}"${
      String(i) === selected ? html` checked` : ''
    }><span>${x.label}<small>${moneyText({ amount: x.minAmount, currency: m.currency })} – ${moneyText({ amount: x.maxAmount, currency: m.currency })}${
      x.requires?.includes('customer.nationalId') ? ' · needs CNIC' : ''
    }</small></span></label>`,
)}
${methodError ? html`<span class="error" id="method-error" data-error-for="method">${methodError}</span>` : ''}
</fieldset>
<div class="row">
${field({ name: 'money.amount', label: `Amount (${m.currency})`, value: values['money.amount'] ?? m.sampleAmount, error: errors.fields['money.amount'], hint: m.adapter.wireExponent === 0 ? 'Whole rupiah, e.g. 150000' : 'With two decimals, e.g. 1500.00', inputmode: 'decimal', required: true })}
${field({ name: 'description', label: 'Description (optional)', value: values.description ?? 'Batik shirt', error: errors.fields['description'] })}
</div>
<div class="row">
${field({ name: 'customer.name', label: 'Full name', value: values['customer.name'] ?? m.sampleCustomer.name, error: errors.fields['customer.name'], autocomplete: 'name', required: true })}
${field({ name: 'customer.email', label: 'Email', type: 'email', value: values['customer.email'] ?? m.sampleCustomer.email, error: errors.fields['customer.email'], autocomplete: 'email', required: true })}
${field({ name: 'customer.phone', label: 'Mobile phone', type: 'tel', value: values['customer.phone'] ?? m.sampleCustomer.phone, error: errors.fields['customer.phone'], autocomplete: 'tel', required: true })}
${needsId ? field({ name: 'customer.nationalId', label: 'CNIC (national ID)', value: values['customer.nationalId'] ?? m.sampleCustomer.nationalId ?? '', error: errors.fields['customer.nationalId'], hint: 'Needed for JazzCash, e.g. 35202-1234567-2' }) : ''}
</div>
<button class="btn" type="submit">Continue to payment</button>
</form>`,
  });
}

export function checkoutPage(app: Hono, ctx: DemoContext): void {
  app.get('/', (c) => {
    const m = market(c.req.query('country')) ?? (MARKETS[0] as Market);
    return c.html(render(m, {}, NO_ERRORS));
  });

  app.post('/checkout', async (c) => {
    const body = await c.req.parseBody();
    const m = market(text(body, 'country'));
    if (!m)
      return c.html(
        layout({ title: 'Checkout', active: '/', body: html`${alert('bad', 'Unknown country.')}` }),
        400,
      );
    const values: Values = Object.fromEntries(
      [...FIELDS, 'reference' as const].map((name) => [name, text(body, name)]),
    );
    const reference = values.reference || newReference(m);
    const methodInfo = m.adapter.methods[Number(values.method)];
    if (!methodInfo || values.method === '') {
      return c.html(render(m, values, { fields: { method: 'Choose a payment method' } }), 422);
    }
    try {
      // The payer types major units; paymux takes exact minor units.
      const money = fromDecimalString(
        (values['money.amount'] ?? '').replace(/[\s,]/g, ''),
        m.currency,
        undefined,
        'money.amount',
      );
      const charge = await ctx.paymux.charges.create({
        reference,
        money,
        country: m.code,
        method: methodInfo.method,
        customer: {
          name: values['customer.name'] ?? '',
          email: values['customer.email'] ?? '',
          phone: values['customer.phone'] ?? '',
          ...(values['customer.nationalId'] ? { nationalId: values['customer.nationalId'] } : {}),
        },
        ...(values.description ? { description: values.description } : {}),
        returnUrl: `${new URL(c.req.url).origin}/orders/${reference}/pay`,
      });
      const now = new Date().toISOString();
      const order: OrderRecord = {
        reference,
        country: m.code,
        money: charge.money,
        method: methodInfo.method,
        methodLabel: methodInfo.label,
        customer: {
          name: values['customer.name'] ?? '',
          email: values['customer.email'] ?? '',
          phone: values['customer.phone'] ?? '',
        },
        description: values.description ?? '',
        status: charge.status,
        providerReference: charge.providerReference,
        ...(charge.nextAction ? { nextAction: charge.nextAction } : {}),
        refunded: charge.refunded,
        refunds: [],
        createdAt: now,
        updatedAt: now,
        history: [
          {
            at: now,
            kind: 'created',
            status: charge.status,
            text: `Charge created: ${moneyText(charge.money)} by ${methodInfo.label} (OTGPAY ${charge.providerReference})`,
          },
        ],
        callbacks: [],
      };
      if (!(await ctx.orders.get(reference))) await ctx.orders.add(order);
      return c.redirect(`/orders/${encodeURIComponent(reference)}/pay`, 303);
    } catch (error) {
      const errors = formErrors(error, FIELDS, (path) =>
        path.startsWith('method') ? 'method' : path,
      );
      return c.html(render(m, { ...values, reference }, errors), 422);
    }
  });
}
