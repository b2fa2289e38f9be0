import { demoEnterpriseId } from '@pecg/demo';
import { startTestGraph, type TestGraph } from '../src';

const E = (n: number) => demoEnterpriseId(n).toHexString();
const dataOf = (response: { data?: Record<string, any> | null; errors?: unknown[] }): Record<string, any> => {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as Record<string, any>;
};

/** Enterprise and PoliceOfficer are entities: other subgraphs return references and the gateway asks the enterprises subgraph. */
describe('Enterprise and PoliceOfficer across the graph', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: true });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it('answers a query through the gateway that starts in another subgraph and enters Enterprise and PoliceOfficer', async () => {
    const direct = dataOf(
      await graph.query(
        `query ($id: ID!) { enterprise(id: $id) { name officer { name unit enterprises { id } } partyOrganization { typeLabel } openAlertCount } }`,
        { id: E(103) },
      ),
    );
    expect(direct.enterprise.name).toBe('四川新四方肥业有限公司');
    expect(direct.enterprise.officer.enterprises.map((e: any) => e.id)).toContain(E(103));
    expect(direct.enterprise.partyOrganization.typeLabel).toBe('党总支');

    // Fields owned by the activities subgraph return Enterprise and PoliceOfficer references; the gateway
    // resolves their enterprise-owned fields here through _entities.
    const crossing = dataOf(
      await graph.query(`{
        activities(first: 5) { edges { node { organizer { id name unit workstation } } } }
        registrations(first: 5) { edges { node { enterprise { id name categoryLabel officer { name } } } } }
      }`),
    );
    const organizers = crossing.activities.edges.map((e: any) => e.node.organizer).filter(Boolean);
    expect(organizers.length).toBeGreaterThan(0);
    expect(organizers[0]).toMatchObject({ id: expect.any(String), name: expect.any(String), workstation: '万象警务工作站' });
    const enterprises = crossing.registrations.edges.map((e: any) => e.node.enterprise);
    expect(enterprises.length).toBeGreaterThan(0);
    for (const enterprise of enterprises) expect(enterprise.name).toMatch(/有限公司$/);
  });
});
