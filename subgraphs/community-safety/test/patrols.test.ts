import { Types } from 'mongoose';
import { demoId } from '@pecg/demo';
import { useTestSubgraph } from '@pecg/testing';
import { communitySafetySubgraph } from '../src';

const SHIFT =
  'id kind kindLabel status statusLabel version route { name checkpoints } grid { id } volunteers { id } visits { checkpoint } findings { kind kindLabel description incident { id source sourceLabel sourceShift { id } enterprise { id } } }';

describe('community-safety: patrols and safety inspections of the volunteer force', () => {
  const sg = useTestSubgraph(communitySafetySubgraph, { seed: true });
  const routeId = demoId('cs-patrol-route', 4).toHexString();
  const volunteers = [demoId('volunteer', 561).toHexString(), demoId('volunteer', 562).toHexString()];
  const mutate = (field: string, vars: Record<string, unknown>, args = '') =>
    sg.query(`mutation ($id: ID!, $v: Int!${args}) { ${field} { ${SHIFT} } }`, vars, 'MEDIATOR');

  it('plans a shift, runs it through its checkpoints, and turns a finding into an incident linked both ways', async () => {
    const planned = await sg.query(
      `mutation ($input: PlanPatrolShiftInput!) { planPatrolShift(input: $input) { ${SHIFT} } }`,
      { input: { routeId, kind: 'PATROL', startsAt: '2030-05-01T19:00:00+08:00', endsAt: '2030-05-01T21:00:00+08:00', volunteerIds: volunteers } },
      'MEDIATOR',
    );
    expect(planned.errors).toBeUndefined();
    const shift = planned.data!.planPatrolShift;
    expect(shift).toMatchObject({
      status: 'PLANNED',
      statusLabel: '已排班',
      kindLabel: '巡逻防范',
      route: { name: '东坡水街景区巡逻线' },
      grid: { id: demoId('grid', 4).toHexString() },
    });
    const early = await mutate('recordCheckpointVisit(id: $id, expectedVersion: $v, checkpoint: "东坡水街北口")', { id: shift.id, v: 1 });
    expect(early.errors?.[0].extensions?.code).toBe('ILLEGAL_STATE_TRANSITION');
    await mutate('advancePatrolShift(id: $id, expectedVersion: $v, to: ONGOING)', { id: shift.id, v: 1 });
    const wrong = await mutate('recordCheckpointVisit(id: $id, expectedVersion: $v, checkpoint: "月球")', { id: shift.id, v: 2 });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checkpoint', value: '月球' });
    const visited = await mutate('recordCheckpointVisit(id: $id, expectedVersion: $v, checkpoint: "东坡水街北口")', { id: shift.id, v: 2 });
    expect(visited.data!.recordCheckpointVisit.visits).toEqual([{ checkpoint: '东坡水街北口' }]);
    const found = await sg.query(
      `mutation ($id: ID!, $input: RecordFindingInput!) { recordPatrolFinding(id: $id, expectedVersion: 3, input: $input) { ${SHIFT} } }`,
      { id: shift.id, input: { kind: 'HAZARD', description: '护栏松动，游客倚靠有坠河风险' } },
      'MEDIATOR',
    );
    const finding = found.data!.recordPatrolFinding.findings[0];
    expect(finding).toMatchObject({
      kind: 'HAZARD',
      kindLabel: '安全隐患',
      incident: { source: 'PATROL_FINDING', sourceLabel: '巡查发现', sourceShift: { id: shift.id } },
    });
    const done = await mutate('advancePatrolShift(id: $id, expectedVersion: $v, to: COMPLETED)', { id: shift.id, v: 4 });
    expect(done.data!.advancePatrolShift.status).toBe('COMPLETED');
    const cancelled = await mutate('advancePatrolShift(id: $id, expectedVersion: $v, to: CANCELLED)', { id: shift.id, v: 5 });
    expect(cancelled.errors?.[0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'COMPLETED' });
  });

  it('repairs a finding interrupted between its two writes when the same finding is sent again (one incident, never two)', async () => {
    const planned = await sg.query(
      `mutation ($input: PlanPatrolShiftInput!) { planPatrolShift(input: $input) { id } }`,
      { input: { routeId, kind: 'PATROL', startsAt: '2030-05-03T19:00:00+08:00', endsAt: '2030-05-03T21:00:00+08:00', volunteerIds: volunteers } },
      'MEDIATOR',
    );
    const id = planned.data!.planPatrolShift.id as string;
    await mutate('advancePatrolShift(id: $id, expectedVersion: $v, to: ONGOING)', { id, v: 1 });
    const enterpriseId = demoId('enterprise', 3).toHexString();
    const input = { kind: 'HAZARD', description: '消防通道被摊位占用', severity: 'HIGH', enterpriseId };
    // step 1 only, as recordPatrolFinding writes it (the shift, naming its incident), then the process dies
    const incidentId = demoId('cs-interrupted-finding', 1);
    const at = new Date();
    const recorded = { at, subject: 'mediator', role: 'MEDIATOR' };
    const shifts = sg.models.PatrolShift;
    const step1 = await shifts.updateOne(
      { _id: new Types.ObjectId(id), version: 2, status: 'ONGOING' },
      {
        $set: { updated: recorded },
        $push: { findings: { ...input, enterpriseId, at, incidentId, recorded, shiftVersion: 3 } },
        $inc: { findingCount: 1, version: 1 },
      },
    );
    expect(step1.modifiedCount).toBe(1);
    const incidents = () => sg.models.Incident.countDocuments({ sourceShiftId: new Types.ObjectId(id) });
    expect(await incidents()).toBe(0);

    const send = (finding: Record<string, unknown>) =>
      sg.query(
        `mutation ($id: ID!, $input: RecordFindingInput!) { recordPatrolFinding(id: $id, expectedVersion: 2, input: $input) { version findings { description incident { id severity source sourceShift { id } enterprise { id } } } } }`,
        { id, input: finding },
        'MEDIATOR',
      );
    // the same finding again completes it: the incident the shift names, as the first run would have made it
    const again = await send(input);
    expect(again.errors).toBeUndefined();
    expect(again.data!.recordPatrolFinding).toEqual({
      version: 3,
      findings: [
        {
          description: input.description,
          incident: { id: incidentId.toHexString(), severity: 'HIGH', source: 'PATROL_FINDING', sourceShift: { id }, enterprise: { id: enterpriseId } },
        },
      ],
    });
    expect(await incidents()).toBe(1);
    // once complete, a repeat is a stale version like any other; another finding on the old version too
    expect((await send(input)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await send({ kind: 'HAZARD', description: '另一处隐患' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await incidents()).toBe(1);
  });

  it('refuses a shift without volunteers, ending before it starts, or by a role that does not patrol', async () => {
    const plan = (input: Record<string, unknown>, caller: 'MEDIATOR' | 'ANALYST' = 'MEDIATOR') =>
      sg.query(`mutation ($input: PlanPatrolShiftInput!) { planPatrolShift(input: $input) { id } }`, { input }, caller);
    const base = { routeId, kind: 'PATROL', startsAt: '2030-05-02T19:00:00+08:00', endsAt: '2030-05-02T21:00:00+08:00', volunteerIds: volunteers };
    expect((await plan({ ...base, volunteerIds: [] })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.volunteerIds' });
    expect((await plan({ ...base, endsAt: '2030-05-02T18:00:00+08:00' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.endsAt',
    });
    expect((await plan(base, 'ANALYST')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('extends Volunteer with its shifts, and counts shifts and findings per grid equal to the list', async () => {
    const entities = await sg.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id patrolShifts(first: 5) { id volunteers { id } } } } }`,
      { r: [{ __typename: 'Volunteer', id: volunteers[0] }] },
      'ANALYST',
    );
    const shifts = entities.data!._entities[0].patrolShifts;
    expect(shifts.length).toBeGreaterThan(0);
    for (const s of shifts) expect(s.volunteers.map((v: { id: string }) => v.id)).toContain(volunteers[0]);
    const stats = await sg.query(
      `{ patrolStatistics { total findings byGrid { grid { id } shifts findings } byKind { key label count } byMonth { month count } } }`,
      {},
      'ANALYST',
    );
    const list = await sg.query(`{ patrolShifts(first: 100) { totalCount edges { node { findings { kind } } } } }`, {}, 'ANALYST');
    const s = stats.data!.patrolStatistics;
    expect(s.total).toBe(list.data!.patrolShifts.totalCount);
    expect(s.byGrid.reduce((sum: number, r: { shifts: number }) => sum + r.shifts, 0)).toBe(s.total);
    expect(s.findings).toBe(list.data!.patrolShifts.edges.reduce((sum: number, e: { node: { findings: unknown[] } }) => sum + e.node.findings.length, 0));
  });

  it('keeps the volunteer force’s shifts from ENTERPRISE callers: refused as a list, empty on a volunteer', async () => {
    const caller = { role: 'ENTERPRISE' as const, enterpriseId: 'a'.repeat(24) };
    expect((await sg.query(`{ patrolShifts { totalCount } }`, {}, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await sg.query(`{ patrolStatistics { total } }`, {}, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const entities = await sg.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id patrolShifts { id } } } }`,
      { r: [{ __typename: 'Volunteer', id: volunteers[0] }] },
      caller,
    );
    expect(entities.data!._entities).toEqual([{ id: volunteers[0], patrolShifts: [] }]);
  });

  it('links a dispute to the incident it came from (Dispute.sourceIncident through _entities)', async () => {
    const incident = (await sg.models.Incident.findOne({}).lean())!;
    const disputeId = demoId('dispute', 999).toHexString();
    await sg.models.Incident.updateOne({ _id: incident._id }, { $set: { disputeId: demoId('dispute', 999) } });
    const { data } = await sg.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Dispute { id sourceIncident { id } } } }`,
      {
        r: [
          { __typename: 'Dispute', id: disputeId },
          { __typename: 'Dispute', id: demoId('dispute', 998).toHexString() },
        ],
      },
      'MEDIATOR',
    );
    expect(data!._entities).toEqual([
      { id: disputeId, sourceIncident: { id: incident._id.toHexString() } },
      { id: demoId('dispute', 998).toHexString(), sourceIncident: null },
    ]);
  });
});
