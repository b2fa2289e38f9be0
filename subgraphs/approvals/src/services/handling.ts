import { actorStamp, dayKey, parseInput, requireRole, updateVersioned, ValidationError } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import { DECISION_PENDING, TIME_LIMITS } from '../domain/life-cycle';
import { workingCalendar } from '../domain/working-days';
import type { ApplicationDoc, ApprovalItemDoc } from '../models';
import { acceptWithDeficiencyInput, denyInput, extendInput, optionalInstant, reasonInput, requestSupplementInput, startProcedureInput } from '../validation';
import { hasActiveMark } from './credit';
import { loadApplication, missingMaterials, parseVersion } from './loading';
import { OFFICERS } from './policy';
import { transition } from './transitions';

/** What acceptance sets: the day and the decision due date (the item's statutory limit from acceptance). */
export function acceptanceFields(item: ApprovalItemDoc, acceptedAt: Date) {
  return { acceptedAt, decisionDueDate: workingCalendar.addWorkingDays(acceptedAt, item.statutoryTimeLimitDays || TIME_LIMITS.defaultDecision) };
}

async function officerLoad(ctx: ApprovalsContext, id: string, expectedVersion: number, action: string) {
  requireRole(ctx.caller, OFFICERS, action);
  const version = parseVersion(expectedVersion);
  return { version, ...(await loadApplication(ctx, id, action)) };
}

export async function acceptApplication(ctx: ApprovalsContext, id: string, expectedVersion: number): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'accept applications');
  const at = new Date();
  return transition(ctx, app, item, version, { to: 'ACCEPTED', at, set: acceptanceFields(item, at) });
}

/** 容缺受理: only non-essential materials missing, the enterprise not marked, deadline within the promised limit. */
export async function acceptWithDeficiency(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'accept applications');
  const data = parseInput(acceptWithDeficiencyInput, input);
  const at = new Date();
  const latest = workingCalendar.addWorkingDays(at, item.promisedTimeLimitDays);
  if (data.deadline.getTime() > latest.getTime() || data.deadline.getTime() <= at.getTime()) {
    throw new ValidationError(
      `input.deadline: must be after now and at most ${item.promisedTimeLimitDays} working days (the promised time limit of ${item.code}) after acceptance, i.e. by ${dayKey(latest)} (got ${data.deadline.toISOString()})`,
      { field: 'input.deadline', value: data.deadline.toISOString() },
    );
  }
  if (await hasActiveMark(ctx.models, app.enterpriseId)) {
    throw new ValidationError(`id: enterprise ${app.enterpriseId.toHexString()} broke a 容缺 commitment and is excluded from 容缺受理 until an officer clears the mark`, { field: 'id', value: id });
  }
  const missing = missingMaterials(app, item).map((m) => m.code);
  return transition(ctx, app, item, version, {
    to: 'ACCEPTED_WITH_DEFICIENCY',
    at,
    reason: `容缺: ${missing.join(', ')}`,
    set: { ...acceptanceFields(item, at), acceptedWithDeficiency: true, commitment: { missingMaterialCodes: missing, deadline: data.deadline, status: 'PENDING', fulfilledAt: null } },
  });
}

export async function refuseApplication(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'refuse applications');
  const data = parseInput(reasonInput, input);
  return transition(ctx, app, item, version, { to: 'NOT_ACCEPTED', reason: data.reason, set: { decisionReason: data.reason, acceptanceDueDate: null } });
}

/** 一次性告知: one notice naming every missing material; the acceptance clock stops until the applicant answers. */
export async function requestSupplement(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'request supplements');
  const data = parseInput(requestSupplementInput, input);
  const stamp = actorStamp(ctx.caller);
  const missing = missingMaterials(app, item).map((m) => m.code);
  return transition(ctx, app, item, version, {
    to: 'SUPPLEMENT_REQUESTED',
    at: stamp.at,
    reason: `补正: ${missing.join(', ')}`,
    set: { supplementNotice: { missingMaterialCodes: missing, note: data?.note ?? null, issued: stamp }, acceptanceDueDate: null },
  });
}

export async function startReview(ctx: ApprovalsContext, id: string, expectedVersion: number): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'review applications');
  return transition(ctx, app, item, version, { to: 'UNDER_REVIEW' });
}

/** Working days from acceptance to decision, less the special-procedure pauses. */
function decisionFigures(app: ApplicationDoc, decidedAt: Date) {
  const paused = app.specialProcedures.reduce((sum, p) => sum + (p.workingDays ?? 0), 0);
  const days = app.acceptedAt ? Math.max(0, workingCalendar.workingDaysBetween(app.acceptedAt, decidedAt) - paused) : null;
  return { decidedAt, workingDaysToDecision: days, decidedOnTime: app.decisionDueDate ? decidedAt.getTime() <= app.decisionDueDate.getTime() : null };
}

export async function approveApplication(ctx: ApprovalsContext, id: string, expectedVersion: number): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'approve applications');
  const at = new Date();
  const certificateNumber = `${item.code}-${dayKey(at).replace(/-/g, '')}-${app._id.toHexString().toUpperCase()}`;
  return transition(ctx, app, item, version, {
    to: 'APPROVED',
    at,
    set: { ...decisionFigures(app, at), certificateNumber, certificateDueDate: workingCalendar.addWorkingDays(at, TIME_LIMITS.certificateDelivery) },
  });
}

export async function denyApplication(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'deny applications');
  const data = parseInput(denyInput, input);
  const at = new Date();
  return transition(ctx, app, item, version, { to: 'DENIED', at, reason: data.reason, set: { ...decisionFigures(app, at), decisionReason: data.reason, denialLegalBasis: data.legalBasis } });
}

function requireDecisionPending(app: ApplicationDoc, action: string) {
  if (!DECISION_PENDING.includes(app.status)) {
    throw new ValidationError(`id: application ${app._id.toHexString()} is ${app.status}; ${action} only while a decision is pending (${DECISION_PENDING.join(', ')})`, { field: 'id', value: app._id.toHexString() });
  }
}

/** Extends the decision time limit once by 10 working days (行政许可法 art. 42). */
export async function extendDecisionDeadline(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app } = await officerLoad(ctx, id, expectedVersion, 'extend time limits');
  const data = parseInput(extendInput, input);
  requireDecisionPending(app, 'the time limit can be extended');
  if (app.extension) throw new ValidationError(`id: the time limit of application ${id} was already extended once`, { field: 'id', value: id });
  const decisionDueDate = workingCalendar.addWorkingDays(app.decisionDueDate!, TIME_LIMITS.extension);
  return updateVersioned(
    ctx.models.Application,
    'Application',
    app._id,
    version,
    { $set: { decisionDueDate, extension: { days: TIME_LIMITS.extension, reason: data.reason, approvedBy: data.approvedBy, recorded: actorStamp(ctx.caller) } } },
    { extension: null },
  );
}

/** Hearing, testing, expert review: the decision clock pauses while it runs. */
export async function startSpecialProcedure(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app } = await officerLoad(ctx, id, expectedVersion, 'start special procedures');
  const data = parseInput(startProcedureInput, input);
  requireDecisionPending(app, 'a special procedure can start');
  if (app.pausedSince) throw new ValidationError(`id: a special procedure of application ${id} is already running`, { field: 'id', value: id });
  const at = data.at ?? new Date();
  return updateVersioned(ctx.models.Application, 'Application', app._id, version, {
    $set: { pausedSince: at },
    $push: { specialProcedures: { kind: data.kind, reason: data.reason, startedAt: at, endedAt: null, workingDays: null } },
  });
}

export async function endSpecialProcedure(ctx: ApprovalsContext, id: string, expectedVersion: number, endedAt: unknown): Promise<ApplicationDoc> {
  const { version, app } = await officerLoad(ctx, id, expectedVersion, 'end special procedures');
  const at = parseInput(optionalInstant, endedAt, 'at') ?? new Date();
  const running = app.specialProcedures.at(-1);
  if (!app.pausedSince || !running || running.endedAt) throw new ValidationError(`id: no special procedure of application ${id} is running`, { field: 'id', value: id });
  if (at.getTime() < running.startedAt.getTime()) throw new ValidationError(`at: must not be before the start ${running.startedAt.toISOString()}`, { field: 'at', value: at.toISOString() });
  const days = workingCalendar.workingDaysBetween(running.startedAt, at);
  const procedures = [...app.specialProcedures.slice(0, -1), { ...running, endedAt: at, workingDays: days }];
  return updateVersioned(ctx.models.Application, 'Application', app._id, version, {
    $set: { pausedSince: null, specialProcedures: procedures, decisionDueDate: app.decisionDueDate ? workingCalendar.addWorkingDays(app.decisionDueDate, days) : null },
  });
}
