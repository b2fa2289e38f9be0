import { demoEnterpriseId, demoId, demoOfficerId, INVESTMENT_WARNING_STORY } from '@pecg/demo';
import { monthKey } from '@pecg/common';
import { SEVERITY_RANK, type RiskAlertDoc } from '../models';
import { SEED_ACTOR } from './park';

const at = (iso: string) => ({ ...SEED_ACTOR, at: new Date(iso) });

/**
 * The September 2022 story (article 1): during the alliance's 集中学习 the park's business manager learned
 * from officers that the investment agreement he was about to sign was a nominee-holding (代持)
 * agreement with a counterparty buried in lawsuits, and stopped the investment — on the park's
 * operating company (roster n = 122), linked to the activity (activities subgraph), loss avoided recorded.
 */
function storyAlert(): RiskAlertDoc {
  const story = INVESTMENT_WARNING_STORY;
  const stamp = { ...SEED_ACTOR, at: story.raisedAt };
  return {
    _id: story.alertId,
    enterpriseId: demoEnterpriseId(story.enterpriseN),
    type: 'NOMINEE_HOLDING',
    severity: 'CRITICAL',
    severityRank: SEVERITY_RANK.CRITICAL,
    title: story.alertTitle,
    description: `${story.askedBy}在集中学习中就拟签投资协议向民警咨询：协议系代持协议，对方公司涉诉较多、无法正常经营，投资款存在无法收回风险。`,
    source: `党建活动：${story.activityTitle}（2022-09-16）`,
    origin: { subgraph: 'activities', typename: 'Activity', id: story.activityId.toHexString() },
    evidence: '拟签投资协议（代持条款）；对方公司涉诉记录（裁判文书网）',
    raisedByOfficerId: demoOfficerId(1),
    status: 'CLOSED',
    acknowledgedAt: story.raisedAt,
    dismissalReason: null,
    mitigation: '民警当场提示风险，企业停止投资、未签订协议',
    lossAvoidedYuan: story.lossAvoidedYuan,
    raised: stamp,
    updated: stamp,
    raisedAt: story.raisedAt,
    raisedMonth: monthKey(story.raisedAt),
    version: 1,
  };
}

/** The demo's risk alerts: the investment-warning story, and a few alerts of other kinds on fitting firms. */
export function alerts(): RiskAlertDoc[] {
  const base = (
    n: number,
    e: number,
    fields: Partial<RiskAlertDoc> & Pick<RiskAlertDoc, 'type' | 'severity' | 'status' | 'description' | 'source'>,
    raisedAtIso: string,
  ): RiskAlertDoc => ({
    _id: demoId('risk-alert', n),
    enterpriseId: demoEnterpriseId(e),
    evidence: null,
    raisedByOfficerId: demoOfficerId(((e - 1) % 8) + 1),
    acknowledgedAt: null,
    dismissalReason: null,
    mitigation: null,
    lossAvoidedYuan: null,
    title: null,
    origin: null,
    raised: at(raisedAtIso),
    updated: at(raisedAtIso),
    raisedAt: new Date(raisedAtIso),
    raisedMonth: monthKey(new Date(raisedAtIso)),
    version: 1,
    severityRank: SEVERITY_RANK[fields.severity],
    ...fields,
  });
  return [
    storyAlert(),
    base(
      2,
      104,
      {
        type: 'COUNTERPARTY_LITIGATION',
        severity: 'HIGH',
        status: 'NOTIFIED',
        description: '主要供应商涉合同纠纷被冻结账户，可能影响原料供应。',
        source: '企业运营环境监测',
      },
      '2024-03-04T15:00:00+08:00',
    ),
    base(
      3,
      8,
      { type: 'FRAUD', severity: 'MEDIUM', status: 'TRIAGED', description: '财务人员收到冒充公司负责人的转账指令。', source: '反诈中心预警' },
      '2024-04-18T11:20:00+08:00',
    ),
    base(
      4,
      105,
      { type: 'SAFETY', severity: 'HIGH', status: 'DETECTED', description: '仓库危险化学品存放不规范。', source: '群防群治安全检查' },
      '2024-05-02T14:00:00+08:00',
    ),
    base(
      5,
      23,
      {
        type: 'IP_INFRINGEMENT',
        severity: 'LOW',
        status: 'DISMISSED',
        description: '疑似商标被仿冒。',
        source: '企业联络员反映',
        dismissalReason: '核查为同名商标，已合法授权',
      },
      '2024-02-20T10:00:00+08:00',
    ),
    base(
      6,
      31,
      { type: 'FRAUD', severity: 'CRITICAL', status: 'DETECTED', description: '企业收到虚假招标邀请并被要求缴纳保证金。', source: '企业联络员反映' },
      '2024-06-06T16:45:00+08:00',
    ),
  ];
}
