import { Container, ContainerModule } from 'inversify';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../src/index.js';
import {
  createPaymuxFromContainer,
  PAYMUX_OPTIONS,
  PAYMUX_PROVIDER,
  PAYMUX_STORE,
  providerModule,
} from '../src/inversify.js';
import { FakeProvider } from './support/fake-provider.js';
import { chargeInput } from './support/inputs.js';

describe('inversify registration', () => {
  it('builds a client from provider modules, in load order', async () => {
    const container = new Container();
    const first = new FakeProvider('first');
    container.load(
      providerModule(() => first),
      providerModule(() => new FakeProvider('second')),
    );
    const paymux = createPaymuxFromContainer(container);
    expect(paymux.providers.map((provider) => provider.id)).toEqual(['first', 'second']);
    const charge = await paymux.charges.create(chargeInput());
    expect(charge.provider).toBe('first');
    expect(first.callsOf('createCharge')).toHaveLength(1);
  });

  it('lets a provider factory resolve its own dependencies from the container', () => {
    const CONFIG = Symbol('config');
    const container = new Container();
    container.load(
      new ContainerModule(({ bind }) => {
        bind<{ id: string }>(CONFIG).toConstantValue({ id: 'from-config' });
      }),
      providerModule((context) => new FakeProvider(context.get<{ id: string }>(CONFIG).id)),
    );
    const paymux = createPaymuxFromContainer(container);
    expect(paymux.providers.map((provider) => provider.id)).toEqual(['from-config']);
  });

  it('uses a bound store and options', async () => {
    const store = new MemoryStore();
    const container = new Container();
    const provider = new FakeProvider('only');
    container.load(providerModule(() => provider));
    container.bind(PAYMUX_STORE).toConstantValue(store);
    container.bind(PAYMUX_OPTIONS).toConstantValue({ logBodies: true });
    const paymux = createPaymuxFromContainer(container);
    const bodies: unknown[] = [];
    paymux.on('request', (event) => bodies.push(event.body));
    await paymux.charges.create(chargeInput());
    expect(bodies[0]).toBeDefined();
    expect((await store.get('idem:charge:order-1'))?.value).toMatchObject({ state: 'completed' });
  });

  it('loads async modules and binds providers directly to the multi-binding token', async () => {
    const container = new Container();
    await container.loadAsync(
      new ContainerModule(async ({ bind }) => {
        bind(PAYMUX_PROVIDER).toConstantValue(new FakeProvider('direct'));
      }),
    );
    expect(createPaymuxFromContainer(container).providers.map((p) => p.id)).toEqual(['direct']);
  });

  it('an empty container gives a client with no providers that refuses to route', async () => {
    const paymux = createPaymuxFromContainer(new Container());
    expect(paymux.providers).toEqual([]);
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});
