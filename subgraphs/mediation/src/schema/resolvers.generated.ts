/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated';
    import    { communities as Query_communities } from './community/resolvers/Query/communities';
import    { community as Query_community } from './community/resolvers/Query/community';
import    { dispute as Query_dispute } from './dispute/resolvers/Query/dispute';
import    { disputeStatistics as Query_disputeStatistics } from './statistics/resolvers/Query/disputeStatistics';
import    { disputes as Query_disputes } from './dispute/resolvers/Query/disputes';
import    { grid as Query_grid } from './community/resolvers/Query/grid';
import    { legalConsultations as Query_legalConsultations } from './legal/resolvers/Query/legalConsultations';
import    { volunteer as Query_volunteer } from './volunteer/resolvers/Query/volunteer';
import    { volunteerStatistics as Query_volunteerStatistics } from './volunteer/resolvers/Query/volunteerStatistics';
import    { volunteers as Query_volunteers } from './volunteer/resolvers/Query/volunteers';
import    { acceptDispute as Mutation_acceptDispute } from './dispute/resolvers/Mutation/acceptDispute';
import    { closeDispute as Mutation_closeDispute } from './mediation/resolvers/Mutation/closeDispute';
import    { confirmJudicially as Mutation_confirmJudicially } from './mediation/resolvers/Mutation/confirmJudicially';
import    { escalateDispute as Mutation_escalateDispute } from './dispute/resolvers/Mutation/escalateDispute';
import    { failMediation as Mutation_failMediation } from './mediation/resolvers/Mutation/failMediation';
import    { reachAgreement as Mutation_reachAgreement } from './mediation/resolvers/Mutation/reachAgreement';
import    { recordFollowUp as Mutation_recordFollowUp } from './mediation/resolvers/Mutation/recordFollowUp';
import    { recordLegalConsultation as Mutation_recordLegalConsultation } from './legal/resolvers/Mutation/recordLegalConsultation';
import    { recordMediationSession as Mutation_recordMediationSession } from './mediation/resolvers/Mutation/recordMediationSession';
import    { registerVolunteer as Mutation_registerVolunteer } from './volunteer/resolvers/Mutation/registerVolunteer';
import    { reportDispute as Mutation_reportDispute } from './dispute/resolvers/Mutation/reportDispute';
import    { Community } from './community/resolvers/Community';
import    { Dispute } from './dispute/resolvers/Dispute';
import    { DisputeConnection } from './dispute/resolvers/DisputeConnection';
import    { DisputeParty } from './dispute/resolvers/DisputeParty';
import    { DisputeStatistics } from './statistics/resolvers/DisputeStatistics';
import    { DisputeStatusChange } from './dispute/resolvers/DisputeStatusChange';
import    { Enterprise } from './enterprise/resolvers/Enterprise';
import    { Escalation } from './dispute/resolvers/Escalation';
import    { FollowUpVisit } from './mediation/resolvers/FollowUpVisit';
import    { Grid } from './community/resolvers/Grid';
import    { GridDisputeCount } from './statistics/resolvers/GridDisputeCount';
import    { GridWorker } from './community/resolvers/GridWorker';
import    { JudicialConfirmation } from './mediation/resolvers/JudicialConfirmation';
import    { LegalConsultation } from './legal/resolvers/LegalConsultation';
import    { LegalConsultationConnection } from './legal/resolvers/LegalConsultationConnection';
import    { MediationAgreement } from './mediation/resolvers/MediationAgreement';
import    { MediationSession } from './mediation/resolvers/MediationSession';
import    { Volunteer } from './volunteer/resolvers/Volunteer';
import    { VolunteerConnection } from './volunteer/resolvers/VolunteerConnection';
import    { VolunteerStatistics } from './volunteer/resolvers/VolunteerStatistics';
    export const resolvers: Resolvers = {
      Query: { communities: Query_communities,community: Query_community,dispute: Query_dispute,disputeStatistics: Query_disputeStatistics,disputes: Query_disputes,grid: Query_grid,legalConsultations: Query_legalConsultations,volunteer: Query_volunteer,volunteerStatistics: Query_volunteerStatistics,volunteers: Query_volunteers },
      Mutation: { acceptDispute: Mutation_acceptDispute,closeDispute: Mutation_closeDispute,confirmJudicially: Mutation_confirmJudicially,escalateDispute: Mutation_escalateDispute,failMediation: Mutation_failMediation,reachAgreement: Mutation_reachAgreement,recordFollowUp: Mutation_recordFollowUp,recordLegalConsultation: Mutation_recordLegalConsultation,recordMediationSession: Mutation_recordMediationSession,registerVolunteer: Mutation_registerVolunteer,reportDispute: Mutation_reportDispute },
      
      Community: Community,
Dispute: Dispute,
DisputeConnection: DisputeConnection,
DisputeParty: DisputeParty,
DisputeStatistics: DisputeStatistics,
DisputeStatusChange: DisputeStatusChange,
Enterprise: Enterprise,
Escalation: Escalation,
FollowUpVisit: FollowUpVisit,
Grid: Grid,
GridDisputeCount: GridDisputeCount,
GridWorker: GridWorker,
JudicialConfirmation: JudicialConfirmation,
LegalConsultation: LegalConsultation,
LegalConsultationConnection: LegalConsultationConnection,
MediationAgreement: MediationAgreement,
MediationSession: MediationSession,
Volunteer: Volunteer,
VolunteerConnection: VolunteerConnection,
VolunteerStatistics: VolunteerStatistics
    }