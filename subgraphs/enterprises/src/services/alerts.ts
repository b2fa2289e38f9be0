import { Types } from 'mongoose';
import { actorStamp, ConflictError, IllegalTransitionError, monthKey, NotFoundError, parseId, parseInput, requireEnterpriseScope, requireRole, updateVersioned } from '@pecg/common';
import type { EnterprisesContext } from '../context';
import { riskAlertLifeCycle } from '../domain/life-cycles';
import { SEVERITY_RANK, type RiskAlertDoc, type RiskAlertStatusValue } from '../models';
import { advanceRiskAlertInput, raiseRiskAlertInput, version } from '../validation';
import { loadEnterprise, loadOfficer } from './loading';
import { POLICY } from './policy';

export async function raiseRiskAlert(ctx: EnterprisesContext, input: unknown): Promise<RiskAlertDoc> {
  requireRole(ctx.caller, POLICY.raiseRiskAlert, 'raise risk alerts');
  const data = parseInput(raiseRiskAlertInput, input);
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
    description: data.description,
    source: data.source,
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

/** triage / notify / acknowledge / mitigate / dismiss / close, conditional on version and status. */
export async function advanceRiskAlert(ctx: EnterprisesContext, id: string, expectedVersion: number, input: unknown): Promise<RiskAlertDoc> {
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const data = parseInput(advanceRiskAlertInput, input);
  requireRole(ctx.caller, data.action === 'ACKNOWLEDGE' ? POLICY.acknowledgeRiskAlert : POLICY.advanceRiskAlert, `${data.action.toLowerCase()} risk alerts`);
  const alert = await ctx.loaders.alertById.load(objectId.toHexString());
  if (!alert) throw new NotFoundError('RiskAlert', id);
  const stamp = actorStamp(ctx.caller);
  if (data.action === 'ACKNOWLEDGE') {
    requireEnterpriseScope(ctx.caller, alert.enterpriseId.toHexString(), 'acknowledge a risk alert');
    if (alert.status !== 'NOTIFIED') throw new IllegalTransitionError('RiskAlert', id, alert.status, 'ACKNOWLEDGED (only a NOTIFIED alert can be acknowledged)', riskAlertLifeCycle.allowedFrom(alert.status));
    if (alert.acknowledgedAt) throw new ConflictError(`RiskAlert "${id}" was already acknowledged at ${alert.acknowledgedAt.toISOString()}`, { id });
    return updateVersioned(ctx.models.RiskAlert, 'RiskAlert', objectId, expectedVersion, { $set: { acknowledgedAt: stamp.at, updated: stamp } }, { status: 'NOTIFIED', acknowledgedAt: null });
  }
  const to = ALERT_TARGET[data.action];
  riskAlertLifeCycle.assert(id, alert.status, to);
  const set: Partial<RiskAlertDoc> = { status: to, updated: stamp };
  if (data.action === 'DISMISS') set.dismissalReason = data.reason!;
  if (data.action === 'MITIGATE') {
    set.mitigation = data.mitigation ?? null;
    set.lossAvoidedYuan = data.lossAvoidedYuan ?? null;
  }
  return updateVersioned(ctx.models.RiskAlert, 'RiskAlert', objectId, expectedVersion, { $set: set }, { status: { $in: riskAlertLifeCycle.sourcesOf(to) } });
}
