import { pageSize, projectionOf, referenceId } from '@pecg/common';
import type { PoliceOfficerResolvers } from '../../types.generated';
import { DISPUTE_FIELDS } from '../../dispute/resolvers/Dispute';
import { officerSessions } from '../../../services/officers';

export const PoliceOfficer: PoliceOfficerResolvers = {
  /** The officer is the enterprises subgraph's: a reference is answered by its id. */
  __resolveReference: (reference) => ({ id: referenceId(reference) }),
  mediatedDisputes: (officer, { first }, { loaders }, info) =>
    loaders.latestDisputesByMediator(projectionOf(info, DISPUTE_FIELDS)).load(officer.id, pageSize(first)),
  mediationSessions: (officer, { first }, ctx) => officerSessions(ctx, officer.id, pageSize(first)),
};
