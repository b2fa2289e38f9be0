import type { FilterQuery } from 'mongoose';
import { completeDimension } from '@pecg/common';
import { DISPUTE_KIND_LABELS } from '../labels';
import { DISPUTE_KINDS, LOCAL_LEVELS, type DisputeDoc, type MediationModels } from '../models';

/** The counts behind the dispute rates, each a count of records of the filter (one $group pass). */
export interface DisputeRateCounts {
  total: number;
  closed: number;
  closedLocal: number;
  escalated: number;
  closedWithinMonth: number;
  resolved: number;
  daysSum: number;
  daysCount: number;
  performed: number;
  confirmed: number;
  followedUp: number;
}

const count = (condition: unknown) => ({ $sum: { $cond: [condition, 1, 0] } });
const isClosed = { $eq: ['$status', 'CLOSED'] };
const isResolved = { $eq: ['$resolved', true] };
const isLocal = { $in: ['$resolvedLevel', LOCAL_LEVELS] };
const hasDays = { $ne: [{ $ifNull: ['$daysToClose', null] }, null] };

export async function disputeRateCounts(models: MediationModels, match: FilterQuery<DisputeDoc>): Promise<DisputeRateCounts> {
  const [row] = await models.Dispute.aggregate<DisputeRateCounts>([
    { $match: match },
    {
      $group: {
        _id: null,
        total: { $sum: 1 },
        closed: count(isClosed),
        closedLocal: count({ $and: [isClosed, isResolved, isLocal] }),
        escalated: count({ $eq: ['$escalated', true] }),
        closedWithinMonth: count({ $and: [isClosed, { $eq: ['$closedWithinLimit', true] }] }),
        resolved: count(isResolved),
        daysSum: { $sum: { $cond: [{ $and: [isClosed, isResolved, hasDays] }, '$daysToClose', 0] } },
        daysCount: count({ $and: [isClosed, isResolved, hasDays] }),
        performed: count({ $eq: ['$performance', 'FULFILLED'] }),
        confirmed: count({ $ne: [{ $ifNull: ['$judicialConfirmation.confirmedAt', null] }, null] }),
        followedUp: count({ $and: [isResolved, { $gt: [{ $size: { $ifNull: ['$followUps', []] } }, 0] }] }),
      },
    },
  ]);
  return (
    row ?? {
      total: 0,
      closed: 0,
      closedLocal: 0,
      escalated: 0,
      closedWithinMonth: 0,
      resolved: 0,
      daysSum: 0,
      daysCount: 0,
      performed: 0,
      confirmed: 0,
      followedUp: 0,
    }
  );
}

export interface LocalResolutionRow {
  key: string;
  label: string;
  closed: number;
  resolvedLocally: number;
  rate: number;
}
/** A community's row (the typed row CommunityLocalResolution reads it). */
export type CommunityLocalResolutionRow = LocalResolutionRow;

async function localBy(models: MediationModels, match: FilterQuery<DisputeDoc>, field: 'communityId' | 'kind') {
  return models.Dispute.aggregate<{ _id: unknown; closed: number; local: number }>([
    { $match: { $and: [match, { status: 'CLOSED' }] } },
    { $group: { _id: `$${field}`, closed: { $sum: 1 }, local: count({ $and: [isResolved, isLocal] }) } },
    { $sort: { _id: 1 } },
  ]);
}

const row = (key: string, label: string, closed: number, local: number): LocalResolutionRow => ({
  key,
  label,
  closed,
  resolvedLocally: local,
  rate: closed ? local / closed : 0,
});

/** Local resolution (resolved at grid or community ÷ all closed) per community with a closed dispute, by name. */
export async function localResolutionByCommunity(models: MediationModels, match: FilterQuery<DisputeDoc>): Promise<LocalResolutionRow[]> {
  const rows = (await localBy(models, match, 'communityId')).filter((r) => r._id);
  const communities = await models.Community.find({ _id: { $in: rows.map((r) => r._id) } }, { name: 1 }).lean();
  const names = new Map(communities.map((c) => [c._id.toHexString(), c.name]));
  return rows.map((r) => row(String(r._id), names.get(String(r._id)) ?? String(r._id), r.closed, r.local)).sort((a, b) => a.label.localeCompare(b.label));
}

/** Local resolution per kind (every kind, zero included). */
export async function localResolutionByKind(models: MediationModels, match: FilterQuery<DisputeDoc>): Promise<LocalResolutionRow[]> {
  const rows = await localBy(models, match, 'kind');
  const byKey = new Map(rows.map((r) => [String(r._id), r]));
  return completeDimension(
    rows.map((r) => ({ key: String(r._id), count: r.closed })),
    DISPUTE_KINDS,
  ).map(({ key }) => row(key, DISPUTE_KIND_LABELS[key], byKey.get(key)?.closed ?? 0, byKey.get(key)?.local ?? 0));
}
