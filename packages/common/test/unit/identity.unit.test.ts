import { SignJWT } from 'jose';
import { UnauthenticatedError, ValidationError } from '../../src/errors';
import { AUDIENCE, callerFromAuthorization, CLOCK_TOLERANCE_SECONDS, ISSUER, mintToken, resetIdentityKeys, verifyToken } from '../../src/identity';

/**
 * Tokens with the local development secret (no JWT_* variable set): minted by `mintToken` (as
 * `npm run token` does) and verified by `verifyToken`, as the gateway and every subgraph do.
 */
const DEV_SECRET = new TextEncoder().encode('pecg-local-development-secret-change-me');
const KEY_VARIABLES = ['JWT_SECRET', 'JWT_PUBLIC_KEY_FILE', 'JWT_JWKS_FILE', 'JWT_ALGORITHM', 'NODE_ENV'] as const;
const saved = Object.fromEntries(KEY_VARIABLES.map((name) => [name, process.env[name]]));

beforeEach(() => {
  for (const name of KEY_VARIABLES) if (name !== 'NODE_ENV') delete process.env[name];
  process.env.NODE_ENV = 'test';
  resetIdentityKeys();
});
afterEach(() => {
  jest.useRealTimers();
  for (const name of KEY_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  resetIdentityKeys();
});

/** A token signed with the development secret, with the claims and registered fields given. */
function sign(claims: Record<string, unknown>, options: { audience?: string; issuer?: string; expiresAt?: number | string; secret?: Uint8Array } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('s1')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? '1h')
    .sign(options.secret ?? DEV_SECRET);
}

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error) => error,
  );
}

/** Fakes only the clock (Date), so jose's expiry check sees the time the test sets. */
function fakeClock(now: Date) {
  jest.useFakeTimers({
    now,
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
}

describe('minting and verifying tokens with the development secret', () => {
  it('round-trips the caller: role, subject, name and the scope claims', async () => {
    const token = await mintToken({ role: 'ENTERPRISE', subject: 'u-42', name: '王经理', enterpriseId: '65a1b2c3d4e5f60718293a4b' });
    expect(await verifyToken(token)).toEqual({ subject: 'u-42', role: 'ENTERPRISE', name: '王经理', enterpriseId: '65a1b2c3d4e5f60718293a4b' });
    const department = await verifyToken(await mintToken({ role: 'DEPARTMENT', department: 'approvals' }));
    expect(department).toEqual({ subject: 'department-user', role: 'DEPARTMENT', department: 'approvals' });
    expect(await callerFromAuthorization(`Bearer ${await mintToken({ role: 'POLICE', officerId: 'o1' })}`)).toMatchObject({ role: 'POLICE', officerId: 'o1' });
  });

  it('refuses to mint an unknown role or department', async () => {
    await expect(mintToken({ role: 'ROOT' as 'ADMIN' })).rejects.toThrow(ValidationError);
    const error = await rejection(mintToken({ role: 'DEPARTMENT', department: 'finance' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'department', value: 'finance' });
  });

  it.each([
    ['another audience', () => sign({ role: 'ADMIN' }, { audience: 'someone-else' })],
    ['another issuer', () => sign({ role: 'ADMIN' }, { issuer: 'evil' })],
    ['another secret', () => sign({ role: 'ADMIN' }, { secret: new TextEncoder().encode('not-the-secret') })],
    [
      'a tampered payload',
      async () => {
        const [header, , signature] = (await mintToken({ role: 'ANALYST' })).split('.');
        const payload = Buffer.from(JSON.stringify({ role: 'ADMIN', sub: 'x', iss: ISSUER, aud: AUDIENCE })).toString('base64url');
        return `${header}.${payload}.${signature}`;
      },
    ],
    ['no token at all', async () => 'not.a.token'],
  ])('refuses %s as UNAUTHENTICATED "not valid"', async (_name, token) => {
    const error = await rejection(verifyToken(await token()));
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect(error.message).toBe('The bearer token is not valid');
    expect((error as UnauthenticatedError).extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('accepts a token within the clock tolerance of its expiry and refuses it as expired after', async () => {
    const start = new Date('2026-01-05T08:00:00Z');
    fakeClock(start);
    const token = await mintToken({ role: 'ADMIN', expiresIn: '60s' });
    jest.setSystemTime(start.getTime() + (60 + CLOCK_TOLERANCE_SECONDS - 1) * 1000);
    await expect(verifyToken(token)).resolves.toMatchObject({ role: 'ADMIN' });
    jest.setSystemTime(start.getTime() + (60 + CLOCK_TOLERANCE_SECONDS + 1) * 1000);
    const error = await rejection(verifyToken(token));
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect(error.message).toBe('The bearer token has expired');
  });

  it('refuses claims that do not make a caller, saying which', async () => {
    await expect(verifyToken(await sign({ role: 'ROOT' }))).rejects.toThrow(
      'Token role "ROOT" is not one of ADMIN, POLICE, ENTERPRISE, MEDIATOR, ANALYST, DEPARTMENT',
    );
    await expect(verifyToken(await sign({ role: 'ENTERPRISE' }))).rejects.toThrow('An ENTERPRISE token must carry the enterpriseId claim');
    await expect(verifyToken(await sign({ role: 'DEPARTMENT' }))).rejects.toThrow('A DEPARTMENT token must carry the department claim');
    await expect(verifyToken(await sign({ role: 'police' }))).resolves.toMatchObject({ role: 'POLICE' });
  });

  it('reads only "Authorization: Bearer <token>"', async () => {
    await expect(callerFromAuthorization(undefined)).rejects.toThrow('Missing Authorization header: send "Authorization: Bearer <token>"');
    await expect(callerFromAuthorization('Basic dXNlcjpwYXNz')).rejects.toThrow('Authorization header must be "Bearer <token>"');
    await expect(callerFromAuthorization(`bearer ${await mintToken({ role: 'MEDIATOR' })}`)).resolves.toMatchObject({ role: 'MEDIATOR' });
  });

  it('uses JWT_SECRET when set, so development tokens stop working', async () => {
    const development = await mintToken({ role: 'ADMIN' });
    process.env.JWT_SECRET = 'a-deployment-secret';
    resetIdentityKeys();
    await expect(verifyToken(development)).rejects.toThrow('The bearer token is not valid');
    await expect(verifyToken(await mintToken({ role: 'ADMIN' }))).resolves.toMatchObject({ role: 'ADMIN' });
  });

  it('has no development secret in production', async () => {
    process.env.NODE_ENV = 'production';
    resetIdentityKeys();
    await expect(mintToken({ role: 'ADMIN' })).rejects.toThrow('JWT_SECRET must be set in production');
  });
});
