import path from 'node:path';
import { loadSubgraphTypeDefs, type SubgraphDefinition } from '@pecg/common';
import { createContext, type EnterprisesContext } from './context';
import { createModels, type EnterprisesModels } from './models';
import { resolvers } from './resolvers';
import { seedDemo } from './seed';

/** The enterprises subgraph (owner: the park's police–enterprise liaison office). */
export const enterprisesSubgraph: SubgraphDefinition<EnterprisesModels, EnterprisesContext> = {
  name: 'enterprises',
  typeDefs: loadSubgraphTypeDefs(path.join(__dirname, 'schema.graphql')),
  resolvers: resolvers as SubgraphDefinition<EnterprisesModels, EnterprisesContext>['resolvers'],
  createModels,
  createContext,
  seedDemo,
};

export type { EnterprisesModels, EnterprisesContext };
