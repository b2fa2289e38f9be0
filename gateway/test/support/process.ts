import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { createInterface } from 'node:readline';

/** A service started as its own process (node + tsx), its stdout read line by line. */
export interface ServiceProcess {
  child: ChildProcess;
  /** Resolves with the first stdout line (seen so far or later) matching `pattern`; rejects if the process exits first. */
  line(pattern: RegExp): Promise<RegExpExecArray>;
  /** The exit code, once the process has exited. */
  exited: Promise<number | null>;
  stderr(): string;
}

export function startServiceProcess(file: string, env: NodeJS.ProcessEnv, cwd?: string): ServiceProcess {
  const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), file], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  createInterface({ input: child.stdout! }).on('line', (text) => {
    lines.push(text);
    for (const check of [...waiting]) check();
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    exited,
    stderr: () => stderr,
    line(pattern) {
      return new Promise((resolve, reject) => {
        const check = () => {
          for (const text of lines) {
            const match = pattern.exec(text);
            if (match) {
              waiting.delete(check);
              return resolve(match);
            }
          }
        };
        waiting.add(check);
        check();
        void exited.then((code) => {
          if (!waiting.has(check)) return;
          waiting.delete(check);
          reject(new Error(`process exited (${code}) before printing ${pattern}; stdout: ${lines.join('\n')}; stderr: ${stderr}`));
        });
      });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on a new connection (no pooled socket a draining server may have closed). */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A JSON POST of a GraphQL operation on a new connection. */
export function rawGraphQL(url: string, query: string, headers: Record<string, string>): Promise<RawResponse> {
  return rawRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
}
