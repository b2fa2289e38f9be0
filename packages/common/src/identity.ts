import fs from 'node:fs';
import { SignJWT, createLocalJWKSet, importSPKI, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { UnauthenticatedError, ValidationError } from './errors';
import { SUBGRAPH_NAMES, config } from './config';

/**
 * Caller identity. Every request carries a bearer JWT; the gateway verifies it and forwards it, and
 * every subgraph verifies it again (zero trust). This module is the one place tokens are read.
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
const DEV_SECRET = 'pecg-local-development-secret-change-me';
/** Allowed clock skew between the token issuer, the gateway and the subgraphs. */
export const CLOCK_TOLERANCE_SECONDS = 5;

function secret(): Uint8Array {
  const value = config.jwt.secret || (config.isProduction ? '' : DEV_SECRET);
  if (!value) throw new Error('JWT_SECRET must be set in production (or JWT_PUBLIC_KEY_FILE / JWT_JWKS_FILE)');
  return new TextEncoder().encode(value);
}

let verificationKey: Promise<{ key: Uint8Array | KeyLike | JWTVerifyGetKey; algorithms: string[] }> | undefined;

/** HS256 with JWT_SECRET (local), or RS256/ES256 with JWT_PUBLIC_KEY_FILE (PEM) or JWT_JWKS_FILE. */
function getVerificationKey() {
  verificationKey ??= (async () => {
    const { jwksFile, publicKeyFile, algorithm } = config.jwt;
    if (jwksFile) {
      const jwks = JSON.parse(fs.readFileSync(jwksFile, 'utf8'));
      return { key: createLocalJWKSet(jwks), algorithms: ['RS256', 'ES256'] };
    }
    if (publicKeyFile) {
      const key = await importSPKI(fs.readFileSync(publicKeyFile, 'utf8'), algorithm);
      return { key, algorithms: [algorithm] };
    }
    return { key: secret(), algorithms: ['HS256'] };
  })();
  return verificationKey;
}

/** Forget cached keys (tests that change the key configuration). */
export function resetIdentityKeys(): void {
  verificationKey = undefined;
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

/** Verifies a bearer token (signature, expiry, issuer, audience) and returns the caller. */
export async function verifyToken(token: string): Promise<Caller> {
  const { key, algorithms } = await getVerificationKey();
  try {
    const { payload } = await jwtVerify(token, key as Uint8Array, { issuer: ISSUER, audience: AUDIENCE, algorithms, clockTolerance: CLOCK_TOLERANCE_SECONDS });
    return callerFromClaims(payload);
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw error;
    const code = (error as { code?: string }).code;
    throw new UnauthenticatedError(code === 'ERR_JWT_EXPIRED' ? 'The bearer token has expired' : 'The bearer token is not valid');
  }
}

/** Reads `Authorization: Bearer <token>`; throws UNAUTHENTICATED when missing or invalid. */
export async function callerFromAuthorization(header: string | undefined): Promise<Caller> {
  if (!header) throw new UnauthenticatedError('Missing Authorization header: send "Authorization: Bearer <token>"');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
  return verifyToken(match[1]);
}

export interface MintOptions {
  role: Role;
  subject?: string;
  name?: string;
  enterpriseId?: string;
  officerId?: string;
  department?: string;
  /** Lifetime such as "8h" or "15m". */
  expiresIn?: string;
}

/** Mints a local HS256 token (development, tests and `npm run token`). */
export async function mintToken(options: MintOptions): Promise<string> {
  if (!ROLES.includes(options.role)) throw new ValidationError(`role must be one of ${ROLES.join(', ')} (got "${options.role}")`, { field: 'role', value: options.role });
  if (options.department && !(SUBGRAPH_NAMES as readonly string[]).includes(options.department)) {
    throw new ValidationError(`department must be one of ${SUBGRAPH_NAMES.join(', ')} (got "${options.department}")`, { field: 'department', value: options.department });
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
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(secret());
}
