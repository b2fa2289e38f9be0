import { SUBGRAPH_REGISTRY } from '@pecg/registry';
import { GATEWAY_PORT, SUBGRAPH_TIMEOUT, subgraphServiceUrl } from './manifests';

/** Where the coprocessor that mints the internal assertion listens (a sidecar in the router's pod; not part of this repository). */
export const COPROCESSOR_URL = 'http://127.0.0.1:8081';

/**
 * deploy/router/router.yaml: Apollo Router serving the committed supergraph unchanged
 * (`router --supergraph schema/supergraph.graphql --config deploy/router/router.yaml`), with the
 * subgraphs' in-cluster URLs from the registry. Our subgraphs accept only the gateway's internal
 * assertion (`x-pecg-caller`, HS256 with INTERNAL_JWT_SECRET, 60 s), which Router cannot mint by
 * itself: the coprocessor verifies the caller's token at the router stage and adds the assertion to
 * every subgraph request. Check it with `router config validate deploy/router/router.yaml`.
 */
export function routerConfig(): Record<string, unknown> {
  return {
    supergraph: { listen: `0.0.0.0:${GATEWAY_PORT}`, path: '/graphql', introspection: false },
    sandbox: { enabled: false },
    homepage: { enabled: false },
    health_check: { enabled: true, listen: '0.0.0.0:8088', path: '/health' },
    override_subgraph_url: Object.fromEntries(SUBGRAPH_REGISTRY.map((entry) => [entry.name, subgraphServiceUrl(entry)])),
    include_subgraph_errors: { all: true },
    traffic_shaping: { all: { timeout: SUBGRAPH_TIMEOUT } },
    // Router forwards no client header unless told: the caller's token and any client-sent x-pecg-caller stay at the router.
    headers: { all: { request: [{ propagate: { named: 'x-request-id' } }] } },
    coprocessor: {
      url: COPROCESSOR_URL,
      timeout: '2s',
      // Router stage: verify the bearer token (as gateway/src/auth.ts does) and put the caller in the context.
      router: { request: { headers: true, context: true } },
      // Subgraph stage: add `x-pecg-caller` minted from the caller in the context.
      subgraph: { all: { request: { headers: true, context: true } } },
    },
  };
}
