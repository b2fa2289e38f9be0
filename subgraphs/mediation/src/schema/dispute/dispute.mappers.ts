/** GraphQL type → the document it is resolved from (codegen's server preset reads every `*Mapper` here). */
import type { Connection } from '@pecg/common';
import type { DisputeDoc, PartyDoc } from '../../models';

export type { DisputeDoc as DisputeMapper } from '../../models';
export type DisputeConnectionMapper = Connection<DisputeDoc>;
/** A party with the dispute it belongs to (for the PII audit record). */
export type DisputePartyMapper = PartyDoc & { disputeId: string; index: number };
/** An escalation with the dispute it belongs to and its place (for the PII audit record of who escalated it). */
export type EscalationMapper = DisputeDoc['escalations'][number] & { disputeId: string; index: number };
/** A status change with the dispute it belongs to and its place (for the PII audit record of who changed it). */
export type DisputeStatusChangeMapper = DisputeDoc['history'][number] & { disputeId: string; index: number };
