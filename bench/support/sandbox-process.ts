import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MerchantCredentials } from '@paymux/otgpay-sandbox';

/** A sandbox running in a child process (Node, loopback, random port). */
export interface SandboxProcess {
  readonly url: string;
  readonly pid: number;
  readonly merchants: Record<'ID' | 'TH' | 'PK', MerchantCredentials>;
  /** POST to the sandbox's control API (`/__sandbox/<path>`). */
  control(path: string, body?: unknown): Promise<unknown>;
  /** Starts a CPU profile of the sandbox process (inspector, `intervalUs` sampling). */
  startProfile(intervalUs?: number): Promise<void>;
  /** Stops the profile and returns it (a `.cpuprofile` object). */
  stopProfile(): Promise<unknown>;
  /** CPU seconds (user + system) the sandbox process has used so far (Linux /proc). */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./sandbox-child.ts', import.meta.url));

/** Node flags that run a workspace TypeScript file from source. */
export const SOURCE_FLAGS = ['--conditions=@paymux/source', '--import', 'tsx'];

/** `nodeFlags`: extra Node flags for the child (e.g. `--cpu-prof` in `bench/profile-sandbox.ts`). */
export async function startSandboxProcess(nodeFlags: string[] = []): Promise<SandboxProcess> {
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, ...SOURCE_FLAGS, CHILD], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ url: string; merchants: SandboxProcess['merchants'] }>(
    (resolve, reject) => {
      let buffer = '';
      child.once('exit', (code) => reject(new Error(`sandbox exited (${code})`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        // the first line that is the JSON greeting (V8 trace flags may print before it)
        const line = buffer
          .split('\n')
          .find((l, i, all) => i < all.length - 1 && l.startsWith('{"url"'));
        if (line !== undefined) resolve(JSON.parse(line));
      });
    },
  );
  const pid = child.pid as number;
  return {
    url: ready.url,
    pid,
    merchants: ready.merchants,
    async control(path, body) {
      const res = await fetch(`${ready.url}/__sandbox/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
      if (!res.ok) throw new Error(`control ${path}: HTTP ${res.status} ${await res.text()}`);
      return res.json();
    },
    startProfile(intervalUs = 200) {
      return ask(child, { profile: 'start', intervalUs }, 'started').then(() => undefined);
    },
    stopProfile() {
      return ask(child, { profile: 'stop' }, 'stopped').then((reply) => reply['data']);
    },
    cpuSeconds() {
      return processCpuSeconds(pid);
    },
    stop() {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

/** Sends `message` to the child over IPC and waits for the reply whose `profile` is `answer`. */
function ask(
  child: ChildProcess,
  message: Record<string, unknown>,
  answer: string,
): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (reply: Record<string, unknown>) => {
      if (reply?.['profile'] !== answer) return;
      child.off('message', onMessage);
      resolve(reply);
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

/** CPU seconds (user + system) process `pid` has used so far (Linux /proc), else undefined. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat (here 12 and 13).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
