import { actorStamp, IllegalTransitionError, parseInput, requireRole, updateVersioned } from '@pecg/common';
import type { MediationContext } from '../context';
import { disputeLifecycle, ESCALATABLE, nextLevel } from '../domain/dispute-lifecycle';
import type { DisputeDoc } from '../models';
import { confirmationInput, followUpInput, reason, satisfaction, sessionInput, terms } from '../validation';
import { POLICY } from './policy';
import { loadDispute, moveDispute } from './disputes';

/** The mediation steps of a dispute's life cycle; each is one conditional, versioned write. */
export const acceptDispute = (ctx: MediationContext, id: string, v: number) => moveDispute(ctx, id, v, 'ACCEPTED');

export function recordMediationSession(ctx: MediationContext, id: string, v: number, session: unknown): Promise<DisputeDoc> {
  const data = parseInput(sessionInput, session, 'session');
  return moveDispute(ctx, id, v, 'MEDIATING', { $push: { sessions: { ...data, notes: data.notes ?? null, recorded: actorStamp(ctx.caller) } } });
}

export function reachAgreement(ctx: MediationContext, id: string, v: number, agreed: string, signedAt?: Date | string | null): Promise<DisputeDoc> {
  const text = parseInput(terms, agreed, 'terms');
  const stamp = actorStamp(ctx.caller);
  return moveDispute(ctx, id, v, 'AGREEMENT_REACHED', (current) => ({
    $set: { agreement: { terms: text, signedAt: signedAt ? new Date(signedAt) : stamp.at, recorded: stamp }, resolved: true, resolvedLevel: current.level },
  }));
}

export function failMediation(ctx: MediationContext, id: string, v: number, why: string): Promise<DisputeDoc> {
  return moveDispute(ctx, id, v, 'FAILED', { $set: { failureReason: parseInput(reason, why, 'reason') } });
}

export function confirmJudicially(ctx: MediationContext, id: string, v: number, confirmation: unknown): Promise<DisputeDoc> {
  const data = parseInput(confirmationInput, confirmation, 'confirmation');
  return moveDispute(ctx, id, v, 'JUDICIALLY_CONFIRMED', { $set: { judicialConfirmation: { ...data, recorded: actorStamp(ctx.caller) } } });
}

export function recordFollowUp(ctx: MediationContext, id: string, v: number, visit: unknown): Promise<DisputeDoc> {
  const data = parseInput(followUpInput, visit, 'visit');
  return moveDispute(ctx, id, v, 'FOLLOWED_UP', { $push: { followUps: { ...data, recorded: actorStamp(ctx.caller) } } });
}

export function closeDispute(ctx: MediationContext, id: string, v: number, rating?: number | null): Promise<DisputeDoc> {
  const value = parseInput(satisfaction, rating, 'satisfaction');
  return moveDispute(ctx, id, v, 'CLOSED', { $set: { satisfaction: value ?? null } });
}

/** One level up (GRID → COMMUNITY → STREET → DISTRICT), recorded; a FAILED dispute returns to ACCEPTED. */
export async function escalateDispute(ctx: MediationContext, id: string, v: number, why: string): Promise<DisputeDoc> {
  requireRole(ctx.caller, POLICY.handleDispute, 'escalate disputes');
  const text = parseInput(reason, why, 'reason');
  const current = await loadDispute(ctx, id);
  const to = nextLevel(current.level);
  // a dispute in a state that does not allow the step is ILLEGAL_STATE_TRANSITION (CONFLICT is only for a stale version)
  if (!to) throw new IllegalTransitionError('Dispute', id, current.level, `a level above ${current.level} (it is already at the highest level)`, []);
  const stamp = actorStamp(ctx.caller);
  const escalation = { from: current.level, to, reason: text, escalated: stamp };
  if (current.status === 'FAILED') {
    return moveDispute(ctx, id, v, 'ACCEPTED', { $set: { level: to, failureReason: null }, $push: { escalations: escalation } }, 'escalate disputes');
  }
  if (!ESCALATABLE.includes(current.status)) {
    throw new IllegalTransitionError(
      'Dispute',
      id,
      current.status,
      `escalation (only ${ESCALATABLE.join(', ')} disputes are escalated)`,
      disputeLifecycle.allowedFrom(current.status),
    );
  }
  const updated = await updateVersioned(
    ctx.models.Dispute,
    'Dispute',
    current._id,
    v,
    { $set: { level: to, updated: stamp }, $push: { escalations: escalation } },
    { status: { $in: ESCALATABLE }, level: current.level },
  );
  ctx.loaders.disputeById.clear(current._id.toHexString());
  return updated;
}
