import type { ApolloServerPlugin, BaseContext as ApolloBaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { config } from './config';
import type { Logger } from './logger';

/**
 * Prometheus metrics of one service (gateway or subgraph), each in its own registry so several
 * services can live in one process (tests, `npm start`). Served at GET /metrics.
 */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<'service' | 'operation'>;
  errors: Counter<'service' | 'operation' | 'code'>;
  duration: Histogram<'service' | 'operation'>;
  /** Apollo plugin counting requests, errors and latency per operation name. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one plugin serves every subgraph's context type
  plugin: ApolloServerPlugin<any>;
  /** Express handler for GET /metrics (served on the loopback operations port only). */
  handler: RequestHandler;
}

export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Operation names are client-chosen: keep the label short and plain. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64);
}

/** The label of every operation name outside the registered set. */
export const OTHER_OPERATION = 'other';

/**
 * The bounded set of operation labels of one service. Operation names are chosen by clients, so
 * a label per name would let anyone grow /metrics without bound. The set holds the names given at
 * start-up (`registered`, e.g. the operations a frontend ships) plus the first `max` distinct
 * names seen (METRICS_MAX_OPERATIONS, default 100); every later name counts as `other`, and a
 * missing name as `anonymous`.
 */
export class OperationLabels {
  private readonly known = new Set<string>();
  private learned = 0;

  constructor(
    private readonly max: number,
    registered: readonly string[] = [],
  ) {
    for (const name of registered) this.known.add(operationLabel(name));
  }

  label(name: string | null | undefined): string {
    const plain = operationLabel(name);
    if (plain === 'anonymous' || this.known.has(plain)) return plain;
    if (this.learned >= this.max) return OTHER_OPERATION;
    this.learned += 1;
    this.known.add(plain);
    return plain;
  }
}

export interface ServiceMetricsOptions {
  defaultMetrics?: boolean;
  /** Distinct operation names learned as labels (default METRICS_MAX_OPERATIONS). */
  maxOperations?: number;
  /** Operation names that always get their own label (known or persisted operations). */
  operations?: readonly string[];
}

export function createServiceMetrics(service: string, options: ServiceMetricsOptions = {}): ServiceMetrics {
  const labels = new OperationLabels(options.maxOperations ?? config.metricsMaxOperations, options.operations);
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'pecg_graphql_requests_total',
    help: 'GraphQL operations received',
    labelNames: ['service', 'operation'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'pecg_graphql_errors_total',
    help: 'GraphQL errors returned, by error code',
    labelNames: ['service', 'operation', 'code'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'pecg_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending the response',
    labelNames: ['service', 'operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const plugin: ApolloServerPlugin<ApolloBaseContext> = {
    async requestDidStart() {
      const end = duration.startTimer();
      return {
        async willSendResponse({ operationName, request, errors: requestErrors, response }) {
          const operation = labels.label(operationName ?? request.operationName);
          requests.inc({ operation });
          end({ operation });
          const bodyErrors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const all = requestErrors ?? bodyErrors ?? [];
          for (const error of all) errors.inc({ operation, code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
      };
    },
  };
  const handler: RequestHandler = async (_req, res) => {
    res.set('content-type', registry.contentType);
    res.send(await registry.metrics());
  };
  return { registry, requests, errors, duration, plugin, handler };
}

/** Metrics of a subgraph's scheduled jobs (jobs.ts), in the subgraph's registry. */
export interface JobMetrics {
  /** Runs this replica started (retries included). */
  runs: Counter<'service' | 'job'>;
  /** Runs of this replica that threw. */
  failures: Counter<'service' | 'job'>;
  /** End of the job's latest successful run (unix seconds), whichever replica ran it. */
  lastSuccess: Gauge<'service' | 'job'>;
  /** Called before each scrape (the scheduler reads the job records so every replica agrees). */
  refresh?: () => Promise<void>;
}

export function createJobMetrics(registry: Registry): JobMetrics {
  const metrics: JobMetrics = {
    runs: new Counter({
      name: 'pecg_job_runs_total',
      help: 'Scheduled job runs started by this replica',
      labelNames: ['service', 'job'] as const,
      registers: [registry],
    }),
    failures: new Counter({
      name: 'pecg_job_failures_total',
      help: 'Scheduled job runs that failed on this replica',
      labelNames: ['service', 'job'] as const,
      registers: [registry],
    }),
    lastSuccess: new Gauge({
      name: 'pecg_job_last_success_timestamp_seconds',
      help: 'End of the latest successful run of a scheduled job (any replica)',
      labelNames: ['service', 'job'] as const,
      registers: [registry],
      async collect() {
        await metrics.refresh?.().catch(() => undefined);
      },
    }),
  };
  return metrics;
}

/**
 * Logs one line per GraphQL operation with the request id (never variables or results, so no PII):
 * operation name, duration and error codes. `loggerOf` picks the request's logger from the context.
 */
export function requestLogPlugin<C extends ApolloBaseContext>(loggerOf: (context: C) => Logger | undefined): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, request, errors, response }) {
          const log = loggerOf(contextValue);
          if (!log) return;
          const bodyErrors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = (errors ?? bodyErrors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          log.info(
            { operationName: operationName ?? request.operationName ?? null, durationMs: Number(process.hrtime.bigint() - started) / 1e6, errorCodes: codes },
            'graphql request',
          );
        },
      };
    },
  };
}
