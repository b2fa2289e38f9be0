import { dayKey, parseInput, StateConditionError, ValidationError } from '@pecg/common';
import type { MediationContext } from '../context';
import { dateKey } from '../domain/time-rules';
import type { DisputeDoc } from '../models';
import { courtActionInput, followUpInput, notes, satisfaction } from '../validation';
import { applyAction } from './disputes';

/** Performance of the agreement (人民调解法 arts. 31–33): follow-ups, urging, court, closing. */

const DAY_MS = 86_400_000;

/**
 * A follow-up visit with the performance found: fulfilled (or a dispute that ended without agreement)
 * → FOLLOWED_UP; partly or not performed → PERFORMING (the committee then urges, art. 31 ¶2).
 */
export function recordFollowUp(ctx: MediationContext, id: string, v: number, visit: unknown): Promise<DisputeDoc> {
  const data = parseInput(followUpInput, visit, 'visit');
  const action = data.performance && data.performance !== 'FULFILLED' ? 'FOLLOW_UP_UNFULFILLED' : 'FOLLOW_UP_FULFILLED';
  return applyAction(ctx, id, v, action, (current, stamp) => {
    if (data.at > stamp.at)
      throw new ValidationError(`visit.at: a visit cannot be recorded before it took place (got "${data.at.toISOString()}")`, {
        field: 'visit.at',
        value: data.at,
      });
    const agreed = Boolean(current.agreement);
    if (agreed && !data.performance) {
      throw new ValidationError('visit.performance: required for a dispute with an agreement (FULFILLED, PARTLY or NOT_PERFORMED)', {
        field: 'visit.performance',
        value: null,
      });
    }
    if (!agreed && data.performance)
      throw new ValidationError('visit.performance: the dispute has no agreement to perform', { field: 'visit.performance', value: data.performance });
    if (agreed && data.at < current.agreement!.effectiveOn) {
      throw new ValidationError('visit.at: a follow-up of the agreement cannot be before it took effect', { field: 'visit.at', value: data.at });
    }
    return {
      $set: { performance: data.performance ?? current.performance ?? null },
      $push: { followUps: { at: data.at, notes: data.notes, performance: data.performance ?? null, newRisks: data.newRisks ?? null, recorded: stamp } },
    };
  });
}

export function urgePerformance(ctx: MediationContext, id: string, v: number, text: string): Promise<DisputeDoc> {
  const what = parseInput(notes, text, 'notes');
  return applyAction(ctx, id, v, 'URGE', (_c, stamp) => ({ $push: { urges: { notes: what, urged: stamp } } }), what);
}

/** A suit (art. 32) or, for a judicially confirmed agreement only, enforcement (art. 33 ¶2). */
export function recordCourtAction(ctx: MediationContext, id: string, v: number, input: unknown): Promise<DisputeDoc> {
  const data = parseInput(courtActionInput, input, 'action');
  return applyAction(
    ctx,
    id,
    v,
    'GO_TO_COURT',
    (current, stamp) => {
      if (data.kind === 'ENFORCEMENT' && current.judicialConfirmation?.outcome !== 'CONFIRMED') {
        throw new StateConditionError(
          'Dispute',
          id,
          current.status,
          'enforcement can be applied for only on a judicially confirmed agreement (人民调解法 art. 33 ¶2); otherwise a party sues (art. 32)',
        );
      }
      const day = dateKey(data.filedOn);
      if (day > dayKey(stamp.at)) throw new ValidationError(`action.filedOn: cannot be after today (got ${day})`, { field: 'action.filedOn', value: day });
      return { $set: { courtAction: { kind: data.kind, court: data.court, filedOn: data.filedOn, caseNumber: data.caseNumber ?? null, recorded: stamp } } };
    },
    data.kind,
  );
}

/** Closes the dispute; the figures of the statistics (days to close, within the 1-month limit) are kept with it. */
export function closeDispute(ctx: MediationContext, id: string, v: number, rating?: number | null): Promise<DisputeDoc> {
  const value = parseInput(satisfaction, rating, 'satisfaction');
  return applyAction(ctx, id, v, 'CLOSE', (current, stamp) => ({
    $set: {
      satisfaction: value ?? null,
      closedAt: stamp.at,
      daysToClose: Math.floor((stamp.at.getTime() - current.reportedAt.getTime()) / DAY_MS),
      closedWithinLimit: Boolean(current.mediationDueAt && endOfMediation(current, stamp.at) <= current.mediationDueAt),
    },
  }));
}

/** When mediation itself ended: the agreement's effect, or the end without agreement, else now. */
function endOfMediation(d: DisputeDoc, now: Date): Date {
  if (d.agreement) return d.agreement.recorded.at;
  const ended = [...(d.history ?? [])].reverse().find((h) => h.to === 'FAILED');
  return ended?.changed.at ?? now;
}
