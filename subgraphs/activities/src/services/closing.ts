import { Types } from 'mongoose';
import { actorStamp, asSystem, maySeeEnterprise, NotFoundError, parseId, parseInput, requireRole, type ActorStamp } from '@pecg/common';
import type { ActivitiesContext } from '../context';
import { now } from '../domain/clock';
import type { ActivitiesModels, ActivityDoc, ClosingReportDoc, ReportOutcomeDoc } from '../models';
import { closeActivityInput, outcomeSummary } from '../validation';
import { transition } from './activities';
import { deliverOutcomes } from './outbox';
import { POLICY } from './policy';

type CloseInput = ReturnType<typeof closeActivityInput.parse>;

function reportOf(data: CloseInput, stamp: ActorStamp): ClosingReportDoc {
  const outcomes: ReportOutcomeDoc[] = (data.outcomes ?? []).map((o) => ({
    _id: new Types.ObjectId(),
    kind: o.kind,
    enterpriseId: o.enterpriseId ? new Types.ObjectId(o.enterpriseId) : null,
    description: o.description,
    needCategory: o.kind === 'NEED_RAISED' ? (o.needCategory ?? null) : null,
    dueOn: o.kind === 'NEED_RAISED' ? (o.dueOn ?? null) : null,
    riskType: o.kind === 'RISK_FOUND' ? (o.riskType ?? null) : null,
    severity: o.kind === 'RISK_FOUND' ? (o.severity ?? null) : null,
    delivery: { state: o.kind === 'NOTE' ? 'NOT_APPLICABLE' : 'PENDING', attempts: 0 },
  }));
  return {
    summary: data.summary,
    attendeeCount: 0,
    attendingEnterpriseIds: [],
    otherOrganisations: data.otherOrganisations ?? [],
    outcomes,
    photos: (data.photos ?? []).map((p) => ({ title: p.title, takenAt: p.takenAt ?? null, reference: p.reference ?? null })),
    closedAt: stamp.at,
    closed: stamp,
  };
}

/**
 * Closes an ongoing activity with its closing report (ONGOING → COMPLETED, at the server clock):
 * people who held a seat and did not check in become NO_SHOW, offers and the waitlist lapse, the
 * report records the attendees and the enterprises they came from, and each outcome that raises a
 * need or reports a risk is sent to the enterprises subgraph through the gateway (outbox.ts) — the
 * close is acknowledged even when that is down; the scheduled job delivers it later.
 */
export async function closeActivity(ctx: ActivitiesContext, id: string, expectedVersion: number, input: unknown): Promise<ActivityDoc> {
  requireRole(ctx.caller, POLICY.advanceActivity, 'close activities');
  const data = parseInput(closeActivityInput, input);
  const at = now();
  const stamp = actorStamp(ctx.caller, at);
  const report = reportOf(data, stamp);
  const closed = await transition(ctx, id, expectedVersion, 'COMPLETED', {
    report,
    outcome: { summary: data.summary, recorded: stamp },
    ...(data.materials ? { materials: data.materials.map((m) => ({ title: m.title, reference: m.reference ?? null })) } : {}),
  });
  await settleRegistrations(ctx.models, closed, stamp);
  await deliverOutcomes(ctx.models, closed._id, at);
  ctx.loaders.activityById.clear(id);
  return (await ctx.models.Activity.findById(closed._id).lean()) as ActivityDoc;
}

/** After the close: no-shows, lapsed offers and waitlist, and the report's attendance (idempotent). */
export async function settleRegistrations(models: ActivitiesModels, activity: ActivityDoc, stamp: ActorStamp): Promise<void> {
  const { Registration } = models;
  const closedKey = `activity-closed:${activity._id.toHexString()}`;
  await asSystem(async () => {
    await Registration.updateMany(
      { activityId: activity._id, status: 'CONFIRMED' },
      { $set: { status: 'NO_SHOW', updated: stamp }, $inc: { version: 1 } },
    ).exec();
    const lapsed = await Registration.updateMany(
      { activityId: activity._id, status: 'OFFERED' },
      { $set: { status: 'CANCELLED', cancelledKey: closedKey, updated: stamp }, $inc: { version: 1 } },
    ).exec();
    await Registration.updateMany(
      { activityId: activity._id, status: 'WAITLISTED' },
      { $set: { status: 'CANCELLED', cancelledKey: closedKey, updated: stamp }, $inc: { version: 1 } },
    ).exec();
    const noShows = await Registration.countDocuments({ activityId: activity._id, status: 'NO_SHOW' }).exec();
    const attended = await Registration.countDocuments({ activityId: activity._id, status: 'ATTENDED' }).exec();
    const enterprises = (await Registration.distinct('enterpriseId', { activityId: activity._id, status: 'ATTENDED' }).exec()) as Types.ObjectId[];
    await models.Activity.updateOne(
      { _id: activity._id },
      {
        $set: { noShowCount: noShows, waitlistCount: 0, 'report.attendeeCount': attended, 'report.attendingEnterpriseIds': enterprises },
        $inc: { seatsTaken: -lapsed.modifiedCount, seatsLeft: lapsed.modifiedCount },
      },
    );
  });
}

/** The first API: completes with an outcome summary only (a closing report without outcomes). */
export function completeActivity(ctx: ActivitiesContext, id: string, v: number, outcome: string): Promise<ActivityDoc> {
  const summary = parseInput(outcomeSummary, outcome, 'outcome');
  return closeActivity(ctx, id, v, { summary });
}

/** Tries the activity's pending outcomes again now (ADMIN; the scheduled job does the same every minute). */
export async function retryActivityOutcomes(ctx: ActivitiesContext, id: string): Promise<ActivityDoc> {
  requireRole(ctx.caller, POLICY.retryOutcomes, 'retry activity outcomes');
  const activityId = parseId(id);
  if (!(await ctx.models.Activity.exists({ _id: activityId }))) throw new NotFoundError('Activity', id);
  await deliverOutcomes(ctx.models, activityId, now());
  return (await ctx.models.Activity.findById(activityId).lean()) as ActivityDoc;
}

/**
 * The outcomes of a report the caller may see: an outcome concerns one enterprise (a need it raised, a
 * risk found on it) and is that enterprise's record (READ_POLICY): an ENTERPRISE caller sees only its
 * own enterprise's, another department's service identity none; a note concerns no enterprise and is
 * shown to those who see every record.
 */
export function visibleOutcomes(outcomes: ReportOutcomeDoc[]): ReportOutcomeDoc[] {
  return outcomes.filter((o) => maySeeEnterprise(o.enterpriseId ? [o.enterpriseId] : []));
}
