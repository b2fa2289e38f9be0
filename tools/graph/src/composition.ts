import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { subgraphTypeDefs } from '@pecg/common';
import { defaultRoutingUrl } from '@pecg/registry';
import { allSubgraphDefinitions, REPO_ROOT } from './subgraphs';

export { subgraphSdl } from './subgraphs';

/** The committed supergraph the gateway serves. */
export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

export interface CompositionOutcome {
  supergraphSdl?: string;
  errors: string[];
  hints: string[];
}

/** Composes every registered subgraph's schema with @apollo/composition (no binary, no network). */
export function composeSupergraph(): CompositionOutcome {
  const result = composeServices(
    allSubgraphDefinitions().map(({ entry, definition }) => ({ name: entry.name, typeDefs: subgraphTypeDefs(definition), url: defaultRoutingUrl(entry) })),
  );
  const hints = (result.hints ?? []).map((h) => `${h.definition.code}: ${h.message}`);
  if (result.errors) return { errors: result.errors.map((e) => e.message), hints };
  return { supergraphSdl: `${result.supergraphSdl.trim()}\n`, errors: [], hints };
}

export function readCommittedSupergraph(): string {
  return fs.readFileSync(SUPERGRAPH_PATH, 'utf8');
}
