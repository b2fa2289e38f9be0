import path from 'node:path';
import { loadSubgraphTypeDefs, moduleSchemaFiles, type SubgraphDefinition } from '@pecg/common';
import { createContext, type ApprovalsContext } from './context';
import { approvalsJobs } from './jobs';
import { createModels, type ApprovalsModels } from './models';
import { resolvers } from './schema/resolvers.generated';
import { seedDemo } from './seed';

/**
 * Schema modules (`schema/<module>/<module>.graphql`, resolvers beside them) in the order their Query and
 * Mutation fields appear in the composed schema; a module not listed comes after these, alphabetically.
 */
const SCHEMA_MODULES = [
  'base',
  'enterprise',
  'catalogue',
  'calendar',
  'application',
  'handling',
  'forwarding',
  'deadlines',
  'supervision',
  'evaluation',
  'statistics',
  'analytics',
];

/** The approvals subgraph. */
export const approvalsSubgraph: SubgraphDefinition<ApprovalsModels, ApprovalsContext> = {
  name: 'approvals',
  typeDefs: loadSubgraphTypeDefs(moduleSchemaFiles(path.join(__dirname, 'schema'), SCHEMA_MODULES)),
  resolvers: resolvers as SubgraphDefinition<ApprovalsModels, ApprovalsContext>['resolvers'],
  createModels,
  createContext,
  seedDemo,
  jobs: approvalsJobs(),
};

export type { ApprovalsModels, ApprovalsContext };
export { DEADLINES_JOB } from './jobs';
export { generateBenchData, type BenchDataOptions } from './seed/bench';
