import { describeCountryPage } from '../../../scripts/country-page-suite.js';
import { PAGE_DATA, PAGE_PATH } from '../scripts/country-page.js';
import { THAI_BANKS, thailand } from '../src/index.js';

describeCountryPage({
  file: PAGE_PATH,
  adapter: thailand(),
  data: PAGE_DATA,
  banks: THAI_BANKS,
  exampleWireField: '"bankCode": "004"',
});
