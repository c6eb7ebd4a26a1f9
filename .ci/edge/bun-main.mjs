import { runFlow } from './flow.mjs';

const input = JSON.parse(await Bun.stdin.text());
console.log(JSON.stringify(await runFlow({ ...input, runtime: 'bun' })));
