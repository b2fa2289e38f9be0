import { byIdLoader, groupLoader, latestPerParentLoader, referenceDataLoader, type BaseContext } from '@pecg/common';
import type { ApprovalsModels } from './models';

/** Per-request loaders: created fresh for each request so batching never leaks data between callers. */
export function createLoaders(models: ApprovalsModels) {
  return {
    /** The catalogue changes only with a seed or a deployment: shared by the requests of the process. */
    itemById: referenceDataLoader(models.ApprovalItem),
    applicationById: byIdLoader(models.Application),
    supervisionCaseById: byIdLoader(models.SupervisionCase),
    evaluationById: byIdLoader(models.Evaluation),
    /** The latest N applications per enterprise, newest first (Enterprise.applications). */
    latestApplicationsByEnterprise: latestPerParentLoader(models.Application, 'enterpriseId', { sort: { createdAt: -1, _id: -1 } }),
    evaluationByApplication: groupLoader(models.Evaluation, 'applicationId'),
    creditMarkByEnterprise: groupLoader(models.EnterpriseCreditMark, 'enterpriseId'),
    measuresByItem: groupLoader(models.ServiceMeasure, 'itemIds', { sort: { number: 1 } }),
  };
}

export interface ApprovalsContext extends BaseContext {
  models: ApprovalsModels;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: ApprovalsModels): ApprovalsContext {
  return { ...base, models, loaders: createLoaders(models) };
}
