import path from 'node:path';
import { loadSubgraphTypeDefs, moduleSchemaFiles, type SubgraphDefinition } from '@pecg/common';
import { createContext, type ActivitiesContext } from './context';
import { activitiesJobs } from './jobs';
import { createModels, type ActivitiesModels } from './models';
import { resolvers } from './schema/resolvers.generated';
import { seedDemo } from './seed';

/**
 * Schema modules (`schema/<module>/<module>.graphql`, resolvers beside them) in the order their Query and
 * Mutation fields appear in the composed schema; a module not listed comes after these, alphabetically.
 */
const SCHEMA_MODULES = ['base', 'enterprise', 'venue', 'booking', 'activity', 'report', 'registration', 'statistics', 'analytics'];

/** The activities subgraph. */
export const activitiesSubgraph: SubgraphDefinition<ActivitiesModels, ActivitiesContext> = {
  name: 'activities',
  typeDefs: loadSubgraphTypeDefs(moduleSchemaFiles(path.join(__dirname, 'schema'), SCHEMA_MODULES)),
  resolvers: resolvers as SubgraphDefinition<ActivitiesModels, ActivitiesContext>['resolvers'],
  createModels,
  createContext,
  seedDemo,
  jobs: activitiesJobs(),
};

export type { ActivitiesModels, ActivitiesContext };
export { generateBenchData, type BenchDataOptions } from './bench';
export { OUTBOX_JOB, TIME_RULES_JOB, runTimeRules } from './jobs';
export { setTestClock } from './domain/clock';
export { retryPendingOutcomes } from './services/outbox';
