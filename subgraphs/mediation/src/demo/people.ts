import { demoEnterpriseId, demoId, demoPersonName, demoPhone, INCUBATOR } from '@pecg/demo';
import { monthKey, type ActorStamp } from '@pecg/common';
import type { DutyShiftDoc, ShiftOutcome, VolunteerDoc, VolunteerDuty, VolunteerRole } from '../models';
import { PARK_GRIDS, RESIDENTIAL_GRIDS, SCENIC_GRID } from './places';

/**
 * The demo force. The park's (万象创新科技产业园, the incubator's 102 firms) 620 members serve in the park's
 * grids: its 3 grid workers, 20 people's mediators, 5 lawyers and 592 volunteers who work for incubator
 * firms (demoEnterpriseId(1…102)). 白虎滩社区's own 40 serve in 白虎滩's grids: its 4 grid workers, 10
 * people's mediators, 2 lawyers and 24 residents; none works for a park firm.
 */
export const DEMO_VOLUNTEER_COUNT = 620;
export const BAIHUTAN_FORCE_COUNT = 40;
export const DEMO_SEED_SUBJECT = 'demo-seed';

/** A stamp of the demo seed at a moment. */
export const seedStamp = (at: Date): ActorStamp => ({ subject: DEMO_SEED_SUBJECT, role: 'MEDIATOR', name: '演示数据', at });

const DUTY_SETS: VolunteerDuty[][] = [['PATROL'], ['SAFETY_INSPECTION'], ['MEDIATION'], ['PATROL', 'SAFETY_INSPECTION'], ['PATROL', 'MEDIATION']];
const SKILLS: Record<VolunteerRole, string[][]> = {
  PEOPLES_MEDIATOR: [['劳动争议', '合同'], ['婚姻家庭', '邻里'], ['征地拆迁'], ['旅游消费', '方言']],
  LAWYER: [
    ['劳动法', '公司法'],
    ['民法典', '婚姻家庭'],
  ],
  GRID_WORKER: [['网格巡查', '信息采集']],
  VOLUNTEER: [[], ['急救'], ['普法宣传']],
};

interface Member {
  n: number;
  role: VolunteerRole;
  grid: number;
  enterprise: number | null;
  person: number;
}

function parkMembers(): Member[] {
  return Array.from({ length: DEMO_VOLUNTEER_COUNT }, (_, i) => {
    if (i < 3) return { n: i + 1, role: 'GRID_WORKER', grid: PARK_GRIDS[i], enterprise: null, person: 9000 + PARK_GRIDS[i] - 1 };
    if (i < 23) return { n: i + 1, role: 'PEOPLES_MEDIATOR', grid: PARK_GRIDS[i % 3], enterprise: null, person: 5000 + i };
    if (i < 28) return { n: i + 1, role: 'LAWYER', grid: PARK_GRIDS[i % 3], enterprise: null, person: 5000 + i };
    return { n: i + 1, role: 'VOLUNTEER', grid: PARK_GRIDS[i % 3], enterprise: (i % 102) + 1, person: 5000 + i };
  });
}

function baihutanMembers(): Member[] {
  const grids = [...RESIDENTIAL_GRIDS, SCENIC_GRID];
  return Array.from({ length: BAIHUTAN_FORCE_COUNT }, (_, i) => {
    const n = DEMO_VOLUNTEER_COUNT + i + 1;
    if (i < 4) return { n, role: 'GRID_WORKER', grid: grids[i], enterprise: null, person: 9000 + grids[i] - 1 };
    const role: VolunteerRole = i < 14 ? 'PEOPLES_MEDIATOR' : i < 16 ? 'LAWYER' : 'VOLUNTEER';
    return { n, role, grid: grids[i % 4], enterprise: null, person: 6000 + i };
  });
}

/** Volunteer numbers (demoId('volunteer', n)) of the mediators of each site. */
export const PARK_MEDIATORS = Array.from({ length: 20 }, (_, i) => i + 4);
export const BAIHUTAN_MEDIATORS = Array.from({ length: 10 }, (_, i) => DEMO_VOLUNTEER_COUNT + 5 + i);
export const PARK_LAWYERS = [24, 25, 26, 27, 28];
export const BAIHUTAN_LAWYERS = [DEMO_VOLUNTEER_COUNT + 15, DEMO_VOLUNTEER_COUNT + 16];

export function demoVolunteers(): VolunteerDoc[] {
  return [...parkMembers(), ...baihutanMembers()].map((m) => {
    const i = m.n - 1;
    const duties: VolunteerDuty[] =
      m.role === 'VOLUNTEER' ? DUTY_SETS[i % DUTY_SETS.length] : m.role === 'GRID_WORKER' ? ['PATROL', 'MEDIATION'] : ['MEDIATION'];
    const inactive = m.role === 'VOLUNTEER' && i % 25 === 24;
    const joinedOn = new Date(Date.UTC(2022, 1 + (i % 22), 1 + (i % 28)));
    const skills = SKILLS[m.role];
    return {
      _id: demoId('volunteer', m.n),
      name: demoPersonName(m.person),
      phone: demoPhone(m.person),
      duties,
      roles: [m.role],
      skills: skills[i % skills.length],
      gridId: demoId('grid', m.grid),
      communityId: demoId('community', m.grid <= 4 ? 1 : 2),
      enterpriseId: m.enterprise ? demoEnterpriseId(m.enterprise) : null,
      active: !inactive,
      joinedOn,
      deactivated: inactive ? { reason: '本人申请退出', deactivated: seedStamp(new Date(Date.UTC(2025, 5, 1, 2))) } : null,
      version: inactive ? 2 : 1,
      created: seedStamp(joinedOn),
      updated: seedStamp(joinedOn),
    };
  });
}

const OUTCOMES: ShiftOutcome[] = ['QUIET', 'QUIET', 'DISPUTE_FOUND', 'DISPUTE_RESOLVED', 'QUIET', 'REFERRED'];

/** Two mediation duty shifts a month, December 2025 – November 2026, for every mediator of both sites. */
export function demoDutyShifts(): DutyShiftDoc[] {
  const shifts: DutyShiftDoc[] = [];
  const mediators = [...parkMembers(), ...baihutanMembers()].filter((m) => m.role === 'PEOPLES_MEDIATOR');
  let k = 0;
  for (const m of mediators) {
    for (let month = 0; month < 12; month++) {
      for (const day of [5 + (m.n % 9), 18 + (m.n % 9)]) {
        k += 1;
        const startsAt = new Date(Date.UTC(2025, 11 + month, day, 1)); // 09:00 CST
        shifts.push({
          _id: demoId('duty-shift', k),
          volunteerId: demoId('volunteer', m.n),
          gridId: demoId('grid', m.grid),
          communityId: demoId('community', m.grid <= 4 ? 1 : 2),
          enterpriseId: null,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 8 * 3600_000),
          month: monthKey(startsAt),
          outcome: OUTCOMES[k % OUTCOMES.length],
          notes: m.grid <= 4 ? '白虎滩社区调解室值班' : `${INCUBATOR}调解室值班`,
          disputeId: null,
          recorded: seedStamp(new Date(startsAt.getTime() + 8 * 3600_000)),
        });
      }
    }
  }
  return shifts;
}
