import path from 'node:path';
import { loadSubgraphTypeDefs, moduleSchemaFiles, type SubgraphDefinition } from '@pecg/common';
import { createContext, type ActivitiesContext } from './context';
import { createModels, type ActivitiesModels } from './models';
import { resolvers } from './schema/resolvers.generated';
import { seedDemo } from './seed';

/**
 * Schema modules (`schema/<module>/<module>.graphql`, resolvers beside them) in the order their Query and
 * Mutation fields appear in the composed schema; a module not listed comes after these, alphabetically.
 */
const SCHEMA_MODULES = ['base', 'enterprise', 'venue', 'activity', 'registration', 'statistics'];

/** The activities subgraph. */
export const activitiesSubgraph: SubgraphDefinition<ActivitiesModels, ActivitiesContext> = {
  name: 'activities',
  typeDefs: loadSubgraphTypeDefs(moduleSchemaFiles(path.join(__dirname, 'schema'), SCHEMA_MODULES)),
  resolvers: resolvers as SubgraphDefinition<ActivitiesModels, ActivitiesContext>['resolvers'],
  createModels,
  createContext,
  seedDemo,
};

export type { ActivitiesModels, ActivitiesContext };
export { generateBenchData, type BenchDataOptions } from './bench';
