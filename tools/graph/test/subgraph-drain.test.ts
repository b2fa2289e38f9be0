import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { internalAuthHeaders, testMongoUri, uniqueDatabaseName, dropDatabase } from '@pecg/testing';
import { REPO_ROOT } from '../src';

/**
 * One request on a new connection. `hold`: sent with `Expect: 100-continue`; `received` resolves when
 * the server has taken the request (its 100 Continue), then half of the body is sent and the rest when
 * `finish` is called.
 */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; hold?: boolean } = {}) {
  let finish = () => undefined as void;
  let taken = () => undefined as void;
  const received = new Promise<void>((resolve) => (taken = resolve));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const body = options.body ?? '';
    const headers = {
      ...options.headers,
      ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
      ...(options.hold ? { expect: '100-continue' } : {}),
    };
    const req = http.request(url, { method: options.method ?? 'GET', headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    if (options.hold) {
      req.on('continue', () => {
        req.write(body.slice(0, 10));
        taken();
      });
      finish = () => void req.end(body.slice(10));
    } else req.end(body);
  });
  return { response, received, finish: () => finish() };
}

/**
 * A subgraph service (runSubgraphMain, what a department deploys) as a real process, drained with a
 * real SIGTERM while a request is in flight: the test holds the request open by sending half of its
 * body, and releases it by sending the rest — no sleeps.
 */
describe('a subgraph process drains on SIGTERM', () => {
  const database = 'enterprises';
  const prefix = `${uniqueDatabaseName('drain')}_`;
  afterAll(async () => {
    await dropDatabase(`${prefix}pecg_${database}`).catch(() => undefined);
  });

  it('turns /ready false, refuses new requests, finishes the request in flight, closes its database and exits 0', async () => {
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(REPO_ROOT, 'subgraphs', 'enterprises', 'src', 'main.ts')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        MONGODB_URI: testMongoUri(),
        DB_PREFIX: prefix,
        SEED_DEMO: 'false',
        ENTERPRISES_PORT: '0',
        ENTERPRISES_OPS_PORT: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const exited = once(child, 'exit').then(([code]) => code as number | null);
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const nextLine = async (pattern: RegExp) => {
      for (;;) {
        const { value, done } = await lines.next();
        if (done) throw new Error(`no line ${pattern}; stderr: ${stderr}`);
        const match = pattern.exec(value);
        if (match) return match;
      }
    };
    try {
      const [, url, opsUrl] = await nextLine(/enterprises subgraph ready at (\S+) \(operations: (\S+)\)/);
      const headers = { 'content-type': 'application/json', ...(await internalAuthHeaders('ADMIN')) };
      const held = request(url, { method: 'POST', headers, body: JSON.stringify({ query: '{ __typename }' }), hold: true });
      await held.received; // the subgraph has the request and waits for the rest of its body

      child.kill('SIGTERM');
      await nextLine(/enterprises subgraph draining on SIGTERM/);
      const ready = await request(new URL('/ready', url).href).response;
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toMatchObject({ status: 'draining' });
      expect((await request(new URL('/ready', opsUrl).href).response).status).toBe(503);
      const refused = await request(url, { method: 'POST', headers, body: JSON.stringify({ query: '{ __typename }' }) }).response;
      expect(refused.status).toBe(503);
      expect(JSON.parse(refused.body).errors[0].extensions).toEqual({ code: 'SHUTTING_DOWN' });

      held.finish();
      const done = await held.response;
      expect(done.status).toBe(200);
      expect(JSON.parse(done.body)).toEqual({ data: { __typename: 'Query' } });
      await nextLine(/enterprises subgraph stopped: drained \(1 request\(s\) were in flight\)/);
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
