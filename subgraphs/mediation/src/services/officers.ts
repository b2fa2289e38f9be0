import { Types } from 'mongoose';
import type { MediationContext } from '../context';
import type { DisputeDoc } from '../models';

/**
 * The latest mediation sessions an officer took part in (computed in the database: the disputes of the
 * officer, their sessions unwound and matched, newest first, at most `limit`); READ_POLICY narrows the
 * disputes to those the caller may see.
 */
export async function officerSessions(ctx: MediationContext, officerId: string, limit: number) {
  if (!Types.ObjectId.isValid(officerId)) return [];
  const id = new Types.ObjectId(officerId);
  const rows = await ctx.models.Dispute.aggregate<{ _id: Types.ObjectId; session: DisputeDoc['sessions'][number]; index: number }>([
    { $match: { mediatorIds: id } },
    { $project: { session: '$sessions' } },
    { $unwind: { path: '$session', includeArrayIndex: 'index' } },
    { $match: { 'session.mediators': { $elemMatch: { kind: 'POLICE_OFFICER', id } } } },
    { $sort: { 'session.at': -1, _id: -1 } },
    { $limit: limit },
  ]);
  return rows.map((r) => ({ ...r.session, disputeId: r._id.toHexString(), index: r.index }));
}
