import { Types } from 'mongoose';
import {
  actorStamp,
  ForbiddenError,
  monthKey,
  parseInput,
  requireEnterpriseScope,
  requireRole,
  updateVersioned,
  ValidationError,
  StateConditionError,
} from '@pecg/common';
import type { ApprovalsContext } from '../context';
import { TIME_LIMITS } from '../domain/life-cycle';
import { dueAfter, promisedDue } from '../domain/clocks';
import { workingCalendar } from '@pecg/common';
import type { ApplicationDoc, ApprovalItemDoc, SubmittedMaterialDoc } from '../models';
import { createApplicationInput, reasonInput, recordVisitInput, submitMaterialsInput } from '../validation';
import { loadApplication, loadItem, parseVersion } from './loading';
import { APPLICANTS, OFFICERS } from './policy';
import { openAutomaticCase } from './supervision';
import { transition } from './transitions';

type MaterialInput = { code: string; channel: SubmittedMaterialDoc['channel']; submittedAt?: Date | null };

/**
 * Checks codes against the item and the online rule; returns the stored materials. The arrival time
 * is the server's (`now`): a date the submitter states is kept apart (`statedSubmittedAt`) and never
 * counts, so late 容缺 materials cannot be backdated into a fulfilled commitment.
 */
function toMaterials(item: ApprovalItemDoc, materials: MaterialInput[], now: Date): SubmittedMaterialDoc[] {
  const codes = new Set(item.requiredMaterials.map((m) => m.code));
  return materials.map((m, i) => {
    if (!codes.has(m.code)) {
      throw new ValidationError(`input.materials.${i}.code: "${m.code}" is not a material of ${item.code} (use one of ${[...codes].join(', ')})`, {
        field: `input.materials.${i}.code`,
        value: m.code,
      });
    }
    if (m.channel === 'ONLINE' && !item.onlineSubmissionAllowed) {
      throw new ValidationError(`input.materials.${i}.channel: ${item.code} does not take online submissions`, {
        field: `input.materials.${i}.channel`,
        value: m.channel,
      });
    }
    return { code: m.code, channel: m.channel, submittedAt: now, statedSubmittedAt: m.submittedAt ?? null };
  });
}

export async function createApplication(ctx: ApprovalsContext, input: unknown): Promise<ApplicationDoc> {
  requireRole(ctx.caller, APPLICANTS, 'create applications');
  const data = parseInput(createApplicationInput, input);
  requireEnterpriseScope(ctx.caller, data.enterpriseId.toLowerCase(), 'apply');
  // the handling officer is assigned by officers (here, or the first officer who handles it), never chosen by the applicant
  if (data.handlingOfficerId && !OFFICERS.includes(ctx.caller.role))
    throw new ForbiddenError(`Role ${ctx.caller.role} may not choose the handling officer; officers assign it`);
  const item = await loadItem(ctx, data.itemId, 'input.itemId');
  const stamp = actorStamp(ctx.caller);
  const doc = await ctx.models.Application.create({
    _id: new Types.ObjectId(),
    itemId: item._id,
    procedureKind: item.procedureKind,
    enterpriseId: new Types.ObjectId(data.enterpriseId),
    handlingOfficerId: data.handlingOfficerId
      ? new Types.ObjectId(data.handlingOfficerId)
      : ctx.caller.role === 'POLICE' && ctx.caller.officerId && Types.ObjectId.isValid(ctx.caller.officerId)
        ? new Types.ObjectId(ctx.caller.officerId)
        : null,
    applicantContact: data.applicantContact,
    status: 'DRAFT',
    materials: toMaterials(item, data.materials ?? [], stamp.at),
    timeline: [{ from: null, to: 'DRAFT', actor: stamp, at: stamp.at, reason: null }],
    version: 1,
  });
  return doc.toObject();
}

export async function submitApplication(ctx: ApprovalsContext, id: string, expectedVersion: number): Promise<ApplicationDoc> {
  requireRole(ctx.caller, APPLICANTS, 'submit applications');
  const version = parseVersion(expectedVersion);
  const { app, item } = await loadApplication(ctx, id);
  const at = new Date();
  // a permit: 5 working days to accept, refuse or send the supplement notice (行政许可法 art. 32); a filing has no
  // acceptance step: the promise runs from receipt (and, forwarded, the forwarding clock)
  const clocks =
    item.procedureKind === 'PERMIT'
      ? { acceptanceDueDate: workingCalendar.addWorkingDays(at, TIME_LIMITS.acceptance) }
      : {
          acceptanceDueDate: null,
          promisedDueDate: promisedDue(at, item),
          decisionDueDate: item.forwarding ? dueAfter(at, item.forwarding.forwardWithin) : null,
        };
  return transition(ctx, app, item, version, { to: 'SUBMITTED', at, set: { submittedAt: at, submittedMonth: monthKey(at), ...clocks } });
}

/** Materials handed in after a decision are refused: the application is in a final state. */
const FINAL: ApplicationDoc['status'][] = ['APPROVED', 'DENIED', 'NOT_ACCEPTED', 'WITHDRAWN', 'TERMINATED'];

/** Supplements and committed materials; a commitment is fulfilled when its last material arrives (server time) by the deadline. */
export async function submitMaterials(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  requireRole(ctx.caller, APPLICANTS, 'hand in materials');
  const version = parseVersion(expectedVersion);
  const data = parseInput(submitMaterialsInput, input);
  const { app, item } = await loadApplication(ctx, id);
  if (FINAL.includes(app.status)) throw new StateConditionError('Application', id, app.status, 'materials can no longer be handed in');
  const added = toMaterials(item, data.materials, new Date());
  const materials = [...app.materials.filter((m) => !added.some((a) => a.code === m.code)), ...added];
  const set: Record<string, unknown> = { materials };
  const c = app.commitment;
  if (c && c.status === 'PENDING') {
    const arrivals = c.missingMaterialCodes.map((code) => materials.find((m) => m.code === code)?.submittedAt);
    if (arrivals.every((at): at is Date => Boolean(at) && at!.getTime() <= c.deadline.getTime())) {
      set['commitment.status'] = 'FULFILLED';
      set['commitment.fulfilledAt'] = new Date(Math.max(...arrivals.map((at) => at.getTime())));
    }
  }
  return updateVersioned(ctx.models.Application, 'Application', app._id, version, { $set: set }, { status: { $nin: FINAL } });
}

/**
 * Each in-person visit is recorded; more than the item allows (最多跑一次) flags the application and opens
 * the automatic 办不成事 case. The count is incremented in the write itself ($inc, conditional on the version and the count),
 * and whether the case opens is read from the document that write returned; the case is keyed
 * application+MULTIPLE_VISITS (unique), so concurrent or later visits never open a second one.
 */
export async function recordVisit(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  requireRole(ctx.caller, OFFICERS, 'record visits');
  const version = parseVersion(expectedVersion);
  const data = parseInput(recordVisitInput, input);
  const { app, item } = await loadApplication(ctx, id);
  const stamp = actorStamp(ctx.caller);
  // conditional on the version and on the count read: the flag written is the one of the count written
  const updated = await updateVersioned(
    ctx.models.Application,
    'Application',
    app._id,
    version,
    {
      $push: { visits: { at: data.at ?? stamp.at, purpose: data.purpose, recordedBy: stamp } },
      $inc: { inPersonVisitCount: 1 },
      $set: { multipleVisits: app.inPersonVisitCount + 1 > item.maxInPersonVisits },
    },
    { inPersonVisitCount: app.inPersonVisitCount },
  );
  if (updated.multipleVisits) {
    const visits = updated.inPersonVisitCount;
    await openAutomaticCase(ctx.models, updated, 'MULTIPLE_VISITS', `${item.name}: 第${visits}次到现场办理，违反“最多跑一次”`, stamp);
  }
  return updated;
}

export async function withdrawApplication(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  requireRole(ctx.caller, APPLICANTS, 'withdraw applications');
  const version = parseVersion(expectedVersion);
  const data = parseInput(reasonInput, input);
  const { app, item } = await loadApplication(ctx, id);
  return transition(ctx, app, item, version, { to: 'WITHDRAWN', reason: data.reason, set: { decisionReason: data.reason } });
}
