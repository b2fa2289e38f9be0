import { byIdLoader, byUniqueFieldLoader, countLoader, groupLoader, loaderFamily, type BaseContext } from '@pecg/common';
import { OPEN_ALERT_STATUSES, OPEN_NEED_STATUSES, type EnterprisesModels } from './models';

/** Per-request loaders: created fresh for each request so batching never leaks data between callers. */
export function createLoaders(models: EnterprisesModels) {
  return {
    enterpriseById: byIdLoader(models.Enterprise),
    enterpriseByCreditCode: byUniqueFieldLoader(models.Enterprise, 'creditCode'),
    officerById: byIdLoader(models.PoliceOfficer),
    assignmentById: byIdLoader(models.OfficerAssignment),
    needById: byIdLoader(models.ServiceNeed),
    alertById: byIdLoader(models.RiskAlert),
    partyOrganizationByEnterprise: groupLoader(models.PartyOrganization, 'enterpriseId'),
    /** Active 一企一警 assignment per enterprise (at most one: the slot index guarantees it). */
    oneOfficerAssignmentByEnterprise: groupLoader(models.OfficerAssignment, 'enterpriseId', { where: { kind: 'ONE_ENTERPRISE_ONE_OFFICER', endedOn: null } }),
    /** Assignments per enterprise / officer, newest first; `(true)` only the active ones (filtered in the query). */
    assignmentsByEnterprise: loaderFamily((activeOnly: boolean) =>
      groupLoader(models.OfficerAssignment, 'enterpriseId', { where: activeOnly ? { endedOn: null } : {}, sort: { startedOn: -1, _id: -1 } }),
    ),
    assignmentsByOfficer: loaderFamily((activeOnly: boolean) =>
      groupLoader(models.OfficerAssignment, 'officerId', { where: activeOnly ? { endedOn: null } : {}, sort: { startedOn: -1, _id: -1 } }),
    ),
    /** Needs / alerts per enterprise, newest first; with a status, only those (filtered in the query). */
    needsByEnterprise: loaderFamily((status: string | null) => groupLoader(models.ServiceNeed, 'enterpriseId', { where: status ? { status } : {}, sort: { raisedAt: -1, _id: -1 } })),
    openNeedCountByEnterprise: countLoader(models.ServiceNeed, 'enterpriseId', { where: { status: { $in: [...OPEN_NEED_STATUSES] } } }),
    resourcesByEnterprise: groupLoader(models.AdvantageResource, 'enterpriseId', { sort: { offeredAt: 1, _id: 1 } }),
    alertsByEnterprise: loaderFamily((status: string | null) => groupLoader(models.RiskAlert, 'enterpriseId', { where: status ? { status } : {}, sort: { raisedAt: -1, _id: -1 } })),
    openAlertCountByEnterprise: countLoader(models.RiskAlert, 'enterpriseId', { where: { status: { $in: [...OPEN_ALERT_STATUSES] } } }),
  };
}

export interface EnterprisesContext extends BaseContext {
  models: EnterprisesModels;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: EnterprisesModels): EnterprisesContext {
  return { ...base, models, loaders: createLoaders(models) };
}
