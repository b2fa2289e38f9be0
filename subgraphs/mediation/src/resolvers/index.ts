import { connectionResolvers } from '@pecg/common';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Community, Grid, GridWorker } from './Community';
import { Dispute, DisputeParty, DisputeStatusChange, Escalation, MediationSession } from './Dispute';
import { Enterprise } from './Enterprise';
import { LegalConsultation } from './LegalConsultation';
import { DisputeStatistics, GridDisputeCount, VolunteerStatistics } from './Statistics';
import { Volunteer } from './Volunteer';
import { communities } from './Query/communities';
import { community } from './Query/community';
import { dispute } from './Query/dispute';
import { disputes } from './Query/disputes';
import { disputeStatistics } from './Query/disputeStatistics';
import { grid } from './Query/grid';
import { legalConsultations } from './Query/legalConsultations';
import { volunteer } from './Query/volunteer';
import { volunteers } from './Query/volunteers';
import { volunteerStatistics } from './Query/volunteerStatistics';
import { acceptDispute } from './Mutation/acceptDispute';
import { closeDispute } from './Mutation/closeDispute';
import { confirmJudicially } from './Mutation/confirmJudicially';
import { escalateDispute } from './Mutation/escalateDispute';
import { failMediation } from './Mutation/failMediation';
import { reachAgreement } from './Mutation/reachAgreement';
import { recordFollowUp } from './Mutation/recordFollowUp';
import { recordLegalConsultation } from './Mutation/recordLegalConsultation';
import { recordMediationSession } from './Mutation/recordMediationSession';
import { registerVolunteer } from './Mutation/registerVolunteer';
import { reportDispute } from './Mutation/reportDispute';

export const resolvers: Resolvers = {
  Query: { communities, community, grid, dispute, disputes, disputeStatistics, volunteer, volunteers, volunteerStatistics, legalConsultations },
  Mutation: {
    reportDispute,
    acceptDispute,
    escalateDispute,
    recordMediationSession,
    reachAgreement,
    failMediation,
    confirmJudicially,
    recordFollowUp,
    closeDispute,
    registerVolunteer,
    recordLegalConsultation,
  },
  Enterprise,
  Community,
  Grid,
  GridWorker,
  Volunteer,
  Dispute,
  DisputeParty,
  Escalation,
  DisputeStatusChange,
  MediationSession,
  LegalConsultation,
  DisputeStatistics,
  GridDisputeCount,
  VolunteerStatistics,
  DisputeConnection: connectionResolvers as Resolvers['DisputeConnection'],
  VolunteerConnection: connectionResolvers as Resolvers['VolunteerConnection'],
  LegalConsultationConnection: connectionResolvers as Resolvers['LegalConsultationConnection'],
};
