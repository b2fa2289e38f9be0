import './telemetry';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  authenticate,
  type Caller,
  callerFromAuthorization,
  config,
  createServiceMetrics,
  graphqlJsonBody,
  graphqlRequestListener,
  jsonErrorHandler,
  logger as rootLogger,
  requestIdFrom,
  requestLogPlugin,
  type Logger,
  type Role,
  type ServiceMetrics,
} from '@pecg/common';
import { gatewayFormatError } from './errors';
import { readinessHandler } from './health';
import { ideRouter } from './ide';
import { largestTokenBudget, SUBGRAPH_TIMEOUT_MS, type QueryBudget } from './limits-config';
import { CallerCache, cachedAuthenticate } from './auth';
import { LIMIT_CACHE_ENTRIES, QueryLimitChecker, queryLimitsPlugin, tokenLimitAnswer, tokenLimitMiddleware } from './limits';
import { createSubgraphAgent, IdentityForwardingDataSource, subgraphHistogram, type GatewayContext } from './subgraph-source';
import { withOperationTimeout } from './timeout';

export type { GatewayContext } from './subgraph-source';
export { IdentityForwardingDataSource } from './subgraph-source';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URL overrides by subgraph name (defaults: `<NAME>_URL`, else the supergraph's routing URL). */
  subgraphUrls?: Partial<Record<string, string>>;
  port?: number;
  host?: string;
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
}

export interface RunningGateway {
  url: string;
  port: number;
  metrics: ServiceMetrics;
  /** Subgraph URLs the gateway calls, by name. */
  subgraphUrls: Record<string, string>;
  stop(): Promise<void>;
}

/** The context of one operation; its child logger (with the request id) is made when first used. */
class RequestContext implements GatewayContext {
  signal?: GatewayContext['signal'];
  private child?: Logger;

  constructor(
    readonly requestId: string,
    readonly authorization: string,
    readonly caller: Caller,
    private readonly parent: Logger,
  ) {}

  get logger(): Logger {
    return (this.child ??= this.parent.child({ requestId: this.requestId }));
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
  const urls: Record<string, string> = {};
  for (const [name, url] of Object.entries(supergraphRoutingUrls(options.supergraphSdl))) {
    urls[name] = options.subgraphUrls?.[name] ?? config.subgraphUrlOverride(name) ?? url;
  }
  const metrics = createServiceMetrics('gateway');
  const histogram = subgraphHistogram(metrics.registry);
  const timeoutMs = options.subgraphTimeoutMs ?? SUBGRAPH_TIMEOUT_MS;
  const agent = createSubgraphAgent(timeoutMs);
  const limits = new QueryLimitChecker(options.budgets, options.limitsCache === false ? 0 : LIMIT_CACHE_ENTRIES);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new IdentityForwardingDataSource({ name, url: urls[name] ?? url!, agent, timeoutMs, histogram }),
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
  const server = new ApolloServer<GatewayContext>({
    gateway: withOperationTimeout(gateway, options.budgets),
    formatError: gatewayFormatError,
    includeStacktraceInErrorResponses: false,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    parseOptions: { maxTokens: largestTokenBudget(options.budgets) },
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5_000 }),
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
  app.get('/ready', readinessHandler(() => loaded, urls));
  app.get('/metrics', metrics.handler);
  app.use(ideRouter());
  const callers = options.callerCache === false ? undefined : new CallerCache();
  const context = async (req: http.IncomingMessage, res: http.ServerResponse, caller: Caller): Promise<GatewayContext> => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    return new RequestContext(requestId, req.headers.authorization ?? '', caller, log);
  };
  // GET /graphql and anything but a plain JSON POST: the same gates through express.
  app.use(
    '/graphql',
    callers ? cachedAuthenticate(callers) : authenticate,
    graphqlJsonBody(),
    tokenLimitMiddleware(options.budgets, limits),
    expressMiddleware(server, { context: ({ req, res }) => context(req, res, res.locals.caller) }),
  );
  app.use(jsonErrorHandler);
  // The hot path: a JSON POST to /graphql goes from node:http straight to Apollo (no express).
  httpServer.on(
    'request',
    graphqlRequestListener<GatewayContext>({
      server,
      authenticate: callers ? (authorization) => callers.caller(authorization) : callerFromAuthorization,
      check: (body, caller) => tokenLimitAnswer(body, caller, limits),
      context,
      fallback: app,
    }),
  );

  const host = options.host ?? config.host;
  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.gatewayPort, host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${host}:${port}/graphql`;
  log.info({ url }, 'gateway listening');
  return {
    url,
    port,
    metrics,
    subgraphUrls: urls,
    async stop() {
      await server.stop();
      await agent.close();
    },
  };
}
