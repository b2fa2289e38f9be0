import { demoId, demoOfficerId } from '@pecg/demo';
import { monthKey } from '@pecg/common';
import type { AdvantageResourceDoc, EnterpriseDoc, ResourceMatchDoc, ServiceNeedDoc } from '../models';
import { endOfCstDay } from '../services/due';
import { SEED_ACTOR } from './park';

/** The demo's service needs of alliance members (2023), with due dates, assignees, resolved on time or late. */
export function demoNeeds(members: EnterpriseDoc[]): ServiceNeedDoc[] {
  const needCategories = ['SECURITY', 'LEGAL', 'APPROVAL', 'STAFFING', 'POLICY', 'OTHER'] as const;
  const needStatuses = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'OPEN', 'DECLINED', 'OPEN'] as const;
  return Array.from({ length: 24 }, (_, i): ServiceNeedDoc => {
    const raisedAt = new Date(Date.UTC(2023, i % 12, 3 + i, 2));
    const status = needStatuses[i % needStatuses.length];
    // two in three have a due date 14 days on (every resolved one among them); resolved ones took 5 or 20 days (on time or late)
    const dueOn = i % 3 === 1 ? null : new Date(Date.UTC(2023, i % 12, 3 + i + 14));
    const dueBy = dueOn ? endOfCstDay(dueOn) : null;
    const closedAt = new Date(raisedAt.getTime() + (i % 4 < 2 ? 5 : 20) * 86_400_000);
    return {
      _id: demoId('service-need', i + 1),
      enterpriseId: members[(27 + i * 5) % members.length]._id,
      category: needCategories[i % needCategories.length],
      description: ['夜间园区周边巡逻', '劳动合同法律咨询', '危化品运输许可办理指导', '招聘保安人员', '高新技术企业政策解读', '员工子女入学咨询'][i % 6],
      status,
      resolution: status === 'RESOLVED' ? '已由驻站民警协调办结' : status === 'DECLINED' ? '不属于公安职能，已转交园区管委会' : null,
      raised: { ...SEED_ACTOR, at: raisedAt },
      started: status === 'OPEN' ? null : { ...SEED_ACTOR, at: raisedAt },
      resolved: status === 'RESOLVED' || status === 'DECLINED' ? { ...SEED_ACTOR, at: closedAt } : null,
      raisedAt,
      dueOn,
      dueBy,
      resolvedOnTime: status === 'RESOLVED' && dueBy ? closedAt.getTime() <= dueBy.getTime() : null,
      assigneeOfficerId: status === 'OPEN' ? null : demoOfficerId((i % 8) + 1),
      assigneeEnterpriseId: null,
      assigned: status === 'OPEN' ? null : { ...SEED_ACTOR, at: raisedAt },
      origin: null,
      matchCount: 0,
      raisedMonth: monthKey(raisedAt),
      version: 1,
    };
  });
}

/** Advantage resources the alliance members offer. */
export function demoResources(members: EnterpriseDoc[]): AdvantageResourceDoc[] {
  const kinds = ['VENUE', 'EXPERTISE', 'VOLUNTEERS', 'EQUIPMENT', 'OTHER'] as const;
  return Array.from({ length: 15 }, (_, i): AdvantageResourceDoc => ({
    _id: demoId('advantage-resource', i + 1),
    enterpriseId: members[(i * 3) % members.length]._id,
    kind: kinds[i % kinds.length],
    description: ['200 人报告厅可供警企议事', '知识产权律师团队义务咨询', '20 名职工志愿者参与群防群治', '无人机巡查设备', '职工食堂可承接活动用餐'][i % 5],
    available: i % 4 !== 3,
    offered: SEED_ACTOR,
    offeredAt: new Date(Date.UTC(2022, 3 + i, 10)),
    status: 'ACTIVE',
    matchCount: 0,
    version: 1,
  }));
}

/**
 * Two resources matched to needs of other enterprises (volunteers for night patrols, proposed; legal
 * advice for a labour-contract question, accepted). Each match raises the need's version and both
 * records' matchCount, as matchResourceToNeed does.
 */
export function demoMatches(needs: ServiceNeedDoc[], resources: AdvantageResourceDoc[]): ResourceMatchDoc[] {
  const pairs: Array<[resource: number, need: number, outcome: ResourceMatchDoc['outcome'], note: string]> = [
    [2, 0, 'PROPOSED', '志愿者可参与园区周边夜间巡逻'],
    [1, 1, 'ACCEPTED', '律师团队已与企业约定上门时间'],
  ];
  return pairs.map(([r, n, outcome, note], i) => {
    const resource = resources[r];
    const need = needs[n];
    resource.matchCount = (resource.matchCount ?? 0) + 1;
    need.matchCount = (need.matchCount ?? 0) + 1;
    need.version += 1;
    const matchedAt = new Date(need.raisedAt.getTime() + 2 * 86_400_000);
    const matched = { ...SEED_ACTOR, at: matchedAt };
    return {
      _id: demoId('resource-match', i + 1),
      resourceId: resource._id,
      needId: need._id,
      offeringEnterpriseId: resource.enterpriseId,
      needEnterpriseId: need.enterpriseId,
      enterpriseIds: [resource.enterpriseId, need.enterpriseId],
      resourceKind: resource.kind,
      resourceDescription: resource.description,
      note,
      matched,
      matchedAt,
      outcome,
      outcomeNote: outcome === 'ACCEPTED' ? '企业确认接受' : null,
      outcomeStamp: outcome === 'ACCEPTED' ? { ...SEED_ACTOR, at: new Date(matchedAt.getTime() + 86_400_000) } : null,
      version: outcome === 'ACCEPTED' ? 2 : 1,
    };
  });
}
