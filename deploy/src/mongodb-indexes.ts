import mongoose, { type Connection } from 'mongoose';
import * as common from '@pecg/common';
import { SUBGRAPH_REGISTRY } from '@pecg/registry';

/** One index a mongoose schema declares (what `ensureIndexes` creates at start-up). */
export interface DeclaredIndex {
  keys: Record<string, unknown>;
  options: Record<string, unknown>;
}

/** One collection of one subgraph's database, with the indexes its model declares. */
export interface DeclaredCollection {
  subgraph: string;
  database: string;
  collection: string;
  model: string;
  /** Declared by @pecg/common for every subgraph (PII audit, access denials) rather than by the subgraph. */
  platform: boolean;
  indexes: DeclaredIndex[];
}

interface SubgraphModule {
  [exported: string]: unknown;
}

/** The SubgraphDefinition a subgraph package exports: the export whose `name` is the subgraph's and that has `createModels`. */
function definitionOf(name: string, module: SubgraphModule): { createModels(connection: Connection): unknown } {
  for (const value of Object.values(module)) {
    if (
      value &&
      typeof value === 'object' &&
      (value as { name?: unknown }).name === name &&
      typeof (value as { createModels?: unknown }).createModels === 'function'
    ) {
      return value as { createModels(connection: Connection): unknown };
    }
  }
  throw new Error(`the package of subgraph "${name}" exports no SubgraphDefinition named "${name}" with createModels`);
}

/**
 * The models @pecg/common adds to every subgraph's database (PII audit, access denials, idempotency keys, …):
 * every function it exports as `<thing>Model(connection)`, so a platform collection added later is listed
 * without an edit here.
 */
function platformModels(): Array<(connection: Connection) => unknown> {
  return Object.entries(common)
    .filter(([name, value]) => /^[a-z]\w*Model$/.test(name) && typeof value === 'function' && value.length === 1)
    .map(([, value]) => value as (connection: Connection) => unknown);
}

/**
 * Every collection of every registered subgraph and the indexes its mongoose models declare, read from
 * the models themselves on an unopened connection (nothing is contacted): the same models `startSubgraph`
 * registers, including the platform collections @pecg/common adds to every subgraph.
 */
export function declaredCollections(): DeclaredCollection[] {
  const result: DeclaredCollection[] = [];
  for (const entry of SUBGRAPH_REGISTRY) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(entry.package) as SubgraphModule;
    const connection = mongoose.createConnection();
    try {
      definitionOf(entry.name, module).createModels(connection);
      const own = new Set(Object.keys(connection.models));
      for (const register of platformModels()) register(connection);
      for (const [modelName, model] of Object.entries(connection.models)) {
        result.push({
          subgraph: entry.name,
          database: entry.database,
          collection: model.collection.collectionName,
          model: modelName,
          platform: !own.has(modelName),
          indexes: model.schema.indexes().map(([keys, options]) => ({ keys: { ...keys }, options: { ...(options as Record<string, unknown>) } })),
        });
      }
    } finally {
      void connection.close();
    }
  }
  return result;
}
