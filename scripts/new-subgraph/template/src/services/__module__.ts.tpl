import { actorStamp, monthKey, NotFoundError, parseId, parseInput, requireEnterpriseScope, requireRole, StateMachine, updateVersioned } from '@pecg/common';
import { Types } from 'mongoose';
import type { __Name__Context } from '../context';
import type { __Entity__Doc, __Entity__Status } from '../models';
import { archiveReason, create__Entity__Input, update__Entity__Input } from '../validation';
import { POLICY } from './policy';

/** ACTIVE → ARCHIVED (final): the one table every status change is checked against. */
export const __entity__LifeCycle = new StateMachine<__Entity__Status>('__Entity__', { ACTIVE: ['ARCHIVED'], ARCHIVED: [] });

/** One __label__ by id, or null (also when the caller may not see it: READ_POLICY). */
export function find__Entity__(ctx: __Name__Context, id: string): Promise<__Entity__Doc | null> {
  return ctx.loaders.__entity__ById.load(parseId(id).toHexString());
}

export async function create__Entity__(ctx: __Name__Context, input: unknown): Promise<__Entity__Doc> {
  requireRole(ctx.caller, POLICY.create__Entity__, 'create __entities__');
  const data = parseInput(create__Entity__Input, input);
  if (data.enterpriseId) requireEnterpriseScope(ctx.caller, data.enterpriseId, 'create __entities__ for this enterprise');
  const stamp = actorStamp(ctx.caller);
  const created = await ctx.models.__Entity__.create({
    title: data.title,
    description: data.description ?? null,
    enterpriseId: data.enterpriseId ? new Types.ObjectId(data.enterpriseId) : null,
    status: 'ACTIVE',
    createdMonth: monthKey(stamp.at),
    created: stamp,
    updated: stamp,
    version: 1,
  });
  return created.toObject() as __Entity__Doc;
}

/** Changes title or description: one atomic write conditional on the version the caller read. */
export async function update__Entity__(ctx: __Name__Context, id: string, expectedVersion: number, input: unknown): Promise<__Entity__Doc> {
  requireRole(ctx.caller, POLICY.update__Entity__, 'change __entities__');
  const data = parseInput(update__Entity__Input, input);
  const current = await find__Entity__(ctx, id);
  if (!current) throw new NotFoundError('__Entity__', id);
  const set: Partial<__Entity__Doc> = { updated: actorStamp(ctx.caller) };
  if (data.title != null) set.title = data.title;
  if (data.description != null) set.description = data.description;
  const updated = await updateVersioned(ctx.models.__Entity__, '__Entity__', current._id, expectedVersion, { $set: set }, { status: 'ACTIVE' });
  ctx.loaders.__entity__ById.clear(id);
  return updated;
}

/** Archives it with a reason; ARCHIVED is final (ILLEGAL_STATE_TRANSITION afterwards). */
export async function archive__Entity__(ctx: __Name__Context, id: string, expectedVersion: number, reason: string): Promise<__Entity__Doc> {
  requireRole(ctx.caller, POLICY.archive__Entity__, 'archive __entities__');
  const why = parseInput(archiveReason, reason, 'reason');
  const current = await find__Entity__(ctx, id);
  if (!current) throw new NotFoundError('__Entity__', id);
  __entity__LifeCycle.assert(id, current.status, 'ARCHIVED');
  const updated = await updateVersioned(
    ctx.models.__Entity__,
    '__Entity__',
    current._id,
    expectedVersion,
    { $set: { status: 'ARCHIVED', archiveReason: why, updated: actorStamp(ctx.caller) } },
    { status: { $in: __entity__LifeCycle.sourcesOf('ARCHIVED') } },
  );
  ctx.loaders.__entity__ById.clear(id);
  return updated;
}

/** The enterprise's `first` latest __entities__, newest first (Enterprise.__entities__), batched over a request. */
export function latest__Entities__(ctx: __Name__Context, enterpriseId: string, first: number): Promise<__Entity__Doc[]> {
  return ctx.loaders.latest__Entities__ByEnterprise.load(enterpriseId, first);
}
