import path from 'node:path';
import { loadSubgraphTypeDefs, type SubgraphDefinition } from '@pecg/common';
import { createContext, type MediationContext } from './context';
import { createModels, type MediationModels } from './models';
import { resolvers } from './resolvers';
import { seedDemo } from './seed';

/** The mediation subgraph. */
export const mediationSubgraph: SubgraphDefinition<MediationModels, MediationContext> = {
  name: 'mediation',
  typeDefs: loadSubgraphTypeDefs(path.join(__dirname, 'schema.graphql')),
  resolvers: resolvers as SubgraphDefinition<MediationModels, MediationContext>['resolvers'],
  createModels,
  createContext,
  seedDemo,
};

export type { MediationModels, MediationContext };
export { generateBenchData, type BenchDataOptions } from './bench';
