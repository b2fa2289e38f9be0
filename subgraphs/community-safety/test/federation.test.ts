import { demoEnterpriseId, demoId } from '@pecg/demo';
import { startTestGraph, type TestGraph } from '@pecg/graph-tools';
import { authHeaders } from '@pecg/testing';
import { event, PLATFORM } from './helpers';

describe('community-safety in the composed graph', () => {
  let graph: TestGraph;
  const saved = process.env.GATEWAY_URL;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises', 'mediation', 'community-safety'] });
    // the subgraph's service calls to other departments go through this test's gateway
    process.env.GATEWAY_URL = graph.gateway.url;
  }, 120_000);
  afterAll(async () => {
    if (saved === undefined) delete process.env.GATEWAY_URL;
    else process.env.GATEWAY_URL = saved;
    await graph?.stop();
  });

  it('answers an enterprise with its incidents, and a volunteer with the patrols it walked', async () => {
    const enterprise = demoEnterpriseId(9).toHexString();
    const recorded = await graph.query(
      `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id } }`,
      { input: { title: '厂区围墙破损', severity: 'MEDIUM', placeName: '园区东区', enterpriseId: enterprise } },
      'POLICE',
    );
    expect(recorded.errors).toBeUndefined();
    const { data, errors } = await graph.query(
      `query ($id: ID!) { enterprise(id: $id) { name incidents { id title severityLabel enterprise { name } } } }`,
      { id: enterprise },
      { role: 'ENTERPRISE', enterpriseId: enterprise },
    );
    expect(errors).toBeUndefined();
    expect(data!.enterprise.incidents).toEqual([
      { id: recorded.data!.recordIncident.id, title: '厂区围墙破损', severityLabel: '较重', enterprise: { name: data!.enterprise.name } },
    ]);

    const shifts = await graph.query(
      `{ patrolShifts(first: 1) { edges { node { route { name } grid { id name } volunteers { id name grid { name } } } } } }`,
      {},
      'MEDIATOR',
    );
    expect(shifts.errors).toBeUndefined();
    const shift = shifts.data!.patrolShifts.edges[0].node;
    expect(shift.grid.name).toMatch(/网格/);
    expect(shift.volunteers[0]).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    const volunteer = await graph.query(
      `query ($id: ID!) { volunteer(id: $id) { name duties patrolShifts(first: 3) { route { name } volunteers { id } } } }`,
      { id: shift.volunteers[0].id },
      'MEDIATOR',
    );
    expect(volunteer.errors).toBeUndefined();
    expect(volunteer.data!.volunteer.patrolShifts.length).toBeGreaterThan(0);
    for (const s of volunteer.data!.volunteer.patrolShifts) expect(s.volunteers).toContainEqual({ id: shift.volunteers[0].id });
  });

  it('raises a risk alert for the incident’s enterprise through the gateway, once, linked both ways', async () => {
    const enterprise = demoEnterpriseId(104).toHexString();
    const incident = (
      await graph.query(
        `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id version } }`,
        { input: { title: '危险货物运输车辆闯入景区封闭车道', severity: 'HIGH', placeName: '东坡水街北口', enterpriseId: enterprise } },
        'POLICE',
      )
    ).data!.recordIncident;
    const raise = `mutation ($id: ID!, $v: Int!) { raiseRiskAlertFromIncident(id: $id, expectedVersion: $v, input: { kind: SAFETY, description: "运输车辆违规驶入景区，提醒企业加强驾驶员管理" }) { id version riskAlert { id type severity status origin { subgraph typename id } sourceIncident { id title } enterprise { id name } } } }`;
    const results = await Promise.all([
      graph.query(raise, { id: incident.id, v: incident.version }, 'POLICE'),
      graph.query(raise, { id: incident.id, v: incident.version }, 'POLICE'),
    ]);
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0].extensions?.code).toMatch(/CONFLICT|ILLEGAL_STATE_TRANSITION/);
    const alert = won[0].data!.raiseRiskAlertFromIncident.riskAlert;
    expect(alert).toMatchObject({
      type: 'SAFETY',
      severity: 'HIGH',
      status: 'DETECTED',
      origin: { subgraph: 'community-safety', typename: 'Incident', id: incident.id },
      sourceIncident: { id: incident.id, title: '危险货物运输车辆闯入景区封闭车道' },
      enterprise: { id: enterprise },
    });
    // one alert in the enterprises subgraph, whatever the race: the second push carried the same Idempotency-Key
    expect(await graph.subgraphs.enterprises.models.RiskAlert.countDocuments({ 'origin.id': incident.id })).toBe(1);
    const again = await graph.query(raise, { id: incident.id, v: incident.version + 1 }, 'POLICE');
    expect(again.errors?.[0].extensions?.code).toBe('ILLEGAL_STATE_TRANSITION');
  });

  it('opens a dispute in mediation for an incident through the gateway, once; the dispute knows the incident it came from', async () => {
    const eventId = (await graph.subgraphs['community-safety'].models.SensingEvent.findOne({ kind: 'FIGHT', triage: 'NEW' }).lean())!._id.toHexString();
    const triaged = await graph.query(
      `mutation ($id: ID!) { triageSensingEvent(id: $id, input: { decision: ESCALATE, reason: "游客因拍照位置发生口角推搡", severity: HIGH }) { incident { id version device { grid { id name } } } } }`,
      { id: eventId },
      'POLICE',
    );
    expect(triaged.errors).toBeUndefined();
    const incident = triaged.data!.triageSensingEvent.incident;
    const open = `mutation ($id: ID!, $v: Int!, $input: OpenDisputeFromIncidentInput!) { openDisputeFromIncident(id: $id, expectedVersion: $v, input: $input) { id dispute { id title kindLabel channel channelLabel urgency status grid { id } origin { subgraph typename id } sourceIncident { id } parties { name role } } } }`;
    const input = {
      kind: 'TOURIST',
      parties: [
        { name: '游客甲', phone: '13900001111', role: 'APPLICANT' },
        { name: '游客乙', role: 'RESPONDENT' },
      ],
    };
    const results = await Promise.all([
      graph.query(open, { id: incident.id, v: incident.version, input }, 'POLICE'),
      graph.query(open, { id: incident.id, v: incident.version, input }, 'MEDIATOR'),
    ]);
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    const dispute = won[0].data!.openDisputeFromIncident.dispute;
    expect(dispute).toMatchObject({
      kindLabel: '涉旅纠纷',
      channel: 'CLOUD_PLATFORM',
      channelLabel: '立体云防控平台',
      urgency: 'URGENT',
      status: 'REPORTED',
      grid: { id: incident.device.grid.id },
      origin: { subgraph: 'community-safety', typename: 'Incident', id: incident.id },
      sourceIncident: { id: incident.id },
    });
    expect(dispute.parties).toHaveLength(2);
    expect(await graph.subgraphs.mediation.models.Dispute.countDocuments({ 'origin.id': incident.id })).toBe(1);
    // the other way: a dispute through mediation's own query knows its incident
    const fromMediation = await graph.query(
      `query ($id: ID!) { dispute(id: $id) { sourceIncident { id title sourceEvent { id } } } }`,
      { id: dispute.id },
      'MEDIATOR',
    );
    expect(fromMediation.data!.dispute.sourceIncident).toMatchObject({ id: incident.id, sourceEvent: { id: eventId } });
  });

  it('lets no other department report disputes or alerts in its name', async () => {
    const grid = demoId('grid', 1).toHexString();
    const report = `mutation ($input: ReportDisputeInput!) { reportDispute(input: $input) { id } }`;
    const input = { title: 'x', kind: 'OTHER', channel: 'CLOUD_PLATFORM', gridId: grid, parties: [{ name: '甲', role: 'APPLICANT' }] };
    const activities = await graph.query(
      report,
      { input: { ...input, origin: { subgraph: 'activities', typename: 'Activity', id: 'a'.repeat(24) } } },
      { role: 'DEPARTMENT', department: 'activities' },
    );
    expect(activities.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const originless = await graph.query(report, { input }, { role: 'DEPARTMENT', department: 'community-safety' });
    expect(originless.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.origin' });
    const foreign = await graph.query(
      report,
      { input: { ...input, origin: { subgraph: 'mediation', typename: 'Dispute', id: 'a'.repeat(24) } } },
      { role: 'DEPARTMENT', department: 'community-safety' },
    );
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.origin.subgraph' });
  });

  it('takes the platform’s JSON push at the gateway (same code as the mutation): bad events refused one by one, the rest stored', async () => {
    const url = graph.gateway.url.replace(/\/graphql$/, '/hooks/community-safety/platform/sensing-events');
    const push = async (body: unknown, caller: Parameters<typeof authHeaders>[0] | null) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(caller ? await authHeaders(caller) : {}) }, body: JSON.stringify(body) });
    const events = [event('HOOK-1'), event('HOOK-2', { kind: 'UFO' }), event('HOOK-3', { deviceCode: 'NOPE' }), event('HOOK-1')];
    const pushed = await push({ events }, PLATFORM);
    expect(pushed.status).toBe(200);
    expect(await pushed.json()).toEqual({
      accepted: 1,
      duplicates: 1,
      rejected: [
        { index: 1, platformEventId: 'HOOK-2', field: 'events[1].kind', reason: expect.stringContaining('CROWD_DENSITY') },
        { index: 2, platformEventId: 'HOOK-3', field: 'events[2].deviceCode', reason: 'no device with code "NOPE"' },
      ],
    });
    expect(await graph.subgraphs['community-safety'].models.SensingEvent.countDocuments({ platformEventId: { $regex: '^HOOK-' } })).toBe(1);
    expect((await push({ events }, null)).status).toBe(401);
    const analyst = await push({ events }, 'ANALYST');
    expect(analyst.status).toBe(403);
    expect(((await analyst.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('FORBIDDEN');
    const empty = await push({ events: [] }, PLATFORM);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'events',
    });
    expect((await fetch(url, { headers: await authHeaders(PLATFORM) })).status).toBe(405);
  });

  it('answers a device with its grid from the mediation subgraph', async () => {
    const { data, errors } = await graph.query(
      `query ($id: ID!) { device(id: $id) { code grid { name } } }`,
      { id: demoId('cs-device-AI_CAMERA', 1).toHexString() },
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    expect(data!.device).toEqual({ code: 'BHT-AI-001', grid: { name: '白虎滩景区网格' } });
  });

  it('answers the analysts’ aggregates through the gateway, joined to enterprises and grids, scoped for an ENTERPRISE caller', async () => {
    const query = `{ incidentAggregate(groupBy: [ENTERPRISE], filter: { sources: [MANUAL] }) { groups { keys { value label } enterprise { id name } count } totals { count } }
      patrolShiftAggregate(groupBy: [GRID, TIME]) { groups { keys { dimension value } grid { id name } count findingCount } totals { count } } }`;
    const { data, errors } = await graph.query(query, {}, 'ANALYST');
    expect(errors).toBeUndefined();
    const named = data!.incidentAggregate.groups.filter((g: { enterprise: unknown }) => g.enterprise);
    expect(named.length).toBeGreaterThan(0);
    for (const g of named) expect(g.enterprise).toEqual({ id: g.keys[0].value, name: expect.any(String) });
    const shifts = data!.patrolShiftAggregate;
    expect(shifts.totals.count).toBe(shifts.groups.reduce((n: number, g: { count: number }) => n + g.count, 0));
    for (const g of shifts.groups) expect(g.grid).toEqual({ id: g.keys[0].value, name: expect.stringMatching(/网格/) });

    const own = demoEnterpriseId(1).toHexString();
    const scoped = await graph.query(
      `{ incidents(filter: { sources: [MANUAL] }) { totalCount } incidentAggregate(groupBy: [ENTERPRISE], filter: { sources: [MANUAL] }) { groups { enterprise { id } count } totals { count } } }`,
      {},
      { role: 'ENTERPRISE', enterpriseId: own },
    );
    expect(scoped.errors).toBeUndefined();
    const mine = scoped.data!.incidents.totalCount;
    expect(mine).toBeGreaterThan(0);
    expect(scoped.data!.incidentAggregate).toEqual({ groups: [{ enterprise: { id: own }, count: mine }], totals: { count: mine } });
  });
});
