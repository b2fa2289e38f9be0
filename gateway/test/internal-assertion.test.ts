import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { SignJWT } from 'jose';
import { AUDIENCE, ISSUER, mintToken, resetIdentityKeys } from '@pecg/common';
import { postGraphQL, startTestSubgraph } from '@pecg/testing';
import { startGateway, type RunningGateway } from '../src/gateway';
import { QUERY_BUDGETS } from '../src/limits-config';
import { probeSubgraph, startProbeGraph, type ProbeGraph } from './support/probe';

/**
 * Subgraphs trust only the gateway (issue 11, item 4): the gateway verifies the end-user token and
 * forwards the caller as a short-lived internal assertion (audience `pecg-internal`, header
 * `x-pecg-caller`, signed with INTERNAL_JWT_SECRET); a subgraph accepts nothing else.
 */
const INTERNAL_SECRET = 'internal-assertion-test-secret-0123456789';
process.env.INTERNAL_JWT_SECRET = INTERNAL_SECRET;

const WHOAMI = '{ alphaWhoami { role subject } }';
const now = () => Math.floor(Date.now() / 1000);

async function assertion(options: { secret?: string; iat?: number; exp?: number; audience?: string; role?: string } = {}) {
  const iat = options.iat ?? now();
  return new SignJWT({ role: options.role ?? 'ADMIN' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('admin-via-gateway')
    .setIssuer(ISSUER)
    .setAudience(options.audience ?? 'pecg-internal')
    .setIssuedAt(iat)
    .setExpirationTime(options.exp ?? iat + 60)
    .sign(new TextEncoder().encode(options.secret ?? INTERNAL_SECRET));
}

describe('a subgraph called straight at its port accepts only the internal assertion', () => {
  let graph: ProbeGraph;
  beforeAll(async () => {
    graph = await startProbeGraph({}, ['alpha']);
  });
  afterAll(async () => {
    await graph.stop();
  });
  const atSubgraph = (headers: Record<string, string>, query = WHOAMI) => postGraphQL(graph.subgraphs.alpha.url, query, {}, headers);
  const expect401 = async (headers: Record<string, string>) => {
    const response = await atSubgraph(headers);
    expect({ status: response.status, code: response.errors?.[0].extensions?.code, data: response.data }).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      data: undefined,
    });
  };

  it('answers a fresh internal assertion', async () => {
    const response = await atSubgraph({ 'x-pecg-caller': await assertion() });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ alphaWhoami: { role: 'ADMIN', subject: 'admin-via-gateway' } });
  });

  it('refuses a valid end-user token sent straight to the subgraph (401)', async () => {
    await expect401({ authorization: `Bearer ${await mintToken({ role: 'ADMIN' })}` });
    // nor as the assertion: a user token has the user audience and key
    await expect401({ 'x-pecg-caller': await mintToken({ role: 'ADMIN' }) });
  });

  it('refuses an internal assertion past its lifetime (a replay), one with a lifetime above 60 s, one for another audience and one signed with the wrong key', async () => {
    const t = now();
    await expect401({ 'x-pecg-caller': await assertion({ iat: t - 600, exp: t - 540 }) });
    await expect401({ 'x-pecg-caller': await assertion({ iat: t, exp: t + 3600 }) });
    await expect401({ 'x-pecg-caller': await assertion({ audience: AUDIENCE }) });
    await expect401({ 'x-pecg-caller': await assertion({ secret: 'pecg-local-development-secret-change-me' }) });
    await expect401({ 'x-pecg-caller': await assertion({ secret: 'someone-elses-internal-secret-000000' }) });
  });

  it('refuses 200 aliases straight at the subgraph (its own alias limit), and a query deeper than its depth limit', async () => {
    const aliases = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: alphaPeople(first: 100) { name }`).join(' ')} }`;
    const wide = await atSubgraph({ 'x-pecg-caller': await assertion() }, aliases);
    expect(wide.status).toBe(400);
    expect(wide.data).toBeUndefined();
    expect(wide.errors?.[0].message).toMatch(/alias/i);
    const deep = `{ alphaPeople { ${'friends { '.repeat(30)} id ${'} '.repeat(30)} } }`;
    const tooDeep = await atSubgraph({ 'x-pecg-caller': await assertion() }, deep);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors?.[0].message).toMatch(/depth/i);
  });

  it('through the gateway, the same caller reaches the subgraph (the gateway mints the assertion)', async () => {
    const { status, data } = await graph.query(WHOAMI, {}, { role: 'POLICE', subject: 'officer-1' });
    expect(status).toBe(200);
    expect(data).toEqual({ alphaWhoami: { role: 'POLICE', subject: 'officer-1' } });
  });

  it('a client cannot pass its own assertion through the gateway: the gateway replaces it with the verified caller', async () => {
    const { data } = await postGraphQL(
      graph.gateway.url,
      WHOAMI,
      {},
      { authorization: `Bearer ${await mintToken({ role: 'ANALYST', subject: 'analyst-1' })}`, 'x-pecg-caller': await assertion({ role: 'ADMIN' }) },
    );
    expect(data).toEqual({ alphaWhoami: { role: 'ANALYST', subject: 'analyst-1' } });
  });
});

describe('what the gateway sends to a subgraph', () => {
  /** A real HTTP server standing in for subgraph alpha: records the headers of every call. */
  let received: http.IncomingHttpHeaders[];
  let fake: http.Server;
  let gateway: RunningGateway;
  beforeAll(async () => {
    received = [];
    fake = http.createServer((req, res) => {
      received.push(req.headers);
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { alphaWhoami: { role: 'X', subject: 'x' } } }));
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`;
    const composed = composeServices([{ name: 'alpha', typeDefs: probeSubgraph('alpha', 'alpha').typeDefs, url }]);
    gateway = await startGateway({ supergraphSdl: composed.supergraphSdl!, port: 0 });
  });
  afterAll(async () => {
    await gateway.stop();
    await new Promise((resolve) => fake.close(resolve));
  });

  it('never the end-user token: an x-pecg-caller assertion, signed once per caller and reused', async () => {
    const token = await mintToken({ role: 'ANALYST', subject: 'analyst-9' });
    for (let i = 0; i < 3; i += 1) expect((await postGraphQL(gateway.url, WHOAMI, {}, { authorization: `Bearer ${token}` })).status).toBe(200);
    expect(received).toHaveLength(3);
    for (const headers of received) {
      expect(headers.authorization).toBeUndefined();
      expect(headers['x-pecg-caller']).toEqual(expect.any(String));
      expect(JSON.stringify(headers)).not.toContain(token);
    }
    expect(new Set(received.map((h) => h['x-pecg-caller'])).size).toBe(1);
    const claims = JSON.parse(Buffer.from(String(received[0]['x-pecg-caller']).split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ aud: 'pecg-internal', role: 'ANALYST', sub: 'analyst-9' });
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(60);
  });
});

describe('subgraphs in production', () => {
  const saved = { NODE_ENV: process.env.NODE_ENV, JWT_SECRET: process.env.JWT_SECRET, INTERNAL_JWT_SECRET: process.env.INTERNAL_JWT_SECRET };
  const restore = () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetIdentityKeys();
  };
  afterEach(restore);

  it('turn introspection and field suggestions off', async () => {
    process.env.NODE_ENV = 'production';
    process.env.JWT_SECRET = 'a-production-user-secret-0123456789abcdef';
    const subgraph = await startTestSubgraph(probeSubgraph('alpha', 'alpha'));
    try {
      const headers = { 'x-pecg-caller': await assertion() };
      const introspection = await postGraphQL(subgraph.url, '{ __schema { queryType { name } } }', {}, headers);
      expect(introspection.data).toBeUndefined();
      expect(introspection.errors?.[0].message).toMatch(/introspection/i);
      const typo = await postGraphQL(subgraph.url, '{ alpah }', {}, headers);
      expect(typo.errors?.[0].message).toContain('Cannot query field "alpah"');
      expect(typo.errors?.[0].message).not.toContain('Did you mean');
      expect((await postGraphQL(subgraph.url, WHOAMI, {}, headers)).data).toEqual({ alphaWhoami: { role: 'ADMIN', subject: 'admin-via-gateway' } });
    } finally {
      await subgraph.stop();
    }
  });

  it('refuse to start without INTERNAL_JWT_SECRET (no development default in production)', async () => {
    process.env.NODE_ENV = 'production';
    process.env.JWT_SECRET = 'a-production-user-secret-0123456789abcdef';
    delete process.env.INTERNAL_JWT_SECRET;
    await expect(startTestSubgraph(probeSubgraph('alpha', 'alpha'))).rejects.toThrow(/INTERNAL_JWT_SECRET/);
  });
});

describe("the subgraphs' own limits", () => {
  it("are at least as generous as the gateway's largest budget, so gateway traffic is never refused", async () => {
    const { SUBGRAPH_LIMITS } = await import('@pecg/common');
    const largest = (key: 'maxDepth' | 'maxAliases') => Math.max(...Object.values(QUERY_BUDGETS).map((b) => b[key]));
    expect(SUBGRAPH_LIMITS).toBeDefined();
    // _entities adds one level to a fetch
    expect(SUBGRAPH_LIMITS.maxDepth).toBeGreaterThanOrEqual(largest('maxDepth') + 1);
    expect(SUBGRAPH_LIMITS.maxAliases).toBeGreaterThanOrEqual(largest('maxAliases'));
    expect(SUBGRAPH_LIMITS.maxAliases).toBeLessThan(200);
  });
});
