import { byIdLoader, latestPerParentLoader, lazyLoaders, type BaseContext } from '@pecg/common';
import type { __Name__Models } from './models';

const makeLoaders = lazyLoaders({
  /** __Entity__ by id (`__entity__(id)`, `_entities`). */
  __entity__ById: (models: __Name__Models) => byIdLoader(models.__Entity__),
  /** The latest N __entities__ per enterprise, newest first (Enterprise.__entities__): one aggregation per batch. */
  latest__Entities__ByEnterprise: (models: __Name__Models) => latestPerParentLoader(models.__Entity__, 'enterpriseId', { sort: { createdAt: -1, _id: -1 } }),
});

/** Per-request loaders, each made on first use (`lazyLoaders`). */
export function createLoaders(models: __Name__Models) {
  return makeLoaders(models);
}

export interface __Name__Context extends BaseContext {
  models: __Name__Models;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: __Name__Models): __Name__Context {
  return { ...base, models, loaders: createLoaders(models) };
}
