import path from 'node:path';
import { loadSubgraphTypeDefs, moduleSchemaFiles, type SubgraphDefinition } from '@pecg/common';
import { createContext, type __Name__Context } from './context';
import { createModels, type __Name__Models } from './models';
import { resolvers } from './schema/resolvers.generated';
import { seedDemo } from './seed';

/**
 * Schema modules (`schema/<module>/<module>.graphql`, resolvers beside them) in the order their Query and
 * Mutation fields appear in the composed schema; a module not listed comes after these, alphabetically.
 */
const SCHEMA_MODULES = ['base', 'enterprise', '__module__', 'statistics'];

/** The __name__ subgraph (owner: __owner__). */
export const __nameCamel__Subgraph: SubgraphDefinition<__Name__Models, __Name__Context> = {
  name: '__name__',
  typeDefs: loadSubgraphTypeDefs(moduleSchemaFiles(path.join(__dirname, 'schema'), SCHEMA_MODULES)),
  resolvers: resolvers as SubgraphDefinition<__Name__Models, __Name__Context>['resolvers'],
  createModels,
  createContext,
  seedDemo,
};

export type { __Name__Models, __Name__Context };
