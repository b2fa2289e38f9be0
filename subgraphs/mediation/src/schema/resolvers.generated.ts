/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated';
    import    { communities as Query_communities } from './community/resolvers/Query/communities';
import    { community as Query_community } from './community/resolvers/Query/community';
import    { dispute as Query_dispute } from './dispute/resolvers/Query/dispute';
import    { disputeAggregate as Query_disputeAggregate } from './analytics/resolvers/Query/disputeAggregate';
import    { disputeStatistics as Query_disputeStatistics } from './statistics/resolvers/Query/disputeStatistics';
import    { disputes as Query_disputes } from './dispute/resolvers/Query/disputes';
import    { dutyShiftAggregate as Query_dutyShiftAggregate } from './analytics/resolvers/Query/dutyShiftAggregate';
import    { dutyShiftStatistics as Query_dutyShiftStatistics } from './people/resolvers/Query/dutyShiftStatistics';
import    { dutyShifts as Query_dutyShifts } from './people/resolvers/Query/dutyShifts';
import    { grid as Query_grid } from './community/resolvers/Query/grid';
import    { legalConsultation as Query_legalConsultation } from './legal/resolvers/Query/legalConsultation';
import    { legalConsultationAggregate as Query_legalConsultationAggregate } from './analytics/resolvers/Query/legalConsultationAggregate';
import    { legalConsultationStatistics as Query_legalConsultationStatistics } from './legal/resolvers/Query/legalConsultationStatistics';
import    { legalConsultations as Query_legalConsultations } from './legal/resolvers/Query/legalConsultations';
import    { overdueDisputes as Query_overdueDisputes } from './timerules/resolvers/Query/overdueDisputes';
import    { volunteer as Query_volunteer } from './volunteer/resolvers/Query/volunteer';
import    { volunteerAggregate as Query_volunteerAggregate } from './analytics/resolvers/Query/volunteerAggregate';
import    { volunteerStatistics as Query_volunteerStatistics } from './volunteer/resolvers/Query/volunteerStatistics';
import    { volunteers as Query_volunteers } from './volunteer/resolvers/Query/volunteers';
import    { acceptDispute as Mutation_acceptDispute } from './dispute/resolvers/Mutation/acceptDispute';
import    { answerLegalConsultation as Mutation_answerLegalConsultation } from './legal/resolvers/Mutation/answerLegalConsultation';
import    { applyForJudicialConfirmation as Mutation_applyForJudicialConfirmation } from './agreement/resolvers/Mutation/applyForJudicialConfirmation';
import    { assignMediators as Mutation_assignMediators } from './process/resolvers/Mutation/assignMediators';
import    { closeDispute as Mutation_closeDispute } from './mediation/resolvers/Mutation/closeDispute';
import    { confirmJudicially as Mutation_confirmJudicially } from './mediation/resolvers/Mutation/confirmJudicially';
import    { deactivateVolunteer as Mutation_deactivateVolunteer } from './people/resolvers/Mutation/deactivateVolunteer';
import    { declineDispute as Mutation_declineDispute } from './process/resolvers/Mutation/declineDispute';
import    { endMediation as Mutation_endMediation } from './process/resolvers/Mutation/endMediation';
import    { escalateDispute as Mutation_escalateDispute } from './dispute/resolvers/Mutation/escalateDispute';
import    { failMediation as Mutation_failMediation } from './mediation/resolvers/Mutation/failMediation';
import    { linkConsultationDispute as Mutation_linkConsultationDispute } from './legal/resolvers/Mutation/linkConsultationDispute';
import    { reachAgreement as Mutation_reachAgreement } from './mediation/resolvers/Mutation/reachAgreement';
import    { reachWrittenAgreement as Mutation_reachWrittenAgreement } from './agreement/resolvers/Mutation/reachWrittenAgreement';
import    { recordConfirmationOutcome as Mutation_recordConfirmationOutcome } from './agreement/resolvers/Mutation/recordConfirmationOutcome';
import    { recordCourtAction as Mutation_recordCourtAction } from './process/resolvers/Mutation/recordCourtAction';
import    { recordDutyShift as Mutation_recordDutyShift } from './people/resolvers/Mutation/recordDutyShift';
import    { recordFollowUp as Mutation_recordFollowUp } from './mediation/resolvers/Mutation/recordFollowUp';
import    { recordLegalConsultation as Mutation_recordLegalConsultation } from './legal/resolvers/Mutation/recordLegalConsultation';
import    { recordMediationSession as Mutation_recordMediationSession } from './mediation/resolvers/Mutation/recordMediationSession';
import    { recordOralAgreement as Mutation_recordOralAgreement } from './agreement/resolvers/Mutation/recordOralAgreement';
import    { registerVolunteer as Mutation_registerVolunteer } from './volunteer/resolvers/Mutation/registerVolunteer';
import    { replaceMediators as Mutation_replaceMediators } from './process/resolvers/Mutation/replaceMediators';
import    { reportDispute as Mutation_reportDispute } from './dispute/resolvers/Mutation/reportDispute';
import    { requestLegalConsultation as Mutation_requestLegalConsultation } from './legal/resolvers/Mutation/requestLegalConsultation';
import    { urgePerformance as Mutation_urgePerformance } from './process/resolvers/Mutation/urgePerformance';
import    { AgreementSignature } from './mediation/resolvers/AgreementSignature';
import    { Community } from './community/resolvers/Community';
import    { CommunityLocalResolution } from './statistics/resolvers/CommunityLocalResolution';
import    { ConfirmationApplication } from './mediation/resolvers/ConfirmationApplication';
import    { CourtActionRecord } from './process/resolvers/CourtActionRecord';
import    { Dispute } from './dispute/resolvers/Dispute';
import    { DisputeConnection } from './dispute/resolvers/DisputeConnection';
import    { DisputeDecline } from './process/resolvers/DisputeDecline';
import    { DisputeGroup } from './analytics/resolvers/DisputeGroup';
import    { DisputeParty } from './dispute/resolvers/DisputeParty';
import    { DisputeStatistics } from './statistics/resolvers/DisputeStatistics';
import    { DisputeStatusChange } from './dispute/resolvers/DisputeStatusChange';
import    { DisputeTimeRules } from './timerules/resolvers/DisputeTimeRules';
import    { DutyShift } from './people/resolvers/DutyShift';
import    { DutyShiftConnection } from './people/resolvers/DutyShiftConnection';
import    { DutyShiftGroup } from './analytics/resolvers/DutyShiftGroup';
import    { DutyShiftStatistics } from './people/resolvers/DutyShiftStatistics';
import    { EndNotice } from './process/resolvers/EndNotice';
import    { Enterprise } from './enterprise/resolvers/Enterprise';
import    { Escalation } from './dispute/resolvers/Escalation';
import    { FollowUpVisit } from './mediation/resolvers/FollowUpVisit';
import    { Grid } from './community/resolvers/Grid';
import    { GridDisputeCount } from './statistics/resolvers/GridDisputeCount';
import    { GridDutyShiftCount } from './people/resolvers/GridDutyShiftCount';
import    { GridMonthShiftCount } from './people/resolvers/GridMonthShiftCount';
import    { GridWorker } from './community/resolvers/GridWorker';
import    { JudicialConfirmation } from './mediation/resolvers/JudicialConfirmation';
import    { LegalConsultation } from './legal/resolvers/LegalConsultation';
import    { LegalConsultationConnection } from './legal/resolvers/LegalConsultationConnection';
import    { LegalConsultationGroup } from './analytics/resolvers/LegalConsultationGroup';
import    { LegalConsultationStatistics } from './legal/resolvers/LegalConsultationStatistics';
import    { MediationAgreement } from './mediation/resolvers/MediationAgreement';
import    { MediationSession } from './mediation/resolvers/MediationSession';
import    { MediatorChange } from './process/resolvers/MediatorChange';
import    { PerformanceUrge } from './process/resolvers/PerformanceUrge';
import    { PoliceOfficer } from './people/resolvers/PoliceOfficer';
import    { Volunteer } from './volunteer/resolvers/Volunteer';
import    { VolunteerConnection } from './volunteer/resolvers/VolunteerConnection';
import    { VolunteerGroup } from './analytics/resolvers/VolunteerGroup';
import    { VolunteerStatistics } from './volunteer/resolvers/VolunteerStatistics';
import    { Mediator } from './process/resolvers/Mediator';
    export const resolvers: Resolvers = {
      Query: { communities: Query_communities,community: Query_community,dispute: Query_dispute,disputeAggregate: Query_disputeAggregate,disputeStatistics: Query_disputeStatistics,disputes: Query_disputes,dutyShiftAggregate: Query_dutyShiftAggregate,dutyShiftStatistics: Query_dutyShiftStatistics,dutyShifts: Query_dutyShifts,grid: Query_grid,legalConsultation: Query_legalConsultation,legalConsultationAggregate: Query_legalConsultationAggregate,legalConsultationStatistics: Query_legalConsultationStatistics,legalConsultations: Query_legalConsultations,overdueDisputes: Query_overdueDisputes,volunteer: Query_volunteer,volunteerAggregate: Query_volunteerAggregate,volunteerStatistics: Query_volunteerStatistics,volunteers: Query_volunteers },
      Mutation: { acceptDispute: Mutation_acceptDispute,answerLegalConsultation: Mutation_answerLegalConsultation,applyForJudicialConfirmation: Mutation_applyForJudicialConfirmation,assignMediators: Mutation_assignMediators,closeDispute: Mutation_closeDispute,confirmJudicially: Mutation_confirmJudicially,deactivateVolunteer: Mutation_deactivateVolunteer,declineDispute: Mutation_declineDispute,endMediation: Mutation_endMediation,escalateDispute: Mutation_escalateDispute,failMediation: Mutation_failMediation,linkConsultationDispute: Mutation_linkConsultationDispute,reachAgreement: Mutation_reachAgreement,reachWrittenAgreement: Mutation_reachWrittenAgreement,recordConfirmationOutcome: Mutation_recordConfirmationOutcome,recordCourtAction: Mutation_recordCourtAction,recordDutyShift: Mutation_recordDutyShift,recordFollowUp: Mutation_recordFollowUp,recordLegalConsultation: Mutation_recordLegalConsultation,recordMediationSession: Mutation_recordMediationSession,recordOralAgreement: Mutation_recordOralAgreement,registerVolunteer: Mutation_registerVolunteer,replaceMediators: Mutation_replaceMediators,reportDispute: Mutation_reportDispute,requestLegalConsultation: Mutation_requestLegalConsultation,urgePerformance: Mutation_urgePerformance },
      
      AgreementSignature: AgreementSignature,
Community: Community,
CommunityLocalResolution: CommunityLocalResolution,
ConfirmationApplication: ConfirmationApplication,
CourtActionRecord: CourtActionRecord,
Dispute: Dispute,
DisputeConnection: DisputeConnection,
DisputeDecline: DisputeDecline,
DisputeGroup: DisputeGroup,
DisputeParty: DisputeParty,
DisputeStatistics: DisputeStatistics,
DisputeStatusChange: DisputeStatusChange,
DisputeTimeRules: DisputeTimeRules,
DutyShift: DutyShift,
DutyShiftConnection: DutyShiftConnection,
DutyShiftGroup: DutyShiftGroup,
DutyShiftStatistics: DutyShiftStatistics,
EndNotice: EndNotice,
Enterprise: Enterprise,
Escalation: Escalation,
FollowUpVisit: FollowUpVisit,
Grid: Grid,
GridDisputeCount: GridDisputeCount,
GridDutyShiftCount: GridDutyShiftCount,
GridMonthShiftCount: GridMonthShiftCount,
GridWorker: GridWorker,
JudicialConfirmation: JudicialConfirmation,
LegalConsultation: LegalConsultation,
LegalConsultationConnection: LegalConsultationConnection,
LegalConsultationGroup: LegalConsultationGroup,
LegalConsultationStatistics: LegalConsultationStatistics,
MediationAgreement: MediationAgreement,
MediationSession: MediationSession,
MediatorChange: MediatorChange,
PerformanceUrge: PerformanceUrge,
PoliceOfficer: PoliceOfficer,
Volunteer: Volunteer,
VolunteerConnection: VolunteerConnection,
VolunteerGroup: VolunteerGroup,
VolunteerStatistics: VolunteerStatistics,
Mediator: Mediator
    }