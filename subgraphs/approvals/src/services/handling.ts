import { Types } from 'mongoose';
import { actorStamp, dayKey, parseInput, requireRole, updateVersioned, ValidationError, StateConditionError } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import { DECISION_PENDING, TIME_LIMITS } from '../domain/life-cycle';
import { workingCalendar } from '@pecg/common';
import type { ApplicationDoc, ApprovalItemDoc } from '../models';
import { dueAfter, elapsed, officeLimit, promisedDue, shiftDue } from '../domain/clocks';
import { acceptWithDeficiencyInput, denyInput, extendInput, optionalInstant, reasonInput, requestSupplementInput, startProcedureInput } from '../validation';
import { hasActiveMark } from './credit';
import { loadApplication, missingMaterials, parseVersion } from './loading';
import { OFFICERS } from './policy';
import { transition, TransitionBlockedError } from './transitions';

/**
 * What acceptance sets: the day, the workstation's decision due date (the item's statutory limit in its
 * unit, or the forwarding step's clock for an item decided above) and the promised due date.
 */
export function acceptanceFields(item: ApprovalItemDoc, acceptedAt: Date) {
  const limit = officeLimit(item) ?? { value: TIME_LIMITS.defaultDecision, unit: 'WORKING_DAYS' as const };
  return { acceptedAt, decisionDueDate: dueAfter(acceptedAt, limit), promisedDueDate: promisedDue(acceptedAt, item) };
}

/**
 * The handling officer is assigned by officers: an application without one (created by its
 * enterprise) gets the officer who first accepts, refuses or answers it.
 */
function assignHandlingOfficer(ctx: ApprovalsContext, app: ApplicationDoc): { handlingOfficerId?: Types.ObjectId } {
  const officerId = ctx.caller.role === 'POLICE' ? ctx.caller.officerId : undefined;
  return !app.handlingOfficerId && officerId && Types.ObjectId.isValid(officerId) ? { handlingOfficerId: new Types.ObjectId(officerId) } : {};
}

async function officerLoad(ctx: ApprovalsContext, id: string, expectedVersion: number, action: string) {
  requireRole(ctx.caller, OFFICERS, action);
  const version = parseVersion(expectedVersion);
  return { version, ...(await loadApplication(ctx, id)) };
}

export async function acceptApplication(ctx: ApprovalsContext, id: string, expectedVersion: number): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'accept applications');
  const at = new Date();
  return transition(ctx, app, item, version, { to: 'ACCEPTED', at, set: { ...acceptanceFields(item, at), ...assignHandlingOfficer(ctx, app) } });
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
    throw new TransitionBlockedError(
      app,
      'ACCEPTED_WITH_DEFICIENCY',
      `enterprise ${app.enterpriseId.toHexString()} broke a 容缺 commitment and is excluded from 容缺受理 until an officer clears the mark`,
    );
  }
  const missing = missingMaterials(app, item).map((m) => m.code);
  return transition(ctx, app, item, version, {
    to: 'ACCEPTED_WITH_DEFICIENCY',
    at,
    reason: `容缺: ${missing.join(', ')}`,
    set: {
      ...acceptanceFields(item, at),
      ...assignHandlingOfficer(ctx, app),
      acceptedWithDeficiency: true,
      commitment: { missingMaterialCodes: missing, deadline: data.deadline, status: 'PENDING', fulfilledAt: null },
    },
  });
}

export async function refuseApplication(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'refuse applications');
  const data = parseInput(reasonInput, input);
  return transition(ctx, app, item, version, {
    to: 'NOT_ACCEPTED',
    reason: data.reason,
    set: { decisionReason: data.reason, acceptanceDueDate: null, ...assignHandlingOfficer(ctx, app) },
  });
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
    set: {
      supplementNotice: { missingMaterialCodes: missing, note: data?.note ?? null, issued: stamp },
      acceptanceDueDate: null,
      ...assignHandlingOfficer(ctx, app),
    },
  });
}

export async function startReview(ctx: ApprovalsContext, id: string, expectedVersion: number): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'review applications');
  return transition(ctx, app, item, version, { to: 'UNDER_REVIEW' });
}

/** Working days from acceptance to decision, less the special-procedure pauses; on time against both limits. */
export function decisionFigures(app: ApplicationDoc, decidedAt: Date) {
  const paused = app.specialProcedures.reduce((sum, p) => sum + (p.workingDays ?? 0), 0);
  const days = app.acceptedAt ? Math.max(0, workingCalendar.workingDaysBetween(app.acceptedAt, decidedAt) - paused) : null;
  return {
    decidedAt,
    workingDaysToDecision: days,
    decidedOnTime: app.decisionDueDate ? decidedAt.getTime() <= app.decisionDueDate.getTime() : null,
    decidedWithinPromise: app.promisedDueDate ? decidedAt.getTime() <= app.promisedDueDate.getTime() : null,
  };
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
  return transition(ctx, app, item, version, {
    to: 'DENIED',
    at,
    reason: data.reason,
    set: { ...decisionFigures(app, at), decisionReason: data.reason, denialLegalBasis: data.legalBasis },
  });
}

function requireDecisionPending(app: ApplicationDoc, action: string) {
  if (!DECISION_PENDING.includes(app.status)) {
    throw new StateConditionError(
      'Application',
      app._id.toHexString(),
      app.status,
      `${action} only while a decision is pending (${DECISION_PENDING.join(', ')})`,
    );
  }
}

/** Extends the decision time limit once by 10 working days (行政许可法 art. 42). */
export async function extendDecisionDeadline(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'extend time limits');
  const data = parseInput(extendInput, input);
  requireDecisionPending(app, 'the time limit can be extended');
  if (!item.extensionAllowed || item.decidingAuthority !== 'THIS_OFFICE')
    throw new StateConditionError(
      'Application',
      id,
      app.status,
      `the limit of ${item.code} is set by ${item.timeLimitBasis}: 行政许可法 art. 42's extension applies only to its own 20-working-day default decided by this office`,
    );
  if (app.extension) throw new StateConditionError('Application', id, app.status, 'its time limit was already extended once');
  const decisionDueDate = workingCalendar.addWorkingDays(app.decisionDueDate!, TIME_LIMITS.extension);
  return updateVersioned(
    ctx.models.Application,
    'Application',
    app._id,
    version,
    {
      $set: { decisionDueDate, extension: { days: TIME_LIMITS.extension, reason: data.reason, approvedBy: data.approvedBy, recorded: actorStamp(ctx.caller) } },
    },
    { extension: null },
  );
}

/** Hearing, testing, expert review: the decision clock pauses while it runs. */
export async function startSpecialProcedure(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app } = await officerLoad(ctx, id, expectedVersion, 'start special procedures');
  const data = parseInput(startProcedureInput, input);
  requireDecisionPending(app, 'a special procedure can start');
  if (app.pausedSince) throw new StateConditionError('Application', id, app.status, 'a special procedure is already running');
  const at = data.at ?? new Date();
  return updateVersioned(ctx.models.Application, 'Application', app._id, version, {
    $set: { pausedSince: at },
    $push: { specialProcedures: { kind: data.kind, reason: data.reason, startedAt: at, endedAt: null, workingDays: null } },
  });
}

export async function endSpecialProcedure(ctx: ApprovalsContext, id: string, expectedVersion: number, endedAt: unknown): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'end special procedures');
  const at = parseInput(optionalInstant, endedAt, 'at') ?? new Date();
  const running = app.specialProcedures.at(-1);
  if (!app.pausedSince || !running || running.endedAt) throw new StateConditionError('Application', id, app.status, 'no special procedure is running');
  if (at.getTime() < running.startedAt.getTime())
    throw new ValidationError(`at: must not be before the start ${running.startedAt.toISOString()}`, { field: 'at', value: at.toISOString() });
  // the pause in working days (for workingDaysToDecision and the promise) and in the decision clock's own unit
  const days = workingCalendar.workingDaysBetween(running.startedAt, at);
  const unit = officeLimit(item)?.unit ?? 'WORKING_DAYS';
  const pause = elapsed(running.startedAt, at, unit);
  const procedures = [...app.specialProcedures.slice(0, -1), { ...running, endedAt: at, workingDays: days }];
  return updateVersioned(ctx.models.Application, 'Application', app._id, version, {
    $set: {
      pausedSince: null,
      specialProcedures: procedures,
      decisionDueDate: app.decisionDueDate ? shiftDue(app.decisionDueDate, pause, unit) : null,
      promisedDueDate: app.promisedDueDate ? shiftDue(app.promisedDueDate, days, 'WORKING_DAYS') : null,
    },
  });
}
