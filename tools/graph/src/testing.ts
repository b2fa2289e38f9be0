import { startGateway, type GatewayOptions, type RunningGateway } from '@pecg/gateway';
import { SUBGRAPH_NAMES, type SubgraphName } from '@pecg/registry';
import { authHeaders, postGraphQL, startTestSubgraph, type GraphQLResponse, type TestCaller, type TestSubgraph } from '@pecg/testing';
import { composeSupergraph } from './composition';
import { subgraphDefinition } from './subgraphs';

export interface TestGraph {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, TestSubgraph<any>>;
  /** Sends an operation through the gateway as the given caller (default ADMIN). */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: TestCaller,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * The whole graph for a test: every registered subgraph on a free port, each with its own fresh
 * database (optionally with demo data: `seed: true` for all, or the names of the subgraphs to seed),
 * behind a real gateway composed from the current subgraph schemas.
 */
export async function startTestGraph(
  options: { seed?: boolean | SubgraphName[]; gateway?: Partial<Omit<GatewayOptions, 'supergraphSdl' | 'subgraphUrls'>> } = {},
): Promise<TestGraph> {
  const subgraphs = {} as Record<SubgraphName, TestSubgraph<any>>;
  const seeded = (name: SubgraphName) => (Array.isArray(options.seed) ? options.seed.includes(name) : options.seed);
  for (const name of SUBGRAPH_NAMES) subgraphs[name] = await startTestSubgraph(subgraphDefinition(name) as never, { seed: seeded(name) });
  const composed = composeSupergraph();
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors.join('; ')}`);
  const gateway = await startGateway({
    supergraphSdl: composed.supergraphSdl,
    port: 0,
    ...options.gateway,
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, subgraphs[n].url])),
  });
  return {
    gateway,
    subgraphs,
    async query(query, variables = {}, caller = 'ADMIN', headers = {}) {
      return postGraphQL(gateway.url, query, variables, { ...headers, ...(await authHeaders(caller)) });
    },
    async stop() {
      await gateway.stop();
      for (const name of SUBGRAPH_NAMES) await subgraphs[name].stop();
    },
  };
}
