import { useTestSubgraph } from '@pecg/testing';
import { Types } from 'mongoose';
import { communitySafetySubgraph } from '../src';
import { event, INGEST, PLATFORM } from './helpers';

type Key = { dimension: string; value: string | null; label: string };
type Group = { keys: Key[]; count: number } & Record<string, unknown>;
const sum = (groups: Group[], field: string) => groups.reduce((n, g) => n + (g[field] as number), 0);
const KEYS = 'keys { dimension value label }';
const TRIAGE = `mutation ($id: ID!, $input: TriageSensingEventInput!) { triageSensingEvent(id: $id, input: $input) { incident { grid { id } } } }`;

/** The analysts' aggregates of community safety: each group checked against the list and the records. */
describe('community-safety: aggregates answer the analysts’ questions', () => {
  const sg = useTestSubgraph(communitySafetySubgraph, { seed: true });

  it('incidents by severity and month: each group is what the list counts with the same filter, totals are the sum', async () => {
    const { data, errors } = await sg.query(
      `{ incidentAggregate(groupBy: [SEVERITY, TIME]) { groups { ${KEYS} count openCount closedCount closedRate referredToMediationCount alertRaisedCount }
         totals { keys { value } count openCount closedCount closedRate } } incidents { totalCount } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const { groups, totals } = data!.incidentAggregate as { groups: Group[]; totals: Group };
    expect(groups.length).toBeGreaterThan(1);
    expect(totals).toMatchObject({ keys: [], count: data!.incidents.totalCount, openCount: sum(groups, 'openCount'), closedCount: sum(groups, 'closedCount') });
    expect(totals.count).toBe(sum(groups, 'count'));
    expect(totals.closedRate).toBeCloseTo((totals.closedCount as number) / totals.count, 10);
    const order = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
    for (const [i, g] of groups.entries()) {
      const [severity, month] = g.keys;
      expect(severity).toMatchObject({ dimension: 'SEVERITY', label: { LOW: '一般', MEDIUM: '较重', HIGH: '严重', CRITICAL: '紧急' }[severity.value!] });
      expect(month).toMatchObject({ dimension: 'TIME', value: expect.stringMatching(/^\d{4}-\d{2}$/), label: expect.stringMatching(/^\d{4}年\d{1,2}月$/) });
      if (i > 0) {
        const [prevSeverity, prevMonth] = groups[i - 1].keys;
        const bySeverity = order.indexOf(prevSeverity.value!) - order.indexOf(severity.value!);
        expect(bySeverity < 0 || (bySeverity === 0 && prevMonth.value! < month.value!)).toBe(true);
      }
      const filter = { severities: [severity.value], months: [month.value] };
      const list = await sg.query(
        `query ($f: IncidentFilter, $closed: IncidentFilter) { all: incidents(filter: $f) { totalCount } closed: incidents(filter: $closed) { totalCount } }`,
        { f: filter, closed: { ...filter, statuses: ['CLOSED'] } },
        'ANALYST',
      );
      expect([g.count, g.closedCount]).toEqual([list.data!.all.totalCount, list.data!.closed.totalCount]);
      expect(g.referredToMediationCount).toBe(
        await sg.models.Incident.countDocuments({ severity: severity.value, occurredMonth: month.value, disputeId: { $ne: null } }),
      );
    }
  });

  it('incidents by grid and month: one query, each group is the list with that grid and month, handling times are the records’ averages', async () => {
    // one incident walked through its life cycle: the server clock stamps its resolution and closing
    const occurredAt = new Date(Date.now() - 45 * 60_000).toISOString();
    const recorded = await sg.query(
      `mutation ($i: RecordIncidentInput!) { recordIncident(input: $i) { id } }`,
      { i: { title: '水街游客摔伤', severity: 'LOW', placeName: '东坡水街', occurredAt } },
      'POLICE',
    );
    const id = recorded.data!.recordIncident.id;
    const ADVANCE = `mutation ($id: ID!, $v: Int!, $a: IncidentAction!, $r: String) { advanceIncident(id: $id, expectedVersion: $v, action: $a, reason: $r) { resolvedAt closedAt } }`;
    await sg.query(ADVANCE, { id, v: 1, a: 'START' }, 'POLICE');
    await sg.query(ADVANCE, { id, v: 2, a: 'RESOLVE', r: '已送医' }, 'POLICE');
    const closed = (await sg.query(ADVANCE, { id, v: 3, a: 'CLOSE', r: '回访无异常' }, 'POLICE')).data!.advanceIncident;
    expect(closed).toEqual({ resolvedAt: expect.any(String), closedAt: expect.any(String) });
    expect((await sg.models.Incident.findById(id).lean())!.minutesToClose).toBeGreaterThanOrEqual(45);
    // two events of a camera in a grid escalated: their incidents carry the device's grid
    await sg.query(INGEST, { events: [event('GRID-1', { kind: 'FIGHT' }), event('GRID-2', { kind: 'FALL' })] }, PLATFORM);
    for (const platformEventId of ['GRID-1', 'GRID-2']) {
      const e = (await sg.models.SensingEvent.findOne({ platformEventId }).lean())!;
      const triaged = await sg.query(TRIAGE, { id: e._id.toHexString(), input: { decision: 'ESCALATE', reason: '现场核实' } }, 'POLICE');
      expect(triaged.data!.triageSensingEvent.incident.grid).toEqual({ id: expect.any(String) });
    }

    const { data, errors } = await sg.query(
      `{ incidentAggregate(groupBy: [GRID, TIME]) { groups { ${KEYS} grid { id } count averageMinutesToResolve averageMinutesToClose } totals { count averageMinutesToClose } } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const { groups, totals } = data!.incidentAggregate as { groups: Array<Group & { grid: { id: string } | null }>; totals: Group };
    expect(totals.count).toBe(sum(groups, 'count'));
    expect(groups.filter((g) => g.grid).length).toBeGreaterThan(0);
    const average = (values: Array<number | null | undefined>) => {
      const present = values.filter((v): v is number => typeof v === 'number');
      return present.length ? present.reduce((n, v) => n + v, 0) / present.length : null;
    };
    for (const g of groups) {
      const [grid, month] = g.keys;
      expect(g.grid).toEqual(grid.value ? { id: grid.value } : null);
      const docs = await sg.models.Incident.find({ gridId: grid.value ? new Types.ObjectId(grid.value) : null, occurredMonth: month.value }).lean();
      expect(g.count).toBe(docs.length);
      if (grid.value) {
        const list = await sg.query(
          `query ($f: IncidentFilter) { incidents(filter: $f) { totalCount } }`,
          { f: { gridIds: [grid.value], months: [month.value] } },
          'ANALYST',
        );
        expect(g.count).toBe(list.data!.incidents.totalCount);
      } else expect(grid.label).toBe('未划入网格');
      for (const [measure, field] of [
        ['averageMinutesToResolve', 'minutesToResolve'],
        ['averageMinutesToClose', 'minutesToClose'],
      ] as const) {
        const expected = average(docs.map((d) => d[field]));
        if (expected === null) expect(g[measure]).toBeNull();
        else expect(g[measure]).toBeCloseTo(expected, 6);
      }
    }
  });

  it('incidents by kind: each KIND group is what the list counts with that kind, labelled in Chinese', async () => {
    const { data, errors } = await sg.query(`{ incidentAggregate(groupBy: [KIND]) { groups { ${KEYS} count } totals { count } } }`, {}, 'ANALYST');
    expect(errors).toBeUndefined();
    const { groups, totals } = data!.incidentAggregate as { groups: Group[]; totals: Group };
    expect(totals.count).toBe(sum(groups, 'count'));
    expect(groups.find((g) => g.keys[0].value === 'OTHER')?.keys[0].label).toBe('其他');
    for (const g of groups) expect(g.keys[0].label).not.toBe(g.keys[0].value);
    for (const g of groups) {
      const list = await sg.query(`query ($k: [String!]) { incidents(filter: { kinds: $k }) { totalCount } }`, { k: [g.keys[0].value] }, 'ANALYST');
      expect(g.count).toBe(list.data!.incidents.totalCount);
    }
  });

  it('lost persons found within 30 minutes by category: one query, checked against the cases themselves', async () => {
    const { data, errors } = await sg.query(
      `{ lostPersonCaseAggregate(groupBy: [CATEGORY]) { groups { ${KEYS} count foundCount cancelledCount foundWithin30MinutesRate foundWithin60MinutesRate averageMinutesToFind }
         totals { count foundCount foundWithin30MinutesRate averageMinutesToFind } } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const { groups, totals } = data!.lostPersonCaseAggregate as { groups: Group[]; totals: Group };
    expect(groups.map((g) => g.keys[0].value)).toEqual(['CHILD', 'ELDER', 'OTHER'].filter((c) => groups.some((g) => g.keys[0].value === c)));
    const cases = await sg.models.LostPersonCase.find({}, { category: 1, minutesToFind: 1, status: 1 }).lean();
    for (const g of groups) {
      const mine = cases.filter((c) => c.category === g.keys[0].value);
      const found = mine.filter((c) => c.minutesToFind !== null && c.minutesToFind !== undefined);
      expect(g.keys[0].label).toBe({ CHILD: '儿童', ELDER: '老人', OTHER: '其他' }[g.keys[0].value!]);
      expect(g).toMatchObject({ count: mine.length, foundCount: found.length, cancelledCount: mine.filter((c) => c.status === 'CANCELLED').length });
      if (!found.length) expect(g.foundWithin30MinutesRate).toBeNull();
      else {
        expect(g.foundWithin30MinutesRate).toBeCloseTo(found.filter((c) => c.minutesToFind! <= 30).length / found.length, 10);
        expect(g.averageMinutesToFind).toBeCloseTo(found.reduce((n, c) => n + c.minutesToFind!, 0) / found.length, 10);
      }
      const stats = await sg.query(
        `query ($f: LostPersonCaseFilter) { lostPersonSearchStatistics(filter: $f) { total found foundWithin30MinutesRate } }`,
        { f: { categories: [g.keys[0].value] } },
        'ANALYST',
      );
      expect(stats.data!.lostPersonSearchStatistics).toEqual({
        total: g.count,
        found: g.foundCount,
        foundWithin30MinutesRate: g.foundWithin30MinutesRate ?? 0,
      });
    }
    expect(totals).toMatchObject({ count: cases.length, foundCount: sum(groups, 'foundCount') });
    expect(totals.count).toBe(sum(groups, 'count'));
  });

  it('false-alarm rate by sensing kind: dismissed ÷ triaged per kind, the same as the statistics with that kind', async () => {
    const { data, errors } = await sg.query(
      `{ sensingEventAggregate(groupBy: [KIND]) { groups { ${KEYS} count untriagedCount dismissedCount escalatedCount falseAlarmRate } totals { count dismissedCount escalatedCount falseAlarmRate } }
         sensingEvents { totalCount } sensingEventStatistics { total falseAlarmRate escalatedCount } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const { groups, totals } = data!.sensingEventAggregate as { groups: Group[]; totals: Group };
    expect(totals.count).toBe(data!.sensingEvents.totalCount);
    expect(totals.count).toBe(sum(groups, 'count'));
    expect(data!.sensingEventStatistics).toEqual({ total: totals.count, falseAlarmRate: totals.falseAlarmRate ?? 0, escalatedCount: totals.escalatedCount });
    for (const g of groups) {
      const kind = g.keys[0].value!;
      const [dismissed, escalated, untriaged] = await Promise.all(
        ['DISMISSED', 'ESCALATED', 'NEW'].map((triage) => sg.models.SensingEvent.countDocuments({ kind, triage })),
      );
      expect(g).toMatchObject({ dismissedCount: dismissed, escalatedCount: escalated, untriagedCount: untriaged, count: dismissed + escalated + untriaged });
      expect(g.falseAlarmRate).toEqual(dismissed + escalated ? dismissed / (dismissed + escalated) : null);
      const stats = await sg.query(
        `query ($k: [SensingEventKind!]) { sensingEventStatistics(filter: { kinds: $k }) { total falseAlarmRate } }`,
        { k: [kind] },
        'ANALYST',
      );
      expect(stats.data!.sensingEventStatistics).toEqual({ total: g.count, falseAlarmRate: g.falseAlarmRate ?? 0 });
    }
  });

  it('false-alarm rate by device kind and grid: events carry their device’s kind and grid, each group is the list with that filter', async () => {
    await sg.query(INGEST, { events: [event('DK-1'), event('DK-2', { kind: 'INTRUSION' })] }, PLATFORM);
    const pushed = (await sg.models.SensingEvent.findOne({ platformEventId: 'DK-1' }).lean())!;
    const device = (await sg.models.Device.findById(pushed.deviceId).lean())!;
    expect([pushed.deviceKind, pushed.gridId?.toHexString()]).toEqual([device.kind, device.gridId?.toHexString()]);
    const { data, errors } = await sg.query(
      `{ sensingEventAggregate(groupBy: [DEVICE_KIND, GRID]) { groups { ${KEYS} grid { id } count dismissedCount falseAlarmRate } totals { count } } sensingEvents { totalCount } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const { groups, totals } = data!.sensingEventAggregate as { groups: Array<Group & { grid: { id: string } | null }>; totals: Group };
    expect(totals.count).toBe(data!.sensingEvents.totalCount);
    expect(totals.count).toBe(sum(groups, 'count'));
    for (const g of groups) {
      const [kind, grid] = g.keys;
      expect(kind.label).toBe({ HD_CAMERA: '高清视频监控', EAGLE_EYE: '鹰眼高点监控', AI_CAMERA: '智能分析摄像机', SENSOR: '物联感知设备' }[kind.value!]);
      expect(g.grid).toEqual(grid.value ? { id: grid.value } : null);
      const filter = { deviceKinds: [kind.value], ...(grid.value ? { gridIds: [grid.value] } : {}) };
      const list = await sg.query(`query ($f: SensingEventFilter) { sensingEvents(filter: $f) { totalCount } }`, { f: filter }, 'ANALYST');
      const expected = grid.value ? list.data!.sensingEvents.totalCount : await sg.models.SensingEvent.countDocuments({ deviceKind: kind.value, gridId: null });
      expect(g.count).toBe(expected);
    }
  });

  it('shifts by grid and kind, by route and by volunteer: counts and sums checked against the list and the records', async () => {
    const { data, errors } = await sg.query(
      `{ byGrid: patrolShiftAggregate(groupBy: [GRID, KIND]) { groups { ${KEYS} grid { id } count completedCount completedRate findingCount visitCount volunteerPlaceCount } totals { count findingCount volunteerPlaceCount completedRate } }
         byRoute: patrolShiftAggregate(groupBy: [ROUTE]) { groups { ${KEYS} route { id name } count } }
         byVolunteer: patrolShiftAggregate(groupBy: [VOLUNTEER]) { groups { keys { value } volunteer { id } count volunteerPlaceCount } totals { count volunteerPlaceCount } }
         patrolStatistics { total findings } }`,
      {},
      'MEDIATOR',
    );
    expect(errors).toBeUndefined();
    const { groups, totals } = data!.byGrid as { groups: Group[]; totals: Group };
    expect(totals).toMatchObject({ count: data!.patrolStatistics.total, findingCount: data!.patrolStatistics.findings });
    expect([totals.count, totals.findingCount, totals.volunteerPlaceCount]).toEqual([
      sum(groups, 'count'),
      sum(groups, 'findingCount'),
      sum(groups, 'volunteerPlaceCount'),
    ]);
    for (const g of groups) {
      expect(g.grid).toEqual({ id: g.keys[0].value });
      const list = await sg.query(
        `query ($f: PatrolShiftFilter) { patrolShifts(filter: $f) { totalCount } }`,
        { f: { gridIds: [g.keys[0].value], kinds: [g.keys[1].value] } },
        'MEDIATOR',
      );
      expect(g.count).toBe(list.data!.patrolShifts.totalCount);
      if (g.completedRate !== null) expect(g.completedRate).toBeGreaterThanOrEqual(0);
    }
    for (const g of data!.byRoute.groups as Array<Group & { route: { id: string; name: string } }>)
      expect(g.keys[0]).toMatchObject({ value: g.route.id, label: g.route.name });
    const shifts = await sg.models.PatrolShift.find({}, { volunteerIds: 1 }).lean();
    const places = shifts.reduce((n, s) => n + s.volunteerIds.length, 0);
    expect(data!.byVolunteer.totals).toEqual({ count: places, volunteerPlaceCount: places });
    expect(totals.volunteerPlaceCount).toBe(places);
    const first = data!.byVolunteer.groups[0];
    expect(first.volunteer).toEqual({ id: first.keys[0].value });
    expect(first.count).toBe(shifts.filter((s) => s.volunteerIds.some((v) => v.toHexString() === first.keys[0].value)).length);
  });

  it('devices by kind and status, and every time bucket adds up to the same totals', async () => {
    const { data, errors } = await sg.query(
      `{ deviceAggregate(groupBy: [KIND, STATUS]) { groups { ${KEYS} count onlineCount onlineRate } totals { count onlineCount onlineRate } }
         deviceStatistics { total onlineRate } devices { totalCount }
         day: incidentAggregate(groupBy: [TIME], timeBucket: DAY) { groups { keys { value label } count } totals { count } }
         week: incidentAggregate(groupBy: [TIME], timeBucket: WEEK) { groups { keys { value label } count } totals { count } }
         quarter: incidentAggregate(groupBy: [TIME], timeBucket: QUARTER) { groups { keys { value label } count } totals { count } }
         year: incidentAggregate(groupBy: [TIME], timeBucket: YEAR) { groups { keys { value label } count } totals { count } }
         none: incidentAggregate { groups { keys { value } count } totals { count } } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const { groups, totals } = data!.deviceAggregate as { groups: Group[]; totals: Group };
    expect(totals.count).toBe(data!.devices.totalCount);
    expect(totals.count).toBe(sum(groups, 'count'));
    expect(totals.onlineRate).toBeCloseTo(data!.deviceStatistics.onlineRate, 10);
    for (const g of groups) {
      const count = await sg.models.Device.countDocuments({ kind: g.keys[0].value, status: g.keys[1].value });
      expect([g.count, g.onlineCount]).toEqual([count, g.keys[1].value === 'ONLINE' ? count : 0]);
    }
    const total = data!.none.totals.count;
    expect(data!.none.groups).toEqual([{ keys: [], count: total }]);
    const patterns = { day: /^\d{4}-\d{2}-\d{2}$/, week: /^\d{4}-W\d{2}$/, quarter: /^\d{4}-Q[1-4]$/, year: /^\d{4}$/ } as const;
    for (const [bucket, pattern] of Object.entries(patterns)) {
      const result = data![bucket] as { groups: Array<{ keys: Key[]; count: number }>; totals: { count: number } };
      expect(result.totals.count).toBe(total);
      expect(result.groups.reduce((n, g) => n + g.count, 0)).toBe(total);
      const values = result.groups.map((g) => g.keys[0].value!);
      for (const v of values) expect(v).toMatch(pattern);
      expect([...values].sort()).toEqual(values);
    }
  });
});
