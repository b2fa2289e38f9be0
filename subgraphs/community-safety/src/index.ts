import path from 'node:path';
import { loadSubgraphTypeDefs, moduleSchemaFiles, type SubgraphDefinition } from '@pecg/common';
import { createContext, type CommunitySafetyContext } from './context';
import { createModels, type CommunitySafetyModels } from './models';
import { resolvers } from './schema/resolvers.generated';
import { HOOKS } from './hooks';
import { SUBGRAPH_JOBS } from './jobs';
import { seedDemo } from './seed';

/**
 * Schema modules (`schema/<module>/<module>.graphql`, resolvers beside them) in the order their Query and
 * Mutation fields appear in the composed schema; a module not listed comes after these, alphabetically.
 */
const SCHEMA_MODULES = ['base', 'enterprise', 'mediation', 'device', 'event', 'incident', 'search', 'patrol', 'statistics'];

/** The community-safety subgraph (owner: 白虎滩社区综治中心（联合社区警务室） — the 白虎滩 community comprehensive governance centre with the community police office). */
export const communitySafetySubgraph: SubgraphDefinition<CommunitySafetyModels, CommunitySafetyContext> = {
  name: 'community-safety',
  typeDefs: loadSubgraphTypeDefs(moduleSchemaFiles(path.join(__dirname, 'schema'), SCHEMA_MODULES)),
  resolvers: resolvers as SubgraphDefinition<CommunitySafetyModels, CommunitySafetyContext>['resolvers'],
  createModels,
  createContext,
  seedDemo,
  jobs: SUBGRAPH_JOBS(),
  hooks: HOOKS,
};

export type { CommunitySafetyModels, CommunitySafetyContext };
export { RETENTION_JOB } from './jobs';
export { ingestBatch } from './services/ingestion';
export { runRetention } from './services/retention';
