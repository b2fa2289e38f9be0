import type { RequestHandler } from 'express';
import { assertNotRevoked, bearerToken, ErrorCode, identityKeyGeneration, UnauthenticatedError, verifyUserToken, type Caller } from '@pecg/common';
import { LruCache } from './lru';

/** Verified callers remembered by the gateway (distinct tokens). */
export const CALLER_CACHE_ENTRIES = 1_000;
/** The longest a verified caller is remembered, whatever the expiry of its token. */
export const CALLER_CACHE_MAX_MS = 5 * 60_000;

/**
 * Verified callers by their Authorization header: a client sends the same token with every request,
 * and verifying it (jose: signature, claims) is a fixed cost per request. An entry lives until the
 * token's `exp` (never longer than CALLER_CACHE_MAX_MS, and only after the token was verified in
 * full once); only successful verifications are kept, in a bounded LRU. On every request, cached or
 * not: a change of the key configuration or of a key file (rotation) empties the cache, and the
 * token id is checked against the revocation list (JWT_REVOKED_FILE).
 */
export class CallerCache {
  private readonly entries: LruCache<string, { caller: Caller; until: number; tokenId?: string }>;
  private generation = identityKeyGeneration();

  constructor(maxEntries = CALLER_CACHE_ENTRIES) {
    this.entries = new LruCache(maxEntries);
  }

  async caller(authorization: string | undefined): Promise<Caller> {
    const token = bearerToken(authorization);
    const now = Date.now();
    const generation = identityKeyGeneration();
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    const key = authorization!;
    const cached = this.entries.get(key);
    if (cached && cached.until > now) {
      try {
        assertNotRevoked(cached.tokenId);
      } catch (error) {
        this.entries.delete(key);
        throw error;
      }
      return cached.caller;
    }
    if (cached) this.entries.delete(key);
    const verified = await verifyUserToken(token);
    const caller = Object.freeze(verified.caller);
    const until = Math.min(now + CALLER_CACHE_MAX_MS, verified.expiresAt * 1000);
    if (until > now) this.entries.set(key, { caller, until, tokenId: verified.tokenId });
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
