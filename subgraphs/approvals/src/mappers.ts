/** GraphQL type → the document it is resolved from (used by codegen `mappers`). */
import type { Connection } from '@pecg/common';
import type { ApplicationDoc, EvaluationDoc, SupervisionCaseDoc } from './models';

export type {
  ApprovalItemDoc as ApprovalItemMapper,
  ApplicationDoc as ApplicationMapper,
  ServiceMeasureDoc as ServiceMeasureMapper,
  EnterpriseCreditMarkDoc as EnterpriseCreditMarkMapper,
  SupervisionCaseDoc as SupervisionCaseMapper,
  EvaluationDoc as EvaluationMapper,
  TransitionDoc as ApplicationTransitionMapper,
  SpecialProcedureDoc as SpecialProcedureMapper,
} from './models';
export type { EntityReference as EnterpriseReference, EntityReference as PoliceOfficerReference } from '@pecg/common';

export type ApplicationConnectionMapper = Connection<ApplicationDoc>;
export type SupervisionCaseConnectionMapper = Connection<SupervisionCaseDoc>;
export type EvaluationConnectionMapper = Connection<EvaluationDoc>;
/** Statistics are resolved field by field by one query object per request. */
export type { ApprovalStatisticsQuery as ApprovalStatisticsMapper } from './services/statistics';
export type ApprovalItemCountMapper = { itemId: string; count: number };
/** A submitted material with the id of its application's item (for the material name). */
export type SubmittedMaterialMapper = ApplicationDoc['materials'][number] & { itemId: string };
/** A commitment with its application (to compute the outstanding materials). */
export type CommitmentMapper = NonNullable<ApplicationDoc['commitment']> & { application: ApplicationDoc };
