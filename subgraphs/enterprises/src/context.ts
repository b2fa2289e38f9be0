import { byIdLoader, byUniqueFieldLoader, countLoader, groupLoader, latestPerParentLoader, lazyLoaders, loaderFamily, type BaseContext } from '@pecg/common';
import { OPEN_ALERT_STATUSES, OPEN_NEED_STATUSES, type EnterprisesModels } from './models';

/** Per-request loaders: created fresh for each request so batching never leaks data between callers. */
const makeLoaders = lazyLoaders({
  enterpriseById: (models: EnterprisesModels) => byIdLoader(models.Enterprise),
  enterpriseByCreditCode: (models: EnterprisesModels) => byUniqueFieldLoader(models.Enterprise, 'creditCode'),
  officerById: (models: EnterprisesModels) => byIdLoader(models.PoliceOfficer),
  assignmentById: (models: EnterprisesModels) => byIdLoader(models.OfficerAssignment),
  needById: (models: EnterprisesModels) => byIdLoader(models.ServiceNeed),
  alertById: (models: EnterprisesModels) => byIdLoader(models.RiskAlert),
  partyOrganizationByEnterprise: (models: EnterprisesModels) => groupLoader(models.PartyOrganization, 'enterpriseId'),
  /** Active 一企一警 assignment per enterprise (at most one: the slot index guarantees it). */
  oneOfficerAssignmentByEnterprise: (models: EnterprisesModels) =>
    groupLoader(models.OfficerAssignment, 'enterpriseId', { where: { kind: 'ONE_ENTERPRISE_ONE_OFFICER', endedOn: null } }),
  /** Assignments per officer, newest first; `(true)` only the active ones (filtered in the query). */
  assignmentsByOfficer: (models: EnterprisesModels) =>
    loaderFamily((activeOnly: boolean) =>
      groupLoader(models.OfficerAssignment, 'officerId', { where: activeOnly ? { endedOn: null } : {}, sort: { startedOn: -1, _id: -1 } }),
    ),
  /** The latest N assignments per enterprise / officer (`(true)`: only active ones), newest first: cut in the database. */
  latestAssignmentsByEnterprise: (models: EnterprisesModels) =>
    loaderFamily((activeOnly: boolean) =>
      latestPerParentLoader(models.OfficerAssignment, 'enterpriseId', { where: activeOnly ? { endedOn: null } : {}, sort: { startedOn: -1, _id: -1 } }),
    ),
  latestAssignmentsByOfficer: (models: EnterprisesModels) =>
    loaderFamily((activeOnly: boolean) =>
      latestPerParentLoader(models.OfficerAssignment, 'officerId', { where: activeOnly ? { endedOn: null } : {}, sort: { startedOn: -1, _id: -1 } }),
    ),
  /** The latest N needs per enterprise (optionally of one status), newest first: cut in the database. */
  needsByEnterprise: (models: EnterprisesModels) =>
    loaderFamily((status: string | null) =>
      latestPerParentLoader(models.ServiceNeed, 'enterpriseId', { where: status ? { status } : {}, sort: { raisedAt: -1, _id: -1 } }),
    ),
  openNeedCountByEnterprise: (models: EnterprisesModels) =>
    countLoader(models.ServiceNeed, 'enterpriseId', { where: { status: { $in: [...OPEN_NEED_STATUSES] } } }),
  /** The first N resources per enterprise, in the order offered: cut in the database. */
  resourcesByEnterprise: (models: EnterprisesModels) => latestPerParentLoader(models.AdvantageResource, 'enterpriseId', { sort: { offeredAt: 1, _id: 1 } }),
  /** The latest N alerts per enterprise (optionally of one status), newest first: cut in the database. */
  alertsByEnterprise: (models: EnterprisesModels) =>
    loaderFamily((status: string | null) =>
      latestPerParentLoader(models.RiskAlert, 'enterpriseId', { where: status ? { status } : {}, sort: { raisedAt: -1, _id: -1 } }),
    ),
  /** Matches per need / per resource, oldest first (indexes needId|resourceId + matchedAt). */
  matchesByNeed: (models: EnterprisesModels) => groupLoader(models.ResourceMatch, 'needId', { sort: { matchedAt: 1, _id: 1 } }),
  matchesByResource: (models: EnterprisesModels) => groupLoader(models.ResourceMatch, 'resourceId', { sort: { matchedAt: 1, _id: 1 } }),
  resourceById: (models: EnterprisesModels) => byIdLoader(models.AdvantageResource),
  openAlertCountByEnterprise: (models: EnterprisesModels) =>
    countLoader(models.RiskAlert, 'enterpriseId', { where: { status: { $in: [...OPEN_ALERT_STATUSES] } } }),
});

/** Per-request loaders, each made on first use (`lazyLoaders`). */
export function createLoaders(models: EnterprisesModels) {
  return makeLoaders(models);
}

export interface EnterprisesContext extends BaseContext {
  models: EnterprisesModels;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: EnterprisesModels): EnterprisesContext {
  return { ...base, models, loaders: createLoaders(models) };
}
