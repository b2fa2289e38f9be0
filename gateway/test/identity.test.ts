import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { AUDIENCE, ISSUER, resetIdentityKeys } from '@pecg/common';
import { authHeaders, postGraphQL } from '@pecg/testing';
import { startProbeGraph, type ProbeGraph } from './support/probe';

/** Identity at the gateway (HS256, RS256/ES256 from a PEM or a JWKS file) and zero trust at the subgraphs. */
const WHOAMI = '{ alphaWhoami { role subject requestId } }';
const DEV_SECRET = new TextEncoder().encode('pecg-local-development-secret-change-me');

async function sign(
  key: KeyLike | Uint8Array,
  alg: string,
  claims: Record<string, unknown> = { role: 'ANALYST' },
  options: { kid?: string; audience?: string; issuer?: string; exp?: number | string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, ...(options.kid ? { kid: options.kid } : {}) })
    .setSubject('analyst-7')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '5m')
    .sign(key);
}

describe('identity at the gateway', () => {
  let graph: ProbeGraph;
  let dir: string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const ask = (headers: Record<string, string>) => postGraphQL(graph.gateway.url, WHOAMI, {}, headers);

  beforeAll(async () => {
    dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pecg-keys-'));
    graph = await startProbeGraph({}, ['alpha']);
  });
  afterAll(async () => {
    await graph.stop();
    await fs.promises.rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    delete process.env.JWT_PUBLIC_KEY_FILE;
    delete process.env.JWT_ALGORITHM;
    delete process.env.JWT_JWKS_FILE;
    resetIdentityKeys();
  });

  it('accepts a local HS256 token and forwards the same identity and request id to the subgraph', async () => {
    const { status, data, headers } = await postGraphQL(graph.gateway.url, WHOAMI, {}, { ...(await authHeaders('ANALYST')), 'x-request-id': 'req-identity-1' });
    expect(status).toBe(200);
    // the request id is the gateway's own (the client's is returned beside it, never used as the id)
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('x-client-request-id')).toBe('req-identity-1');
    expect(data!.alphaWhoami).toEqual({ role: 'ANALYST', subject: 'analyst-user', requestId: headers.get('x-request-id') });
  });

  it.each(['RS256', 'ES256'])('verifies %s tokens with a PEM public key file and then refuses HS256 tokens', async (alg) => {
    const { publicKey, privateKey } = await generateKeyPair(alg);
    const file = path.join(dir, `${alg}.pem`);
    await fs.promises.writeFile(file, await exportSPKI(publicKey));
    process.env.JWT_PUBLIC_KEY_FILE = file;
    process.env.JWT_ALGORITHM = alg;
    resetIdentityKeys();
    const ok = await ask(bearer(await sign(privateKey, alg)));
    expect(ok.status).toBe(200);
    expect(ok.data!.alphaWhoami).toMatchObject({ role: 'ANALYST', subject: 'analyst-7' });
    const other = await generateKeyPair(alg);
    const forged = await ask(bearer(await sign(other.privateKey, alg)));
    expect(forged.status).toBe(401);
    expect(forged.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const hs = await ask(await authHeaders('ADMIN'));
    expect(hs.status).toBe(401);
  });

  it('verifies RS256 and ES256 tokens against a JWKS file, by key id', async () => {
    const rsa = await generateKeyPair('RS256');
    const ec = await generateKeyPair('ES256');
    const keys = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    const file = path.join(dir, 'jwks.json');
    await fs.promises.writeFile(file, JSON.stringify({ keys }));
    process.env.JWT_JWKS_FILE = file;
    resetIdentityKeys();
    expect((await ask(bearer(await sign(rsa.privateKey, 'RS256', { role: 'POLICE' }, { kid: 'rsa-1' })))).data!.alphaWhoami.role).toBe('POLICE');
    expect((await ask(bearer(await sign(ec.privateKey, 'ES256', { role: 'MEDIATOR' }, { kid: 'ec-1' })))).data!.alphaWhoami.role).toBe('MEDIATOR');
    const unknownKid = await ask(bearer(await sign(ec.privateKey, 'ES256', { role: 'MEDIATOR' }, { kid: 'nope' })));
    expect(unknownKid.status).toBe(401);
  });

  it('answers 401 UNAUTHENTICATED, with no data, for missing, malformed, expired, wrong-audience, wrong-issuer and incomplete tokens', async () => {
    const secret = DEV_SECRET;
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['missing', {}, /Missing Authorization header/],
      ['not bearer', { authorization: 'Basic YWRtaW46YWRtaW4=' }, /must be "Bearer <token>"/],
      ['garbage', bearer('not-a-jwt'), /not valid/],
      ['expired', bearer(await sign(secret, 'HS256', { role: 'ADMIN' }, { exp: Math.floor(Date.now() / 1000) - 60 })), /expired/],
      ['wrong audience', bearer(await sign(secret, 'HS256', { role: 'ADMIN' }, { audience: 'someone-else' })), /not valid/],
      ['wrong issuer', bearer(await sign(secret, 'HS256', { role: 'ADMIN' }, { issuer: 'evil' })), /not valid/],
      ['unknown role', bearer(await sign(secret, 'HS256', { role: 'ROOT' })), /role "ROOT"/],
      ['enterprise without enterpriseId', bearer(await sign(secret, 'HS256', { role: 'ENTERPRISE' })), /enterpriseId/],
      ['department without department', bearer(await sign(secret, 'HS256', { role: 'DEPARTMENT' })), /department claim/],
    ];
    const callsBefore = await graph.subgraphCalls();
    for (const [name, headers, message] of cases) {
      const response = await ask(headers);
      expect({ name, status: response.status, code: response.errors?.[0].extensions?.code, data: response.data }).toEqual({
        name,
        status: 401,
        code: 'UNAUTHENTICATED',
        data: undefined,
      });
      expect(response.errors![0].message).toMatch(message);
    }
    expect(await graph.subgraphCalls()).toBe(callsBefore);
  });

  it('remembers a verified token only until it expires, and forgets it when the key configuration changes', async () => {
    const token = await sign(DEV_SECRET, 'HS256', { role: 'ANALYST' }, { exp: '5m' });
    for (let i = 0; i < 2; i += 1) expect((await ask(bearer(token))).data!.alphaWhoami).toMatchObject({ role: 'ANALYST', subject: 'analyst-7' });
    // Six minutes later (only the clock is faked; timers and I/O run as usual).
    jest.useFakeTimers({
      now: Date.now() + 6 * 60_000,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    try {
      const expired = await ask(bearer(token));
      expect(expired.status).toBe(401);
      expect(expired.errors![0].message).toMatch(/expired/);
    } finally {
      jest.useRealTimers();
    }
    const fresh = await sign(DEV_SECRET, 'HS256', { role: 'POLICE' }, { exp: '5m' });
    expect((await ask(bearer(fresh))).status).toBe(200);
    const { publicKey } = await generateKeyPair('RS256');
    const file = path.join(dir, 'rotated.pem');
    await fs.promises.writeFile(file, await exportSPKI(publicKey));
    process.env.JWT_PUBLIC_KEY_FILE = file;
    resetIdentityKeys();
    expect((await ask(bearer(fresh))).status).toBe(401);
  });

  it('serves nothing of the graph without a token: GET and POST operations, introspection included', async () => {
    const post = await postGraphQL(graph.gateway.url, '{ __schema { queryType { name } } }');
    expect(post.status).toBe(401);
    const get = await fetch(`${graph.gateway.url}?query=${encodeURIComponent('{ alpha }')}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(401);
  });
});

describe('zero trust: a subgraph called straight at its port', () => {
  let graph: ProbeGraph;
  beforeAll(async () => {
    graph = await startProbeGraph({}, ['alpha']);
  });
  afterAll(async () => {
    await graph.stop();
  });

  const operations: Array<[string, string, Record<string, unknown>]> = [
    ['_service', '{ _service { sdl } }', {}],
    ['_entities', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { name phone } } }', { r: [{ __typename: 'Person', id: 'p1' }] }],
    ['a root field', '{ alphaPeople { name } }', {}],
  ];

  it.each(operations)('refuses %s without a token, with a bad token and with an expired token (401, no data)', async (_name, query, variables) => {
    const subgraphUrl = graph.subgraphs.alpha.url;
    const expired = { authorization: `Bearer ${await sign(DEV_SECRET, 'HS256', { role: 'ADMIN' }, { exp: Math.floor(Date.now() / 1000) - 60 })}` };
    for (const headers of [{}, { authorization: 'Bearer forged.token.here' }, expired]) {
      const response = await postGraphQL(subgraphUrl, query, variables, headers);
      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data).toBeUndefined();
    }
  });

  it('answers the same operations with a valid token (so the refusals above are about identity)', async () => {
    for (const [, query, variables] of operations) {
      const response = await graph.subgraphs.alpha.query(query, variables, 'ADMIN');
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
    }
  });
});
