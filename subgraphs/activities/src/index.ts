import path from 'node:path';
import { loadSubgraphTypeDefs, type SubgraphDefinition } from '@pecg/common';
import { createContext, type ActivitiesContext } from './context';
import { createModels, type ActivitiesModels } from './models';
import { resolvers } from './resolvers';
import { seedDemo } from './seed';

/** The activities subgraph. */
export const activitiesSubgraph: SubgraphDefinition<ActivitiesModels, ActivitiesContext> = {
  name: 'activities',
  typeDefs: loadSubgraphTypeDefs(path.join(__dirname, 'schema.graphql')),
  resolvers: resolvers as SubgraphDefinition<ActivitiesModels, ActivitiesContext>['resolvers'],
  createModels,
  createContext,
  seedDemo,
};

export type { ActivitiesModels, ActivitiesContext };
export { generateBenchData, type BenchDataOptions } from './bench';
