/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated';
    import    { application as Query_application } from './application/resolvers/Query/application';
import    { applicationAggregate as Query_applicationAggregate } from './analytics/resolvers/Query/applicationAggregate';
import    { applications as Query_applications } from './application/resolvers/Query/applications';
import    { approvalItem as Query_approvalItem } from './catalogue/resolvers/Query/approvalItem';
import    { approvalItems as Query_approvalItems } from './catalogue/resolvers/Query/approvalItems';
import    { approvalStatistics as Query_approvalStatistics } from './statistics/resolvers/Query/approvalStatistics';
import    { evaluationAggregate as Query_evaluationAggregate } from './analytics/resolvers/Query/evaluationAggregate';
import    { evaluations as Query_evaluations } from './evaluation/resolvers/Query/evaluations';
import    { holidayCalendars as Query_holidayCalendars } from './calendar/resolvers/Query/holidayCalendars';
import    { overdueApplications as Query_overdueApplications } from './application/resolvers/Query/overdueApplications';
import    { serviceMeasures as Query_serviceMeasures } from './catalogue/resolvers/Query/serviceMeasures';
import    { supervisionCaseAggregate as Query_supervisionCaseAggregate } from './analytics/resolvers/Query/supervisionCaseAggregate';
import    { supervisionCases as Query_supervisionCases } from './supervision/resolvers/Query/supervisionCases';
import    { acceptApplication as Mutation_acceptApplication } from './application/resolvers/Mutation/acceptApplication';
import    { acceptWithDeficiency as Mutation_acceptWithDeficiency } from './application/resolvers/Mutation/acceptWithDeficiency';
import    { advanceSupervisionCase as Mutation_advanceSupervisionCase } from './supervision/resolvers/Mutation/advanceSupervisionCase';
import    { approveApplication as Mutation_approveApplication } from './application/resolvers/Mutation/approveApplication';
import    { clearCreditMark as Mutation_clearCreditMark } from './supervision/resolvers/Mutation/clearCreditMark';
import    { createApplication as Mutation_createApplication } from './application/resolvers/Mutation/createApplication';
import    { denyApplication as Mutation_denyApplication } from './application/resolvers/Mutation/denyApplication';
import    { endSpecialProcedure as Mutation_endSpecialProcedure } from './deadlines/resolvers/Mutation/endSpecialProcedure';
import    { evaluateApplication as Mutation_evaluateApplication } from './evaluation/resolvers/Mutation/evaluateApplication';
import    { extendDecisionDeadline as Mutation_extendDecisionDeadline } from './deadlines/resolvers/Mutation/extendDecisionDeadline';
import    { followUpEvaluation as Mutation_followUpEvaluation } from './evaluation/resolvers/Mutation/followUpEvaluation';
import    { forwardApplication as Mutation_forwardApplication } from './forwarding/resolvers/Mutation/forwardApplication';
import    { processDeadlines as Mutation_processDeadlines } from './deadlines/resolvers/Mutation/processDeadlines';
import    { recordFiling as Mutation_recordFiling } from './forwarding/resolvers/Mutation/recordFiling';
import    { recordHigherAuthorityDecision as Mutation_recordHigherAuthorityDecision } from './forwarding/resolvers/Mutation/recordHigherAuthorityDecision';
import    { recordVisit as Mutation_recordVisit } from './application/resolvers/Mutation/recordVisit';
import    { refuseApplication as Mutation_refuseApplication } from './application/resolvers/Mutation/refuseApplication';
import    { reportUnresolvedMatter as Mutation_reportUnresolvedMatter } from './supervision/resolvers/Mutation/reportUnresolvedMatter';
import    { requestSupplement as Mutation_requestSupplement } from './application/resolvers/Mutation/requestSupplement';
import    { startReview as Mutation_startReview } from './application/resolvers/Mutation/startReview';
import    { startSpecialProcedure as Mutation_startSpecialProcedure } from './deadlines/resolvers/Mutation/startSpecialProcedure';
import    { submitApplication as Mutation_submitApplication } from './application/resolvers/Mutation/submitApplication';
import    { submitMaterials as Mutation_submitMaterials } from './application/resolvers/Mutation/submitMaterials';
import    { withdrawApplication as Mutation_withdrawApplication } from './application/resolvers/Mutation/withdrawApplication';
import    { Application } from './application/resolvers/Application';
import    { ApplicationConnection } from './application/resolvers/ApplicationConnection';
import    { ApplicationGroup } from './analytics/resolvers/ApplicationGroup';
import    { ApplicationStatusCount } from './statistics/resolvers/ApplicationStatusCount';
import    { ApplicationTransition } from './handling/resolvers/ApplicationTransition';
import    { ApprovalItem } from './catalogue/resolvers/ApprovalItem';
import    { ApprovalItemCount } from './statistics/resolvers/ApprovalItemCount';
import    { ApprovalItemPerformance } from './statistics/resolvers/ApprovalItemPerformance';
import    { ApprovalStatistics } from './statistics/resolvers/ApprovalStatistics';
import    { Commitment } from './handling/resolvers/Commitment';
import    { Enterprise } from './enterprise/resolvers/Enterprise';
import    { EnterpriseCreditMark } from './supervision/resolvers/EnterpriseCreditMark';
import    { Evaluation } from './evaluation/resolvers/Evaluation';
import    { EvaluationConnection } from './evaluation/resolvers/EvaluationConnection';
import    { EvaluationGroup } from './analytics/resolvers/EvaluationGroup';
import    { Forwarding } from './catalogue/resolvers/Forwarding';
import    { ServiceMeasure } from './catalogue/resolvers/ServiceMeasure';
import    { SpecialProcedure } from './deadlines/resolvers/SpecialProcedure';
import    { SubmittedMaterial } from './handling/resolvers/SubmittedMaterial';
import    { SupervisionCase } from './supervision/resolvers/SupervisionCase';
import    { SupervisionCaseConnection } from './supervision/resolvers/SupervisionCaseConnection';
import    { SupervisionCaseGroup } from './analytics/resolvers/SupervisionCaseGroup';
import    { TimeLimit } from './catalogue/resolvers/TimeLimit';
    export const resolvers: Resolvers = {
      Query: { application: Query_application,applicationAggregate: Query_applicationAggregate,applications: Query_applications,approvalItem: Query_approvalItem,approvalItems: Query_approvalItems,approvalStatistics: Query_approvalStatistics,evaluationAggregate: Query_evaluationAggregate,evaluations: Query_evaluations,holidayCalendars: Query_holidayCalendars,overdueApplications: Query_overdueApplications,serviceMeasures: Query_serviceMeasures,supervisionCaseAggregate: Query_supervisionCaseAggregate,supervisionCases: Query_supervisionCases },
      Mutation: { acceptApplication: Mutation_acceptApplication,acceptWithDeficiency: Mutation_acceptWithDeficiency,advanceSupervisionCase: Mutation_advanceSupervisionCase,approveApplication: Mutation_approveApplication,clearCreditMark: Mutation_clearCreditMark,createApplication: Mutation_createApplication,denyApplication: Mutation_denyApplication,endSpecialProcedure: Mutation_endSpecialProcedure,evaluateApplication: Mutation_evaluateApplication,extendDecisionDeadline: Mutation_extendDecisionDeadline,followUpEvaluation: Mutation_followUpEvaluation,forwardApplication: Mutation_forwardApplication,processDeadlines: Mutation_processDeadlines,recordFiling: Mutation_recordFiling,recordHigherAuthorityDecision: Mutation_recordHigherAuthorityDecision,recordVisit: Mutation_recordVisit,refuseApplication: Mutation_refuseApplication,reportUnresolvedMatter: Mutation_reportUnresolvedMatter,requestSupplement: Mutation_requestSupplement,startReview: Mutation_startReview,startSpecialProcedure: Mutation_startSpecialProcedure,submitApplication: Mutation_submitApplication,submitMaterials: Mutation_submitMaterials,withdrawApplication: Mutation_withdrawApplication },
      
      Application: Application,
ApplicationConnection: ApplicationConnection,
ApplicationGroup: ApplicationGroup,
ApplicationStatusCount: ApplicationStatusCount,
ApplicationTransition: ApplicationTransition,
ApprovalItem: ApprovalItem,
ApprovalItemCount: ApprovalItemCount,
ApprovalItemPerformance: ApprovalItemPerformance,
ApprovalStatistics: ApprovalStatistics,
Commitment: Commitment,
Enterprise: Enterprise,
EnterpriseCreditMark: EnterpriseCreditMark,
Evaluation: Evaluation,
EvaluationConnection: EvaluationConnection,
EvaluationGroup: EvaluationGroup,
Forwarding: Forwarding,
ServiceMeasure: ServiceMeasure,
SpecialProcedure: SpecialProcedure,
SubmittedMaterial: SubmittedMaterial,
SupervisionCase: SupervisionCase,
SupervisionCaseConnection: SupervisionCaseConnection,
SupervisionCaseGroup: SupervisionCaseGroup,
TimeLimit: TimeLimit
    }