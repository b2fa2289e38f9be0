import type { Model } from 'mongoose';
import { ABOVE_SCALE_NUMBERS, DEMO_PARK, DEMO_ROSTER, demoEnterpriseId, demoId, demoOfficerId, upsertDemoDocuments } from '@pecg/demo';
import { oneOfficerSlot, projectSlot, type EnterprisesModels, type OfficerAssignmentDoc, type PoliceOfficerDoc } from '../models';
import { alerts } from './alerts';
import { demoMatches, demoNeeds, demoResources } from './cooperation';
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
  // 一企一警: every above-scale enterprise of the roster (all outside the incubator) has its officer
  const one = ABOVE_SCALE_NUMBERS.map((n, i) => {
    const enterpriseId = demoEnterpriseId(n);
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
    [103, 9, '危险化学品道路运输许可'],
    [117, 1, '安全生产标准化建设'],
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

/** Idempotent demo data: inserts missing documents by deterministic id, never overwrites user changes. */
export async function seedDemo(models: EnterprisesModels): Promise<{ created: number }> {
  const enterprises = DEMO_ROSTER.map((entry) => demoEnterprise(entry.n));
  const members = enterprises.filter((e) => e.allianceMember);
  const partyOrganizations = enterprises
    .filter((e) => e.allianceMember)
    .map((e, i) => ({
      _id: demoId('party-organization', i + 1),
      enterpriseId: e._id,
      name:
        e.category === 'ABOVE_SCALE'
          ? `中共${e.name}总支部委员会`
          : i % 6 === 5
            ? `万象园区第${Math.ceil((i + 1) / 6)}联合党支部（${e.name}）`
            : `中共${e.name}支部委员会`,
      // above-scale firms have a general branch (党总支); small incubator firms share joint branches now and then
      type: e.category === 'ABOVE_SCALE' ? ('GENERAL_BRANCH' as const) : i % 6 === 5 ? ('JOINT_BRANCH' as const) : ('BRANCH' as const),
      memberCount: 3 + ((i * 5) % 25),
      secretary: personName(i + 200),
      version: 1,
      updated: SEED_ACTOR,
    }));
  const needs = demoNeeds(members);
  const resources = demoResources(members);
  const matches = demoMatches(needs, resources);
  // the first seed's generic stand-in for the investment-warning story (firm #5, 2023-05-10), if never changed
  await models.RiskAlert.deleteOne({ _id: demoId('risk-alert', 1), version: 1, 'raised.subject': SEED_ACTOR.subject }).exec();
  const created = await Promise.all([
    upsertMissing(models.Enterprise, enterprises),
    upsertMissing(models.PoliceOfficer, officers()),
    upsertMissing(models.PartyOrganization, partyOrganizations),
    upsertMissing(models.OfficerAssignment, assignments()),
    upsertMissing(models.ServiceNeed, needs),
    upsertMissing(models.AdvantageResource, resources),
    upsertMissing(models.RiskAlert, alerts()),
    upsertMissing(models.ResourceMatch, matches),
  ]);
  return { created: created.reduce((a, b) => a + b, 0) };
}
