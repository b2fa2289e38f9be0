import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, Kind, OperationTypeNode } from 'graphql';
import { STATUS_CODES } from 'node:http';
import { Agent } from 'undici';
import { Histogram, type Registry } from 'prom-client';
import {
  IDEMPOTENCY_FETCH_HEADER,
  IDEMPOTENCY_HEADER,
  INTERNAL_ASSERTION_SECONDS,
  INTERNAL_HEADER,
  LATENCY_BUCKETS,
  mintInternalAssertion,
  type Caller,
  type Logger,
} from '@pecg/common';
import type { OperationSignal } from './timeout';

export interface GatewayContext {
  requestId: string;
  /** The id the client sent with its request, if any (passed on as `x-client-request-id`). */
  clientRequestId?: string;
  /** The verified caller (the end-user token itself stays at the gateway). */
  caller: Caller;
  logger?: Logger;
  /**
   * The operation's one abort signal (set by withOperationTimeout when execution starts): fired when
   * the operation passes its time limit, so the subgraph calls still in flight are cancelled.
   */
  signal?: OperationSignal;
}

/**
 * Connection pool for subgraph calls. Subgraph servers keep idle connections for 65 s
 * (keepAliveTimeout); the gateway drops its idle ones much earlier (at most 10 s, and 1 s before any
 * hint the server sends), so it never writes a request on a socket the server is closing — the
 * known ECONNRESET race of keep-alive between Node servers.
 *
 * The per-call time limit is the pool's own: a subgraph must send its response headers, and then each
 * part of the body, within `timeoutMs` of the request being written (undici's headersTimeout and
 * bodyTimeout; above 1 s undici's timers tick every half second, so the limit fires up to ~0.5 s
 * late). No timer or AbortSignal is created per call.
 */
export function createSubgraphAgent(timeoutMs: number): Agent {
  return new Agent({
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 10_000,
    keepAliveTimeoutThreshold: 1_000,
    connections: 128,
    connect: { timeout: 2_000 },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
}

/** How long before its expiry a cached internal assertion is replaced (it lives INTERNAL_ASSERTION_SECONDS). */
export const ASSERTION_RENEW_BEFORE_MS = 20_000;

/**
 * The internal assertions the gateway sends to the subgraphs (`x-pecg-caller`): one per verified
 * caller, signed once and reused until ASSERTION_RENEW_BEFORE_MS before it expires. Callers come
 * frozen from the gateway's caller cache, so the same token maps to the same object; entries go
 * with their caller (WeakMap).
 */
export class InternalAssertions {
  private readonly byCaller = new WeakMap<Caller, { token: Promise<string>; renewAt: number }>();

  for(caller: Caller): Promise<string> {
    const now = Date.now();
    const cached = this.byCaller.get(caller);
    if (cached && cached.renewAt > now) return cached.token;
    const token = mintInternalAssertion(caller, now).then((minted) => minted.token);
    const entry = { token, renewAt: now + INTERNAL_ASSERTION_SECONDS * 1000 - ASSERTION_RENEW_BEFORE_MS };
    this.byCaller.set(caller, entry);
    token.catch(() => {
      if (this.byCaller.get(caller) === entry) this.byCaller.delete(caller);
    });
    return token;
  }
}

/** undici's codes for a subgraph that did not answer in time (headersTimeout / bodyTimeout of the pool). */
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function errorKind(error: unknown, signal: OperationSignal | undefined): 'cancelled' | 'timeout' | 'unavailable' {
  if (signal?.aborted) return 'cancelled';
  const { name, code, cause } = error as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (name === 'TimeoutError' || TIMEOUT_CODES.has(code ?? '') || TIMEOUT_CODES.has(cause?.code ?? '')) return 'timeout';
  return 'unavailable';
}

/** The body of an HTTP error when it is JSON, else its text. */
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The `max-age`, `private` and `public` directives of a Cache-Control header (as @apollo/gateway reads them). */
function cacheHint(header: string | null): { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } {
  const hint: { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } = { maxAge: 0 };
  if (!header) return hint;
  for (const part of header.trim().split(/\s*,\s*/)) {
    const [key, value] = part.split(/\s*=\s*/, 2);
    if (key === 'max-age' && value !== undefined && /^[0-9]+$/.test(value.replace(/^"|"$/g, ''))) hint.maxAge = Number(value.replace(/^"|"$/g, ''));
    else if (key === 'private' && value === undefined) hint.scope = 'PRIVATE';
    else if (key === 'public' && value === undefined) hint.scope = 'PUBLIC';
  }
  return hint;
}

export function subgraphHistogram(registry: Registry): Histogram<'subgraph' | 'outcome'> {
  return new Histogram({
    name: 'pecg_gateway_subgraph_request_duration_seconds',
    help: 'Gateway calls to each subgraph (count, latency) by outcome: ok, http_error, timeout, unavailable, cancelled (operation timed out)',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
}

/** Error codes the gateway adds for the parts of an answer a subgraph could not give. */
export const SUBGRAPH_ERROR_CODES = ['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT'] as const;

export interface SubgraphSourceOptions {
  name: string;
  url: string;
  agent: Agent;
  timeoutMs: number;
  histogram: Histogram<'subgraph' | 'outcome'>;
  /** Signs (and reuses) the internal assertion of each caller. */
  assertions: InternalAssertions;
}

/**
 * Calls one subgraph: sends the verified caller as the internal assertion (`x-pecg-caller`, never the
 * end-user token) and the request id, bounds the call by the pool's per-call timeout and the operation's abort signal,
 * and turns network failures into a clear error that names the subgraph, so the rest of the answer
 * still arrives.
 *
 * `process` is our own (the subset of RemoteGraphQLDataSource's that this graph uses: POST JSON, no
 * APQ, the subgraph's Cache-Control honoured, non-2xx answers described as its errorFromResponse
 * does): the base class builds node-fetch Headers and a Request per call and offers no way to hand
 * the operation's signal to its fetcher. It calls undici's `request` on the pool, not `fetch`: fetch
 * builds a WHATWG Request, Headers, Response and web streams for every call (with them, the HTTP
 * client was the largest cost of a one-subgraph operation in the gateway's CPU profile).
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly timeoutMs: number;
  private readonly agent: Agent;
  private readonly histogram: Histogram<'subgraph' | 'outcome'>;
  private readonly assertions: InternalAssertions;

  private readonly origin: string;
  private readonly path: string;
  /** Mutation fetches sent to this subgraph so far, per incoming operation (see IDEMPOTENCY_FETCH_HEADER). */
  private readonly mutationFetches = new WeakMap<object, number>();

  constructor(options: SubgraphSourceOptions) {
    super({ url: options.url });
    const url = new URL(options.url);
    this.origin = url.origin;
    this.path = `${url.pathname}${url.search}`;
    this.subgraph = options.name;
    this.timeoutMs = options.timeoutMs;
    this.agent = options.agent;
    this.histogram = options.histogram;
    this.assertions = options.assertions;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const context = options.context as Partial<GatewayContext>;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name] = value;
    headers['content-type'] = 'application/json';
    delete headers.authorization;
    if (context.caller) headers[INTERNAL_HEADER] = await this.assertions.for(context.caller);
    if (context.requestId) headers['x-request-id'] = context.requestId;
    if (context.clientRequestId) headers['x-client-request-id'] = context.clientRequestId;
    else delete headers['x-client-request-id'];
    this.forwardIdempotencyKey(options, headers);
    const { http: _http, ...body } = request;
    const signal = context.signal;
    const end = this.histogram.startTimer({ subgraph: this.subgraph });
    let result: unknown;
    let cacheControl: string | string[] | undefined;
    try {
      const response = await this.agent.request({ origin: this.origin, path: this.path, method: 'POST', headers, body: JSON.stringify(body), signal });
      const text = await response.body.text();
      const type = response.headers['content-type'];
      const json = typeof type === 'string' && (type.startsWith('application/json') || type.startsWith('application/graphql-response+json'));
      if (response.statusCode < 200 || response.statusCode > 299) throw this.httpError(response.statusCode, json ? safeJson(text) : text);
      result = json ? JSON.parse(text) : text;
      cacheControl = response.headers['cache-control'];
      end({ outcome: 'ok' });
    } catch (error) {
      end({ outcome: error instanceof GraphQLError ? 'http_error' : errorKind(error, signal) });
      throw this.subgraphError(error as Error, signal);
    }
    if (typeof result !== 'object' || result === null) throw new Error(`Expected JSON response body, but received: ${result}`);
    if ('incomingRequestContext' in options) {
      const policy = options.incomingRequestContext.overallCachePolicy;
      if (policy && 'restrict' in policy) policy.restrict(cacheHint(Array.isArray(cacheControl) ? cacheControl.join(', ') : (cacheControl ?? null)));
    }
    return result as GatewayGraphQLResponse;
  }

  /**
   * The client's `Idempotency-Key`, forwarded with the operation's mutation fetches only (entity
   * fetches and queries never carry it); the 2nd, 3rd … mutation fetch of one operation to this
   * subgraph also says which it is, so each is its own idempotent unit. The subgraph applies the key
   * (packages/common/src/idempotency.ts).
   */
  private forwardIdempotencyKey(options: GraphQLDataSourceProcessOptions<GatewayContext>, headers: Record<string, string>): void {
    delete headers[IDEMPOTENCY_HEADER];
    delete headers[IDEMPOTENCY_FETCH_HEADER];
    if (!('incomingRequestContext' in options)) return;
    const key = options.incomingRequestContext.request.http?.headers.get(IDEMPOTENCY_HEADER);
    if (key === undefined || key === null) return;
    const operation = options.document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const mutation = operation ? operation.operation === OperationTypeNode.MUTATION : /^\s*mutation\b/.test(options.request.query ?? '');
    if (!mutation) return;
    headers[IDEMPOTENCY_HEADER] = key;
    const fetch = (this.mutationFetches.get(options.incomingRequestContext) ?? 0) + 1;
    this.mutationFetches.set(options.incomingRequestContext, fetch);
    if (fetch > 1) headers[IDEMPOTENCY_FETCH_HEADER] = String(fetch);
  }

  /** A non-2xx answer, as RemoteGraphQLDataSource's errorFromResponse describes it. */
  private httpError(status: number, body: unknown): GraphQLError {
    const statusText = STATUS_CODES[status] ?? '';
    const extensions: Record<string, unknown> = { response: { url: this.url, status, statusText, body } };
    if (status === 401) extensions.code = 'UNAUTHENTICATED';
    else if (status === 403) extensions.code = 'FORBIDDEN';
    return new GraphQLError(`${status}: ${statusText}`, { extensions });
  }

  private subgraphError(error: Error, signal: OperationSignal | undefined): GraphQLError {
    if (error instanceof GraphQLError) return error;
    const kind = errorKind(error, signal);
    const cause = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    return new GraphQLError(
      kind !== 'unavailable'
        ? `Subgraph "${this.subgraph}" did not answer within ${this.timeoutMs} ms; its part of the answer is missing`
        : `Subgraph "${this.subgraph}" is unavailable${cause ? ` (${cause})` : ''}; its part of the answer is missing`,
      { extensions: { code: kind !== 'unavailable' ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraph } },
    );
  }
}
