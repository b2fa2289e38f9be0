import { demoId } from './ids';

/**
 * The demo's enterprises, as the articles describe them — one roster every subgraph's seed reads,
 * so an enterprise is the same firm (name, industry, scale, alliance membership, the approvals it
 * would apply for) in every department's data.
 *
 * - n = 1…102: the national tech incubator 万象创新科技产业园's 102 小微科创 firms (article 1:
 *   "园区内现有102家小微科创企业"). None is above-scale; none makes chemicals.
 * - n = 103…122: enterprises of the sub-bureau's jurisdiction outside the incubator (甘眉园区 and the
 *   high-tech zone). The above-scale ones (规上企业) each have a 一企一警 officer (article 1:
 *   "实行规上企业'一企一警'"). 四川新四方肥业有限公司 (article 1, applies for the hazardous-chemicals
 *   road-transport permit) is one of them.
 * - n = 122: the incubator's operating company, whose business manager attended the September 2022
 *   集中学习 and stopped a 5 000 000-yuan investment (the investment-warning story below).
 * - 42 of them have a party organisation in the 警企党建红盟, founded in February 2022 with the
 *   sub-bureau as lead unit (牵头单位) — the lead unit is the sub-bureau, not an enterprise.
 *
 * `approvalItems` are catalogue numbers (1…19, see the approvals catalogue) an enterprise of that
 * kind would apply for: a chemical company for 危化品 items, a hotel for 旅馆业, a security company
 * for 保安服务… — never a software start-up for 民爆 permits.
 */
export type DemoCategory = 'ABOVE_SCALE' | 'SMALL_MICRO_TECH' | 'OTHER';

export interface DemoEnterprise {
  /** Roster number: demoEnterpriseId(n) is its id in every subgraph. */
  n: number;
  name: string;
  /** Industry (行业) in Chinese. */
  industry: string;
  category: DemoCategory;
  /** One of the incubator's 102 firms. */
  inIncubator: boolean;
  /** Its party organisation is a member of the 警企党建红盟. */
  allianceMember: boolean;
  /** Catalogue numbers (1…19) of the approval items it would apply for; empty: none. */
  approvalItems: number[];
  /** Where it is (the incubator or the zone outside it). */
  park: string;
}

export const SUB_BUREAU = '眉山市公安局高新区(甘眉园区)分局';
export const INCUBATOR = '万象创新科技产业园';
export const ZONE = '眉山高新区(甘眉园区)';

/** The incubator firms' industries, with a name suffix and the approval items such a firm files. */
const INCUBATOR_INDUSTRIES: Array<[industry: string, suffix: string, items: number[]]> = [
  ['新材料', '新材料科技', [2, 5]], // 易制爆 purchase filing (lab reagents), seal filing
  ['电子信息', '电子科技', [5]],
  ['生物医药', '生物医药科技', [16, 5]], // 第二类、第三类易制毒 purchase filing (solvents, acids)
  ['智能制造', '智能装备', [5]],
  ['软件和信息服务', '软件技术', [5]],
  ['新能源', '新能源科技', [5]],
  ['节能环保', '环保科技', [5]],
  ['检验检测', '检测技术', [16, 5]],
  ['文化创意', '文化传播', [5]],
  ['数字经济', '数字科技', [5]],
];
const CORES = [
  '锦程',
  '华蓉',
  '岷江',
  '东坡',
  '青衣',
  '蜀源',
  '瑞丰',
  '恒信',
  '启航',
  '智汇',
  '云图',
  '芯联',
  '鼎盛',
  '宏达',
  '嘉禾',
  '星辰',
  '翔宇',
  '博远',
  '天合',
  '立信',
  '聚能',
  '远景',
  '众创',
  '科睿',
  '晟泰',
  '同辉',
  '汇川',
  '金穗',
  '润达',
  '凯盛',
  '优派',
  '精诚',
  '微澜',
  '睿思',
  '卓越',
  '长青',
  '新程',
  '惠民',
  '盛华',
  '峨眉',
];

/** Enterprises of the zone outside the incubator: name, industry, above-scale, alliance member, items. */
const OUTSIDE: Array<[name: string, industry: string, aboveScale: boolean, member: boolean, items: number[]]> = [
  ['四川新四方肥业有限公司', '化肥制造', true, true, [1, 2, 17, 15]],
  ['眉山蜀安危险货物运输有限公司', '危险货物道路运输', true, true, [1, 9, 17]],
  ['眉山岷江精细化工有限公司', '化学原料和化学制品制造', true, true, [8, 9, 2, 16]],
  ['眉山东坡爆破工程有限公司', '爆破工程', true, true, [10, 11, 12]],
  ['四川眉山青衣建材矿业有限公司', '非金属矿采选', true, false, [10, 11, 12]],
  ['眉山华彩烟花爆竹批发有限公司', '烟花爆竹批发', true, true, [3]],
  ['眉山东坡文化旅游发展有限公司', '文化旅游', true, true, [4, 13]],
  ['眉山金盾保安服务有限公司', '保安服务', true, true, [6]],
  ['眉山万象国际酒店有限公司', '住宿业', true, true, [7, 15]],
  ['眉山农商银行高新区支行', '金融业', true, false, [18, 15]],
  ['眉山恒通典当有限公司', '典当', false, true, [14]],
  ['眉山极速网络会所有限公司', '互联网上网服务', false, false, [19]],
  ['四川眉山康源制药有限公司', '医药制造', true, true, [16, 17, 15]],
  ['眉山锦江锂电材料有限公司', '锂电池材料', true, true, [2, 1, 15]],
  ['眉山高新智能装备制造有限公司', '装备制造', true, true, [15, 5]],
  ['眉山蜀味食品有限公司', '食品制造', true, true, [15]],
  ['眉山东坡物流园有限公司', '仓储物流', true, true, [15, 1]],
  ['眉山高新区会展中心有限公司', '会展服务', true, false, [4, 13]],
  ['眉山水街客栈有限公司', '住宿业', false, false, [7]],
  ['眉山万象创新科技产业园运营管理有限公司', '园区运营管理', false, true, [5, 15]],
];

/** The incubator's firms in the 警企党建红盟: 42 members in all with the outside members. */
const outsideMembers = OUTSIDE.filter(([, , , member]) => member).length;
const incubatorMemberNumbers = new Set(
  Array.from({ length: 102 }, (_, i) => i + 1)
    .filter((n) => n % 4 === 1 || n % 17 === 0)
    .slice(0, 42 - outsideMembers),
);

function incubatorFirm(n: number): DemoEnterprise {
  const core = CORES[(n - 1) % CORES.length];
  const round = Math.floor((n - 1) / CORES.length);
  const [industry, suffix, items] = INCUBATOR_INDUSTRIES[(n * 3 + round) % INCUBATOR_INDUSTRIES.length];
  const region = ['四川', '眉山', '眉山市'][round];
  return {
    n,
    name: `${region}${core}${suffix}有限公司`,
    industry,
    category: 'SMALL_MICRO_TECH',
    inIncubator: true,
    allianceMember: incubatorMemberNumbers.has(n),
    approvalItems: items,
    park: INCUBATOR,
  };
}

function outsideFirm(n: number): DemoEnterprise {
  const [name, industry, aboveScale, member, items] = OUTSIDE[n - 103];
  return { n, name, industry, category: aboveScale ? 'ABOVE_SCALE' : 'OTHER', inIncubator: false, allianceMember: member, approvalItems: items, park: ZONE };
}

/** Every demo enterprise, n = 1…122. */
export const DEMO_ROSTER: readonly DemoEnterprise[] = Object.freeze([
  ...Array.from({ length: 102 }, (_, i) => incubatorFirm(i + 1)),
  ...OUTSIDE.map((_, i) => outsideFirm(103 + i)),
]);

/** The roster entry of enterprise n (1…122). */
export function demoRosterEntry(n: number): DemoEnterprise {
  const entry = DEMO_ROSTER[n - 1];
  if (!entry) throw new RangeError(`demo enterprise ${n} is not in the roster (1…${DEMO_ROSTER.length})`);
  return entry;
}

/** Roster numbers of the above-scale enterprises (规上企业), each with a 一企一警 officer. */
export const ABOVE_SCALE_NUMBERS: readonly number[] = DEMO_ROSTER.filter((e) => e.category === 'ABOVE_SCALE').map((e) => e.n);

/** Roster numbers of the enterprises that apply for catalogue item `item` (1…19). */
export function applicantsOf(item: number): number[] {
  return DEMO_ROSTER.filter((e) => e.approvalItems.includes(item)).map((e) => e.n);
}

/** The 警企党建红盟 as article 1 tells it. */
export const DEMO_ALLIANCE = {
  name: '警企党建红盟',
  /** "去年2月 … 共同组建": February 2022. */
  foundedOn: new Date('2022-02-15T00:00:00+08:00'),
  leadUnit: SUB_BUREAU,
  memberCount: 42,
  base: '万象警务工作站党建家园',
} as const;

/**
 * The investment-warning story (article 1): in September 2022 the park's business manager attended
 * a 集中学习 session of the alliance, asked the officers about an investment agreement he was about to
 * sign, learned it was a nominee-holding (代持) agreement with a counterparty buried in lawsuits, and
 * stopped an investment of more than 5 000 000 yuan. One activity (activities), one risk alert on the
 * park's operating company linked to it (enterprises), with the loss avoided.
 */
export const INVESTMENT_WARNING_STORY = {
  /** The park's operating company (roster n = 122). */
  enterpriseN: 122,
  /** The 集中学习 session (activities subgraph): id, kind and time. */
  activityId: demoId('story-activity', 1),
  activityTitle: '警企党建红盟集中学习：企业投资与合同法律风险防范',
  activityStartsAt: new Date('2022-09-16T14:30:00+08:00'),
  activityEndsAt: new Date('2022-09-16T17:00:00+08:00'),
  venue: '党建活动室',
  /** The risk alert (enterprises subgraph). */
  alertId: demoId('story-alert', 1),
  alertTitle: '拟签投资协议系代持协议，对方公司涉诉较多、无法正常经营',
  raisedAt: new Date('2022-09-16T16:40:00+08:00'),
  /** The investment stopped: 500多万元; recorded as the 5 000 000 yuan the article states at least. */
  lossAvoidedYuan: 5_000_000,
  /** The person who asked: the park's business manager (业务经理), a role, not a real name. */
  askedBy: '园区业务经理',
} as const;

/** The IP-protection and risk-prevention training of 2023-08-07 with 24 enterprise heads (article 1). */
export const IP_TRAINING_STORY = {
  startsAt: new Date('2023-08-07T14:30:00+08:00'),
  enterpriseHeads: 24,
} as const;
