import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { SignJWT, createLocalJWKSet, importSPKI, jwtVerify, type JWK, type JWTPayload, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { UnauthenticatedError, ValidationError } from './errors';
import { SUBGRAPH_NAMES, config } from './config';

/**
 * Caller identity. Every request to the gateway carries a bearer JWT (the end-user token); the
 * gateway verifies it (fail closed: exp required with a maximum lifetime, algorithm pinned per key,
 * key files reloaded when they change, revoked token ids refused) and forwards the caller to the
 * subgraphs as a short-lived internal assertion signed with a key only the gateway and the subgraphs
 * share. Subgraphs accept only that assertion. This module is the one place tokens are read.
 */
export const ROLES = ['ADMIN', 'POLICE', 'ENTERPRISE', 'MEDIATOR', 'ANALYST', 'DEPARTMENT'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  /** Token subject: a user or service account id. */
  subject: string;
  role: Role;
  name?: string;
  /** ENTERPRISE callers: the one enterprise whose records they may see and change. */
  enterpriseId?: string;
  /** POLICE callers: their PoliceOfficer id, when they are an officer in the graph. */
  officerId?: string;
  /** DEPARTMENT callers: the subgraph their department owns. */
  department?: string;
}

export const ISSUER = 'pecg';
export const AUDIENCE = 'pecg-graph';
/** The public development secret: accepted only outside production. */
const DEV_SECRET = 'pecg-local-development-secret-change-me';
/** Allowed clock skew between the token issuer, the gateway and the subgraphs. */
export const CLOCK_TOLERANCE_SECONDS = 5;

/** Audience of the internal assertion the gateway sends to the subgraphs (never a user token's). */
export const INTERNAL_AUDIENCE = 'pecg-internal';
/** The header that carries the internal assertion from the gateway to a subgraph. */
export const INTERNAL_HEADER = 'x-pecg-caller';
/** Lifetime of one internal assertion. */
export const INTERNAL_ASSERTION_SECONDS = 60;
/** Development default of INTERNAL_JWT_SECRET: distinct from the user development secret, refused in production. */
const INTERNAL_DEV_SECRET = 'pecg-local-internal-assertion-secret-change-me';

/** Asymmetric algorithms a PEM key or a JWKS key may be pinned to (never HS*, never none). */
const ASYMMETRIC_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA']);

const encoder = new TextEncoder();

/** The user-token HS256 secret; in production it must be set and must not be the public development secret. */
function userSecretText(): string {
  const value = config.jwt.secret;
  if (config.isProduction && (!value || value === DEV_SECRET)) {
    throw new Error(
      'JWT_SECRET must be set in production to a secret of your own, not the public development secret (or use JWT_PUBLIC_KEY_FILE / JWT_JWKS_FILE)',
    );
  }
  return value ?? DEV_SECRET;
}

function secret(): Uint8Array {
  return encoder.encode(userSecretText());
}

/** Identity of a key file's current contents (path, inode, size, modification and change times in ns). */
function fileStamp(file: string): string {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return `${file}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  } catch {
    return `${file}:missing`;
  }
}

interface VerificationKey {
  key: Uint8Array | KeyLike | JWTVerifyGetKey;
  algorithms: string[];
}

/** Reads a JWKS file: only keys that declare an asymmetric `alg` are used, each pinned to it. */
function loadJwks(file: string): VerificationKey {
  const jwks = JSON.parse(fs.readFileSync(file, 'utf8')) as { keys?: JWK[] };
  const keys = (Array.isArray(jwks.keys) ? jwks.keys : []).filter((key) => typeof key.alg === 'string' && ASYMMETRIC_ALGORITHMS.has(key.alg));
  if (keys.length === 0) throw new Error(`JWT_JWKS_FILE ${file} has no key with an asymmetric "alg" (${[...ASYMMETRIC_ALGORITHMS].join(', ')})`);
  return { key: createLocalJWKSet({ keys }), algorithms: [...new Set(keys.map((key) => key.alg as string))] };
}

/** HS256 with JWT_SECRET (local), or the configured algorithm with JWT_PUBLIC_KEY_FILE (PEM), or JWT_JWKS_FILE. */
async function loadVerificationKey(): Promise<VerificationKey> {
  const { jwksFile, publicKeyFile, algorithm } = config.jwt;
  if (jwksFile) return loadJwks(jwksFile);
  if (publicKeyFile) {
    if (!ASYMMETRIC_ALGORITHMS.has(algorithm))
      throw new Error(`JWT_ALGORITHM must be one of ${[...ASYMMETRIC_ALGORITHMS].join(', ')} with JWT_PUBLIC_KEY_FILE (got "${algorithm}")`);
    return { key: await importSPKI(fs.readFileSync(publicKeyFile, 'utf8'), algorithm), algorithms: [algorithm] };
  }
  return { key: secret(), algorithms: ['HS256'] };
}

let keyState: { signature: string; generation: number; key: Promise<VerificationKey> } | undefined;
let generations = 0;

/**
 * The verification key for the current configuration and key file contents: the key file is
 * stat'ed on every call and read again when it changed (rotation needs no restart).
 */
function currentKey(): { generation: number; key: Promise<VerificationKey> } {
  const { jwksFile, publicKeyFile, algorithm, secret: userSecret } = config.jwt;
  const file = jwksFile ?? publicKeyFile;
  const signature = JSON.stringify([jwksFile, publicKeyFile, algorithm, userSecret, config.isProduction, file ? fileStamp(file) : '']);
  if (!keyState || keyState.signature !== signature) {
    const key = loadVerificationKey();
    key.catch(() => undefined);
    keyState = { signature, generation: (generations += 1), key };
  }
  return keyState;
}

/**
 * A number that changes whenever the key configuration or a key file changes: the gateway drops
 * the callers it remembers when it does.
 */
export function identityKeyGeneration(): number {
  return currentKey().generation;
}

/**
 * Checks the identity configuration at start-up (the gateway: the user-token keys, the revocation
 * list and the internal key; a subgraph: the internal key only), so a production deployment with a
 * development secret or an unreadable key file does not start.
 */
export async function assertIdentityConfiguration(options: { userTokens: boolean }): Promise<void> {
  if (options.userTokens) {
    await currentKey().key;
    revokedTokenIds();
  }
  internalSecret();
}

/** Forget cached keys and revocation lists (tests that change the key configuration). */
export function resetIdentityKeys(): void {
  keyState = undefined;
  revocation = undefined;
}

let revocation: { signature: string; ids: ReadonlySet<string> } | undefined;
const NO_IDS: ReadonlySet<string> = new Set();

/** Parses a revocation list: a JSON array of token ids, or one id per line (`#` starts a comment). */
function parseRevocationList(text: string): Set<string> {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const ids = JSON.parse(trimmed) as unknown;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
      throw new Error('JWT_REVOKED_FILE: a JSON revocation list must be an array of strings');
    return new Set(ids);
  }
  return new Set(
    trimmed
      .split(/\r?\n/)
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean),
  );
}

/**
 * Revoked token ids (`jti`) from JWT_REVOKED_FILE, read again whenever the file changes. A
 * configured list that cannot be read refuses every token (fail closed).
 */
export function revokedTokenIds(): ReadonlySet<string> {
  const file = config.jwt.revokedFile;
  if (!file) return NO_IDS;
  const signature = fileStamp(file);
  if (!revocation || revocation.signature !== signature) {
    let ids: ReadonlySet<string> | undefined;
    try {
      ids = parseRevocationList(fs.readFileSync(file, 'utf8'));
    } catch {
      ids = undefined;
    }
    if (!ids) throw new UnauthenticatedError('The token revocation list (JWT_REVOKED_FILE) cannot be read; no token is accepted');
    revocation = { signature, ids };
  }
  return revocation.ids;
}

/** Throws UNAUTHENTICATED when the token id is on the revocation list. */
export function assertNotRevoked(tokenId: string | undefined): void {
  const revoked = revokedTokenIds();
  if (tokenId !== undefined && revoked.has(tokenId)) throw new UnauthenticatedError('The bearer token has been revoked');
}

/** exp − iat, and exp − now, within `maxSeconds` (plus the clock skew). */
function assertLifetime(payload: JWTPayload, maxSeconds: number, what: string): void {
  const exp = payload.exp as number;
  const now = Math.floor(Date.now() / 1000);
  const iat = typeof payload.iat === 'number' ? payload.iat : undefined;
  if ((iat !== undefined && exp - iat > maxSeconds + CLOCK_TOLERANCE_SECONDS) || exp - now > maxSeconds + CLOCK_TOLERANCE_SECONDS) {
    throw new UnauthenticatedError(`The ${what} lifetime exceeds the maximum of ${maxSeconds} s`);
  }
}

/** A jose failure as an UNAUTHENTICATED error with a plain message. */
function unauthenticated(error: unknown, what: string): UnauthenticatedError {
  if (error instanceof UnauthenticatedError) return error;
  const { code, claim } = error as { code?: string; claim?: string };
  if (code === 'ERR_JWT_EXPIRED') return new UnauthenticatedError(`The ${what} has expired`);
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'exp')
    return new UnauthenticatedError(`The ${what} has no expiry (exp): tokens without exp are refused`);
  return new UnauthenticatedError(`The ${what} is not valid`);
}

function callerFromClaims(claims: JWTPayload): Caller {
  const role = String(claims.role ?? '').toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new UnauthenticatedError(`Token role "${claims.role}" is not one of ${ROLES.join(', ')}`);
  if (!claims.sub) throw new UnauthenticatedError('Token has no subject (sub)');
  const caller: Caller = { subject: claims.sub, role: role as Role };
  if (typeof claims.name === 'string') caller.name = claims.name;
  if (typeof claims.enterpriseId === 'string') caller.enterpriseId = claims.enterpriseId;
  if (typeof claims.officerId === 'string') caller.officerId = claims.officerId;
  if (typeof claims.department === 'string') caller.department = claims.department;
  if (caller.role === 'ENTERPRISE' && !caller.enterpriseId) throw new UnauthenticatedError('An ENTERPRISE token must carry the enterpriseId claim');
  if (caller.role === 'DEPARTMENT' && !caller.department) throw new UnauthenticatedError('A DEPARTMENT token must carry the department claim');
  return caller;
}

/** A verified end-user token: the caller, its id (jti, for revocation) and expiry (seconds since the epoch). */
export interface VerifiedToken {
  caller: Caller;
  tokenId?: string;
  expiresAt: number;
}

/**
 * Verifies an end-user bearer token: signature with the algorithm pinned to the key, issuer,
 * audience, expiry (exp required; lifetime at most JWT_MAX_LIFETIME_SECONDS), not on the revocation
 * list. Anything else is UNAUTHENTICATED.
 */
export async function verifyUserToken(token: string): Promise<VerifiedToken> {
  try {
    const { key, algorithms } = await currentKey().key;
    const { payload } = await jwtVerify(token, key as Uint8Array, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp'],
    });
    assertLifetime(payload, config.jwt.maxLifetimeSeconds, 'bearer token');
    const caller = callerFromClaims(payload);
    const tokenId = typeof payload.jti === 'string' ? payload.jti : undefined;
    assertNotRevoked(tokenId);
    return { caller, tokenId, expiresAt: payload.exp as number };
  } catch (error) {
    throw unauthenticated(error, 'bearer token');
  }
}

/** Verifies an end-user bearer token (see verifyUserToken) and returns the caller. */
export async function verifyToken(token: string): Promise<Caller> {
  return (await verifyUserToken(token)).caller;
}

/** The token of `Authorization: Bearer <token>`; throws UNAUTHENTICATED when missing or malformed. */
export function bearerToken(header: string | undefined): string {
  if (!header) throw new UnauthenticatedError('Missing Authorization header: send "Authorization: Bearer <token>"');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
  return match[1];
}

/** Reads `Authorization: Bearer <token>`; throws UNAUTHENTICATED when missing or invalid. */
export async function callerFromAuthorization(header: string | undefined): Promise<Caller> {
  return verifyToken(bearerToken(header));
}

let internalKey: { text: string; key: Uint8Array } | undefined;

/**
 * The key of the internal assertion (INTERNAL_JWT_SECRET). In production it must be set, and must
 * be neither a development default nor the user-token secret; elsewhere a development default
 * (distinct from the user development secret) is used.
 */
function internalSecret(): Uint8Array {
  const value = config.internalJwtSecret;
  if (config.isProduction && (!value || value === INTERNAL_DEV_SECRET || value === DEV_SECRET || value === config.jwt.secret)) {
    throw new Error(
      'INTERNAL_JWT_SECRET must be set in production to a secret only the gateway and the subgraphs share (not a development default, not JWT_SECRET)',
    );
  }
  const text = value ?? INTERNAL_DEV_SECRET;
  if (internalKey?.text !== text) internalKey = { text, key: encoder.encode(text) };
  return internalKey.key;
}

/**
 * Signs the internal assertion the gateway sends to the subgraphs for a verified caller: HS256 with
 * INTERNAL_JWT_SECRET, audience `pecg-internal`, valid INTERNAL_ASSERTION_SECONDS. `now`
 * (milliseconds) is for tests.
 */
export async function mintInternalAssertion(caller: Caller, now = Date.now()): Promise<{ token: string; expiresAt: number }> {
  const claims: JWTPayload = { role: caller.role };
  if (caller.name) claims.name = caller.name;
  if (caller.enterpriseId) claims.enterpriseId = caller.enterpriseId;
  if (caller.officerId) claims.officerId = caller.officerId;
  if (caller.department) claims.department = caller.department;
  const iat = Math.floor(now / 1000);
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.subject)
    .setIssuer(ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + INTERNAL_ASSERTION_SECONDS)
    .sign(internalSecret());
  return { token, expiresAt: (iat + INTERNAL_ASSERTION_SECONDS) * 1000 };
}

/** Verifies an internal assertion (key, HS256 only, audience, issuer, exp and iat within 60 s) and returns the caller. */
export async function verifyInternalAssertion(token: string): Promise<Caller> {
  try {
    const { payload } = await jwtVerify(token, internalSecret(), {
      issuer: ISSUER,
      audience: INTERNAL_AUDIENCE,
      algorithms: ['HS256'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'iat'],
    });
    assertLifetime(payload, INTERNAL_ASSERTION_SECONDS, 'internal assertion');
    return callerFromClaims(payload);
  } catch (error) {
    throw unauthenticated(error, 'internal assertion');
  }
}

/**
 * The caller of a request to a subgraph: the internal assertion in the `x-pecg-caller` header.
 * End-user tokens (`Authorization`) are not accepted by a subgraph.
 */
export async function callerFromInternalAssertion(headers: IncomingHttpHeaders): Promise<Caller> {
  const value = headers[INTERNAL_HEADER];
  const token = Array.isArray(value) ? value[0] : value;
  if (!token)
    throw new UnauthenticatedError(
      `Missing ${INTERNAL_HEADER}: a subgraph answers only calls from the gateway (send the operation to the gateway with "Authorization: Bearer <token>")`,
    );
  return verifyInternalAssertion(token);
}

export interface MintOptions {
  role: Role;
  subject?: string;
  name?: string;
  enterpriseId?: string;
  officerId?: string;
  department?: string;
  /** Lifetime such as "8h" or "15m" (at most JWT_MAX_LIFETIME_SECONDS, default 8 h). */
  expiresIn?: string;
}

/** Mints a local HS256 token with a fresh jti (development, tests and `npm run token`). */
export async function mintToken(options: MintOptions): Promise<string> {
  if (!ROLES.includes(options.role))
    throw new ValidationError(`role must be one of ${ROLES.join(', ')} (got "${options.role}")`, { field: 'role', value: options.role });
  if (options.department && !(SUBGRAPH_NAMES as readonly string[]).includes(options.department)) {
    throw new ValidationError(`department must be one of ${SUBGRAPH_NAMES.join(', ')} (got "${options.department}")`, {
      field: 'department',
      value: options.department,
    });
  }
  const claims: JWTPayload = { role: options.role };
  if (options.name) claims.name = options.name;
  if (options.enterpriseId) claims.enterpriseId = options.enterpriseId;
  if (options.officerId) claims.officerId = options.officerId;
  if (options.department) claims.department = options.department;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject ?? `${options.role.toLowerCase()}-user`)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(secret());
}
