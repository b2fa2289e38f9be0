import { demoEnterpriseId, demoOfficerId } from '@pecg/demo';
import { useTestSubgraph } from '@pecg/testing';
import { communitySafetySubgraph } from '../src';
import { event, INGEST, PLATFORM } from './helpers';

const TRIAGE = `mutation ($id: ID!, $input: TriageSensingEventInput!) { triageSensingEvent(id: $id, input: $input) { event { id triage triageReason incident { id } } incident { id title severity status statusLabel source sourceEvent { id } device { code } placeName enterprise { id } owner { id } version timeline { to reason changed { role } } } } }`;
const ADVANCE = `mutation ($id: ID!, $v: Int!, $a: IncidentAction!, $r: String) { advanceIncident(id: $id, expectedVersion: $v, action: $a, reason: $r) { status version resolution timeline { from to reason } } }`;

describe('community-safety: triage of sensing events into incidents', () => {
  const sg = useTestSubgraph(communitySafetySubgraph, { seed: true });
  let n = 0;
  async function newEvent(kind = 'FIGHT'): Promise<string> {
    n += 1;
    const id = `INC-${n}`;
    await sg.query(INGEST, { events: [event(id, { kind })] }, PLATFORM);
    return (await sg.models.SensingEvent.findOne({ platformEventId: id }).lean())!._id.toHexString();
  }

  it('dismisses a new event once, with the reason and who did it', async () => {
    const id = await newEvent();
    const dismissed = await sg.query(TRIAGE, { id, input: { decision: 'DISMISS', reason: '视频复核系游客嬉闹' } }, 'POLICE');
    expect(dismissed.data!.triageSensingEvent).toEqual({
      event: { id, triage: 'DISMISSED', triageReason: '视频复核系游客嬉闹', incident: null },
      incident: null,
    });
    const again = await sg.query(TRIAGE, { id, input: { decision: 'ESCALATE', reason: '再看' } }, 'POLICE');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', entity: 'SensingEvent', from: 'DISMISSED' });
  });

  it('escalates an event into one incident even when two officers escalate it at once', async () => {
    const id = await newEvent();
    const input = { decision: 'ESCALATE', reason: '现场有人受伤', severity: 'HIGH', ownerOfficerId: demoOfficerId(3).toHexString() };
    const results = await Promise.all([
      sg.query(TRIAGE, { id, input }, 'POLICE'),
      sg.query(TRIAGE, { id, input }, 'POLICE'),
      sg.query(TRIAGE, { id, input }, 'ADMIN'),
    ]);
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'ILLEGAL_STATE_TRANSITION')).toBe(true);
    const incident = won[0].data!.triageSensingEvent.incident;
    expect(incident).toMatchObject({
      severity: 'HIGH',
      status: 'OPEN',
      statusLabel: '待处置',
      source: 'SENSING_EVENT',
      sourceEvent: { id },
      device: { code: 'BHT-AI-001' },
      owner: { id: demoOfficerId(3).toHexString() },
    });
    expect(incident.title).toBe('打架斗殴：东坡水街北口');
    expect(await sg.models.Incident.countDocuments({ sourceEventId: incident.sourceEvent.id })).toBe(1);
    expect(won[0].data!.triageSensingEvent.event).toMatchObject({ triage: 'ESCALATED', incident: { id: incident.id } });
  });

  it('walks the incident life cycle and refuses illegal steps with ILLEGAL_STATE_TRANSITION', async () => {
    const id = await newEvent('FIRE_SMOKE');
    const { incident } = (await sg.query(TRIAGE, { id, input: { decision: 'ESCALATE', reason: '冒烟' } }, 'POLICE')).data!.triageSensingEvent;
    const resolveEarly = await sg.query(ADVANCE, { id: incident.id, v: 1, a: 'RESOLVE', r: '已处置' }, 'POLICE');
    expect(resolveEarly.errors?.[0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'OPEN', to: 'RESOLVED' });
    const started = await sg.query(ADVANCE, { id: incident.id, v: 1, a: 'START' }, 'POLICE');
    expect(started.data!.advanceIncident).toMatchObject({ status: 'HANDLING', version: 2 });
    const noReason = await sg.query(ADVANCE, { id: incident.id, v: 2, a: 'RESOLVE' }, 'POLICE');
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const resolved = await sg.query(ADVANCE, { id: incident.id, v: 2, a: 'RESOLVE', r: '商户烧烤油烟，已劝导' }, 'POLICE');
    expect(resolved.data!.advanceIncident).toMatchObject({ status: 'RESOLVED', resolution: '商户烧烤油烟，已劝导' });
    const closed = await sg.query(ADVANCE, { id: incident.id, v: 3, a: 'CLOSE', r: '回访无异常' }, 'POLICE');
    expect(closed.data!.advanceIncident.timeline.map((t: { to: string }) => t.to)).toEqual(['OPEN', 'HANDLING', 'RESOLVED', 'CLOSED']);
    const reopened = await sg.query(ADVANCE, { id: incident.id, v: 4, a: 'START' }, 'POLICE');
    expect(reopened.errors?.[0].extensions?.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect((await sg.query(ADVANCE, { id: incident.id, v: 4, a: 'START' }, 'ANALYST')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows an ENTERPRISE caller only its own enterprise’s incidents, on every path', async () => {
    const mine = demoEnterpriseId(7).toHexString();
    const record = `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id enterprise { id } } }`;
    const own = (await sg.query(record, { input: { title: '园区企业门前车辆剐蹭', severity: 'LOW', placeName: '园区东门', enterpriseId: mine } }, 'POLICE'))
      .data!.recordIncident;
    const other = (
      await sg.query(record, { input: { title: '他企业', severity: 'LOW', placeName: '园区西门', enterpriseId: demoEnterpriseId(8).toHexString() } }, 'POLICE')
    ).data!.recordIncident;
    const caller = { role: 'ENTERPRISE' as const, enterpriseId: mine };
    const list = await sg.query(`{ incidents(first: 100) { totalCount edges { node { id } } } incidentStatistics { total } }`, {}, caller);
    expect(list.data!.incidents.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([own.id]);
    expect(list.data!.incidentStatistics.total).toBe(1);
    expect((await sg.query(`query ($id: ID!) { incident(id: $id) { id } }`, { id: other.id }, caller)).data!.incident).toBeNull();
    const entities = await sg.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Incident { id } ... on Enterprise { id incidents { id } } } }`,
      {
        r: [
          { __typename: 'Incident', id: other.id },
          { __typename: 'Enterprise', id: mine },
          { __typename: 'Enterprise', id: demoEnterpriseId(8).toHexString() },
        ],
      },
      caller,
    );
    expect(entities.data!._entities).toEqual([null, { id: mine, incidents: [{ id: own.id }] }, null]);
    const future = await sg.query(
      record,
      { input: { title: 'x', severity: 'LOW', placeName: 'y', occurredAt: new Date(Date.now() + 86_400_000).toISOString() } },
      'POLICE',
    );
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.occurredAt' });
  });

  it('counts incidents in statistics equal to the list', async () => {
    const list = await sg.query(
      `{ incidents(first: 100, filter: { sources: [SENSING_EVENT] }) { totalCount edges { node { status severity } } } }`,
      {},
      'ANALYST',
    );
    const stats = await sg.query(
      `{ incidentStatistics(filter: { sources: [SENSING_EVENT] }) { total byStatus { key label count } bySeverity { key count } byMonth { month count } withDispute } }`,
      {},
      'ANALYST',
    );
    const nodes = list.data!.incidents.edges.map((e: { node: { status: string } }) => e.node);
    expect(stats.data!.incidentStatistics.total).toBe(list.data!.incidents.totalCount);
    for (const row of stats.data!.incidentStatistics.byStatus) expect(row.count).toBe(nodes.filter((x: { status: string }) => x.status === row.key).length);
    expect(stats.data!.incidentStatistics.withDispute).toBe(0);
  });
});
