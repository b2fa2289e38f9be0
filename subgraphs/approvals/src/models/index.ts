import type { Connection } from 'mongoose';
import { applicationSchema, type ApplicationDoc } from './application';
import { approvalItemSchema, serviceMeasureSchema, type ApprovalItemDoc, type ServiceMeasureDoc } from './item';
import {
  creditMarkSchema,
  evaluationSchema,
  supervisionCaseSchema,
  type EnterpriseCreditMarkDoc,
  type EvaluationDoc,
  type SupervisionCaseDoc,
} from './oversight';

export * from './application';
export * from './item';
export * from './oversight';

export function createModels(connection: Connection) {
  return {
    ApprovalItem: connection.model<ApprovalItemDoc>('ApprovalItem', approvalItemSchema),
    ServiceMeasure: connection.model<ServiceMeasureDoc>('ServiceMeasure', serviceMeasureSchema),
    Application: connection.model<ApplicationDoc>('Application', applicationSchema),
    SupervisionCase: connection.model<SupervisionCaseDoc>('SupervisionCase', supervisionCaseSchema),
    Evaluation: connection.model<EvaluationDoc>('Evaluation', evaluationSchema),
    EnterpriseCreditMark: connection.model<EnterpriseCreditMarkDoc>('EnterpriseCreditMark', creditMarkSchema),
  };
}
export type ApprovalsModels = ReturnType<typeof createModels>;
