import type { CountryAdapter } from '../country-adapter.js';

/** What every wire-to-core mapping needs: who we are and the country's wire rules. */
export interface MappingContext {
  readonly provider: string;
  readonly adapter: CountryAdapter;
}
