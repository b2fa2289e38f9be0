import { byIdLoader, countLoader, groupLoader, latestPerParentLoader, type BaseContext } from '@pecg/common';
import type { MediationModels } from './models';

export function createLoaders(models: MediationModels) {
  return {
    communityById: byIdLoader(models.Community),
    gridById: byIdLoader(models.Grid),
    gridsByCommunity: groupLoader(models.Grid, 'communityId', { sort: { name: 1 } }),
    volunteerById: byIdLoader(models.Volunteer),
    activeVolunteerCountByGrid: countLoader(models.Volunteer, 'gridId', { where: { active: true } }),
    openDisputeCountByGrid: countLoader(models.Dispute, 'gridId', { where: { status: { $ne: 'CLOSED' } } }),
    disputeById: byIdLoader(models.Dispute),
    /** The latest N disputes per enterprise (a dispute may concern several), newest first (Enterprise.disputes). */
    latestDisputesByEnterprise: latestPerParentLoader(models.Dispute, 'enterpriseIds', { sort: { reportedAt: -1, _id: -1 } }),
  };
}

export interface MediationContext extends BaseContext {
  models: MediationModels;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(base: BaseContext, models: MediationModels): MediationContext {
  return { ...base, models, loaders: createLoaders(models) };
}
