import { demoEnterpriseId, demoId, demoOfficerId, demoPersonName, demoPhone } from '@pecg/demo';
import { dayKey, monthKey } from '@pecg/common';
import type { LostPersonCaseDoc, PatrolRouteDoc, PatrolShiftDoc, PersonCategory } from '../models';
import { SEED_ACTOR } from './devices';

const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);
const officer = { subject: 'demo-officer', role: 'POLICE' as const, name: '社区民警', at: SEED_ACTOR.at };

/**
 * Lost-person searches on 东坡水街 (article 2): found with the platform's cameras, the fastest in 30
 * minutes. Days are relative to the seed's day; cases closed long enough ago have had their personal
 * data erased by the retention job.
 */
const CASES: Array<
  [
    category: PersonCategory,
    age: number,
    daysAgo: number,
    minutesToFind: number | null,
    place: string,
    outcome: 'CLOSED' | 'HANDED_OVER' | 'SEARCHING' | 'CANCELLED',
  ]
> = [
  ['CHILD', 6, 3, 30, '东坡水街中段', 'CLOSED'],
  ['ELDER', 78, 9, 38, '滨河步道', 'CLOSED'],
  ['CHILD', 4, 15, 52, '民俗广场', 'CLOSED'],
  ['ELDER', 82, 21, 95, '白虎滩大桥东桥头', 'HANDED_OVER'],
  ['CHILD', 9, 26, 45, '美食街', 'CLOSED'],
  ['OTHER', 35, 12, null, '游客服务中心', 'CANCELLED'],
  ['ELDER', 75, 0, null, '亲水平台', 'SEARCHING'],
];

export function demoLostPersonCases(now: Date): LostPersonCaseDoc[] {
  const today = new Date(`${dayKey(now)}T10:00:00+08:00`);
  return CASES.map(([category, age, daysAgo, minutes, place, outcome], i) => {
    const reportedAt = new Date(today.getTime() - daysAgo * 86_400_000 + i * 37 * 60_000);
    const stamp = { ...officer, at: reportedAt };
    const timeline: LostPersonCaseDoc['timeline'] = [{ from: null, to: 'REPORTED', reason: null, actor: stamp, at: reportedAt }];
    const step = (to: LostPersonCaseDoc['status'], when: Date, reason: string | null = null) =>
      timeline.push({ from: timeline[timeline.length - 1].to, to, reason, actor: { ...officer, at: when }, at: when });
    const searchStartedAt = at(reportedAt, 3);
    if (outcome !== 'CANCELLED') step('SEARCHING', searchStartedAt);
    const foundAt = minutes === null ? null : at(reportedAt, minutes);
    const handedOverAt = foundAt ? at(foundAt, 15) : null;
    const closedAt = outcome === 'CLOSED' ? at(handedOverAt!, 60) : outcome === 'CANCELLED' ? at(reportedAt, 20) : null;
    if (foundAt) step('FOUND', foundAt);
    if (handedOverAt) step('HANDED_OVER', handedOverAt);
    if (outcome === 'CLOSED') step('CLOSED', closedAt!);
    if (outcome === 'CANCELLED') step('CANCELLED', closedAt!, '家属电话告知已自行返回');
    const n = 7000 + i;
    return {
      _id: demoId('cs-lost-person-case', i + 1),
      caseNumber: `BHT-ZS-${monthKey(reportedAt).slice(0, 4)}-D${String(i + 1).padStart(3, '0')}`,
      category,
      personName: demoPersonName(n),
      personAge: age,
      description: category === 'CHILD' ? '身穿红色上衣、蓝色短裤，背黄色小书包' : category === 'ELDER' ? '灰色外套，拄拐杖，说本地方言' : '黑色T恤，戴眼镜',
      reporterName: demoPersonName(n + 100),
      reporterPhone: demoPhone(n + 100),
      lastSeenPlace: place,
      lastSeenAt: at(reportedAt, -10),
      status: outcome === 'HANDED_OVER' ? 'HANDED_OVER' : outcome,
      reportedAt,
      reportedMonth: monthKey(reportedAt),
      searchStartedAt: outcome === 'CANCELLED' ? null : searchStartedAt,
      foundAt,
      foundPlace: foundAt ? `${place}附近` : null,
      minutesToFind: minutes,
      handedOverTo: handedOverAt ? (category === 'CHILD' ? '母亲' : '子女') : null,
      handedOverAt,
      closedAt,
      personalDataErasedAt: null,
      sightings: foundAt
        ? [
            {
              at: at(reportedAt, Math.max(5, minutes! - 10)),
              eventId: null,
              deviceId: demoId('cs-device-AI_CAMERA', 1 + (i % 23)),
              placeName: place,
              note: 'AI摄像机比对发现',
              recorded: { ...officer, at: at(reportedAt, Math.max(5, minutes! - 9)) },
            },
          ]
        : [],
      timeline,
      created: stamp,
      updated: timeline[timeline.length - 1].actor,
      version: timeline.length,
    };
  });
}

/** Patrol routes: the four grids of 白虎滩 and the three of the park (grid numbers of the mediation demo). */
const ROUTES: Array<[name: string, grid: number, checkpoints: string[]]> = [
  ['白虎滩第一网格巡逻线', 1, ['第一小区大门', '农贸市场', '社区卫生服务站']],
  ['白虎滩第二网格巡逻线', 2, ['第二小区大门', '第二小区地下车库', '社区综治中心']],
  ['白虎滩第三网格巡逻线', 3, ['第三小区大门', '幼儿园门口', '第三小区东门']],
  ['东坡水街景区巡逻线', 4, ['东坡水街北口', '东坡水街中段', '东坡水街南口', '亲水平台']],
  ['园区东区安全巡查线', 5, ['东区1号厂房', '东区危化品仓库', '东区配电房']],
  ['园区西区安全巡查线', 6, ['西区2号厂房', '西区食堂', '西区消防通道']],
  ['孵化楼巡逻线', 7, ['孵化楼大厅', '万象警务工作站', '孵化楼地下车库']],
];

export function demoRoutes(): PatrolRouteDoc[] {
  return ROUTES.map(([name, grid, checkpoints], i) => ({ _id: demoId('cs-patrol-route', i + 1), name, gridId: demoId('grid', grid), checkpoints, version: 1 }));
}

/**
 * A month of shifts of the volunteer force: one patrol per 白虎滩 route every evening and a safety
 * inspection of each park route on weekdays (the park's force), three volunteers each.
 */
export function demoShifts(now: Date, days: number): PatrolShiftDoc[] {
  const routes = demoRoutes();
  const shifts: PatrolShiftDoc[] = [];
  const todayStart = new Date(`${dayKey(now)}T00:00:00+08:00`).getTime();
  for (let d = days - 1; d >= 1; d -= 1) {
    const dayStart = todayStart - d * 86_400_000;
    routes.forEach((route, r) => {
      const park = r >= 4;
      const weekday = new Date(dayStart + 8 * 3600_000).getUTCDay();
      if (park && (weekday === 0 || weekday === 6)) return;
      const startsAt = new Date(dayStart + (park ? 9 : 19) * 3600_000);
      const n = shifts.length + 1;
      const stamp = { ...SEED_ACTOR, at: new Date(startsAt.getTime() - 86_400_000) };
      const finding = n % 9 === 0;
      const volunteers = [0, 1, 2].map((k) => demoId('volunteer', park ? 2 + ((n * 3 + k) % 550) : 560 + ((n * 3 + k) % 60)));
      shifts.push({
        _id: demoId('cs-patrol-shift', n),
        routeId: route._id,
        gridId: route.gridId,
        kind: park ? 'SAFETY_INSPECTION' : 'PATROL',
        status: 'COMPLETED',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
        month: monthKey(startsAt),
        volunteerIds: volunteers,
        visits: route.checkpoints.map((checkpoint, k) => ({ checkpoint, at: new Date(startsAt.getTime() + (k + 1) * 25 * 60_000) })),
        findings: finding
          ? [
              {
                kind: park ? 'HAZARD' : 'DISPUTE',
                description: park ? '消防通道堆放杂物' : '商户占道经营引发口角',
                at: new Date(startsAt.getTime() + 40 * 60_000),
                incidentId: demoId('cs-patrol-incident', n),
                recorded: { ...SEED_ACTOR, at: new Date(startsAt.getTime() + 40 * 60_000) },
              },
            ]
          : [],
        findingCount: finding ? 1 : 0,
        created: stamp,
        updated: stamp,
        version: 4,
      });
    });
  }
  return shifts;
}

/** The enterprise of a park finding (roster n 103…122 are outside the incubator, inside the zone). */
export const parkFindingEnterprise = (n: number) => demoEnterpriseId(1 + (n % 102));
export const demoOwner = (n: number) => demoOfficerId(1 + (n % 12));
