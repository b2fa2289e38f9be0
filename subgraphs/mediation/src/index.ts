import path from 'node:path';
import { loadSubgraphTypeDefs, moduleSchemaFiles, type SubgraphDefinition } from '@pecg/common';
import { createContext, type MediationContext } from './context';
import { createModels, type MediationModels } from './models';
import { resolvers } from './schema/resolvers.generated';
import { seedDemo } from './seed';
import { agreementPage } from './documents/agreement-page';

/**
 * Schema modules (`schema/<module>/<module>.graphql`, resolvers beside them) in the order their Query and
 * Mutation fields appear in the composed schema; a module not listed comes after these, alphabetically.
 */
const SCHEMA_MODULES = [
  'base',
  'enterprise',
  'community',
  'kinds',
  'dispute',
  'process',
  'mediation',
  'agreement',
  'timerules',
  'statistics',
  'volunteer',
  'people',
  'legal',
  'analytics',
];

/** The mediation subgraph. */
export const mediationSubgraph: SubgraphDefinition<MediationModels, MediationContext> = {
  name: 'mediation',
  typeDefs: loadSubgraphTypeDefs(moduleSchemaFiles(path.join(__dirname, 'schema'), SCHEMA_MODULES)),
  resolvers: resolvers as SubgraphDefinition<MediationModels, MediationContext>['resolvers'],
  createModels,
  createContext,
  seedDemo,
  documents: [agreementPage],
};

export type { MediationModels, MediationContext };
export { generateBenchData, type BenchDataOptions } from './bench';
