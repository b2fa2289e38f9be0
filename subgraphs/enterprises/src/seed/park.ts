import { DEMO_PARK, demoEnterpriseId } from '@pecg/demo';
import { type ActorStamp } from '@pecg/common';
import { monthKey } from '@pecg/common';
import { CREDIT_CODE_CHARSET, withCheckCharacter } from '../domain/credit-code';
import type { EnterpriseDoc } from '../models';

/** The demo park's 102 enterprises, generated deterministically (same data on every machine). */
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
const INDUSTRIES: Array<[string, string]> = [
  ['新材料', '新材料科技'],
  ['电子信息', '电子科技'],
  ['生物医药', '生物医药科技'],
  ['智能制造', '智能装备'],
  ['软件和信息服务', '软件技术'],
  ['食品加工', '食品'],
  ['精细化工', '化工科技'],
  ['新能源', '新能源科技'],
  ['节能环保', '环保科技'],
  ['现代农业', '农业科技'],
];
const STREETS = ['创新大道', '科创路', '象耳路', '万象街', '甘眉大道', '岷东大道'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['建国', '志强', '秀英', '丽华', '海涛', '晓燕', '俊杰', '文博', '雪梅', '国栋', '思远', '佳怡', '明辉', '红霞', '子涵', '德明'];

export const SEED_ACTOR: ActorStamp = { subject: 'seed', role: 'ADMIN', name: '演示数据', at: DEMO_PARK.allianceFoundedOn };
export const DEMO_PARK_NAME = '万象创新科技产业园';

export const personName = (n: number) => SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7 + 3) % GIVEN.length];
export const mobile = (n: number) =>
  `139${String(81_400_000 + n * 7_919)
    .padStart(8, '0')
    .slice(-8)}`;

/** A valid GB 32100-2015 code: 9 (工商) 1 (企业), division 511400 (眉山), organisation code MA6……, check. */
export function demoCreditCode(n: number): string {
  let value = n * 7_919 + 104_729;
  let org = '';
  for (let i = 0; i < 6; i += 1) {
    org = CREDIT_CODE_CHARSET[value % 31] + org;
    value = Math.floor(value / 31);
  }
  return withCheckCharacter(`91511400MA6${org}`);
}

export function demoEnterpriseName(n: number): { name: string; industry: string } {
  if (n === 1) return { name: '四川新四方肥业有限公司', industry: '精细化工' };
  const core = CORES[(n - 2) % CORES.length];
  const [industry, suffix] = INDUSTRIES[(n * 3 + Math.floor((n - 2) / CORES.length)) % INDUSTRIES.length];
  const region = ['四川', '眉山', '眉山市'][Math.floor((n - 2) / CORES.length)];
  return { name: `${region}${core}${suffix}有限公司`, industry };
}

export function demoEnterprise(n: number): EnterpriseDoc {
  const aboveScale = n <= DEMO_PARK.aboveScaleCount;
  const member = n <= DEMO_PARK.allianceMemberCount;
  const { name, industry } = demoEnterpriseName(n);
  const registeredAt = new Date(Date.UTC(2022, 1 + (n % 30), 1 + (n % 27), 2));
  const joinedOn = new Date(DEMO_PARK.allianceFoundedOn.getTime() + (n % 5) * 30 * 86_400_000);
  return {
    _id: demoEnterpriseId(n),
    name,
    creditCode: demoCreditCode(n),
    category: aboveScale ? 'ABOVE_SCALE' : n % 10 === 0 ? 'OTHER' : 'SMALL_MICRO_TECH',
    industry,
    park: DEMO_PARK_NAME,
    address: `眉山市东坡区${STREETS[n % STREETS.length]}${10 + n}号`,
    legalRepresentative: personName(n),
    contacts: [
      { name: personName(n + 40), role: '安全主管', phone: mobile(n) },
      { name: personName(n + 80), role: '行政经理', phone: mobile(n + 500) },
    ],
    employeeCount: aboveScale ? 120 + ((n * 37) % 400) : 5 + ((n * 13) % 60),
    foundedOn: new Date(Date.UTC(2008 + (n % 15), n % 12, 1 + (n % 28))),
    status: n === 101 ? 'SUSPENDED' : 'ACTIVE',
    registeredAt,
    registeredMonth: monthKey(registeredAt),
    allianceMember: member,
    alliance: member
      ? { joinedOn, role: n <= 3 ? 'LEAD_UNIT' : 'MEMBER', liaison: { name: personName(n + 120), phone: mobile(n + 1000) }, leftOn: null }
      : null,
    version: 1,
    created: SEED_ACTOR,
    updated: SEED_ACTOR,
  };
}
