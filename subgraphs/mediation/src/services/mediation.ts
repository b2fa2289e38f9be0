import { IllegalTransitionError, parseInput, requireRole, StateConditionError, ValidationError } from '@pecg/common';
import type { MediationContext } from '../context';
import { disputeLifecycle, ESCALATABLE, nextLevel } from '../domain/dispute-lifecycle';
import { firstSessionDueAt, mediationDueAt, SECURITY_MAX_SESSIONS } from '../domain/time-rules';
import type { DisputeDoc, MediatorRef } from '../models';
import { declineGround, mediatorList, partyRole, reason, routesNotified, sessionInput } from '../validation';
import { applyAction, loadDispute } from './disputes';
import { checkedMediators, sameMediator } from './mediators';
import { POLICY } from './policy';

/** The mediation steps of a dispute's life cycle (人民调解法 chapter IV); each is one conditional, versioned write. */

/** 受理登记: the 1-month limit runs from now (server clock); a 治安调解 gets its first-session due day. */
export function acceptDispute(ctx: MediationContext, id: string, v: number, securityMediation?: boolean | null): Promise<DisputeDoc> {
  return applyAction(ctx, id, v, 'ACCEPT', (_current, stamp) => ({
    $set: {
      acceptedAt: stamp.at,
      mediationDueAt: mediationDueAt(stamp.at),
      securityMediation: Boolean(securityMediation),
      ...(securityMediation ? { firstSessionDueAt: firstSessionDueAt(stamp.at) } : {}),
    },
  }));
}

/** 不予调解 (art. 17; 人民调解工作若干规定 art. 22). */
export function declineDispute(ctx: MediationContext, id: string, v: number, ground: string, why: string): Promise<DisputeDoc> {
  const g = parseInput(declineGround, ground, 'ground');
  const text = parseInput(reason, why, 'reason');
  return applyAction(ctx, id, v, 'DECLINE', (_c, stamp) => ({ $set: { declined: { ground: g, reason: text, declined: stamp } } }), `${g}: ${text}`);
}

export async function assignMediators(ctx: MediationContext, id: string, v: number, mediators: unknown): Promise<DisputeDoc> {
  requireRole(ctx.caller, POLICY.handleDispute, 'assign mediators');
  const refs = await checkedMediators(ctx, parseInput(mediatorList, mediators, 'mediators'), 'mediators');
  return applyAction(ctx, id, v, 'ASSIGN_MEDIATORS', (current, stamp) => ({
    $set: { mediators: refs },
    $addToSet: { mediatorIds: { $each: refs.map((r) => r.id) } },
    $push: { mediatorChanges: { from: current.mediators ?? [], to: refs, reason: '指定调解员', requestedBy: null, changed: stamp } },
  }));
}

/** Replaces the mediators (art. 19: the parties may choose; a party may ask for another mediator). */
export async function replaceMediators(
  ctx: MediationContext,
  id: string,
  v: number,
  mediators: unknown,
  why: string,
  requestedBy?: string | null,
): Promise<DisputeDoc> {
  requireRole(ctx.caller, POLICY.handleDispute, 'replace mediators');
  const text = parseInput(reason, why, 'reason');
  const party = parseInput(partyRole, requestedBy, 'requestedBy');
  const refs = await checkedMediators(ctx, parseInput(mediatorList, mediators, 'mediators'), 'mediators');
  return applyAction(
    ctx,
    id,
    v,
    'REPLACE_MEDIATORS',
    (current, stamp) => {
      const before = current.mediators ?? [];
      if (before.length === refs.length && refs.every((r) => before.some((b) => sameMediator(b, r)))) {
        throw new ValidationError('mediators: the same mediators are already assigned', { field: 'mediators', value: mediators });
      }
      return {
        $set: { mediators: refs },
        $addToSet: { mediatorIds: { $each: refs.map((r) => r.id) } },
        $push: { mediatorChanges: { from: before, to: refs, reason: text, requestedBy: party ?? null, changed: stamp } },
      };
    },
    text,
  );
}

/** A session: with the mediators present (default: those assigned); a 治安调解 has at most two (规范 art. 9). */
export async function recordMediationSession(ctx: MediationContext, id: string, v: number, session: unknown): Promise<DisputeDoc> {
  requireRole(ctx.caller, POLICY.handleDispute, 'record mediation sessions');
  const data = parseInput(sessionInput, session, 'session');
  const present: MediatorRef[] | null = data.mediators ? await checkedMediators(ctx, data.mediators, 'session.mediators') : null;
  return applyAction(ctx, id, v, 'RECORD_SESSION', (current, stamp) => {
    if (data.at > stamp.at)
      throw new ValidationError(`session.at: a session cannot be recorded before it took place (got "${data.at.toISOString()}")`, {
        field: 'session.at',
        value: data.at,
      });
    if (current.acceptedAt && data.at < current.acceptedAt) {
      throw new ValidationError(
        `session.at: a session cannot be before the dispute was accepted on ${current.acceptedAt.toISOString()} (got "${data.at.toISOString()}")`,
        { field: 'session.at', value: data.at },
      );
    }
    const mediators = present ?? current.mediators ?? [];
    if (!mediators.length)
      throw new ValidationError('session.mediators: name the mediators present (none are assigned)', { field: 'session.mediators', value: null });
    if (current.securityMediation && (current.sessions ?? []).length >= SECURITY_MAX_SESSIONS) {
      throw new StateConditionError(
        'Dispute',
        id,
        current.status,
        `a 治安调解 has at most ${SECURITY_MAX_SESSIONS} sessions (公安机关治安调解工作规范 art. 9: 一般为一次，必要时可以增加一次)`,
      );
    }
    return {
      $addToSet: { mediatorIds: { $each: mediators.map((m) => m.id) } },
      $push: { sessions: { mode: data.mode, mediators, mediatorName: data.mediatorName ?? null, at: data.at, notes: data.notes ?? null, recorded: stamp } },
    };
  });
}

/** Ends mediation without agreement with the art. 26 notice of other routes. */
export function endMediation(ctx: MediationContext, id: string, v: number, why: string, routes: unknown): Promise<DisputeDoc> {
  const text = parseInput(reason, why, 'reason');
  const notified = [...new Set(parseInput(routesNotified, routes, 'routesNotified'))];
  return applyAction(
    ctx,
    id,
    v,
    'END_WITHOUT_AGREEMENT',
    (_c, stamp) => ({ $set: { failureReason: text, endNotice: { routes: notified, notified: stamp } } }),
    text,
  );
}

/** Deprecated: ends mediation without the art. 26 notice. */
export function failMediation(ctx: MediationContext, id: string, v: number, why: string): Promise<DisputeDoc> {
  const text = parseInput(reason, why, 'reason');
  return applyAction(ctx, id, v, 'END_WITHOUT_AGREEMENT', { $set: { failureReason: text } }, text);
}

/**
 * One level up (GRID → COMMUNITY → STREET → DISTRICT) with the reason, on the timeline. A dispute being
 * handled (mediators assigned, mediating) or failed is accepted anew at the new level: it goes back to
 * ACCEPTED, its mediators are released (the new level assigns its own) and its history is kept.
 */
export async function escalateDispute(ctx: MediationContext, id: string, v: number, why: string): Promise<DisputeDoc> {
  requireRole(ctx.caller, POLICY.handleDispute, 'escalate disputes');
  const text = parseInput(reason, why, 'reason');
  const current = await loadDispute(ctx, id);
  const to = nextLevel(current.level);
  // a dispute in a state that does not allow the step is ILLEGAL_STATE_TRANSITION (CONFLICT is only for a stale version)
  if (!to) throw new IllegalTransitionError('Dispute', id, current.level, `a level above ${current.level} (it is already at the highest level)`, []);
  if (!ESCALATABLE.includes(current.status)) {
    throw new IllegalTransitionError(
      'Dispute',
      id,
      current.status,
      `escalation (only ${ESCALATABLE.join(', ')} disputes are escalated)`,
      disputeLifecycle.allowedFrom(current.status),
    );
  }
  return applyAction(
    ctx,
    id,
    v,
    'ESCALATE',
    (read, stamp) => {
      if (read.level !== current.level) throw new StateConditionError('Dispute', id, read.level, 'it was escalated meanwhile; reload');
      const restart = read.status !== 'REPORTED' && read.status !== 'ACCEPTED';
      return {
        $set: { level: to, escalated: true, ...(restart ? { mediators: [], failureReason: null, endNotice: null } : {}) },
        $push: { escalations: { from: read.level, to, reason: text, escalated: stamp } },
      };
    },
    `${current.level} → ${to}: ${text}`,
  );
}
