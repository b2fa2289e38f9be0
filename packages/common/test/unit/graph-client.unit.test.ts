import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createGraphClient, createLogger, GraphClientError, serviceToken, verifyToken } from '../../src';

/** The client a subgraph uses for another department's API through the gateway (graph-client.ts), against a stub gateway over real HTTP. */
describe('graph client', () => {
  interface Seen {
    headers: http.IncomingHttpHeaders;
    body: { query: string; variables: Record<string, unknown> };
  }
  let server: http.Server;
  let url: string;
  let seen: Seen[] = [];
  let answer: { status: number; body: unknown } = { status: 200, body: { data: { ok: true } } };
  const lines: string[] = [];
  const logger = createLogger(
    new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body: JSON.parse(raw) });
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    seen = [];
    lines.length = 0;
    answer = { status: 200, body: { data: { raiseServiceNeed: { id: 'n1' } } } };
  });

  const client = () => createGraphClient({ department: 'approvals', url, logger });
  const RAISE = `mutation RaiseIt($input: RaiseServiceNeedInput!) { raiseServiceNeed(input: $input) { id } }`;
  const variables = { input: { description: '张三 13912345678 的需求' } };

  it('posts the operation with the department’s service identity and the Idempotency-Key, and returns its data', async () => {
    const data = await client().request(RAISE, variables, { idempotencyKey: 'approvals:a1:outcome:o1' });
    expect(data).toEqual({ raiseServiceNeed: { id: 'n1' } });
    expect(seen).toHaveLength(1);
    expect(seen[0].body).toEqual({ query: RAISE, variables });
    expect(seen[0].headers['idempotency-key']).toBe('approvals:a1:outcome:o1');
    const token = /^Bearer (.+)$/.exec(seen[0].headers.authorization ?? '')![1];
    expect(await verifyToken(token)).toMatchObject({ role: 'DEPARTMENT', department: 'approvals', subject: 'service:approvals' });
    // the minted token is reused
    await client().request(RAISE, variables);
    expect(seen[1].headers.authorization).toBe(seen[0].headers.authorization);
    expect(seen[1].headers['idempotency-key']).toBeUndefined();
  });

  it('throws typed errors that say whether a retry may succeed, and logs no variables or messages', async () => {
    const failure = async (): Promise<GraphClientError> => {
      try {
        await client().request(RAISE, variables, { idempotencyKey: 'k' });
      } catch (error) {
        return error as GraphClientError;
      }
      throw new Error('expected a failure');
    };
    answer = { status: 200, body: { data: null, errors: [{ message: '张三 is wrong', extensions: { code: 'BAD_USER_INPUT' } }] } };
    const bad = await failure();
    expect(bad).toBeInstanceOf(GraphClientError);
    expect({ kind: bad.kind, codes: bad.codes, retryable: bad.retryable, summary: bad.summary }).toEqual({
      kind: 'GRAPHQL',
      codes: ['BAD_USER_INPUT'],
      retryable: false,
      summary: 'GRAPHQL:BAD_USER_INPUT',
    });
    expect(bad.message).not.toContain('张三');
    answer = { status: 200, body: { errors: [{ message: 'x', extensions: { code: 'CONFLICT' } }] } };
    expect((await failure()).retryable).toBe(true);
    answer = { status: 503, body: 'upstream down' };
    const down = await failure();
    expect({ kind: down.kind, status: down.status, retryable: down.retryable }).toEqual({ kind: 'HTTP', status: 503, retryable: true });
    answer = { status: 403, body: { error: 'no' } };
    expect((await failure()).retryable).toBe(false);
    const unreachable = await createGraphClient({ department: 'approvals', url: 'http://127.0.0.1:9/graphql', logger })
      .request(RAISE, variables)
      .catch((e: GraphClientError) => e);
    expect({ kind: unreachable.kind, retryable: unreachable.retryable }).toEqual({ kind: 'UNAVAILABLE', retryable: true });
    const logged = lines.join('');
    expect(logged).toContain('RaiseIt');
    expect(logged).toContain('BAD_USER_INPUT');
    expect(logged).not.toContain('张三');
    expect(logged).not.toContain('13912345678');
  });

  it('uses PECG_SERVICE_TOKEN when set, requires it in production, and refuses a bad Idempotency-Key', async () => {
    const env = { ...process.env };
    try {
      process.env.PECG_SERVICE_TOKEN = 'configured-token';
      await client().request(RAISE, variables);
      expect(seen[0].headers.authorization).toBe('Bearer configured-token');
      delete process.env.PECG_SERVICE_TOKEN;
      process.env.NODE_ENV = 'production';
      await expect(serviceToken('approvals')).rejects.toMatchObject({ kind: 'CONFIGURATION' });
      await expect(serviceToken('approvals')).rejects.toThrow('PECG_SERVICE_TOKEN');
    } finally {
      process.env = env;
    }
    await expect(client().request(RAISE, variables, { idempotencyKey: '' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key' },
    });
  });
});
