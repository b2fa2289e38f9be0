import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { AUDIENCE, ISSUER, resetIdentityKeys, verifyToken } from '@pecg/common';
import { postGraphQL } from '@pecg/testing';
import { startGateway } from '../src/gateway';
import { startProbeGraph, type ProbeGraph } from './support/probe';

/**
 * Fail-closed identity (issue 11, item 3): exp required with a maximum lifetime, the development
 * secret refused in production however it is set, alg pinned per key, key files reloaded when they
 * change (cached callers dropped), and a jti revocation list checked on every request.
 */
const WHOAMI = '{ alphaWhoami { role subject } }';
const DEV_SECRET_TEXT = 'pecg-local-development-secret-change-me';
const DEV_SECRET = new TextEncoder().encode(DEV_SECRET_TEXT);
const now = () => Math.floor(Date.now() / 1000);

interface SignOptions {
  kid?: string;
  jti?: string;
  /** Seconds since the epoch; null: no claim at all. */
  iat?: number | null;
  exp?: number | null;
}

async function sign(key: KeyLike | Uint8Array, alg: string, claims: Record<string, unknown> = { role: 'ANALYST' }, options: SignOptions = {}) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg, ...(options.kid ? { kid: options.kid } : {}) })
    .setSubject('analyst-7')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE);
  if (options.jti) jwt.setJti(options.jti);
  if (options.iat !== null) jwt.setIssuedAt(options.iat ?? now());
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? now() + 300);
  return jwt.sign(key);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const unsigned = (payload: Record<string, unknown>) =>
  `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;

describe('fail-closed identity at the gateway', () => {
  let graph: ProbeGraph;
  let dir: string;
  const ask = (headers: Record<string, string>) => postGraphQL(graph.gateway.url, WHOAMI, {}, headers);
  const expect401 = async (headers: Record<string, string>, message?: RegExp) => {
    const response = await ask(headers);
    expect({ status: response.status, code: response.errors?.[0].extensions?.code, data: response.data }).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      data: undefined,
    });
    if (message) expect(response.errors![0].message).toMatch(message);
  };

  beforeAll(async () => {
    dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pecg-fail-closed-'));
    graph = await startProbeGraph({}, ['alpha']);
  });
  afterAll(async () => {
    await graph.stop();
    await fs.promises.rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    for (const name of ['JWT_PUBLIC_KEY_FILE', 'JWT_ALGORITHM', 'JWT_JWKS_FILE', 'JWT_REVOKED_FILE', 'JWT_MAX_LIFETIME_SECONDS']) delete process.env[name];
    resetIdentityKeys();
  });

  it('refuses a token without exp', async () => {
    await expect401(bearer(await sign(DEV_SECRET, 'HS256', { role: 'ADMIN' }, { exp: null })), /exp/);
  });

  it('refuses a token whose lifetime (exp − iat) is beyond the maximum (default 8 h), and one that expires beyond it from now', async () => {
    const t = now();
    expect((await ask(bearer(await sign(DEV_SECRET, 'HS256', { role: 'ADMIN' }, { iat: t, exp: t + 8 * 3600 })))).status).toBe(200);
    await expect401(bearer(await sign(DEV_SECRET, 'HS256', { role: 'ADMIN' }, { iat: t, exp: t + 9 * 3600 })), /lifetime/);
    // no iat, or an iat in the future to make exp − iat look short: the lifetime from now counts too
    await expect401(bearer(await sign(DEV_SECRET, 'HS256', { role: 'ADMIN' }, { iat: null, exp: t + 30 * 24 * 3600 })), /lifetime/);
    await expect401(bearer(await sign(DEV_SECRET, 'HS256', { role: 'ADMIN' }, { iat: t + 29 * 24 * 3600, exp: t + 30 * 24 * 3600 })), /lifetime|not valid/);
    // the maximum is configurable
    process.env.JWT_MAX_LIFETIME_SECONDS = '600';
    await expect401(bearer(await sign(DEV_SECRET, 'HS256', { role: 'ADMIN' }, { iat: t, exp: t + 3600 })), /lifetime/);
  });

  it('refuses alg "none"', async () => {
    const t = now();
    await expect401(bearer(unsigned({ role: 'ADMIN', sub: 'x', iss: ISSUER, aud: AUDIENCE, iat: t, exp: t + 60 })));
  });

  it('pins the algorithm to the key: an HS256 token signed with the RSA public key PEM as the secret is refused', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const pem = await exportSPKI(publicKey);
    const file = path.join(dir, 'confusion.pem');
    await fs.promises.writeFile(file, pem);
    process.env.JWT_PUBLIC_KEY_FILE = file;
    process.env.JWT_ALGORITHM = 'RS256';
    resetIdentityKeys();
    expect((await ask(bearer(await sign(privateKey, 'RS256')))).status).toBe(200);
    await expect401(bearer(await sign(new TextEncoder().encode(pem), 'HS256', { role: 'ADMIN' })));
    // ES256 signed by another key type is refused too
    const ec = await generateKeyPair('ES256');
    await expect401(bearer(await sign(ec.privateKey, 'ES256', { role: 'ADMIN' })));
  });

  it('pins JWKS keys by their alg: a key declared RS256 does not verify a PS256 token', async () => {
    const rsa = await generateKeyPair('RS256');
    const file = path.join(dir, 'pinned-jwks.json');
    await fs.promises.writeFile(file, JSON.stringify({ keys: [{ ...(await exportJWK(rsa.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] }));
    process.env.JWT_JWKS_FILE = file;
    resetIdentityKeys();
    expect((await ask(bearer(await sign(rsa.privateKey, 'RS256', { role: 'POLICE' }, { kid: 'k1' })))).status).toBe(200);
    await expect401(bearer(await sign(rsa.privateKey, 'PS256', { role: 'POLICE' }, { kid: 'k1' })));
  });

  it("reloads a rotated PEM key file and drops the callers it verified: the old key's tokens are refused after the file changes", async () => {
    const oldKey = await generateKeyPair('ES256');
    const newKey = await generateKeyPair('ES256');
    const file = path.join(dir, 'rotating.pem');
    await fs.promises.writeFile(file, await exportSPKI(oldKey.publicKey));
    process.env.JWT_PUBLIC_KEY_FILE = file;
    process.env.JWT_ALGORITHM = 'ES256';
    resetIdentityKeys();
    const oldToken = await sign(oldKey.privateKey, 'ES256', { role: 'POLICE' });
    // verified and remembered by the gateway
    for (let i = 0; i < 2; i += 1) expect((await ask(bearer(oldToken))).status).toBe(200);
    // rotation: the file now holds the new key only (no reset, no restart)
    await fs.promises.writeFile(file, await exportSPKI(newKey.publicKey));
    await expect401(bearer(oldToken));
    expect((await ask(bearer(await sign(newKey.privateKey, 'ES256', { role: 'POLICE' })))).status).toBe(200);
  });

  it('reloads a JWKS file when it changes: a removed key stops verifying, even for remembered callers', async () => {
    const a = await generateKeyPair('RS256');
    const b = await generateKeyPair('RS256');
    const jwk = async (key: KeyLike, kid: string) => ({ ...(await exportJWK(key)), kid, alg: 'RS256', use: 'sig' });
    const file = path.join(dir, 'rotating-jwks.json');
    await fs.promises.writeFile(file, JSON.stringify({ keys: [await jwk(a.publicKey, 'a'), await jwk(b.publicKey, 'b')] }));
    process.env.JWT_JWKS_FILE = file;
    resetIdentityKeys();
    const tokenA = await sign(a.privateKey, 'RS256', { role: 'MEDIATOR' }, { kid: 'a' });
    const tokenB = await sign(b.privateKey, 'RS256', { role: 'MEDIATOR' }, { kid: 'b' });
    expect((await ask(bearer(tokenA))).status).toBe(200);
    expect((await ask(bearer(tokenB))).status).toBe(200);
    await fs.promises.writeFile(file, JSON.stringify({ keys: [await jwk(b.publicKey, 'b')] }));
    await expect401(bearer(tokenA));
    expect((await ask(bearer(tokenB))).status).toBe(200);
  });

  it('refuses a revoked jti (JWT_REVOKED_FILE, one per line or a JSON array), also for a caller it had already verified', async () => {
    const file = path.join(dir, 'revoked.txt');
    await fs.promises.writeFile(file, '# revoked tokens\nsome-other-jti\n');
    process.env.JWT_REVOKED_FILE = file;
    const token = await sign(DEV_SECRET, 'HS256', { role: 'ADMIN' }, { jti: 'leaked-token-1' });
    const other = await sign(DEV_SECRET, 'HS256', { role: 'ADMIN' }, { jti: 'still-good-2' });
    for (let i = 0; i < 2; i += 1) expect((await ask(bearer(token))).status).toBe(200);
    await fs.promises.writeFile(file, '# revoked tokens\nsome-other-jti\nleaked-token-1\n');
    await expect401(bearer(token), /revoked/);
    expect((await ask(bearer(other))).status).toBe(200);
    await fs.promises.writeFile(file, JSON.stringify(['still-good-2']));
    await expect401(bearer(other), /revoked/);
    expect((await ask(bearer(token))).status).toBe(200);
  });
});

describe('the development secret in production', () => {
  const saved = { NODE_ENV: process.env.NODE_ENV, JWT_SECRET: process.env.JWT_SECRET, INTERNAL_JWT_SECRET: process.env.INTERNAL_JWT_SECRET };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetIdentityKeys();
  });

  it.each([
    ['unset', undefined],
    ['set explicitly to the public development secret', DEV_SECRET_TEXT],
  ])('is refused with NODE_ENV=production when JWT_SECRET is %s: tokens signed with it are refused and the gateway does not start', async (_name, value) => {
    const token = await sign(DEV_SECRET, 'HS256', { role: 'ADMIN' });
    process.env.NODE_ENV = 'production';
    process.env.INTERNAL_JWT_SECRET = 'an-internal-secret-only-the-gateway-and-subgraphs-share';
    if (value === undefined) delete process.env.JWT_SECRET;
    else process.env.JWT_SECRET = value;
    resetIdentityKeys();
    await expect(verifyToken(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(startGateway({ supergraphSdl: 'schema { query: Query } type Query { a: String }', port: 0, opsPort: 0 } as never)).rejects.toThrow(
      /JWT_SECRET/,
    );
  });
});
