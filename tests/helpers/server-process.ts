import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const BIN = new URL('../../bin/hoptac.mjs', import.meta.url).pathname;

export interface ServerProcess {
  proc: ChildProcess;
  url: string;
  output: string[];
}

/** Runs `hoptac <args>` to completion and returns its exit code and output. */
export async function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string }> {
  const proc = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout.on('data', (c) => {
    out += c;
  });
  proc.stderr.on('data', (c) => {
    out += c;
  });
  const [code] = (await once(proc, 'exit')) as [number];
  return { code, out };
}

/** Starts `hoptac serve` and resolves once it prints its URL (no sleeping: we wait for the line). */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const proc = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', HOPTAC_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  proc.stderr?.on('data', (c) => output.push(String(c)));
  const lines = createInterface({ input: proc.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      output.push(line);
      const m = /running at (http:\/\/\S+)/.exec(line);
      if (m?.[1]) resolve(m[1]);
    });
    proc.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output.join('\n')}`)));
  });
  return { proc, url, output };
}

export async function stopServerProcess(
  server: ServerProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (server.proc.exitCode !== null || server.proc.signalCode !== null) return server.proc.exitCode;
  const exited = once(server.proc, 'exit');
  server.proc.kill(signal);
  const [code] = (await exited) as [number | null];
  return code;
}
