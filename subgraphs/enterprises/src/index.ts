import path from 'node:path';
import { loadSubgraphTypeDefs, moduleSchemaFiles, type SubgraphDefinition } from '@pecg/common';
import { createContext, type EnterprisesContext } from './context';
import { createModels, type EnterprisesModels } from './models';
import { resolvers } from './schema/resolvers.generated';
import { seedDemo } from './seed';

/**
 * Schema modules (`schema/<module>/<module>.graphql`, resolvers beside them) in the order their Query and
 * Mutation fields appear in the composed schema; a module not listed comes after these, alphabetically.
 */
const SCHEMA_MODULES = ['base', 'enterprise', 'statistics', 'party', 'officer', 'needs', 'cooperation', 'analytics', 'cooperationanalytics'];

/** The enterprises subgraph (owner: the park's police–enterprise liaison office). */
export const enterprisesSubgraph: SubgraphDefinition<EnterprisesModels, EnterprisesContext> = {
  name: 'enterprises',
  typeDefs: loadSubgraphTypeDefs(moduleSchemaFiles(path.join(__dirname, 'schema'), SCHEMA_MODULES)),
  resolvers: resolvers as SubgraphDefinition<EnterprisesModels, EnterprisesContext>['resolvers'],
  createModels,
  createContext,
  seedDemo,
};

export type { EnterprisesContext };
/**
 * The package's contract for tools outside it (the benchmark's data generator, bench/data/enterprises.ts):
 * the models (`createModels`, document types, enum values, slot keys) and the demo park's generators, so
 * bench data is shaped exactly as the seed and needs no import of the package's internals.
 */
export * from './models';
export { demoEnterprise, personName, mobile, SEED_ACTOR } from './seed/park';
