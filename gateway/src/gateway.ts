import './telemetry';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  assertIdentityConfiguration,
  authenticate,
  type Caller,
  callerFromAuthorization,
  config,
  createServiceMetrics,
  DrainGate,
  type DrainResult,
  graphqlJsonBody,
  graphqlRequestListener,
  jsonErrorHandler,
  logger as rootLogger,
  clientRequestIdFrom,
  requestLogPlugin,
  startOpsServer,
  type Logger,
  ROLES,
  type Role,
  type ServiceMetrics,
} from '@pecg/common';
import { gatewayFormatError } from './errors';
import { publicReadinessHandler, readinessHandler } from './health';
import { ideRouter } from './ide';
import { dashboardRouter } from './dashboard';
import { budgetFor, largestTokenBudget, SUBGRAPH_TIMEOUT_MS, type QueryBudget } from './limits-config';
import { CallerCache, cachedAuthenticate } from './auth';
import { LIMIT_CACHE_ENTRIES, QueryLimitChecker, queryLimitsPlugin, tokenLimitAnswer, tokenLimitMiddleware } from './limits';
import { createSubgraphAgent, IdentityForwardingDataSource, InternalAssertions, subgraphHistogram, type GatewayContext } from './subgraph-source';
import { withOperationTimeout } from './timeout';
import { documentsRouter } from './documents';
import { exportRouter } from './export';

export type { GatewayContext } from './subgraph-source';
export { IdentityForwardingDataSource } from './subgraph-source';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URL overrides by subgraph name (defaults: `<NAME>_URL`, else the supergraph's routing URL). */
  subgraphUrls?: Partial<Record<string, string>>;
  port?: number;
  host?: string;
  /** Port of the loopback-only operations server (/metrics, full /ready); default OPS_PORT, else port + 1000, else a free port. */
  opsPort?: number;
  /** Per-role changes to the budgets of limits-config.ts (tests). */
  budgets?: Partial<Record<Role, Partial<QueryBudget>>>;
  /** Timeout of one subgraph call (default SUBGRAPH_TIMEOUT_MS). */
  subgraphTimeoutMs?: number;
  /** Logger to use instead of the shared one (tests capture log lines with it). */
  logger?: Logger;
  /** Remember query-limit verdicts per document, role and cost variables (default true; false: the benchmark's "before"). */
  limitsCache?: boolean;
  /** Remember verified callers by token until the token expires (default true; false: the benchmark's "before"). */
  callerCache?: boolean;
  /** Drain budget of stop() (default DRAIN_TIMEOUT_MS). */
  drainTimeoutMs?: number;
}

export interface RunningGateway {
  url: string;
  port: number;
  metrics: ServiceMetrics;
  /** Base URL of the loopback-only operations server (/metrics, /ready with every subgraph, /health). */
  opsUrl: string;
  /** Subgraph URLs the gateway calls, by name. */
  subgraphUrls: Record<string, string>;
  /** Operations being served now (HTTP requests on the public port). */
  inFlight(): number;
  /** Drains (idempotent): /ready false, new requests refused (503 SHUTTING_DOWN), waits for those in flight up to the drain budget (drain.ts in @pecg/common). */
  drain(): Promise<DrainResult>;
  /** Drains, then closes the listeners and the subgraph connection pool. */
  stop(): Promise<void>;
}

/** The context of one operation; its child logger (with the request id) is made when first used. */
class RequestContext implements GatewayContext {
  signal?: GatewayContext['signal'];
  private child?: Logger;

  constructor(
    readonly requestId: string,
    readonly caller: Caller,
    private readonly parent: Logger,
    /** The id the client sent (`x-request-id`), kept beside the gateway's own; never used as the request id. */
    readonly clientRequestId?: string,
  ) {}

  get logger(): Logger {
    return (this.child ??= this.parent.child(
      this.clientRequestId ? { requestId: this.requestId, clientRequestId: this.clientRequestId } : { requestId: this.requestId },
    ));
  }
}

function supergraphRoutingUrls(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) urls[match[1]] = match[2];
  return urls;
}

/** The one front door: verifies identity, applies query limits, plans and calls the subgraphs. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const log = (options.logger ?? rootLogger).child({ component: 'gateway' });
  // Fail closed before anything starts: the user-token keys (no development secret in production),
  // the revocation list and the internal assertion key must be usable.
  await assertIdentityConfiguration({ userTokens: true });
  const urls: Record<string, string> = {};
  for (const [name, url] of Object.entries(supergraphRoutingUrls(options.supergraphSdl))) {
    urls[name] = options.subgraphUrls?.[name] ?? config.subgraphUrlOverride(name) ?? url;
  }
  const metrics = createServiceMetrics('gateway');
  const histogram = subgraphHistogram(metrics.registry);
  const timeoutMs = options.subgraphTimeoutMs ?? SUBGRAPH_TIMEOUT_MS;
  const agent = createSubgraphAgent(timeoutMs);
  const assertions = new InternalAssertions();
  const limits = new QueryLimitChecker(options.budgets, options.limitsCache === false ? 0 : LIMIT_CACHE_ENTRIES);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new IdentityForwardingDataSource({ name, url: urls[name] ?? url!, agent, timeoutMs, histogram, assertions }),
  });
  let loaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    loaded = true;
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer();
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const gate = new DrainGate('the gateway', log);
  const drainTimeoutMs = options.drainTimeoutMs ?? config.drainTimeoutMs;
  const longestOperation = Math.max(...ROLES.map((role) => budgetFor(role, options.budgets).timeoutMs));
  if (drainTimeoutMs <= longestOperation)
    log.warn(
      { drainTimeoutMs, longestOperation },
      'DRAIN_TIMEOUT_MS is not longer than the longest operation budget: a stop may cut operations that would finish',
    );
  const server = new ApolloServer<GatewayContext>({
    gateway: withOperationTimeout(gateway, options.budgets),
    formatError: gatewayFormatError,
    includeStacktraceInErrorResponses: false,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    parseOptions: { maxTokens: largestTokenBudget(options.budgets) },
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      queryLimitsPlugin<GatewayContext>(options.budgets, limits),
      metrics.plugin,
      // The request's logger only when its line is written (a child logger per request is a measurable cost).
      requestLogPlugin<GatewayContext>((context) => (log.isLevelEnabled('info') ? context.logger : undefined)),
    ],
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Public and cheap: no subgraph is called for an anonymous /ready. /metrics and the full readiness
  // check live on the loopback-only operations server.
  app.get(
    '/ready',
    publicReadinessHandler(() => loaded),
  );
  const opsApp = express();
  opsApp.disable('x-powered-by');
  opsApp.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  opsApp.get(
    '/ready',
    gate.readyGuard,
    readinessHandler(() => loaded, urls),
  );
  opsApp.get('/metrics', metrics.handler);
  app.use(ideRouter());
  // /dashboard (the analysts' dashboard, built into dashboard/dist) and, outside production, POST /dev/token.
  app.use(dashboardRouter());
  const callers = options.callerCache === false ? undefined : new CallerCache();
  const context = async (req: http.IncomingMessage, res: http.ServerResponse, caller: Caller): Promise<GatewayContext> => {
    // The gateway makes every request id itself; the client's own id is kept beside it.
    const requestId = randomUUID();
    const clientRequestId = clientRequestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    if (clientRequestId) res.setHeader('x-client-request-id', clientRequestId);
    return new RequestContext(requestId, caller, log, clientRequestId);
  };
  // GET /graphql and anything but a plain JSON POST: the same gates through express.
  app.use(
    '/graphql',
    callers ? cachedAuthenticate(callers) : authenticate,
    graphqlJsonBody(),
    tokenLimitMiddleware(options.budgets, limits),
    expressMiddleware(server, { context: ({ req, res }) => context(req, res, res.locals.caller) }),
  );
  // GET /documents/<subgraph>/<path>: a subgraph's documents, forwarded with the caller's internal assertion.
  app.use('/documents', documentsRouter({ urls, authenticate: callers ? cachedAuthenticate(callers) : authenticate, assertions, agent, logger: log }));
  // POST /hooks/<subgraph>/<path>: a system outside the graph pushing data (JSON) to a subgraph, as its caller.
  app.use(
    '/hooks',
    documentsRouter({
      kind: 'hooks',
      maxBody: config.maxBodySize,
      urls,
      authenticate: callers ? cachedAuthenticate(callers) : authenticate,
      assertions,
      agent,
      logger: log,
    }),
  );
  // GET/POST /export: any list of the graph as a CSV or NDJSON download, paged through /graphql as the caller (export.ts).
  app.use(
    '/export',
    exportRouter({ supergraphSdl: options.supergraphSdl, authenticate: callers ? cachedAuthenticate(callers) : authenticate, server: httpServer, logger: log }),
  );
  app.use(jsonErrorHandler);
  // The hot path: a JSON POST to /graphql goes from node:http straight to Apollo (no express).
  // Counted for the drain, refused once draining (drain.ts in @pecg/common).
  httpServer.on(
    'request',
    gate.wrap(
      graphqlRequestListener<GatewayContext>({
        server,
        authenticate: callers ? (req) => callers.caller(req.headers.authorization) : (req) => callerFromAuthorization(req.headers.authorization),
        check: (body, caller) => tokenLimitAnswer(body, caller, limits),
        context,
        fallback: app,
      }),
    ),
  );

  const host = options.host ?? config.host;
  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.gatewayPort, host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${host}:${port}/graphql`;
  const ops = await startOpsServer(opsApp, options.opsPort ?? config.opsPort(options.port ?? config.gatewayPort));
  log.info({ url, ops: ops.url }, 'gateway listening');
  const drain = () => gate.drain(httpServer, drainTimeoutMs);
  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    metrics,
    opsUrl: ops.url,
    subgraphUrls: urls,
    inFlight: () => gate.inFlightCount,
    drain,
    stop() {
      return (stopped ??= (async () => {
        const drained = await drain();
        await gate.close(httpServer);
        await ops.close();
        // subgraph calls of operations the budget cut are cancelled, not awaited
        if (!drained.completed) await agent.destroy();
        await server.stop();
        if (drained.completed) await agent.close();
      })());
    },
  };
}
