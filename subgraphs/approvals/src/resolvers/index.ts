import { connectionResolvers } from '@pecg/common';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Application, ApplicationTransition, Commitment, SpecialProcedure, SubmittedMaterial } from './Application';
import { ApplicationStatusCount, ApprovalItemCount, ApprovalStatistics } from './ApprovalStatistics';
import { ApprovalItem, ServiceMeasure } from './catalogue';
import { Enterprise } from './Enterprise';
import { EnterpriseCreditMark, Evaluation, SupervisionCase } from './oversight';
import { application } from './Query/application';
import { applications } from './Query/applications';
import { approvalItem } from './Query/approvalItem';
import { approvalItems } from './Query/approvalItems';
import { approvalStatistics } from './Query/approvalStatistics';
import { evaluations } from './Query/evaluations';
import { overdueApplications } from './Query/overdueApplications';
import { serviceMeasures } from './Query/serviceMeasures';
import { supervisionCases } from './Query/supervisionCases';
import { acceptApplication } from './Mutation/acceptApplication';
import { acceptWithDeficiency } from './Mutation/acceptWithDeficiency';
import { advanceSupervisionCase } from './Mutation/advanceSupervisionCase';
import { approveApplication } from './Mutation/approveApplication';
import { clearCreditMark } from './Mutation/clearCreditMark';
import { createApplication } from './Mutation/createApplication';
import { denyApplication } from './Mutation/denyApplication';
import { endSpecialProcedure } from './Mutation/endSpecialProcedure';
import { evaluateApplication } from './Mutation/evaluateApplication';
import { extendDecisionDeadline } from './Mutation/extendDecisionDeadline';
import { followUpEvaluation } from './Mutation/followUpEvaluation';
import { processDeadlines } from './Mutation/processDeadlines';
import { recordVisit } from './Mutation/recordVisit';
import { refuseApplication } from './Mutation/refuseApplication';
import { reportUnresolvedMatter } from './Mutation/reportUnresolvedMatter';
import { requestSupplement } from './Mutation/requestSupplement';
import { startReview } from './Mutation/startReview';
import { startSpecialProcedure } from './Mutation/startSpecialProcedure';
import { submitApplication } from './Mutation/submitApplication';
import { submitMaterials } from './Mutation/submitMaterials';
import { withdrawApplication } from './Mutation/withdrawApplication';

export const resolvers: Resolvers = {
  Query: { application, applications, approvalItem, approvalItems, approvalStatistics, evaluations, overdueApplications, serviceMeasures, supervisionCases },
  Mutation: { acceptApplication, acceptWithDeficiency, advanceSupervisionCase, approveApplication, clearCreditMark, createApplication, denyApplication, endSpecialProcedure, evaluateApplication, extendDecisionDeadline, followUpEvaluation, processDeadlines, recordVisit, refuseApplication, reportUnresolvedMatter, requestSupplement, startReview, startSpecialProcedure, submitApplication, submitMaterials, withdrawApplication },
  Enterprise,
  ApprovalItem,
  ServiceMeasure,
  Application,
  SubmittedMaterial,
  ApplicationTransition,
  Commitment,
  SpecialProcedure,
  SupervisionCase,
  Evaluation,
  EnterpriseCreditMark,
  ApprovalStatistics,
  ApplicationStatusCount,
  ApprovalItemCount,
  ApplicationConnection: connectionResolvers,
  SupervisionCaseConnection: connectionResolvers,
  EvaluationConnection: connectionResolvers,
};
