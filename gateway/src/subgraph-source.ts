import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Agent, fetch as undiciFetch } from 'undici';
import { Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS, type Caller, type Logger } from '@pecg/common';
import { operationSignal } from './operation-signal';

export interface GatewayContext {
  requestId: string;
  authorization: string;
  caller: Caller;
  logger?: Logger;
}

/**
 * Connection pool for subgraph calls. Subgraph servers keep idle connections for 65 s
 * (keepAliveTimeout); the gateway drops its idle ones much earlier (at most 10 s, and 1 s before any
 * hint the server sends), so it never writes a request on a socket the server is closing — the
 * known ECONNRESET race of keep-alive between Node servers.
 */
export function createSubgraphAgent(): Agent {
  return new Agent({
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 10_000,
    keepAliveTimeoutThreshold: 1_000,
    connections: 128,
    connect: { timeout: 2_000 },
  });
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
}

/**
 * Calls one subgraph: forwards the caller's verified token and the request id (the subgraph verifies
 * the token again), bounds the call by a timeout, and turns network failures into a clear error that
 * names the subgraph, so the rest of the answer still arrives.
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly timeoutMs: number;

  constructor(options: SubgraphSourceOptions) {
    super({ url: options.url });
    this.subgraph = options.name;
    this.timeoutMs = options.timeoutMs;
    const { agent, histogram, name, timeoutMs } = options;
    this.fetcher = (async (url: string, init: Record<string, unknown>) => {
      const end = histogram.startTimer({ subgraph: name });
      const operation = operationSignal.getStore();
      const signal = operation ? AbortSignal.any([operation, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
      try {
        const response = await undiciFetch(url, { ...(init as object), dispatcher: agent, signal });
        end({ outcome: response.ok ? 'ok' : 'http_error' });
        return response;
      } catch (error) {
        end({ outcome: operation?.aborted ? 'cancelled' : (error as Error).name === 'TimeoutError' ? 'timeout' : 'unavailable' });
        throw error;
      }
    }) as unknown as RemoteGraphQLDataSource['fetcher'];
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ('authorization' in context && context.authorization) request.http?.headers.set('authorization', context.authorization);
    if ('requestId' in context && context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }

  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError) throw error;
    const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new GraphQLError(
      timedOut
        ? `Subgraph "${this.subgraph}" did not answer within ${this.timeoutMs} ms; its part of the answer is missing`
        : `Subgraph "${this.subgraph}" is unavailable${cause ? ` (${cause})` : ''}; its part of the answer is missing`,
      { extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraph } },
    );
  }
}
