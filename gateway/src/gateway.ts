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
  config,
  createServiceMetrics,
  graphqlJsonBody,
  jsonErrorHandler,
  logger as rootLogger,
  requestIdFrom,
  requestLogPlugin,
  type Logger,
  type Role,
  SUBGRAPH_NAMES,
  type ServiceMetrics,
  type SubgraphName,
} from '@pecg/common';
import { gatewayFormatError } from './errors';
import { readinessHandler } from './health';
import { ideRouter } from './ide';
import { largestTokenBudget, SUBGRAPH_TIMEOUT_MS, type QueryBudget } from './limits-config';
import { CallerCache, cachedAuthenticate } from './auth';
import { LIMIT_CACHE_ENTRIES, QueryLimitChecker, queryLimitsPlugin, tokenLimitMiddleware } from './limits';
import { createSubgraphAgent, IdentityForwardingDataSource, subgraphHistogram, type GatewayContext } from './subgraph-source';
import { withOperationTimeout } from './timeout';

export type { GatewayContext } from './subgraph-source';
export { IdentityForwardingDataSource } from './subgraph-source';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URL overrides by subgraph name (defaults: config.subgraphUrl, i.e. <NAME>_URL or loopback default port). */
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
    urls[name] = options.subgraphUrls?.[name] ?? ((SUBGRAPH_NAMES as string[]).includes(name) ? config.subgraphUrl(name as SubgraphName) : url);
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
  const httpServer = http.createServer(app);
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
      requestLogPlugin<GatewayContext>((context) => context.logger),
    ],
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', readinessHandler(() => loaded, urls));
  app.get('/metrics', metrics.handler);
  app.use(ideRouter());
  app.use(
    '/graphql',
    options.callerCache === false ? authenticate : cachedAuthenticate(new CallerCache()),
    graphqlJsonBody(),
    tokenLimitMiddleware(options.budgets, limits),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const requestId = requestIdFrom(req.headers['x-request-id']);
        res.setHeader('x-request-id', requestId);
        return { requestId, authorization: req.headers.authorization ?? '', caller: res.locals.caller, logger: log.child({ requestId }) };
      },
    }),
  );
  app.use(jsonErrorHandler);

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
