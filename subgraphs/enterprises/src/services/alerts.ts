import { Types } from 'mongoose';
import { actorStamp, IllegalTransitionError, monthKey, parseId, parseInput, requireRole, StateConditionError, updateVersioned } from '@pecg/common';
import type { EnterprisesContext } from '../context';
import { riskAlertLifeCycle } from '../domain/life-cycles';
import { SEVERITY_RANK, type RiskAlertDoc, type RiskAlertStatusValue } from '../models';
import { advanceRiskAlertInput, raiseRiskAlertInput, version } from '../validation';
import { loadEnterprise, loadOfficer } from './loading';
import { POLICY } from './policy';
import { recordSource, requireRaiser } from './sources';

/**
 * Raises an alert: ADMIN, POLICE, or a department's service account from one of its records (`origin`).
 * Retries are idempotent through the Idempotency-Key header (subgraph server).
 */
export async function raiseRiskAlert(ctx: EnterprisesContext, input: unknown): Promise<RiskAlertDoc> {
  const data = parseInput(raiseRiskAlertInput, input);
  requireRaiser(ctx, POLICY.raiseRiskAlert, 'raise risk alerts', data.origin, 'input.origin');
  const enterprise = await loadEnterprise(ctx, data.enterpriseId, 'input.enterpriseId');
  const officerId = data.officerId ?? ctx.caller.officerId ?? null;
  const officer = officerId ? await loadOfficer(ctx, officerId, data.officerId ? 'input.officerId' : 'token officerId') : null;
  const stamp = actorStamp(ctx.caller);
  const doc = await ctx.models.RiskAlert.create({
    _id: new Types.ObjectId(),
    enterpriseId: enterprise._id,
    type: data.type,
    severity: data.severity,
    severityRank: SEVERITY_RANK[data.severity],
    title: data.title ?? null,
    description: data.description,
    source: data.source,
    origin: recordSource(data.origin),
    evidence: data.evidence ?? null,
    raisedByOfficerId: officer?._id ?? null,
    status: 'DETECTED',
    acknowledgedAt: null,
    dismissalReason: null,
    mitigation: null,
    lossAvoidedYuan: null,
    raised: stamp,
    updated: stamp,
    raisedAt: stamp.at,
    raisedMonth: monthKey(stamp.at),
    version: 1,
  });
  return doc.toObject();
}

const ALERT_TARGET: Record<'TRIAGE' | 'NOTIFY' | 'MITIGATE' | 'DISMISS' | 'CLOSE', RiskAlertStatusValue> = {
  TRIAGE: 'TRIAGED',
  NOTIFY: 'NOTIFIED',
  MITIGATE: 'MITIGATED',
  DISMISS: 'DISMISSED',
  CLOSE: 'CLOSED',
};

/**
 * triage / notify / acknowledge / mitigate / dismiss / close: one conditional write on version and the
 * states the step may start from, without a read first; only a refusal reads the alert to explain it
 * (NOT_FOUND, CONFLICT, or ILLEGAL_STATE_TRANSITION naming the current state). The model is scoped by
 * the read policy, so an ENTERPRISE caller acknowledging another enterprise's alert misses it: NOT_FOUND,
 * exactly as for an alert that does not exist.
 */
export async function advanceRiskAlert(ctx: EnterprisesContext, id: string, expectedVersion: number, input: unknown): Promise<RiskAlertDoc> {
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const data = parseInput(advanceRiskAlertInput, input);
  requireRole(ctx.caller, data.action === 'ACKNOWLEDGE' ? POLICY.acknowledgeRiskAlert : POLICY.advanceRiskAlert, `${data.action.toLowerCase()} risk alerts`);
  const stamp = actorStamp(ctx.caller);
  let updated: RiskAlertDoc;
  if (data.action === 'ACKNOWLEDGE') {
    updated = await updateVersioned(
      ctx.models.RiskAlert,
      'RiskAlert',
      objectId,
      expectedVersion,
      { $set: { acknowledgedAt: stamp.at, updated: stamp } },
      { status: 'NOTIFIED', acknowledgedAt: null },
      {
        notApplicable: (current) => {
          if (current.status !== 'NOTIFIED')
            throw new IllegalTransitionError(
              'RiskAlert',
              id,
              current.status,
              'ACKNOWLEDGED (only a NOTIFIED alert can be acknowledged)',
              riskAlertLifeCycle.allowedFrom(current.status),
            );
          if (current.acknowledgedAt) throw new StateConditionError('RiskAlert', id, `already acknowledged at ${current.acknowledgedAt.toISOString()}`);
        },
      },
    );
  } else {
    const to = ALERT_TARGET[data.action];
    const set: Partial<RiskAlertDoc> = { status: to, updated: stamp };
    if (data.action === 'DISMISS') set.dismissalReason = data.reason!;
    if (data.action === 'MITIGATE') {
      set.mitigation = data.mitigation ?? null;
      set.lossAvoidedYuan = data.lossAvoidedYuan ?? null;
    }
    updated = await updateVersioned(
      ctx.models.RiskAlert,
      'RiskAlert',
      objectId,
      expectedVersion,
      { $set: set },
      { status: { $in: riskAlertLifeCycle.sourcesOf(to) } },
      {
        notApplicable: (current) => riskAlertLifeCycle.assert(id, current.status, to),
      },
    );
  }
  ctx.loaders.alertById.clear(objectId.toHexString());
  return updated;
}
