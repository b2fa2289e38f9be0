import { byIdLoader, byUniqueFieldLoader, countLoader, groupLoader, type BaseContext } from '@pecg/common';
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
    assignmentsByEnterprise: groupLoader(models.OfficerAssignment, 'enterpriseId', { sort: { startedOn: -1, _id: -1 } }),
    assignmentsByOfficer: groupLoader(models.OfficerAssignment, 'officerId', { sort: { startedOn: -1, _id: -1 } }),
    needsByEnterprise: groupLoader(models.ServiceNeed, 'enterpriseId', { sort: { raisedAt: -1, _id: -1 } }),
    openNeedCountByEnterprise: countLoader(models.ServiceNeed, 'enterpriseId', { where: { status: { $in: [...OPEN_NEED_STATUSES] } } }),
    resourcesByEnterprise: groupLoader(models.AdvantageResource, 'enterpriseId', { sort: { offeredAt: 1, _id: 1 } }),
    alertsByEnterprise: groupLoader(models.RiskAlert, 'enterpriseId', { sort: { raisedAt: -1, _id: -1 } }),
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
