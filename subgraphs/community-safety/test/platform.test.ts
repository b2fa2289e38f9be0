import { postGraphQL, useTestSubgraph } from '@pecg/testing';
import { communitySafetySubgraph } from '../src';
import { event, INGEST, PLATFORM } from './helpers';

describe('community-safety: the platform’s devices and sensing events', () => {
  const sg = useTestSubgraph(communitySafetySubgraph, { seed: true });

  it('holds the article’s devices: 136 HD feeds, 5 eagle-eyes, 23 AI cameras; video stays in the video system', async () => {
    const { data, errors } = await sg.query(
      `{ deviceStatistics { total byKind { key label count } } devices(first: 1, filter: { kinds: [AI_CAMERA] }) { totalCount edges { node { code kindLabel placeKindLabel videoRef statusHistory { to toLabel } grid { id } } } } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    expect(data!.deviceStatistics.total).toBe(164);
    expect(Object.fromEntries(data!.deviceStatistics.byKind.map((r: { key: string; count: number }) => [r.key, r.count]))).toEqual({
      HD_CAMERA: 136,
      EAGLE_EYE: 5,
      AI_CAMERA: 23,
      SENSOR: 0,
    });
    expect(data!.devices.totalCount).toBe(23);
    expect(data!.devices.edges[0].node).toMatchObject({
      kindLabel: '智能分析摄像机',
      videoRef: expect.stringMatching(/^vms:\/\//),
      statusHistory: [{ to: 'ONLINE', toLabel: '在线' }],
    });
  });

  it('stores a batch, refusing bad events one by one with their reason, and counts a re-push as duplicates', async () => {
    const batch = [
      event('T-1'),
      event('T-2', { deviceCode: 'NO-SUCH-DEVICE' }),
      event('T-3', { occurredAt: new Date(Date.now() + 3600_000).toISOString() }),
      event('T-5', { kind: 'FIGHT' }),
      event('T-1'),
    ];
    const first = await sg.query(INGEST, { events: batch }, PLATFORM);
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestSensingEvents).toEqual({
      accepted: 2,
      duplicates: 1,
      rejected: [
        { index: 1, platformEventId: 'T-2', field: 'events[1].deviceCode', reason: 'no device with code "NO-SUCH-DEVICE"' },
        { index: 2, platformEventId: 'T-3', field: 'events[2].occurredAt', reason: expect.stringContaining('is in the future') },
      ],
    });
    const again = await sg.query(INGEST, { events: [event('T-1'), event('T-5', { kind: 'FIGHT' })] }, PLATFORM);
    expect(again.data!.ingestSensingEvents).toEqual({ accepted: 0, duplicates: 2, rejected: [] });
    expect(await sg.models.SensingEvent.countDocuments({ platformEventId: { $in: ['T-1', 'T-5'] } })).toBe(2);
  });

  it('refuses an empty or oversized batch, and pushes from anyone but the platform', async () => {
    const empty = await sg.query(INGEST, { events: [] }, PLATFORM);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events', value: 0 });
    const big = await sg.query(INGEST, { events: Array.from({ length: 1001 }, (_, i) => event(`BIG-${i}`)) }, PLATFORM);
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events', value: 1001 });
    for (const caller of ['POLICE', 'ANALYST', { role: 'DEPARTMENT' as const, department: 'activities' }] as const) {
      const refused = await sg.query(INGEST, { events: [event('X-1')] }, caller);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await sg.models.SensingEvent.countDocuments({ platformEventId: { $regex: '^(BIG|X)-' } })).toBe(0);
  });

  it('lists events newest first with statistics equal to the list', async () => {
    const list = await sg.query(
      `{ sensingEvents(first: 5, filter: { kinds: [FIGHT] }) { totalCount edges { node { kind occurredAt device { code } triage triageLabel } } } }`,
      {},
      'ANALYST',
    );
    const stats = await sg.query(
      `{ sensingEventStatistics(filter: { kinds: [FIGHT] }) { total byKind { key count } byTriage { key label count } byDay { day count } } }`,
      {},
      'ANALYST',
    );
    const total = list.data!.sensingEvents.totalCount;
    expect(total).toBeGreaterThan(0);
    expect(stats.data!.sensingEventStatistics.total).toBe(total);
    expect(stats.data!.sensingEventStatistics.byKind.find((r: { key: string }) => r.key === 'FIGHT').count).toBe(total);
    expect(stats.data!.sensingEventStatistics.byDay.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(total);
    const times = list.data!.sensingEvents.edges.map((e: { node: { occurredAt: string } }) => e.node.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('keeps a device’s status history with reasons; the same status twice is refused', async () => {
    const { data } = await sg.query(`{ devices(first: 1) { edges { node { id version status } } } }`);
    const d = data!.devices.edges[0].node;
    const change = `mutation ($id: ID!, $v: Int!, $s: DeviceStatus!) { changeDeviceStatus(id: $id, expectedVersion: $v, status: $s, reason: "巡检发现画面中断") { status version statusHistory { from to reason changed { role } } } }`;
    const changed = await sg.query(change, { id: d.id, v: d.version, s: 'OFFLINE' }, 'POLICE');
    expect(changed.data!.changeDeviceStatus.statusHistory.at(-1)).toEqual({
      from: d.status,
      to: 'OFFLINE',
      reason: '巡检发现画面中断',
      changed: { role: 'POLICE' },
    });
    const stale = await sg.query(change, { id: d.id, v: d.version, s: 'ONLINE' }, 'POLICE');
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const same = await sg.query(change, { id: d.id, v: d.version + 1, s: 'OFFLINE' }, 'POLICE');
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('answers 401 without the gateway’s internal assertion', async () => {
    const anonymous = await postGraphQL(sg.url, '{ devices { totalCount } }');
    expect(anonymous.status).toBe(401);
  });
});
