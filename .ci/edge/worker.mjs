import { runFlow } from './flow.mjs';

export default {
  async fetch(request) {
    try {
      const input = await request.json();
      return Response.json(await runFlow({ ...input, runtime: 'workerd' }));
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
