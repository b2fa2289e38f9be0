import type { RequestHandler } from 'express';
import { callerFromAuthorization, config, ErrorCode, UnauthenticatedError, type Caller } from '@pecg/common';
import { LruCache } from './lru';

/** Verified callers remembered by the gateway (distinct tokens). */
export const CALLER_CACHE_ENTRIES = 1_000;
/** The longest a verified caller is remembered, whatever the expiry of its token. */
export const CALLER_CACHE_MAX_MS = 5 * 60_000;

/** The key configuration verification depends on: a change (tests switch keys) empties the cache. */
const keyConfiguration = () => JSON.stringify([config.jwt, config.isProduction]);

/** `exp` of a JWT that has just been verified (seconds since the epoch), or undefined. */
function expiryOf(authorization: string): number | undefined {
  const token = authorization.slice(authorization.lastIndexOf(' ') + 1);
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verified callers by their Authorization header: a client sends the same token with every request,
 * and verifying it (jose: signature, claims) is a fixed cost per request. An entry lives until the
 * token's `exp` (never longer than CALLER_CACHE_MAX_MS, and only after the token was verified in
 * full once); only successful verifications are kept, in a bounded LRU. A change of the key
 * configuration (JWT_* variables) empties it. The subgraphs verify the token again on every call.
 */
export class CallerCache {
  private readonly entries: LruCache<string, { caller: Caller; until: number }>;
  private configuration = keyConfiguration();

  constructor(maxEntries = CALLER_CACHE_ENTRIES) {
    this.entries = new LruCache(maxEntries);
  }

  async caller(authorization: string | undefined): Promise<Caller> {
    if (!authorization) return callerFromAuthorization(authorization);
    const now = Date.now();
    const configuration = keyConfiguration();
    if (configuration !== this.configuration) {
      this.entries.clear();
      this.configuration = configuration;
    }
    const cached = this.entries.get(authorization);
    if (cached && cached.until > now) return cached.caller;
    if (cached) this.entries.delete(authorization);
    const caller = Object.freeze(await callerFromAuthorization(authorization));
    const exp = expiryOf(authorization);
    const until = Math.min(now + CALLER_CACHE_MAX_MS, exp === undefined ? now : exp * 1000);
    if (until > now) this.entries.set(authorization, { caller, until });
    return caller;
  }
}

/**
 * The gateway's authentication gate: as `authenticate` of @pecg/common (a verified
 * `Authorization: Bearer <JWT>` puts the caller on `res.locals.caller`; anything else is HTTP 401
 * with an UNAUTHENTICATED GraphQL error and no data), with verified callers remembered.
 */
export function cachedAuthenticate(cache = new CallerCache()): RequestHandler {
  return async (req, res, next) => {
    let caller: Caller;
    try {
      caller = await cache.caller(req.headers.authorization);
    } catch (error) {
      const message = error instanceof UnauthenticatedError ? error.message : 'Unauthenticated';
      res.status(401).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
      return;
    }
    res.locals.caller = caller;
    next();
  };
}
