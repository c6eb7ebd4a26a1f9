#!/usr/bin/env node
import { runCli } from './cli/run.js';

const io = { out: (t: string) => console.log(t), err: (t: string) => console.error(t) };

runCli(process.argv.slice(2), io).then(
  (result) => {
    if ('exitCode' in result) {
      process.exitCode = result.exitCode;
      return;
    }
    const shutdown = () => {
      result.sandbox.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
