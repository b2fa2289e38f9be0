import {
  actorStamp,
  config,
  dayKey,
  monthKey,
  NotFoundError,
  parseId,
  parseInput,
  requireRole,
  StateMachine,
  updateVersioned,
  ValidationError,
  type ActorStamp,
} from '@pecg/common';
import { Types, type UpdateQuery } from 'mongoose';
import type { CommunitySafetyContext } from '../context';
import type { CommunitySafetyModels, LostPersonCaseDoc, SearchStatus } from '../models';
import { personText, placeText, reasonText, recordSightingInput, reportLostPersonInput } from '../validation';
import { CLOCK_DRIFT_MS } from './ingestion';
import { POLICY } from './policy';

/** reported → searching → found → handed over → closed; a case needing no search is cancelled. */
export const searchLifeCycle = new StateMachine<SearchStatus>('LostPersonCase', {
  REPORTED: ['SEARCHING', 'FOUND', 'CANCELLED'],
  SEARCHING: ['FOUND', 'CANCELLED'],
  FOUND: ['HANDED_OVER'],
  HANDED_OVER: ['CLOSED'],
  CLOSED: [],
  CANCELLED: [],
});

/** Days the personal data of a closed or cancelled case is kept (COMMUNITY_SAFETY_SEARCH_RETENTION_DAYS, default 30). */
export function searchRetentionDays(): number {
  return config.integer('COMMUNITY_SAFETY_SEARCH_RETENTION_DAYS', 30, 0, 3650);
}

/** Reading searches: the community's officers, mediators and analysts (no ENTERPRISE, no other department). */
export function requireSearchReader(ctx: CommunitySafetyContext): void {
  requireRole(ctx.caller, POLICY.readSearches, 'read lost-person searches');
}

export async function findCase(ctx: CommunitySafetyContext, id: string): Promise<LostPersonCaseDoc | null> {
  requireSearchReader(ctx);
  return ctx.loaders.caseById.load(parseId(id).toHexString());
}

export async function reportLostPerson(ctx: CommunitySafetyContext, input: unknown): Promise<LostPersonCaseDoc> {
  requireRole(ctx.caller, POLICY.reportLostPerson, 'report lost persons');
  const data = parseInput(reportLostPersonInput, input);
  const now = new Date();
  if (data.lastSeenAt.getTime() > now.getTime() + CLOCK_DRIFT_MS)
    throw new ValidationError(`input.lastSeenAt: must not be in the future (got ${data.lastSeenAt.toISOString()})`, {
      field: 'input.lastSeenAt',
      value: data.lastSeenAt.toISOString(),
    });
  const stamp = actorStamp(ctx.caller, now);
  // the case number comes from the day and the new id: no count to read first, no race to retry
  const _id = new Types.ObjectId();
  const created = await ctx.models.LostPersonCase.create({
    _id,
    caseNumber: `BHT-ZS-${dayKey(now).replace(/-/g, '')}-${_id.toHexString().slice(-6).toUpperCase()}`,
    ...data,
    personAge: data.personAge ?? null,
    status: 'REPORTED',
    reportedAt: now,
    reportedMonth: monthKey(now),
    sightings: [],
    timeline: [{ from: null, to: 'REPORTED', reason: null, actor: stamp, at: now }],
    created: stamp,
    updated: stamp,
    version: 1,
  });
  return created.toObject() as LostPersonCaseDoc;
}

/** One step of the search: the table, the version and the state in one conditional write, at the server's clock. */
async function step(
  ctx: CommunitySafetyContext,
  id: string,
  expectedVersion: number,
  to: SearchStatus,
  set: (current: LostPersonCaseDoc, stamp: ActorStamp) => Record<string, unknown>,
  reason: string | null = null,
  extra: UpdateQuery<LostPersonCaseDoc> = {},
): Promise<LostPersonCaseDoc> {
  requireRole(ctx.caller, POLICY.search, 'run lost-person searches');
  const current = await findCase(ctx, id);
  if (!current) throw new NotFoundError('LostPersonCase', id);
  searchLifeCycle.assert(id, current.status, to);
  const stamp = actorStamp(ctx.caller);
  const updated = await updateVersioned(
    ctx.models.LostPersonCase,
    'LostPersonCase',
    current._id,
    expectedVersion,
    {
      ...extra,
      $set: { status: to, updated: stamp, ...set(current, stamp) },
      $push: { timeline: { from: current.status, to, reason, actor: stamp, at: stamp.at } },
    },
    { status: { $in: searchLifeCycle.sourcesOf(to) } },
  );
  ctx.loaders.caseById.clear(id);
  return updated;
}

export const startSearch = (ctx: CommunitySafetyContext, id: string, v: number) => step(ctx, id, v, 'SEARCHING', (_c, s) => ({ searchStartedAt: s.at }));

export function markFound(ctx: CommunitySafetyContext, id: string, v: number, place: string): Promise<LostPersonCaseDoc> {
  const where = parseInput(placeText, place, 'place');
  return step(ctx, id, v, 'FOUND', (current, stamp) => ({
    foundAt: stamp.at,
    foundPlace: where,
    minutesToFind: Math.max(0, Math.round((stamp.at.getTime() - current.reportedAt.getTime()) / 60_000)),
  }));
}

export function handOver(ctx: CommunitySafetyContext, id: string, v: number, to: string): Promise<LostPersonCaseDoc> {
  const whom = parseInput(personText, to, 'to');
  return step(ctx, id, v, 'HANDED_OVER', (_c, stamp) => ({ handedOverTo: whom, handedOverAt: stamp.at }));
}

export const closeCase = (ctx: CommunitySafetyContext, id: string, v: number) => step(ctx, id, v, 'CLOSED', (_c, s) => ({ closedAt: s.at }));

export function cancelCase(ctx: CommunitySafetyContext, id: string, v: number, reason: string): Promise<LostPersonCaseDoc> {
  const why = parseInput(reasonText, reason, 'reason');
  return step(ctx, id, v, 'CANCELLED', (_c, s) => ({ closedAt: s.at }), why);
}

/** A sighting while the search runs (its own conditional write: status SEARCHING and the version read). */
export async function recordSighting(ctx: CommunitySafetyContext, id: string, expectedVersion: number, input: unknown): Promise<LostPersonCaseDoc> {
  requireRole(ctx.caller, POLICY.search, 'run lost-person searches');
  const data = parseInput(recordSightingInput, input);
  const current = await findCase(ctx, id);
  if (!current) throw new NotFoundError('LostPersonCase', id);
  const event = data.eventId ? await ctx.loaders.eventById.load(data.eventId) : null;
  if (data.eventId && !event) throw new ValidationError(`input.eventId: no sensing event "${data.eventId}"`, { field: 'input.eventId', value: data.eventId });
  const device = event ? await ctx.loaders.deviceById.load(event.deviceId.toHexString()) : null;
  const placeName = data.placeName ?? device?.placeName;
  if (!placeName)
    throw new ValidationError('input.placeName: give the place (or a sensing event whose device has one)', { field: 'input.placeName', value: null });
  const stamp = actorStamp(ctx.caller);
  const sighting = {
    at: event?.occurredAt ?? stamp.at,
    eventId: event?._id ?? null,
    deviceId: event?.deviceId ?? null,
    placeName,
    note: data.note ?? null,
    recorded: stamp,
  };
  const updated = await updateVersioned(
    ctx.models.LostPersonCase,
    'LostPersonCase',
    current._id,
    expectedVersion,
    { $set: { updated: stamp }, $push: { sightings: sighting } },
    { status: 'SEARCHING' },
  );
  ctx.loaders.caseById.clear(id);
  return updated;
}

/**
 * Erases the personal data of cases closed or cancelled more than the retention ago (scheduled job):
 * names, description, reporter contact, hand-over recipient and sightings; the figures stay.
 */
export async function erasePersonalData(models: CommunitySafetyModels, now: Date, retentionDays = searchRetentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const result = await models.LostPersonCase.updateMany(
    { closedAt: { $ne: null, $lte: cutoff }, personalDataErasedAt: null },
    { $set: { personName: null, description: null, reporterName: null, reporterPhone: null, handedOverTo: null, sightings: [], personalDataErasedAt: now } },
  );
  return result.modifiedCount;
}
