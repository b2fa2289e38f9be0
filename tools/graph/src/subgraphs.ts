import path from 'node:path';
import { print } from 'graphql';
import { subgraphTypeDefs, type SubgraphDefinition } from '@pecg/common';
import { SUBGRAPH_REGISTRY, subgraphEntry, type SubgraphEntry, type SubgraphName } from '@pecg/registry';

/** The repository root (this package is tools/graph). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const loaded = new Map<string, SubgraphDefinition<any, any>>();

/**
 * A subgraph's definition (schema, resolvers, models, seed), loaded from its package as named in the
 * registry: the package exports it as a value with that `name` and `typeDefs`. Development tooling
 * only — the gateway never loads subgraph code.
 */
export function subgraphDefinition(name: string): SubgraphDefinition<any, any> {
  const cached = loaded.get(name);
  if (cached) return cached;
  const entry: SubgraphEntry = subgraphEntry(name);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(entry.package) as Record<string, unknown>;
  const definition = Object.values(exports).find(
    (value): value is SubgraphDefinition<any, any> =>
      typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name && 'typeDefs' in value,
  );
  if (!definition) throw new Error(`${entry.package} exports no subgraph definition named "${name}"`);
  loaded.set(name, definition);
  return definition;
}

/** Every registered subgraph's definition, in registry (composition) order. */
export function allSubgraphDefinitions(): Array<{ entry: SubgraphEntry; definition: SubgraphDefinition<any, any> }> {
  return SUBGRAPH_REGISTRY.map((entry) => ({ entry, definition: subgraphDefinition(entry.name) }));
}

/** The subgraph SDL as a department edits it (for breaking-change checks). */
export function subgraphSdl(name: SubgraphName | string): string {
  return print(subgraphTypeDefs(subgraphDefinition(name)));
}
