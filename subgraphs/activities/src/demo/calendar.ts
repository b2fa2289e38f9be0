import { DEMO_ROSTER, INVESTMENT_WARNING_STORY, IP_TRAINING_STORY } from '@pecg/demo';
import type { ActivityKind, ActivityStatus, OrganiserKind } from '../models';

/**
 * The demo year of the 警企党建红盟's activities (2023) with the September 2022 集中学习 of the
 * investment-warning story, and upcoming ones of 2027. Participants are roster numbers (DEMO_ROSTER):
 * the 42 alliance members take part in most activities, other enterprises now and then.
 */
export interface DemoActivity {
  /** demoId('activity', n), except the story's own id. */
  n: number;
  title: string;
  kind: ActivityKind;
  /** 1…4: the functional rooms; 0: an outside address. */
  venue: number;
  address?: string;
  startsAt: string;
  hours: number;
  capacity: number;
  status: ActivityStatus;
  organiserKind: OrganiserKind;
  /** PARTY_ORGANISATION: the member enterprise (roster n) whose party organisation organises. */
  organiserN?: number;
  coOrganisers?: number[];
  /** Roster numbers whose people registered and held a seat (in registration order). */
  enterprises: number[];
  /** Roster numbers whose people waited (after the seats were full). */
  waitlist?: number[];
  /** Every k-th registrant did not come (0: everybody came). */
  noShowEvery: number;
  outcome?: string;
  materials?: Array<{ title: string; reference?: string }>;
  cancellationReason?: string;
}

/** The 42 alliance members (roster numbers). */
export const MEMBERS: readonly number[] = DEMO_ROSTER.filter((e) => e.allianceMember).map((e) => e.n);
const OTHERS: readonly number[] = DEMO_ROSTER.filter((e) => !e.allianceMember).map((e) => e.n);

/** `count` alliance members from position `from` (wrapping), plus `guests` other enterprises. */
function members(from: number, count: number, guests = 0): number[] {
  const picked = Array.from({ length: count }, (_, i) => MEMBERS[(from + i) % MEMBERS.length]);
  const visitors = Array.from({ length: guests }, (_, i) => OTHERS[(from * 7 + i * 13) % OTHERS.length]);
  return [...picked, ...visitors];
}

export const IP_TRAINING: DemoActivity = {
  n: 1,
  title: '知识产权保护及风险防范培训',
  kind: 'TRAINING',
  venue: 2,
  startsAt: IP_TRAINING_STORY.startsAt.toISOString(),
  hours: 2,
  capacity: 30,
  status: 'COMPLETED',
  organiserKind: 'ALLIANCE',
  enterprises: members(0, IP_TRAINING_STORY.enterpriseHeads),
  noShowEvery: 0,
  outcome: '24名企业负责人参加，讲解知识产权保护与经营风险防范，现场解答企业疑问。',
  materials: [
    { title: '知识产权保护手册', reference: '党建书屋 A-03' },
    { title: '企业风险防范案例汇编', reference: '档案 2023-017' },
  ],
};

/** The September 2022 集中学习 where the park's business manager learned of the nominee-holding deal. */
export const INVESTMENT_STUDY: DemoActivity = {
  n: 0,
  title: INVESTMENT_WARNING_STORY.activityTitle,
  kind: 'THEMATIC_STUDY',
  venue: 2,
  startsAt: INVESTMENT_WARNING_STORY.activityStartsAt.toISOString(),
  hours: (INVESTMENT_WARNING_STORY.activityEndsAt.getTime() - INVESTMENT_WARNING_STORY.activityStartsAt.getTime()) / 3_600_000,
  capacity: 40,
  status: 'COMPLETED',
  organiserKind: 'ALLIANCE',
  enterprises: [INVESTMENT_WARNING_STORY.enterpriseN, ...members(3, 17).filter((n) => n !== INVESTMENT_WARNING_STORY.enterpriseN)],
  noShowEvery: 9,
  outcome: '集中学习企业投资与合同法律风险防范；园区业务经理现场咨询拟签投资协议，经民警研判系代持协议、对方公司涉诉较多，及时终止投资，避免损失500余万元。',
  materials: [{ title: '企业投资合同风险提示', reference: '档案 2022-041' }],
};

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

export const DEMO_CALENDAR: DemoActivity[] = [
  IP_TRAINING,
  ...MONTHS.map<DemoActivity>((m, i) => ({
    n: 2 + i,
    title: `${Number(m)}月主题党日：警企共学党章`,
    kind: 'THEMED_PARTY_DAY',
    venue: 2,
    startsAt: `2023-${m}-2${i % 5}T09:00:00+08:00`,
    hours: 3,
    capacity: 40,
    status: 'COMPLETED',
    organiserKind: i % 3 === 2 ? 'PARTY_ORGANISATION' : 'WORKSTATION',
    organiserN: i % 3 === 2 ? MEMBERS[i] : undefined,
    enterprises: members(i * 3, 12 + (i % 5), i % 2),
    noShowEvery: 7,
    outcome: '重温入党誓词，开展警企联学，收集企业服务需求。',
  })),
  ...['03', '06', '09', '12'].map<DemoActivity>((m, i) => ({
    n: 14 + i,
    title: `警企党建红盟经验交流座谈会（第${i + 1}季度）`,
    kind: 'SYMPOSIUM',
    venue: 1,
    startsAt: `2023-${m}-15T15:00:00+08:00`,
    hours: 2,
    capacity: 20,
    status: 'COMPLETED',
    organiserKind: 'ALLIANCE',
    coOrganisers: [MEMBERS[i], MEMBERS[i + 10]],
    enterprises: members(i * 5, 20),
    waitlist: members(i * 5 + 20, 3),
    noShowEvery: 6,
    outcome: '交流党建引领企业发展经验，梳理服务需求与优势资源。',
  })),
  ...['04', '07', '10', '11'].map<DemoActivity>((m, i) => ({
    n: 18 + i,
    title: ['专题学习：优化营商环境', '专题学习：安全生产法', '专题学习：反电信网络诈骗', '专题学习：党的二十大精神'][i],
    kind: 'THEMATIC_STUDY',
    venue: 4,
    startsAt: `2023-${m}-10T10:00:00+08:00`,
    hours: 2,
    capacity: 25,
    status: 'COMPLETED',
    organiserKind: 'WORKSTATION',
    enterprises: members(9 + i * 4, 18, 1),
    noShowEvery: 8,
    outcome: '集中学习并交流心得。',
  })),
  ...['02', '05', '07', '09', '10', '12'].map<DemoActivity>((m, i) => ({
    n: 22 + i,
    title: `警企党建红盟统一活动日（${Number(m)}月）`,
    kind: 'UNIFIED_ACTIVITY_DAY',
    venue: i % 2 === 0 ? 2 : 0,
    address: i % 2 === 0 ? undefined : '眉山高新区(甘眉园区)万象广场',
    startsAt: `2023-${m}-28T09:30:00+08:00`,
    hours: 4,
    capacity: 42,
    status: 'COMPLETED',
    organiserKind: 'ALLIANCE',
    coOrganisers: [MEMBERS[40], MEMBERS[41]],
    enterprises: members(i * 2, 30 + i * 2),
    noShowEvery: 10,
    outcome: '联盟成员统一开展志愿服务与安全宣传。',
  })),
  ...['05', '08', '11'].map<DemoActivity>((m, i) => ({
    n: 28 + i,
    title: `清亲连心一对一咨询（${Number(m)}月）`,
    kind: 'ONE_TO_ONE_CONSULTATION',
    venue: 3,
    startsAt: `2023-${m}-18T14:00:00+08:00`,
    hours: 3,
    capacity: 6,
    status: 'COMPLETED',
    organiserKind: 'WORKSTATION',
    enterprises: members(29 + i, 4, 2),
    waitlist: members(35 + i, 2),
    noShowEvery: 0,
    outcome: '逐一解答企业在合同、用工与安全方面的疑问。',
  })),
  {
    n: 31,
    title: '2027年一季度警企座谈会',
    kind: 'SYMPOSIUM',
    venue: 1,
    startsAt: '2027-01-20T15:00:00+08:00',
    hours: 2,
    capacity: 20,
    status: 'OPEN_FOR_REGISTRATION',
    organiserKind: 'ALLIANCE',
    enterprises: members(0, 20),
    waitlist: members(20, 4),
    noShowEvery: 0,
  },
  {
    n: 32,
    title: '2027年春季主题党日',
    kind: 'THEMED_PARTY_DAY',
    venue: 2,
    startsAt: '2027-03-25T09:00:00+08:00',
    hours: 3,
    capacity: 40,
    status: 'PLANNED',
    organiserKind: 'WORKSTATION',
    enterprises: [],
    noShowEvery: 0,
  },
  {
    n: 33,
    title: '反诈宣传进园区（因台风取消）',
    kind: 'UNIFIED_ACTIVITY_DAY',
    venue: 2,
    startsAt: '2023-07-31T09:30:00+08:00',
    hours: 3,
    capacity: 42,
    status: 'CANCELLED',
    organiserKind: 'PARTY_ORGANISATION',
    organiserN: MEMBERS[5],
    enterprises: members(12, 10),
    noShowEvery: 0,
    cancellationReason: '台风预警，按应急预案取消户外及集中活动',
  },
];
