import type { DisputeDoc } from '../../models';

/** The records of a dispute's mediation, each with the dispute it belongs to (and its index in a list) for the PII audit record of staff names. */
export type MediationSessionMapper = DisputeDoc['sessions'][number] & { disputeId: string; index: number };
export type MediationAgreementMapper = NonNullable<DisputeDoc['agreement']> & { disputeId: string };
export type JudicialConfirmationMapper = NonNullable<DisputeDoc['judicialConfirmation']> & { disputeId: string };
export type FollowUpVisitMapper = DisputeDoc['followUps'][number] & { disputeId: string; index: number };
