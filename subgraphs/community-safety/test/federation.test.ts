import { demoEnterpriseId, demoId } from '@pecg/demo';
import { startTestGraph, type TestGraph } from '@pecg/graph-tools';

describe('community-safety in the composed graph', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises', 'mediation', 'community-safety'] });
  }, 120_000);
  afterAll(async () => {
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

  it('answers a device with its grid from the mediation subgraph', async () => {
    const { data, errors } = await graph.query(
      `query ($id: ID!) { device(id: $id) { code grid { name } } }`,
      { id: demoId('cs-device-AI_CAMERA', 1).toHexString() },
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    expect(data!.device).toEqual({ code: 'BHT-AI-001', grid: { name: '白虎滩景区网格' } });
  });
});
