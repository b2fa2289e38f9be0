import { byIdLoader, latestPerParentLoader, lazyLoaders, type BaseContext } from '@pecg/common';
import type { CommunitySafetyModels } from './models';

const makeLoaders = lazyLoaders({
  deviceById: (models: CommunitySafetyModels) => byIdLoader(models.Device),
  eventById: (models: CommunitySafetyModels) => byIdLoader(models.SensingEvent),
  incidentById: (models: CommunitySafetyModels) => byIdLoader(models.Incident),
  caseById: (models: CommunitySafetyModels) => byIdLoader(models.LostPersonCase),
  routeById: (models: CommunitySafetyModels) => byIdLoader(models.PatrolRoute),
  shiftById: (models: CommunitySafetyModels) => byIdLoader(models.PatrolShift),
  /** The latest N events per device, newest first (Device.recentEvents). */
  latestEventsByDevice: (models: CommunitySafetyModels) => latestPerParentLoader(models.SensingEvent, 'deviceId', { sort: { occurredAt: -1 } }),
  /** The latest N incidents per enterprise (Enterprise.incidents). */
  latestIncidentsByEnterprise: (models: CommunitySafetyModels) => latestPerParentLoader(models.Incident, 'enterpriseId', { sort: { occurredAt: -1 } }),
  /** The incident that opened each dispute (Dispute.sourceIncident). */
  incidentByDispute: (models: CommunitySafetyModels) => latestPerParentLoader(models.Incident, 'disputeId', { sort: { occurredAt: -1 } }),
  /** The incident that raised each risk alert (RiskAlert.sourceIncident). */
  incidentByRiskAlert: (models: CommunitySafetyModels) => latestPerParentLoader(models.Incident, 'riskAlertId', { sort: { occurredAt: -1 } }),
  /** The latest N shifts per volunteer (Volunteer.patrolShifts; volunteerIds is an array). */
  latestShiftsByVolunteer: (models: CommunitySafetyModels) => latestPerParentLoader(models.PatrolShift, 'volunteerIds', { sort: { startsAt: -1 } }),
});

/** Per-request loaders, each made on first use (`lazyLoaders`). */
export function createLoaders(models: CommunitySafetyModels) {
  return makeLoaders(models);
}

export interface CommunitySafetyContext extends BaseContext {
  models: CommunitySafetyModels;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: CommunitySafetyModels): CommunitySafetyContext {
  return { ...base, models, loaders: createLoaders(models) };
}
