import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { callerFromAuthorization, ErrorCode, INTERNAL_HEADER, mintInternalAssertion, UnauthenticatedError } from '@pecg/common';

/**
 * Hive Gateway (@graphql-hive/gateway's runtime) serving a supergraph of this project, with the
 * project's identity forwarding: like our gateway it verifies the caller's bearer token (anything else
 * is HTTP 401 UNAUTHENTICATED, the same answer) and sends the subgraphs the internal assertion
 * (`x-pecg-caller`, the only credential they accept), one per token, reused until near its expiry.
 * Nothing is reported anywhere: no `reporting` option, no Hive CDN or registry — loopback only.
 * Used by the benchmark (bench/services/hive.ts) and by the gateway-parity test.
 */
export interface HiveGatewayOptions {
  supergraphSdl: string;
  /** `node` (default): the JavaScript query planner; `rust`: @graphql-hive/router-runtime's native planner. */
  planner?: 'node' | 'rust';
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /**
   * true (default, as our gateway): a request without a valid token is answered 401 UNAUTHENTICATED.
   * false (the benchmark's process): it is passed on without an assertion, and the subgraphs refuse it.
   */
  refuseUnauthenticated?: boolean;
}

export interface RunningHiveGateway {
  url: string;
  stop(): Promise<void>;
}

/** The supergraph with each named subgraph's routing URL replaced (the others as they are). */
export function withRoutingUrls(supergraphSdl: string, urls: Readonly<Record<string, string>>): string {
  let sdl = supergraphSdl;
  for (const [name, url] of Object.entries(urls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name.replace(/[^A-Za-z0-9_-]/g, '')}", url: ")[^"]+(")`), `$1${url}$2`);
  }
  return sdl;
}

/** Internal assertions by Authorization header, reused until 20 s before they expire (bounded). */
function assertionCache(): (authorization: string | undefined) => Promise<string> {
  const assertions = new Map<string, { token: string; renewAt: number }>();
  return async (authorization) => {
    const cached = authorization ? assertions.get(authorization) : undefined;
    if (cached && cached.renewAt > Date.now()) return cached.token;
    const { token, expiresAt } = await mintInternalAssertion(await callerFromAuthorization(authorization));
    if (assertions.size > 1_000) assertions.clear();
    assertions.set(authorization!, { token, renewAt: expiresAt - 20_000 });
    return token;
  };
}

export async function startHiveGateway(options: HiveGatewayOptions): Promise<RunningHiveGateway> {
  // loaded when used: every user of @pecg/graph-tools would otherwise load Hive Gateway
  const { createGatewayRuntime } = await import('@graphql-hive/gateway');
  const unifiedGraphHandler = options.planner === 'rust' ? (await import('@graphql-hive/router-runtime')).unifiedGraphHandler : undefined;
  const runtime = createGatewayRuntime({
    supergraph: () => options.supergraphSdl,
    logging: 'error',
    landingPage: false,
    graphiql: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ [INTERNAL_HEADER]: request.headers.get(INTERNAL_HEADER) ?? undefined }),
    },
    ...(unifiedGraphHandler ? { unifiedGraphHandler } : {}),
  });
  const assertionFor = assertionCache();
  const server = http.createServer((req, res) => {
    void assertionFor(req.headers.authorization).then(
      (token) => {
        req.headers[INTERNAL_HEADER] = token;
        return runtime(req, res);
      },
      (error: unknown) => {
        if (options.refuseUnauthenticated === false) {
          delete req.headers[INTERNAL_HEADER];
          return runtime(req, res);
        }
        const message = error instanceof UnauthenticatedError ? error.message : 'Unauthenticated';
        res.writeHead(401, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] }));
      },
    );
  });
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/graphql`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await runtime.dispose();
    },
  };
}
