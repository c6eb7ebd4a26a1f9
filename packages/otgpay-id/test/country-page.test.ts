import { describeCountryPage } from '../../../scripts/country-page-suite.js';
import { PAGE_DATA, PAGE_PATH } from '../scripts/country-page.js';
import { INDONESIA_BANKS, indonesia } from '../src/index.js';

describeCountryPage({
  file: PAGE_PATH,
  adapter: indonesia(),
  data: PAGE_DATA,
  banks: INDONESIA_BANKS,
  exampleWireField: '"bankCode": "014"',
});
