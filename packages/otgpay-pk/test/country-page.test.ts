import { describeCountryPage } from '../../../scripts/country-page-suite.js';
import { PAGE_DATA, PAGE_PATH } from '../scripts/country-page.js';
import { PAKISTAN_BANKS, pakistan } from '../src/index.js';

describeCountryPage({
  file: PAGE_PATH,
  adapter: pakistan(),
  data: PAGE_DATA,
  banks: PAKISTAN_BANKS,
  exampleWireField: '"accountNo": "PK36SCBL0000001123456702"',
});
