import type { ActivityKind, ActivityStatus } from '../models';

/** The demo year of the 警企党建红盟's activities (2023), plus two upcoming ones. */
export interface DemoActivity {
  n: number;
  title: string;
  kind: ActivityKind;
  venue: number;
  startsAt: string;
  hours: number;
  capacity: number;
  status: ActivityStatus;
  /** Alliance members (1..42) whose people registered. */
  enterprises: number[];
  outcome?: string;
  materials?: Array<{ title: string; reference?: string }>;
}

const range = (from: number, count: number, step = 1) => Array.from({ length: count }, (_, i) => ((from - 1 + i * step) % 42) + 1);

const IP_TRAINING: DemoActivity = {
  n: 1,
  title: '知识产权保护及风险防范培训',
  kind: 'TRAINING',
  venue: 2,
  startsAt: '2023-08-07T14:30:00+08:00',
  hours: 2,
  capacity: 30,
  status: 'COMPLETED',
  enterprises: range(1, 24),
  outcome: '24名企业负责人参加，讲解知识产权保护与经营风险防范，现场解答企业疑问。',
  materials: [
    { title: '知识产权保护手册', reference: '党建书屋 A-03' },
    { title: '企业风险防范案例汇编', reference: '档案 2023-017' },
  ],
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
    enterprises: range(1 + i * 3, 12 + (i % 5), 2),
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
    enterprises: range(1 + i * 5, 15),
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
    enterprises: range(10 + i * 4, 18),
    outcome: '集中学习并交流心得。',
  })),
  ...['02', '05', '07', '09', '10', '12'].map<DemoActivity>((m, i) => ({
    n: 22 + i,
    title: `警企党建红盟统一活动日（${Number(m)}月）`,
    kind: 'UNIFIED_ACTIVITY_DAY',
    venue: 2,
    startsAt: `2023-${m}-28T09:30:00+08:00`,
    hours: 4,
    capacity: 42,
    status: 'COMPLETED',
    enterprises: range(1, 30 + i * 2),
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
    enterprises: range(30 + i, 6),
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
    enterprises: range(1, 8),
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
    enterprises: [],
  },
];
