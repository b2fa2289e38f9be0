import { demoEnterpriseId } from '@pecg/demo';
import { postGraphQL } from '@pecg/testing';
import { startTestGraph, type TestGraph } from '../src';

describe('the federated graph through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('answers one query that crosses all five subgraphs', async () => {
    // an enterprise with records in every department: applications, attended activities, disputes (found in the seeded databases)
    const ids = async (model: any, field: string, where: Record<string, unknown> = {}) =>
      new Set(((await model.distinct(field, where)) as unknown[]).map(String));
    const applicants = await ids(graph.subgraphs.approvals.models.Application, 'enterpriseId');
    const attendees = await ids(graph.subgraphs.activities.models.Registration, 'enterpriseId', { status: 'ATTENDED' });
    const parties = await ids(graph.subgraphs.mediation.models.Dispute, 'enterpriseIds');
    const id = [...applicants].sort().find((e) => attendees.has(e) && parties.has(e));
    expect(id).toBeDefined();
    const { status, data, errors } = await graph.query(
      `query ($id: ID!) {
        enterprise(id: $id) {
          id name categoryLabel inIncubator
          applications { statusLabel item { name } enterprise { name } }
          activitiesAttended { title kindLabel }
          disputes { title kindLabel }
          incidents { id }
        }
      }`,
      { id },
    );
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    const enterprise = data!.enterprise;
    expect(enterprise.id).toBe(id);
    expect(enterprise.applications.length).toBeGreaterThan(0);
    expect(enterprise.applications[0].enterprise.name).toBe(enterprise.name);
    expect(enterprise.activitiesAttended.length).toBeGreaterThan(0);
    expect(enterprise.disputes.length).toBeGreaterThan(0);
    expect(Array.isArray(enterprise.incidents)).toBe(true);

    // 四川新四方肥业有限公司 (roster n = 103): above-scale, outside the incubator, applying for the hazardous-chemicals road-transport permit
    const fertiliser = await graph.query(
      `query ($id: ID!) { enterprise(id: $id) { name categoryLabel inIncubator officer { name } applications { item { name } } } }`,
      {
        id: demoEnterpriseId(103).toHexString(),
      },
    );
    expect(fertiliser.data!.enterprise).toMatchObject({
      name: '四川新四方肥业有限公司',
      categoryLabel: '规上企业',
      inIncubator: false,
      officer: { name: expect.any(String) },
    });
    expect(fertiliser.data!.enterprise.applications.map((a: { item: { name: string } }) => a.item.name)).toContain('危险化学品道路运输通行证核发');
    // the 2023-08-07 IP-protection training with its 24 enterprise heads
    const training = await graph.query(
      `{ activities(first: 50, filter: { kinds: [TRAINING] }) { edges { node { title startsAt attendedCount venue { name } } } } }`,
    );
    expect(training.data!.activities.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({ title: '知识产权保护及风险防范培训', attendedCount: 24, venue: { name: '党建活动室' } }),
    );
  });

  it('answers an application with its enterprise (name, 一企一警 officer) and its handling officer from the enterprises subgraph', async () => {
    const { data, errors } = await graph.query(
      `{ applications(first: 10, filter: { status: [APPROVED] }) { edges { node { id statusLabel item { name } enterprise { id name officer { name } } handlingOfficer { name badgeNumber unit } } } } }`,
      {},
      'ADMIN',
    );
    expect(errors).toBeUndefined();
    const nodes = data!.applications.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const app of nodes) {
      expect(app.statusLabel).toBe('已办结');
      expect(app.enterprise.name).toEqual(expect.any(String));
      expect(app.handlingOfficer).toMatchObject({ name: expect.any(String), badgeNumber: expect.any(String), unit: expect.any(String) });
    }
    // an above-scale demo enterprise has its 一企一警 officer; the name comes from enterprises, the application from approvals
    expect(nodes.some((app: any) => app.enterprise.officer?.name)).toBe(true);
  });

  it('resolves Enterprise and PoliceOfficer as entities through _entities at the owning subgraph', async () => {
    const id = demoEnterpriseId(2).toHexString();
    const { data, errors } = await graph.subgraphs.enterprises.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Enterprise { id name } } }`,
      {
        representations: [
          { __typename: 'Enterprise', id },
          { __typename: 'Enterprise', id: 'ffffffffffffffffffffffff' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities[0]).toEqual({ id, name: expect.any(String) });
    expect(data!._entities[1]).toBeNull();
  });

  it('refuses callers without a valid token at the gateway and straight at a subgraph', async () => {
    const atGateway = await postGraphQL(graph.gateway.url, '{ approvalItems { name } }');
    expect(atGateway.status).toBe(401);
    expect(atGateway.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const atSubgraph = await postGraphQL(graph.subgraphs.approvals.url, '{ _service { sdl } }', {}, { authorization: 'Bearer not-a-token' });
    expect(atSubgraph.status).toBe(401);
    expect(atSubgraph.data).toBeUndefined();
  });

  it('keeps Apollo telemetry off', () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });
});
