import path from 'node:path';
import { loadSubgraphTypeDefs, type SubgraphDefinition } from '@pecg/common';
import { createContext, type ApprovalsContext } from './context';
import { createModels, type ApprovalsModels } from './models';
import { resolvers } from './resolvers';
import { seedDemo } from './seed';

/** The approvals subgraph. */
export const approvalsSubgraph: SubgraphDefinition<ApprovalsModels, ApprovalsContext> = {
  name: 'approvals',
  typeDefs: loadSubgraphTypeDefs(path.join(__dirname, 'schema.graphql')),
  resolvers: resolvers as SubgraphDefinition<ApprovalsModels, ApprovalsContext>['resolvers'],
  createModels,
  createContext,
  seedDemo,
};

export type { ApprovalsModels, ApprovalsContext };
export { generateBenchData, type BenchDataOptions } from './seed/bench';
export { WorkingCalendar, workingCalendar } from './domain/working-days';
