import type { DisputeDoc, VolunteerDoc } from '../../models';
import type { OfficerReference } from './mediator-refs';

/** A volunteer document or a police officer reference. */
export type MediatorMapper = VolunteerDoc | OfficerReference;
export type DisputeDeclineMapper = NonNullable<DisputeDoc['declined']> & { disputeId: string };
export type MediatorChangeMapper = DisputeDoc['mediatorChanges'][number] & { disputeId: string; index: number };
export type EndNoticeMapper = NonNullable<DisputeDoc['endNotice']> & { disputeId: string };
export type PerformanceUrgeMapper = DisputeDoc['urges'][number] & { disputeId: string; index: number };
export type CourtActionRecordMapper = NonNullable<DisputeDoc['courtAction']> & { disputeId: string };
