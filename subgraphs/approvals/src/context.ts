import {
  byIdLoader,
  groupLoader,
  latestPerParentLoader,
  lazyLoaders,
  loaderFamily,
  referenceDataLoader,
  type BaseContext,
  type Projection,
} from '@pecg/common';
import type { ApprovalsModels } from './models';

/** Per-request loaders: created fresh for each request so batching never leaks data between callers. */
const makeLoaders = lazyLoaders({
  /** The catalogue changes only with a seed or a deployment: shared by the requests of the process. */
  itemById: (models: ApprovalsModels) => referenceDataLoader(models.ApprovalItem),
  applicationById: (models: ApprovalsModels) => byIdLoader(models.Application),
  supervisionCaseById: (models: ApprovalsModels) => byIdLoader(models.SupervisionCase),
  evaluationById: (models: ApprovalsModels) => byIdLoader(models.Evaluation),
  /** The latest N applications per enterprise, newest first (Enterprise.applications); one loader per projection (undefined: whole documents). */
  latestApplicationsByEnterprise: (models: ApprovalsModels) =>
    loaderFamily((projection: Projection | undefined) =>
      latestPerParentLoader(models.Application, 'enterpriseId', { sort: { createdAt: -1, _id: -1 }, projection }),
    ),
  evaluationByApplication: (models: ApprovalsModels) => groupLoader(models.Evaluation, 'applicationId'),
  creditMarkByEnterprise: (models: ApprovalsModels) => groupLoader(models.EnterpriseCreditMark, 'enterpriseId'),
  measuresByItem: (models: ApprovalsModels) => groupLoader(models.ServiceMeasure, 'itemIds', { sort: { number: 1 } }),
});

/** Per-request loaders, each made on first use (`lazyLoaders`). */
export function createLoaders(models: ApprovalsModels) {
  return makeLoaders(models);
}

export interface ApprovalsContext extends BaseContext {
  models: ApprovalsModels;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: ApprovalsModels): ApprovalsContext {
  return { ...base, models, loaders: createLoaders(models) };
}
