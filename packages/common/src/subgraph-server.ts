import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { graphql as executeOperation, type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { Connection } from 'mongoose';
import { config } from './config';
import type { BaseContext } from './context';
import { connectDatabase, ensureIndexes, type DatabaseHandle } from './db/connection';
import { DrainGate, type DrainResult } from './drain';
import { DomainError, ErrorCode, formatError } from './errors';
import { authenticateInternal, clientRequestIdFrom, graphqlJsonBody, graphqlRequestListener, jsonErrorHandler, requestIdFrom, startOpsServer } from './http';
import { assertIdentityConfiguration, callerFromInternalAssertion, type Caller } from './identity';
import { logger as rootLogger, type Logger } from './logger';
import { JobScheduler, type JobSchedulerOptions, type ScheduledJob } from './jobs';
import { createJobMetrics, createServiceMetrics, requestLogPlugin, type ServiceMetrics } from './metrics';
import { accessDenialModel, PiiGate, piiAuditModel } from './pii-audit';
import { idempotencyModel, idempotencyPlugin } from './idempotency';
import { enterAccessScope, runWithAccessScope } from './read-policy';
import { platformResolvers, subgraphTypeDefs } from './graphql/platform';
import { commonScalarResolvers, commonTypeResolvers } from './graphql/schema';

/**
 * Every subgraph's own depth and alias limits (defence in depth: the gateway checks each caller's
 * budget first). At least as generous as the gateway's largest budget (gateway/src/limits-config.ts:
 * depth 14, aliases 50 for ANALYST) plus the level `_entities` adds to a fetch, so operations the
 * gateway accepts are never refused here; 200 aliases sent straight at a subgraph are.
 */
export const SUBGRAPH_LIMITS = { maxDepth: 20, maxAliases: 100 } as const;

/** graphql-armor options: report a rejection through the validation context instead of throwing it. */
const REPORT_REJECTION = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/**
 * A read-only document a subgraph serves at GET /documents<path> (e.g. a printable agreement), behind
 * the internal assertion exactly like /graphql: the gateway forwards GET /documents/<subgraph>/<path>
 * with the verified caller. `execute` runs an operation on the subgraph's own schema with the request's
 * context, so personal information goes through the same resolvers (masked per role, audited); the
 * audit records are written before the document is sent.
 */
export interface DocumentRoute<C extends BaseContext = BaseContext> {
  /** Express path under /documents, e.g. `/agreements/:id`. */
  path: string;
  render(request: {
    params: Record<string, string>;
    context: C;
    execute(source: string, variables?: Record<string, unknown>): Promise<ExecutionResult>;
  }): Promise<{ status?: number; contentType: string; body: string }>;
}

/**
 * A push endpoint a subgraph serves at POST /hooks<path> for a system outside the graph (the cloud
 * prevention platform pushing sensing events), behind the internal assertion like /graphql: the
 * gateway forwards POST /hooks/<subgraph>/<path> with the verified caller. `handle` gets the parsed
 * JSON body and the request's context and runs the same service code as the matching mutation.
 */
export interface HookRoute<C extends BaseContext = BaseContext> {
  /** Express path under /hooks, e.g. `/platform/sensing-events`. */
  path: string;
  handle(request: { body: unknown; context: C }): Promise<{ status?: number; json: unknown }>;
}

/** HTTP status of a typed error answered outside GraphQL (a document or hook route). */
const DOCUMENT_ERROR_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.ILLEGAL_STATE_TRANSITION]: 409,
  [ErrorCode.PRECONDITION_FAILED]: 412,
};

/** What a subgraph package exports: its schema, resolvers, models and per-request context. */
export interface SubgraphDefinition<M = unknown, C extends BaseContext = BaseContext> {
  /** Name in the registry (@pecg/registry) and the supergraph. */
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<C>;
  createModels(connection: Connection): M;
  /** Builds the per-request context: models plus fresh DataLoaders. */
  createContext(base: BaseContext, models: M): C;
  /** Loads the demo data (idempotent: a second run neither duplicates nor wipes). */
  seedDemo?(models: M): Promise<{ created: number }>;
  /** Scheduled jobs (jobs.ts): started and stopped with the subgraph, in its database, once across replicas. */
  jobs?: readonly ScheduledJob<M>[];
  /** Documents served at GET /documents<path> (optional; see DocumentRoute). */
  documents?: readonly DocumentRoute<C>[];
  /** Push endpoints served at POST /hooks<path> (optional; see HookRoute). */
  hooks?: readonly HookRoute<C>[];
}

/**
 * The subgraph's executable schema: its SDL with the shared SDL and the platform fields (its PII audit
 * log; served from `connection` when given), its resolvers and the shared ones.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any subgraph: only typeDefs and resolvers are read
export function buildSchema(definition: SubgraphDefinition<any, any>, connection?: Connection): GraphQLSchema {
  const typeDefs = subgraphTypeDefs(definition);
  const platform = connection && typeDefs !== definition.typeDefs ? platformResolvers(definition.name, connection) : { Query: {} };
  const own = definition.resolvers as Record<string, Record<string, unknown>>;
  const resolvers = { ...commonScalarResolvers, ...commonTypeResolvers, ...platform, ...own, Query: { ...platform.Query, ...own.Query } };
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap }]);
}

export interface RunningSubgraph<M> {
  /** Name in the registry (@pecg/registry) and the supergraph. */
  name: string;
  url: string;
  port: number;
  models: M;
  db: DatabaseHandle;
  schema: GraphQLSchema;
  /** Prometheus metrics (served at GET /metrics on the operations port). */
  metrics: ServiceMetrics;
  /** Base URL of the loopback-only operations server (/metrics, /ready, /health). */
  opsUrl: string;
  /** What the demo seed did at start-up (when asked to seed). */
  seeded?: { created: number };
  /** The scheduler of the subgraph's jobs (absent when it declares none or jobs are disabled). */
  jobs?: JobScheduler<M>;
  /** /ready answers 503 "draining" from now on; requests are still served (see drain.ts). */
  markNotReady(): void;
  /** Drains (idempotent): /ready false, new requests refused (503 SHUTTING_DOWN), waits for those in flight up to the drain budget. */
  drain(): Promise<DrainResult>;
  /** Drains, then closes the listeners, the jobs and the database. */
  stop(): Promise<void>;
}

export interface StartSubgraphOptions {
  mongodbUri: string;
  /** Database name; defaults to config.databaseName(name). */
  database?: string;
  port?: number;
  host?: string;
  /** Port of the loopback-only operations server (default `<NAME>_OPS_PORT`, else port + 1000, else a free port). */
  opsPort?: number;
  /** Load demo data after start-up (idempotent). */
  seed?: boolean;
  /** Logger to use instead of the shared one (tests capture log lines with it). */
  logger?: Logger;
  /** Drain budget of stop() (default DRAIN_TIMEOUT_MS). */
  drainTimeoutMs?: number;
  /** Scheduled jobs: `enabled` (default JOBS_ENABLED) and the scheduler's options (tests poll every few ms). */
  jobs?: JobSchedulerOptions & { enabled?: boolean };
}

/** Flushes the request's PII audit records before the response leaves. */
function piiAuditPlugin(connection: Connection): ApolloServerPlugin<BaseContext> {
  const model = piiAuditModel(connection);
  const denials = accessDenialModel(connection);
  return {
    async requestDidStart() {
      return {
        // every FORBIDDEN answer is audited: who, which field, the rule's reason
        async didEncounterErrors({ errors, contextValue }) {
          const forbidden = errors.filter((e) => e.extensions?.code === ErrorCode.FORBIDDEN);
          if (!forbidden.length || !contextValue?.caller) return;
          const { caller, requestId } = contextValue;
          await denials.insertMany(
            forbidden.map((e) => ({
              subject: caller.subject,
              role: caller.role,
              ...(caller.enterpriseId ? { enterpriseId: caller.enterpriseId } : {}),
              requestId,
              path: (e.path ?? []).join('.') || '(operation)',
              reason: e.message,
              at: new Date(),
            })),
          );
        },
        async willSendResponse({ contextValue }) {
          await contextValue.pii.flush(model);
        },
      };
    },
  };
}

/**
 * Starts one subgraph: connects to its own database, creates indexes, and serves GraphQL over HTTP
 * at /graphql (every request must carry the gateway's internal assertion, `x-pecg-caller`), with
 * /health and /ready; /metrics on the loopback-only operations port.
 */
export async function startSubgraph<M, C extends BaseContext>(
  definition: SubgraphDefinition<M, C>,
  options: StartSubgraphOptions,
): Promise<RunningSubgraph<M>> {
  const log = (options.logger ?? rootLogger).child({ subgraph: definition.name });
  // A subgraph accepts only the gateway's internal assertion: its key must be usable (set in production).
  await assertIdentityConfiguration({ userTokens: false });
  const metrics = createServiceMetrics(definition.name);
  const db = await connectDatabase(options.mongodbUri, options.database ?? config.databaseName(definition.name));
  const models = definition.createModels(db.connection);
  piiAuditModel(db.connection);
  accessDenialModel(db.connection);
  idempotencyModel(db.connection);
  await ensureIndexes(db.connection);
  let seeded: { created: number } | undefined;
  if (options.seed && definition.seedDemo) {
    seeded = await definition.seedDemo(models);
    log.info({ created: seeded.created }, 'demo data loaded');
  }
  const { enabled: jobsEnabled = config.jobsEnabled, ...jobOptions } = options.jobs ?? {};
  const jobs =
    jobsEnabled && definition.jobs?.length
      ? new JobScheduler(definition.jobs, models, db.connection, log, createJobMetrics(metrics.registry), jobOptions)
      : undefined;
  const schema = buildSchema(definition, db.connection);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer();
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const gate = new DrainGate(`subgraph "${definition.name}"`, log);
  const server = new ApolloServer<BaseContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    // A refusal is reported as a validation error (HTTP 400 GRAPHQL_VALIDATION_FAILED), not thrown.
    validationRules: [
      maxDepthRule({ ...REPORT_REJECTION, n: SUBGRAPH_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
      maxAliasesRule({ ...REPORT_REJECTION, n: SUBGRAPH_LIMITS.maxAliases }),
    ],
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // Cache hints: only a subgraph whose SDL declares @cacheControl gets Apollo's cache-control plugin.
      // Without hints every response is uncacheable anyway (the gateway reads a missing Cache-Control as
      // max-age 0), and the plugin's per-field hook makes Apollo wrap every resolver (≈ 10 % of the subgraphs' CPU on a list).
      ...(schema.getDirective('cacheControl') ? [] : [ApolloServerPluginCacheControlDisabled()]),
      piiAuditPlugin(db.connection),
      // Idempotency-Key on mutations: one effect and one response per key (idempotency.ts)
      idempotencyPlugin(db.connection, definition.name),
      metrics.plugin,
      requestLogPlugin<BaseContext>((context) => context.logger),
    ],
  });
  await server.start();

  const health: express.RequestHandler = (_req, res) => {
    res.json({ status: 'ok', subgraph: definition.name });
  };
  const ready: express.RequestHandler = async (_req, res) => {
    try {
      await db.connection.db!.command({ ping: 1 });
      res.json({ status: 'ready', subgraph: definition.name });
    } catch {
      res.status(503).json({ status: 'unavailable', subgraph: definition.name, reason: 'database not reachable' });
    }
  };
  // The operations port's /ready adds the details: each scheduled job's last and next run and failures.
  const fullReady: express.RequestHandler = async (_req, res) => {
    try {
      await db.connection.db!.command({ ping: 1 });
      res.json({ status: 'ready', subgraph: definition.name, jobs: jobs ? await jobs.states() : [], jobsEnabled: Boolean(jobs) });
    } catch {
      res.status(503).json({ status: 'unavailable', subgraph: definition.name, reason: 'database not reachable' });
    }
  };
  app.get('/health', health);
  // The gateway's full readiness check calls this one.
  app.get('/ready', ready);
  // /metrics only on the loopback operations port (with /health and /ready).
  const opsApp = express();
  opsApp.disable('x-powered-by');
  opsApp.get('/metrics', metrics.handler);
  opsApp.get('/health', health);
  opsApp.get('/ready', gate.readyGuard, fullReady);
  const context = async (req: http.IncomingMessage, caller: Caller): Promise<BaseContext> => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const clientRequestId = clientRequestIdFrom(req.headers['x-client-request-id']);
    const base: BaseContext = {
      requestId,
      ...(clientRequestId ? { clientRequestId } : {}),
      caller,
      logger: log.child(clientRequestId ? { requestId, clientRequestId } : { requestId }),
      pii: new PiiGate(caller, requestId, clientRequestId),
    };
    return definition.createContext(base, models);
  };
  // GET /graphql and anything but a plain JSON POST: the same gates through express.
  // Every read a request makes is narrowed to what its caller may see (READ_POLICY, read-policy.ts).
  const scopeOf = (caller: Caller) => ({ caller, subgraph: definition.name });
  const inScope: express.RequestHandler = (_req, res, next) => enterAccessScope(scopeOf(res.locals.caller as Caller), next);
  app.use(
    '/graphql',
    authenticateInternal,
    inScope,
    graphqlJsonBody(),
    expressMiddleware(server, { context: ({ req, res }) => context(req, res.locals.caller) }),
  );
  const audit = piiAuditModel(db.connection);
  for (const route of definition.documents ?? []) {
    app.get(`/documents${route.path}`, authenticateInternal, inScope, async (req, res) => {
      try {
        const contextValue = (await context(req, res.locals.caller as Caller)) as C;
        const answer = await route.render({
          params: req.params as Record<string, string>,
          context: contextValue,
          execute: (source, variableValues) => Promise.resolve(executeOperation({ schema, source, variableValues, contextValue })),
        });
        await contextValue.pii.flush(audit);
        res
          .status(answer.status ?? 200)
          .set('cache-control', 'no-store')
          .type(answer.contentType)
          .send(answer.body);
      } catch (error) {
        const code = error instanceof DomainError ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
        if (code === ErrorCode.INTERNAL_SERVER_ERROR) log.error({ err: error, path: req.path }, 'document failed');
        const message = code === ErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : (error as Error).message;
        res.status(DOCUMENT_ERROR_STATUS[code] ?? 500).json({ errors: [{ message, extensions: { code } }] });
      }
    });
  }
  for (const route of definition.hooks ?? []) {
    app.post(`/hooks${route.path}`, authenticateInternal, inScope, graphqlJsonBody(), async (req, res) => {
      try {
        const contextValue = (await context(req, res.locals.caller as Caller)) as C;
        const answer = await route.handle({ body: req.body as unknown, context: contextValue });
        await contextValue.pii.flush(audit);
        res
          .status(answer.status ?? 200)
          .set('cache-control', 'no-store')
          .json(answer.json);
      } catch (error) {
        const code = error instanceof DomainError ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
        if (code === ErrorCode.INTERNAL_SERVER_ERROR) log.error({ err: error, path: req.path }, 'hook failed');
        const message = code === ErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : (error as Error).message;
        const extensions = error instanceof DomainError ? { ...(error.extensions as Record<string, unknown>), code } : { code };
        res.status(DOCUMENT_ERROR_STATUS[code] ?? 500).json({ errors: [{ message, extensions }] });
      }
    });
  }
  app.use(jsonErrorHandler);
  // The hot path: a JSON POST to /graphql goes from node:http straight to Apollo (no express).
  // Counted for the drain, refused once draining (drain.ts).
  httpServer.on(
    'request',
    gate.wrap(
      graphqlRequestListener<BaseContext>({
        server,
        authenticate: (req) => callerFromInternalAssertion(req.headers),
        context: (req, _res, caller) => context(req, caller),
        around: (caller, execute) => runWithAccessScope(scopeOf(caller), execute),
        fallback: app,
      }),
    ),
  );

  const host = options.host ?? config.host;
  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.subgraphPort(definition.name), host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${host}:${port}/graphql`;
  const ops = await startOpsServer(opsApp, options.opsPort ?? config.opsPort(options.port ?? config.subgraphPort(definition.name), definition.name));
  if (jobs) await jobs.start();
  log.info({ url, ops: ops.url }, 'subgraph listening');
  const drainTimeoutMs = options.drainTimeoutMs ?? config.drainTimeoutMs;
  const drain = () => gate.drain(httpServer, drainTimeoutMs);
  let stopped: Promise<void> | undefined;
  return {
    name: definition.name,
    url,
    port,
    models,
    db,
    schema,
    metrics,
    opsUrl: ops.url,
    seeded,
    ...(jobs ? { jobs } : {}),
    markNotReady: () => gate.markNotReady(),
    drain,
    stop() {
      return (stopped ??= (async () => {
        // requests in flight finish first (within the drain budget); then no new job run, and a run
        // in progress finishes (its record saved) before the database closes
        await drain();
        await jobs?.stop();
        await gate.close(httpServer);
        await ops.close();
        await server.stop();
        await db.close();
      })());
    },
  };
}
