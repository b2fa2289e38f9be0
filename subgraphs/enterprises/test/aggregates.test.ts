import { Types } from 'mongoose';
import { countingSource, useTestSubgraph } from '@pecg/testing';
import { enterprisesSubgraph } from '../src';
import { dataOf, E, errorOf } from './helpers';

/**
 * The four aggregates against the records they group (issue 17 item 2): every group's count equals the
 * list's totalCount with the equivalent filter, totals equal the sum of the groups, measures equal what
 * the listed records say, and the enterprises' three questions are one query each.
 */
const GROUP = `keys { dimension value label } count`;
const sumOf = (groups: any[], field: string) => groups.reduce((a, g) => a + g[field], 0);

describe('enterprise, service-need, risk-alert and advantage-resource aggregates', () => {
  const sg = useTestSubgraph(enterprisesSubgraph, { seed: true });
  const total = async (list: string, type: string, filter: Record<string, unknown>, caller: any = 'ADMIN') =>
    dataOf(await sg.query(`query ($f: ${type}) { ${list}(filter: $f) { totalCount } }`, { f: filter }, caller))[list].totalCount as number;

  beforeAll(async () => {
    // one need worked on by an enterprise (assignee kind ENTERPRISE)
    const need = dataOf(
      await sg.query(`mutation { raiseServiceNeed(input: { enterpriseId: "${E(20)}", category: STAFFING, description: "招聘保安" }) { id version } }`),
    ).raiseServiceNeed;
    dataOf(
      await sg.query(`mutation ($id: ID!, $v: Int!) { assignServiceNeed(id: $id, expectedVersion: $v, input: { enterpriseId: "${E(103)}" }) { id } }`, {
        id: need.id,
        v: need.version,
      }),
    );
  });

  it('enterprises: each dimension’s groups count what the list counts with the same condition; totals are their sum', async () => {
    const filterOf: Record<string, (value: string | null) => Record<string, unknown>> = {
      CATEGORY: (v) => ({ categories: [v] }),
      STATUS: (v) => ({ statuses: [v] }),
      INDUSTRY: (v) => ({ industries: [v] }),
      ALLIANCE_MEMBER: (v) => ({ allianceMember: v === 'MEMBER' }),
      IN_INCUBATOR: (v) => ({ inIncubator: v === 'IN_INCUBATOR' }),
      TIME: (v) => ({ months: [v] }),
    };
    const all = await total('enterprises', 'EnterpriseFilter', {});
    for (const [dimension, filter] of Object.entries(filterOf)) {
      const { groups, totals } = dataOf(
        await sg.query(
          `{ enterpriseAggregate(groupBy: [${dimension}]) { groups { ${GROUP} withOfficerCount aboveScaleCount } totals { count withOfficerCount aboveScaleCount } } }`,
        ),
      ).enterpriseAggregate;
      expect([dimension, totals.count, sumOf(groups, 'count')]).toEqual([dimension, all, all]);
      expect(totals.withOfficerCount).toBe(sumOf(groups, 'withOfficerCount'));
      for (const group of groups) {
        const f = filter(group.keys[0].value);
        expect([dimension, group.keys[0].value, group.count]).toEqual([dimension, group.keys[0].value, await total('enterprises', 'EnterpriseFilter', f)]);
        if (dimension === 'TIME' || dimension === 'INDUSTRY') continue; // many small groups: counts suffice
        expect(group.withOfficerCount).toBe(await total('enterprises', 'EnterpriseFilter', { ...f, hasOfficer: true }));
        // the deprecated alias together with the plural condition: both hold
        expect(group.aboveScaleCount).toBe(await total('enterprises', 'EnterpriseFilter', { ...f, category: 'ABOVE_SCALE' }));
      }
    }
  });

  it('enterprises by 一企一警 officer: one group per active officer with the enterprises it looks after, then those without', async () => {
    const { groups, totals } = dataOf(
      await sg.query(`{ enterpriseAggregate(groupBy: [OFFICER]) { groups { ${GROUP} withOfficerCount } totals { count withOfficerCount } } }`),
    ).enterpriseAggregate;
    const active = { kind: 'ONE_ENTERPRISE_ONE_OFFICER', endedOn: null };
    expect(groups[0]).toMatchObject({
      keys: [{ value: null }],
      count: await total('enterprises', 'EnterpriseFilter', { hasOfficer: false }),
      withOfficerCount: 0,
    });
    for (const g of groups.slice(1)) {
      const officerId = new Types.ObjectId(g.keys[0].value as string);
      expect([g.count, g.withOfficerCount]).toEqual(Array(2).fill(await sg.models.OfficerAssignment.countDocuments({ ...active, officerId })));
    }
    expect(totals.withOfficerCount).toBe(await sg.models.OfficerAssignment.countDocuments(active));
  });

  it('the officer of each enterprise is read through the unique slot index of its active assignment, in the same aggregation', async () => {
    const client = sg.models.Enterprise.db.getClient();
    if ((await countingSource(client)) !== 'pecgCounters') return; // a real MongoDB: its planner, not this engine's counters
    const assignments = `${sg.models.OfficerAssignment.db.name}.${sg.models.OfficerAssignment.collection.collectionName}`;
    const counters = async () => (await client.db('admin').command({ pecgCounters: 1 })).namespaces[assignments] ?? {};
    const before = await counters();
    const { totals } = dataOf(await sg.query(`{ enterpriseAggregate(groupBy: [CATEGORY]) { totals { count withOfficerCount } } }`)).enterpriseAggregate;
    const after = await counters();
    expect(after.scans - before.scans).toBe(0);
    expect(after.commands - before.commands).toBe(1);
    expect(after.examined - before.examined).toBe(totals.withOfficerCount);
  });

  it('“一企一警 coverage by category” is one query; officers are labelled by badge and unit, never by name', async () => {
    const { groups, totals } = dataOf(
      await sg.query(
        `{ enterpriseAggregate(groupBy: [CATEGORY]) { groups { ${GROUP} withOfficerCount coverageRate ruleCoverageRate breakingOneOfficerRuleCount } totals { count withOfficerCount coverageRate } } }`,
      ),
    ).enterpriseAggregate;
    expect(groups.map((g: any) => g.keys[0])).toEqual([
      { dimension: 'CATEGORY', value: 'ABOVE_SCALE', label: '规上企业' },
      { dimension: 'CATEGORY', value: 'SMALL_MICRO_TECH', label: '小微科创' },
      ...(groups.length === 3 ? [{ dimension: 'CATEGORY', value: 'OTHER', label: '其他' }] : []),
    ]);
    // every active above-scale firm of the demo has its officer
    expect(groups[0]).toMatchObject({ coverageRate: 1, ruleCoverageRate: 1, breakingOneOfficerRuleCount: 0 });
    for (const g of groups) expect(g.coverageRate).toBeCloseTo(g.withOfficerCount / g.count, 10);
    expect(totals.coverageRate).toBeCloseTo(totals.withOfficerCount / totals.count, 10);
    const stats = dataOf(await sg.query(`{ enterpriseStatistics { byOfficerCoverage { key count } officerCoverageRate } }`)).enterpriseStatistics;
    expect(stats.byOfficerCoverage[0].count).toBe(totals.withOfficerCount);
    expect(stats.officerCoverageRate).toBeCloseTo(totals.coverageRate, 10);

    const byOfficer = dataOf(await sg.query(`{ enterpriseAggregate(groupBy: [OFFICER]) { groups { ${GROUP} officer { id badgeNumber unit } } } }`))
      .enterpriseAggregate.groups;
    expect(byOfficer[0]).toMatchObject({ keys: [{ dimension: 'OFFICER', value: null, label: '未配备' }], officer: null });
    for (const g of byOfficer.slice(1)) {
      expect(g.officer.id).toBe(g.keys[0].value);
      expect(g.keys[0].label).toBe(`警号${g.officer.badgeNumber}（${g.officer.unit}）`);
    }
  });

  it('“needs resolved on time by category and month” is one query, and every measure matches the listed needs', async () => {
    const agg = dataOf(
      await sg.query(`{ serviceNeedAggregate(groupBy: [CATEGORY, TIME]) {
        groups { ${GROUP} openCount overdueCount resolvedCount declinedCount resolvedOnTimeCount resolvedLateCount resolvedOnTimeRate averageDaysToResolve }
        totals { count resolvedCount resolvedOnTimeCount resolvedLateCount resolvedOnTimeRate averageDaysToResolve }
      } }`),
    ).serviceNeedAggregate;
    const needs = dataOf(
      await sg.query(`{ serviceNeeds(first: 100) { totalCount edges { node { category status overdue resolvedOnTime raisedBy { at } resolvedBy { at } } } } }`),
    ).serviceNeeds;
    const month = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
    expect(agg.totals.count).toBe(needs.totalCount);
    expect(agg.totals.count).toBe(sumOf(agg.groups, 'count'));
    expect(agg.totals.resolvedOnTimeCount + agg.totals.resolvedLateCount).toBeGreaterThan(0);
    for (const g of agg.groups) {
      const [category, time] = g.keys.map((k: any) => k.value);
      expect(g.keys[1].label).toBe(`${time.slice(0, 4)}年${Number(time.slice(5))}月`);
      const mine = needs.edges.map((e: any) => e.node).filter((n: any) => n.category === category && month(n.raisedBy.at) === time);
      const resolved = mine.filter((n: any) => n.status === 'RESOLVED');
      const onTime = resolved.filter((n: any) => n.resolvedOnTime === true).length;
      const late = resolved.filter((n: any) => n.resolvedOnTime === false).length;
      const days = resolved.map((n: any) => (Date.parse(n.resolvedBy.at) - Date.parse(n.raisedBy.at)) / 86_400_000);
      expect(g).toEqual({
        keys: g.keys,
        count: mine.length,
        openCount: mine.filter((n: any) => ['OPEN', 'IN_PROGRESS'].includes(n.status)).length,
        overdueCount: mine.filter((n: any) => n.overdue).length,
        resolvedCount: resolved.length,
        declinedCount: mine.filter((n: any) => n.status === 'DECLINED').length,
        resolvedOnTimeCount: onTime,
        resolvedLateCount: late,
        resolvedOnTimeRate: onTime + late ? onTime / (onTime + late) : null,
        averageDaysToResolve: days.length ? expect.closeTo(days.reduce((a: number, b: number) => a + b, 0) / days.length, 6) : null,
      });
      expect(g.count).toBe(await total('serviceNeeds', 'ServiceNeedFilter', { categories: [category], months: [time] }));
    }
    const rate = agg.totals.resolvedOnTimeCount / (agg.totals.resolvedOnTimeCount + agg.totals.resolvedLateCount);
    expect(agg.totals.resolvedOnTimeRate).toBeCloseTo(rate, 10);
  });

  it('service needs by assignee kind and status count what the list counts with assigneeKinds / statuses', async () => {
    const { groups, totals } = dataOf(
      await sg.query(`{ serviceNeedAggregate(groupBy: [ASSIGNEE_KIND, STATUS]) { groups { ${GROUP} overdueCount } totals { count overdueCount } } }`),
    ).serviceNeedAggregate;
    expect(groups.map((g: any) => g.keys[0].value)).toContain('ENTERPRISE');
    for (const g of groups) {
      const [kind, status] = g.keys.map((k: any) => k.value);
      expect(g.count).toBe(await total('serviceNeeds', 'ServiceNeedFilter', { assigneeKinds: [kind], statuses: [status] }));
    }
    expect(totals.overdueCount).toBe(await total('serviceNeeds', 'ServiceNeedFilter', { overdue: true }));
    const byEnterprise = dataOf(
      await sg.query(`{ serviceNeeds(filter: { assigneeKinds: [ENTERPRISE] }) { edges { node { assigneeKind assigneeKindLabel assignee { __typename } } } } }`),
    ).serviceNeeds.edges.map((e: any) => e.node);
    expect(byEnterprise.length).toBeGreaterThan(0);
    expect(byEnterprise.every((n: any) => n.assigneeKind === 'ENTERPRISE' && n.assigneeKindLabel === '企业' && n.assignee.__typename === 'Enterprise')).toBe(
      true,
    );
  });

  it('“loss avoided by alert type” is one query; alert and resource groups match the lists', async () => {
    const { groups, totals } = dataOf(
      await sg.query(
        `{ riskAlertAggregate(groupBy: [TYPE]) { groups { ${GROUP} lossAvoidedYuan closedCount mitigatedCount } totals { count lossAvoidedYuan } } }`,
      ),
    ).riskAlertAggregate;
    const alerts = dataOf(await sg.query(`{ riskAlerts(first: 100) { edges { node { type status lossAvoidedYuan } } } }`)).riskAlerts.edges.map(
      (e: any) => e.node,
    );
    expect(groups.find((g: any) => g.keys[0].value === 'NOMINEE_HOLDING')).toMatchObject({ keys: [{ label: '股权代持' }], lossAvoidedYuan: 5_000_000 });
    for (const g of groups) {
      const mine = alerts.filter((a: any) => a.type === g.keys[0].value);
      expect(g.count).toBe(mine.length);
      expect(g.lossAvoidedYuan).toBe(mine.reduce((a: number, n: any) => a + (n.lossAvoidedYuan ?? 0), 0));
      expect(g.closedCount).toBe(mine.filter((a: any) => a.status === 'CLOSED').length);
    }
    expect(totals.lossAvoidedYuan).toBe(sumOf(groups, 'lossAvoidedYuan'));
    const stats = dataOf(await sg.query(`{ enterpriseStatistics { lossAvoidedYuan } }`)).enterpriseStatistics;
    expect(totals.lossAvoidedYuan).toBe(stats.lossAvoidedYuan);

    for (const [dims, filterOf] of [
      ['SEVERITY, STATUS', (v: string[]) => ({ severities: [v[0]], statuses: [v[1]] })],
      ['ENTERPRISE', (v: string[]) => ({ enterpriseId: v[0] })],
    ] as const) {
      const result = dataOf(
        await sg.query(`{ riskAlertAggregate(groupBy: [${dims}]) { groups { ${GROUP} enterprise { id name } } totals { count } } }`),
      ).riskAlertAggregate;
      expect(result.totals.count).toBe(sumOf(result.groups, 'count'));
      for (const g of result.groups) expect(g.count).toBe(await total('riskAlerts', 'RiskAlertFilter', filterOf(g.keys.map((k: any) => k.value))));
      if (dims === 'ENTERPRISE') for (const g of result.groups) expect([g.enterprise.id, g.enterprise.name]).toEqual([g.keys[0].value, g.keys[0].label]);
    }

    const resources = dataOf(
      await sg.query(
        `{ advantageResourceAggregate(groupBy: [KIND, STATUS]) { groups { ${GROUP} availableCount matchCount matchedRate } totals { count matchCount } } }`,
      ),
    ).advantageResourceAggregate;
    expect(resources.totals.count).toBe(await total('advantageResources', 'AdvantageResourceFilter', {}));
    expect(resources.totals.matchCount).toBeGreaterThan(0);
    for (const g of resources.groups) {
      const [kind, status] = g.keys.map((k: any) => k.value);
      expect(g.count).toBe(await total('advantageResources', 'AdvantageResourceFilter', { kinds: [kind], statuses: [status] }));
      expect(g.availableCount).toBe(await total('advantageResources', 'AdvantageResourceFilter', { kinds: [kind], statuses: [status], available: true }));
      expect(g.matchedRate >= 0 && g.matchedRate <= 1).toBe(true);
    }
  });

  it('time buckets: keys per bucket in China time, all adding up to the totals; no groupBy is one group equal to totals', async () => {
    const keys: Record<string, RegExp> = {
      DAY: /^\d{4}-\d{2}-\d{2}$/,
      WEEK: /^\d{4}-W\d{2}$/,
      MONTH: /^\d{4}-\d{2}$/,
      QUARTER: /^\d{4}-Q[1-4]$/,
      YEAR: /^\d{4}$/,
    };
    for (const [bucket, pattern] of Object.entries(keys)) {
      const { groups, totals } = dataOf(
        await sg.query(`{ serviceNeedAggregate(groupBy: [TIME], timeBucket: ${bucket}) { groups { ${GROUP} } totals { count } } }`),
      ).serviceNeedAggregate;
      expect(groups.every((g: any) => pattern.test(g.keys[0].value))).toBe(true);
      expect(groups.map((g: any) => g.keys[0].value)).toEqual([...groups.map((g: any) => g.keys[0].value)].sort());
      expect(sumOf(groups, 'count')).toBe(totals.count);
    }
    const none = dataOf(await sg.query(`{ enterpriseAggregate { groups { ${GROUP} coverageRate } totals { ${GROUP} coverageRate } } }`)).enterpriseAggregate;
    expect(none.groups).toEqual([none.totals]);
    expect(none.totals.keys).toEqual([]);
  });

  it('a bad groupBy is BAD_USER_INPUT naming groupBy', async () => {
    const four = await sg.query(`{ enterpriseAggregate(groupBy: [CATEGORY, STATUS, INDUSTRY, TIME]) { totals { count } } }`);
    expect(errorOf(four)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'groupBy' } });
    const twice = await sg.query(`{ riskAlertAggregate(groupBy: [TYPE, TYPE]) { totals { count } } }`);
    expect(errorOf(twice)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'groupBy' } });
  });
});
