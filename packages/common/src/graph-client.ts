import { config } from './config';
import { parseIdempotencyKey, IDEMPOTENCY_HEADER } from './idempotency';
import { mintToken } from './identity';
import { logger as rootLogger, type Logger } from './logger';

/**
 * A subgraph's client for the whole graph: where one department's event creates another department's
 * record (an activity's outcome → a service need in enterprises), it goes through the gateway's API
 * with the subgraph's service identity — never another subgraph's database.
 *
 * - POSTs one operation to the gateway (GATEWAY_URL, default http://127.0.0.1:<GATEWAY_PORT>/graphql).
 * - Authorization: Bearer <service token>: PECG_SERVICE_TOKEN (required in production), or outside
 *   production a locally minted DEPARTMENT token `{ department, subject: "service:<department>" }`.
 * - Idempotency-Key: the caller's key for a mutation (idempotency.ts): a retry with the same key and
 *   the same variables gets the first response again and creates nothing twice.
 * - Failures are typed (`GraphClientError`: UNAVAILABLE, HTTP, GRAPHQL, CONFIGURATION) with
 *   `retryable`; logs carry the operation name, HTTP status and error codes — never variables or
 *   messages, which can quote personal information.
 */
export type GraphClientErrorKind = 'UNAVAILABLE' | 'HTTP' | 'GRAPHQL' | 'CONFIGURATION';

/** Error codes after which the same request may succeed later (the key still running elsewhere, an internal failure). */
const RETRYABLE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'CONFLICT', 'SERVICE_UNAVAILABLE', 'GATEWAY_TIMEOUT', 'TOO_MANY_REQUESTS']);

export class GraphClientError extends Error {
  constructor(
    readonly kind: GraphClientErrorKind,
    message: string,
    readonly status?: number,
    /** `extensions.code` of each GraphQL error in the response. */
    readonly codes: readonly string[] = [],
  ) {
    super(message);
    this.name = 'GraphClientError';
  }

  /** Whether trying the same request again later may succeed (the gateway or a subgraph was down or busy). */
  get retryable(): boolean {
    if (this.kind === 'UNAVAILABLE') return true;
    if (this.kind === 'HTTP') return this.status === undefined || this.status >= 500 || this.status === 429 || this.status === 408;
    if (this.kind === 'GRAPHQL') return this.codes.length === 0 || this.codes.some((c) => RETRYABLE_CODES.has(c));
    return false;
  }

  /** A short code for records and logs, e.g. `GRAPHQL:BAD_USER_INPUT`, `HTTP:503`, `UNAVAILABLE`. */
  get summary(): string {
    if (this.kind === 'HTTP') return `HTTP:${this.status ?? '?'}`;
    if (this.kind === 'GRAPHQL') return `GRAPHQL:${this.codes.join(',') || 'UNKNOWN'}`;
    return this.kind;
  }
}

export interface GraphClientOptions {
  /** The department (subgraph name) whose service identity the client presents. */
  department: string;
  /** Overrides GATEWAY_URL (read at each request otherwise). */
  url?: string;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
  logger?: Logger;
}

export interface GraphRequestOptions {
  /** Sent as Idempotency-Key (mutations): the same key and variables never create a second record. */
  idempotencyKey?: string;
  /** Named in logs and errors (default: the operation's name in the document, else "anonymous"). */
  operationName?: string;
}

/** Locally minted tokens are reused until ten minutes before they expire. */
const MINT_LIFETIME_MS = 60 * 60_000;
const MINT_MARGIN_MS = 10 * 60_000;
const minted = new Map<string, { token: string; renewAt: number }>();

/** The service identity's bearer token of `department`. */
export async function serviceToken(department: string): Promise<string> {
  const configured = config.serviceToken;
  if (configured) return configured;
  if (config.isProduction) {
    throw new GraphClientError('CONFIGURATION', `PECG_SERVICE_TOKEN must be set in production: the ${department} service's DEPARTMENT token for the gateway`);
  }
  const cached = minted.get(department);
  if (cached && cached.renewAt > Date.now()) return cached.token;
  const token = await mintToken({ role: 'DEPARTMENT', department, subject: `service:${department}`, name: `${department} service`, expiresIn: '1h' });
  minted.set(department, { token, renewAt: Date.now() + MINT_LIFETIME_MS - MINT_MARGIN_MS });
  return token;
}

function nameOf(operation: string): string {
  return /\b(?:query|mutation)\s+([A-Za-z_]\w*)/.exec(operation)?.[1] ?? 'anonymous';
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message?: string; extensions?: { code?: unknown } }>;
}

export class GraphClient {
  private readonly log: Logger;
  constructor(private readonly options: GraphClientOptions) {
    this.log = (options.logger ?? rootLogger).child({ component: 'graph-client', department: options.department });
  }

  /** Runs one operation through the gateway; its `data` or a GraphClientError. */
  async request<T = Record<string, unknown>>(operation: string, variables: Record<string, unknown> = {}, options: GraphRequestOptions = {}): Promise<T> {
    const name = options.operationName ?? nameOf(operation);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${await serviceToken(this.options.department)}`,
    };
    if (options.idempotencyKey !== undefined) headers[IDEMPOTENCY_HEADER] = parseIdempotencyKey(options.idempotencyKey);
    const url = this.options.url ?? config.gatewayUrl;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: operation, variables }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.name : typeof error;
      this.log.warn({ operation: name, reason }, 'gateway unreachable');
      throw new GraphClientError('UNAVAILABLE', `${name}: the gateway at ${url} did not answer (${reason})`);
    }
    let body: GraphQLBody<T> | undefined;
    try {
      body = (await response.json()) as GraphQLBody<T>;
    } catch {
      body = undefined;
    }
    const codes = (body?.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
    if (body?.errors?.length) {
      this.log.warn({ operation: name, status: response.status, codes }, 'graph operation failed');
      throw new GraphClientError('GRAPHQL', `${name}: the graph answered ${codes.join(', ')}`, response.status, codes);
    }
    if (!response.ok || !body || body.data === undefined || body.data === null) {
      this.log.warn({ operation: name, status: response.status }, 'graph operation failed');
      throw new GraphClientError('HTTP', `${name}: the gateway answered HTTP ${response.status} without data`, response.status);
    }
    return body.data;
  }
}

/** A client presenting `department`'s service identity. */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  return new GraphClient(options);
}
