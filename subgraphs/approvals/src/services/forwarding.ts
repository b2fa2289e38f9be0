import { actorStamp, dayKey, parseInput, requireRole, StateConditionError, ValidationError } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import { dueAfter, promisedDue } from '../domain/clocks';
import type { ApplicationDoc, ApprovalItemDoc } from '../models';
import { higherDecisionInput, optionalReasonInput } from '../validation';
import { loadApplication, parseVersion } from './loading';
import { OFFICERS } from './policy';
import { transition } from './transitions';

/**
 * Filings (备案) and items decided above the workstation (报送上级): recording a filing on receipt of
 * complete materials, forwarding to the higher authority on the workstation's own clock, and recording
 * the higher authority's decision against that authority's clock.
 */
async function officerLoad(ctx: ApprovalsContext, id: string, expectedVersion: number, action: string) {
  requireRole(ctx.caller, OFFICERS, action);
  const version = parseVersion(expectedVersion);
  return { version, ...(await loadApplication(ctx, id)) };
}

/** The promise of a filing runs from receipt of complete materials: submission or the last (supplemented) material. */
function filingPromise(app: ApplicationDoc, item: ApprovalItemDoc): Date {
  const arrivals = [app.submittedAt, ...app.materials.map((m) => m.submittedAt)].filter((d): d is Date => Boolean(d));
  return promisedDue(new Date(Math.max(...arrivals.map((d) => d.getTime()))), item);
}

/** 备案完成: a filing this office records; no decision, no certificate, a 备案编号. */
export async function recordFiling(ctx: ApprovalsContext, id: string, expectedVersion: number): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'record filings');
  if (item.procedureKind !== 'FILING')
    throw new StateConditionError('Application', id, app.status, `${item.code} ${item.name} is a permit: accept and decide it, it is not recorded`);
  const at = new Date();
  const promised = filingPromise(app, item);
  return transition(ctx, app, item, version, {
    to: 'RECORDED',
    at,
    set: {
      decidedAt: at,
      promisedDueDate: promised,
      decidedWithinPromise: at.getTime() <= promised.getTime(),
      filingNumber: `${item.code}-BA-${dayKey(at).replace(/-/g, '')}-${app._id.toHexString().toUpperCase()}`,
    },
  });
}

/** 报送上级: the workstation's part ends; the higher authority's clock starts (in its own unit). */
export async function forwardApplication(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'forward applications');
  const data = parseInput(optionalReasonInput, input);
  const forwarding = item.forwarding;
  if (item.decidingAuthority !== 'HIGHER_AUTHORITY' || !forwarding)
    throw new StateConditionError('Application', id, app.status, `${item.code} ${item.name} is decided by this office; nothing to forward`);
  const at = new Date();
  const promised = item.procedureKind === 'FILING' ? filingPromise(app, item) : app.promisedDueDate;
  return transition(ctx, app, item, version, {
    to: 'FORWARDED',
    at,
    reason: `报送${forwarding.to}${data?.reason ? `: ${data.reason}` : ''}`,
    set: {
      forwardedAt: at,
      forwardedTo: forwarding.to,
      forwardedOnTime: app.decisionDueDate ? at.getTime() <= app.decisionDueDate.getTime() : null,
      promisedDueDate: promised ?? null,
      decidedWithinPromise: promised ? at.getTime() <= promised.getTime() : null,
      // from here the higher authority's clock (none for a filing)
      decisionDueDate: forwarding.authorityLimit ? dueAfter(at, forwarding.authorityLimit) : null,
      acceptanceDueDate: null,
    },
  });
}

/** The higher authority's decision, recorded with its document number and date (at or after forwarding, not in the future). */
export async function recordHigherAuthorityDecision(ctx: ApprovalsContext, id: string, expectedVersion: number, input: unknown): Promise<ApplicationDoc> {
  const { version, app, item } = await officerLoad(ctx, id, expectedVersion, 'record higher-authority decisions');
  const data = parseInput(higherDecisionInput, input);
  const now = new Date();
  const expected = item.procedureKind === 'FILING' ? ['RECORDED'] : ['APPROVED', 'DENIED'];
  if (!expected.includes(data.outcome))
    throw new ValidationError(`input.outcome: ${item.code} is a ${item.procedureKind.toLowerCase()}; its outcome is one of ${expected.join(', ')}`, {
      field: 'input.outcome',
      value: data.outcome,
    });
  if (app.status !== 'FORWARDED')
    throw new StateConditionError('Application', id, app.status, 'only a forwarded application gets the higher authority’s decision');
  if (data.decidedAt.getTime() > now.getTime() || (app.forwardedAt && data.decidedAt.getTime() < app.forwardedAt.getTime()))
    throw new ValidationError(`input.decidedAt: must lie between the forwarding (${app.forwardedAt?.toISOString()}) and now`, {
      field: 'input.decidedAt',
      value: data.decidedAt.toISOString(),
    });
  if (data.outcome === 'DENIED' && (!data.reason || !data.legalBasis))
    throw new ValidationError('input.reason: a denial needs its reason and legal basis (input.legalBasis)', {
      field: 'input.reason',
      value: data.reason ?? null,
    });
  const decidedAt = data.decidedAt;
  const higherDecision = { authority: item.forwarding?.decidedBy ?? '', documentNumber: data.documentNumber, decidedAt, recorded: actorStamp(ctx.caller, now) };
  const decision = {
    decidedAt,
    decidedOnTime: app.decisionDueDate ? decidedAt.getTime() <= app.decisionDueDate.getTime() : null,
    higherDecision,
  };
  const outcome = data.outcome;
  const set =
    outcome === 'APPROVED'
      ? { ...decision, certificateNumber: data.documentNumber }
      : outcome === 'DENIED'
        ? { ...decision, decisionReason: data.reason, denialLegalBasis: data.legalBasis }
        : { ...decision, filingNumber: data.documentNumber };
  return transition(ctx, app, item, version, {
    to: outcome,
    at: now,
    reason: `${higherDecision.authority} ${data.documentNumber}${data.reason ? `: ${data.reason}` : ''}`,
    set,
  });
}
