import type { RequestHandler } from 'express';

/** GET /ready of one subgraph, given its GraphQL URL. */
async function subgraphReady(graphqlUrl: string, timeoutMs: number): Promise<string> {
  try {
    const response = await fetch(new URL('/ready', graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? 'ready' : `not ready (HTTP ${response.status})`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return `unreachable${cause ? ` (${cause})` : ''}`;
  }
}

/**
 * Public readiness on the main port: cheap and anonymous — the supergraph is loaded; no subgraph is
 * called (so anonymous callers cannot make the gateway fan out).
 */
export function publicReadinessHandler(loaded: () => boolean): RequestHandler {
  return (_req, res) => {
    const ready = loaded();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', supergraph: ready ? 'loaded' : 'not loaded' });
  };
}

/**
 * Full readiness, on the loopback operations port only: the supergraph is loaded and every subgraph
 * answers its own /ready.
 */
export function readinessHandler(loaded: () => boolean, urls: Record<string, string>, timeoutMs = 1_000): RequestHandler {
  return async (_req, res) => {
    const entries = await Promise.all(Object.entries(urls).map(async ([name, url]) => [name, await subgraphReady(url, timeoutMs)] as const));
    const subgraphs = Object.fromEntries(entries);
    const ready = loaded() && entries.every(([, state]) => state === 'ready');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', supergraph: loaded() ? 'loaded' : 'not loaded', subgraphs });
  };
}
