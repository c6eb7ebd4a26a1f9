// `@paymux/core/inversify`: registration through an inversify 8 container. A separate
// entry point so that `import '@paymux/core'` never loads inversify or reflect-metadata;
// both are optional peer dependencies, needed only by apps that import this entry.
export { createPaymuxFromContainer } from './container/create-from-container.js';
export { providerModule } from './container/provider-module.js';
export {
  PAYMUX_OPTIONS,
  PAYMUX_PROVIDER,
  PAYMUX_STORE,
  type PaymuxContainerOptions,
} from './container/tokens.js';
