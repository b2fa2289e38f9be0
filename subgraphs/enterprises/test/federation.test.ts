import { startTestGraph, type TestGraph } from '@pecg/gateway';
import { dataOf, E, O } from './helpers';

/** Enterprise and PoliceOfficer are entities: other subgraphs refer to them by id and the gateway asks this subgraph. */
describe('Enterprise and PoliceOfficer as federation entities', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: true });
  }, 60_000); // four subgraphs with their demo data behind a gateway
  afterAll(async () => {
    await graph?.stop();
  }, 30_000);

  it('resolves references through _entities with one batched load per type', async () => {
    const sg = graph.subgraphs.enterprises;
    sg.db.roundTrips.reset();
    const { _entities } = dataOf(
      await sg.query(
        `query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Enterprise { id name categoryLabel } ... on PoliceOfficer { id unit workstation } } }`,
        { r: [{ __typename: 'Enterprise', id: E(1) }, { __typename: 'PoliceOfficer', id: O(9) }, { __typename: 'Enterprise', id: E(2) }, { __typename: 'Enterprise', id: 'ffffffffffffffffffffffff' }] },
      ),
    );
    expect(_entities[0]).toEqual({ __typename: 'Enterprise', id: E(1), name: '四川新四方肥业有限公司', categoryLabel: '规上企业' });
    expect(_entities[1]).toEqual({ __typename: 'PoliceOfficer', id: O(9), unit: '治安大队', workstation: '万象警务工作站' });
    expect(_entities[2].id).toBe(E(2));
    expect(_entities[3]).toBeNull();
    expect(sg.db.roundTrips.byCommand.get('find')).toBe(2);
  });

  it('answers a query through the gateway that starts in another subgraph and enters Enterprise and PoliceOfficer', async () => {
    const direct = dataOf(await graph.query(`query ($id: ID!) { enterprise(id: $id) { name officer { name unit enterprises { id } } partyOrganization { typeLabel } openAlertCount } }`, { id: E(1) }));
    expect(direct.enterprise.name).toBe('四川新四方肥业有限公司');
    expect(direct.enterprise.officer.enterprises.map((e: any) => e.id)).toContain(E(1));
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
