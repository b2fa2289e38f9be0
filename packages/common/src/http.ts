import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import express from 'express';
import { ErrorCode, UnauthenticatedError } from './errors';
import { callerFromAuthorization } from './identity';

/**
 * HTTP pieces shared by the gateway and every subgraph, so identity and request limits are enforced
 * by one piece of code and not per service or per resolver.
 */

/** Largest accepted request body (MAX_BODY_SIZE, default 1mb). */
export function maxBodySize(): string {
  return process.env.MAX_BODY_SIZE || '1mb';
}

/** The caller's x-request-id when it is a plain token (letters, digits, `.`, `_`, `-`, ≤ 100), otherwise a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._-]{1,100}$/.test(value) ? value : randomUUID();
}

/** JSON body parser with the size cap; oversize bodies become a 413 GraphQL error (see jsonErrorHandler). */
export function graphqlJsonBody(limit = maxBodySize()): RequestHandler {
  return express.json({ limit });
}

/**
 * The one authentication gate: verifies `Authorization: Bearer <JWT>` and puts the caller on
 * `res.locals.caller`; anything else gets HTTP 401 with an UNAUTHENTICATED GraphQL error and no data.
 * Every operation is protected, including `_service` and `_entities` (nothing is readable without a token).
 * It runs before the body is read, so callers without a valid token cannot make the server parse anything.
 */
export const authenticate: RequestHandler = async (req, res, next) => {
  try {
    res.locals.caller = await callerFromAuthorization(req.headers.authorization);
    next();
  } catch (error) {
    const message = error instanceof UnauthenticatedError ? error.message : 'Unauthenticated';
    res.status(401).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
  }
};

/** Turns body-parser failures (too large, malformed JSON) into GraphQL-shaped JSON errors. */
export const jsonErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' ? error.status : 500;
  if (error?.type === 'entity.too.large') {
    res.status(413).json({
      errors: [
        {
          message: `Request body too large: limit is ${error.limit} bytes, got ${error.length} bytes`,
          extensions: { code: ErrorCode.BAD_USER_INPUT, limit: 'bodySize', allowed: error.limit, actual: error.length },
        },
      ],
    });
    return;
  }
  if (status >= 400 && status < 500) {
    res.status(status).json({ errors: [{ message: `Malformed request body: ${error.message}`, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
    return;
  }
  next(error);
};
