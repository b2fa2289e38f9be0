import { actorStamp, assertCurrentVersion, DomainError, ErrorCode, updateVersioned, type ActorStamp } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import { lifeCycleOf } from '../domain/life-cycle';
import type { ApplicationDoc, ApplicationStatusValue, ApprovalItemDoc, ApprovalsModels, SupervisionTriggerValue } from '../models';
import { missingMaterials } from './loading';
import { openAutomaticCase } from './supervision';

/** A transition the table allows but the application's facts do not (e.g. 容缺 with an essential material missing). */
export class TransitionBlockedError extends DomainError {
  readonly code = ErrorCode.ILLEGAL_STATE_TRANSITION;
  constructor(app: ApplicationDoc, to: ApplicationStatusValue, why: string) {
    super(
      `Application "${app._id.toHexString()}" cannot go from ${app.status} to ${to}: ${why}`,
      { entity: 'Application', id: app._id.toHexString(), from: app.status, to },
      ErrorCode.ILLEGAL_STATE_TRANSITION,
    );
  }
}

/** Committed 容缺 materials must arrive before the certificate is issued or the file leaves for the higher authority. */
function outstandingCommitment(app: ApplicationDoc, what: string): string | null {
  const c = app.commitment;
  if (c && c.status !== 'FULFILLED') {
    const present = new Set(app.materials.map((m) => m.code));
    return `${what} only after every committed material arrives; still outstanding: ${c.missingMaterialCodes.filter((code) => !present.has(code)).join(', ')}`;
  }
  return null;
}

/** A forwarded application is decided by the higher authority: only its recorded decision moves it on. */
function higherDecisionOnly(app: ApplicationDoc, item: ApprovalItemDoc, request: TransitionRequest): string | null {
  if (app.status !== 'FORWARDED' || request.set?.higherDecision) return null;
  return `it was forwarded to ${item.forwarding?.to ?? 'the higher authority'}; ${item.forwarding?.decidedBy ?? 'that authority'} decides — record its decision with recordHigherAuthorityDecision`;
}

const completeMaterials = (app: ApplicationDoc, item: ApprovalItemDoc): string | null => {
  const missing = missingMaterials(app, item);
  return missing.length
    ? `materials ${missing.map((m) => m.code).join(', ')} are missing; a filing is recorded on receipt of complete materials (request a supplement)`
    : null;
};

/** Rules beyond the table, checked right before the write: a message when the move is blocked. */
const GUARDS: Partial<Record<ApplicationStatusValue, (app: ApplicationDoc, item: ApprovalItemDoc, request: TransitionRequest) => string | null>> = {
  ACCEPTED: (app, item, request) => {
    // deemed acceptance (视为受理) happens whatever the materials: the office let the 5 days pass
    if (request.set?.deemedAccepted) return null;
    const missing = missingMaterials(app, item);
    return missing.length ? `materials ${missing.map((m) => m.code).join(', ')} are missing; request a supplement or accept with deficiency` : null;
  },
  ACCEPTED_WITH_DEFICIENCY: (app, item) => {
    const missing = missingMaterials(app, item);
    if (!missing.length) return 'no material is missing; accept it normally';
    const essential = missing.filter((m) => m.essential);
    return essential.length
      ? `essential materials (主项) ${essential.map((m) => `${m.code} ${m.name}`).join(', ')} are missing; 容缺受理 allows only non-essential ones`
      : null;
  },
  SUPPLEMENT_REQUESTED: (app, item) => (missingMaterials(app, item).length ? null : 'no material is missing; nothing to supplement'),
  APPROVED: (app, item, request) => higherDecisionOnly(app, item, request) ?? outstandingCommitment(app, 'the certificate is issued'),
  DENIED: (app, item, request) => higherDecisionOnly(app, item, request),
  FORWARDED: (app, item) =>
    item.procedureKind === 'FILING' ? completeMaterials(app, item) : outstandingCommitment(app, 'the file is forwarded to the higher authority'),
  RECORDED: (app, item, request) => higherDecisionOnly(app, item, request) ?? completeMaterials(app, item),
};

/** The supervision case an arrival in a state opens automatically (“办不成事”倒查). */
const CASE_ON_ENTRY: Partial<Record<ApplicationStatusValue, SupervisionTriggerValue>> = {
  NOT_ACCEPTED: 'NOT_ACCEPTED',
  DENIED: 'DENIED',
  TERMINATED: 'TERMINATED',
};

export interface TransitionRequest {
  to: ApplicationStatusValue;
  reason?: string | null;
  set?: Record<string, unknown>;
  at?: Date;
}

/**
 * The one place an application changes state: checks the table and the guards, writes the new
 * state, the timeline entry and the changes conditionally on version and on the states allowed to
 * move there, then opens the automatic supervision case.
 */
export async function transition(
  ctx: ApprovalsContext,
  app: ApplicationDoc,
  item: ApprovalItemDoc,
  expectedVersion: number,
  request: TransitionRequest,
): Promise<ApplicationDoc> {
  return applyTransition(ctx.models, app, item, expectedVersion, request, actorStamp(ctx.caller, request.at ?? new Date()));
}

export async function applyTransition(
  models: ApprovalsModels,
  app: ApplicationDoc,
  item: ApprovalItemDoc,
  expectedVersion: number,
  request: TransitionRequest,
  actor: ActorStamp,
): Promise<ApplicationDoc> {
  const { to } = request;
  assertCurrentVersion('Application', app._id, expectedVersion, app.version);
  const lifeCycle = lifeCycleOf(item);
  lifeCycle.assert(app._id.toHexString(), app.status, to);
  const blocked = GUARDS[to]?.(app, item, request);
  if (blocked) throw new TransitionBlockedError(app, to, blocked);
  const entry = { from: app.status, to, actor, at: actor.at, reason: request.reason ?? null };
  const updated = await updateVersioned(
    models.Application,
    'Application',
    app._id,
    expectedVersion,
    { $set: { ...(request.set ?? {}), status: to }, $push: { timeline: entry } },
    { status: { $in: lifeCycle.sourcesOf(to) } },
  );
  const trigger = CASE_ON_ENTRY[to];
  if (trigger) await openAutomaticCase(models, updated, trigger, `${item.name}: ${request.reason ?? to}`, actor);
  return updated;
}

/** The actor of automatic steps (deemed acceptance, lapsed commitments, overdue checks). */
export function systemActor(at: Date): ActorStamp {
  return { subject: 'system:approvals-deadlines', role: 'ADMIN', name: '系统', at };
}
