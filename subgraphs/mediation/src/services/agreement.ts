import { dayKey, parseInput, StateConditionError, ValidationError, type ActorStamp } from '@pecg/common';
import type { MediationContext } from '../context';
import { confirmationWindowEndsOn, dateKey, followUpDueAt, mediationDueAt } from '../domain/time-rules';
import type { AgreementDoc, DisputeDoc, MediatorRef, SignatureDoc } from '../models';
import { confirmationApplicationInput, confirmationInput, confirmationOutcomeInput, oralAgreementInput, terms, writtenAgreementInput } from '../validation';
import { applyAction, loadDispute } from './disputes';
import { checkedMediators, sameMediator } from './mediators';

/** The agreement (人民调解法 arts. 28–30) and what follows it: judicial confirmation (art. 33). */

const notAfter = (field: string, value: Date, now: Date) => {
  if (value > now) throw new ValidationError(`${field}: cannot be later than now (got "${value.toISOString()}")`, { field, value });
};

function agreementSet(current: DisputeDoc, agreement: AgreementDoc) {
  return {
    $set: {
      agreement,
      resolved: true,
      resolvedLevel: current.level,
      followUpDueAt: followUpDueAt(current.kind, agreement.effectiveOn),
    },
  };
}

/**
 * The written agreement: the contents of art. 29, signed by every party and at least one of the
 * dispute's mediators, with the committee's seal; it takes effect on the day of the last of these (art.
 * 29 ¶2).
 */
export async function reachWrittenAgreement(ctx: MediationContext, id: string, v: number, input: unknown): Promise<DisputeDoc> {
  const data = parseInput(writtenAgreementInput, input, 'agreement');
  const signing: Array<{ mediator: MediatorRef | null }> = [];
  for (const [i, s] of data.signatures.entries()) {
    signing.push({
      mediator: s.signer === 'MEDIATOR' && s.mediator ? (await checkedMediators(ctx, [s.mediator], `agreement.signatures.${i}.mediator`))[0] : null,
    });
  }
  return applyAction(ctx, id, v, 'REACH_AGREEMENT', (current, stamp) => {
    const signatures: SignatureDoc[] = data.signatures.map((s, i) => {
      const field = `agreement.signatures.${i}`;
      notAfter(`${field}.at`, s.at, stamp.at);
      if (s.signer === 'PARTY') {
        if (s.partyIndex === null || s.partyIndex === undefined || s.partyIndex >= current.parties.length) {
          throw new ValidationError(`${field}.partyIndex: must be the index of one of the ${current.parties.length} parties (got ${s.partyIndex ?? 'none'})`, {
            field: `${field}.partyIndex`,
            value: s.partyIndex,
          });
        }
        return { signer: 'PARTY', partyIndex: s.partyIndex, mediator: null, method: s.method, at: s.at };
      }
      const mediator = signing[i].mediator;
      if (!mediator || !(current.mediators ?? []).some((m) => sameMediator(m, mediator))) {
        throw new ValidationError(`${field}.mediator: must be one of the dispute's mediators`, { field: `${field}.mediator`, value: s.mediator ?? null });
      }
      return { signer: 'MEDIATOR', partyIndex: null, mediator, method: s.method, at: s.at };
    });
    const unsigned = current.parties.map((_p, i) => i).filter((i) => !signatures.some((s) => s.signer === 'PARTY' && s.partyIndex === i));
    if (unsigned.length)
      throw new ValidationError(`agreement.signatures: every party signs (art. 29 ¶2); missing parties ${unsigned.join(', ')}`, {
        field: 'agreement.signatures',
        value: unsigned,
      });
    if (!signatures.some((s) => s.signer === 'MEDIATOR'))
      throw new ValidationError('agreement.signatures: a mediator signs (art. 29 ¶2)', { field: 'agreement.signatures', value: null });
    notAfter('agreement.seal.at', data.seal.at, stamp.at);
    const effectiveOn = new Date(Math.max(data.seal.at.getTime(), ...signatures.map((s) => s.at.getTime())));
    const lastSession = Math.max(0, ...(current.sessions ?? []).map((s) => s.at.getTime()));
    if (effectiveOn.getTime() < lastSession)
      throw new ValidationError('agreement.signatures: the agreement cannot take effect before the last session', {
        field: 'agreement.signatures',
        value: effectiveOn,
      });
    return agreementSet(current, {
      form: 'WRITTEN',
      number: data.number ?? null,
      facts: data.facts,
      disputedMatters: data.disputedMatters,
      responsibilities: data.responsibilities,
      terms: data.terms,
      performanceMethod: data.performanceMethod,
      performanceDeadline: data.performanceDeadline ?? null,
      signatures,
      seal: data.seal,
      effectiveOn,
      signedAt: effectiveOn,
      recorded: stamp,
    });
  });
}

/** An oral agreement: the mediator records its contents (art. 28); effective the day agreed (art. 30). */
export function recordOralAgreement(ctx: MediationContext, id: string, v: number, input: unknown): Promise<DisputeDoc> {
  const data = parseInput(oralAgreementInput, input, 'agreement');
  return applyAction(ctx, id, v, 'REACH_AGREEMENT', (current, stamp) => {
    notAfter('agreement.agreedAt', data.agreedAt, stamp.at);
    const lastSession = Math.max(0, ...(current.sessions ?? []).map((s) => s.at.getTime()));
    if (data.agreedAt.getTime() < lastSession)
      throw new ValidationError('agreement.agreedAt: the agreement cannot be before the last session', { field: 'agreement.agreedAt', value: data.agreedAt });
    return agreementSet(current, {
      form: 'ORAL',
      terms: data.terms,
      signatures: [],
      seal: null,
      effectiveOn: data.agreedAt,
      signedAt: data.agreedAt,
      recorded: stamp,
    });
  });
}

/** Deprecated: a written agreement with terms only, effective when signed (default now). */
export function reachAgreement(ctx: MediationContext, id: string, v: number, agreed: string, signedAt?: Date | string | null): Promise<DisputeDoc> {
  const text = parseInput(terms, agreed, 'terms');
  return applyAction(ctx, id, v, 'REACH_AGREEMENT', (current, stamp) => {
    const at = signedAt ? new Date(signedAt) : stamp.at;
    notAfter('signedAt', at, stamp.at);
    return agreementSet(current, { form: 'WRITTEN', terms: text, signatures: [], seal: null, effectiveOn: at, signedAt: at, recorded: stamp });
  });
}

/** The art. 33 window: the application day must be from the effective day to 30 days after it, and not after today. */
function checkWindow(current: DisputeDoc, appliedOn: Date, now: Date, field: string): void {
  const effective = current.agreement?.effectiveOn;
  if (!effective) throw new StateConditionError('Dispute', current._id.toHexString(), current.status, 'there is no agreement to confirm');
  const day = dateKey(appliedOn);
  const from = dayKey(effective);
  const until = confirmationWindowEndsOn(effective);
  if (day > dayKey(now)) throw new ValidationError(`${field}: cannot be after today (got ${day})`, { field, value: day });
  if (day < from) throw new ValidationError(`${field}: cannot be before the agreement took effect on ${from} (got ${day})`, { field, value: day });
  if (day > until) {
    throw new StateConditionError(
      'Dispute',
      current._id.toHexString(),
      current.status,
      `the 30-day window for judicial confirmation ended on ${until} (人民调解法 art. 33: within 30 days of the agreement taking effect on ${from}); applied on ${day}`,
    );
  }
}

export function applyForJudicialConfirmation(ctx: MediationContext, id: string, v: number, input: unknown): Promise<DisputeDoc> {
  const data = parseInput(confirmationApplicationInput, input, 'application');
  return applyAction(ctx, id, v, 'APPLY_CONFIRMATION', (current, stamp) => {
    checkWindow(current, data.appliedOn, stamp.at, 'application.appliedOn');
    return {
      $set: {
        judicialConfirmation: {
          appliedOn: data.appliedOn,
          court: data.court,
          jointApplication: true,
          reference: null,
          outcome: null,
          decidedOn: null,
          recorded: stamp,
        },
      },
    };
  });
}

export function recordConfirmationOutcome(ctx: MediationContext, id: string, v: number, input: unknown): Promise<DisputeDoc> {
  const data = parseInput(confirmationOutcomeInput, input, 'decision');
  const action = data.outcome === 'CONFIRMED' ? 'CONFIRM' : 'REJECT_CONFIRMATION';
  return applyAction(
    ctx,
    id,
    v,
    action,
    (current, stamp) => {
      const applied = current.judicialConfirmation!;
      const day = dateKey(data.decidedOn);
      if (day > dayKey(stamp.at))
        throw new ValidationError(`decision.decidedOn: cannot be after today (got ${day})`, { field: 'decision.decidedOn', value: day });
      if (applied.appliedOn && day < dateKey(applied.appliedOn)) {
        throw new ValidationError(`decision.decidedOn: cannot be before the application on ${dateKey(applied.appliedOn)} (got ${day})`, {
          field: 'decision.decidedOn',
          value: day,
        });
      }
      const record = {
        ...applied,
        reference: data.caseNumber,
        outcome: data.outcome,
        decidedOn: data.decidedOn,
        rejectionReason: data.rejectionReason ?? null,
        confirmedAt: data.outcome === 'CONFIRMED' ? data.decidedOn : null,
      };
      // rejected (art. 33 ¶3): the parties may change the agreement by mediation, so it is mediated again
      return data.outcome === 'CONFIRMED'
        ? { $set: { judicialConfirmation: record } }
        : {
            $set: {
              judicialConfirmation: record,
              agreement: null,
              resolved: false,
              resolvedLevel: null,
              followUpDueAt: null,
              mediationDueAt: current.mediationDueAt ?? mediationDueAt(stamp.at),
            },
          };
    },
    data.rejectionReason ?? null,
  );
}

/** Deprecated: application and confirmation in one step (the application day defaults to the confirmation's). */
export async function confirmJudicially(ctx: MediationContext, id: string, v: number, input: unknown): Promise<DisputeDoc> {
  const data = parseInput(confirmationInput, input, 'confirmation');
  const appliedOn = data.appliedOn ?? new Date(`${dayKey(data.confirmedAt)}T00:00:00Z`);
  const record = (stamp: ActorStamp) => ({
    appliedOn,
    court: data.court,
    jointApplication: true,
    reference: data.reference,
    outcome: 'CONFIRMED',
    decidedOn: data.confirmedAt,
    confirmedAt: data.confirmedAt,
    recorded: stamp,
  });
  const { status } = await loadDispute(ctx, id);
  if (status === 'AGREEMENT_REACHED') {
    const applied = await applyAction(ctx, id, v, 'APPLY_CONFIRMATION', (current, stamp) => {
      checkWindow(current, appliedOn, stamp.at, 'confirmation.appliedOn');
      return { $set: { judicialConfirmation: record(stamp) } };
    });
    return applyAction(ctx, id, applied.version, 'CONFIRM', (_c, stamp) => ({ $set: { judicialConfirmation: record(stamp) } }));
  }
  return applyAction(ctx, id, v, 'CONFIRM', (_c, stamp) => ({ $set: { judicialConfirmation: record(stamp) } }));
}
