import { ABOVE_SCALE_NUMBERS, DEMO_ALLIANCE, DEMO_PARK, DEMO_ROSTER, INVESTMENT_WARNING_STORY, applicantsOf, demoRosterEntry } from '../src';

/** The articles' facts the demo roster must tell (article 1, 四川法治报 2023-09-20). */
describe('demo roster', () => {
  it('has the incubator’s 102 firms, all 小微科创, none above-scale and none a chemical maker', () => {
    const incubator = DEMO_ROSTER.filter((e) => e.inIncubator);
    expect(incubator).toHaveLength(102);
    expect(incubator.every((e) => e.category === 'SMALL_MICRO_TECH')).toBe(true);
    expect(incubator.filter((e) => /化工|化肥|肥业|爆破|民爆/.test(e.name + e.industry))).toEqual([]);
    expect(DEMO_PARK.incubatorCount).toBe(102);
  });

  it('puts the above-scale enterprises (一企一警) outside the incubator, 四川新四方肥业 among them', () => {
    expect(ABOVE_SCALE_NUMBERS).toHaveLength(DEMO_PARK.aboveScaleCount);
    expect(ABOVE_SCALE_NUMBERS.every((n) => !demoRosterEntry(n).inIncubator)).toBe(true);
    const fertiliser = DEMO_ROSTER.find((e) => e.name === '四川新四方肥业有限公司');
    expect(fertiliser).toMatchObject({ inIncubator: false, category: 'ABOVE_SCALE' });
    expect(fertiliser?.approvalItems).toContain(1);
    expect(DEMO_ROSTER).toHaveLength(DEMO_PARK.enterpriseCount);
  });

  it('has 42 alliance members, founded in February 2022 with the sub-bureau as lead unit', () => {
    expect(DEMO_ROSTER.filter((e) => e.allianceMember)).toHaveLength(42);
    expect(DEMO_PARK.allianceMemberCount).toBe(42);
    expect(DEMO_ALLIANCE.memberCount).toBe(42);
    expect(DEMO_ALLIANCE.foundedOn.toISOString().slice(0, 7)).toBe('2022-02');
    expect(DEMO_ALLIANCE.leadUnit).toBe('眉山市公安局高新区(甘眉园区)分局');
  });

  it('pairs approval items only with enterprises of a matching industry', () => {
    const industriesOf = (item: number) => new Set(applicantsOf(item).map((n) => demoRosterEntry(n).industry));
    for (const item of [8, 9, 10, 11, 12]) expect(applicantsOf(item).every((n) => !demoRosterEntry(n).inIncubator)).toBe(true);
    expect([...industriesOf(6)]).toEqual(['保安服务']);
    expect([...industriesOf(7)]).toEqual(['住宿业']);
    expect([...industriesOf(14)]).toEqual(['典当']);
    expect([...industriesOf(18)]).toEqual(['金融业']);
    expect([...industriesOf(19)]).toEqual(['互联网上网服务']);
    for (let item = 1; item <= 19; item += 1) expect(applicantsOf(item).length).toBeGreaterThan(0);
  });

  it('tells the September 2022 investment-warning story on the park’s operating company', () => {
    expect(demoRosterEntry(INVESTMENT_WARNING_STORY.enterpriseN).name).toContain('产业园运营');
    expect(INVESTMENT_WARNING_STORY.activityStartsAt.toISOString().slice(0, 7)).toBe('2022-09');
    expect(INVESTMENT_WARNING_STORY.lossAvoidedYuan).toBe(5_000_000);
    expect(() => demoRosterEntry(123)).toThrow(RangeError);
  });
});
