import { existsSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';

// A local socket inside DATA_DIR lets CLI commands ask the running server (which owns the
// PGlite directory) to do work for them. Only who can read DATA_DIR can reach it.
export const CONTROL_SOCKET = 'hoptac.sock';

export type ControlHandler = (
  command: string,
  args: Record<string, string>,
) => Promise<Record<string, unknown>>;

export async function startControlSocket(dataDir: string, handle: ControlHandler): Promise<Server> {
  const path = join(dataDir, CONTROL_SOCKET);
  if (existsSync(path)) rmSync(path); // left by a killed process; we hold the data-dir lock
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://local');
      const result = await handle(url.pathname.slice(1), Object.fromEntries(url.searchParams));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    } catch (err) {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: String((err as Error).message) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return server;
}

/** The server refused or failed the command; its message is already meant for the operator. */
export class ControlCommandError extends Error {
  readonly cliMessage = true;
}

export function callControlSocket(
  dataDir: string,
  command: string,
  args: Record<string, string>,
): Promise<Record<string, unknown>> {
  const path = `/${command}?${new URLSearchParams(args)}`;
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: join(dataDir, CONTROL_SOCKET), path, method: 'POST' }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => {
        const parsed = JSON.parse(body || '{}') as Record<string, unknown>;
        if (res.statusCode !== 200)
          reject(new ControlCommandError(String(parsed.error ?? `status ${res.statusCode}`)));
        else resolve(parsed);
      });
    });
    req.on('error', reject);
    req.end();
  });
}
