import { runFlow } from './flow.mjs';

const input = JSON.parse(await new Response(Deno.stdin.readable).text());
console.log(JSON.stringify(await runFlow({ ...input, runtime: 'deno' })));
