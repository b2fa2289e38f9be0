/** GraphQL type → the document it is resolved from (used by codegen `mappers`). */
import type { Connection } from '@pecg/common';
import type { DisputeDoc, GridDoc, LegalConsultationDoc, PartyDoc, VolunteerDoc } from './models';
export type {
  DisputeDoc as DisputeMapper,
  CommunityDoc as CommunityMapper,
  GridDoc as GridMapper,
  VolunteerDoc as VolunteerMapper,
  LegalConsultationDoc as LegalConsultationMapper,
} from './models';
export type { EntityReference as EnterpriseReference } from '@pecg/common';
export type { DisputeStatisticsQuery as DisputeStatisticsMapper, VolunteerStatisticsQuery as VolunteerStatisticsMapper } from './services/statistics';
/** A grid id with its dispute count. */
export interface GridDisputeCountMapper {
  gridId: string;
  count: number;
}
export type DisputeConnectionMapper = Connection<DisputeDoc>;
export type VolunteerConnectionMapper = Connection<VolunteerDoc>;
export type LegalConsultationConnectionMapper = Connection<LegalConsultationDoc>;
/** A party with the dispute it belongs to (for the PII audit record). */
export type DisputePartyMapper = PartyDoc & { disputeId: string; index: number };
/** A grid worker with the grid it belongs to (for the PII audit record). */
export type GridWorkerMapper = NonNullable<GridDoc['worker']> & { gridId: string };
export type MediationSessionMapper = DisputeDoc['sessions'][number];
export type EscalationMapper = DisputeDoc['escalations'][number];
export type DisputeStatusChangeMapper = DisputeDoc['history'][number];
