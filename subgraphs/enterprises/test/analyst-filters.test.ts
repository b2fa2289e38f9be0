import { useTestSubgraph } from '@pecg/testing';
import { enterprisesSubgraph } from '../src';
import { dataOf, E, errorOf } from './helpers';

/**
 * Issue 17 ("Why": three filter naming styles, time filters differ, six count-row shapes, lists that
 * default to 10 or are unbounded): the enterprises subgraph answers the analysts' contract — plural
 * enum conditions (the singular ones still work as deprecated aliases, and both together must both
 * hold), `…From`/`…Before` and `months` on each main timestamp, `{ key label count }` rows, rates in
 * [0, 1], nested lists of the latest 20 with `first` up to 100.
 */
describe('analysts’ filters, lists and count rows in the enterprises subgraph', () => {
  const sg = useTestSubgraph(enterprisesSubgraph, { seed: true });
  const total = async (list: string, filter: Record<string, unknown>, caller: any = 'ADMIN') =>
    dataOf(await sg.query(`query ($f: ${filterType[list]}) { ${list}(filter: $f) { totalCount } }`, { f: filter }, caller))[list].totalCount as number;
  const filterType: Record<string, string> = {
    enterprises: 'EnterpriseFilter',
    serviceNeeds: 'ServiceNeedFilter',
    riskAlerts: 'RiskAlertFilter',
    advantageResources: 'AdvantageResourceFilter',
  };

  it('plural enum conditions match any of their values; the deprecated singular alias gives the same answers; both must hold', async () => {
    const cases: Array<[list: string, plural: string, singular: string, a: string, b: string]> = [
      ['enterprises', 'categories', 'category', 'ABOVE_SCALE', 'SMALL_MICRO_TECH'],
      ['enterprises', 'statuses', 'status', 'ACTIVE', 'SUSPENDED'],
      ['serviceNeeds', 'statuses', 'status', 'OPEN', 'RESOLVED'],
      ['serviceNeeds', 'categories', 'category', 'SECURITY', 'LEGAL'],
      ['riskAlerts', 'statuses', 'status', 'DETECTED', 'CLOSED'],
      ['riskAlerts', 'severities', 'severity', 'HIGH', 'CRITICAL'],
      ['riskAlerts', 'types', 'type', 'FRAUD', 'NOMINEE_HOLDING'],
      ['advantageResources', 'kinds', 'kind', 'VENUE', 'EXPERTISE'],
      ['advantageResources', 'statuses', 'status', 'ACTIVE', 'WITHDRAWN'],
    ];
    for (const [list, plural, singular, a, b] of cases) {
      const onlyA = await total(list, { [plural]: [a] });
      const onlyB = await total(list, { [plural]: [b] });
      expect([list, plural, onlyA + onlyB > 0]).toEqual([list, plural, true]);
      expect([list, singular, await total(list, { [singular]: a })]).toEqual([list, singular, onlyA]);
      expect([list, plural, await total(list, { [plural]: [a, b] })]).toEqual([list, plural, onlyA + onlyB]);
      // alias and plural together: both hold
      expect(await total(list, { [plural]: [a, b], [singular]: b })).toBe(onlyB);
      expect(await total(list, { [plural]: [a], [singular]: b })).toBe(0);
    }
  });

  it('months and …From/…Before select the main timestamp in China Standard Time, on every main entity', async () => {
    // 2023-01 in China: [2022-12-31T16:00Z, 2023-01-31T16:00Z)
    const jan = { from: '2022-12-31T16:00:00.000Z', before: '2023-01-31T16:00:00.000Z' };
    const needs = dataOf(await sg.query(`{ serviceNeeds(first: 100) { totalCount edges { node { raisedBy { at } } } } }`)).serviceNeeds;
    const inJan = needs.edges.filter((e: any) => e.node.raisedBy.at >= jan.from && e.node.raisedBy.at < jan.before).length;
    expect(inJan).toBeGreaterThan(0);
    expect(await total('serviceNeeds', { months: ['2023-01'] })).toBe(inJan);
    expect(await total('serviceNeeds', { raisedFrom: jan.from, raisedBefore: jan.before })).toBe(inJan);
    expect(await total('serviceNeeds', { months: ['2023-01', '2023-02'] })).toBe(inJan + (await total('serviceNeeds', { months: ['2023-02'] })));

    const enterprises = dataOf(
      await sg.query(`{ enterprises(first: 100, filter: { months: ["2022-03"] }) { totalCount edges { node { registeredAt } } } }`),
    ).enterprises;
    expect(enterprises.totalCount).toBeGreaterThan(0);
    expect(enterprises.edges.every((e: any) => e.node.registeredAt >= '2022-02-28T16:00:00.000Z' && e.node.registeredAt < '2022-03-31T16:00:00.000Z')).toBe(
      true,
    );
    expect(await total('enterprises', { registeredFrom: '2022-02-28T16:00:00.000Z', registeredBefore: '2022-03-31T16:00:00.000Z' })).toBe(
      enterprises.totalCount,
    );

    const alerts2022 = await total('riskAlerts', { raisedFrom: '2021-12-31T16:00:00.000Z', raisedBefore: '2022-12-31T16:00:00.000Z' });
    const months2022 = Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`);
    expect(await total('riskAlerts', { months: months2022 })).toBe(alerts2022);

    // resources: months as [start, end) ranges of offeredAt (seeded monthly from 2022-04)
    const resources2022 = await total('advantageResources', { months: months2022 });
    expect(resources2022).toBeGreaterThan(0);
    expect(await total('advantageResources', { offeredFrom: '2021-12-31T16:00:00.000Z', offeredBefore: '2022-12-31T16:00:00.000Z' })).toBe(resources2022);
  });

  it('a malformed month or a …From after its …Before is BAD_USER_INPUT naming the field', async () => {
    const bad = await sg.query(`{ serviceNeeds(filter: { months: ["2023-13"] }) { totalCount } }`);
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'filter.months.0', value: '2023-13' } });
    const reversed = await sg.query(`{ riskAlerts(filter: { raisedFrom: "2023-02-01T00:00:00Z", raisedBefore: "2023-01-01T00:00:00Z" }) { totalCount } }`);
    expect(errorOf(reversed)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'filter.raisedFrom' } });
    const aggregate = await sg.query(`{ enterpriseAggregate(filter: { months: ["2022-3"] }) { totals { count } } }`);
    expect(errorOf(aggregate)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'filter.months.0', value: '2022-3' } });
  });

  it('lists default to 20 and stop at 100; nested lists are the latest 20 and take first', async () => {
    expect(dataOf(await sg.query(`{ enterprises { edges { cursor } } }`)).enterprises.edges).toHaveLength(20);
    for (const first of [101, 0]) {
      expect(errorOf(await sg.query(`{ serviceNeeds(first: ${first}) { totalCount } }`))).toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { field: 'first' },
      });
      expect(errorOf(await sg.query(`{ policeOfficers { edges { node { assignments(first: ${first}) { id } } } } }`))).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    }
    // E(122) (the incubator's operating company) has risk alerts and assignments
    const one = dataOf(
      await sg.query(
        `query ($id: ID!) { enterprise(id: $id) { riskAlerts(first: 1) { id } all: riskAlerts { id } assignments(first: 1) { id } officer { id } } }`,
        {
          id: E(103),
        },
      ),
    ).enterprise;
    expect(one.riskAlerts.length).toBeLessThanOrEqual(1);
    expect(one.assignments).toHaveLength(1);
    expect(errorOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { riskAlerts(first: 101) { id } } }`, { id: E(103) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('count rows are { key label count } (old names still answer), rates are in [0, 1]', async () => {
    const stats = dataOf(
      await sg.query(`{ enterpriseStatistics {
        total
        byCategory { key category label count }
        byAllianceMembership { key allianceMember label count }
        byOfficerCoverage { key label count }
        officerCoverageRate
        openNeedsByCategory { key category label count }
        openAlertsBySeverity { key severity label count }
        registeredByMonth { key month label count }
        needTimeliness { onTime late withoutDueDate onTimeRate }
      } }`),
    ).enterpriseStatistics;
    expect(stats.byCategory.every((r: any) => r.key === r.category)).toBe(true);
    expect(stats.openNeedsByCategory.every((r: any) => r.key === r.category)).toBe(true);
    expect(stats.openAlertsBySeverity.every((r: any) => r.key === r.severity)).toBe(true);
    expect(stats.byAllianceMembership.map((r: any) => [r.key, r.allianceMember, r.label])).toEqual([
      ['MEMBER', true, '红盟成员'],
      ['NON_MEMBER', false, '非成员'],
    ]);
    expect(stats.registeredByMonth[0]).toEqual({
      key: stats.registeredByMonth[0].month,
      month: stats.registeredByMonth[0].month,
      label: expect.stringMatching(/^\d{4}年\d{1,2}月$/),
      count: expect.any(Number),
    });
    const [withOfficer, without] = stats.byOfficerCoverage;
    expect(withOfficer.key).toBe('WITH_OFFICER');
    expect(withOfficer.count + without.count).toBe(stats.total);
    expect(stats.officerCoverageRate).toBeCloseTo(withOfficer.count / stats.total, 10);
    const timeliness = stats.needTimeliness;
    expect(timeliness.onTime + timeliness.late).toBeGreaterThan(0);
    expect(timeliness.onTimeRate).toBeCloseTo(timeliness.onTime / (timeliness.onTime + timeliness.late), 10);
    for (const rate of [stats.officerCoverageRate, timeliness.onTimeRate]) expect(rate >= 0 && rate <= 1).toBe(true);
    // nothing to measure: 0 in statistics
    const none = dataOf(
      await sg.query(`{ enterpriseStatistics(filter: { nameContains: "不存在的企业" }) { total officerCoverageRate needTimeliness { onTimeRate } } }`),
    );
    expect(none.enterpriseStatistics).toEqual({ total: 0, officerCoverageRate: 0, needTimeliness: { onTimeRate: 0 } });
  });
});
