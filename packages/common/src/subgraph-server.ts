import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Connection } from 'mongoose';
import { config } from './config';
import type { BaseContext } from './context';
import { connectDatabase, ensureIndexes, type DatabaseHandle } from './db/connection';
import { formatError } from './errors';
import { authenticate, graphqlJsonBody, graphqlRequestListener, jsonErrorHandler, requestIdFrom } from './http';
import { callerFromAuthorization, type Caller } from './identity';
import { logger as rootLogger, type Logger } from './logger';
import { createServiceMetrics, requestLogPlugin, type ServiceMetrics } from './metrics';
import { PiiGate, piiAuditModel } from './pii-audit';
import { commonScalarResolvers } from './graphql/schema';

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
}

export function buildSchema(definition: SubgraphDefinition<any, any>): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: { ...commonScalarResolvers, ...definition.resolvers } as GraphQLResolverMap }]);
}

export interface RunningSubgraph<M> {
  /** Name in the registry (@pecg/registry) and the supergraph. */
  name: string;
  url: string;
  port: number;
  models: M;
  db: DatabaseHandle;
  schema: GraphQLSchema;
  /** Prometheus metrics (also served at GET /metrics). */
  metrics: ServiceMetrics;
  /** What the demo seed did at start-up (when asked to seed). */
  seeded?: { created: number };
  stop(): Promise<void>;
}

export interface StartSubgraphOptions {
  mongodbUri: string;
  /** Database name; defaults to config.databaseName(name). */
  database?: string;
  port?: number;
  host?: string;
  /** Load demo data after start-up (idempotent). */
  seed?: boolean;
  /** Logger to use instead of the shared one (tests capture log lines with it). */
  logger?: Logger;
}

/** Flushes the request's PII audit records before the response leaves. */
function piiAuditPlugin(connection: Connection): ApolloServerPlugin<BaseContext> {
  const model = piiAuditModel(connection);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          await contextValue.pii.flush(model);
        },
      };
    },
  };
}

/**
 * Starts one subgraph: connects to its own database, creates indexes, and serves GraphQL over HTTP
 * at /graphql (every request must carry a valid bearer token), with /health and /ready.
 */
export async function startSubgraph<M, C extends BaseContext>(definition: SubgraphDefinition<M, C>, options: StartSubgraphOptions): Promise<RunningSubgraph<M>> {
  const log = (options.logger ?? rootLogger).child({ subgraph: definition.name });
  const metrics = createServiceMetrics(definition.name);
  const db = await connectDatabase(options.mongodbUri, options.database ?? config.databaseName(definition.name));
  const models = definition.createModels(db.connection);
  piiAuditModel(db.connection);
  await ensureIndexes(db.connection);
  let seeded: { created: number } | undefined;
  if (options.seed && definition.seedDemo) {
    seeded = await definition.seedDemo(models);
    log.info({ created: seeded.created }, 'demo data loaded');
  }
  const schema = buildSchema(definition);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer();
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const server = new ApolloServer<BaseContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5_000 }),
      ApolloServerPluginInlineTraceDisabled(),
      piiAuditPlugin(db.connection),
      metrics.plugin,
      requestLogPlugin<BaseContext>((context) => context.logger),
    ],
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: definition.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await db.connection.db!.command({ ping: 1 });
      res.json({ status: 'ready', subgraph: definition.name });
    } catch {
      res.status(503).json({ status: 'unavailable', subgraph: definition.name, reason: 'database not reachable' });
    }
  });
  app.get('/metrics', metrics.handler);
  const context = async (req: http.IncomingMessage, caller: Caller): Promise<BaseContext> => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const base: BaseContext = {
      requestId,
      caller,
      logger: log.child({ requestId }),
      pii: new PiiGate(caller, requestId),
    };
    return definition.createContext(base, models);
  };
  // GET /graphql and anything but a plain JSON POST: the same gates through express.
  app.use('/graphql', authenticate, graphqlJsonBody(), expressMiddleware(server, { context: ({ req, res }) => context(req, res.locals.caller) }));
  app.use(jsonErrorHandler);
  // The hot path: a JSON POST to /graphql goes from node:http straight to Apollo (no express).
  httpServer.on('request', graphqlRequestListener<BaseContext>({ server, authenticate: callerFromAuthorization, context: (req, _res, caller) => context(req, caller), fallback: app }));

  const host = options.host ?? config.host;
  await new Promise<void>((resolve) => httpServer.listen(options.port ?? config.subgraphPort(definition.name), host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${host}:${port}/graphql`;
  log.info({ url }, 'subgraph listening');
  return {
    name: definition.name,
    url,
    port,
    models,
    db,
    schema,
    metrics,
    seeded,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
