import { dayKey, monthKey } from '@pecg/common';
import { demoEnterpriseId } from '@pecg/demo';
import { explainedCounts, useTestSubgraph } from '@pecg/testing';
import { getNamedType, isListType, isNonNullType, isObjectType, type GraphQLField } from 'graphql';
import { Types } from 'mongoose';
import { communitySafetySubgraph } from '../src';
import { seedDemo } from '../src/seed';
import { sensingEventQuery } from '../src/services/filters';

type Row = { key: string; label: string; count: number };

/** The analysts' contract in community safety: list arguments, typed count rows, rates, old names. */
describe('community-safety: one convention for lists, statistics and filters', () => {
  const sg = useTestSubgraph(communitySafetySubgraph, { seed: true });

  it('every connection takes filter, sort, first = 20 and after; every nested list takes first = 20', () => {
    const fields = Object.values(sg.schema.getQueryType()!.getFields());
    const connections = fields.filter((f) => getNamedType(f.type).name.endsWith('Connection') && !f.name.endsWith('PiiAudit'));
    expect(connections.map((f) => f.name).sort()).toEqual(['devices', 'incidents', 'lostPersonCases', 'patrolShifts', 'sensingEvents']);
    for (const field of connections) {
      expect(field.args.map((a) => a.name)).toEqual(['filter', 'sort', 'first', 'after']);
      expect(field.args.find((a) => a.name === 'first')!.defaultValue).toBe(20);
    }
    const nested: Array<GraphQLField<unknown, unknown>> = [];
    for (const type of Object.values(sg.schema.getTypeMap()))
      if (isObjectType(type) && !type.name.startsWith('__') && type.name !== 'Query')
        for (const f of Object.values(type.getFields())) if (f.args.some((a) => a.name === 'first')) nested.push(f);
    expect(nested.map((f) => f.name).sort()).toEqual(['incidents', 'patrolShifts', 'recentEvents', 'volunteers']);
    for (const f of nested) {
      expect(isListType(isNonNullType(f.type) ? f.type.ofType : f.type)).toBe(true);
      expect(f.args.find((a) => a.name === 'first')!.defaultValue).toBe(20);
    }
  });

  it('nested lists give the latest 20 by default (Enterprise.incidents gave 10)', async () => {
    const enterprise = demoEnterpriseId(11);
    const template = (await sg.models.Incident.findOne({ source: 'MANUAL' }).lean())!;
    await sg.models.Incident.insertMany(
      Array.from({ length: 25 }, (_, i) => {
        const occurredAt = new Date(Date.UTC(2026, 10, 1 + i, 2));
        return { ...template, _id: new Types.ObjectId(), enterpriseId: enterprise, occurredAt, occurredMonth: monthKey(occurredAt) };
      }),
    );
    const representation = { __typename: 'Enterprise', id: enterprise.toHexString() };
    const { data, errors } = await sg.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { incidents { occurredAt } } } devices(first: 1) { edges { node { recentEvents { id } } } } }`,
      { r: [representation] },
      'POLICE',
    );
    expect(errors).toBeUndefined();
    const incidents = data!._entities[0].incidents as Array<{ occurredAt: string }>;
    expect(incidents).toHaveLength(20);
    expect(incidents[0].occurredAt).toBe(new Date(Date.UTC(2026, 10, 25, 2)).toISOString());
    expect(data!.devices.edges[0].node.recentEvents).toHaveLength(20);
  });

  it('count rows are typed per dimension, and the deprecated untyped rows and old names give the same answers', async () => {
    const { data, errors } = await sg.query(
      `{ deviceStatistics { kindCounts { key label count } byKind { key label count } statusCounts { key label count } byStatus { key label count } placeKindCounts { key label count } byPlaceKind { key label count } }
         sensingEventStatistics { total kindCounts { key label count } byKind { key label count } triageCounts { key label count } byTriage { key label count } byDay { key label day count } byMonth { key label month count } }
         incidentStatistics { statusCounts { key label count } byStatus { key label count } severityCounts { key label count } bySeverity { key label count } sourceCounts { key label count } bySource { key label count } byMonth { key label month count } }
         lostPersonSearchStatistics { categoryCounts { key label count } byCategory { key label count } statusCounts { key label count } byStatus { key label count } }
         patrolStatistics { total kindCounts { key label count } byKind { key label count } statusCounts { key label count } byStatus { key label count } byGrid { key label count shifts findings grid { id } } } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const pairs: Array<[string, string, string]> = [
      ['deviceStatistics', 'kindCounts', 'byKind'],
      ['deviceStatistics', 'statusCounts', 'byStatus'],
      ['deviceStatistics', 'placeKindCounts', 'byPlaceKind'],
      ['sensingEventStatistics', 'kindCounts', 'byKind'],
      ['sensingEventStatistics', 'triageCounts', 'byTriage'],
      ['incidentStatistics', 'statusCounts', 'byStatus'],
      ['incidentStatistics', 'severityCounts', 'bySeverity'],
      ['incidentStatistics', 'sourceCounts', 'bySource'],
      ['lostPersonSearchStatistics', 'categoryCounts', 'byCategory'],
      ['lostPersonSearchStatistics', 'statusCounts', 'byStatus'],
      ['patrolStatistics', 'kindCounts', 'byKind'],
      ['patrolStatistics', 'statusCounts', 'byStatus'],
    ];
    for (const [statistics, typed, old] of pairs) {
      expect(data![statistics][typed]).toEqual(data![statistics][old]);
      expect(data![statistics][typed].length).toBeGreaterThan(0);
    }
    const { byDay, byMonth, total } = data!.sensingEventStatistics;
    for (const row of byDay)
      expect(row).toMatchObject({ day: row.key, label: `${row.key.slice(0, 4)}年${Number(row.key.slice(5, 7))}月${Number(row.key.slice(8))}日` });
    for (const row of [...byMonth, ...data!.incidentStatistics.byMonth])
      expect(row).toMatchObject({ month: row.key, label: `${row.key.slice(0, 4)}年${Number(row.key.slice(5))}月` });
    expect(byDay.reduce((n: number, r: Row) => n + r.count, 0)).toBe(total);
    expect(byMonth.reduce((n: number, r: Row) => n + r.count, 0)).toBe(total);
    const grids = data!.patrolStatistics.byGrid;
    for (const row of grids) expect(row).toMatchObject({ label: row.key, count: row.shifts, grid: { id: row.key } });
    expect(grids.reduce((n: number, r: Row) => n + r.count, 0)).toBe(data!.patrolStatistics.total);
  });

  it('every rate is in [0, 1], in statistics (0 when there is nothing to measure) and in aggregates (null then)', async () => {
    const { data, errors } = await sg.query(
      `{ deviceStatistics { onlineRate } sensingEventStatistics { falseAlarmRate } lostPersonSearchStatistics { foundWithin30MinutesRate foundWithin60MinutesRate }
         none: sensingEventStatistics(filter: { months: ["2020-01"] }) { falseAlarmRate }
         emptyAggregate: sensingEventAggregate(filter: { months: ["2020-01"] }) { groups { count } totals { count falseAlarmRate } }
         incidentAggregate(groupBy: [SOURCE]) { groups { closedRate } totals { closedRate } }
         sensingEventAggregate(groupBy: [TRIAGE]) { groups { falseAlarmRate } totals { falseAlarmRate } }
         lostPersonCaseAggregate(groupBy: [STATUS]) { groups { foundWithin30MinutesRate foundWithin60MinutesRate } totals { foundWithin30MinutesRate foundWithin60MinutesRate } }
         patrolShiftAggregate(groupBy: [STATUS]) { groups { completedRate } totals { completedRate } }
         deviceAggregate(groupBy: [STATUS]) { groups { onlineRate } totals { onlineRate } } }`,
      {},
      'ADMIN',
    );
    expect(errors).toBeUndefined();
    expect(data!.none.falseAlarmRate).toBe(0);
    // without groupBy there is exactly one group, the totals — also when nothing matches
    expect(data!.emptyAggregate).toEqual({ groups: [{ count: 0 }], totals: { count: 0, falseAlarmRate: null } });
    const rates: number[] = [];
    JSON.stringify(data, (key, value) => {
      if (key.endsWith('Rate') && value !== null) rates.push(value);
      return value;
    });
    expect(rates.length).toBeGreaterThan(15);
    for (const rate of rates) expect(rate >= 0 && rate <= 1).toBe(true);
  });

  it('filters sensing events and devices by months and installation range, as the records say', async () => {
    const latest = (await sg.models.SensingEvent.findOne({}, { occurredAt: 1 }).sort({ occurredAt: -1 }).lean())!;
    const month = monthKey(latest.occurredAt);
    const device = (await sg.models.Device.findOne({}).sort({ installedOn: 1 }).lean())!;
    const installedMonth = monthKey(device.installedOn);
    const from = new Date(`${dayKey(device.installedOn)}T00:00:00+08:00`);
    const { data, errors } = await sg.query(
      `query ($m: [String!], $dm: [String!], $from: DateTime, $before: DateTime) {
         events: sensingEvents(filter: { months: $m }) { totalCount } eventStats: sensingEventStatistics(filter: { months: $m }) { total }
         byMonth: devices(filter: { months: $dm }) { totalCount } byRange: devices(filter: { installedFrom: $from, installedBefore: $before }) { totalCount }
         deviceAggregate(filter: { months: $dm }) { totals { count } } }`,
      { m: [month], dm: [installedMonth], from: from.toISOString(), before: new Date(from.getTime() + 86_400_000).toISOString() },
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const events = await sg.models.SensingEvent.countDocuments({ occurredMonth: month });
    expect([data!.events.totalCount, data!.eventStats.total]).toEqual([events, events]);
    const devices = await sg.models.Device.find({}, { installedOn: 1 }).lean();
    const inMonth = devices.filter((d) => monthKey(d.installedOn) === installedMonth).length;
    expect([data!.byMonth.totalCount, data!.deviceAggregate.totals.count]).toEqual([inMonth, inMonth]);
    expect(data!.byRange.totalCount).toBe(devices.filter((d) => dayKey(d.installedOn) === dayKey(device.installedOn)).length);
    expect(inMonth).toBeLessThanOrEqual(devices.length);
  });

  it('refuses a bad groupBy, month or range naming the field', async () => {
    const cases: Array<[string, string]> = [
      [`{ incidentAggregate(groupBy: [STATUS, SEVERITY, SOURCE, TIME]) { totals { count } } }`, 'groupBy'],
      [`{ incidentAggregate(groupBy: [STATUS, STATUS]) { totals { count } } }`, 'groupBy'],
      [`{ sensingEventAggregate(filter: { months: ["2026-13"] }) { totals { count } } }`, 'filter.months.0'],
      [`{ sensingEvents(filter: { months: ["2026-1"] }) { totalCount } }`, 'filter.months.0'],
      [`{ incidentStatistics(filter: { occurredFrom: "2026-03-02T00:00:00Z", occurredBefore: "2026-03-01T00:00:00Z" }) { total } }`, 'filter.occurredFrom'],
      [`{ devices(filter: { months: ["26-03"] }) { totalCount } }`, 'filter.months.0'],
      [`{ incidents(first: 0) { totalCount } }`, 'first'],
      [`{ patrolShifts(first: 101) { totalCount } }`, 'first'],
      [`{ devices(first: 1) { edges { node { recentEvents(first: 0) { id } } } } }`, 'first'],
      [
        `{ _entities(representations: [{ __typename: "Enterprise", id: "${demoEnterpriseId(1).toHexString()}" }]) { ... on Enterprise { incidents(first: 101) { id } } } }`,
        'first',
      ],
    ];
    for (const [query, field] of cases) {
      const { errors } = await sg.query(query, {}, 'ADMIN');
      expect({ query, extensions: errors?.[0].extensions }).toMatchObject({ query, extensions: { code: 'BAD_USER_INPUT', field } });
    }
  });

  it('scopes an ENTERPRISE caller’s statistics and aggregates to its own incidents, and refuses what its list refuses', async () => {
    const own = demoEnterpriseId(1).toHexString();
    const caller = { role: 'ENTERPRISE' as const, enterpriseId: own };
    const { data, errors } = await sg.query(
      `{ incidents { totalCount } incidentStatistics { total severityCounts { key count } } incidentAggregate(groupBy: [ENTERPRISE]) { groups { keys { value } enterprise { id } count } totals { count } } }`,
      {},
      caller,
    );
    expect(errors).toBeUndefined();
    const mine = await sg.models.Incident.countDocuments({ enterpriseId: demoEnterpriseId(1) });
    expect(mine).toBeGreaterThan(0);
    expect(data!.incidents.totalCount).toBe(mine);
    expect(data!.incidentStatistics.total).toBe(mine);
    expect(data!.incidentStatistics.severityCounts.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(mine);
    expect(data!.incidentAggregate).toEqual({ groups: [{ keys: [{ value: own }], enterprise: { id: own }, count: mine }], totals: { count: mine } });
    for (const query of [
      `{ lostPersonCaseAggregate { totals { count } } }`,
      `{ patrolShiftAggregate { totals { count } } }`,
      `{ lostPersonCases { totalCount } }`,
    ]) {
      expect((await sg.query(query, {}, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('serves the sensing-event aggregate of a few days from the day index, not by reading every event', async () => {
    const latest = (await sg.models.SensingEvent.findOne({}).sort({ occurredAt: -1 }).lean())!;
    // events of other days, which the day index leaves unread
    const older = Array.from({ length: 50 }, (_, i) => {
      const occurredAt = new Date(latest.occurredAt.getTime() - (10 + (i % 5)) * 86_400_000);
      return {
        ...latest,
        _id: new Types.ObjectId(),
        platformEventId: `OLDER-${i}`,
        occurredAt,
        occurredDay: dayKey(occurredAt),
        occurredMonth: monthKey(occurredAt),
      };
    });
    await sg.models.SensingEvent.insertMany(older);
    const from = new Date(`${latest.occurredDay}T00:00:00+08:00`);
    const filter = { occurredFrom: from.toISOString(), occurredBefore: new Date(from.getTime() + 86_400_000).toISOString() };
    const { data } = await sg.query(
      `query ($f: SensingEventFilter) { sensingEventAggregate(filter: $f) { totals { count } } sensingEvents(filter: $f) { totalCount } }`,
      { f: filter },
      'ANALYST',
    );
    const count = await sg.models.SensingEvent.countDocuments({ occurredAt: { $gte: from, $lt: new Date(from.getTime() + 86_400_000) } });
    expect(data!.sensingEventAggregate.totals.count).toBe(count);
    expect(data!.sensingEvents.totalCount).toBe(count);
    const all = await sg.models.SensingEvent.estimatedDocumentCount();
    const counts = await explainedCounts(sg.db.connection.getClient() as never, sg.db.connection.name, (ops) =>
      ops.aggregate('sensing_events', [{ $match: sensingEventQuery(filter) }, { $group: { _id: null, n: { $sum: 1 } } }]),
    );
    expect(counts.examined).toBeLessThanOrEqual(count);
    expect(count).toBeLessThan(all);
  });

  it('gives events stored before they carried their device’s kind and grid those of their device, at the next seed', async () => {
    const template = (await sg.models.SensingEvent.findOne({}).lean())!;
    await sg.models.SensingEvent.collection.insertOne({
      ...template,
      _id: new Types.ObjectId(),
      platformEventId: 'OLD-SHAPE',
      deviceKind: undefined,
      gridId: undefined,
    });
    await seedDemo(sg.models);
    const device = (await sg.models.Device.findById(template.deviceId).lean())!;
    const backfilled = (await sg.models.SensingEvent.findOne({ platformEventId: 'OLD-SHAPE' }).lean())!;
    expect([backfilled.deviceKind, backfilled.gridId?.toHexString() ?? null]).toEqual([device.kind, device.gridId?.toHexString() ?? null]);
  });
});
