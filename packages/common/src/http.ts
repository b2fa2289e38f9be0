import { randomUUID } from 'node:crypto';
import bytes from 'bytes';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext as ApolloBaseContext } from '@apollo/server';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import express from 'express';
import { config } from './config';
import { ErrorCode, UnauthenticatedError } from './errors';
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import { callerFromAuthorization, callerFromInternalAssertion, type Caller } from './identity';

/**
 * HTTP pieces shared by the gateway and every subgraph, so identity and request limits are enforced
 * by one piece of code and not per service or per resolver.
 */

/** Largest accepted request body (MAX_BODY_SIZE, default 1mb). */
export function maxBodySize(): string {
  return config.maxBodySize;
}

/** A header value when it is a plain token (letters, digits, `.`, `_`, `-`, ≤ 100), otherwise undefined. */
export function plainTokenFrom(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._-]{1,100}$/.test(value) ? value : undefined;
}

/**
 * The request id a subgraph records: the gateway's `x-request-id` (the request is authenticated by the
 * gateway's internal assertion), or a new UUID. Clients never choose it: the gateway makes one per
 * request and passes the client's own id on separately (`x-client-request-id`, see clientRequestIdFrom).
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  return plainTokenFrom(header) ?? randomUUID();
}

/** The id a client sent with its request (`x-request-id` at the gateway), kept beside the server's own. */
export function clientRequestIdFrom(header: string | string[] | undefined): string | undefined {
  return plainTokenFrom(header);
}

/** JSON body parser with the size cap; oversize bodies become a 413 GraphQL error (see jsonErrorHandler). */
export function graphqlJsonBody(limit = maxBodySize()): RequestHandler {
  return express.json({ limit });
}

/**
 * An authentication gate: `verify` reads the caller from the request and puts it on
 * `res.locals.caller`; anything else gets HTTP 401 with an UNAUTHENTICATED GraphQL error and no data.
 * Every operation is protected, including `_service` and `_entities` (nothing is readable without it).
 * It runs before the body is read, so callers without a valid credential cannot make the server parse anything.
 */
export function authenticateWith(verify: (req: IncomingMessage) => Promise<Caller>): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.caller = await verify(req);
      next();
    } catch (error) {
      const message = error instanceof UnauthenticatedError ? error.message : 'Unauthenticated';
      res.status(401).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
    }
  };
}

/** The gateway's gate: a verified end-user `Authorization: Bearer <JWT>`. */
export const authenticate: RequestHandler = authenticateWith((req) => callerFromAuthorization(req.headers.authorization));

/** A subgraph's gate: only the gateway's internal assertion (`x-pecg-caller`); end-user tokens are refused. */
export const authenticateInternal: RequestHandler = authenticateWith((req) => callerFromInternalAssertion(req.headers));

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

/** An answer decided before Apollo runs (a refused token, body or limit): HTTP status and JSON body. */
export interface EarlyAnswer {
  status: number;
  body: unknown;
}

export interface GraphQLHttpOptions<C extends ApolloBaseContext> {
  server: ApolloServer<C>;
  /** Verifies the caller from the request's headers; a rejection is answered 401 UNAUTHENTICATED. */
  authenticate(req: IncomingMessage): Promise<Caller>;
  /** Checks of the parsed body before Apollo parses the document (the gateway's token limit). */
  check?(body: unknown, caller: Caller): EarlyAnswer | undefined;
  /** The request's context (it may set response headers, e.g. x-request-id). */
  context(req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<C>;
  /** Everything that is not a plain JSON POST to /graphql (GET, other paths and bodies): the express app. */
  fallback(req: IncomingMessage, res: ServerResponse): void;
  /** Largest accepted body (default MAX_BODY_SIZE). */
  limit?: string | number;
  /** Runs the operation for the verified caller (a subgraph: inside its read-policy scope). */
  around?<T>(caller: Caller, execute: () => Promise<T>): Promise<T>;
}

const JSON_CONTENT_TYPE = /^application\/json[ \t]*(;[ \t]*charset[ \t]*=[ \t]*"?utf-8"?[ \t]*)?$/i;

/** A JSON POST to exactly /graphql (optionally with a query string) that the fast path serves in full. */
function isPlainJsonPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const type = req.headers['content-type'];
  if (type === undefined || !JSON_CONTENT_TYPE.test(type)) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  return req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

const unauthenticated = (error: unknown): EarlyAnswer => ({
  status: 401,
  body: { errors: [{ message: error instanceof UnauthenticatedError ? error.message : 'Unauthenticated', extensions: { code: ErrorCode.UNAUTHENTICATED } }] },
});

const tooLarge = (limit: number, actual: number): EarlyAnswer => ({
  status: 413,
  body: {
    errors: [
      {
        message: `Request body too large: limit is ${limit} bytes, got ${actual} bytes`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, limit: 'bodySize', allowed: limit, actual },
      },
    ],
  },
});

const malformed = (message: string): EarlyAnswer => ({
  status: 400,
  body: { errors: [{ message: `Malformed request body: ${message}`, extensions: { code: ErrorCode.BAD_USER_INPUT } }] },
});

/**
 * Reads the whole body (at most `limit` bytes); above the cap → 413, once the rest has been read and
 * dropped. (Inline listeners: a named closure per request costs a defineProperty under tsx.)
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | EarlyAnswer> {
  return new Promise((resolve, reject) => {
    const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
    // A declared size above the cap: nothing is kept.
    let chunks: Buffer[] | undefined = declared !== undefined && declared > limit ? undefined : [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (!chunks) return;
      if (received > limit) chunks = undefined;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!chunks) return resolve(tooLarge(limit, declared !== undefined && declared > limit ? declared : received));
      if (declared !== undefined && declared !== received) return resolve(malformed('request size did not match content length'));
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    });
    req.on('error', (error) => reject(error));
    req.on('close', () => {
      if (!req.complete) reject(new Error('request aborted'));
    });
  });
}

/** JSON.parse as body-parser's strict mode: an empty body is {}, anything but an object or array is malformed. */
function parseJsonBody(text: string): { value: unknown } | { answer: EarlyAnswer } {
  if (text.length === 0) return { value: {} };
  const first = text[0] === '{' || text[0] === '[' ? text[0] : /^[ \t\n\r]*([^]|$)/.exec(text)![1];
  if (first !== '{' && first !== '[')
    return { answer: malformed(first ? `Unexpected token '${first}', expected an object or an array` : 'Unexpected end of JSON input') };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { answer: malformed((error as Error).message) };
  }
}

/**
 * The node:http request listener of a GraphQL service. A plain JSON POST to /graphql — every request
 * a client or the gateway sends — is served here without express: the caller is verified first (401
 * UNAUTHENTICATED before any byte of the body is read), the body is read up to the size cap (413 with
 * a GraphQL error above it, 400 when it is not JSON), `check` runs (the gateway's token limit), and
 * the operation goes straight to Apollo's `executeHTTPGraphQLRequest`. Everything else — GET
 * requests, the IDE, /health, /ready, /metrics, other content types or encodings — goes to the
 * express app (`fallback`), which keeps the same behaviour for those.
 */
export function graphqlRequestListener<C extends ApolloBaseContext>(options: GraphQLHttpOptions<C>): (req: IncomingMessage, res: ServerResponse) => void {
  // the same parser body-parser uses for its `limit` ("1mb", "100kb", 512)
  const limit = bytes.parse(options.limit ?? maxBodySize()) ?? 0;
  const { server } = options;
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let caller: Caller;
    try {
      caller = await options.authenticate(req);
    } catch (error) {
      const answer = unauthenticated(error);
      // The body is left unread: Node drops it after the response (or closes the connection).
      return sendJson(res, answer.status, answer.body);
    }
    const text = await readBody(req, limit);
    if (typeof text !== 'string') return sendJson(res, text.status, text.body);
    const parsed = parseJsonBody(text);
    if ('answer' in parsed) return sendJson(res, parsed.answer.status, parsed.answer.body);
    const body = parsed.value;
    const early = options.check?.(body, caller);
    if (early) return sendJson(res, early.status, early.body);
    const headers = new HeaderMap();
    const incoming = req.headers;
    for (const name in incoming) {
      const value = incoming[name];
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const execute = () =>
      server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: q >= 0 ? url.slice(q) : '', body },
        context: () => options.context(req, res, caller),
      });
    const response = await (options.around ? options.around(caller, execute) : execute());
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    if (!isPlainJsonPost(req)) return options.fallback(req, res);
    serve(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy(error as Error);
      if (req.destroyed) return;
      sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    });
  };
}

/** Interface of every operations server: loopback only, whatever HOST says. */
export const OPS_HOST = '127.0.0.1';

export interface OpsServer {
  /** Base URL, e.g. http://127.0.0.1:5000/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The loopback-only operations server of a service (gateway or subgraph): /metrics and the full
 * /ready live here, never on the public port. Port 0 picks a free one.
 */
export async function startOpsServer(app: express.Express, port: number): Promise<OpsServer> {
  const server = http.createServer(app);
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, OPS_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${OPS_HOST}:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
