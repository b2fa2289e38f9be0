import type { Model } from 'mongoose';
import { DEMO_PARK, demoEnterpriseId, demoId, demoOfficerId, upsertDemoDocuments } from '@pecg/demo';
import { monthKey } from '@pecg/common';
import {
  oneOfficerSlot,
  projectSlot,
  SEVERITY_RANK,
  type EnterprisesModels,
  type OfficerAssignmentDoc,
  type PoliceOfficerDoc,
  type RiskAlertDoc,
} from '../models';
import { demoEnterprise, mobile, personName, SEED_ACTOR } from './park';

/**
 * Inserts documents that are missing (by deterministic _id); never overwrites or duplicates.
 * Documents left by the first skeleton (version 0, never changed by a user: every write increments
 * the version) are upgraded to the full demo shape.
 */
const upsertMissing = <T extends { _id: unknown }>(model: Model<T>, docs: T[]) => upsertDemoDocuments(model, docs, { version: 0 });

const OFFICER_NAMES = ['李明华', '王志刚', '张建军', '刘海波', '陈晓东', '杨国庆', '赵文涛', '黄俊峰', '周立新', '吴德胜', '徐卫东', '孙永平'];

function officers(): PoliceOfficerDoc[] {
  return OFFICER_NAMES.slice(0, DEMO_PARK.officerCount).map((name, i) => ({
    _id: demoOfficerId(i + 1),
    name,
    badgeNumber: `0${51400 + i}`,
    unit: i < 8 ? '象耳派出所' : '治安大队',
    workstation: '万象警务工作站',
    phone: mobile(9000 + i),
    version: 1,
  }));
}

function assignments(): OfficerAssignmentDoc[] {
  const one = Array.from({ length: DEMO_PARK.aboveScaleCount }, (_, i) => {
    const enterpriseId = demoEnterpriseId(i + 1);
    return {
      _id: demoId('assignment', i + 1),
      enterpriseId,
      officerId: demoOfficerId((i % 8) + 1),
      kind: 'ONE_ENTERPRISE_ONE_OFFICER' as const,
      projectName: null,
      startedOn: DEMO_PARK.allianceFoundedOn,
      endedOn: null,
      slot: oneOfficerSlot(enterpriseId),
      assigned: SEED_ACTOR,
      ended: null,
      version: 1,
    };
  });
  const projects = [
    [20, 9, '知识产权保护专项'],
    [25, 10, '安全生产隐患排查'],
    [30, 11, '反诈宣传进企业'],
    [35, 12, '园区消防提升工程'],
    [1, 9, '危险化学品道路运输许可'],
  ] as const;
  const project = projects.map(([n, officer, name], i) => ({
    _id: demoId('assignment', 100 + i),
    enterpriseId: demoEnterpriseId(n),
    officerId: demoOfficerId(officer),
    kind: 'PROJECT_OFFICER' as const,
    projectName: name,
    startedOn: new Date('2023-03-01T00:00:00+08:00'),
    endedOn: null,
    slot: projectSlot(demoEnterpriseId(n), demoOfficerId(officer), name),
    assigned: SEED_ACTOR,
    ended: null,
    version: 1,
  }));
  return [...one, ...project];
}

const at = (iso: string) => ({ ...SEED_ACTOR, at: new Date(iso) });

function alerts(): RiskAlertDoc[] {
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
    raised: at(raisedAtIso),
    updated: at(raisedAtIso),
    raisedAt: new Date(raisedAtIso),
    raisedMonth: monthKey(new Date(raisedAtIso)),
    version: 1,
    severityRank: SEVERITY_RANK[fields.severity],
    ...fields,
  });
  return [
    base(
      1,
      5,
      {
        type: 'NOMINEE_HOLDING',
        severity: 'CRITICAL',
        status: 'CLOSED',
        description: '企业拟投资入股的合作方以代持协议持股，实际控制人涉多起诉讼，投资款存在无法收回风险。',
        source: '企业运营环境监测 / 裁判文书网',
        evidence: '代持协议复印件；对方实际控制人涉诉判决书 7 份',
        acknowledgedAt: new Date('2023-05-12T10:00:00+08:00'),
        mitigation: '民警上门告知风险，企业终止投资计划',
        lossAvoidedYuan: 5_000_000,
      },
      '2023-05-10T09:30:00+08:00',
    ),
    base(
      2,
      2,
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
      12,
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

/** Idempotent demo data: inserts missing documents by deterministic id, never overwrites user changes. */
export async function seedDemo(models: EnterprisesModels): Promise<{ created: number }> {
  const enterprises = Array.from({ length: DEMO_PARK.enterpriseCount }, (_, i) => demoEnterprise(i + 1));
  const partyOrganizations = enterprises
    .filter((e) => e.allianceMember)
    .map((e, i) => ({
      _id: demoId('party-organization', i + 1),
      enterpriseId: e._id,
      name: i % 6 === 5 ? `万象园区第${Math.ceil((i + 1) / 6)}联合党支部（${e.name}）` : `中共${e.name}支部委员会`,
      type: i === 0 ? ('GENERAL_BRANCH' as const) : i % 6 === 5 ? ('JOINT_BRANCH' as const) : ('BRANCH' as const),
      memberCount: 3 + ((i * 5) % 25),
      secretary: personName(i + 200),
      version: 1,
      updated: SEED_ACTOR,
    }));
  const needCategories = ['SECURITY', 'LEGAL', 'APPROVAL', 'STAFFING', 'POLICY', 'OTHER'] as const;
  const needStatuses = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'OPEN', 'DECLINED', 'OPEN'] as const;
  const needs = Array.from({ length: 24 }, (_, i) => {
    const raisedAt = new Date(Date.UTC(2023, i % 12, 3 + i, 2));
    const status = needStatuses[i % needStatuses.length];
    return {
      _id: demoId('service-need', i + 1),
      enterpriseId: demoEnterpriseId(((i * 7) % DEMO_PARK.allianceMemberCount) + 1),
      category: needCategories[i % needCategories.length],
      description: ['夜间园区周边巡逻', '劳动合同法律咨询', '危化品运输许可办理指导', '招聘保安人员', '高新技术企业政策解读', '员工子女入学咨询'][i % 6],
      status,
      resolution: status === 'RESOLVED' ? '已由驻站民警协调办结' : status === 'DECLINED' ? '不属于公安职能，已转交园区管委会' : null,
      raised: { ...SEED_ACTOR, at: raisedAt },
      started: status === 'OPEN' ? null : { ...SEED_ACTOR, at: raisedAt },
      resolved: status === 'RESOLVED' || status === 'DECLINED' ? { ...SEED_ACTOR, at: raisedAt } : null,
      raisedAt,
      raisedMonth: monthKey(raisedAt),
      version: 1,
    };
  });
  const kinds = ['VENUE', 'EXPERTISE', 'VOLUNTEERS', 'EQUIPMENT', 'OTHER'] as const;
  const resources = Array.from({ length: 15 }, (_, i) => ({
    _id: demoId('advantage-resource', i + 1),
    enterpriseId: demoEnterpriseId(((i * 3) % DEMO_PARK.allianceMemberCount) + 1),
    kind: kinds[i % kinds.length],
    description: ['200 人报告厅可供警企议事', '知识产权律师团队义务咨询', '20 名职工志愿者参与群防群治', '无人机巡查设备', '职工食堂可承接活动用餐'][i % 5],
    available: i % 4 !== 3,
    offered: SEED_ACTOR,
    offeredAt: new Date(Date.UTC(2022, 3 + i, 10)),
    version: 1,
  }));
  const created = await Promise.all([
    upsertMissing(models.Enterprise, enterprises),
    upsertMissing(models.PoliceOfficer, officers()),
    upsertMissing(models.PartyOrganization, partyOrganizations),
    upsertMissing(models.OfficerAssignment, assignments()),
    upsertMissing(models.ServiceNeed, needs),
    upsertMissing(models.AdvantageResource, resources),
    upsertMissing(models.RiskAlert, alerts()),
  ]);
  return { created: created.reduce((a, b) => a + b, 0) };
}
