import type { AgreementDoc, DisputeDoc, PartyDoc, SignatureDoc } from '../../models';

/** The records of a dispute's mediation, each with the dispute it belongs to (and its index in a list) for the PII audit record of staff names. */
export type MediationSessionMapper = DisputeDoc['sessions'][number] & { disputeId: string; index: number };
/** The agreement with its dispute's parties (the signatures name them). */
export type MediationAgreementMapper = AgreementDoc & { disputeId: string; parties: PartyDoc[] };
export type AgreementSignatureMapper = SignatureDoc & { disputeId: string; parties: PartyDoc[] };
export type JudicialConfirmationMapper = NonNullable<DisputeDoc['judicialConfirmation']> & { disputeId: string };
export type ConfirmationApplicationMapper = NonNullable<DisputeDoc['judicialConfirmation']> & { disputeId: string };
export type FollowUpVisitMapper = DisputeDoc['followUps'][number] & { disputeId: string; index: number };
