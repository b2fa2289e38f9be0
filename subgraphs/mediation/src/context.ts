import { byIdLoader, countLoader, groupLoader, latestPerParentLoader, lazyLoaders, loaderFamily, type BaseContext, type Projection } from '@pecg/common';
import type { MediationModels } from './models';

const makeLoaders = lazyLoaders({
  communityById: (models: MediationModels) => byIdLoader(models.Community),
  gridById: (models: MediationModels) => byIdLoader(models.Grid),
  gridsByCommunity: (models: MediationModels) => groupLoader(models.Grid, 'communityId', { sort: { name: 1 } }),
  volunteerById: (models: MediationModels) => byIdLoader(models.Volunteer),
  consultationById: (models: MediationModels) => byIdLoader(models.LegalConsultation),
  activeVolunteerCountByGrid: (models: MediationModels) => countLoader(models.Volunteer, 'gridId', { where: { active: true } }),
  /** Disputes still open: neither closed nor declined. */
  openDisputeCountByGrid: (models: MediationModels) => countLoader(models.Dispute, 'gridId', { where: { status: { $nin: ['CLOSED', 'DECLINED'] } } }),
  disputeById: (models: MediationModels) => byIdLoader(models.Dispute),
  /** The latest N disputes per mediator (volunteer or police officer id), newest first. */
  latestDisputesByMediator: (models: MediationModels) =>
    loaderFamily((projection: Projection | undefined) =>
      latestPerParentLoader(models.Dispute, 'mediatorIds', { sort: { reportedAt: -1, _id: -1 }, projection }),
    ),
  /** The latest N duty shifts per volunteer, newest first. */
  latestShiftsByVolunteer: (models: MediationModels) => latestPerParentLoader(models.DutyShift, 'volunteerId', { sort: { startsAt: -1, _id: -1 } }),
  /**
   * The latest N disputes per enterprise (a dispute may concern several), newest first
   * (Enterprise.disputes); one loader per projection (the fields the selection reads, or undefined: whole documents).
   */
  latestDisputesByEnterprise: (models: MediationModels) =>
    loaderFamily((projection: Projection | undefined) =>
      latestPerParentLoader(models.Dispute, 'enterpriseIds', { sort: { reportedAt: -1, _id: -1 }, projection }),
    ),
});

/** Per-request loaders, each made on first use (`lazyLoaders`). */
export function createLoaders(models: MediationModels) {
  return makeLoaders(models);
}

export interface MediationContext extends BaseContext {
  models: MediationModels;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: MediationModels): MediationContext {
  return { ...base, models, loaders: createLoaders(models) };
}
