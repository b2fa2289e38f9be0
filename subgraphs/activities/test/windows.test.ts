import { demoEnterpriseId, demoId } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { activitiesSubgraph, runTimeRules, type ActivitiesModels } from '../src';
import { atTime, CHECK_IN, minutes, planActivity, REGISTER, START } from './helpers';

/** Issue 15 items 2 and 4: the life cycle with its states, and each time window at its boundary (the subgraph's test clock). */
describe('activities subgraph: life cycle and windows', () => {
  let graph: TestSubgraph<ActivitiesModels>;
  const venueId = demoId('venue', 2).toHexString();
  const E1 = demoEnterpriseId(1).toHexString();
  beforeAll(async () => {
    graph = await startTestSubgraph(activitiesSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  const step = (name: string, id: string, v: number) =>
    graph.query(`mutation ($id: ID!, $v: Int!) { ${name}(id: $id, expectedVersion: $v) { status statusLabel version } }`, { id, v }, 'POLICE');
  let person = 0;
  const register = (activityId: string) => graph.query(REGISTER, { input: { activityId, enterpriseId: E1, personName: `窗口${person++}` } });

  it('runs draft → published → registration open → registration closed → ongoing, each step from its own states only', async () => {
    const a = await planActivity(graph, {
      venueId,
      capacity: 10,
      organiserKind: 'PARTY_ORGANISATION',
      organiserEnterpriseId: E1,
      coOrganiserIds: [demoEnterpriseId(5).toHexString()],
    });
    const shown = await graph.query(
      `query ($id: ID!) { activity(id: $id) { statusLabel organiserKind organiserKindLabel organiserEnterprise { id } coOrganisers { id } } }`,
      { id: a.id },
    );
    expect(shown.data!.activity).toEqual({
      statusLabel: '草稿',
      organiserKind: 'PARTY_ORGANISATION',
      organiserKindLabel: '成员单位党组织',
      organiserEnterprise: { id: E1 },
      coOrganisers: [{ id: demoEnterpriseId(5).toHexString() }],
    });
    expect((await register(a.id)).errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'PLANNED' });
    expect((await step('closeRegistration', a.id, 1)).errors![0].extensions).toMatchObject({
      code: 'ILLEGAL_STATE_TRANSITION',
      from: 'PLANNED',
      to: 'REGISTRATION_CLOSED',
    });
    expect((await step('publishActivity', a.id, 1)).data!.publishActivity).toEqual({ status: 'PUBLISHED', statusLabel: '已发布', version: 2 });
    expect((await register(a.id)).errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'PUBLISHED' });
    expect((await step('openRegistration', a.id, 2)).data!.openRegistration.status).toBe('OPEN_FOR_REGISTRATION');
    expect((await register(a.id)).data!.register.status).toBe('CONFIRMED');
    expect((await step('closeRegistration', a.id, 3)).data!.closeRegistration).toEqual({ status: 'REGISTRATION_CLOSED', statusLabel: '报名截止', version: 4 });
    expect((await register(a.id)).errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'REGISTRATION_CLOSED' });
    expect((await step('startActivity', a.id, 4)).data!.startActivity.status).toBe('ONGOING');
    expect((await step('publishActivity', a.id, 5)).errors![0].extensions).toMatchObject({
      code: 'ILLEGAL_STATE_TRANSITION',
      from: 'ONGOING',
      to: 'PUBLISHED',
    });
    const bad = await graph.query(
      `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }`,
      {
        input: {
          title: 'x',
          kind: 'TRAINING',
          address: '广场',
          capacity: 5,
          organiserKind: 'PARTY_ORGANISATION',
          startsAt: '2030-12-01T01:00:00Z',
          endsAt: '2030-12-01T02:00:00Z',
        },
      },
      'POLICE',
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organiserEnterpriseId' });
  });

  it('registers only inside the registration window: a minute before it opens, at, and after it closes', async () => {
    const a = await planActivity(graph, { venueId, capacity: 10 });
    const opens = minutes(a.startsAt, -7 * 24 * 60).toISOString();
    const closes = minutes(a.startsAt, -24 * 60).toISOString();
    const planned = await planActivity(graph, { venueId, capacity: 10, registrationOpensAt: opens, registrationClosesAt: closes });
    const opened = await step('openRegistration', planned.id, planned.version);
    expect(opened.errors).toBeUndefined();
    const tryAt = (at: Date) => atTime(at, () => register(planned.id));
    const refused = (r: Awaited<ReturnType<typeof register>>) =>
      expect(r.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'OPEN_FOR_REGISTRATION' });
    refused(await tryAt(minutes(opens, -1)));
    expect((await tryAt(minutes(opens, 0))).errors).toBeUndefined();
    expect((await tryAt(minutes(closes, -1))).errors).toBeUndefined();
    const atClose = await tryAt(minutes(closes, 0));
    refused(atClose);
    expect(atClose.errors![0].message).toContain(`until ${closes}`);
    refused(await tryAt(minutes(closes, 1)));
    // the scheduled rule moves it to REGISTRATION_CLOSED at its deadline, not a minute before
    const statusOf = async () => (await graph.models.Activity.findById(planned.id).lean())!.status;
    await runTimeRules(graph.models, minutes(closes, -1));
    expect(await statusOf()).toBe('OPEN_FOR_REGISTRATION');
    await runTimeRules(graph.models, minutes(closes, 0));
    expect(await statusOf()).toBe('REGISTRATION_CLOSED');
    const window = await graph.query(`query ($id: ID!) { activity(id: $id) { registrationOpensAt registrationClosesAt } }`, { id: planned.id });
    expect(window.data!.activity).toEqual({ registrationOpensAt: opens, registrationClosesAt: closes });
    // without a deadline registration closes at the start
    await step('openRegistration', a.id, a.version);
    refused(await atTime(minutes(a.startsAt, 0), () => register(a.id)));
    expect((await atTime(minutes(a.startsAt, -1), () => register(a.id))).errors).toBeUndefined();
    const late = await graph.query(
      `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }`,
      {
        input: {
          title: 'x',
          kind: 'TRAINING',
          address: '广场',
          capacity: 5,
          startsAt: '2030-12-01T01:00:00Z',
          endsAt: '2030-12-01T02:00:00Z',
          registrationClosesAt: '2030-12-01T01:30:00Z',
        },
      },
      'POLICE',
    );
    expect(late.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.registrationClosesAt' });
  });

  it('checks in only from 60 minutes before the start until the end, not while registration is merely open days ahead', async () => {
    const a = await planActivity(graph, { venueId, capacity: 10 });
    await step('openRegistration', a.id, a.version);
    const regs: Array<{ id: string; version: number; status: string }> = [];
    for (let i = 0; i < 4; i++) regs.push((await register(a.id)).data!.register);
    const checkInAt = (at: Date, r: { id: string; version: number }) => atTime(at, () => graph.query(CHECK_IN, { id: r.id, v: r.version }, 'POLICE'));
    const before = await checkInAt(minutes(a.startsAt, -61), regs[0]);
    expect(before.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'OPEN_FOR_REGISTRATION' });
    expect(before.errors![0].message).toContain('check-in is open from');
    expect((await checkInAt(minutes(a.startsAt, -3 * 24 * 60), regs[0])).errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect((await checkInAt(minutes(a.startsAt, -60), regs[0])).data!.checkIn.status).toBe('ATTENDED');
    const shown = await graph.query(`query ($id: ID!) { activity(id: $id) { checkInOpensAt booking { status } } }`, { id: a.id });
    expect(shown.data!.activity).toEqual({ checkInOpensAt: minutes(a.startsAt, -60).toISOString(), booking: { status: 'IN_USE' } });
    await atTime(minutes(a.startsAt, 1), () => graph.query(START, { id: a.id, v: a.version + 1 }, 'POLICE'));
    expect((await checkInAt(minutes(a.endsAt, -1), regs[1])).data!.checkIn.status).toBe('ATTENDED');
    expect((await checkInAt(minutes(a.endsAt, 0), regs[2])).errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'ONGOING' });
    expect((await checkInAt(minutes(a.endsAt, 1), regs[3])).errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
  });
});
