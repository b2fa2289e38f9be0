import { Types } from 'mongoose';
import { demoEnterpriseId, demoId, DEMO_ROSTER, INVESTMENT_WARNING_STORY } from '@pecg/demo';
import { startTestGraph, type TestGraph } from '@pecg/graph-tools';
import { setTestClock } from '@pecg/activities';

/**
 * Issue 15 item 5 and issue 13 item 5 through the whole graph (startTestGraph: the real gateway and
 * every subgraph over HTTP): an activity's outcome raises a service need / risk alert in the enterprises
 * subgraph through the gateway's API with the activities service identity, linked both ways, never twice;
 * and an enterprise's people's participation in one federated query.
 */
describe('activities in the whole graph', () => {
  let graph: TestGraph;
  const saved = process.env.GATEWAY_URL;
  const E = demoEnterpriseId(13).toHexString(); // an alliance member
  const PARK = demoEnterpriseId(INVESTMENT_WARNING_STORY.enterpriseN).toHexString();
  beforeAll(async () => {
    graph = await startTestGraph({ seed: true });
    process.env.GATEWAY_URL = graph.gateway.url;
  });
  afterAll(async () => {
    setTestClock(null);
    await graph.stop();
    if (saved === undefined) delete process.env.GATEWAY_URL;
    else process.env.GATEWAY_URL = saved;
  });

  const ok = async (query: string, variables: Record<string, unknown> = {}, caller: Parameters<TestGraph['query']>[2] = 'POLICE') => {
    const result = await graph.query(query, variables, caller);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  /** An activity at 党建活动室 on 2030-07-0<day>, one person of E checked in, started: ready to close. */
  async function ongoingActivity(day: number): Promise<{ id: string; version: number }> {
    const startsAt = `2030-07-0${day}T09:00:00+08:00`;
    const planned = await ok(`mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id version } }`, {
      input: {
        title: `全图测试活动${day}`,
        kind: 'SYMPOSIUM',
        venueId: demoId('venue', 2).toHexString(),
        startsAt,
        endsAt: `2030-07-0${day}T11:00:00+08:00`,
        capacity: 10,
        organiserKind: 'ALLIANCE',
      },
    });
    const { id } = planned.planActivity;
    await ok(`mutation ($id: ID!) { openRegistration(id: $id, expectedVersion: 1) { id } }`, { id });
    const reg = (
      await ok(`mutation ($input: RegisterInput!) { register(input: $input) { id version } }`, {
        input: { activityId: id, enterpriseId: E, personName: '全图参会人', personPhone: '13912345678' },
      })
    ).register;
    setTestClock(new Date(new Date(startsAt).getTime() - 10 * 60_000));
    try {
      await ok(`mutation ($id: ID!, $v: Int!) { checkIn(id: $id, expectedVersion: $v) { status } }`, { id: reg.id, v: reg.version });
      await ok(`mutation ($id: ID!) { startActivity(id: $id, expectedVersion: 2) { status } }`, { id });
    } finally {
      setTestClock(null);
    }
    return { id, version: 3 };
  }

  const CLOSE = `mutation ($id: ID!, $v: Int!, $input: CloseActivityInput!) { closeActivity(id: $id, expectedVersion: $v, input: $input) {
      report { outcomes { kind deliveryState recordId attempts serviceNeed { id description dueOn source { subgraph typename id } activity { id title } } riskAlert { id } } } } }`;

  it('closing with a need raised creates the service need in enterprises through the gateway, linked both ways, and a retry never duplicates it', async () => {
    const { id, version } = await ongoingActivity(1);
    const closed = await ok(CLOSE, {
      id,
      v: version,
      input: {
        summary: '收集企业需求',
        outcomes: [{ kind: 'NEED_RAISED', enterpriseId: E, description: '希望开展员工反诈培训', needCategory: 'SECURITY', dueOn: '2026-12-30' }],
      },
    });
    const [outcome] = closed.closeActivity.report.outcomes;
    expect(outcome).toMatchObject({ kind: 'NEED_RAISED', deliveryState: 'CREATED', attempts: 1, riskAlert: null });
    // the need, as the enterprises subgraph answers it: its source is this activity, which resolves back here
    expect(outcome.serviceNeed).toEqual({
      id: outcome.recordId,
      description: '希望开展员工反诈培训',
      dueOn: '2026-12-30',
      source: { subgraph: 'activities', typename: 'Activity', id },
      activity: { id, title: '全图测试活动1' },
    });
    const needsOf = async () =>
      (await ok(`query ($id: ID!) { enterprise(id: $id) { serviceNeeds { id source { id } } } }`, { id: E }, 'ADMIN')).enterprise.serviceNeeds.filter(
        (n: { source: { id: string } | null }) => n.source?.id === id,
      );
    expect(await needsOf()).toEqual([{ id: outcome.recordId, source: { id } }]);

    // the acknowledgement was lost (as if the gateway's answer never arrived): the outbox sends it again with the same key
    const activityId = new Types.ObjectId(id);
    await graph.subgraphs.activities.models.Activity.updateOne(
      { _id: activityId },
      { $set: { 'report.outcomes.0.delivery.state': 'PENDING', 'report.outcomes.0.delivery.recordId': null } },
    );
    const retried = await ok(
      `mutation ($id: ID!) { retryActivityOutcomes(id: $id) { report { outcomes { deliveryState recordId attempts } } } }`,
      { id },
      'ADMIN',
    );
    expect(retried.retryActivityOutcomes.report.outcomes).toEqual([{ deliveryState: 'CREATED', recordId: outcome.recordId, attempts: 2 }]);
    expect(await needsOf()).toHaveLength(1);
  });

  it('closing with a risk found raises a risk alert on the enterprise with its origin', async () => {
    const { id, version } = await ongoingActivity(2);
    const closed = await ok(CLOSE, {
      id,
      v: version,
      input: {
        summary: '风险提示',
        outcomes: [{ kind: 'RISK_FOUND', enterpriseId: E, description: '合作方涉及多起合同诈骗诉讼', riskType: 'FRAUD', severity: 'HIGH' }],
      },
    });
    const [outcome] = closed.closeActivity.report.outcomes;
    expect(outcome).toMatchObject({ kind: 'RISK_FOUND', deliveryState: 'CREATED', serviceNeed: null, riskAlert: { id: outcome.recordId } });
    const alerts = (await ok(`query ($id: ID!) { enterprise(id: $id) { riskAlerts { id origin { subgraph typename id } } } }`, { id: E }, 'ADMIN')).enterprise
      .riskAlerts;
    expect(alerts).toContainEqual({ id: outcome.recordId, origin: { subgraph: 'activities', typename: 'Activity', id } });
  });

  it('answers an enterprise with its people’s participation in one federated query', async () => {
    const data = await ok(
      `query ($id: ID!) { enterprise(id: $id) { name allianceMember activitiesAttended { title startsAt kindLabel } lastActivityAttendedAt
          activityRegistrations(first: 50) { status activity { title } } } }`,
      { id: E },
      'ADMIN',
    );
    const e = data.enterprise;
    expect(e.name).toBe(DEMO_ROSTER[12].name);
    expect(e.allianceMember).toBe(true);
    const attended = await graph.subgraphs.activities.models.Registration.distinct('activityId', { enterpriseId: new Types.ObjectId(E), status: 'ATTENDED' });
    expect(e.activitiesAttended).toHaveLength(attended.length);
    expect(e.activitiesAttended.map((a: { title: string }) => a.title)).toEqual(expect.arrayContaining(['全图测试活动1', '全图测试活动2']));
    expect(e.lastActivityAttendedAt).toBe(e.activitiesAttended[0].startsAt);
    // a no-show is a registration, not attendance
    const noShow = e.activityRegistrations.find((r: { status: string }) => r.status === 'NO_SHOW');
    if (noShow) expect(e.activitiesAttended.map((a: { title: string }) => a.title)).not.toContain(noShow.activity.title);
    // an ENTERPRISE user sees an activity's enterprises only as far as its read scope goes: its own, no error for the others
    const E1 = demoEnterpriseId(1).toHexString();
    const symposium = await ok(
      `query ($id: ID!) { activity(id: $id) { coOrganisers { id name } report { attendingEnterprises { id } outcomes { id } } } }`,
      { id: demoId('activity', 14).toHexString() },
      { role: 'ENTERPRISE', enterpriseId: E1 },
    );
    expect(symposium.activity.coOrganisers).toEqual([{ id: E1, name: DEMO_ROSTER[0].name }]);
    expect(symposium.activity.report.attendingEnterprises).toEqual([{ id: E1 }]);
    expect(symposium.activity.report.outcomes).toEqual([]);
    const asAdmin = await ok(
      `query ($id: ID!) { activity(id: $id) { coOrganisers { id } report { attendingEnterprises { id } } } }`,
      { id: demoId('activity', 14).toHexString() },
      'ADMIN',
    );
    expect(asAdmin.activity.coOrganisers).toHaveLength(2);
    expect(asAdmin.activity.report.attendingEnterprises.length).toBeGreaterThan(1);
    // the park's operating company attended the September 2022 集中学习, whose alert is theirs in enterprises
    const park = await ok(`query ($id: ID!) { enterprise(id: $id) { activitiesAttended { id title } } }`, { id: PARK }, 'ADMIN');
    expect(park.enterprise.activitiesAttended).toContainEqual({
      id: INVESTMENT_WARNING_STORY.activityId.toHexString(),
      title: INVESTMENT_WARNING_STORY.activityTitle,
    });
  });

  it('finds the alliance members idle in the last months in one federated query (membership from enterprises, attendance from activities)', async () => {
    const members = DEMO_ROSTER.filter((r) => r.allianceMember).map((r) => demoEnterpriseId(r.n).toHexString());
    const query = `{ enterprises(filter: { allianceMember: true }, first: 100) { totalCount edges { node { id activitiesAttendedInLastMonths(months: 12) } } } }`;
    // at the test clock in July 2030, the last 12 months hold only this suite's activities, which only E attended
    setTestClock(new Date('2030-07-10T00:00:00+08:00'));
    let data;
    try {
      data = await ok(query, {}, 'ANALYST');
    } finally {
      setTestClock(null);
    }
    const nodes = data.enterprises.edges.map((e: { node: { id: string; activitiesAttendedInLastMonths: number } }) => e.node);
    expect(nodes.map((n: { id: string }) => n.id).sort()).toEqual([...members].sort());
    const idle = nodes.filter((n: { activitiesAttendedInLastMonths: number }) => n.activitiesAttendedInLastMonths === 0).map((n: { id: string }) => n.id);
    expect(idle.sort()).toEqual(members.filter((m) => m !== E).sort());
    expect(nodes.find((n: { id: string }) => n.id === E).activitiesAttendedInLastMonths).toBe(2);
  });
});
