import { DEMO_PARK, demoEnterpriseId, demoRosterEntry, INCUBATOR } from '@pecg/demo';
import { type ActorStamp } from '@pecg/common';
import { monthKey } from '@pecg/common';
import { CREDIT_CODE_CHARSET, withCheckCharacter } from '../domain/credit-code';
import type { EnterpriseDoc } from '../models';

const STREETS = ['创新大道', '科创路', '象耳路', '万象街', '甘眉大道', '岷东大道'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['建国', '志强', '秀英', '丽华', '海涛', '晓燕', '俊杰', '文博', '雪梅', '国栋', '思远', '佳怡', '明辉', '红霞', '子涵', '德明'];

export const SEED_ACTOR: ActorStamp = { subject: 'seed', role: 'ADMIN', name: '演示数据', at: DEMO_PARK.allianceFoundedOn };
export const DEMO_PARK_NAME = INCUBATOR;

/** A name for a benchmark enterprise past the roster (n > 122): the incubator's naming pattern. */
function benchEnterpriseName(n: number): { name: string; industry: string } {
  const base = demoRosterEntry(((n - 1) % DEMO_PARK.incubatorCount) + 1);
  return { name: base.name.replace('有限公司', `${n}号有限公司`), industry: base.industry };
}

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

/** Name and industry of roster enterprise n (1…122): the demo roster (@pecg/demo) is the one source. */
export function demoEnterpriseName(n: number): { name: string; industry: string } {
  const { name, industry } = demoRosterEntry(n);
  return { name, industry };
}

/**
 * Enterprise n of the demo roster: the incubator's 102 小微科创 firms (n 1…102) and the zone's firms
 * outside it (n 103…122, the above-scale ones among them). Beyond the roster (the benchmark's scales)
 * the incubator's pattern repeats: small tech firms, one in ten an alliance member.
 */
export function demoEnterprise(n: number): EnterpriseDoc {
  const roster = n <= DEMO_PARK.enterpriseCount ? demoRosterEntry(n) : null;
  const aboveScale = roster?.category === 'ABOVE_SCALE';
  const member = roster ? roster.allianceMember : n % 10 === 0;
  const { name, industry } = roster ?? benchEnterpriseName(n);
  const registeredAt = new Date(Date.UTC(2022, 1 + (n % 30), 1 + (n % 27), 2));
  const joinedOn = new Date(DEMO_PARK.allianceFoundedOn.getTime() + (n % 5) * 30 * 86_400_000);
  return {
    _id: demoEnterpriseId(n),
    name,
    creditCode: demoCreditCode(n),
    category: roster?.category ?? 'SMALL_MICRO_TECH',
    industry,
    park: roster?.park ?? DEMO_PARK_NAME,
    inIncubator: roster ? roster.inIncubator : true,
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
    alliance: member ? { joinedOn, role: 'MEMBER', liaison: { name: personName(n + 120), phone: mobile(n + 1000) }, leftOn: null } : null,
    version: 1,
    created: SEED_ACTOR,
    updated: SEED_ACTOR,
  };
}
